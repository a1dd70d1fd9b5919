package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
)

// A nil *Calendar is refused by every query with ErrNoCalendar, never a
// panic; With and WithOverrides read it as the zero Calendar.
func TestNilCalendar(t *testing.T) {
	var c *calendar.Calendar
	d := testdates.Day(t, "2026-03-02")
	m := testdates.Month(t, "2026-03")
	errs := map[string]error{}
	_, errs["Day"] = c.Day(d)
	_, errs["Kind"] = c.Kind(d)
	_, errs["IsWorkday"] = c.IsWorkday(d)
	_, errs["AddWorkdays"] = c.AddWorkdays(d, 1)
	_, errs["WorkdaysBetween"] = c.WorkdaysBetween(d, d)
	_, errs["NextWorkday"] = c.NextWorkday(d)
	_, errs["WithinWorkdays"] = c.WithinWorkdays(d, 1)
	_, errs["WithinDays"] = c.WithinDays(d, 1)
	_, errs["WithinMonths"] = c.WithinMonths(d, 1)
	_, errs["DayOfMonth"] = c.DayOfMonth(m, 5)
	_, errs["PushDeadline"] = c.PushDeadline(m)
	_, errs["RateDeadline"] = c.RateDeadline(2026)
	_, errs["DeclarationDeadline"] = c.DeclarationDeadline(m)
	for name, err := range errs {
		assert.ErrorIs(t, err, calendar.ErrNoCalendar, name)
	}
	assert.Nil(t, c.Years())
	assert.False(t, c.Covers(2026))
	assert.Nil(t, c.Schedules())
	assert.Nil(t, c.Overrides())
	built, err := c.With(calendar.Default().Schedules()...)
	require.NoError(t, err)
	assert.True(t, built.Covers(2026))
	_, err = c.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: m, Date: testdates.Day(t, "2026-04-30"), Source: "s"})
	assert.NoError(t, err)
	a := calendar.NewWorkdayAdapter(nil)
	a.IsWorkday(d.StartInBeijing())
	assert.ErrorIs(t, a.Err(), calendar.ErrNoCalendar)
}

// Zero dates and months, and out-of-range numbers, are refused by each
// deadline rule with a typed error.
func TestDeadlineRefusals(t *testing.T) {
	c := calendar.Default()
	var zero calendar.Date
	var zm calendar.Month
	for name, err := range map[string]error{
		"WithinDays":          second(c.WithinDays(zero, 30)),
		"WithinWorkdays":      second(c.WithinWorkdays(zero, 10)),
		"WithinMonths":        second(c.WithinMonths(zero, 12)),
		"DayOfMonth":          second(c.DayOfMonth(zm, 5)),
		"PushDeadline":        second(c.PushDeadline(zm)),
		"DeclarationDeadline": second(c.DeclarationDeadline(zm)),
		"NextWorkday":         second(c.NextWorkday(zero)),
	} {
		assert.ErrorIs(t, err, calendar.ErrZeroDate, name)
	}
	for _, n := range []int{0, -1} {
		assert.Error(t, second(c.WithinDays(testdates.Day(t, "2026-03-02"), n)), "WithinDays %d", n)
		assert.Error(t, second(c.WithinWorkdays(testdates.Day(t, "2026-03-02"), n)), "WithinWorkdays %d", n)
		assert.Error(t, second(c.WithinMonths(testdates.Day(t, "2026-03-02"), n)), "WithinMonths %d", n)
	}
	assert.ErrorIs(t, second(c.RateDeadline(0)), calendar.ErrDateRange)
	assert.ErrorIs(t, second(c.RateDeadline(10000)), calendar.ErrDateRange)
	for _, bad := range []calendar.Override{
		{Rule: calendar.RuleWithinDays, Period: testdates.Month(t, "2026-03"), Date: testdates.Day(t, "2026-04-30"), Source: "s"},
		{Rule: calendar.RuleDeclaration, Date: testdates.Day(t, "2026-04-30"), Source: "s"},
		{Rule: calendar.RuleDeclaration, Period: testdates.Month(t, "2026-03"), Source: "s"},
		{Rule: calendar.RuleDeclaration, Period: testdates.Month(t, "2026-03"), Date: testdates.Day(t, "2026-04-30"), Source: " "},
	} {
		_, err := c.WithOverrides(bad)
		assert.ErrorIs(t, err, calendar.ErrBadOverride, "%+v", bad)
	}
	o := calendar.Override{Rule: calendar.RuleDeclaration, Period: testdates.Month(t, "2026-03"), Date: testdates.Day(t, "2026-04-30"), Source: "s"}
	_, err := c.WithOverrides(o, o)
	assert.ErrorIs(t, err, calendar.ErrDuplicateOverride)
}

func second[T any](_ T, err error) error { return err }

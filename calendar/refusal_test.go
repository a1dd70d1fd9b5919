package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
)

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

package calendar_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

// without returns the default calendar less one year.
func without(t interface{ Fatal(...any) }, year int) *calendar.Calendar {
	var keep []calendar.Schedule
	for _, s := range calendar.Default().Schedules() {
		if s.Year != year {
			keep = append(keep, s)
		}
	}
	c, err := calendar.New(keep...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type dlKey struct {
	rule                       calendar.Rule
	start, raw, computed, date calendar.Date
	n, extension               int
}

func keyOf(d calendar.Deadline) dlKey {
	return dlKey{d.Rule, d.Start, d.Raw, d.Computed, d.Date, d.N, d.Extension}
}

// With any year uncovered, every deadline that the smaller calendar gives
// is the one the full calendar gives, and every deadline whose count lies
// wholly in covered years is still given.
func TestUncoveredYearChangesNoCoveredDeadline(t *testing.T) {
	full := calendar.Default()
	first, _ := calendar.ParseDate("2019-01-01")
	cals := map[int]*calendar.Calendar{}
	for y := calendar.FirstEmbeddedYear; y <= calendar.LastEmbeddedYear; y++ {
		cals[y] = without(t, y)
	}
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(calendar.FirstEmbeddedYear, calendar.LastEmbeddedYear).Draw(t, "uncovered year")
		part := cals[y]
		d, _ := first.AddDays(rapid.IntRange(0, 2921).Draw(t, "day"))
		m := calendar.MonthOfDate(d)
		n := rapid.IntRange(1, 120).Draw(t, "n")
		fns := map[string]func(c *calendar.Calendar) (calendar.Deadline, error){
			"within_days":     func(c *calendar.Calendar) (calendar.Deadline, error) { return c.WithinDays(d, n) },
			"within_workdays": func(c *calendar.Calendar) (calendar.Deadline, error) { return c.WithinWorkdays(d, n%40+1) },
			"within_months":   func(c *calendar.Calendar) (calendar.Deadline, error) { return c.WithinMonths(d, n%24+1) },
			"declaration":     func(c *calendar.Calendar) (calendar.Deadline, error) { return c.DeclarationDeadline(m) },
			"day_of_month":    func(c *calendar.Calendar) (calendar.Deadline, error) { return c.DayOfMonth(m, n%28+1) },
		}
		for name, f := range fns {
			want, werr := f(full)
			got, gerr := f(part)
			if gerr == nil {
				if werr != nil || keyOf(got) != keyOf(want) {
					t.Fatalf("%s from %s without %d: %+v (%v), full calendar %+v (%v)", name, d, y, keyOf(got), gerr, keyOf(want), werr)
				}
				continue
			}
			var nc *calendar.YearNotCoveredError
			if !errors.As(gerr, &nc) {
				t.Fatalf("%s from %s without %d: error %v, want a *YearNotCoveredError", name, d, y, gerr)
			}
			if werr != nil {
				continue // refused by both
			}
			if nc.Year != y {
				t.Fatalf("%s from %s without %d: error %v, want the uncovered year named", name, d, y, gerr)
			}
			if want.Start.Year() > y || want.Date.Year() < y {
				t.Fatalf("%s from %s without %d: refused, but %s..%s avoids %d", name, d, y, want.Start, want.Date, y)
			}
		}
	})
}

// A nil *Calendar is an error, never a panic, for every method.
func TestNilCalendar(t *testing.T) {
	var c *calendar.Calendar
	d, _ := calendar.ParseDate("2026-03-02")
	m := calendar.MonthOfDate(d)
	errs := []error{}
	add := func(err error) { errs = append(errs, err) }
	_, err := c.Day(d)
	add(err)
	_, err = c.Kind(d)
	add(err)
	_, err = c.IsWorkday(d)
	add(err)
	_, err = c.AddWorkdays(d, 3)
	add(err)
	_, err = c.WorkdaysBetween(d, d)
	add(err)
	_, err = c.NextWorkday(d)
	add(err)
	_, err = c.WithinWorkdays(d, 3)
	add(err)
	_, err = c.WithinDays(d, 30)
	add(err)
	_, err = c.WithinMonths(d, 12)
	add(err)
	_, err = c.DayOfMonth(m, 5)
	add(err)
	_, err = c.PushDeadline(m)
	add(err)
	_, err = c.RateDeadline(2026)
	add(err)
	_, err = c.DeclarationDeadline(m)
	add(err)
	_, err = c.With()
	add(err)
	_, err = c.WithOverrides()
	add(err)
	for i, err := range errs {
		assert.ErrorIs(t, err, calendar.ErrNilCalendar, "call #%d", i+1)
	}
	assert.Nil(t, c.Years())
	assert.False(t, c.Covers(2026))
	assert.Nil(t, c.Schedules())
	assert.Nil(t, c.Overrides())
	assert.Nil(t, c.Replaced())
	// The zero Deadline explains itself without a calendar.
	assert.NotPanics(t, func() { _ = calendar.Deadline{}.Explain(explain.English) })
}

// A schedule with no days is refused unless it says the year has none; a
// host's schedule over an embedded year is named in every explanation that
// uses it.
func TestEmptyAndReplacedSchedules(t *testing.T) {
	_, err := calendar.Default().With(calendar.Schedule{Year: 2026, Source: "host"})
	require.ErrorIs(t, err, calendar.ErrEmptySchedule)
	c, err := calendar.Default().With(calendar.Schedule{Year: 2026, Source: "host: no holidays", NoHolidays: true})
	require.NoError(t, err)
	feb, _ := calendar.ParseMonth("2026-01")
	dl, err := c.DeclarationDeadline(feb)
	require.NoError(t, err)
	assert.Equal(t, "2026-02-16", dl.Date.String())
	text := dl.String()
	assert.Contains(t, text, "host: no holidays")
	assert.Contains(t, text, "国办发明电〔2025〕7号")
	require.Len(t, c.Replaced(), 1)
	assert.Equal(t, 2026, c.Replaced()[0].Year)
	// Every kind of deadline counted through 2026 names it; one in 2025 does not.
	d, _ := calendar.ParseDate("2026-01-05")
	for _, f := range []func() (calendar.Deadline, error){
		func() (calendar.Deadline, error) { return c.WithinDays(d, 30) },
		func() (calendar.Deadline, error) { return c.WithinWorkdays(d, 10) },
		func() (calendar.Deadline, error) { return c.PushDeadline(feb) },
	} {
		dl, err := f()
		require.NoError(t, err)
		assert.True(t, strings.Contains(dl.String(), "replaced the official one"), dl.String())
		assert.Len(t, dl.ReplacedSchedules(), 1)
	}
	d2025, _ := calendar.ParseDate("2025-03-05")
	dl, err = c.WithinDays(d2025, 30)
	require.NoError(t, err)
	assert.NotContains(t, dl.String(), "replaced")
	// Replacing again still names the official notice.
	c2, err := c.With(calendar.Schedule{Year: 2026, Source: "host v2", NoHolidays: true})
	require.NoError(t, err)
	assert.Contains(t, c2.Replaced()[0].Replaced, "国办发明电〔2025〕7号")
	assert.Equal(t, "host v2", c2.Replaced()[0].By)
	// A year the calendar did not have is added, not replaced.
	c3, err := calendar.Default().With(calendar.Schedule{Year: 2027, Source: "host", NoHolidays: true})
	require.NoError(t, err)
	assert.Empty(t, c3.Replaced())
}

// Regression (issue 10): an empty host schedule for 2026 used to be
// accepted and moved the deadline of the January 2026 fee period from
// 2026-02-24 to 2026-02-16.
func TestEmptyScheduleDoesNotMoveFebruary2026Deadline(t *testing.T) {
	jan, _ := calendar.ParseMonth("2026-01")
	dl, err := calendar.Default().DeclarationDeadline(jan)
	require.NoError(t, err)
	assert.Equal(t, "2026-02-24", dl.Date.String())
	s, err := calendar.ParseSchedule([]byte(`{"year":2026,"source":"host","days":[]}`))
	require.ErrorIs(t, err, calendar.ErrEmptySchedule)
	_, err = calendar.Default().With(s)
	require.Error(t, err)
}

// Audit F6: UnmarshalText on a nil receiver is an error, not a panic.
func TestAuditF6NilUnmarshalText(t *testing.T) {
	var d *calendar.Date
	var m *calendar.Month
	var k *calendar.DayKind
	var r *calendar.Rule
	for _, u := range []interface{ UnmarshalText([]byte) error }{d, m, k, r} {
		assert.NotPanics(t, func() { assert.Error(t, u.UnmarshalText([]byte("2026-01-01"))) })
	}
}

package calendar_test

// Tests that catch the mutants that survived the issue 19 mutation study
// (testdata/mutation/README.md): each sits on an exact edge with a case on
// it and one either side, and asserts the very value the edge decides.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
)

// scheduleOf is the default calendar's schedule of year y.
func scheduleOf(t *testing.T, y int) calendar.Schedule {
	t.Helper()
	for _, s := range calendar.Default().Schedules() {
		if s.Year == y {
			return s
		}
	}
	t.Fatalf("no schedule for %d", y)
	return calendar.Schedule{}
}

// Replaced lists the years a host's schedule replaced, by year, whatever
// the order they were given in.
func TestReplacedByYear(t *testing.T) {
	s26, s25 := scheduleOf(t, 2026), scheduleOf(t, 2025)
	s26.Source, s25.Source = "HOST-2026", "HOST-2025"
	c, err := calendar.Default().With(s26, s25)
	require.NoError(t, err)
	for i := 0; i < 5; i++ { // the replacements are kept in a map: any order in, one order out
		r := c.Replaced()
		require.Len(t, r, 2)
		assert.Equal(t, []int{2025, 2026}, []int{r[0].Year, r[1].Year})
	}
	assert.Contains(t, c.Replaced()[0].By, "HOST-2025")
	assert.Empty(t, calendar.Default().Replaced())
	assert.Nil(t, (*calendar.Calendar)(nil).Replaced())
}

// only2022 is a calendar of 2022 alone, without holidays: 2022-01-01 is a
// Saturday, 2022-12-30 a Friday and 2022-12-31 a Saturday, so its 260
// working days run from 2022-01-03 to 2022-12-30.
func only2022(t *testing.T) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(calendar.Schedule{Year: 2022, Source: "test", NoHolidays: true})
	require.NoError(t, err)
	return c
}

// Counting to the calendar's very first and last working days, and one
// past them, from days off at either end.
func TestWorkdaysToTheCalendarsEnds(t *testing.T) {
	c := only2022(t)
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	n, err := c.WorkdaysBetween(d("2022-01-01"), d("2022-12-31"))
	require.NoError(t, err)
	require.Equal(t, 260, n)
	last, err := c.AddWorkdays(d("2022-01-01"), 260)
	require.NoError(t, err, "all 260 working days from the Saturday before the first")
	assert.Equal(t, "2022-12-30", last.String())
	_, err = c.AddWorkdays(d("2022-01-01"), 261)
	var nc *calendar.YearNotCoveredError
	require.ErrorAs(t, err, &nc)
	assert.Equal(t, 2023, nc.Year)
	first, err := c.AddWorkdays(d("2022-12-31"), -260)
	require.NoError(t, err, "all 260 back from the Saturday after the last")
	assert.Equal(t, "2022-01-03", first.String())
	_, err = c.AddWorkdays(d("2022-12-31"), -261)
	require.ErrorAs(t, err, &nc)
	assert.Equal(t, 2021, nc.Year)
	// NextWorkday from the last day off of the last year: the next year.
	_, err = c.NextWorkday(d("2022-12-31"))
	require.ErrorAs(t, err, &nc)
	assert.Equal(t, 2023, nc.Year)
	next, err := c.NextWorkday(d("2022-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "2022-01-03", next.String())
	next, err = c.NextWorkday(d("2022-12-30"))
	require.NoError(t, err)
	assert.Equal(t, "2022-12-30", next.String(), "a working day is its own next working day")
}

// ParseDate and ParseMonth accept only YYYY-MM-DD and YYYY-MM with decimal
// digits: a wrong separator in either place, or a non-digit in the year,
// the month or the day alone, is refused.
func TestParseDateEachPosition(t *testing.T) {
	for _, s := range []string{"2025/01/01", "2025-01/01", "2025/01-01", "2025-01-1x", "2025-0x-01", "202x-01-01", "2025-01-0 ", " 2025-01-01", "2025-01-001", "0000-01-01", "2025-13-01", "2025-00-01", "2025-02-29", "2025-04-31", "2025-01-00"} {
		_, err := calendar.ParseDate(s)
		var pe *calendar.ParseError
		assert.ErrorAs(t, err, &pe, s)
	}
	for s, want := range map[string]string{"2024-02-29": "2024-02-29", "0001-01-01": "0001-01-01", "9999-12-31": "9999-12-31", "2025-04-30": "2025-04-30"} {
		d, err := calendar.ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, d.String())
	}
	for _, s := range []string{"2025/01", "202x-01", "2025-1x", "2025-001", "0000-01", "2025-13", "2025-00"} {
		_, err := calendar.ParseMonth(s)
		var pe *calendar.ParseError
		assert.ErrorAs(t, err, &pe, s)
	}
}

// Every day from 0001-01-01 to 9999-12-31, counted one by one with nothing
// but the month lengths of the Gregorian rules, is the date DateOf builds
// and Date reads back, one day after the one before, a weekday on from it:
// the day-number arithmetic is exact at every 400-year era and century
// boundary, not only in the years the deadline tests cover.
func TestEveryDateRoundTrips(t *testing.T) {
	leap := func(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	prev, err := calendar.DateOf(1, time.January, 1)
	require.NoError(t, err)
	require.Equal(t, time.Monday, prev.Weekday(), "0001-01-01 is a Monday (proleptic Gregorian)")
	n := 0
	for y := 1; y <= 9999; y++ {
		for m := 1; m <= 12; m++ {
			last := days[m-1]
			if m == 2 && leap(y) {
				last = 29
			}
			for d := 1; d <= last; d++ {
				n++
				if n == 1 {
					continue
				}
				got, err := calendar.DateOf(y, time.Month(m), d)
				if err != nil {
					t.Fatalf("%04d-%02d-%02d: %v", y, m, d, err)
				}
				gy, gm, gd := got.Date()
				if gy != y || int(gm) != m || gd != d || got.DaysSince(prev) != 1 || got.Weekday() != (prev.Weekday()+1)%7 {
					t.Fatalf("%04d-%02d-%02d read back as %04d-%02d-%02d, %d day(s) after %s, a %s", y, m, d, gy, gm, gd, got.DaysSince(prev), prev, got.Weekday())
				}
				prev = got
			}
		}
	}
	require.Equal(t, 3652059, n, "days in 0001..9999")
	_, err = prev.AddDays(1)
	assert.ErrorIs(t, err, calendar.ErrDateRange, "the day after 9999-12-31")
}

// The text forms: the zero Date writes "", the first day of the range its
// date; both read back.
func TestDateTextEnds(t *testing.T) {
	for _, d := range []calendar.Date{{}, testdates.Day(t, "0001-01-01"), testdates.Day(t, "9999-12-31")} {
		b, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, d.String(), string(b))
		var back calendar.Date
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	b, _ := testdates.Day(t, "0001-01-01").MarshalText()
	assert.Equal(t, "0001-01-01", string(b))
	b, _ = calendar.Date{}.MarshalText()
	assert.Equal(t, "", string(b))
}

// Official deadlines (overrides) given in any order are kept by period and
// each found for its own period, inside the years the calendar covers and
// outside them; a duplicate is named by its position.
func TestOverridesEachFoundByPeriod(t *testing.T) {
	m := func(s string) calendar.Month { return testdates.Month(t, s) }
	o := func(p, d string) calendar.Override {
		return calendar.Override{Rule: calendar.RuleDeclaration, Period: m(p), Date: testdates.Day(t, d), Source: "通知 " + p}
	}
	c, err := calendar.Default().WithOverrides(o("2030-02", "2030-03-20"), o("2026-03", "2026-04-22"), o("2030-01", "2030-02-21"), o("2026-01", "2026-02-27"))
	require.NoError(t, err)
	var got []string
	for _, x := range c.Overrides() {
		got = append(got, x.Period.String())
	}
	assert.Equal(t, []string{"2026-01", "2026-03", "2030-01", "2030-02"}, got)
	for p, want := range map[string]string{"2026-01": "2026-02-27", "2026-03": "2026-04-22", "2030-01": "2030-02-21", "2030-02": "2030-03-20"} {
		dl, err := c.DeclarationDeadline(m(p))
		require.NoError(t, err, p)
		assert.Equal(t, want, dl.Date.String(), p)
		assert.True(t, dl.Official(), p)
		assert.Equal(t, "通知 "+p, dl.Override.Source, p)
		due, err := c.DeclarationDue(m(p))
		require.NoError(t, err, p)
		assert.Equal(t, want, due.String(), p)
	}
	_, err = c.DeclarationDeadline(m("2030-03"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "no override for 2030-03")
	_, err = calendar.Default().WithOverrides(o("2026-01", "2026-02-27"), o("2026-01", "2026-02-26"))
	assert.ErrorIs(t, err, calendar.ErrDuplicateOverride)
	assert.Contains(t, err.Error(), "override #2 (declaration 2026-01)")
}

// The declaration deadlines of the covered years are looked up, not
// counted: the first period in the table (the December before the first
// year, whose 15 days run in January) and the last allocate nothing.
func TestDeclarationTableEnds(t *testing.T) {
	c := calendar.Default()
	for _, p := range []string{"2018-12", "2026-11"} {
		m := testdates.Month(t, p)
		dl, err := c.DeclarationDeadline(m)
		require.NoError(t, err, p)
		assert.Equal(t, 0.0, testing.AllocsPerRun(50, func() { _, _ = c.DeclarationDeadline(m) }), p)
		slow, err := calendar.Default().WithOverrides() // a copy: the same table
		require.NoError(t, err)
		dl2, err := slow.DeclarationDeadline(m)
		require.NoError(t, err)
		assert.Equal(t, dl.Date, dl2.Date, p)
	}
	dl, err := c.DeclarationDeadline(testdates.Month(t, "2018-12"))
	require.NoError(t, err)
	assert.Equal(t, "2019-01-15", dl.Raw.String())
	_, err = c.DeclarationDeadline(testdates.Month(t, "2018-11"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "its 15 days run in 2018")
}

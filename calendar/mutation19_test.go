package calendar_test

// Tests written for the survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

// WorkdaysBetween gives 0, never a partial count, beside an error for
// either end in a year the calendar lacks.
func TestWorkdaysBetweenUncoveredIsZero(t *testing.T) {
	cal := calendar.Default()
	in, err := calendar.ParseDate("2026-06-01")
	require.NoError(t, err)
	out, err := calendar.ParseDate("2027-01-04")
	require.NoError(t, err)
	for _, ab := range [][2]calendar.Date{{out, in}, {in, out}} {
		n, err := cal.WorkdaysBetween(ab[0], ab[1])
		require.ErrorIs(t, err, calendar.ErrNotCovered)
		require.Zero(t, n)
	}
}

// An override for another period leaves the calendar's earlier overrides in
// force; only one for the same rule and period replaces it.
func TestWithOverridesKeepsOtherPeriods(t *testing.T) {
	src := "测试通知"
	o := func(period, date string) calendar.Override {
		p, err := calendar.ParseMonth(period)
		require.NoError(t, err)
		d, err := calendar.ParseDate(date)
		require.NoError(t, err)
		return calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: d, Source: src}
	}
	one, err := calendar.Default().WithOverrides(o("2022-03", "2022-06-30"))
	require.NoError(t, err)
	two, err := one.WithOverrides(o("2022-04", "2022-06-30"))
	require.NoError(t, err)
	require.Len(t, two.Overrides(), 2)
	again, err := two.WithOverrides(o("2022-03", "2022-06-29"))
	require.NoError(t, err)
	require.Len(t, again.Overrides(), 2)
	p, err := calendar.ParseMonth("2022-03")
	require.NoError(t, err)
	dl, err := again.DeclarationDeadline(p)
	require.NoError(t, err)
	require.Equal(t, "2022-06-29", dl.Date.String())
}

// A calendar whose first year is year 1 (no year 0 to start the
// declarations from) still has the declaration deadline of its first
// month: 第十四条's 15th of the next month.
func TestDeclarationsOfACalendarFromYearOne(t *testing.T) {
	cal, err := calendar.New(calendar.Schedule{Year: 1, NoHolidays: true, Source: "测试"})
	require.NoError(t, err)
	p, err := calendar.MonthOf(1, 1)
	require.NoError(t, err)
	dl, err := cal.DeclarationDeadline(p)
	require.NoError(t, err)
	require.Equal(t, 1, dl.Date.Year())
	require.Equal(t, 2, int(dl.Date.Month()))
}

// MovedOver lists days off only for a deadline moved over them: none for a
// working-day deadline (its days off are NotCounted). A deadline read back
// from JSON lists the same days: it carries them, not its calendar.
func TestMovedOverEdges(t *testing.T) {
	cal := calendar.Default()
	start, err := calendar.ParseDate("2026-09-30") // 国庆 follows
	require.NoError(t, err)
	wd, err := cal.WithinWorkdays(start, 7)
	require.NoError(t, err)
	require.NotEmpty(t, wd.NotCounted())
	require.Nil(t, wd.MovedOver())
	p, err := calendar.ParseMonth("2026-09")
	require.NoError(t, err)
	dl, err := cal.DeclarationDeadline(p)
	require.NoError(t, err)
	require.NotEmpty(t, dl.MovedOver(), "the 15th of October 2026 is moved over the National Day days off")
	b, err := json.Marshal(dl)
	require.NoError(t, err)
	var back calendar.Deadline
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, dl.MovedOver(), back.MovedOver())
	require.True(t, dl == back)
}

// Every rule's legal basis reads in Chinese for a clerk: the Chinese text
// where there is one (never the English), citing its articles, with
// full-width punctuation.
func TestEveryRuleBasisInChinese(t *testing.T) {
	for _, r := range []calendar.Rule{calendar.RuleWorkdays, calendar.RuleWithinDays, calendar.RuleDayOfMonth, calendar.RuleDeclaration, calendar.RuleWithinMonths} {
		zh := r.BasisZH()
		require.Contains(t, zh, "条", r.String())
		require.Contains(t, zh, "第", r.String())
		require.NotEqual(t, r.Basis(), zh, r.String())
		// Chinese punctuation in Chinese text: no ASCII brackets, commas,
		// colons or semicolons (the declaration's basis had " (第十四条; …)").
		require.False(t, strings.ContainsAny(zh, "();:,"), "%s: %s", r, zh)
	}
	require.Contains(t, calendar.RuleWorkdays.BasisZH(), "起算日不计入")
}

// Month's order: Before, After and Compare agree, on neighbours and on
// the same month; AddMonths stays within the years 1..9999.
func TestMonthOrderAndRange(t *testing.T) {
	a, err := calendar.MonthOf(2026, 12)
	require.NoError(t, err)
	b, err := a.AddMonths(1)
	require.NoError(t, err)
	require.Equal(t, "2027-01", b.String())
	require.True(t, a.Before(b))
	require.False(t, b.Before(a))
	require.True(t, b.After(a))
	require.False(t, a.After(b))
	require.False(t, a.After(a))
	require.False(t, a.Before(a))
	require.Equal(t, -1, a.Compare(b))
	require.Equal(t, 1, b.Compare(a))
	require.Equal(t, 0, a.Compare(a))

	last, err := calendar.MonthOf(9999, 12)
	require.NoError(t, err)
	_, err = last.AddMonths(1)
	require.ErrorIs(t, err, calendar.ErrDateRange)
	first, err := calendar.MonthOf(1, 1)
	require.NoError(t, err)
	_, err = first.AddMonths(-1)
	require.ErrorIs(t, err, calendar.ErrDateRange)
	back, err := last.AddMonths(-(9999*12 - 1))
	require.NoError(t, err)
	require.Equal(t, first, back)
}

// Covers is true from the first covered year to the last, both included,
// and false on either side.
func TestCoversEdges(t *testing.T) {
	cal := calendar.Default()
	years := cal.Years()
	require.NotEmpty(t, years)
	first, last := years[0], years[len(years)-1]
	require.True(t, cal.Covers(first))
	require.True(t, cal.Covers(last))
	require.False(t, cal.Covers(first-1))
	require.False(t, cal.Covers(last+1))
}

// A deadline that no run of days off extended says nothing of an
// extension; one that was extended says by how many days.
func TestExplanationMentionsOnlyARealExtension(t *testing.T) {
	cal := calendar.Default()
	plain, err := cal.DeclarationDeadline(mustMonth(t, "2026-05")) // June 2026: no run of 3 days off in 1–15 June
	require.NoError(t, err)
	require.Zero(t, plain.Extension)
	for _, line := range plain.Explain(explain.English) {
		require.NotContains(t, line, "extension 0")
		require.NotContains(t, line, "counted as working days after")
	}
	ext, err := cal.DeclarationDeadline(mustMonth(t, "2026-09")) // October: 国庆
	require.NoError(t, err)
	require.Positive(t, ext.Extension)
	found := false
	for _, line := range ext.Explain(explain.English) {
		found = found || strings.Contains(line, "counted as working days after")
	}
	require.True(t, found, "%v", ext.Explain(explain.English))
}

// WeekdayZH names every day of the week, Sunday (0) included; a value out
// of range falls back to Go's name, never a panic.
func TestWeekdayZHEveryDay(t *testing.T) {
	want := []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}
	for w := time.Sunday; w <= time.Saturday; w++ {
		require.Equal(t, want[w], calendar.WeekdayZH(w))
	}
	require.Equal(t, time.Weekday(7).String(), calendar.WeekdayZH(7))
	require.Equal(t, time.Weekday(-1).String(), calendar.WeekdayZH(-1))
}

// The first month there is, 0001-01, parses; year 0000 does not exist.
func TestParseMonthFirstYear(t *testing.T) {
	m, err := calendar.ParseMonth("0001-01")
	require.NoError(t, err)
	require.Equal(t, 1, m.Year())
	_, err = calendar.ParseMonth("0000-12")
	require.Error(t, err)
	d, err := calendar.ParseDate("0001-01-01")
	require.NoError(t, err)
	require.Equal(t, 1, d.Year())
}

// A refusal of the schedule as a whole has Index −1, as documented, and
// its message names no day.
func TestScheduleErrorOfTheWholeSchedule(t *testing.T) {
	for name, s := range map[string]calendar.Schedule{
		"empty":             {Year: 2030, Source: "s"},
		"no holidays, days": {Year: 2030, Source: "s", NoHolidays: true, Days: []calendar.ScheduleDay{{Date: mustDate(t, "2030-01-01"), Kind: calendar.StatutoryHoliday}}},
		"no source":         {Year: 2030, NoHolidays: true},
		"year 0":            {Year: 0, NoHolidays: true, Source: "s"},
	} {
		var se *calendar.ScheduleError
		require.ErrorAs(t, s.Validate(), &se, name)
		require.Equal(t, -1, se.Index, name)
		require.NotContains(t, se.Error(), "day #", name)
	}
}

func mustMonth(t *testing.T, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	require.NoError(t, err)
	return m
}

func mustDate(t *testing.T, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// A calendar that covers 9999 has the declaration deadline of every month
// but December, whose deadline would fall in year 10000: that one is an
// error (year 10000 has no schedule), never a made-up date.
func TestDeclarationOfTheLastMonthThereIs(t *testing.T) {
	cal, err := calendar.New(calendar.Schedule{Year: 9999, NoHolidays: true, Source: "测试"})
	require.NoError(t, err)
	nov, err := cal.DeclarationDeadline(mustMonth(t, "9999-11"))
	require.NoError(t, err)
	require.Equal(t, 9999, nov.Date.Year())
	_, err = cal.DeclarationDeadline(mustMonth(t, "9999-12"))
	require.ErrorIs(t, err, calendar.ErrNotCovered)
}

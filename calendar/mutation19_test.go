package calendar_test

// Tests written for the survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
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
// where there is one (never the English), citing its articles.
func TestEveryRuleBasisInChinese(t *testing.T) {
	for _, r := range []calendar.Rule{calendar.RuleWorkdays, calendar.RuleWithinDays, calendar.RuleDayOfMonth, calendar.RuleDeclaration, calendar.RuleWithinMonths} {
		zh := r.BasisZH()
		require.Contains(t, zh, "条", r.String())
		require.Contains(t, zh, "第", r.String())
		if r != calendar.RuleDeclaration {
			require.NotEqual(t, r.Basis(), zh, r.String())
		}
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

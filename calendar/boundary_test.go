package calendar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
)

// The oracles below recount each deadline rule day by day with nothing but
// IsWorkday and AddDays, independently of the calendar's prefix sums, so a
// changed comparison or day count in the rules disagrees with them on some
// day of 2019–2026.

// tb is what the oracles need of *testing.T and *rapid.T alike.
type tb interface {
	require.TestingT
	Helper()
}

func isWork(t tb, c *calendar.Calendar, d calendar.Date) bool {
	t.Helper()
	ok, err := c.IsWorkday(d)
	require.NoError(t, err)
	return ok
}

func plus(t tb, d calendar.Date, n int) calendar.Date {
	t.Helper()
	out, err := d.AddDays(n)
	require.NoError(t, err)
	return out
}

// nextWork walks from d to the first working day (d itself if it is one).
func nextWork(t tb, c *calendar.Calendar, d calendar.Date) calendar.Date {
	for !isWork(t, c, d) {
		d = plus(t, d, 1)
	}
	return d
}

// nthWorkAfter walks n working days after d.
func nthWorkAfter(t tb, c *calendar.Calendar, d calendar.Date, n int) calendar.Date {
	for n > 0 {
		d = plus(t, d, 1)
		if isWork(t, c, d) {
			n--
		}
	}
	return d
}

// declarationOracle: 第十四条 as 税收征收管理法实施细则 第一百零九条 reads, by hand.
func declarationOracle(t tb, c *calendar.Calendar, period calendar.Month) (raw calendar.Date, ext int, date calendar.Date) {
	last := period.Last()
	raw = plus(t, last, 15)
	run := 0
	for d := plus(t, last, 1); !d.After(raw); d = plus(t, d, 1) {
		if isWork(t, c, d) {
			if run >= 3 {
				ext += run
			}
			run = 0
		} else {
			run++
		}
	}
	if run >= 3 {
		ext += run
	}
	if ext > 0 {
		return raw, ext, nthWorkAfter(t, c, raw, ext)
	}
	return raw, 0, nextWork(t, c, raw)
}

func TestDeclarationDeadlineAgreesWithDayByDayCountEveryMonth(t *testing.T) {
	c := calendar.Default()
	for y := 2018; y <= 2026; y++ {
		for mo := time.January; mo <= time.December; mo++ {
			if (y == 2018 && mo < time.December) || (y == 2026 && mo == time.December) {
				continue // the period or its deadline leaves 2019–2026
			}
			p, err := calendar.MonthOf(y, mo)
			require.NoError(t, err)
			dl, err := c.DeclarationDeadline(p)
			require.NoError(t, err, p)
			raw, ext, date := declarationOracle(t, c, p)
			assert.Equal(t, raw, dl.Raw, "%s raw", p)
			assert.Equal(t, ext, dl.Extension, "%s extension\n%s", p, dl)
			assert.Equal(t, date, dl.Date, "%s deadline\n%s", p, dl)
		}
	}
}

// The boundaries of 第十四条 one by one, each the day (or run length) on the
// boundary and either side of it.
func TestDeclarationDeadlineBoundaries(t *testing.T) {
	c := calendar.Default()
	for _, tc := range []struct {
		period, raw, want string
		ext               int
		why               string
	}{
		// A run of 3 that ends exactly on the 15th extends: Mid-Autumn 2019
		// is Friday 09-13 with the weekend 09-14..15.
		{"2019-08", "2019-09-15", "2019-09-18", 3, "run 09-13..15 ends on the 15th: 3 working days after it"},
		// A run of exactly 3 (the threshold) inside the period.
		{"2019-03", "2019-04-15", "2019-04-18", 3, "清明 04-05..07 is exactly 3 days"},
		// A run of 2 (one under the threshold) does not extend; the 15th, a day off, moves.
		{"2022-12", "2023-01-15", "2023-01-16", 0, "01-01..02 has 2 days in the period"},
		// A run that begins on the 15th: 1 day inside the period, no extension,
		// but the 15th moves over the whole holiday (以休假日期满的次日).
		{"2024-08", "2024-09-15", "2024-09-18", 0, "Mid-Autumn 09-15..17 begins on the 15th"},
		// A run that begins on the period's first day counts whole.
		{"2019-09", "2019-10-15", "2019-10-24", 7, "National Day 10-01..07 begins on the first day of the period"},
		// A run that begins on the month's last day (not counted) counts only its days in the period.
		{"2022-04", "2022-05-15", "2022-05-19", 4, "04-30 is outside the period; 05-01..04 is 4"},
		// A run that ends on the 16th (one after the 15th) counts only its days up to the 15th.
		{"2024-01", "2024-02-15", "2024-02-23", 6, "Spring Festival 02-10..17: 02-10..15 are 6 days in the period"},
		// A 15th that is a working day with no run of 3: the 15th itself.
		{"2026-11", "2026-12-15", "2026-12-15", 0, "the 15th is a Tuesday"},
		// A 15th that is a Saturday with no run of 3: Monday the 17th.
		{"2020-07", "2020-08-15", "2020-08-17", 0, "the 15th is a Saturday"},
	} {
		dl, err := c.DeclarationDeadline(testdates.Month(t, tc.period))
		require.NoError(t, err, tc.period)
		assert.Equal(t, tc.raw, dl.Raw.String(), "%s raw", tc.period)
		assert.Equal(t, tc.ext, dl.Extension, "%s: %s\n%s", tc.period, tc.why, dl)
		assert.Equal(t, tc.want, dl.Date.String(), "%s: %s\n%s", tc.period, tc.why, dl)
	}
}

func TestDeadlineRulesAgreeWithDayByDayCountEveryDay(t *testing.T) {
	c := calendar.Default()
	first := testdates.Day(t, "2019-01-01")
	last := testdates.Day(t, "2026-12-31")
	for d := first; !d.After(last); d = plus(t, d, 1) {
		for _, n := range []int{1, 3, 5, 7, 10, 20, 30, 90} {
			if raw := plus(t, d, n); raw.Year() <= 2026 {
				dl, err := c.WithinDays(d, n)
				if raw.Year() == 2026 && raw.Month() == time.December && raw.Day() > 28 && err != nil {
					continue // its next working day may be in 2027
				}
				require.NoError(t, err, "%s + %d days", d, n)
				assert.Equal(t, raw, dl.Raw, "%s + %d days: raw", d, n)
				if !assert.Equal(t, nextWork(t, c, raw), dl.Date, "%s + %d days", d, n) {
					return
				}
			}
			if dl, err := c.WithinWorkdays(d, n); err == nil {
				if !assert.Equal(t, nthWorkAfter(t, c, d, n), dl.Date, "%s + %d working days", d, n) {
					return
				}
			} else {
				require.ErrorIs(t, err, calendar.ErrNotCovered, "%s + %d working days", d, n)
			}
		}
		// "by the D-th, 顺延" (第九条, 第十二条) for every D, not only the 5th.
		m := calendar.MonthOfDate(d)
		if dl, err := c.DayOfMonth(m, d.Day()); err == nil {
			require.Equal(t, d, dl.Raw)
			if !assert.Equal(t, nextWork(t, c, d), dl.Date, "by the %d-th of %s", d.Day(), m) {
				return
			}
		} else {
			require.ErrorIs(t, err, calendar.ErrNotCovered)
		}
	}
}

// 民法典 第二百零二条: the corresponding day, or the last day of a month
// without one; checked against time.Time's month arithmetic for every day.
func TestWithinMonthsAgreesWithCivilMonthsEveryDay(t *testing.T) {
	c := calendar.Default()
	for d := testdates.Day(t, "2019-01-01"); d.Year() <= 2025; d = plus(t, d, 1) {
		for _, n := range []int{1, 6, 12} {
			dl, err := c.WithinMonths(d, n)
			if err != nil {
				require.ErrorIs(t, err, calendar.ErrNotCovered)
				continue
			}
			y, m, day := d.Date()
			lastOf := time.Date(y, m+time.Month(n)+1, 0, 0, 0, 0, 0, time.UTC)
			want := lastOf
			if day < lastOf.Day() {
				want = time.Date(y, m+time.Month(n), day, 0, 0, 0, 0, time.UTC)
			}
			raw, err := calendar.DateOf(want.Year(), want.Month(), want.Day())
			require.NoError(t, err)
			if !assert.Equal(t, raw, dl.Raw, "%s + %d months", d, n) ||
				!assert.Equal(t, nextWork(t, c, raw), dl.Date, "%s + %d months", d, n) {
				return
			}
		}
	}
}

// The smallest periods the rules accept, and one under.
func TestPeriodLengthBoundaries(t *testing.T) {
	c := calendar.Default()
	fri := testdates.Day(t, "2026-03-06") // a Friday
	_, err := c.WithinDays(fri, 0)
	assert.Error(t, err, "0 days")
	dl, err := c.WithinDays(fri, 1)
	require.NoError(t, err)
	assert.Equal(t, "2026-03-07", dl.Raw.String(), "1 day: the day after the event")
	assert.Equal(t, "2026-03-09", dl.Date.String(), "Saturday moves to Monday")

	_, err = c.WithinWorkdays(fri, 0)
	assert.Error(t, err, "0 working days")
	dl, err = c.WithinWorkdays(fri, 1)
	require.NoError(t, err)
	assert.Equal(t, "2026-03-09", dl.Date.String(), "the 1st working day after Friday")

	_, err = c.WithinMonths(fri, 0)
	assert.Error(t, err, "0 months")
	dl, err = c.WithinMonths(fri, 1)
	require.NoError(t, err)
	assert.Equal(t, "2026-04-06", dl.Raw.String())
	assert.Equal(t, "2026-04-07", dl.Date.String(), "04-06 is the 清明 day off")

	feb := testdates.Month(t, "2024-02")
	_, err = c.DayOfMonth(feb, 0)
	assert.Error(t, err, "day 0")
	_, err = c.DayOfMonth(feb, 30)
	assert.Error(t, err, "day 30 of February")
	dl, err = c.DayOfMonth(feb, 29)
	require.NoError(t, err, "the leap day is the month's last")
	assert.Equal(t, "2024-02-29", dl.Date.String())
	dl, err = c.DayOfMonth(feb, 1)
	require.NoError(t, err)
	assert.Equal(t, "2024-02-01", dl.Date.String())
}

// 第九条 and 第十二条: the 5th itself when it is a working day; the first
// working day after it when it is not; a day off before the 5th changes nothing.
func TestPushAndRateDeadlineBoundaries(t *testing.T) {
	c := calendar.Default()
	for _, tc := range []struct{ month, want, why string }{
		{"2026-01", "2026-01-05", "01-01..03 off before the 5th; the 5th is a Monday"},
		{"2026-03", "2026-03-05", "the 5th is a Thursday"},
		{"2026-04", "2026-04-07", "the 5th is 清明 (Sunday), the 6th off"},
		{"2025-10", "2025-10-09", "National Day 10-01..08"},
		{"2019-05", "2019-05-05", "the 5th is an adjusted working Sunday"},
		{"2024-05", "2024-05-06", "05-01..05 off; the 6th"},
	} {
		dl, err := c.PushDeadline(testdates.Month(t, tc.month))
		require.NoError(t, err)
		assert.Equal(t, tc.want, dl.Date.String(), "%s: %s", tc.month, tc.why)
	}
	for year, want := range map[int]string{2025: "2025-01-06", 2026: "2026-01-05", 2020: "2020-01-06", 2022: "2022-01-05"} {
		dl, err := c.RateDeadline(year)
		require.NoError(t, err)
		assert.Equal(t, want, dl.Date.String(), "第十二条 %d", year)
	}
}

// The edges of the coverage: the last period whose deadline lies in the
// covered years, and the first that does not; a deadline moved into an
// uncovered year is an error naming it.
func TestCoverageBoundaries(t *testing.T) {
	c := calendar.Default()
	_, err := c.DeclarationDeadline(testdates.Month(t, "2018-12"))
	assert.NoError(t, err, "2018-12 needs only 2019")
	_, err = c.DeclarationDeadline(testdates.Month(t, "2018-11"))
	var nc *calendar.YearNotCoveredError
	require.ErrorAs(t, err, &nc)
	assert.Equal(t, 2018, nc.Year)
	_, err = c.DeclarationDeadline(testdates.Month(t, "2026-11"))
	assert.NoError(t, err)
	_, err = c.DeclarationDeadline(testdates.Month(t, "2026-12"))
	require.ErrorAs(t, err, &nc)
	assert.Equal(t, 2027, nc.Year)

	dl, err := c.WithinDays(testdates.Day(t, "2026-12-30"), 1)
	require.NoError(t, err, "2026-12-31 is a Thursday")
	assert.Equal(t, "2026-12-31", dl.Date.String())
	_, err = c.WithinDays(testdates.Day(t, "2026-12-31"), 1)
	require.ErrorAs(t, err, &nc)
	assert.Equal(t, 2027, nc.Year)
	_, err = c.PushDeadline(testdates.Month(t, "2026-12"))
	assert.NoError(t, err)
	_, err = c.PushDeadline(testdates.Month(t, "2027-01"))
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

// An official deadline must lie after its fee period: the period's last
// day is refused, the next day accepted.
func TestOverrideDateBoundary(t *testing.T) {
	p := testdates.Month(t, "2026-03")
	o := calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: p.Last(), Source: "测试通知"}
	_, err := calendar.Default().WithOverrides(o)
	assert.ErrorIs(t, err, calendar.ErrBadOverride, "on the period's last day")
	o.Date = plus(t, p.Last(), 1)
	c, err := calendar.Default().WithOverrides(o)
	require.NoError(t, err, "the day after the period")
	dl, err := c.DeclarationDeadline(p)
	require.NoError(t, err)
	assert.True(t, dl.Official())
	assert.Equal(t, "2026-04-01", dl.Date.String())
	other, err := c.DeclarationDeadline(testdates.Month(t, "2026-04"))
	require.NoError(t, err)
	assert.False(t, other.Official(), "an override is for its period only")
}

// Deadlines drawn near their boundaries: never before the raw last day,
// always a working day, and never more than the extension plus the days off
// moved over after it.
func TestDeadlinesNearBoundaries(t *testing.T) {
	c := calendar.Default()
	var anchors []calendar.Date
	for _, s := range []string{"2019-09-13", "2019-09-15", "2019-10-01", "2020-01-24", "2020-02-02",
		"2024-02-10", "2024-09-15", "2025-10-08", "2026-02-15", "2026-02-23", "2026-10-01", "2026-10-10"} {
		anchors = append(anchors, testdates.Day(t, s))
	}
	rapid.Check(t, func(rt *rapid.T) {
		d := testdates.Near(rt, "day", 20, anchors...)
		n := rapid.IntRange(1, 30).Draw(rt, "n")
		dl, err := c.WithinDays(d, n)
		if err != nil {
			rt.Skip("leaves 2019–2026")
		}
		if dl.Date.Before(dl.Raw) || (dl.Date != dl.Raw && isWork(rt, c, dl.Raw)) {
			rt.Fatalf("%s + %d: %s from raw %s", d, n, dl.Date, dl.Raw)
		}
		for x := dl.Raw; x.Before(dl.Date); x = plus(rt, x, 1) {
			if isWork(rt, c, x) {
				rt.Fatalf("%s + %d: moved over working day %s", d, n, x)
			}
		}
		m := calendar.MonthOfDate(d)
		decl, err := c.DeclarationDeadline(m)
		if err != nil {
			return
		}
		raw, ext, date := declarationOracle(rt, c, m)
		if decl.Raw != raw || decl.Extension != ext || decl.Date != date {
			rt.Fatalf("period %s: got %s/%d/%s, counted %s/%d/%s", m, decl.Raw, decl.Extension, decl.Date, raw, ext, date)
		}
	})
}

// DeclarationDeadline (its table lookup) gives the day-by-day oracle's
// figures for every period, on the edges of the table too, its date alone
// the same (DeclarationDue, the test's name for the benchmark's path), and
// an override's date for the overridden period only.
func TestDeclarationDueAgreesWithDeadline(t *testing.T) {
	base := calendar.Default()
	p := testdates.Month(t, "2026-03")
	oc, err := base.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: testdates.Day(t, "2026-04-30"), Source: "测试通知"})
	require.NoError(t, err)
	for _, c := range []*calendar.Calendar{base, oc} {
		for m := testdates.Month(t, "2018-10"); m.Before(testdates.Month(t, "2027-03")); {
			dl, errDl := c.DeclarationDeadline(m)
			due, errDue := c.DeclarationDue(m)
			if errDl != nil {
				assert.Equal(t, errDl.Error(), errDue.Error(), "%s", m)
			} else {
				require.NoError(t, errDue, "%s", m)
				assert.Equal(t, dl.Date, due, "%s", m)
				raw, ext, date := declarationOracle(t, c, m)
				assert.Equal(t, raw, dl.Raw, "%s", m)
				assert.Equal(t, ext, dl.Extension, "%s", m)
				assert.Equal(t, date, dl.Computed, "%s", m)
			}
			next, err := m.AddMonths(1)
			require.NoError(t, err)
			m = next
		}
	}
	due, err := oc.DeclarationDue(p)
	require.NoError(t, err)
	assert.Equal(t, "2026-04-30", due.String())
}

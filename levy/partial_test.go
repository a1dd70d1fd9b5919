package levy_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
)

// handMade returns the default calendar with hand-made schedules for 2027
// and 2028 (test data, not the State Council's notices): a New Year's day,
// a 7-day Spring Festival block with an adjusted working Saturday, and a
// 2028 without holidays.
func handMade(t interface {
	Helper()
	Fatalf(string, ...any)
}) *calendar.Calendar {
	t.Helper()
	day := func(s string, k calendar.DayKind, f calendar.Festival) calendar.ScheduleDay {
		d, err := calendar.ParseDate(s)
		if err != nil {
			t.Fatalf("%v", err)
		}
		return calendar.ScheduleDay{Date: d, Kind: k, Festival: f}
	}
	s27 := calendar.Schedule{Year: 2027, Source: "测试用的 2027 年放假安排（手工编写，非国务院通知）", Days: []calendar.ScheduleDay{
		day("2027-01-01", calendar.StatutoryHoliday, calendar.NewYearsDay),
		day("2027-02-06", calendar.StatutoryHoliday, calendar.SpringFestival),
		day("2027-02-07", calendar.StatutoryHoliday, calendar.SpringFestival),
		day("2027-02-08", calendar.StatutoryHoliday, calendar.SpringFestival),
		day("2027-02-09", calendar.StatutoryHoliday, calendar.SpringFestival),
		day("2027-02-10", calendar.ArrangedDayOff, calendar.SpringFestival),
		day("2027-02-11", calendar.ArrangedDayOff, calendar.SpringFestival),
		day("2027-02-12", calendar.ArrangedDayOff, calendar.SpringFestival),
		day("2027-02-20", calendar.AdjustedWorkday, calendar.SpringFestival),
	}}
	s28 := calendar.Schedule{Year: 2028, Source: "测试用（无节假日）", NoHolidays: true}
	c, err := calendar.Default().With(s27, s28)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return c
}

// sameBook is lines with their rates' Rulebook cleared, to compare the
// lines of rulebooks that differ only in their calendars.
func sameBook(lines []levy.Line) []levy.Line {
	out := make([]levy.Line, len(lines))
	for i, l := range lines {
		l.Rate.Rulebook = ""
		out[i] = l
	}
	return out
}

// Audit F15: the bill of fee period 2026-12 is given although its deadlines
// fall in 2027, whose schedule is not loaded: the lines and the total
// (第十一、十四条) are the same as with 2027 loaded; each deadline is unknown
// with its *calendar.YearNotCoveredError naming 2027 and the day it is not
// before, never a guessed date.
func TestDecember2026BillDeadlinesUnknown(t *testing.T) {
	r := sampleRulebook(t)
	var tl eligibility.Tally
	tl.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-12-01"), 500)
	tl.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-12-31"), 403)
	tl.AddN("platform-b", eligibility.RideHailing, testdates.Day(t, "2026-12-15"), 7)
	period := testdates.Month(t, "2026-12")

	b, err := r.Bill(&tl, "platform-b", period)
	require.NoError(t, err)
	require.Len(t, b.Lines, 2)
	a, ok := b.Amount(eligibility.InstantDelivery)
	assert.True(t, ok)
	assert.Equal(t, "248.33", a.String(), "903 × 0.275 = 248.325, half up")
	a, _ = b.Amount(eligibility.RideHailing)
	assert.Equal(t, "0.07", a.String())
	assert.Equal(t, "248.40", b.Total.String())
	assert.False(t, b.Declaration.Known())
	assert.False(t, b.Push.Known())
	assert.False(t, (b.Declaration.Known() && b.Push.Known()))
	for _, u := range []struct {
		dl        calendar.Deadline
		rule      calendar.Rule
		notBefore string
	}{{b.Declaration, calendar.RuleDeclaration, "2027-01-15"}, {b.Push, calendar.RuleDayOfMonth, "2027-01-05"}} {
		assert.Equal(t, u.rule, u.dl.Rule)
		assert.Equal(t, u.notBefore, u.dl.NotBefore().String())
		assert.True(t, u.dl.Date.IsZero())
		assert.ErrorIs(t, u.dl.Err(), calendar.ErrNotCovered)
		var nc *calendar.YearNotCoveredError
		require.True(t, errors.As(u.dl.Err(), &nc))
		assert.Equal(t, 2027, nc.Year)
	}

	// The same bill with 2027 loaded: same lines and total, deadlines known
	// and not before the days the unknown ones gave.
	full, err := sampleRulebookOn(t, handMade(t)).Bill(&tl, "platform-b", period)
	require.NoError(t, err)
	assert.Equal(t, sameBook(b.Lines), sameBook(full.Lines))
	assert.NotEqual(t, b.Rulebook, full.Rulebook, "another calendar, another rulebook")
	assert.True(t, b.Total == full.Total)
	require.True(t, (full.Declaration.Known() && full.Push.Known()))
	// 2027-01-01..03 are three consecutive days off in the period: the 15th
	// (a Friday) is extended by 3 working days.
	assert.Equal(t, "2027-01-20", full.Declaration.Date.String())
	assert.Equal(t, "2027-01-05", full.Push.Date.String())

	// JSON: an unknown deadline has the one shape of an unknown
	// calendar.Deadline: no date, the year and the day it is not before;
	// the total stays a two-decimal string.
	data, err := json.Marshal(b)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, "248.40", got["total"])
	decl, ok := got["declaration_deadline"].(map[string]any)
	require.True(t, ok, string(data))
	assert.NotContains(t, decl, "date")
	assert.Equal(t, "2027-01-15", decl["not_before"])
	assert.Equal(t, float64(2027), decl["computed_unknown_year"])
	assert.NotContains(t, string(data), "unknown_deadlines")
	var back levy.Bill
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, b.Declaration == back.Declaration)
	assert.True(t, b.Push == back.Push)
	data, err = json.Marshal(full)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"declaration_deadline":{`)

	// Explanations name the year and the day, in English and in Chinese.
	zh := strings.Join(b.Explain(explain.Chinese), "\n")
	assert.Contains(t, zh, "申报缴纳期限：未知（2027 年放假安排尚未载入），不早于 2027-01-15（第十四条）")
	assert.Contains(t, zh, "合计：248.40 元")
	assert.Contains(t, b.String(), "declare and pay by: unknown, not before 2027-01-15")
	assert.NotContains(t, b.String(), "0000-")

	// Reconcile gives the same comparison.
	var rep eligibility.Tally
	rep.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-12-01"), 500)
	rep.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-12-31"), 400)
	rep.AddN("platform-b", eligibility.RideHailing, testdates.Day(t, "2026-12-15"), 7)
	rec, err := r.Reconcile(&tl, &rep, "platform-b", period)
	require.NoError(t, err)
	assert.False(t, rec.Consistent)
	require.Len(t, rec.Days, 1)
	assert.Equal(t, "0.83", rec.Days[0].Amount.String(), "3 × 0.275 = 0.825, half up")
	require.Len(t, rec.Industries, 2)
	assert.Equal(t, eligibility.InstantDelivery, rec.Industries[1].Industry)
	assert.Equal(t, "0.83", rec.Industries[1].Amount.String())
}

// An empty calendar covers no year: both deadlines are unknown, the bill is
// still given.
func TestBillOnEmptyCalendar(t *testing.T) {
	var tl eligibility.Tally
	tl.AddN("platform-a", eligibility.RideHailing, testdates.Day(t, "2026-03-02"), 123)
	b, err := sampleRulebookOn(t, &calendar.Calendar{}).Bill(&tl, "platform-a", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	assert.Equal(t, "1.23", b.Total.String())
	for _, dl := range []calendar.Deadline{b.Declaration, b.Push} {
		assert.False(t, dl.Known())
		var nc *calendar.YearNotCoveredError
		require.ErrorAs(t, dl.Err(), &nc)
		assert.Equal(t, 2026, nc.Year)
	}
}

// For any fee period, a bill's lines and total are the same with and
// without the next year's schedule loaded; a deadline the smaller calendar
// gives is the one the larger gives, and one it cannot give is, with the
// year loaded, on or after its NotBefore day.
func TestBillAmountsDoNotDependOnTheCalendar(t *testing.T) {
	without := sampleRulebookOn(t, calendar.Default())
	with := sampleRulebookOn(t, handMade(t))
	platforms := []string{"platform-a", "platform-b", "platform-c"}
	first := testdates.Month(t, "2025-07")
	rapid.Check(t, func(t *rapid.T) {
		period, err := first.AddMonths(rapid.IntRange(0, 29).Draw(t, "period"))
		require.NoError(t, err)
		platform := rapid.SampledFrom(platforms).Draw(t, "platform")
		var tl eligibility.Tally
		for range rapid.IntRange(0, 12).Draw(t, "rows") {
			ind := rapid.SampledFrom(eligibility.Industries[:]).Draw(t, "industry")
			d, err := calendar.DateOf(period.Year(), period.Month(), rapid.IntRange(1, period.Last().Day()).Draw(t, "day"))
			require.NoError(t, err)
			tl.AddN(platform, ind, d, rapid.Int64Range(0, 1_000_000).Draw(t, "orders"))
		}
		a, aerr := without.Bill(&tl, platform, period)
		b, berr := with.Bill(&tl, platform, period)
		if aerr != nil || berr != nil {
			// A refused bill (a rate that cannot be found) is refused alike.
			require.Error(t, aerr)
			require.Error(t, berr)
			assert.Equal(t, aerr.Error(), berr.Error())
			assert.NotErrorIs(t, aerr, calendar.ErrNotCovered)
			return
		}
		assert.Equal(t, sameBook(a.Lines), sameBook(b.Lines))
		assert.True(t, a.Total == b.Total, "%s vs %s", a.Total, b.Total)
		assert.Equal(t, a.Provisional, b.Provisional)
		require.True(t, (b.Declaration.Known() && b.Push.Known()), "the larger calendar covers every year up to 2028")
		for _, x := range []struct {
			name       string
			small, big calendar.Deadline
		}{{"declaration", a.Declaration, b.Declaration}, {"push", a.Push, b.Push}} {
			if x.small.Known() {
				assert.Equal(t, x.big.Date, x.small.Date, x.name)
				assert.NoError(t, x.small.Err())
				continue
			}
			require.ErrorIs(t, x.small.Err(), calendar.ErrNotCovered, x.name)
			assert.False(t, x.big.Date.Before(x.small.NotBefore()), "%s: %s before %s", x.name, x.big.Date, x.small.NotBefore())
			var nc *calendar.YearNotCoveredError
			require.ErrorAs(t, x.small.Err(), &nc)
			assert.Greater(t, nc.Year, 2026)
		}
	})
}

// Issue 10: the bill of fee period 2026-12 with the official declaration
// deadline loaded (an Override, as the tax administration publishes it) but
// no 2027 schedule gives that official date (第十四条) although the computed
// one is unknown; the push date (第九条, by the 5th) has no override and
// stays unknown, with 2027 named.
func TestDecember2026BillOfficialDeclarationDeadline(t *testing.T) {
	var tl eligibility.Tally
	tl.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-12-01"), 903)
	period := testdates.Month(t, "2026-12")
	const source = "国家税务总局公布的2027年1月申报纳税期限（示例，由调用方提供）"
	cal, err := calendar.Default().WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: period,
		Date: testdates.Day(t, "2027-01-20"), Source: source})
	require.NoError(t, err)

	b, err := sampleRulebookOn(t, cal).Bill(&tl, "platform-b", period)
	require.NoError(t, err)
	assert.Equal(t, "248.33", b.Total.String())
	require.True(t, b.Declaration.Known())
	assert.Equal(t, "2027-01-20", b.Declaration.Date.String())
	assert.False(t, b.Declaration.Override.Date.IsZero(), "official")
	assert.True(t, b.Declaration.Computed.IsZero())
	var nc *calendar.YearNotCoveredError
	require.ErrorAs(t, b.Declaration.Err(), &nc, "the computed one is unknown")
	assert.Equal(t, 2027, nc.Year)
	assert.False(t, b.Push.Known())
	assert.False(t, (b.Declaration.Known() && b.Push.Known()))
	require.ErrorAs(t, b.Push.Err(), &nc)
	assert.Equal(t, 2027, nc.Year)

	en, zh := strings.Join(b.Explain(explain.English), "\n"), strings.Join(b.Explain(explain.Chinese), "\n")
	assert.Contains(t, en, "declare and pay by 2027-01-20 (第十四条)")
	assert.Contains(t, en, "official deadline 2027-01-20 set by "+source+" applies")
	assert.Contains(t, en, "computed deadline: unknown: year 2027 is not covered")
	assert.Contains(t, en, "by: unknown, not before 2027-01-05 (第九条)")
	assert.Contains(t, zh, "申报缴纳期限：2027-01-20（第十四条）")
	assert.Contains(t, zh, "计算所得期限：未知（2027 年放假安排尚未载入）")
	assert.Contains(t, zh, "经办机构推送单量汇总和费率的期限：未知（2027 年放假安排尚未载入）")
	assert.NotContains(t, en, "0001")
	assert.NotContains(t, zh, "0001")

	data, err := json.Marshal(b)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(data, &got))
	decl, ok := got["declaration_deadline"].(map[string]any)
	require.True(t, ok, string(data))
	assert.Equal(t, "2027-01-20", decl["date"])
	assert.NotContains(t, decl, "computed")
	assert.Equal(t, float64(2027), decl["computed_unknown_year"])
	push, ok := got["push_deadline"].(map[string]any)
	require.True(t, ok, string(data))
	assert.Equal(t, "2027-01-05", push["not_before"])
	assert.NotContains(t, push, "date")
}

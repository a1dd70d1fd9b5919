package levy_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

func rulebook(t testing.TB, params *param.Set, terms ...levy.Terms) *levy.Rulebook {
	t.Helper()
	return rulebookOn(t, calendar.Default(), params, terms...)
}

func rulebookOn(t testing.TB, cal *calendar.Calendar, params *param.Set, terms ...levy.Terms) *levy.Rulebook {
	t.Helper()
	r, err := levy.NewRulebook(cal, params, terms...)
	require.NoError(t, err)
	return r
}

func rateOn(t testing.TB, r *levy.Rulebook, p string, ind eligibility.Industry, d string) levy.Rate {
	t.Helper()
	rate, err := r.RateOn(p, ind, testdates.Day(t, d))
	require.NoError(t, err, "%s %s %s", p, ind, d)
	return rate
}

// 第十一条第二款: the first year is the twelve fee months from the first
// enrolment month; the day before it is not enrolled, its last day is still
// in it and the next day is not.
func TestFirstYearBoundaries(t *testing.T) {
	src := "核定（测试数据）"
	r := rulebook(t, levy.DefaultParams(), levy.Terms{
		Platform: "p", FirstMonth: testdates.Month(t, "2025-07"),
		InstantDelivery: []levy.LevelAssignment{{From: testdates.Month(t, "2026-07"), Level: levy.LevelHigher, Source: src}},
	})
	_, err := r.RateOn("p", eligibility.InstantDelivery, testdates.Day(t, "2025-06-30"))
	assert.ErrorIs(t, err, levy.ErrNotEnrolled, "the day before the first month")
	first := rateOn(t, r, "p", eligibility.InstantDelivery, "2025-07-01")
	assert.True(t, first.FirstYear)
	assert.Equal(t, levy.ParamInstantNewPlatform, first.Base.Name)
	last := rateOn(t, r, "p", eligibility.InstantDelivery, "2026-06-30")
	assert.True(t, last.FirstYear, "the twelfth fee month")
	assert.Equal(t, "0.07", last.PerOrder.String())
	after := rateOn(t, r, "p", eligibility.InstantDelivery, "2026-07-01")
	assert.False(t, after.FirstYear, "the thirteenth fee month")
	assert.Equal(t, levy.ParamInstantHigher, after.Base.Name)
	assert.Equal(t, "0.25", after.PerOrder.String())

	terms := levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-07")}
	for m, want := range map[string]bool{"2025-06": false, "2025-07": true, "2026-06": true, "2026-07": false} {
		assert.Equal(t, want, terms.InFirstYear(testdates.Month(t, m)), m)
	}
}

// 第十二条: floating takes effect on 1 January, and a platform floats in
// year Y when it has 12 fee months by the end of Y−1: first enrolled in
// January of Y−1 (exactly 12) floats, in February (11) does not, in December
// of Y−2 (13) does.
func TestFloatingYearBoundaries(t *testing.T) {
	for first, want := range map[string]bool{"2024-12": true, "2025-01": true, "2025-02": false} {
		terms := levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, first)}
		assert.Equal(t, want, terms.Floats(2026), "first enrolled %s, floats in 2026", first)
	}
	src := "核定（测试数据）"
	r := rulebook(t, levy.DefaultParams(), levy.Terms{
		Platform: "p", FirstMonth: testdates.Month(t, "2025-01"),
		Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.5"), Source: src}},
	})
	dec31 := rateOn(t, r, "p", eligibility.RideHailing, "2025-12-31")
	assert.True(t, dec31.FirstYear, "2025-12 is the twelfth month")
	assert.Equal(t, "0.01", dec31.PerOrder.String())
	jan1 := rateOn(t, r, "p", eligibility.RideHailing, "2026-01-01")
	assert.False(t, jan1.FirstYear)
	assert.True(t, jan1.Floats)
	assert.Equal(t, "0.015", jan1.PerOrder.String(), "floated from 1 January")
	dec31b := rateOn(t, r, "p", eligibility.RideHailing, "2026-12-31")
	assert.Equal(t, "0.015", dec31b.PerOrder.String(), "the floating holds to 31 December")

	// First enrolled in February 2025: not floating on 2026-12-31, floating
	// (by its 2027 rate) on 2027-01-01.
	r = rulebook(t, levy.DefaultParams(), levy.Terms{
		Platform: "q", FirstMonth: testdates.Month(t, "2025-02"),
		Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Rate: dec("0.05"), Source: src},
			{Year: 2027, Industry: eligibility.RideHailing, Rate: dec("0.02"), Source: src},
		},
	})
	before := rateOn(t, r, "q", eligibility.RideHailing, "2026-12-31")
	assert.False(t, before.Floats, "11 fee months by the end of 2025")
	assert.Equal(t, "0.01", before.PerOrder.String(), "the 2026 floating is not applied")
	from := rateOn(t, r, "q", eligibility.RideHailing, "2027-01-01")
	assert.True(t, from.Floats)
	assert.Equal(t, "0.02", from.PerOrder.String())
}

// A level assigned from a month applies from its first day, not the day before.
func TestLevelFromMonthBoundary(t *testing.T) {
	src := "核定（测试数据）"
	r := rulebook(t, levy.DefaultParams(), levy.Terms{
		Platform: "p", FirstMonth: testdates.Month(t, "2024-01"),
		InstantDelivery: []levy.LevelAssignment{
			{From: testdates.Month(t, "2025-07"), Level: levy.LevelLower, Source: src},
			{From: testdates.Month(t, "2026-03"), Level: levy.LevelHigher, Source: src},
		},
	})
	assert.Equal(t, "0.07", rateOn(t, r, "p", eligibility.InstantDelivery, "2026-02-28").PerOrder.String())
	assert.Equal(t, "0.25", rateOn(t, r, "p", eligibility.InstantDelivery, "2026-03-01").PerOrder.String())
	r = rulebook(t, levy.DefaultParams(), levy.Terms{
		Platform: "p", FirstMonth: testdates.Month(t, "2024-01"),
		InstantDelivery: []levy.LevelAssignment{{From: testdates.Month(t, "2026-03"), Level: levy.LevelLower, Source: src}},
	})
	_, err := r.RateOn("p", eligibility.InstantDelivery, testdates.Day(t, "2026-02-28"))
	assert.ErrorIs(t, err, levy.ErrNoLevel, "the day before the first level")
	assert.Equal(t, "0.07", rateOn(t, r, "p", eligibility.InstantDelivery, "2026-03-01").PerOrder.String())
}

// 第十一条第三款: an adjusted base amount applies from its From day: the day
// before keeps the old one, and a bill splits its line exactly there. A
// value with an Until holds on that day and not the next.
func TestParameterEffectiveDateAsBilled(t *testing.T) {
	adj := param.Value{Name: levy.ParamRideHailing, Value: dec("0.02"), From: testdates.Day(t, "2026-03-16"),
		Until: testdates.Day(t, "2026-03-30"), Source: "示例调整通知（测试数据）", Status: param.Verified}
	params, err := levy.DefaultParams().With(adj)
	require.NoError(t, err)
	r := rulebook(t, params, levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")})
	for d, want := range map[string]string{"2025-06-30": "", "2025-07-01": "0.01", "2026-03-15": "0.01", "2026-03-16": "0.02", "2026-03-30": "0.02"} {
		rate, err := r.RateOn("p", eligibility.RideHailing, testdates.Day(t, d))
		if want == "" {
			assert.ErrorIs(t, err, param.ErrMissingValue, d)
			continue
		}
		require.NoError(t, err, d)
		assert.Equal(t, want, rate.PerOrder.String(), d)
	}
	// The day after Until: no value of the adjusted series, and the earlier
	// default does not come back.
	_, err = r.RateOn("p", eligibility.RideHailing, testdates.Day(t, "2026-03-31"))
	var me *param.MissingError
	require.ErrorAs(t, err, &me, "the day after Until")
	assert.Equal(t, "2026-03-31", me.Date.String())

	var tl eligibility.Tally
	for _, d := range []string{"2026-03-15", "2026-03-16"} {
		tl.AddN("p", eligibility.RideHailing, testdates.Day(t, d), 100)
	}
	b, err := r.Bill(&tl, "p", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	require.Len(t, b.Lines, 2, "%s", b)
	assert.Equal(t, "2026-03-15", b.Lines[0].To.String())
	assert.Equal(t, "1.00", b.Lines[0].Amount.String())
	assert.Equal(t, "2026-03-16", b.Lines[1].From.String())
	assert.Equal(t, "2.00", b.Lines[1].Amount.String())
	assert.Equal(t, "3.00", b.Total.String())
}

// A bill reads the days of its period, from the first to the last, and no
// day either side.
func TestBillReadsExactlyThePeriod(t *testing.T) {
	r := rulebook(t, levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")})
	var tl eligibility.Tally
	for d, n := range map[string]int64{"2026-02-28": 1000, "2026-03-01": 100, "2026-03-31": 10, "2026-04-01": 7000} {
		tl.AddN("p", eligibility.RideHailing, testdates.Day(t, d), n)
	}
	b, err := r.Bill(&tl, "p", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	orders, err := b.Orders(eligibility.RideHailing)
	require.NoError(t, err)
	assert.Equal(t, int64(110), orders)
	assert.Equal(t, "1.10", b.Total.String())
	require.Len(t, b.Lines, 1)
	assert.Equal(t, "2026-03-01", b.Lines[0].From.String())
	assert.Equal(t, "2026-03-31", b.Lines[0].To.String())
}

// 第十四条: a line is rounded half up to the fen: ….xx5 up, ….xx4999 down,
// whatever the digit before it (banker's rounding would take 0.125 down).
func TestBillRoundingBoundaries(t *testing.T) {
	src := "核定（测试数据）"
	for _, tc := range []struct {
		rate   string
		orders int64
		want   string
	}{
		{"0.125", 1, "0.13"},  // exactly half, even digit before: up
		{"0.135", 1, "0.14"},  // exactly half, odd digit before: up
		{"0.0149", 1, "0.01"}, // just under half: down
		{"0.0151", 1, "0.02"}, // just over half: up
		{"0.0137", 1, "0.01"}, // under half: down (a ceiling would give 0.02)
		{"0.0137", 3, "0.04"}, // 0.0411
		{"0.0125", 2, "0.03"}, // the line is rounded, not each order: 0.025 → 0.03 (per order: 0.01 + 0.01)
	} {
		r := rulebook(t, levy.DefaultParams(), levy.Terms{
			Platform: "p", FirstMonth: testdates.Month(t, "2025-01"),
			Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Rate: dec(tc.rate), Source: src}},
		})
		var tl eligibility.Tally
		tl.AddN("p", eligibility.RideHailing, testdates.Day(t, "2026-03-02"), tc.orders)
		b, err := r.Bill(&tl, "p", testdates.Month(t, "2026-03"))
		require.NoError(t, err)
		assert.Equal(t, tc.want, b.Total.String(), "%d × %s", tc.orders, tc.rate)
		require.Len(t, b.Lines, 1)
		assert.True(t, b.Lines[0].Exact.Equal(dec(tc.rate).Mul(decimal.NewFromInt(tc.orders))), "exact kept unrounded")
	}
}

// The bill's deadlines are the calendar's for its period: 第十四条 for the
// period itself and 第九条 for the month after; an official date wins.
func TestBillDeadlinesAreThePeriods(t *testing.T) {
	terms := levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")}
	r := rulebook(t, levy.DefaultParams(), terms)
	c := calendar.Default()
	for m := testdates.Month(t, "2025-07"); m.Before(testdates.Month(t, "2026-12")); {
		b, err := r.Bill(&eligibility.Tally{}, "p", m)
		require.NoError(t, err, m)
		decl, err := c.DeclarationDeadline(m)
		require.NoError(t, err)
		next, err := m.AddMonths(1)
		require.NoError(t, err)
		push, err := c.DayOfMonth(next, 5)
		require.NoError(t, err)
		assert.Equal(t, decl.Date, b.Declaration.Date, "declaration of %s", m)
		assert.Equal(t, push.Date, b.Push.Date, "push of %s", m)
		m = next
	}
	// 2026-01: only 02-15 of the Spring Festival run is in the period; the
	// deadline moves past the holiday to 02-24 (not 02-16, not 02-23).
	b, err := r.Bill(&eligibility.Tally{}, "p", testdates.Month(t, "2026-01"))
	require.NoError(t, err)
	assert.Equal(t, "2026-02-24", b.Declaration.Date.String())
	assert.Equal(t, "2026-02-05", b.Push.Date.String())

	p := testdates.Month(t, "2026-03")
	oc, err := c.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: testdates.Day(t, "2026-04-30"), Source: "测试通知"})
	require.NoError(t, err)
	b, err = rulebookOn(t, oc, levy.DefaultParams(), terms).Bill(&eligibility.Tally{}, "p", p)
	require.NoError(t, err)
	assert.Equal(t, "2026-04-30", b.Declaration.Date.String())
	assert.False(t, b.Declaration.Override.Date.IsZero(), "official")
}

// 第十四条第二款: declared must equal reported, day by day; one order more or
// fewer on any day of the period (its first, its last) is inconsistent, and
// a day outside the period is not compared.
func TestReconcileBoundaries(t *testing.T) {
	r := rulebook(t, levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")})
	period := testdates.Month(t, "2026-03")
	base := func() *eligibility.Tally {
		var tl eligibility.Tally
		tl.AddN("p", eligibility.RideHailing, testdates.Day(t, "2026-03-01"), 50)
		tl.AddN("p", eligibility.RideHailing, testdates.Day(t, "2026-03-31"), 50)
		return &tl
	}
	rec, err := r.Reconcile(base(), base(), "p", period)
	require.NoError(t, err)
	assert.True(t, rec.Consistent, "equal")
	assert.Empty(t, rec.Days)
	for _, d := range []string{"2026-03-01", "2026-03-31"} {
		for _, delta := range []int64{-1, 1} {
			declared := base()
			declared.AddN("p", eligibility.RideHailing, testdates.Day(t, d), 0)
			if delta > 0 {
				declared.AddN("p", eligibility.RideHailing, testdates.Day(t, d), delta)
			}
			reported := base()
			if delta < 0 {
				reported.AddN("p", eligibility.RideHailing, testdates.Day(t, d), 1)
			}
			rec, err := r.Reconcile(declared, reported, "p", period)
			require.NoError(t, err)
			assert.False(t, rec.Consistent, "%s %+d", d, delta)
			require.Len(t, rec.Days, 1, "%s %+d", d, delta)
			assert.Equal(t, d, rec.Days[0].Day.String())
			assert.Equal(t, delta, rec.Days[0].Diff)
		}
	}
	for _, d := range []string{"2026-02-28", "2026-04-01"} {
		declared := base()
		declared.AddN("p", eligibility.RideHailing, testdates.Day(t, d), 5)
		rec, err := r.Reconcile(declared, base(), "p", period)
		require.NoError(t, err)
		assert.True(t, rec.Consistent, "a difference on %s, outside the period", d)
	}
}

// 第十六条: paid exactly what was due is neither refund nor top-up; one fen
// either side is.
func TestCorrectionBoundaries(t *testing.T) {
	p := testdates.Month(t, "2026-03")
	for paid, want := range map[string][2]string{
		"100.00": {string(levy.NoneDue), "0.00"},
		"100.01": {string(levy.Refund), "0.01"},
		"99.99":  {string(levy.TopUp), "0.01"},
		"100.1":  {string(levy.Refund), "0.10"},
		"0":      {string(levy.TopUp), "100.00"},
	} {
		a, err := levy.Correct(levy.Correction{Platform: "x", Period: p, Paid: amt(paid), Due: amt("100")})
		require.NoError(t, err, paid)
		assert.Equal(t, want[0], string(a.Kind), paid)
		assert.Equal(t, want[1], a.Amount.String(), paid)
		assert.False(t, a.Amount.Sign() < 0)
		assert.Equal(t, p, a.Period, "tied to its period")
	}
	a, err := levy.Correct(levy.Correction{Platform: "x", Period: p, Paid: amt("0"), Due: amt("0")})
	require.NoError(t, err, "zero is an amount")
	assert.Equal(t, levy.NoneDue, a.Kind)
	for _, bad := range []string{"-0.01", "-100.00"} { // a fraction of a fen is refused where it is read (money.Amount)
		_, err := levy.Correct(levy.Correction{Platform: "x", Period: p, Paid: amt(bad), Due: amt("100")})
		assert.ErrorIs(t, err, levy.ErrBadCorrection, "paid %s", bad)
		_, err = levy.Correct(levy.Correction{Platform: "x", Period: p, Paid: amt("100"), Due: amt(bad)})
		assert.ErrorIs(t, err, levy.ErrBadCorrection, "due %s", bad)
	}
	_, err = levy.Correct(levy.Correction{Platform: "x", Period: p, Paid: amt("100.010"), Due: amt("100")})
	assert.NoError(t, err, "a trailing zero is still whole fen")
}

// 第十三条: 10 working days after the notice; the notice's day is not
// counted, and a notice on a day off starts counting at the next working day.
func TestRegistrationDeadlineBoundaries(t *testing.T) {
	c := calendar.Default()
	r := rulebook(t, levy.DefaultParams())
	for received, want := range map[string]string{
		"2026-03-02": "2026-03-16", // Monday: 03-03..06, 09..13, 16
		"2026-03-07": "2026-03-20", // Saturday: 03-09..13, 16..20
		"2026-03-08": "2026-03-20", // Sunday: the same
		"2026-09-30": "2026-10-20", // 10-08, 09, 10 (adjusted working Saturday), 12..16, 19, 20
	} {
		dl, err := r.RegistrationDeadline(testdates.Day(t, received))
		require.NoError(t, err, received)
		assert.Equal(t, want, dl.Date.String(), "notice %s\n%s", received, dl)
		n, err := c.WorkdaysBetween(testdates.Day(t, received), dl.Date)
		require.NoError(t, err)
		assert.Equal(t, levy.RegistrationWorkdays, n, "exactly 10 working days after %s", received)
	}
	assert.Equal(t, 10, levy.RegistrationWorkdays)
}

// Rates drawn near their boundaries (a first month, the start of a floating
// year, a parameter's effective date) agree with a hand reading of 第十一、
// 十二条.
func TestRatesNearBoundaries(t *testing.T) {
	src := "核定（测试数据）"
	adjFrom := testdates.Day(t, "2026-05-16")
	params, err := levy.DefaultParams().With(param.Value{Name: levy.ParamRideHailing, Value: dec("0.02"), From: adjFrom, Source: src, Status: param.Verified})
	require.NoError(t, err)
	firstMonths := []string{"2025-07", "2025-12", "2026-01", "2026-02"}
	var terms []levy.Terms
	for _, m := range firstMonths {
		terms = append(terms, levy.Terms{Platform: m, FirstMonth: testdates.Month(t, m),
			Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("2"), Source: src},
				{Year: 2027, Industry: eligibility.RideHailing, Factor: dec("3"), Source: src}}})
	}
	r := rulebook(t, params, terms...)
	anchors := []calendar.Date{testdates.Day(t, "2025-07-01"), testdates.Day(t, "2026-01-01"), testdates.Day(t, "2026-02-01"),
		testdates.Day(t, "2027-01-01"), testdates.Day(t, "2027-02-01"), adjFrom}
	rapid.Check(t, func(rt *rapid.T) {
		d := testdates.Near(rt, "day", 40, anchors...)
		fm := rapid.SampledFrom(firstMonths).Draw(rt, "first month")
		first := testdates.Month(rt, fm)
		rate, err := r.RateOn(fm, eligibility.RideHailing, d)
		m := calendar.MonthOfDate(d)
		if m.Before(first) {
			if !assert.ErrorIs(rt, err, levy.ErrNotEnrolled) {
				rt.FailNow()
			}
			return
		}
		if err != nil {
			rt.Fatalf("%s %s: %v", fm, d, err)
		}
		months := (m.Year()-first.Year())*12 + int(m.Month()) - int(first.Month())
		wantFirst := months < 12
		base := "0.01"
		if !d.Before(adjFrom) {
			base = "0.02"
		}
		fy, fmo := first.Year(), first.Month()
		floats := !wantFirst && (fy < d.Year()-1 || (fy == d.Year()-1 && fmo == time.January))
		want := dec(base)
		if floats {
			want = want.Mul(dec(map[int]string{2026: "2", 2027: "3"}[d.Year()]))
		}
		if rate.FirstYear != wantFirst || rate.Floats != floats || !rate.PerOrder.Equal(want) {
			rt.Fatalf("%s on %s: first year %v floats %v rate %s; want %v %v %s", fm, d, rate.FirstYear, rate.Floats, rate.PerOrder, wantFirst, floats, want)
		}
	})
}

// A reconciliation's day difference is rounded half away from zero to the
// fen, either sign: −1 × 0.125 is −0.13, +1 × 0.125 is 0.13.
func TestReconcileDayAmountRounding(t *testing.T) {
	r := rulebook(t, levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01"),
		Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Rate: dec("0.125"), Source: "核定（测试数据）"}}})
	d := testdates.Day(t, "2026-03-02")
	for delta, want := range map[int64]string{-1: "-0.13", 1: "0.13"} {
		var declared, reported eligibility.Tally
		declared.AddN("p", eligibility.RideHailing, d, 10+delta)
		reported.AddN("p", eligibility.RideHailing, d, 10)
		rec, err := r.Reconcile(&declared, &reported, "p", testdates.Month(t, "2026-03"))
		require.NoError(t, err)
		require.Len(t, rec.Days, 1)
		assert.Equal(t, want, rec.Days[0].Amount.String(), "%+d orders × 0.125", delta)
	}
}

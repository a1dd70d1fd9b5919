package levy_test

import (
	"os"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/levykinds" // registers the kinds its cases name
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func amt(s string) money.Amount { return money.MustParse(s) }

func sampleRulebook(t testing.TB) *levy.Rulebook {
	t.Helper()
	return sampleRulebookOn(t, calendar.Default())
}

// sampleRulebookOn is the sample setup's Rulebook over cal.
func sampleRulebookOn(t testing.TB, cal *calendar.Calendar) *levy.Rulebook {
	t.Helper()
	data, err := os.ReadFile("../testdata/levy/setup.json")
	require.NoError(t, err)
	r, err := levy.ParseSetup(data, cal)
	require.NoError(t, err)
	return r
}

func TestDefaults(t *testing.T) {
	s, err := param.NewSet(levy.Defaults()...)
	require.NoError(t, err)
	for name, want := range map[param.Name]string{
		levy.ParamRideHailing: "0.01", levy.ParamInstantLower: "0.07", levy.ParamInstantHigher: "0.25",
		levy.ParamInstantNewPlatform: "0.07", levy.ParamIntraCityFreight: "0.18",
	} {
		v, err := s.Lookup(name, testdates.Day(t, "2026-01-01"))
		require.NoError(t, err, name)
		assert.True(t, v.Value.Equal(dec(want)), name)
		assert.Contains(t, v.Source, "第十一条")
		_, err = s.Lookup(name, testdates.Day(t, "2025-06-30"))
		assert.ErrorIs(t, err, param.ErrMissingValue, "no default before the embedded commencement, 2025-07-01")
	}
}

func TestFloatsReading(t *testing.T) {
	terms := levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-07")}
	assert.False(t, terms.Floats(2026), "6 fee months by 2025-12")
	assert.True(t, terms.Floats(2027))
	terms.FirstMonth = testdates.Month(t, "2025-01")
	assert.True(t, terms.Floats(2026), "12 fee months by 2025-12")
	terms.FirstMonth = testdates.Month(t, "2025-02")
	assert.False(t, terms.Floats(2026), "11 fee months by 2025-12")
	assert.True(t, terms.InFirstYear(testdates.Month(t, "2026-01")))
	assert.False(t, terms.InFirstYear(testdates.Month(t, "2026-02")))
	assert.False(t, terms.InFirstYear(testdates.Month(t, "2025-01")))
}

func TestTermsValidation(t *testing.T) {
	src := "s"
	for name, terms := range map[string]levy.Terms{
		"no platform":   {FirstMonth: testdates.Month(t, "2025-01")},
		"no first":      {Platform: "p"},
		"bad level":     {Platform: "p", FirstMonth: testdates.Month(t, "2025-01"), InstantDelivery: []levy.LevelAssignment{{From: testdates.Month(t, "2026-01"), Level: "middle", Source: src}}},
		"level no src":  {Platform: "p", FirstMonth: testdates.Month(t, "2025-01"), InstantDelivery: []levy.LevelAssignment{{From: testdates.Month(t, "2026-01"), Level: levy.LevelLower}}},
		"both":          {Platform: "p", FirstMonth: testdates.Month(t, "2025-01"), Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Rate: dec("0.02"), Source: src}}},
		"neither":       {Platform: "p", FirstMonth: testdates.Month(t, "2025-01"), Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Source: src}}},
		"twice a year":  {Platform: "p", FirstMonth: testdates.Month(t, "2025-01"), Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src}, {Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.2"), Source: src}}},
		"negative rate": {Platform: "p", FirstMonth: testdates.Month(t, "2025-01"), Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Rate: dec("-0.02"), Source: src}}},
	} {
		_, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(), terms)
		assert.ErrorIs(t, err, levy.ErrBadTerms, name)
	}
	_, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")}, levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-02")})
	assert.ErrorIs(t, err, levy.ErrBadTerms)
	_, err = levy.ParseSetup([]byte(`{"terms":[],"extra":1}`), calendar.Default())
	assert.ErrorIs(t, err, levy.ErrSetupSyntax)
}

func TestBillRoundsEachLineHalfUp(t *testing.T) {
	r := sampleRulebook(t)
	var tl eligibility.Tally
	tl.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"), 903)
	b, err := r.Bill(&tl, "platform-b", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	require.Len(t, b.Lines, 1)
	assert.Equal(t, "248.325", b.Lines[0].Exact.String())
	assert.Equal(t, "248.33", b.Lines[0].Amount.String())
	assert.Equal(t, "248.33", b.Total.String())
	assert.Equal(t, "2026-04-20", b.Declaration.Date.String())
	assert.Equal(t, "2026-04-07", b.Push.Date.String())
	text := b.String()
	for _, want := range []string{"第十四条", "第十一条", "第十二条", "903 orders × 0.275 元 = 248.325", "248.33 元", "2026-04-20", "第九条"} {
		assert.Contains(t, text, want)
	}
	// 0.0049 rounds down, 0.005 rounds up: rounding is half up at the line, not per order.
	tl = eligibility.Tally{}
	tl.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"), 2) // 2 × 0.275 = 0.55
	b, err = r.Bill(&tl, "platform-b", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	assert.Equal(t, "0.55", b.Total.String())
}

func TestGoldenCases(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/levy")
}

func TestCorrect(t *testing.T) {
	a, err := levy.Correct(levy.Correction{Platform: "p", Period: testdates.Month(t, "2026-03"), Paid: amt("100"), Due: amt("90.5")})
	require.NoError(t, err)
	assert.Equal(t, levy.Refund, a.Kind)
	assert.Equal(t, "9.50", a.Amount.String())
	assert.Equal(t, "2026-03", a.Period.String())
	assert.Contains(t, a.String(), "第十六条")
	for _, c := range []levy.Correction{
		{Period: testdates.Month(t, "2026-03"), Paid: amt("1"), Due: amt("1")},
		{Platform: "p", Paid: amt("1"), Due: amt("1")},
		{Platform: "p", Period: testdates.Month(t, "2026-03"), Paid: amt("-1"), Due: amt("1")},
	} {
		_, err := levy.Correct(c)
		assert.ErrorIs(t, err, levy.ErrBadCorrection)
	}
}

func TestRegistrationDeadline(t *testing.T) {
	dl, err := sampleRulebook(t).RegistrationDeadline(testdates.Day(t, "2026-02-10"))
	require.NoError(t, err)
	assert.Equal(t, "2026-03-02", dl.Date.String())
}

func TestRateErrors(t *testing.T) {
	r := sampleRulebook(t)
	_, err := r.RateOn("nobody", eligibility.RideHailing, testdates.Day(t, "2026-03-01"))
	assert.ErrorIs(t, err, levy.ErrNoTerms)
	_, err = r.RateOn("platform-a", eligibility.RideHailing, testdates.Day(t, "2025-06-30"))
	assert.ErrorIs(t, err, levy.ErrNotEnrolled)
	// A deadline in 2027 (not loaded) no longer refuses the bill (audit
	// F15): it is unknown, the amount is given (TestDecember2026BillDeadlinesUnknown).
	var tl eligibility.Tally
	tl.AddN("platform-a", eligibility.RideHailing, testdates.Day(t, "2026-12-01"), 1)
	b, err := r.Bill(&tl, "platform-a", testdates.Month(t, "2026-12"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", b.Total.String())
	assert.ErrorIs(t, b.Declaration.Err(), calendar.ErrNotCovered)
}

type cell struct {
	industry eligibility.Industry
	day      calendar.Date
	n        int64
}

func drawCells(t *rapid.T) []cell {
	first, _ := calendar.ParseDate("2026-03-01")
	cells := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) cell {
		d, _ := first.AddDays(rapid.IntRange(0, 30).Draw(t, "day"))
		return cell{
			industry: rapid.SampledFrom(eligibility.Industries[:]).Draw(t, "industry"),
			day:      d,
			n:        rapid.Int64Range(1, 100000).Draw(t, "orders"),
		}
	}), 0, 40).Draw(t, "cells")
	return cells
}

// Merging partial tallies in any order gives the same bill; more orders
// never give a smaller bill; the total is the sum of the rounded lines and
// each line is within half a fen of orders × rate.
func TestBillProperties(t *testing.T) {
	rb := sampleRulebook(t)
	period, _ := calendar.ParseMonth("2026-03")
	half := dec("0.005")
	rapid.Check(t, func(t *rapid.T) {
		platform := rapid.SampledFrom([]string{"platform-a", "platform-b", "platform-c"}).Draw(t, "platform")
		cells := drawCells(t)
		var whole eligibility.Tally
		k := rapid.IntRange(1, 5).Draw(t, "parts")
		parts := make([]*eligibility.Tally, k)
		for i := range parts {
			parts[i] = &eligibility.Tally{}
		}
		for _, c := range cells {
			whole.AddN(platform, c.industry, c.day, c.n)
			parts[rapid.IntRange(0, k-1).Draw(t, "part")].AddN(platform, c.industry, c.day, c.n)
		}
		var merged eligibility.Tally
		for _, p := range rapid.Permutation(parts).Draw(t, "order") {
			merged.Merge(p)
		}
		bw, err := rb.Bill(&whole, platform, period)
		if err != nil {
			t.Fatal(err)
		}
		bm, err := rb.Bill(&merged, platform, period)
		if err != nil {
			t.Fatal(err)
		}
		if bw.Total != bm.Total || len(bw.Lines) != len(bm.Lines) {
			t.Fatalf("merged bill %s != whole bill %s", bm.Total, bw.Total)
		}
		var sum money.Amount
		for _, l := range bw.Lines {
			sum, _ = sum.Add(l.Amount)
			if l.Amount.Decimal().Sub(decimal.NewFromInt(l.Orders).Mul(l.PerOrder)).Abs().GreaterThan(half) {
				t.Fatalf("line %v is not orders × rate rounded", l)
			}
		}
		if sum != bw.Total {
			t.Fatalf("total %s != sum of lines %s", bw.Total, sum)
		}
		// more orders never give a smaller bill
		extra := drawCells(t)
		var more eligibility.Tally
		more.Merge(&whole)
		for _, c := range extra {
			more.AddN(platform, c.industry, c.day, c.n)
		}
		bMore, err := rb.Bill(&more, platform, period)
		if err != nil {
			t.Fatal(err)
		}
		if bMore.Total.Cmp(bw.Total) < 0 {
			t.Fatalf("more orders gave %s < %s", bMore.Total, bw.Total)
		}
	})
}

func TestReconcileFindsTheDay(t *testing.T) {
	r := sampleRulebook(t)
	var declared, reported eligibility.Tally
	declared.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-03"), 400)
	reported.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-03"), 403)
	rec, err := r.Reconcile(&declared, &reported, "platform-b", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	assert.False(t, rec.Consistent)
	require.Len(t, rec.Days, 1)
	assert.Equal(t, int64(-3), rec.Days[0].Diff)
	assert.Equal(t, "-0.83", rec.Days[0].Amount.String())
	// 400 × 0.275 = 110.00; 403 × 0.275 = 110.825 → 110.83
	assert.Equal(t, "-0.83", rec.Industries[0].Amount.String())
	assert.Contains(t, rec.Explain(explain.English)[0], "第十四条第二款")
}

func FuzzParseSetup(f *testing.F) {
	data, err := os.ReadFile("../testdata/levy/setup.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"parameters":[{"name":"levy.base.ride_hailing","value":"0.02","from":"2027-01-01","source":"s","status":"verified"}],"terms":[]}`))
	// Issue 18's hostile shapes: a base amount null, absent, zero, huge or
	// a date; the commencement in both forms.
	for _, p := range []string{
		`{"name":"levy.base.ride_hailing","value":null,"from":"2026-01-01","source":"s","status":"verified"}`,
		`{"name":"levy.base.ride_hailing","from":"2026-01-01","source":"s","status":"verified"}`,
		`{"name":"levy.base.ride_hailing","value":"0","from":"2026-01-01","source":"s","status":"verified"}`,
		`{"name":"levy.base.ride_hailing","value":"1e2000000000","from":"2026-01-01","source":"s","status":"verified"}`,
		`{"name":"levy.base.ride_hailing","value":"2026-01-01","from":"2026-01-01","source":"s","status":"verified"}`,
		`{"name":"benefits.implementing_measures.commencement","value":"2026-03-01","source":"s","status":"verified"}`,
		`{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"verified"}`,
	} {
		f.Add([]byte(`{"parameters":[` + p + `],"terms":[{"platform":"p","first_month":"2025-07"}]}`))
	}
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"terms":[{"platform":"p","first_month":"2025-01","floating":[{"year":2026,"industry":"instant_delivery","factor":"1e999999999","source":"s"}]}]}`))
	someDay, _ := calendar.ParseDate("2026-03-10")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := levy.ParseSetup(data, calendar.Default())
		if err != nil {
			jsontest.Check(t, err)
			return
		}
		if len(r.Fingerprint()) != 64 {
			t.Fatalf("a rulebook without a fingerprint: %q", r.Fingerprint())
		}
		for _, p := range r.Platforms() {
			for _, ind := range eligibility.Industries {
				if rate, err := r.RateOn(p, ind, someDay); err == nil && !rate.PerOrder.IsPositive() {
					t.Fatalf("a rate of %s: a parameter read as 0 or below", rate.PerOrder)
				}
			}
		}
	})
}

package analysis_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Property tests of issue 23: an empty reform changes nothing; a reform of
// one platform's terms changes only that platform; the income's change is
// linear in a base amount's change; the figures of a split of the data (by
// platform's month and case, or by period) add up to those of the whole.
// The current setup carries host values of its own (drawHostValues), so
// that a reform laid over a setup is tested, not only over the embedded
// amounts.

var propPlatforms = []string{"p0", "p1", "p2", "p3", "p4"}

func rmonth(t *rapid.T, y int, from, to time.Month, label string) calendar.Month {
	m, err := calendar.MonthOf(y, time.Month(rapid.IntRange(int(from), int(to)).Draw(t, label)))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// drawTerms draws a platform's terms: a first month from 2024 to mid-2026
// (so some are in their first year in the period), a level, and with
// factors a floating of 2026 by factor or rate.
func drawTerms(t *rapid.T, p string, factors bool) levy.Terms {
	y := rapid.IntRange(2024, 2026).Draw(t, p+" first year")
	first := rmonth(t, y, 1, 6, p+" first month")
	jan25, _ := calendar.MonthOf(2025, 1)
	tm := levy.Terms{Platform: p, FirstMonth: first,
		InstantDelivery: []levy.LevelAssignment{{From: jan25, Level: rapid.SampledFrom([]levy.Level{levy.LevelLower, levy.LevelHigher}).Draw(t, p+" level"), Source: "rapid"}}}
	if factors && rapid.Bool().Draw(t, p+" floats") {
		ind := rapid.SampledFrom(eligibility.Industries[:]).Draw(t, p+" floating industry")
		f := levy.Floating{Year: 2026, Industry: ind, Source: "rapid"}
		if rapid.Bool().Draw(t, p+" by factor") {
			f.Factor = decimal.New(int64(rapid.IntRange(80, 130).Draw(t, p+" factor %")), -2)
		} else {
			f.Rate = decimal.New(int64(rapid.IntRange(1, 3000).Draw(t, p+" rate ‱")), -4)
		}
		tm.Floating = []levy.Floating{f}
	}
	return tm
}

// drawPolicy draws the terms of the platforms (one of them may have none:
// its months are Problems).
func drawPolicy(t *rapid.T, factors bool) analysis.Policy {
	var terms []levy.Terms
	skip := rapid.IntRange(-1, len(propPlatforms)-1).Draw(t, "platform without terms (-1: none)")
	for i, p := range propPlatforms {
		if i != skip {
			terms = append(terms, drawTerms(t, p, factors))
		}
	}
	return analysis.Policy{Calendar: calendar.Default(), Levy: levy.Setup{Terms: terms}}
}

// drawHostValues draws the host's own levy values of the current setup (0
// to 3 base amounts, each from a day of 2025-06 to 2026-04, open-ended), as
// a host's setup.json lays them over the embedded ones: a reform is laid
// over them in turn.
func drawHostValues(t *rapid.T) []param.Value {
	names := []param.Name{levy.ParamRideHailing, levy.ParamIntraCityFreight, levy.ParamInstantLower, levy.ParamInstantHigher, levy.ParamInstantNewPlatform}
	var out []param.Value
	base, _ := calendar.DateOf(2025, 6, 1)
	for i, n := 0, rapid.IntRange(0, 3).Draw(t, "host values"); i < n; i++ {
		name := rapid.SampledFrom(names).Draw(t, "host value's name")
		from, _ := base.AddDays(rapid.IntRange(0, 330).Draw(t, "host value's from"))
		v := param.Value{Name: name, Value: decimal.New(int64(rapid.IntRange(1, 3000).Draw(t, "host value ‱")), -4), From: from, Source: "host", Status: param.Verified}
		dup := false
		for _, w := range out {
			dup = dup || w.Name == v.Name
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

// drawTally draws counted orders on days of January to April 2026.
func drawTally(t *rapid.T) *eligibility.Tally {
	tally := &eligibility.Tally{}
	n := rapid.IntRange(0, 40).Draw(t, "tally cells")
	for i := 0; i < n; i++ {
		m := rmonth(t, 2026, 1, 4, "month")
		d, err := calendar.DateOf(m.Year(), m.Month(), rapid.IntRange(1, 28).Draw(t, "day"))
		if err != nil {
			t.Fatal(err)
		}
		p := rapid.SampledFrom(propPlatforms).Draw(t, "platform")
		ind := rapid.SampledFrom(eligibility.Industries[:]).Draw(t, "industry")
		if err := tally.AddN(p, ind, d, rapid.Int64Range(1, 100000).Draw(t, "orders")); err != nil {
			t.Fatal(err)
		}
	}
	return tally
}

// wages are a case's host values: the wage for injuries in 2025 (the 2024
// figure, 第四十五条's base too) and 2026.
func wages(t *rapid.T, label string) []param.Value {
	var out []param.Value
	for _, y := range []int{2025, 2026} {
		from, _ := calendar.DateOf(y, 1, 1)
		until, _ := calendar.DateOf(y, 12, 31)
		out = append(out, param.Value{Name: benefits.ParamWage, Value: decimal.NewFromInt(int64(rapid.IntRange(100000, 160000).Draw(t, fmt.Sprintf("%s wage %d", label, y)))),
			From: from, Until: until, Source: "rapid", Status: param.Provisional})
	}
	return out
}

// drawCases draws disability and death cases of 2024 to 2026 with the
// wages they need.
func drawCases(t *rapid.T) []analysis.Case {
	n := rapid.IntRange(0, 5).Draw(t, "cases")
	var out []analysis.Case
	base, _ := calendar.DateOf(2024, 1, 1)
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("case-%d", i)
		injury, _ := base.AddDays(rapid.IntRange(0, 800).Draw(t, id+" injury day"))
		c := benefits.Case{Injury: injury}
		if rapid.Bool().Draw(t, id+" death") {
			deps := []benefits.Dependent{{Name: "a", Relation: benefits.Spouse}}
			for k := 0; k < rapid.IntRange(0, 3).Draw(t, id+" others"); k++ {
				deps = append(deps, benefits.Dependent{Name: fmt.Sprintf("o%d", k), Relation: benefits.Other})
			}
			c.Death = &benefits.Death{Date: injury, Dependents: deps}
		} else {
			c.Grade = rapid.IntRange(1, 10).Draw(t, id+" grade")
			c.Assessment, _ = injury.AddDays(rapid.IntRange(20, 200).Draw(t, id+" assessed after"))
		}
		out = append(out, analysis.Case{ID: id, Case: c, Parameters: wages(t, id)})
	}
	return out
}

var propPeriod = func() analysis.Period {
	from, _ := calendar.MonthOf(2026, 1)
	to, _ := calendar.MonthOf(2026, 4)
	return analysis.Period{From: from, To: to}
}()

func measure(t *rapid.T, p analysis.Policy, r analysis.Reform, d analysis.Data) analysis.Measurement {
	m, err := analysis.Measure(p, r, d, propPeriod)
	if err != nil {
		t.Fatalf("Measure: %v", err)
	}
	return m
}

func allRows(m analysis.Measurement) map[string]analysis.Figure {
	out := map[string]analysis.Figure{"income": m.Income, "expenditure": m.Expenditure}
	for what, rows := range map[string][]analysis.Row{"platform": m.IncomeByPlatform, "industry": m.IncomeByIndustry, "income_month": m.IncomeByMonth,
		"item": m.ExpenditureByItem, "case": m.ExpenditureByCase, "expenditure_month": m.ExpenditureByMonth} {
		for _, r := range rows {
			out[what+":"+r.Key] = r.Figure
		}
	}
	for _, c := range m.IncomeCells {
		out[fmt.Sprintf("cell:%s:%s:%s", c.Platform, c.Industry, c.Month)] = c.Figure
	}
	return out
}

func TestEmptyReformChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPolicy(t, true)
		p.Levy.Parameters = drawHostValues(t)
		d := analysis.Data{Tally: drawTally(t), Cases: drawCases(t)}
		m := measure(t, p, analysis.Reform{Title: "nothing"}, d)
		for k, f := range allRows(m) {
			if !f.Current.Equal(f.Reform) || !f.Delta.IsZero() {
				t.Fatalf("%s: %s → %s (%s)", k, f.Current, f.Reform, f.Delta)
			}
		}
		for _, p := range m.Problems {
			if p.Scenario != analysis.Both {
				t.Fatalf("a problem under one policy only: %v", p)
			}
		}
		if analysis.More(m.Platforms)+analysis.Less(m.Platforms)+analysis.More(m.Beneficiaries)+analysis.Less(m.Beneficiaries) != 0 {
			t.Fatalf("winners or losers: %+v %+v", m.Platforms, m.Beneficiaries)
		}
		// The current column is the running analysis.
		run, err := analysis.Analyze(p, d, propPeriod)
		if err != nil {
			t.Fatal(err)
		}
		if !run.Income.Amount.Equal(m.Income.Current) || !run.Expenditure.Amount.Equal(m.Expenditure.Current) {
			t.Fatalf("Analyze %s/%s, Measure's current %s/%s", run.Income.Amount, run.Expenditure.Amount, m.Income.Current, m.Expenditure.Current)
		}
	})
}

func TestOnePlatformsTermsChangeOnlyIt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPolicy(t, true)
		p.Levy.Parameters = drawHostValues(t)
		target := rapid.SampledFrom(propPlatforms).Draw(t, "reformed platform")
		r := analysis.Reform{Title: "terms", Terms: []levy.Terms{drawTerms(t, target, true)}}
		d := analysis.Data{Tally: drawTally(t), Cases: drawCases(t)}
		m := measure(t, p, r, d)
		for _, row := range m.IncomeByPlatform {
			if row.Key != target && !row.Delta.IsZero() {
				t.Fatalf("platform %s changed by %s when only %s's terms did", row.Key, row.Delta, target)
			}
		}
		for _, c := range m.IncomeCells {
			if c.Platform != target && !c.Delta.IsZero() {
				t.Fatalf("cell %s %s %s changed", c.Platform, c.Industry, c.Month)
			}
		}
		if !m.Expenditure.Delta.IsZero() {
			t.Fatalf("expenditure changed by %s", m.Expenditure.Delta)
		}
		for _, pr := range m.Problems {
			if pr.Kind == analysis.ProblemPlatform && pr.ID != target && pr.Scenario != analysis.Both {
				t.Fatalf("another platform's problem moved: %v", pr)
			}
		}
	})
}

// A change of a base amount by k × δ changes the income by k times the
// change for δ, exactly, when δ times every factor it meets is a whole
// number of fen per order (here: δ a multiple of 0.01 and no factor
// floating; the per-line rounding then adds whole fen). Floated by a rate,
// a platform's rate does not follow the base at all: a change of 0.
func TestIncomeDeltaLinearInBaseAmount(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPolicy(t, false)
		d := analysis.Data{Tally: drawTally(t)}
		name := rapid.SampledFrom([]param.Name{levy.ParamRideHailing, levy.ParamIntraCityFreight, levy.ParamInstantLower, levy.ParamInstantHigher, levy.ParamInstantNewPlatform}).Draw(t, "base amount")
		cur := map[param.Name]string{levy.ParamRideHailing: "0.01", levy.ParamIntraCityFreight: "0.18", levy.ParamInstantLower: "0.07", levy.ParamInstantHigher: "0.25", levy.ParamInstantNewPlatform: "0.07"}[name]
		step := decimal.New(int64(rapid.IntRange(1, 5).Draw(t, "δ in fen")), -2)
		k := int64(rapid.IntRange(2, 6).Draw(t, "k"))
		from, _ := calendar.DateOf(2026, time.Month(rapid.IntRange(1, 4).Draw(t, "from month")), 1)
		reform := func(n int64) analysis.Reform {
			v := decimal.RequireFromString(cur).Add(step.Mul(decimal.NewFromInt(n)))
			return analysis.Reform{Title: "base", Parameters: []param.Value{{Name: name, Value: v, From: from, Source: "rapid", Status: param.Provisional}}}
		}
		one, many := allRows(measure(t, p, reform(1), d)), allRows(measure(t, p, reform(k), d))
		for key, f := range one {
			g := many[key]
			if !g.Delta.Equal(f.Delta.Mul(decimal.NewFromInt(k))) {
				t.Fatalf("%s: Δ(%d·δ) = %s, %d × Δ(δ) = %s", key, k, g.Delta, k, f.Delta.Mul(decimal.NewFromInt(k)))
			}
		}
	})
}

// Splitting the data by platform and month (a platform's month is one
// bill, rounded by line) and the cases between two parts, the parts'
// figures add up to the whole's, every row of them.
func TestSplitDataAddsUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPolicy(t, true)
		p.Levy.Parameters = drawHostValues(t)
		whole := analysis.Data{Tally: drawTally(t), Cases: drawCases(t)}
		parts := [2]analysis.Data{{Tally: &eligibility.Tally{}}, {Tally: &eligibility.Tally{}}}
		side := map[string]int{}
		for _, r := range whole.Tally.Rows() {
			k := r.Platform + calendar.MonthOfDate(r.Day).String()
			if _, ok := side[k]; !ok {
				side[k] = rapid.IntRange(0, 1).Draw(t, "part of "+k)
			}
			require.NoError(t, parts[side[k]].Tally.AddN(r.Platform, r.Industry, r.Day, r.Orders))
		}
		for _, c := range whole.Cases {
			i := rapid.IntRange(0, 1).Draw(t, "part of "+c.ID)
			parts[i].Cases = append(parts[i].Cases, c)
		}
		r := analysis.Reform{Title: "split", Terms: []levy.Terms{drawTerms(t, rapid.SampledFrom(propPlatforms).Draw(t, "reformed"), true)},
			Parameters: []param.Value{{Name: benefits.ParamPensionOther, Value: decimal.RequireFromString("0.25"), From: mustDate("2024-06-01"), Source: "rapid", Status: param.Provisional},
				{Name: levy.ParamIntraCityFreight, Value: decimal.RequireFromString("0.21"), From: mustDate("2026-02-01"), Source: "rapid", Status: param.Provisional}}}
		w := measure(t, p, r, whole)
		sum := map[string]analysis.Figure{}
		var orders int64
		problems := 0
		for _, part := range parts {
			if part.Tally.Total() == 0 && len(part.Cases) == 0 {
				continue
			}
			m := measure(t, p, r, part)
			orders += m.Orders
			problems += len(m.Problems)
			for k, f := range allRows(m) {
				s := sum[k]
				sum[k] = analysis.Figure{Current: s.Current.Add(f.Current), Reform: s.Reform.Add(f.Reform), Delta: s.Delta.Add(f.Delta)}
			}
		}
		if orders != w.Orders || problems != len(w.Problems) {
			t.Fatalf("orders %d vs %d, problems %d vs %d", orders, w.Orders, problems, len(w.Problems))
		}
		for k, f := range allRows(w) {
			s := sum[k]
			if !s.Current.Equal(f.Current) || !s.Reform.Equal(f.Reform) || !s.Delta.Equal(f.Delta) {
				t.Fatalf("%s: whole %s/%s/%s, parts %s/%s/%s", k, f.Current, f.Reform, f.Delta, s.Current, s.Reform, s.Delta)
			}
		}
		for k, s := range sum {
			if _, ok := allRows(w)[k]; !ok && !(s.Current.IsZero() && s.Reform.IsZero()) {
				t.Fatalf("%s in the parts, not in the whole", k)
			}
		}
	})
}

func mustDate(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Splitting the period (a platform's month is one bill, a case's payment
// is paid in one month), the two parts' figures add up to the whole's, row
// by row: a month's orders or payments are never counted in another month.
// Each platform's month left out is left out of exactly one part.
func TestSplitPeriodAddsUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := drawPolicy(t, true)
		p.Levy.Parameters = drawHostValues(t)
		d := analysis.Data{Tally: drawTally(t), Cases: drawCases(t)}
		r := analysis.Reform{Title: "split the period", Terms: []levy.Terms{drawTerms(t, rapid.SampledFrom(propPlatforms).Draw(t, "reformed"), true)},
			Parameters: []param.Value{{Name: benefits.ParamPensionSpouse, Value: decimal.RequireFromString("0.5"), From: mustDate("2025-03-01"), Source: "rapid", Status: param.Provisional},
				{Name: levy.ParamInstantHigher, Value: decimal.RequireFromString("0.2777"), From: mustDate("2026-03-11"), Source: "rapid", Status: param.Provisional}}}
		w := measure(t, p, r, d)
		cut := rmonth(t, 2026, 1, 3, "last month of the first part")
		next, err := cut.AddMonths(1)
		if err != nil {
			t.Fatal(err)
		}
		sum := map[string]analysis.Figure{}
		var orders int64
		left := map[string]int{}
		for _, per := range []analysis.Period{{From: propPeriod.From, To: cut}, {From: next, To: propPeriod.To}} {
			m, err := analysis.Measure(p, r, d, per)
			if err != nil {
				t.Fatalf("Measure %s: %v", per, err)
			}
			orders += m.Orders
			for _, pr := range m.Problems {
				if pr.Kind == analysis.ProblemPlatform {
					left[pr.ID+" "+pr.Month.String()+" "+string(pr.Scenario)]++
				}
			}
			for k, f := range allRows(m) {
				s := sum[k]
				sum[k] = analysis.Figure{Current: s.Current.Add(f.Current), Reform: s.Reform.Add(f.Reform), Delta: s.Delta.Add(f.Delta)}
			}
		}
		if orders != w.Orders {
			t.Fatalf("orders: parts %d, whole %d", orders, w.Orders)
		}
		for _, pr := range w.Problems {
			if pr.Kind == analysis.ProblemPlatform {
				k := pr.ID + " " + pr.Month.String() + " " + string(pr.Scenario)
				if left[k] != 1 {
					t.Fatalf("%s left out of %d parts", k, left[k])
				}
				delete(left, k)
			}
		}
		if len(left) > 0 {
			t.Fatalf("left out of a part, not of the whole: %v", left)
		}
		whole := allRows(w)
		for k, f := range whole {
			s := sum[k]
			if !s.Current.Equal(f.Current) || !s.Reform.Equal(f.Reform) || !s.Delta.Equal(f.Delta) {
				t.Fatalf("%s: whole %s/%s/%s, parts %s/%s/%s", k, f.Current, f.Reform, f.Delta, s.Current, s.Reform, s.Delta)
			}
		}
		for k, s := range sum {
			if _, ok := whole[k]; !ok && !(s.Current.IsZero() && s.Reform.IsZero()) {
				t.Fatalf("%s in the parts, not in the whole", k)
			}
		}
	})
}

package benefits_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/benefitskinds" // registers the kinds its cases name
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

func TestDefaults(t *testing.T) {
	s, err := param.NewSet(benefits.Defaults()...)
	require.NoError(t, err)
	v, err := s.Lookup(benefits.ParamWage, testdates.Day(t, "2024-06-01"))
	require.NoError(t, err)
	assert.Equal(t, "111347", v.Value.String())
	_, err = s.Lookup(benefits.ParamWage, testdates.Day(t, "2023-06-01"))
	assert.ErrorIs(t, err, param.ErrMissingValue, "the 2022 figure is not published in the reference")
	v, err = s.Lookup(benefits.ParamDisabilityBaseRatio, testdates.Day(t, "2024-06-01"))
	require.NoError(t, err)
	assert.Equal(t, param.Provisional, v.Status)
}

func TestGoldenCases(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/benefits")
}

func withWage(t testdates.T, annual decimal.Decimal) *param.Set {
	t.Helper()
	from, _ := calendar.ParseDate("2024-01-01")
	until, _ := calendar.ParseDate("2024-12-31")
	s, err := newParams(param.Value{Name: benefits.ParamWage, Value: annual, From: from, Until: until, Source: "test", Status: param.Provisional}, commencement(testdates.Day(t, "2025-07-01"), "test", param.Provisional))
	if err != nil {
		t.Fatalf("%v", err)
	}
	return s
}

func amountOf(a benefits.Award, k benefits.Kind) decimal.Decimal {
	for _, it := range a.Items {
		if it.Kind == k {
			return it.Amount.Decimal()
		}
	}
	return decimal.Zero
}

// Months and percentages never rise as the grade number rises (a public
// calculator once had 12/19/6 in such a table).
func TestGradeTablesAreMonotone(t *testing.T) {
	s := benefits.DefaultParams()
	on := testdates.Day(t, "2024-06-01")
	prev := decimal.NewFromInt(1 << 30)
	for g := 1; g <= 10; g++ {
		v, err := s.Lookup(benefits.ParamGrantMonths(g), on)
		require.NoError(t, err)
		assert.True(t, v.Value.LessThan(prev), "grade %d months %s", g, v.Value)
		prev = v.Value
	}
	prev = decimal.NewFromInt(2)
	for g := 1; g <= 4; g++ {
		v, err := s.Lookup(benefits.ParamAllowanceRatio(g), on)
		require.NoError(t, err)
		assert.True(t, v.Value.LessThan(prev))
		prev = v.Value
	}
	m5, _ := s.Lookup(benefits.ParamOneTimeAllowanceMonths(5), on)
	m6, _ := s.Lookup(benefits.ParamOneTimeAllowanceMonths(6), on)
	assert.True(t, m6.Value.LessThan(m5.Value))
}

// Awards never rise with the grade number, scale linearly with W, are never
// negative, and are rounded to the fen.
func TestAwardProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fen := rapid.Int64Range(1_000_00, 1_000_000_00).Draw(t, "W×12 in fen")
		annual := decimal.New(fen, -2)
		k := rapid.Int64Range(2, 5).Draw(t, "k")
		grade := rapid.IntRange(1, 9).Draw(t, "grade")
		c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: grade}
		a, err := mustRulebook(t, withWage(t, annual), benefits.Rules{}).Compute(c)
		if err != nil {
			t.Fatal(err)
		}
		next := c
		next.Grade = grade + 1
		b, err := mustRulebook(t, withWage(t, annual), benefits.Rules{}).Compute(next)
		if err != nil {
			t.Fatal(err)
		}
		if amountOf(b, benefits.OneTimeDisabilityGrant).GreaterThan(amountOf(a, benefits.OneTimeDisabilityGrant)) {
			t.Fatalf("grade %d grant above grade %d's", grade+1, grade)
		}
		if grade < 4 && amountOf(b, benefits.DisabilityAllowance).GreaterThan(amountOf(a, benefits.DisabilityAllowance)) {
			t.Fatalf("grade %d allowance above grade %d's", grade+1, grade)
		}
		// Linear in W: the award at k×W is k times the award at W, within the
		// half fen each rounding can move.
		scaled, err := mustRulebook(t, withWage(t, annual.Mul(decimal.NewFromInt(k))), benefits.Rules{}).Compute(c)
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range a.Items {
			want := it.Amount.Decimal().Mul(decimal.NewFromInt(k))
			if scaled.Items[i].Amount.Decimal().Sub(want).Abs().GreaterThan(decimal.New(5, -3).Mul(decimal.NewFromInt(k + 1))) {
				t.Fatalf("%s at %d×W = %s, want about %s", it.Kind, k, scaled.Items[i].Amount, want)
			}
			if it.Amount.Sign() < 0 {
				t.Fatalf("%s amount %s", it.Kind, it.Amount)
			}
		}
	})
}

// Survivor pensions never exceed 0.6 × W (人社厅函〔2025〕79号 第三十九条), add up to it
// exactly when cut, equal the uncapped shares whenever those are under it,
// and are never negative; a dependent's end recomputes the rest under the
// same cap.
func TestPensionCap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		annual := decimal.New(rapid.Int64Range(1_000_00, 1_000_000_00).Draw(t, "W×12 in fen"), -2)
		n := rapid.IntRange(1, 8).Draw(t, "dependents")
		var deps []benefits.Dependent
		for i := 0; i < n; i++ {
			rel := benefits.Other
			if i == 0 && rapid.Bool().Draw(t, "spouse") {
				rel = benefits.Spouse
			}
			deps = append(deps, benefits.Dependent{Name: string(rune('A' + i)), Relation: rel, Lone: rapid.Bool().Draw(t, "lone")})
		}
		c := benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment, Dependents: deps}}
		a, err := mustRulebook(t, withWage(t, annual), benefits.Rules{}).Compute(c)
		if err != nil {
			t.Fatal(err)
		}
		capTotal := annual.Mul(decimal.RequireFromString("0.6")).DivRound(decimal.NewFromInt(12), 2)
		sum, shares := decimal.Zero, decimal.Zero
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				if it.Amount.Sign() < 0 {
					t.Fatal("negative pension")
				}
				sum = sum.Add(it.Amount.Decimal())
				shares = shares.Add(it.Share)
			}
		}
		if sum.GreaterThan(capTotal) {
			t.Fatalf("pensions %s above the cap %s", sum, capTotal)
		}
		uncapped := shares.Mul(decimal.RequireFromString("0.6")).LessThan(decimal.RequireFromString("0.6"))
		for _, it := range a.Items {
			if it.Kind != benefits.SurvivorPension {
				continue
			}
			full := annual.Mul(decimal.RequireFromString("0.6")).Mul(it.Share).DivRound(decimal.NewFromInt(12), 2)
			if uncapped && !it.Amount.Decimal().Equal(full) {
				t.Fatalf("%s: %s under the cap, want the full share %s", it.Beneficiary, it.Amount, full)
			}
		}
		if !uncapped && !sum.Equal(capTotal) {
			t.Fatalf("cut pensions add up to %s, want the cap %s", sum, capTotal)
		}
	})
}

// Regression (issue 9): the cap was 60% of the death base (0.36 W); it is
// 60% of W. A spouse and one child (0.42 W) are paid in full; a spouse and
// three others (0.78 W) share 0.6 W.
func TestSurvivorPensionCapIsSixtyPercentOfW(t *testing.T) {
	annual := decimal.RequireFromString("120000")
	compute := func(deps ...benefits.Dependent) (sum decimal.Decimal) {
		c := benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment, Dependents: deps}}
		a, err := mustRulebook(t, withWage(t, annual), benefits.Rules{}).Compute(c)
		require.NoError(t, err)
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				sum = sum.Add(it.Amount.Decimal())
			}
		}
		return sum
	}
	sp, o := benefits.Dependent{Name: "s", Relation: benefits.Spouse}, func(n string) benefits.Dependent { return benefits.Dependent{Name: n, Relation: benefits.Other} }
	assert.Equal(t, "4200.00", compute(sp, o("a")).StringFixed(2), "0.42 W: under the cap, in full")
	assert.Equal(t, "6000.00", compute(sp, o("a"), o("b"), o("c")).StringFixed(2), "0.78 W cut to 0.6 W")
	assert.Equal(t, "6000.00", compute(sp, o("a"), o("b")).StringFixed(2), "exactly 0.6 W")
}

// Fund + third party + worker = the total medical cost; nothing negative.
func TestMedicalAddsUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		total := money.Fen(rapid.Int64Range(0, 100_000_000).Draw(t, "total fen"))
		eligible := money.Fen(rapid.Int64Range(0, total.Fen()).Draw(t, "eligible fen"))
		m := benefits.Medical{Total: total, Eligible: eligible}
		basis := rapid.IntRange(0, 2).Draw(t, "basis")
		if basis > 0 && rapid.Bool().Draw(t, "own share") {
			m.Rule = benefits.MedicalOwnShare
		}
		switch basis {
		case 0:
			d := money.Fen(rapid.Int64Range(0, total.Fen()).Draw(t, "determined fen"))
			m.DeterminedMedical = &d
		case 1:
			r := decimal.New(rapid.Int64Range(0, 1000).Draw(t, "ratio ‰"), -3)
			m.Ratio = &r
		default:
			m.Road = &benefits.Road{Level: "x", Table: map[string]decimal.Decimal{"x": decimal.New(rapid.Int64Range(0, 100).Draw(t, "%"), -2)},
				TableSource: "test", VulnerableVictim: rapid.Bool().Draw(t, "vulnerable"), NoFault: rapid.Bool().Draw(t, "no fault")}
		}
		s, err := benefits.SplitMedical(m)
		if err != nil {
			t.Fatal(err)
		}
		if plus(plus(s.Fund, s.ThirdParty), s.Worker) != total {
			t.Fatalf("%s + %s + %s != %s", s.Fund, s.ThirdParty, s.Worker, total)
		}
		if s.Fund.Sign() < 0 || s.ThirdParty.Sign() < 0 || s.Worker.Sign() < 0 || s.Fund.Cmp(eligible) > 0 {
			t.Fatalf("a negative part or a fund above the eligible cost: %+v", s)
		}
	})
}

func TestErrors(t *testing.T) {
	_, err := mustRulebook(t, benefits.DefaultParams(), benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2025-08-01"), Grade: 7})
	var mb *benefits.MissingBaseError
	require.True(t, errors.As(err, &mb))
	assert.Equal(t, 2025, mb.Year)
	for _, c := range []benefits.Case{
		{},
		{Injury: testdates.Day(t, "2024-01-01"), Grade: 11, Assessment: testdates.Day(t, "2024-06-01")},
		{Injury: testdates.Day(t, "2024-01-01"), Grade: 3},
		{Injury: testdates.Day(t, "2024-01-01")},
		{Injury: testdates.Day(t, "2024-01-01"), Grade: 3, Assessment: testdates.Day(t, "2023-06-01")},
		{Injury: testdates.Day(t, "2024-01-01"), Death: &benefits.Death{Date: testdates.Day(t, "2023-12-31"), Timing: benefits.TimingDuringTreatment}},
		{Injury: testdates.Day(t, "2024-01-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-02-01"), Timing: benefits.TimingDuringTreatment, Dependents: []benefits.Dependent{{Name: "a", Relation: benefits.Spouse}, {Name: "b", Relation: benefits.Spouse}}}},
	} {
		_, err := mustRulebook(t, benefits.DefaultParams(), benefits.Rules{}).Compute(c)
		assert.ErrorIs(t, err, benefits.ErrBadCase, "%+v", c)
	}
}

// Shares with different numbers of decimals are cut in proportion (a host
// may set 0.35 for a spouse).
func TestPensionCapUnevenShares(t *testing.T) {
	from := testdates.Day(t, "2024-01-01")
	s, err := benefits.DefaultParams().With(param.Value{Name: benefits.ParamPensionSpouse, Value: decimal.RequireFromString("0.35"), From: from, Source: "test", Status: param.Provisional})
	require.NoError(t, err)
	s, err = s.With(commencement(from, "test", param.Provisional))
	require.NoError(t, err)
	c := benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other}, {Name: "c", Relation: benefits.Other}}}}
	a, err := mustRulebook(t, s, benefits.Rules{}).Compute(c)
	require.NoError(t, err)
	// cap 0.6 × 111347 ÷ 12 = 5567.35 = 556735 fen in proportion 0.35 : 0.3 :
	// 0.3 : 0.3 (sum 1.25): 155885.8, 133616.4 × 3 → floors 155885 + 3 ×
	// 133616 = 556733; the two fen left go to the largest remainders: the
	// spouse (.8) and the first other by name (.4, a tie: "a" < "b" < "c").
	var got []string
	for _, it := range a.Items {
		if it.Kind == benefits.SurvivorPension {
			got = append(got, it.Amount.String())
		}
	}
	assert.Equal(t, []string{"1558.86", "1336.17", "1336.16", "1336.16"}, got)
}

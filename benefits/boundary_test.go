package benefits_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

func paramsWithCommencement(t testing.TB, from string) *param.Set {
	t.Helper()
	s, err := benefits.DefaultParams().With(commencement(testdates.Day(t, from), "示例施行日（测试）", param.Provisional))
	require.NoError(t, err)
	return s
}

func kinds(a benefits.Award) map[benefits.Kind]benefits.Item {
	out := map[benefits.Kind]benefits.Item{}
	for _, it := range a.Items {
		out[it.Kind] = it
	}
	return out
}

// Grades: 1 and 10 are grades, 0 with no death and 11 are refused; the
// disability allowance is for grades 1–4 (4 yes, 5 no), the one-time
// allowance for 5–6 (4 no, 5 and 6 yes, 7 no); a death after treatment is
// covered for grades 1–4 (4 yes, 5 no).
func TestGradeBoundaries(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	c := func(g int) benefits.Case {
		return benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: g}
	}
	for _, g := range []int{-1, 11} {
		_, err := mustRulebook(t, params, benefits.Rules{}).Compute(c(g))
		assert.ErrorIs(t, err, benefits.ErrBadCase, "grade %d", g)
	}
	for g := 1; g <= 10; g++ {
		a, err := mustRulebook(t, params, benefits.Rules{}).Compute(c(g))
		require.NoError(t, err, "grade %d", g)
		k := kinds(a)
		_, allowance := k[benefits.DisabilityAllowance]
		_, oneTime := k[benefits.OneTimeAllowance]
		assert.Equal(t, g <= 4, allowance, "grade %d: 伤残津贴 for grades 1–4", g)
		assert.Equal(t, g == 5 || g == 6, oneTime, "grade %d: 一次性伤残就业补助金 for grades 5–6", g)
		_, grant := k[benefits.OneTimeDisabilityGrant]
		assert.True(t, grant, "grade %d: 一次性伤残补助金", g)
	}
	// The death situations (工伤保险条例 第三十九条): grade 4 and 5 on either
	// side of (三), for every cause and timing.
	for _, g := range []int{4, 5} {
		for _, tc := range []struct {
			cause  benefits.DeathCause
			timing benefits.DeathTiming
			want   benefits.DeathSituation
			err    error
		}{
			{"", "", benefits.DeathFromInjury, nil},
			{benefits.CauseInjury, benefits.TimingAfterTreatment, benefits.DeathFromInjury, nil},
			{"", benefits.TimingDuringTreatment, benefits.DeathDuringTreatment, nil},
			{benefits.CauseOther, benefits.TimingAfterTreatment, benefits.DeathAfterTreatmentGrade1to4, nil},
			{benefits.CauseOther, benefits.TimingDuringTreatment, benefits.NoDeathSituation, benefits.ErrDeathNotCovered},
			{benefits.CauseOther, "", benefits.NoDeathSituation, benefits.ErrBadCase},
		} {
			cs := c(g)
			cs.Death = &benefits.Death{Date: testdates.Day(t, "2024-12-01"), Cause: tc.cause, Timing: tc.timing,
				Dependents: []benefits.Dependent{{Name: "配偶", Relation: benefits.Spouse}}}
			want, wantErr := tc.want, tc.err
			if tc.want == benefits.DeathAfterTreatmentGrade1to4 && g > 4 {
				want, wantErr = benefits.NoDeathSituation, benefits.ErrDeathNotCovered
			}
			a, err := mustRulebook(t, params, benefits.Rules{}).Compute(cs)
			what := fmt.Sprintf("grade %d, cause %q, timing %q", g, tc.cause, tc.timing)
			if wantErr != nil {
				assert.ErrorIs(t, err, wantErr, what)
				continue
			}
			require.NoError(t, err, what)
			assert.Equal(t, want, a.Situation, what)
			k := kinds(a)
			_, grant := k[benefits.DeathGrant]
			_, funeral := k[benefits.FuneralGrant]
			_, pension := k[benefits.SurvivorPension]
			assert.True(t, funeral && pension, what)
			assert.Equal(t, want != benefits.DeathAfterTreatmentGrade1to4, grant, what+": the one-time death grant only in (一) and (二)")
		}
	}
}

// 第五十六条: an amount exactly at the warning limit is not flagged; one fen
// under the amount as the limit flags it.
func TestWarningLimitExactlyAtTheAmount(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	cs := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 1}
	a, err := mustRulebook(t, params, benefits.Rules{}).Compute(cs)
	require.NoError(t, err)
	grant := kinds(a)[benefits.OneTimeDisabilityGrant].Amount
	require.True(t, grant.Sign() > 0)
	at, err := mustRulebook(t, params, benefits.Rules{WarningLimit: grant}).Compute(cs)
	require.NoError(t, err)
	assert.False(t, kinds(at)[benefits.OneTimeDisabilityGrant].Flagged, "exactly at the limit %s", grant)
	below, err := mustRulebook(t, params, benefits.Rules{WarningLimit: minus(grant, money.Fen(1))}).Compute(cs)
	require.NoError(t, err)
	assert.True(t, kinds(below)[benefits.OneTimeDisabilityGrant].Flagged, "one fen above the limit")
	assert.True(t, below.Flagged)
	_, err = benefits.NewRulebook(params, benefits.Rules{WarningLimit: money.Fen(-1)})
	assert.ErrorIs(t, err, benefits.ErrBadRules, "a negative limit")
}

// 人社厅函〔2025〕79号 第三十九条: survivor pensions whose sum is exactly 60% of W are paid
// in full (and not a fen over); below it each is its share; above it they
// are cut to exactly 60%.
func TestPensionCapBoundary(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	death := func(deps ...benefits.Dependent) benefits.Case {
		return benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Death: &benefits.Death{Date: testdates.Day(t, "2024-04-20"), Timing: benefits.TimingDuringTreatment, Dependents: deps}}
	}
	sp := benefits.Dependent{Name: "配偶", Relation: benefits.Spouse}
	o := func(n string) benefits.Dependent { return benefits.Dependent{Name: n, Relation: benefits.Other} }
	sum := func(a benefits.Award) decimal.Decimal {
		s := decimal.Zero
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				s = s.Add(it.Amount.Decimal())
			}
		}
		return s
	}
	under, err := mustRulebook(t, params, benefits.Rules{}).Compute(death(sp, o("子女")))
	require.NoError(t, err)
	require.NotNil(t, under.PensionBasis())
	capMonthly := under.PensionBasis().Wage.Mul(under.PensionBasis().Cap).Div(decimal.NewFromInt(12)).Round(2)
	assert.True(t, sum(under).LessThan(capMonthly), "0.4 + 0.3 of 0.6 W is 0.42 W, under the cap")
	at, err := mustRulebook(t, params, benefits.Rules{}).Compute(death(sp, o("子女"), o("父亲")))
	require.NoError(t, err)
	assert.True(t, sum(at).Equal(capMonthly), "0.4 + 0.3 + 0.3 of 0.6 W is exactly 0.6 W: %s, cap %s", sum(at), capMonthly)
	over, err := mustRulebook(t, params, benefits.Rules{}).Compute(death(sp, o("子女"), o("父亲"), o("母亲")))
	require.NoError(t, err)
	assert.True(t, sum(over).Equal(capMonthly), "over the cap: cut to exactly 0.6 W: %s, cap %s", sum(over), capMonthly)
}

// 第四十五条: an injury the day before the 《实施办法》 commences is rebased;
// one on the commencement day, or after, is not.
func TestInjuryOnTheCommencementDay(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	wage, err := params.With(param.Value{Name: benefits.ParamWage, Value: decimal.NewFromInt(120000), From: testdates.Day(t, "2025-01-01"),
		Until: testdates.Day(t, "2025-12-31"), Source: "示例2024年工资（测试）", Status: param.Provisional})
	require.NoError(t, err)
	for d, rebased := range map[string]bool{"2025-06-30": true, "2025-07-01": false, "2025-07-02": false} {
		cs := benefits.Case{Injury: testdates.Day(t, d), Assessment: testdates.Day(t, "2025-10-10"), Grade: 2}
		a, err := mustRulebook(t, wage, benefits.Rules{}).Compute(cs)
		require.NoError(t, err, d)
		it := kinds(a)[benefits.DisabilityAllowance]
		assert.Equal(t, rebased, it.Rebase != nil, "injury on %s, commencement 2025-07-01", d)
	}
}

// 第三十八条: periodic items start the month after the assessment: an
// assessment on a month's last day starts the next month, on the next
// day the month after.
func TestStartMonthAfterAssessment(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	for d, start := range map[string]string{"2024-09-30": "2024-10", "2024-10-01": "2024-11"} {
		a, err := mustRulebook(t, params, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, d), Grade: 3})
		require.NoError(t, err, d)
		assert.Equal(t, start, kinds(a)[benefits.DisabilityAllowance].StartMonth.String(), "assessed %s", d)
	}
}

// 第四十三条: an injury on the first or last day of a paid month is covered;
// the day before or after, in an unpaid month, is not.
func TestPaidMonthBoundaries(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	paid := []calendar.Month{testdates.Month(t, "2024-04")}
	for d, ok := range map[string]bool{"2024-03-31": false, "2024-04-01": true, "2024-04-30": true, "2024-05-01": false} {
		_, err := mustRulebook(t, params, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, d), Assessment: testdates.Day(t, "2024-09-10"), Grade: 7, PaidMonths: paid})
		if ok {
			assert.NoError(t, err, d)
		} else {
			assert.ErrorIs(t, err, benefits.ErrNotCovered, d)
		}
	}
}

// A child's survivor pension is paid through the month of its 18th
// birthday and not after (因工死亡职工供养亲属范围规定 第四条); born on 29
// February, the month is February.
func TestChildPensionEndsInTheMonthOf18(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01") // the death is after it: no 第四十五条 rebasing
	for birth, last := range map[string]string{"2008-05-31": "2026-05", "2008-06-01": "2026-06", "2008-02-29": "2026-02"} {
		child := benefits.Dependent{Name: "子女", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, birth)}
		m, err := child.LastMonth()
		require.NoError(t, err)
		assert.Equal(t, last, m.String(), "born %s", birth)
		cs := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Death: &benefits.Death{Date: testdates.Day(t, "2024-04-20"), Timing: benefits.TimingDuringTreatment,
			Dependents: []benefits.Dependent{child}}}
		a, err := mustRulebook(t, params, benefits.Rules{}).Compute(cs)
		require.NoError(t, err)
		lm := testdates.Month(t, last)
		next, err := lm.AddMonths(1)
		require.NoError(t, err)
		pays, err := mustRulebook(t, params, benefits.Rules{}).Schedule(a, lm, next)
		require.NoError(t, err)
		got := map[string]bool{}
		for _, p := range pays {
			if p.Kind == benefits.SurvivorPension {
				got[p.Month.String()] = true
			}
		}
		assert.True(t, got[last], "paid in %s (born %s)", last, birth)
		assert.False(t, got[next.String()], "not paid in %s (born %s)", next, birth)
	}
}

// Limits drawn at each item's amount and a fen either side: an item is
// flagged exactly when its amount is above the limit, and the award when
// any item is (第五十六条).
func TestWarningLimitNearEveryAmount(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	rapid.Check(t, func(rt *rapid.T) {
		g := rapid.IntRange(1, 10).Draw(rt, "grade")
		cs := benefits.Case{Injury: testdates.Day(rt, "2024-04-15"), Assessment: testdates.Day(rt, "2024-09-10"), Grade: g}
		a, err := mustRulebook(t, params, benefits.Rules{}).Compute(cs)
		if err != nil {
			rt.Fatal(err)
		}
		it := a.Items[rapid.IntRange(0, len(a.Items)-1).Draw(rt, "item")]
		limit := plus(it.Amount, money.Fen(int64(rapid.IntRange(-1, 1).Draw(rt, "fen"))))
		if limit.Sign() <= 0 {
			rt.Skip()
		}
		b, err := mustRulebook(t, params, benefits.Rules{WarningLimit: limit}).Compute(cs)
		if err != nil {
			rt.Fatal(err)
		}
		any := false
		for _, x := range b.Items {
			if x.Flagged != (x.Amount.Cmp(limit) > 0) {
				rt.Fatalf("grade %d: %s %s flagged %v under the limit %s", g, x.Kind, x.Amount, x.Flagged, limit)
			}
			any = any || x.Flagged
		}
		if b.Flagged != any {
			rt.Fatalf("award flagged %v, items %v", b.Flagged, any)
		}
	})
}

// 第三十四条: the eligible costs may equal the total, not exceed it by a
// fen; a third party liable for exactly the eligible costs leaves the fund
// nothing; no basis is ErrNoThirdPartyBasis.
func TestMedicalBoundaries(t *testing.T) {
	d := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	_, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000.00"), Eligible: money.MustParse("1000.01"), Ratio: d("0.5")})
	assert.ErrorIs(t, err, benefits.ErrBadMedical, "eligible a fen above the total")
	s, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000.00"), Eligible: money.MustParse("1000.00"), DeterminedMedical: amtp("1000.00")})
	require.NoError(t, err, "eligible equal to the total")
	assert.True(t, s.Fund.IsZero(), "the third party pays all: fund %s", s.Fund)
	assert.True(t, plus(plus(s.Fund, s.ThirdParty), s.Worker) == money.MustParse("1000.00"))
	s, err = benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000.00"), Eligible: money.MustParse("1000.00"), DeterminedMedical: amtp("999.99")})
	require.NoError(t, err)
	assert.Equal(t, "0.01", s.Fund.String(), "a fen short: the fund pays the fen")
	_, err = benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000.00"), Eligible: money.MustParse("900.00")})
	assert.ErrorIs(t, err, benefits.ErrNoThirdPartyBasis)
	_, err = benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000000000000000"), Eligible: money.MustParse("900.00"), Ratio: d("0.5")})
	assert.ErrorIs(t, err, benefits.ErrBadMedical, "10¹⁵ 元")
	for _, r := range []string{"0", "1"} {
		_, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000.00"), Eligible: money.MustParse("900.00"), Ratio: d(r)})
		assert.NoError(t, err, "ratio %s", r)
	}
	for _, r := range []string{"-0.01", "1.01"} {
		_, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("1000.00"), Eligible: money.MustParse("900.00"), Ratio: d(r)})
		assert.ErrorIs(t, err, benefits.ErrBadMedical, "ratio %s", r)
	}
}

package benefits_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// Regression tests for the audit of issue 9 (/work/wt/audit-9.md, F1–F9).

func yearWage(t testdates.T, year int, v string) param.Value {
	from, _ := calendar.DateOf(year, 1, 1)
	until, _ := calendar.DateOf(year, 12, 31)
	return param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString(v), From: from, Until: until, Source: "t", Status: param.Provisional}
}

// F1: an item starting years after the commencement states what its first
// month pays: the greater of the 2024 level and the standards since.
func TestAuditRebasedAmountAtStart(t *testing.T) {
	ps, err := newParams(commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional), yearWage(t, 2025, "120000"), yearWage(t, 2026, "130000"), yearWage(t, 2027, "140000"))
	require.NoError(t, err)
	a, err := mustRulebook(t, ps, benefits.Rules{WarningLimit: money.MustParse("6000")}).Compute(benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2027-02-10"), Grade: 1, Veteran: true})
	require.NoError(t, err)
	assert.Equal(t, "6300.00", a.Items[0].Amount.String())
	assert.Equal(t, "6300.00", a.MonthlyTotal.String())
	assert.True(t, a.Flagged, "第五十六条 on the amount paid")
	m, _ := calendar.ParseMonth("2027-03")
	pays, err := mustRulebook(t, ps, benefits.Rules{}).Schedule(a, m, m)
	require.NoError(t, err)
	assert.Equal(t, "6300.00", pays[0].Amount.String())
	// Survivor pensions: commencement 2025-12-15, death 2025-12-10, first month 2026-01.
	ps, err = newParams(commencement(testdates.Day(t, "2025-12-15"), "t", param.Provisional), yearWage(t, 2025, "120000"), yearWage(t, 2026, "130000"))
	require.NoError(t, err)
	a, err = mustRulebook(t, ps, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2025-12-01"), Death: &benefits.Death{Date: testdates.Day(t, "2025-12-10"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}}}})
	require.NoError(t, err)
	assert.Equal(t, "2600.00", a.MonthlyTotal.String())
}

// F7: the 2024 wage given only as ParamWage2024 serves the 2025 standard.
func TestAuditWage2024AloneServesTheSchedule(t *testing.T) {
	ps, err := newParams(commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional), param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	rb := mustRulebook(t, ps, benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-01"), Assessment: testdates.Day(t, "2024-06-01"), Grade: 1}
	a, err := rb.Compute(c)
	require.NoError(t, err)
	from, _ := calendar.ParseMonth("2025-06")
	to, _ := calendar.ParseMonth("2025-07")
	pays, err := rb.Schedule(a, from, to)
	require.NoError(t, err)
	assert.Equal(t, "5400.00", pays[len(pays)-1].Amount.String())
	needs, err := rb.ScheduleNeeds(c, from, to)
	require.NoError(t, err)
	assert.False(t, needs.AnyMissing(), "%v", needs.List)
}

// F9: a dependent whose entitlement ends before the first pension month
// gets no pension; the rest of the award is given.
func TestAuditDependentEndedBeforeFirstMonth(t *testing.T) {
	a, err := mustRulebook(t, withWage(t, decimal.RequireFromString("111347")), benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "kid", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2006-03-25")}}}})
	require.NoError(t, err)
	var kinds []string
	for _, it := range a.Items {
		kinds = append(kinds, string(it.Kind)+":"+it.Beneficiary)
	}
	assert.Equal(t, []string{"funeral_grant:", "survivor_pension:s", "death_grant:"}, kinds)
	assert.Contains(t, strings.Join(a.Notes(), "\n"), "kid")
}

// F5: shares just under the cap whose rounded pensions would pass it share
// the cap out instead.
func TestAuditPensionsJustUnderTheCap(t *testing.T) {
	s, err := withWage(t, decimal.RequireFromString("100000")).With(param.Value{Name: benefits.ParamPensionOther, Value: decimal.RequireFromString("0.333333333"), From: testdates.Day(t, "2024-01-01"), Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	a, err := mustRulebook(t, s, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other}, {Name: "c", Relation: benefits.Other}}}})
	require.NoError(t, err)
	assert.Equal(t, "5000.00", a.MonthlyTotal.String(), "0.6 × 100000 ÷ 12, not 3 × 1666.67")
}

// F2: figures whose amounts would not fit the int64 fen sums are refused,
// never wrapped: since issue 18 by the wage's registered range, before any
// case is computed (Compute's own guard stays, for a set built otherwise).
func TestAuditImplausibleFiguresRefused(t *testing.T) {
	for _, w := range []string{"1e17", "123456789012345678901234567890", "10000000.01"} {
		_, err := newParams(param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString(w), From: testdates.Day(t, "2024-01-01"),
			Until: testdates.Day(t, "2024-12-31"), Source: "test", Status: param.Provisional})
		var ve *param.ValueError
		require.ErrorAs(t, err, &ve, w)
		assert.Equal(t, string(benefits.ParamWage), ve.Name, w)
		assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_range"), w)
	}
}

// F8: the 2024 wage given twice differently is refused by NewRulebook
// whatever the day ParamWage takes effect in 2025: no case is computed on it.
func TestAuditWage2024ConflictEverywhere(t *testing.T) {
	w24 := param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "t", Status: param.Provisional}
	march := param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("125000"), From: testdates.Day(t, "2025-03-01"), Until: testdates.Day(t, "2025-12-31"), Source: "t", Status: param.Provisional}
	comm := commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional)
	_, err := newParams(comm, w24, march)
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
	s, err := benefits.DefaultParams().With(comm, w24, yearWage(t, 2025, "125000"))
	require.NoError(t, err)
	_, err = benefits.NewRulebook(s, benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
}

// F10: a posthumous child (遗腹子女) is a dependent from its birth month; the
// pensions are recomputed from then on, the cap included.
func TestAuditPosthumousChild(t *testing.T) {
	ps := withWage(t, decimal.RequireFromString("111347"))
	a, err := mustRulebook(t, ps, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other},
			{Name: "baby", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2024-08-01")}}}})
	require.NoError(t, err)
	var got []string
	for _, it := range a.Items {
		if it.Kind == benefits.SurvivorPension {
			got = append(got, it.Beneficiary+" "+it.StartMonth.String()+" "+it.Amount.String())
		}
	}
	assert.Equal(t, []string{"s 2024-04 2226.94", "a 2024-04 1670.21", "b 2024-04 1670.20", "baby 2024-08 1284.77"}, got)
	from, _ := calendar.ParseMonth("2024-07")
	to, _ := calendar.ParseMonth("2024-09")
	pays, err := mustRulebook(t, ps, benefits.Rules{}).Schedule(a, from, to)
	require.NoError(t, err)
	got = got[:0]
	for _, p := range pays {
		if p.Kind == benefits.SurvivorPension {
			got = append(got, p.Month.String()+" "+p.Beneficiary+" "+p.Amount.String())
		}
	}
	assert.Equal(t, []string{
		"2024-07 s 2226.94", "2024-07 a 1670.21", "2024-07 b 1670.20",
		"2024-08 s 1713.03", "2024-08 a 1284.78", "2024-08 b 1284.77", "2024-08 baby 1284.77",
		"2024-09 s 1713.03", "2024-09 a 1284.78", "2024-09 b 1284.77", "2024-09 baby 1284.77",
	}, got)
}

// F12: two ParamWage2024 values are the 2024 wage given twice.
func TestAuditTwoWage2024Values(t *testing.T) {
	w24 := func(v, from string) param.Value {
		return param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString(v), From: testdates.Day(t, from), Source: "t", Status: param.Provisional}
	}
	_, err := newParams(commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional), w24("120000", "2025-01-01"), w24("130000", "2026-01-01"))
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
}

// F13: a later year's figure not yet published does not hold back the
// award: the first month is stated at the 2024 level, provisional, noted.
func TestAuditStartYearUnpublished(t *testing.T) {
	ps, err := newParams(commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional), yearWage(t, 2025, "120000"), yearWage(t, 2026, "130000"))
	require.NoError(t, err)
	a, err := mustRulebook(t, ps, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2026-12-10"), Grade: 2})
	require.NoError(t, err)
	assert.Equal(t, "150000.00", a.Items[0].Amount.String())
	assert.Equal(t, "5100.00", a.Items[1].Amount.String())
	assert.True(t, a.Items[1].Provisional)
	assert.Contains(t, a.Notes()[0], "2027")
	m, _ := calendar.ParseMonth("2027-01")
	_, err = mustRulebook(t, ps, benefits.Rules{}).Schedule(a, m, m)
	var mb *benefits.MissingBaseError
	assert.ErrorAs(t, err, &mb, "the month that needs the figure still says so")
	ps, err = newParams(commencement(testdates.Day(t, "2025-12-15"), "t", param.Provisional), yearWage(t, 2025, "120000"))
	require.NoError(t, err)
	a, err = mustRulebook(t, ps, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2025-12-01"), Death: &benefits.Death{Date: testdates.Day(t, "2025-12-10"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}}}})
	require.NoError(t, err)
	assert.Equal(t, "36000.00", a.Items[0].Amount.String())
	assert.Equal(t, "2400.00", a.MonthlyTotal.String())
}

// F14: MonthlyTotal is what the first month pays, never above the cap.
func TestAuditMonthlyTotalWithPosthumousChild(t *testing.T) {
	a, err := mustRulebook(t, withWage(t, decimal.RequireFromString("111347")), benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "f", Relation: benefits.Other}, {Name: "m", Relation: benefits.Other},
			{Name: "baby", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2024-08-01")}}}})
	require.NoError(t, err)
	assert.Equal(t, "5567.35", a.MonthlyTotal.String())
}

// F11: the own-share rule rounds the fund's part half up; the parts still
// add up to the total.
func TestAuditOwnShareRoundsHalfUp(t *testing.T) {
	r := decimal.RequireFromString("0.5")
	s, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("15000.01"), Eligible: money.MustParse("15000.01"), Ratio: &r, Rule: benefits.MedicalOwnShare})
	require.NoError(t, err)
	assert.Equal(t, "7500.01", s.Fund.String())
	assert.Equal(t, "7500.00", s.ThirdParty.String())
	assert.Equal(t, "0.00", s.Worker.String())
}

// F8 residual: a set built over the defaults with the 2025 W from March
// differing from ParamWage2024 is refused by NewRulebook (it was refused by
// Compute only for an injury on a day that value is in force).
func TestAuditWage2024ConflictOnTheDay(t *testing.T) {
	s, err := benefits.DefaultParams().With(commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional),
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "t", Status: param.Provisional},
		param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("125000"), From: testdates.Day(t, "2025-03-01"), Until: testdates.Day(t, "2025-12-31"), Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	_, err = benefits.NewRulebook(s, benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
}

// F6: which dependent gets an odd fen does not depend on the order the host
// lists them in.
func TestAuditPensionsOrderIndependent(t *testing.T) {
	sp, a, b, c := benefits.Dependent{Name: "配偶", Relation: benefits.Spouse}, benefits.Dependent{Name: "子女甲", Relation: benefits.Other},
		benefits.Dependent{Name: "子女乙", Relation: benefits.Other}, benefits.Dependent{Name: "父亲", Relation: benefits.Other}
	byName := func(deps ...benefits.Dependent) map[string]string {
		out := map[string]string{}
		x, err := mustRulebook(t, withWage(t, decimal.RequireFromString("111347")), benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment, Dependents: deps}})
		require.NoError(t, err)
		for _, it := range x.Items {
			if it.Kind == benefits.SurvivorPension {
				out[it.Beneficiary] = it.Amount.String()
			}
		}
		return out
	}
	assert.Equal(t, byName(sp, a, b), byName(b, a, sp))
	assert.Equal(t, byName(sp, a, b, c), byName(c, b, sp, a))
}

// F15: pensions are paid under 373号 第四十条 with the national 规程's cap
// (人社厅函〔2025〕79号 第三十九条); 第四十一条 (the application after a death
// during treatment) is cited for that death's other items, not the pensions.
func TestAuditPensionArticles(t *testing.T) {
	a, err := mustRulebook(t, withWage(t, decimal.RequireFromString("111347")), benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}}}})
	require.NoError(t, err)
	for _, it := range a.Items {
		if it.Kind == benefits.SurvivorPension {
			assert.Equal(t, []string{"第四十条", "人社厅函〔2025〕79号 第三十九条", "第四十五条"}, it.Articles, "a 2024 death is before the commencement: 第四十五条 too")
		} else {
			assert.Contains(t, it.Articles, "第四十一条")
		}
	}
}

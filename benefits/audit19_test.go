package benefits_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// audit19: pensions exactly at the cap (a spouse and two others, 第四十条;
// 人社厅函〔2025〕79号 第三十九条) share the fen left by name, so that the order
// the dependents are listed in changes nothing. Two dependents of the same
// name (placeholders such as 子女) defeated it: listed one way the child
// whose pension ends in 2033 got the extra fen, the other way the child
// whose pension ends in 2028, and neither the award nor the schedule (both
// name a pension by its beneficiary) could tell the two pensions apart. A
// name given twice is refused.
func TestAudit19DependentNamedTwiceRefused(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	kids := []benefits.Dependent{
		{Name: "子女", Relation: benefits.Other, Child: true, Birth: d("2015-05-01")},
		{Name: "子女", Relation: benefits.Other, Child: true, Birth: d("2010-05-01")},
	}
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		c := benefits.Case{Injury: d("2024-03-01"), Death: &benefits.Death{Date: d("2024-03-05"), Dependents: []benefits.Dependent{
			{Name: "配偶", Relation: benefits.Spouse}, kids[order[0]], kids[order[1]]}}}
		_, err := defaults.Compute(c)
		require.Error(t, err)
		assert.ErrorIs(t, err, benefits.ErrBadCase)
		assert.Contains(t, err.Error(), "dependent #3 has the name of dependent #2")
	}
	// Named apart, the same case computes, and the order changes nothing.
	var amounts [2][]string
	for n, order := range [][2]int{{0, 1}, {1, 0}} {
		k := []benefits.Dependent{kids[0], kids[1]}
		k[0].Name, k[1].Name = "子女甲", "子女乙"
		c := benefits.Case{Injury: d("2024-03-01"), Death: &benefits.Death{Date: d("2024-03-05"), Dependents: []benefits.Dependent{
			{Name: "配偶", Relation: benefits.Spouse}, k[order[0]], k[order[1]]}}}
		a, err := defaults.Compute(c)
		require.NoError(t, err)
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				amounts[n] = append(amounts[n], it.Beneficiary+"="+it.Amount.String()+"/"+it.EndMonth.String())
			}
		}
	}
	assert.ElementsMatch(t, amounts[0], amounts[1])
	// 0.6 × 111347 ÷ 12 = 5567.35 at the cap: 2226.94 + 1670.21 + 1670.20,
	// the fen to the first name in byte order (乙 U+4E59 before 甲 U+7532).
	assert.Contains(t, amounts[0], "子女乙=1670.21/2028-05")
	assert.Contains(t, amounts[0], "子女甲=1670.20/2033-05")
}

// audit19: a bill settled directly with the social security card (第三十五条)
// was marked not payable ("paid already") even when the claim said
// Shanghai's networked settlement is not in place, under a note saying so;
// and an out-of-town bill the same without an approved filing (第三十三条:
// 经审核通过后，异地就医相关费用可直接联网结算). Two host facts that contradict
// each other cost the worker the charge silently; they are refused.
func TestAudit19SettledDirectlyNeedsARoute(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	bill := func(outOfTown bool) benefits.Bill {
		return benefits.Bill{ID: "S1", Date: d("2026-03-03"), Setting: benefits.SettingOutpatient,
			Provider:        benefits.Provider{Designated: benefits.FactYes, OutOfTown: outOfTown},
			SettledDirectly: true, Itemised: true,
			Lines: []benefits.BillLine{{Amount: money.MustParse("300.00"), Catalogue: benefits.FactYes}}}
	}
	claim := func(b benefits.Bill) benefits.MedicalClaim {
		return benefits.MedicalClaim{Injury: d("2026-03-02"), Submitted: []benefits.MedicalMaterial{benefits.MedApplicationForm}, Bills: []benefits.Bill{b}}
	}
	refused := func(c benefits.MedicalClaim, article string) {
		t.Helper()
		_, err := defaults.Assess(c)
		require.Error(t, err)
		assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
		assert.Contains(t, err.Error(), "bills[0].settled_directly")
		assert.Contains(t, err.Error(), article)
	}
	accepted := func(c benefits.MedicalClaim) {
		t.Helper()
		r, err := defaults.Assess(c)
		require.NoError(t, err)
		assert.Equal(t, benefits.NotPayable, r.Lines[0].Verdict, "settled already: not paid again")
		assert.Equal(t, "300.00", r.NotPayable.String())
	}
	// Shanghai: only once networked settlement is in place.
	c := claim(bill(false))
	refused(c, "第三十五条")
	c.Networked = true
	accepted(c)
	// Out of town: only with the filing approved, networked or not.
	for _, f := range []benefits.FilingStatus{benefits.FilingNone, benefits.FilingPending, benefits.FilingRefused} {
		c = claim(bill(true))
		c.Filing = f
		refused(c, "第三十三条")
		c.Networked = true
		refused(c, "第三十三条")
	}
	c = claim(bill(true))
	c.Filing = benefits.FilingApproved
	accepted(c)
}

package benefits_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
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
		_, err := benefits.Compute(c, benefits.DefaultParams(), benefits.Rules{})
		require.Error(t, err)
		assert.ErrorIs(t, err, benefits.ErrBadCase)
		assert.Contains(t, err.Error(), "dependent #3")
	}
	// Named apart, the same case computes, and the order changes nothing.
	var amounts [2][]string
	for n, order := range [][2]int{{0, 1}, {1, 0}} {
		k := []benefits.Dependent{kids[0], kids[1]}
		k[0].Name, k[1].Name = "子女甲", "子女乙"
		c := benefits.Case{Injury: d("2024-03-01"), Death: &benefits.Death{Date: d("2024-03-05"), Dependents: []benefits.Dependent{
			{Name: "配偶", Relation: benefits.Spouse}, k[order[0]], k[order[1]]}}}
		a, err := benefits.Compute(c, benefits.DefaultParams(), benefits.Rules{})
		require.NoError(t, err)
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				amounts[n] = append(amounts[n], it.Beneficiary+"="+it.Amount.StringFixed(2)+"/"+it.EndMonth.String())
			}
		}
	}
	assert.ElementsMatch(t, amounts[0], amounts[1])
	// 0.6 × 111347 ÷ 12 = 5567.35 at the cap: 2226.94 + 1670.21 + 1670.20,
	// the fen to the first name in byte order (乙 U+4E59 before 甲 U+7532).
	assert.Contains(t, amounts[0], "子女乙=1670.21/2028-05")
	assert.Contains(t, amounts[0], "子女甲=1670.20/2033-05")
}

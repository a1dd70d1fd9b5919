package benefits_test

// 第四十五条 rebasing at an item's start (issue 19, round of seed 13).

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// A nursing allowance rebased from its first month rests on the 2024 wage:
// provisional exactly when that wage is (its own base and ratio verified).
// Injured 2025-03-01, before the commencement 2025-07-01; assessed
// 2025-08-10: from 2025-09, the greater of the 2024 level 120000 × 0.3 ÷
// 12 = 3000.00 and the 2025 standard 240000 × 0.3 ÷ 12 = 6000.00.
func TestRebasedItemProvisionalByThe2024Wage(t *testing.T) {
	jan := testdates.Day(t, "2025-01-01")
	c := benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2025-08-10"), Grade: 5, Nursing: benefits.NursingPartly}
	for _, status := range []param.Status{param.Verified, param.Secondary, param.Provisional} {
		ps, err := paramsWithCommencement(t, "2025-07-01").With(
			param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: jan, Source: "t", Status: status},
			param.Value{Name: benefits.ParamNursingBase, Value: decimal.RequireFromString("240000"), From: jan, Source: "t", Status: param.Verified},
			param.Value{Name: benefits.ParamNursingRatio(benefits.NursingPartly), Value: decimal.RequireFromString("0.3"), From: jan, Source: "t", Status: param.Verified})
		require.NoError(t, err)
		a, err := mustRulebook(t, ps, benefits.Rules{}).Compute(c)
		require.NoError(t, err, status)
		it, ok := kinds(a)[benefits.NursingAllowance]
		require.True(t, ok)
		assert.Equal(t, "6000.00", it.Amount.String(), status)
		assert.Equal(t, testdates.Month(t, "2025-09"), it.StartMonth)
		require.NotNil(t, it.Rebase)
		assert.Equal(t, status == param.Provisional, it.Provisional, status)
		assert.Contains(t, it.Articles, "第四十五条")
	}
}

// Needs, for a case rebased under 第四十五条 whose 2024 wage is not given,
// lists W of 2025 as missing on 1 January 2025.
func TestNeedsListsThe2024WageOnNewYearsDay(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2025-07-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2025-08-10"), Grade: 3}
	n, err := rb.Needs(c)
	require.NoError(t, err)
	require.True(t, n.AnyMissing())
	var found bool
	for _, x := range n.List {
		if x.Mark == benefits.NeedMissing && x.Param == benefits.ParamWage {
			found = true
			assert.Equal(t, testdates.Day(t, "2025-01-01"), x.On)
			assert.True(t, strings.Contains(x.Why, "第四十五条"))
		}
	}
	assert.True(t, found, "%v", n.List)
}

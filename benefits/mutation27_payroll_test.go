package benefits_test

// A Payroll keeps each 第四十五条 level by commencement, basis and factors
// (issue 19, round of seed 13): items differing in a factor, in the number
// of factors or in the commencement get their own level; equal factors
// written differently share one.

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// The 2024 wage 120000 (the 2025 W): × 0.5 ÷ 12 = 5000.00; × 0.6 ÷ 12 =
// 6000.00; × 0.5 × 0.5 ÷ 12 = 2500.00; "0.50" is 0.5. An item rebased
// from a later commencement (2025-09) is paid its own amount in 2025-08.
func TestPayrollLevelsByFactors(t *testing.T) {
	ps := rebasedParams(t)
	start := testdates.Month(t, "2025-08")
	d := decimal.RequireFromString
	item := func(since string, fs ...string) benefits.Item {
		var factors []decimal.Decimal
		for _, f := range fs {
			factors = append(factors, d(f))
		}
		return benefits.Item{Kind: benefits.DisabilityAllowance, Periodic: true, StartMonth: start, Amount: money.MustParse("1"),
			Rebase: &benefits.Rebase{Since: testdates.Month(t, since), Basis: benefits.ParamWage, Factors: factors}}
	}
	a := benefits.Award{Items: []benefits.Item{item("2025-07", "0.5"), item("2025-07", "0.6"), item("2025-07", "0.5", "0.5"),
		item("2025-07", "0.50"), item("2025-09", "0.5"), item("2025-07", "0.5")}}
	want := []string{"5000.00", "6000.00", "2500.00", "5000.00", "1.00", "5000.00"}
	run, err := mustRulebook(t, ps, benefits.Rules{}).Payroll(start)
	require.NoError(t, err)
	for round := 0; round < 2; round++ {
		got, err := run.Append(nil, a)
		require.NoError(t, err)
		var amounts []string
		for _, p := range got {
			amounts = append(amounts, p.Amount.String())
		}
		assert.Equal(t, want, amounts, fmt.Sprint("round ", round))
	}
	pays, err := mustRulebook(t, ps, benefits.Rules{}).Schedule(a, start, start)
	require.NoError(t, err)
	var amounts []string
	for _, p := range pays {
		amounts = append(amounts, p.Amount.String())
	}
	assert.Equal(t, want, amounts, "Schedule agrees")
}

package analysis_test

// Tests written for the survivors of round 13 of the issue 19 mutation
// study (testdata/mutation), re-run on the tree of session 27.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/claims"
)

// signedWant is a change as the explanations write it: +1.00, -1.00, 0.00.
func signedWant(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + d.StringFixed(2)
	}
	return d.StringFixed(2)
}

// 第七十六条: the income's explanation gives the number of bill lines it
// sums (every cell's current and reformed lines); each row's explanation
// gives its change to the fen with its sign (0.00 and a fall to two places
// too), and its orders only when it has some: a benefit item's or case's
// row has none.
func TestMeasureWhyCountsLinesAndSignsChanges(t *testing.T) {
	m3 := month(t, "2026-03")
	got, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), analysis.Data{Tally: sampleTally(t, m3), Cases: sampleCasesOf(t)}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	lines := 0
	for _, c := range got.IncomeCells {
		for _, in := range c.Why.Inputs {
			if strings.HasPrefix(in, "current_line=") || strings.HasPrefix(in, "reform_line=") {
				lines++
			}
		}
	}
	require.Positive(t, lines)
	assert.Contains(t, got.Income.Why.Inputs, fmt.Sprintf("bill_lines=%d", lines))
	assert.Contains(t, got.Income.Why.EN, "a change of "+signedWant(got.Income.Delta)+" 元")

	var notRising int
	rows := map[string][]analysis.Row{"platform": got.IncomeByPlatform, "industry": got.IncomeByIndustry, "month": got.IncomeByMonth,
		"item": got.ExpenditureByItem, "case": got.ExpenditureByCase}
	for what, rs := range rows {
		require.NotEmpty(t, rs, what)
		for _, r := range rs {
			if !r.Delta.IsPositive() {
				notRising++
			}
			assert.Contains(t, r.Why.EN, "("+signedWant(r.Delta)+" 元)", "%s %s", what, r.Key)
			assert.Contains(t, r.Why.ZH, "（"+signedWant(r.Delta)+" 元）", "%s %s", what, r.Key)
			if what == "item" || what == "case" {
				continue
			}
			var orders []string
			for _, in := range r.Why.Inputs {
				if strings.HasPrefix(in, "orders=") {
					orders = append(orders, in)
				}
			}
			if r.Orders == 0 {
				assert.Empty(t, orders, "%s %s", what, r.Key)
			} else {
				assert.Equal(t, []string{fmt.Sprintf("orders=%d", r.Orders)}, orders, "%s %s", what, r.Key)
			}
		}
	}
	for _, r := range got.ExpenditureByItem {
		assert.Equal(t, []string{"item=" + r.Key}, r.Why.Inputs, r.Key)
	}
	require.Positive(t, notRising, "some row does not rise: its change is written without a plus")
}

// Problems are listed platforms' months first, then benefit cases, then
// claims, whatever their IDs: a claim whose ID sorts first still comes
// after every case.
func TestProblemsCasesBeforeClaims(t *testing.T) {
	m3 := month(t, "2026-03")
	cases := sampleCasesOf(t)
	cases = append(cases, analysis.Case{ID: cases[0].ID, Case: cases[0].Case, Parameters: cases[0].Parameters})
	cl := []analysis.Claim{
		{ID: "0", Case: claims.Case{Accident: day(t, "2026-03-10")}},
		{ID: "0", Case: claims.Case{Accident: day(t, "2026-03-11")}},
	}
	got, err := analysis.Analyze(samplePolicy(t), analysis.Data{Tally: sampleTally(t, m3), Cases: cases, Claims: cl, AsOf: day(t, "2026-03-31")}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var kinds []analysis.ProblemKind
	var caseID, claimID string
	for _, p := range got.Problems {
		kinds = append(kinds, p.Kind)
		switch p.Kind {
		case analysis.ProblemCase:
			caseID = p.ID
		case analysis.ProblemClaim:
			claimID = p.ID
		}
	}
	require.NotEmpty(t, caseID, "%v", got.Problems)
	require.NotEmpty(t, claimID, "%v", got.Problems)
	require.Less(t, claimID, caseID, "the claim's ID sorts before the case's")
	assert.Equal(t, []analysis.ProblemKind{analysis.ProblemCase, analysis.ProblemClaim}, kinds)
}

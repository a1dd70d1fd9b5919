package benefits_test

// The figures the award's notes and formulas state (issue 19, round of
// seed 13): amounts to the fen, two decimals; the shares' sum as a ratio.
// Asserted by figures only.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// A spouse and four others: shares 0.4 + 4 × 0.3 = 1.6 of the death base,
// 0.96 of W, over the cap 0.6 × W: the pensions add up to 111347 × 0.6 ÷
// 12 = 5567.35 元 a month. The cap note states 5567.35 (two decimals) in
// English and Chinese; each pension's formula states the sum 1.6.
func TestCapNoteAndFormulaFigures(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	a, err := rb.Compute(deathCase(t, spouse(), other("a"), other("b"), other("c"), other("d")))
	require.NoError(t, err)
	assert.Equal(t, "5567.35", a.MonthlyTotal.String())
	en, zh := strings.Join(a.Notes(), "\n"), strings.Join(a.Explain(explain.Chinese), "\n")
	for _, s := range []string{en, zh} {
		assert.Contains(t, s, "5567.35 元")
		assert.NotContains(t, s, "5567.350")
	}
	n := 0
	for _, it := range a.Items {
		if it.Kind == benefits.SurvivorPension {
			n++
			assert.Contains(t, it.Formula(), "1.6 ×", it.Formula())
			assert.NotContains(t, it.Formula(), "0.16", it.Formula())
		}
	}
	assert.Equal(t, 5, n)
	assert.Contains(t, zh, "1.6")
}

// The warning note (第五十六条) states the limit to the fen, in English
// and Chinese.
func TestWarningNoteStatesTheLimitToTheFen(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{WarningLimit: money.MustParse("6000")})
	a, err := rb.Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 1})
	require.NoError(t, err)
	require.True(t, a.Flagged)
	for _, s := range []string{strings.Join(a.Notes(), "\n"), strings.Join(a.Explain(explain.Chinese), "\n")} {
		assert.Contains(t, s, "6000.00 元")
		assert.NotContains(t, s, "6000.000")
	}
}

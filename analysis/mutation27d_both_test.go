package analysis_test

// Issue 19, session 27: a case that fails under both policies, for
// different reasons, is two Problems, the current policy's then the
// reform's, each with its own error.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/param"
)

func TestCaseFailingUnderBothPoliciesDifferently(t *testing.T) {
	m3 := month(t, "2026-03")
	cases := sampleCasesOf(t)
	r := sampleReformOf(t)
	const id = "death-2026-02"
	found := false
	for i, c := range cases {
		if c.ID != id {
			continue
		}
		found = true
		var kept []param.Value
		for _, v := range c.Parameters {
			if v.Name == benefits.ParamWage {
				r.Parameters = append(r.Parameters, v) // the reform has the wage
				continue
			}
			kept = append(kept, v)
		}
		cases[i].Parameters = kept
	}
	require.True(t, found)
	// and the reform's spouse share ends before the case needs it
	for i, v := range r.Parameters {
		if v.Name == "benefits.pension_share.spouse" {
			r.Parameters[i].Until = day(t, "2026-01-31")
		}
	}
	got, err := analysis.Measure(samplePolicy(t), r, analysis.Data{Tally: sampleTally(t, month(t, "2026-03")), Cases: cases}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var probs []analysis.Problem
	for _, p := range got.Problems {
		if p.Kind == analysis.ProblemCase {
			probs = append(probs, p)
		}
	}
	require.Len(t, probs, 2)
	assert.Equal(t, analysis.Current, probs[0].Scenario)
	assert.Equal(t, analysis.Reformed, probs[1].Scenario)
	assert.Equal(t, id, probs[0].ID)
	assert.Equal(t, id, probs[1].ID)
	var mb *benefits.MissingBaseError
	assert.ErrorAs(t, probs[0], &mb, "the current policy lacks the wage")
	assert.ErrorIs(t, probs[1], param.ErrMissingValue, "the reform lacks the spouse's share")
	assert.Contains(t, probs[1].Err.Error(), "benefits.pension_share.spouse")
	for _, c := range got.ExpenditureByCase {
		assert.NotEqual(t, id, c.Key)
	}
}

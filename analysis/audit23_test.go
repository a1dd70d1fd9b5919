package analysis_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
)

// Audit of issue 23 (fresh eye).

// The same data given in another order gives the same analysis, its
// problems included: they are listed by kind, ID, month and policy, not in
// the order the host happened to give the cases and claims.
func TestSameDataShuffledSameAnswer(t *testing.T) {
	m3 := month(t, "2026-03")
	period := analysis.Period{From: m3, To: month(t, "2026-04")}
	tally := sampleTally(t, m3)
	require.NoError(t, tally.AddN("platform-z", eligibility.RideHailing, day(t, "2026-03-02"), 7))
	require.NoError(t, tally.AddN("platform-y", eligibility.RideHailing, day(t, "2026-04-02"), 5))
	cases := append(sampleCasesOf(t),
		analysis.Case{ID: "no-injury"},
		analysis.Case{ID: "grade-3-no-assessment", Case: benefits.Case{Grade: 3}},
		analysis.Case{ID: "death-without-its-date", Case: benefits.Case{Injury: day(t, "2026-01-01"), Death: &benefits.Death{}}})
	accident := day(t, "2026-01-05")
	cl := []analysis.Claim{
		{ID: "late", Case: claims.Case{Accident: accident, State: claims.StateReported, ReportedOn: accident}},
		{ID: "no-accident"},
		{ID: "fresh", Case: claims.Case{Accident: day(t, "2026-03-25"), State: claims.StateReported, ReportedOn: day(t, "2026-03-25")}},
		{ID: "also-no-accident", Case: claims.Case{State: claims.StateReported}},
	}
	reversed := func(d analysis.Data) analysis.Data {
		out := d
		out.Cases, out.Claims = nil, nil
		for i := len(d.Cases) - 1; i >= 0; i-- {
			out.Cases = append(out.Cases, d.Cases[i])
		}
		for i := len(d.Claims) - 1; i >= 0; i-- {
			out.Claims = append(out.Claims, d.Claims[i])
		}
		return out
	}
	d := analysis.Data{Tally: tally, Cases: cases, Claims: cl, AsOf: day(t, "2026-04-30")}

	a, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), d, period)
	require.NoError(t, err)
	b, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), reversed(d), period)
	require.NoError(t, err)
	require.Len(t, a.Problems, 5, "two platforms' months, three cases")
	require.Equal(t, problemKeys(a.Problems), problemKeys(b.Problems))
	require.Equal(t, a, b)

	ra, err := analysis.Analyze(samplePolicy(t), d, period)
	require.NoError(t, err)
	rb, err := analysis.Analyze(samplePolicy(t), reversed(d), period)
	require.NoError(t, err)
	require.Len(t, ra.Problems, 7, "two platforms' months, three cases, two claims")
	require.Equal(t, problemKeys(ra.Problems), problemKeys(rb.Problems))
	require.Equal(t, ra, rb)
}

func problemKeys(ps []analysis.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, string(p.Kind)+":"+p.ID+":"+p.Month.String()+":"+string(p.Scenario))
	}
	return out
}

// Every claim counted stands at a stage listed: a state the claims
// package does not name (a host's own, or one added later) is listed
// after the known ones, not dropped, so that the stages add up to the
// cases.
func TestClaimsByStateAddUp(t *testing.T) {
	m3 := month(t, "2026-03")
	a := day(t, "2026-03-01")
	cl := []analysis.Claim{
		{ID: "a", Case: claims.Case{Accident: a, State: claims.StateReported, ReportedOn: a}},
		{ID: "b", Case: claims.Case{Accident: a, State: "reopened", ReportedOn: a}},
		{ID: "c", Case: claims.Case{Accident: a, State: "archived", ReportedOn: a}},
	}
	r, err := analysis.Analyze(samplePolicy(t), analysis.Data{Claims: cl, AsOf: day(t, "2026-03-31")}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	require.NotNil(t, r.Claims)
	require.Equal(t, 3, analysis.ClaimsCases(*r.Claims))
	require.Equal(t, []analysis.Count{{Key: "reported", N: 1}, {Key: "archived", N: 1}, {Key: "reopened", N: 1}}, r.Claims.ByState)
}

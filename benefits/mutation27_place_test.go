package benefits_test

// 第三十二、三十三条 on their whole domain (issue 19, round of seed 13): the
// place rule (in town: designated yes/no/unknown; out of town: the filing
// approved/pending/refused/none) × the nearest-emergency exception × the
// stable day against the bill's days (unknown, on the last day, inside,
// before the first day).

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
)

func TestPlaceFindingWholeDomain(t *testing.T) {
	type place struct {
		out      bool
		fact     benefits.Fact
		filing   benefits.FilingStatus
		rule     benefits.ClaimRule
		ok, pend bool
	}
	places := []place{
		{false, benefits.FactYes, "", benefits.RuleDesignated, true, false},
		{false, benefits.FactNo, "", benefits.RuleNotDesignated, false, false},
		{false, benefits.FactUnknown, "", benefits.RuleDesignationUnknown, false, true},
		{true, benefits.FactUnknown, benefits.FilingApproved, benefits.RuleOutOfTownFiled, true, false},
		{true, benefits.FactUnknown, benefits.FilingPending, benefits.RuleFilingPending, false, true},
		{true, benefits.FactUnknown, benefits.FilingRefused, benefits.RuleFilingRefused, false, false},
		{true, benefits.FactUnknown, benefits.FilingNone, benefits.RuleNotFiled, false, false},
	}
	// The bill runs 2026-03-03 to 2026-03-05.
	stables := []struct {
		day  string
		kind string // "", "emergency", "spans", "after"
	}{{"", ""}, {"2026-03-05", "emergency"}, {"2026-03-06", "emergency"}, {"2026-03-04", "spans"}, {"2026-03-03", "spans"}, {"2026-03-02", "after"}}
	for _, p := range places {
		for _, nearest := range []bool{false, true} {
			for _, st := range stables {
				b := outpatient(t, "B1", "2026-03-03", "45.50")
				b.Until = testdates.Day(t, "2026-03-05")
				b.Provider.OutOfTown, b.Provider.Designated, b.NearestEmergency = p.out, p.fact, nearest
				c := claimOf(t, b)
				c.Filing = p.filing
				if st.day != "" {
					c.Stable = testdates.Day(t, st.day)
				}
				want := p.rule
				switch {
				case p.ok || !nearest:
				case st.kind == "":
					want = benefits.RuleStableUnknown
				case st.kind == "emergency":
					want = benefits.RuleEmergency
				case st.kind == "spans":
					want = benefits.RuleStaySpansStable
				case !p.pend:
					want = benefits.RuleAfterStable
				}
				l := assess(t, c).Lines[0]
				if assert.NotEmpty(t, l.Findings) {
					assert.Equal(t, want, l.Findings[0].Rule, "%+v nearest=%v stable=%q", p, nearest, st.day)
					if want == benefits.RuleEmergency || want == benefits.RuleStaySpansStable || want == benefits.RuleAfterStable {
						assert.Equal(t, c.Stable, l.Findings[0].Date())
					}
				}
			}
		}
	}
}

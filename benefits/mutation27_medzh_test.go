package benefits_test

// The road-accident 10% cap (道路交通安全法 第七十六条) in the Chinese
// explanation of a split (issue 19, round of seed 13): cited exactly when
// it applied.

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
)

func TestMedicalZHCitesTheNoFaultCapOnlyWhenApplied(t *testing.T) {
	for _, tc := range []struct {
		ratio               string
		vulnerable, noFault bool
		applied             bool
	}{
		{"0.2", true, true, true},
		{"0.1", true, true, false},
		{"0.2", false, true, false},
		{"0.2", true, false, false},
	} {
		m := benefits.Medical{Total: amt("1000"), Eligible: amt("1000"),
			Road: &benefits.Road{Level: "无责任", Table: map[string]decimal.Decimal{"无责任": decimal.RequireFromString(tc.ratio)}, TableSource: "host", VulnerableVictim: tc.vulnerable, NoFault: tc.noFault}}
		s, err := benefits.SplitMedical(m)
		require.NoError(t, err)
		zh := strings.Join(benefits.MedicalZH(m, s), "\n")
		assert.Equal(t, tc.applied, strings.Contains(zh, "第七十六条"), "%+v", tc)
		assert.Equal(t, tc.applied, strings.Contains(strings.Join(s.Explanation, "\n"), "第七十六条"), "%+v", tc)
		assert.Contains(t, zh, s.ThirdParty.String(), "%+v", tc)
	}
}

package benefits_test

// The Chinese split (MedicalZH) states the figures of its own rule and the
// fund's advance only when it pays first (issue 19, round of seed 13).

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
)

// Total 1000, eligible 900, ratio 0.25: the third party 250.00. Top-up:
// the fund 900 − 250 = 650.00 (the worker 100.00). Own share: the fund
// 900 × 0.75 = 675.00, the third party's share of the eligible cost 225.00
// (the worker 75.00).
func TestMedicalZHFiguresByRule(t *testing.T) {
	for _, tc := range []struct {
		rule      benefits.MedicalRule
		has, hasn []string
	}{
		{benefits.MedicalTopUp, []string{"250.00", "650.00", "100.00"}, []string{"225.00", "675.00"}},
		{benefits.MedicalOwnShare, []string{"250.00", "225.00", "675.00", "75.00"}, []string{"650.00"}},
	} {
		for _, first := range []bool{false, true} {
			m := benefits.Medical{Total: amt("1000"), Eligible: amt("900"), Ratio: ratiop("0.25"), Rule: tc.rule}
			if first {
				m.FundPaysFirst = &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: amt("0")}
			}
			s, err := benefits.SplitMedical(m)
			require.NoError(t, err)
			zh := strings.Join(benefits.MedicalZH(m, s), "\n")
			for _, h := range tc.has {
				assert.Contains(t, zh, h, "%s first=%v", tc.rule, first)
			}
			if !first {
				for _, h := range tc.hasn {
					assert.NotContains(t, zh, h, "%s", tc.rule)
				}
			}
			assert.Equal(t, first, strings.Contains(zh, "某公司"), "%s first=%v", tc.rule, first)
			want := 1
			if first {
				want = 2
				assert.Contains(t, zh, s.Recovery.Advanced.String())
				assert.Contains(t, zh, s.Recovery.FundPaysNow.String())
			}
			assert.Equal(t, want, strings.Count(zh, "社会保险法 第四十二条"), "%s first=%v", tc.rule, first)
		}
	}
}

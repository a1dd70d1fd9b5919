package analysis_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/eligibility"
)

// The order rows are sorted by platform, then industry in the order
// eligibility lists the industries (出行, 即时配送, 同城货运), then month,
// whatever order the tally was filled in (mutation round 14: the industry
// order was asserted by no test).
func TestOrdersRowsInIndustryOrder(t *testing.T) {
	m3 := month(t, "2026-03")
	var tally eligibility.Tally
	n := int64(1)
	for i := len(eligibility.Industries) - 1; i >= 0; i-- {
		for _, p := range []string{"platform-b", "platform-a"} {
			require.NoError(t, tally.AddN(p, eligibility.Industries[i], day(t, "2026-03-02"), n))
			n++
		}
	}
	got, err := analysis.Analyze(samplePolicy(t), analysis.Data{Tally: &tally}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	require.Len(t, got.OrdersRows, 2*len(eligibility.Industries))
	for i, row := range got.OrdersRows {
		wantPlatform := "platform-a"
		if i >= len(eligibility.Industries) {
			wantPlatform = "platform-b"
		}
		assert.Equal(t, wantPlatform, row.Platform, "row %d", i)
		assert.Equal(t, eligibility.Industries[i%len(eligibility.Industries)], row.Industry, "row %d", i)
	}
}

package levy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/levy"
)

func TestExplainZH(t *testing.T) {
	r := sampleRulebook(t)
	var tl eligibility.Tally
	tl.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"), 903)
	b, err := r.Bill(&tl, "platform-b", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	zh := b.Explain(explain.Chinese)
	zhcheck.Check(t, b.Explain(explain.English), zh, true)
	assert.Contains(t, zh[1], "即时配送 2026-03-02 至 2026-03-02：903 单 × 0.275 元 = 248.325 元，四舍五入到分：248.33 元")
	assert.Contains(t, zh[len(zh)-1], "第九条")

	rate := b.Lines[0].Rate
	zhcheck.Check(t, rate.Explain(explain.English), rate.Explain(explain.Chinese), true)
	assert.Contains(t, rate.Explain(explain.Chinese)[0], "基准费额（第十一条）")

	var rep eligibility.Tally
	rep.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"), 900)
	rec, err := r.Reconcile(&tl, &rep, "platform-b", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	zhcheck.Check(t, rec.Explain(explain.English), rec.Explain(explain.Chinese), true)
	assert.Contains(t, rec.Explain(explain.Chinese)[1], "申报 903 单，报送 900 单，相差 +3 单，影响费款 0.83 元")

	for _, c := range []levy.Correction{
		{Platform: "p", Period: testdates.Month(t, "2026-03"), Paid: amt("100.00"), Due: amt("90.50")},
		{Platform: "p", Period: testdates.Month(t, "2026-03"), Paid: amt("90.00"), Due: amt("90.50")},
		{Platform: "p", Period: testdates.Month(t, "2026-03"), Paid: amt("90.50"), Due: amt("90.50")},
	} {
		a, err := levy.Correct(c)
		require.NoError(t, err)
		zhcheck.Check(t, []string{a.String()}, []string{a.Chinese()}, true)
		assert.Contains(t, []string{a.Chinese()}[0], "第十六条")
	}
}

// Zero values explain themselves without panicking.
func TestExplainZHZeroValues(t *testing.T) {
	assert.NotPanics(t, func() {
		_ = levy.Rate{}.Explain(explain.Chinese)
		_ = levy.Bill{}.Explain(explain.Chinese)
		_ = levy.Reconciliation{}.Explain(explain.Chinese)
		_ = levy.Adjustment{}.Chinese()
	})
}

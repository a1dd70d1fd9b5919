package levy_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// The two catalogues build (with param's messages, whose steps a rate
// includes) and have the same keys.
func TestMessagesAgree(t *testing.T) {
	en, err := explain.NewCatalogue(explain.English, levy.Messages(explain.English), param.Messages(explain.English))
	require.NoError(t, err)
	zh, err := explain.NewCatalogue(explain.Chinese, levy.Messages(explain.Chinese), param.Messages(explain.Chinese))
	require.NoError(t, err)
	assert.NoError(t, explain.Agree(en, zh))
	assert.Nil(t, levy.Messages("fr"))
}

// noMarker: every step of a text found its message and figures.
func noMarker(t *testing.T, lines ...[]string) {
	t.Helper()
	for _, l := range lines {
		s := strings.Join(l, "\n")
		assert.NotContains(t, s, "⟦?", s)
	}
}

// issue 20: every variant of a rate, a reconciliation and an adjustment
// renders in both languages from the same steps, and says what it said.
func TestExplanationVariants(t *testing.T) {
	base := param.Value{Name: levy.ParamInstantLower, Value: dec("0.07"), From: testdates.Day(t, "2025-07-01"), Source: "沪人社福〔2025〕373号 第十一条", Status: param.Provisional}
	day := testdates.Day(t, "2026-03-02")
	rates := []levy.Rate{
		{Industry: eligibility.InstantDelivery, Day: day, FirstYear: true, Base: base, PerOrder: dec("0.07")},
		{Industry: eligibility.InstantDelivery, Day: day, Base: base, PerOrder: dec("0.07"), Level: levy.LevelAssignment{From: testdates.Month(t, "2025-07"), Level: levy.LevelLower, Source: "通知"}},
		{Industry: eligibility.RideHailing, Day: day, Floats: true, Base: base, PerOrder: dec("0.07")},
		{Industry: eligibility.RideHailing, Day: day, Floats: true, Base: base, PerOrder: dec("0.077"), Floating: levy.Floating{Year: 2026, Factor: dec("1.1"), Source: "浮动通知"}},
		{Industry: eligibility.RideHailing, Day: day, Floats: true, Base: base, PerOrder: dec("0.08"), Floating: levy.Floating{Year: 2026, Rate: dec("0.08"), Source: "浮动通知"}},
	}
	for _, r := range rates {
		noMarker(t, r.Explain(explain.English), r.Explain(explain.Chinese))
		assert.Len(t, r.Explain(explain.Chinese), len(r.Explain(explain.English)))
	}
	assert.Equal(t, []string{
		"base amount (第十一条): levy.base.instant_delivery.lower = 0.07 from 2025-07-01 (沪人社福〔2025〕373号 第十一条; provisional)",
		"instant-delivery level lower from 2025-07 (通知)",
		"no floating in 2026: under 12 fee months by the end of 2025 (第十二条第二款, 累计至下一年度浮动)",
		"PROVISIONAL: the base amount is a provisional value",
		"per-order rate: 0.07 元",
	}, rates[1].Explain(explain.English))
	assert.Equal(t, []string{
		"基准费额（第十一条）：levy.base.instant_delivery.lower = 0.07，自 2025-07-01 起施行（沪人社福〔2025〕373号 第十一条；状态：暂定）",
		"即时配送缴费档次：较低档，自 2025-07 起适用（通知）",
		"2026 年不浮动：截至 2025 年底累计缴费不满 12 个月（第十二条第二款，累计至下一年度浮动）",
		"暂定：基准费额为暂定值",
		"每单缴费标准：0.07 元",
	}, rates[1].Explain(explain.Chinese))
	assert.Equal(t, "2026 年实行浮动（第十二条），但未设定 2026 年出行的浮动费率：适用基准费额", rates[2].Explain(explain.Chinese)[1])
	assert.Equal(t, "floats in 2026 (第十二条), but no floated rate was set for 2026 ride_hailing: the base amount applies", rates[2].Explain(explain.English)[1])

	rec := levy.Reconciliation{Platform: "p", Period: testdates.Month(t, "2026-02"),
		Industries: []levy.IndustryDiff{{Industry: eligibility.RideHailing, Declared: 10, Reported: 12, Diff: -2, Amount: amt("-0.02")}},
		Days:       []levy.DayDiff{{Day: day, Industry: eligibility.RideHailing, Declared: 10, Reported: 12, Diff: -2, Amount: amt("-0.02")}}}
	noMarker(t, rec.Explain(explain.English), rec.Explain(explain.Chinese))
	assert.Equal(t, "出行：申报 10 单，报送 12 单，相差 -2 单，影响费款 -0.02 元", rec.Explain(explain.Chinese)[1])
	assert.Equal(t, "  2026-03-02 ride_hailing: declared 10, reported 12 (-2, -0.02 元)", rec.Explain(explain.English)[2])
	assert.Equal(t, "1 day(s) differ: the platform headquarters verifies and corrects (第九条第二款)", rec.Explain(explain.English)[3])
	rec.Consistent, rec.Days, rec.Industries = true, nil, nil
	assert.Equal(t, []string{"p 2026-02 申报单量与全国信息平台报送单量比对（第九条；第十四条第二款）", "一致：每日单量均相符"}, rec.Explain(explain.Chinese))

	for kind, want := range map[levy.AdjustmentKind][2]string{
		levy.Refund:  {"refund 1.50 元 to p for the period 2026-02 (第十六条)", "向 p 退还 2026-02 费款所属期多缴的 1.50 元（第十六条）"},
		levy.TopUp:   {"p tops up 1.50 元 for the period 2026-02 (第十六条)", "p 补足 2026-02 费款所属期少缴的 1.50 元（第十六条）"},
		levy.NoneDue: {"p paid exactly what was due for 2026-02: nothing to refund or top up (第十六条)", "p 在 2026-02 费款所属期已足额缴纳，无需退补（第十六条）"},
	} {
		a := levy.Adjustment{Kind: kind, Platform: "p", Period: testdates.Month(t, "2026-02"), Amount: amt("1.50")}
		assert.Equal(t, want[0], a.String())
		assert.Equal(t, []string{want[1]}, []string{a.Chinese()})
	}
}

// A bill with unknown deadlines says why in both languages: the year not
// yet loaded.
func TestBillUnknownDeadlinesExplained(t *testing.T) {
	var tl eligibility.Tally
	tl.AddN("platform-a", eligibility.RideHailing, testdates.Day(t, "2026-03-02"), 123)
	b, err := sampleRulebookOn(t, &calendar.Calendar{}).Bill(&tl, "platform-a", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	noMarker(t, b.Explain(explain.English), b.Explain(explain.Chinese))
	zh := strings.Join(b.Explain(explain.Chinese), "\n")
	assert.Contains(t, zh, "申报缴纳期限：未知（2026 年放假安排尚未载入），不早于 2026-04-15（第十四条）；费款金额不受影响")
	assert.Contains(t, zh, "经办机构推送单量汇总和费率的期限：未知（2026 年放假安排尚未载入），不早于 2026-04-05（第九条）")
	var empty levy.Bill
	noMarker(t, empty.Explain(explain.English), empty.Explain(explain.Chinese))
	assert.Contains(t, empty.Explain(explain.Chinese), "本期没有计入的订单")
}

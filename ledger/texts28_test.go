package ledger_test

import (
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// texts28Articles is an article citation: 第N条 with its 款 and 项.
var texts28Articles = regexp.MustCompile(`第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?(（[一二三四五六七八九十]+）)?`)

func texts28Cited(s string) []string {
	refs := texts28Articles.FindAllString(s, -1)
	slices.Sort(refs)
	return slices.Compact(refs)
}

// Every reconciliation reason, word for word in Chinese, and citing the
// articles of its English twin: the first step is 第十七条 (对账: the tax
// bureau's collection against the treasury's receipt report), the second
// 第十八条 (the payment against the national platform's order summaries).
// Issue 19: a changed article or word in a hand-written Chinese reason
// survived every test.
func TestReconciliationReasonsWordForWord(t *testing.T) {
	for _, c := range []struct {
		treasury, orders ledger.Outcome
		zh               string
	}{
		{ledger.MissingTreasury, ledger.MissingPayment, "有单量汇总 3.00 元，但税务部门和国库均无缴款记录"},
		{ledger.MissingTreasury, "", "税务部门已征收 2.00 元，国库入库报表中没有（第十七条）"},
		{ledger.MissingTax, "", "国库已收到 1.00 元，征收记录中没有（第十七条）：挂账暂存"},
		{ledger.AmountMismatch, "", "国库收到 1.00 元，税务部门征收 2.00 元（第十七条）：挂账暂存"},
		{ledger.Matched, ledger.MissingBill, "与国库对上，但没有可核对的单量汇总 × 费率（第十八条）：挂账暂存"},
		{ledger.Matched, ledger.PaymentMismatch, "实缴 1.00 元，单量汇总 × 费率应为 3.00 元（第十八条）：挂账暂存"},
		{ledger.Matched, ledger.Consistent, "与国库对上（第十七条），并与单量汇总一致（第十八条）：计入基金收入"},
	} {
		m := ledger.Match{Treasury: c.treasury, Orders: c.orders,
			Received: money.MustParse("1"), Collected: money.MustParse("2"), Due: money.MustParse("3")}
		assert.Equal(t, c.zh, m.ReasonZH(), "%s/%s", c.treasury, c.orders)
	}
}

// Each Chinese reason cites the step it failed or passed, as the English
// Reason Reconcile writes does (the golden ledger.reconcile cases compare
// each English line with its Chinese twin): 第十七条 for the treasury step,
// 第十八条 for the order summaries.
func TestReconciliationReasonsCiteTheirStep(t *testing.T) {
	en := map[[2]ledger.Outcome][]string{
		{ledger.MissingTreasury, ledger.MissingPayment}: nil,
		{ledger.MissingTreasury, ""}:                    {"第十七条"},
		{ledger.MissingTax, ""}:                         {"第十七条"},
		{ledger.AmountMismatch, ""}:                     {"第十七条"},
		{ledger.Matched, ledger.MissingBill}:            {"第十八条"},
		{ledger.Matched, ledger.PaymentMismatch}:        {"第十八条"},
		{ledger.Matched, ledger.Consistent}:             {"第十七条", "第十八条"},
	}
	for k, want := range en {
		m := ledger.Match{Treasury: k[0], Orders: k[1]}
		assert.Equal(t, want, texts28Cited(m.ReasonZH()), "%v", k)
	}
}

// A 第十六条 refund or top-up, word for word (退款所属费款账期 and 退款方向
// are 第十六条's own words), and what a direction outside the list gives.
func TestRefundZHWordForWord(t *testing.T) {
	p := testdates.Month(t, "2026-03")
	amt := money.MustParse("1.67")
	for _, c := range []struct {
		a  ledger.Adjustment
		zh string
	}{
		{ledger.Adjustment{Platform: "platform-b", Period: p, Direction: ledger.RefundDue, Amount: amt}, "退还 1.67 元，属 2026-03 费款账期（退款所属费款账期），退至 platform-b 基本账户（第十六条）"},
		{ledger.Adjustment{Platform: "platform-b", Period: p, Direction: ledger.TopUpDue, Amount: amt}, "补缴 1.67 元，属 2026-03 费款账期（第十六条）"},
	} {
		po, ok, err := ledger.Refund("r1", c.a, testdates.Day(t, "2026-05-06"), "platform-b 基本账户")
		require.NoError(t, err)
		require.True(t, ok)
		assert.Equal(t, c.zh, po.Explain(explain.Chinese), "%s", c.a.Direction)
	}
	// Nothing to book (无需退还或补缴): no posting; a direction off the
	// list is refused, never booked.
	for _, a := range []ledger.Adjustment{
		{Platform: "platform-b", Period: p, Direction: ledger.NoneDue, Amount: amt},
		{Platform: "platform-b", Period: p, Direction: ledger.RefundDue},
	} {
		_, ok, err := ledger.Refund("r1", a, testdates.Day(t, "2026-05-06"), "platform-b 基本账户")
		require.NoError(t, err)
		assert.False(t, ok)
	}
	_, ok, err := ledger.Refund("r1", ledger.Adjustment{Platform: "platform-b", Period: p, Direction: "sideways", Amount: amt}, testdates.Day(t, "2026-05-06"), "platform-b 基本账户")
	assert.False(t, ok)
	assert.ErrorIs(t, err, ledger.ErrBadDirection)
}

// Each reason of 第六十四条 names its article and its item, word for word,
// with the item's own words; an expiry is no reason of 第六十四条.
func TestEndReasonChineseWordForWord(t *testing.T) {
	for r, zh := range map[ledger.EndReason]string{
		ledger.FailedAnnualReview:  "年度考核不合格（第六十四条（一））",
		ledger.SeriousFailure:      "服务能力严重不足、服务质量严重不达标（第六十四条（二））",
		ledger.Misappropriation:    "挪用、截留、侵占保障资金（第六十四条（三））",
		ledger.Fraud:               "骗取、套取保障资金（第六十四条（四））",
		ledger.InformationSecurity: "违反信息安全管理规定（第六十四条（五））",
		ledger.OtherViolation:      "违反法律法规的其他情形（第六十四条（六））",
		ledger.Expired:             "协议到期（不禁入）",
	} {
		assert.Equal(t, zh, r.Chinese(), "%s", r)
	}
	assert.Empty(t, ledger.EndReason("other").Chinese())
}

// Each outcome of the two steps of reconciliation (第十七、十八条) has its
// own Chinese name, word for word: the treasury step names the side whose
// record is missing, the orders step what disagrees.
func TestOutcomeChineseWordForWord(t *testing.T) {
	want := map[ledger.Outcome]string{
		ledger.Matched:         "一致",
		ledger.MissingTreasury: "国库无入库记录",
		ledger.MissingTax:      "税务无征收记录",
		ledger.AmountMismatch:  "金额不一致",
		ledger.Consistent:      "与订单数据一致",
		ledger.PaymentMismatch: "实缴与应缴不一致",
		ledger.MissingBill:     "缺少订单汇总数据",
		ledger.MissingPayment:  "未缴费",
	}
	seen := map[string]ledger.Outcome{}
	for o, zh := range want {
		assert.Equal(t, zh, o.Chinese(), "%s", o)
		if prev, dup := seen[o.Chinese()]; dup {
			t.Errorf("%s and %s share the Chinese name %q", prev, o, o.Chinese())
		}
		seen[o.Chinese()] = o
	}
	assert.Empty(t, ledger.Outcome("sideways").Chinese())
}

package ledger_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// ExplainZH says what each kind of posting books in Chinese, from the
// posting's fields: the English Source is never shown to a clerk.
func TestExplainZHOfEveryPostingThePackageBuilds(t *testing.T) {
	var j ledger.Journal
	mar := mustMonth("2026-03")
	receipts := []ledger.Receipt{
		{ID: "T1", Platform: "platform-a", Period: mar, Amount: money.MustParse("9.26"), EntryDate: mustDay("2026-04-21")},
		{ID: "T2", Platform: "platform-b", Period: mar, Amount: money.MustParse("124.00"), EntryDate: mustDay("2026-04-22")},
	}
	bills := []ledger.Due{{Platform: "platform-a", Period: mar, Amount: money.MustParse("9.26")}, {Platform: "platform-b", Period: mar, Amount: money.MustParse("124.00")}}
	r, err := j.Reconcile(receipts, []ledger.Collection{
		{ID: "C1", Platform: "platform-a", Period: mar, Amount: money.MustParse("9.26")},
		{ID: "C2", Platform: "platform-b", Period: mar, Amount: money.MustParse("124.07")},
	}, bills, mustDay("2026-04-23"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 2)
	assert.Equal(t, "国库入库 T1，9.26 元，入库日期 2026-04-21：计入职业伤害保障费收入，属 2026-03 费款账期（第十七条、第十八条、第四十九条）", r.Postings[0].Explain(explain.Chinese))
	assert.Equal(t, "国库入库 T2，124.00 元，入库日期 2026-04-22：2026-03 费款账期的记录尚未核对一致，挂账暂收款（第十七条、第十八条）", r.Postings[1].Explain(explain.Chinese))
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	r, err = j.Reconcile(receipts, []ledger.Collection{
		{ID: "C1", Platform: "platform-a", Period: mar, Amount: money.MustParse("9.26")},
		{ID: "C2b", Platform: "platform-b", Period: mar, Amount: money.MustParse("124.00")},
	}, bills, mustDay("2026-04-28"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, "国库入库 T2，124.00 元，2026-03 费款账期的记录已核对一致：由暂收款转入职业伤害保障费收入，按入库日期 2026-04-22 记账（第十七条、第十八条、第四十九条）", r.Postings[0].Explain(explain.Chinese))

	// Money entered in a closed period is booked in the next open one.
	var k ledger.Journal
	k.Close(mustMonth("2026-04"))
	r, err = k.Reconcile(receipts[:1], []ledger.Collection{{ID: "C1", Platform: "platform-a", Period: mar, Amount: money.MustParse("9.26")}}, bills[:1], mustDay("2026-05-06"))
	require.NoError(t, err)
	assert.Equal(t, "国库入库 T1，9.26 元，入库日期 2026-04-21：计入职业伤害保障费收入，属 2026-03 费款账期（入库时该期间已结账：记入 2026-05）（第十七条、第十八条、第四十九条）", r.Postings[0].Explain(explain.Chinese))

	s, err := ledger.Settle("insurer-x", mar, []ledger.Payment{{ID: "P1", Date: mustDay("2026-03-05"), Insurer: "insurer-x", Worker: "w1",
		Subject: ledger.BenefitSubject(benefits.FuneralGrant), Amount: money.MustParse("33404.10")}}, money.Amount{}, mustDay("2026-04-10"))
	require.NoError(t, err)
	assert.Equal(t, "商业保险机构 insurer-x 垫付的待遇 P1，33404.10 元，应付该机构（第五十条、第五十七条）", s.Postings[0].Explain(explain.Chinese))
	assert.Equal(t, "与商业保险机构 insurer-x 结算 2026-03 垫付的待遇 33404.10 元（第五十七条）", s.Settle.Explain(explain.Chinese))

	p, ok, err := ledger.Refund("RF1", ledger.Adjustment{Platform: "platform-a", Period: mustMonth("2026-02"), Direction: ledger.RefundDue, Amount: money.MustParse("0.50")}, mustDay("2026-04-15"), "platform-a 基本存款账户")
	require.True(t, ok)
	require.NoError(t, err)
	assert.Equal(t, "退还 0.50 元，属 2026-02 费款账期（退款所属费款账期），退至 platform-a 基本存款账户（第十六条）", p.Explain(explain.Chinese))
	p, _, _ = ledger.Refund("TU1", ledger.Adjustment{Platform: "platform-a", Period: mustMonth("2026-02"), Direction: ledger.TopUpDue, Amount: money.MustParse("1.20")}, mustDay("2026-04-15"), "")
	assert.Equal(t, "补缴 1.20 元，属 2026-02 费款账期（第十六条）", p.Explain(explain.Chinese))

	item := ledger.OpenItem{PostingID: "treasury-receipt:T2", Date: mustDay("2026-04-22"), FeePeriod: mar,
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "platform-b"}, Amount: money.MustParse("124.00")}
	for refund, want := range map[string]string{
		"0.00":   "暂收款 treasury-receipt:T2（124.00 元）转入职业伤害保障费收入（第十七条、第十八条）",
		"124.00": "暂收款 treasury-receipt:T2（124.00 元）全额退还至 platform-b 基本存款账户（第十六条）",
		"0.07":   "暂收款 treasury-receipt:T2（124.00 元）：退还 0.07 元至 platform-b 基本存款账户，其余 123.93 元转入职业伤害保障费收入（第十六条、第十八条）",
	} {
		p, err := ledger.ClearHeld("CL1", item, mustDay("2026-05-02"), money.MustParse(refund), "platform-b 基本存款账户")
		require.NoError(t, err)
		assert.Equal(t, want, p.Explain(explain.Chinese), refund)
	}

	host := ledger.Posting{ID: "INT-1", Source: "专户利息收入（第四条）"}
	assert.Equal(t, "专户利息收入（第四条）", host.Explain(explain.Chinese), "a posting the host wrote: its own text")
	rev := ledger.Posting{ID: "R1", Reverses: "INT-1", Source: "entered twice"}
	assert.Equal(t, "冲销凭证 INT-1：entered twice", rev.Explain(explain.Chinese), "a reversal shows the host's own reason, in the host's words")
	rev.Source = "重复登记"
	assert.Equal(t, "冲销凭证 INT-1：重复登记", rev.Explain(explain.Chinese))
}

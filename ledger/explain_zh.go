package ledger

import (
	"strconv"
	"strings"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
)

// subjectZH names the scheme's subjects in Chinese.
var subjectZH = map[Subject]string{
	SpecialAccount: "市级社会保障基金财政专户", LevyIncome: "职业伤害保障费收入", InterestIncome: "职业伤害保障费利息收入",
	InsurerPayable: "应付商业保险机构结算款", AssessmentFee: "劳动能力鉴定费支出", ServiceFee: "委托承办服务费支出",
	Medical: "医疗待遇支出", Suspense: "暂收款", FundBalance: "基金结余",
}

// Chinese returns the subject's Chinese name (a benefit's expense subject
// is named after the benefit: 一次性伤残补助金支出), or the subject itself.
func (s Subject) Chinese() string {
	if zh, ok := subjectZH[s]; ok {
		return zh
	}
	if k, ok := strings.CutPrefix(string(s), "ozb.expense."); ok {
		if zh := benefits.Kind(k).Chinese(); zh != "" {
			return zh + "支出"
		}
	}
	return string(s)
}

// The keys of a reconciliation's and a settlement's lines: the key of a
// platform's fee period, the reason of each outcome (第十七、十八条), and
// a settlement's total, items and payments to review (第五十六、五十七条).
const (
	keyMatch          = "ledger.match"
	keyReason         = "ledger.match.reason."
	keySettlement     = "ledger.settlement"
	keySettlementItem = "ledger.settlement.item"
	keyReview         = "ledger.settlement.review"
	keySubject        = "ledger.subject"
)

// resultsEN and resultsZH are the sentences of a reconciliation's and a
// settlement's lines; subjectsEN and subjectsZH name each subject (the
// term {subject:ledger.subject}). Both join messagesEN and messagesZH.
var resultsEN = []explain.Entry{
	{Key: keyMatch, Template: "{platform} {period}: "},
	{Key: keyReason + "unpaid", Template: "an order summary of {due} 元 but no payment recorded by the tax bureau or the treasury"},
	{Key: keyReason + string(MissingTreasury), Template: "the tax bureau collected {collected} 元 that the treasury report does not show (第十七条)"},
	{Key: keyReason + string(MissingTax), Template: "the treasury received {received} 元 that the collection records do not show (第十七条): held in suspense"},
	{Key: keyReason + string(AmountMismatch), Template: "the treasury received {received} 元, the tax bureau collected {collected} 元 (第十七条): held in suspense"},
	{Key: keyReason + string(MissingBill), Template: "matched with the treasury, but no order summary × rate to check the payment against (第十八条): held in suspense"},
	{Key: keyReason + string(PaymentMismatch), Template: "paid {received} 元, the order summaries × rate make {due} 元 (第十八条): held in suspense"},
	{Key: keyReason + string(Consistent), Template: "matched (第十七条) and consistent with the order summaries (第十八条): the scheme's income"},
	{Key: keySettlement, Template: "{insurer} {month}: benefits paid {total} 元 in all, settled in {settle_in} (第五十七条)"},
	{Key: keySettlementItem, Template: "  {subject}: {count} payment(s), {amount} 元"},
	{Key: keyReview, Template: "  {payment} above the warning limit: to be reviewed (第五十六条)"},
}

var resultsZH = []explain.Entry{
	{Key: keyMatch, Template: "{platform} {period}："},
	{Key: keyReason + "unpaid", Template: "有单量汇总 {due} 元，但税务部门和国库均无缴款记录"},
	{Key: keyReason + string(MissingTreasury), Template: "税务部门已征收 {collected} 元，国库入库报表中没有（第十七条）"},
	{Key: keyReason + string(MissingTax), Template: "国库已收到 {received} 元，征收记录中没有（第十七条）：挂账暂存"},
	{Key: keyReason + string(AmountMismatch), Template: "国库收到 {received} 元，税务部门征收 {collected} 元（第十七条）：挂账暂存"},
	{Key: keyReason + string(MissingBill), Template: "与国库对上，但没有可核对的单量汇总 × 费率（第十八条）：挂账暂存"},
	{Key: keyReason + string(PaymentMismatch), Template: "实缴 {received} 元，单量汇总 × 费率应为 {due} 元（第十八条）：挂账暂存"},
	{Key: keyReason + string(Consistent), Template: "与国库对上（第十七条），并与单量汇总一致（第十八条）：计入基金收入"},
	{Key: keySettlement, Template: "{insurer} {month} 垫付的待遇合计 {total} 元，于 {settle_in} 结算（第五十七条）"},
	{Key: keySettlementItem, Template: "  {subject:ledger.subject}（{subject}）：{count} 笔，{amount} 元"},
	{Key: keyReview, Template: "  {payment} 超过预警金额，需复核（第五十六条）"},
}

// subjectNames are the term entries naming every subject: its Chinese name
// (Subject.Chinese), or in English the subject itself.
func subjectNames(lang explain.Lang) []explain.Entry {
	var out []explain.Entry
	for _, s := range Subjects() {
		name := string(s)
		if lang == explain.Chinese {
			name = s.Chinese()
		}
		out = append(out, explain.Entry{Key: keySubject + "." + string(s), Template: name})
	}
	return out
}

// reasonStep is why m's key was or was not booked, from its outcomes and
// amounts: the step Reconcile renders in English into Reason, and ReasonZH
// in Chinese.
func (m Match) reasonStep() explain.Step {
	// The figures are written only for the reasons that cite them: a
	// consistent key (the common case) costs no allocation.
	received := func() explain.Value { return explain.Value{Name: "received", Value: m.Received.String(), Unit: "元"} }
	collected := func() explain.Value {
		return explain.Value{Name: "collected", Value: m.Collected.String(), Unit: "元"}
	}
	due := func() explain.Value { return explain.Value{Name: "due", Value: m.Due.String(), Unit: "元"} }
	st := explain.Step{Key: keyReason + string(Consistent), Articles: articles17and18}
	switch {
	case m.Treasury == MissingTreasury && m.Orders == MissingPayment:
		st.Key, st.Inputs = keyReason+"unpaid", []explain.Value{due()}
	case m.Treasury == MissingTreasury:
		st.Key, st.Articles, st.Inputs = keyReason+string(MissingTreasury), articles17, []explain.Value{collected()}
	case m.Treasury == MissingTax:
		st.Key, st.Articles, st.Inputs = keyReason+string(MissingTax), articles17, []explain.Value{received()}
	case m.Treasury == AmountMismatch:
		st.Key, st.Articles, st.Inputs = keyReason+string(AmountMismatch), articles17, []explain.Value{received(), collected()}
	case m.Orders == MissingBill:
		st.Key, st.Articles = keyReason+string(MissingBill), articles18
	case m.Orders == PaymentMismatch:
		st.Key, st.Articles, st.Inputs = keyReason+string(PaymentMismatch), articles18, []explain.Value{received(), due()}
	}
	return st
}

// The articles a match's reason cites (shared, never written to).
var (
	articles17and18 = []string{"第十七条", "第十八条"}
	articles17      = []string{"第十七条"}
	articles18      = []string{"第十八条"}
)

// ReasonZH returns m's Reason in Chinese, built from its outcomes and
// amounts (the same figures, two decimals, in 元).
func (m Match) ReasonZH() string {
	return render(explain.Chinese, explain.Explanation{m.reasonStep()})
}

// Explain returns one line a period in lang: the platform, the fee period
// and why (Match.Reason in English, Match.ReasonZH in Chinese), rendered
// from the match's outcomes and amounts.
func (r Reconciliation) Explain(lang explain.Lang) []string {
	var out []string
	for _, m := range r.Matches {
		key := explain.Step{Key: keyMatch, Inputs: []explain.Value{{Name: "platform", Value: m.Key.Platform}, {Name: "period", Value: m.Key.Period.String()}}}
		out = append(out, render(lang, explain.Explanation{key, m.reasonStep()}))
	}
	return out
}

// Explain describes the settlement in lang (Chinese for explain.Chinese,
// English for any other): the total by item, the month it is settled in
// (第五十七条) and the payments above the warning limit (第五十六条).
func (s Settlement) Explain(lang explain.Lang) []string {
	out := []string{render(lang, explain.Explanation{{Key: keySettlement, Articles: []string{"第五十七条"}, Inputs: []explain.Value{
		{Name: "insurer", Value: s.Insurer}, {Name: "month", Value: s.Month.String()},
		{Name: "total", Value: s.Total.String(), Unit: "元"}, {Name: "settle_in", Value: s.SettleIn.String()}}}})}
	for _, t := range s.ByItem {
		out = append(out, render(lang, explain.Explanation{{Key: keySettlementItem, Inputs: []explain.Value{
			{Name: "subject", Value: string(t.Subject)}, {Name: "count", Value: strconv.Itoa(t.Count)}, {Name: "amount", Value: t.Amount.String(), Unit: "元"}}}}))
	}
	for _, p := range s.Review {
		out = append(out, render(lang, explain.Explanation{{Key: keyReview, Articles: []string{"第五十六条"}, Inputs: []explain.Value{{Name: "payment", Value: p.ID}}}}))
	}
	return out
}

package ledger

import (
	"fmt"
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

// ReasonZH returns m's Reason in Chinese, built from its outcomes and
// amounts (the same figures, two decimals, in 元).
func (m Match) ReasonZH() string {
	r, c, d := m.Received.String(), m.Collected.String(), m.Due.String()
	switch m.Treasury {
	case MissingTreasury:
		if m.Orders == MissingPayment {
			return "有单量汇总 " + d + " 元，但税务部门和国库均无缴款记录"
		}
		return "税务部门已征收 " + c + " 元，国库入库报表中没有（第十七条）"
	case MissingTax:
		return "国库已收到 " + r + " 元，征收记录中没有（第十七条）：挂账暂存"
	case AmountMismatch:
		return "国库收到 " + r + " 元，税务部门征收 " + c + " 元（第十七条）：挂账暂存"
	}
	switch m.Orders {
	case MissingBill:
		return "与国库对上，但没有可核对的单量汇总 × 费率（第十八条）：挂账暂存"
	case PaymentMismatch:
		return "实缴 " + r + " 元，单量汇总 × 费率应为 " + d + " 元（第十八条）：挂账暂存"
	}
	return "与国库对上（第十七条），并与单量汇总一致（第十八条）：计入基金收入"
}

// Explain returns one line a period in lang: the platform, the fee period
// and why (Match.Reason in English, Match.ReasonZH in Chinese).
func (r Reconciliation) Explain(lang explain.Lang) []string {
	var out []string
	for _, m := range r.Matches {
		if lang == explain.Chinese {
			out = append(out, m.Key.Platform+" "+m.Key.Period.String()+"："+m.ReasonZH())
		} else {
			out = append(out, m.Key.Platform+" "+m.Key.Period.String()+": "+m.Reason)
		}
	}
	return out
}

// Explain describes the settlement in lang (Chinese for explain.Chinese,
// English for any other): the total by item, the month it is settled in
// (第五十七条) and the payments above the warning limit (第五十六条).
func (s Settlement) Explain(lang explain.Lang) []string {
	if lang != explain.Chinese {
		out := []string{fmt.Sprintf("%s %s: benefits paid %s 元 in all, settled in %s (第五十七条)", s.Insurer, s.Month, s.Total.String(), s.SettleIn)}
		for _, t := range s.ByItem {
			out = append(out, fmt.Sprintf("  %s: %d payment(s), %s 元", t.Subject, t.Count, t.Amount.String()))
		}
		for _, p := range s.Review {
			out = append(out, fmt.Sprintf("  %s above the warning limit: to be reviewed (第五十六条)", p.ID))
		}
		return out
	}
	out := []string{fmt.Sprintf("%s %s 垫付的待遇合计 %s 元，于 %s 结算（第五十七条）", s.Insurer, s.Month, s.Total.String(), s.SettleIn)}
	for _, t := range s.ByItem {
		out = append(out, fmt.Sprintf("  %s（%s）：%d 笔，%s 元", t.Subject.Chinese(), t.Subject, t.Count, t.Amount.String()))
	}
	for _, p := range s.Review {
		out = append(out, fmt.Sprintf("  %s 超过预警金额，需复核（第五十六条）", p.ID))
	}
	return out
}

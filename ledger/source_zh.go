package ledger

import (
	"strings"
	"unicode"

	"github.com/zhishang/zhishang/calendar"
)

// SourceZH says in Chinese what a posting books, for a clerk's journal
// line (摘要), from the posting's fields, never from its English Source:
//
//   - a posting the package built (Origin): a treasury receipt booked as
//     levy income or held in suspense (第十七、十八、四十九条), its clearing
//     out of suspense, an insurer's payment of a benefit or its monthly
//     settlement (第五十、五十七条); with the later period it is booked in
//     when the money entered a closed one (第十八条);
//   - a reversal (Reverses): 冲销 and the posting it reverses;
//   - a clearing of an open item the host made (ClearHeld, Clears): what
//     became levy income and what went back (第十六、十七、十八条);
//   - a 第十六条 refund or top-up (Refund: a fee period and the two lines
//     levy income / special account);
//   - any other posting the host wrote: its Source, which is the host's own
//     text (write it in Chinese for a clerk).
func (p Posting) SourceZH() string {
	switch p.Origin.Kind {
	case TreasuryReceipt:
		if p.hasLine(Suspense, false) {
			return "国库入库记录 " + p.Origin.Ref + "：对账尚未一致，挂暂收款待核（第十七、十八条）" + p.lateZH()
		}
		return "国库入库记录 " + p.Origin.Ref + "：对账一致，记为保障费收入（第十七、十八、四十九条）" + p.lateZH()
	case SuspenseClearing:
		return "国库入库记录 " + p.Origin.Ref + "：对账已一致，由暂收款转为保障费收入，按入库日 " + dateZH(p.EntryDate) + " 计（第十七、十八、四十九条）" + p.lateZH()
	case BenefitPayment:
		return "商业保险机构支付待遇，支付记录 " + p.Origin.Ref + "，领取人 " + p.Counterparty.ID + "（第五十、五十七条）"
	case InsurerSettlement:
		return "与商业保险机构 " + p.Origin.Ref + " 结算 " + p.Origin.Month.String() + " 垫付的待遇（第五十七条）"
	}
	switch {
	case p.Reverses != "":
		s := "冲销 " + p.Reverses
		if hasHanZH(p.Source) {
			s += "：" + p.Source
		}
		return s
	case p.Clears != "":
		var income, back string
		for _, l := range p.Lines {
			switch {
			case l.Subject == LevyIncome && l.Credit.Sign() > 0:
				income = l.Credit.String()
			case l.Subject == SpecialAccount && l.Credit.Sign() > 0:
				back = l.Credit.String()
			}
		}
		s := "暂收款 " + p.Clears + " 核销（入库日 " + dateZH(p.EntryDate) + "）："
		switch {
		case back == "":
			return s + "转为保障费收入 " + income + " 元（第十七、十八条）"
		case income == "":
			return s + "全额 " + back + " 元退还平台企业（第十六条）"
		}
		return s + "退还平台企业 " + back + " 元（第十六条），其余 " + income + " 元转为保障费收入"
	case !p.FeePeriod.IsZero() && len(p.Lines) == 2 && p.hasLine(LevyIncome, true) && p.hasLine(SpecialAccount, false):
		return "第十六条：退还 " + p.FeePeriod.String() + " 费款账期多缴的保障费 " + p.Lines[0].Debit.String() + " 元（退款所属费款账期 " + p.FeePeriod.String() + "）"
	case !p.FeePeriod.IsZero() && len(p.Lines) == 2 && p.hasLine(SpecialAccount, true) && p.hasLine(LevyIncome, false):
		return "第十六条：补缴 " + p.FeePeriod.String() + " 费款账期少缴的保障费 " + p.Lines[0].Debit.String() + " 元"
	}
	return p.Source
}

// hasLine reports whether p has a line of s on the debit side (debit true)
// or the credit side.
func (p Posting) hasLine(s Subject, debit bool) bool {
	for _, l := range p.Lines {
		if l.Subject == s && (l.Debit.Sign() > 0) == debit {
			return true
		}
	}
	return false
}

// lateZH says that money entered the treasury in a closed period is booked
// in a later one (第十八条), as lateNote does in English; "" when it is not.
func (p Posting) lateZH() string {
	entry := p.EntryDate
	if entry.IsZero() {
		entry = p.Date
	}
	switch {
	case entry.IsZero() || p.Period == calendar.MonthOfDate(entry):
		return ""
	case p.Period.Year() > entry.Year():
		return "；" + entry.String() + " 入库时该年度已结账，记入 " + p.Period.String() + "，列为以前年度入库"
	}
	return "；" + entry.String() + " 入库时该期间已结账，记入 " + p.Period.String()
}

// dateZH is a date, or 未知 when it is zero.
func dateZH(d calendar.Date) string {
	if d.IsZero() {
		return "未知"
	}
	return d.String()
}

func hasHanZH(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

package ledger

// Chinese is the EndReason's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (e EndReason) Chinese() string {
	switch e {
	case FailedAnnualReview:
		return "年度考核不合格（第六十四条（一））"
	case SeriousFailure:
		return "服务能力严重不足、服务质量严重不达标（第六十四条（二））"
	case Misappropriation:
		return "挪用、截留、侵占保障资金（第六十四条（三））"
	case Fraud:
		return "骗取、套取保障资金（第六十四条（四））"
	case InformationSecurity:
		return "违反信息安全管理规定（第六十四条（五））"
	case OtherViolation:
		return "违反法律法规的其他情形（第六十四条（六））"
	case Expired:
		return "协议到期（不禁入）"
	}
	return ""
}

// Chinese is the OriginKind's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (o OriginKind) Chinese() string {
	switch o {
	case TreasuryReceipt:
		return "国库入库记录"
	case SuspenseClearing:
		return "暂收款转收入"
	case BenefitPayment:
		return "商业保险机构支付的待遇"
	case InsurerSettlement:
		return "与商业保险机构的月度结算"
	}
	return ""
}

// Chinese is the Type's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (t Type) Chinese() string {
	switch t {
	case Asset:
		return "资产类"
	case Liability:
		return "负债类"
	case Income:
		return "收入类"
	case Expense:
		return "支出类"
	case NetAssets:
		return "净资产类"
	}
	return ""
}

// Chinese is the rule's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (r ClosedYearRule) Chinese() string {
	switch r {
	case BookInOpenYear:
		return "记入未结账的年度，列为以前年度入库（默认；已结账年度的汇总不改写）"
	case RefuseClosedYear:
		return "拒绝记账，待调用方重新打开入库期间"
	}
	return ""
}

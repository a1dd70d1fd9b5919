package ledger

// Chinese returns the outcome's Chinese name (第十七、十八条): 一致,
// 国库无入库记录, 金额不一致, …; "" for a value that is not an Outcome.
//
//	ledger.MissingTreasury.Chinese() // "国库无入库记录"
func (o Outcome) Chinese() string {
	switch o {
	case Matched:
		return "一致"
	case MissingTreasury:
		return "国库无入库记录"
	case MissingTax:
		return "税务无征收记录"
	case AmountMismatch:
		return "金额不一致"
	case Consistent:
		return "与订单数据一致"
	case PaymentMismatch:
		return "实缴与应缴不一致"
	case MissingBill:
		return "缺少订单汇总数据"
	case MissingPayment:
		return "未缴费"
	}
	return ""
}

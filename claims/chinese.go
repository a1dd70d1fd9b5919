package claims

// Chinese returns the state's Chinese name as the golden dictionary and
// reports show it (第二十至三十一条, 第四十四条): 新案件 for StateNew, 已受理,
// 已确认为职业伤害, …; "" for a value that is not a State.
//
//	claims.StateAccepted.Chinese() // "已受理"
func (s State) Chinese() string {
	switch s {
	case StateNew:
		return "新案件"
	case StateReported:
		return "已报案"
	case StateApplied:
		return "已申请"
	case StateAccepted:
		return "已受理"
	case StateConfirmed:
		return "已确认为职业伤害"
	case StateNotConfirmed:
		return "不予确认"
	case StateDelivered:
		return "结论已送达"
	case StateAssessed:
		return "已作劳动能力鉴定"
	case StateBenefitApplied:
		return "已申请待遇"
	case StateBenefitAccepted:
		return "待遇申请已受理"
	case StateSupplementRequested:
		return "待补正材料"
	case StateReviewApproved:
		return "审核通过"
	case StateReviewRefused:
		return "审核不通过"
	case StateBenefits:
		return "已核定待遇"
	case StateWithdrawn:
		return "已撤回"
	}
	return ""
}

// Chinese returns the situation's Chinese name (第十九条, 第二十四条):
// 接单过程中的事故, 上下班途中（往返）的交通事故, …; "" for a value that is
// not a Situation.
//
//	claims.SituationCommute.Chinese() // "上下班途中（往返）的交通事故"
func (s Situation) Chinese() string {
	switch s {
	case SituationOrderAccident:
		return "接单过程中的事故"
	case SituationCommute:
		return "上下班途中（往返）的交通事故"
	case SituationSuddenDeath:
		return "突发疾病死亡"
	case SituationRescue:
		return "抢险救灾等维护公共利益"
	case SituationVeteran:
		return "退役军人旧伤复发"
	}
	return ""
}

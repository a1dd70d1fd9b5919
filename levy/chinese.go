package levy

// Chinese returns the instant-delivery level's Chinese name with its code
// (第十一条; its amount is the base parameter the rate cites).
func (l Level) Chinese() string {
	switch l {
	case LevelLower:
		return "较低档"
	case LevelHigher:
		return "较高档"
	}
	return string(l)
}

// Chinese is the adjustment's Chinese name: 退还多缴, 补足少缴 or 无需退补;
// "" for a value outside the list.
func (k AdjustmentKind) Chinese() string {
	switch k {
	case Refund:
		return "退还多缴"
	case TopUp:
		return "补足少缴"
	case NoneDue:
		return "无需退补"
	}
	return ""
}

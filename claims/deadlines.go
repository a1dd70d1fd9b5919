package claims

import "github.com/zhishang/zhishang/calendar"

// The working-day periods after acceptance.
const (
	DecisionWorkdays      = 30 // 第二十六条第一款: 在 30 个工作日内作出确认结论
	ClearDecisionWorkdays = 7  // 第二十六条第一款: 事实清楚、证据充分、权利义务明确的 … 7 个工作日内
	DeliveryWorkdays      = 3  // 第二十七条: 作出职业伤害确认结论之日起 3 个工作日内送达
	ReviewWorkdays        = 20 // 第四十四条第三款: 自受理之日起 20 个工作日内作出审核意见
	SupplementWorkdays    = 5  // 第四十四条第三款: 申请人应当在 5 个工作日内补正全部材料
)

// DecisionDeadline is the day by which the district bureau decides an
// application accepted on the given day: the 30th working day after it, or
// the 7th for a clear case (第二十六条).
func DecisionDeadline(cal *calendar.Calendar, accepted calendar.Date, clear bool) (calendar.Deadline, error) {
	if clear {
		return cal.WithinWorkdays(accepted, ClearDecisionWorkdays)
	}
	return cal.WithinWorkdays(accepted, DecisionWorkdays)
}

// DeliveryDeadline is the day by which the conclusion made on the given day
// is delivered: the 3rd working day after it (第二十七条).
func DeliveryDeadline(cal *calendar.Calendar, decided calendar.Date) (calendar.Deadline, error) {
	return cal.WithinWorkdays(decided, DeliveryWorkdays)
}

// ReviewDeadline is the day by which the agency gives its review of a
// benefit application it accepted on the given day: the 20th working day
// after it (第四十四条第三款).
func ReviewDeadline(cal *calendar.Calendar, accepted calendar.Date) (calendar.Deadline, error) {
	return cal.WithinWorkdays(accepted, ReviewWorkdays)
}

// SupplementDeadline is the day by which an applicant asked on the given day
// to supplement materials must do so: the 5th working day after it
// (第四十四条第三款).
func SupplementDeadline(cal *calendar.Calendar, asked calendar.Date) (calendar.Deadline, error) {
	return cal.WithinWorkdays(asked, SupplementWorkdays)
}

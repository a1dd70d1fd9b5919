package claims

import (
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/errcode"
)

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

// Chinese is the Advance's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (a Advance) Chinese() string {
	switch a {
	case AdvanceNone:
		return "无先行支付"
	case AdvancePlatform:
		return "平台先行支付"
	case AdvanceThird:
		return "第三人先行支付"
	}
	return ""
}

// Chinese is the BeforeInForce's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (b BeforeInForce) Chinese() string {
	switch b {
	case BeforeInForceNote:
		return "照常计算并注明本规程尚未施行（默认）"
	case BeforeInForceRefuse:
		return "不予计算，报错"
	}
	return ""
}

// Chinese is the DecisionClock's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (d DecisionClock) Chinese() string {
	switch d {
	case ClockFromAcceptance:
		return "两个期限均自受理之日起算（受理时事实清楚的7个工作日，否则30个工作日；默认）"
	case ClockFromFoundClear:
		return "受理后查清事实的，自查清之日起另计7个工作日（不超过受理后30个工作日）"
	}
	return ""
}

// Chinese is the EventKind's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (e EventKind) Chinese() string {
	switch e {
	case EventReport:
		return "报案"
	case EventExtension:
		return "申请延长申请期限（第二十二条第一款）"
	case EventApply:
		return "提出申请"
	case EventAccept:
		return "受理"
	case EventMaterialsToFollow:
		return "容缺受理，材料待补"
	case EventFactsClear:
		return "查明事实清楚"
	case EventWithdraw:
		return "撤回"
	case EventDecide:
		return "作出确认结论"
	case EventDeliver:
		return "送达结论"
	case EventAssess:
		return "劳动能力鉴定"
	case EventBenefitApply:
		return "申请待遇（第四十四条）"
	case EventBenefitAccept:
		return "受理待遇申请"
	case EventSupplementRequested:
		return "要求补正材料"
	case EventSupplemented:
		return "补正材料"
	case EventReview:
		return "审核"
	case EventBenefits:
		return "核定待遇"
	}
	return ""
}

// Chinese is the LateCostFrom's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (l LateCostFrom) Chinese() string {
	switch l {
	case LateCostFromAccident:
		return "自事故发生之日起"
	case LateCostAfterWindow:
		return "自申请期限届满之日起"
	}
	return ""
}

// Chinese is the LateCostTo's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (l LateCostTo) Chinese() string {
	switch l {
	case LateCostToAcceptance:
		return "至受理之日"
	case LateCostToFiling:
		return "至提出申请之日"
	}
	return ""
}

// Chinese is the Material's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (m Material) Chinese() string {
	switch m {
	case MatApplicationForm:
		return "职业伤害待遇给付申请表"
	case MatIdentity:
		return "身份证明"
	case MatScene:
		return "事故现场证据"
	case MatOrderData:
		return "订单数据"
	case MatTrack:
		return "轨迹数据"
	case MatDiagnosis:
		return "医疗诊断证明"
	case MatPaymentAccount:
		return "待遇支付账户"
	case MatAdvanceByPlatform:
		return "平台先行支付凭证"
	case MatAdvanceByThird:
		return "第三人先行支付凭证"
	case MatConsent:
		return "知情同意书"
	case MatPoliceProof:
		return "公安机关交通事故认定等证明"
	case MatCommuteProof:
		return "上下班途中的证明"
	case MatRescueDeath:
		return "抢救及死亡证明"
	case MatPublicInterest:
		return "维护公共利益的证明"
	case MatVeteranProof:
		return "残疾军人证"
	}
	return ""
}

// Chinese is the Outcome's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (o Outcome) Chinese() string {
	switch o {
	case Responsible:
		return "认定为责任平台"
	case Investigate:
		return "需调查核实"
	}
	return ""
}

// itemNamesZH are the Chinese names of the deadlines Rulebook.Deadlines
// lists (Item.Name), for a clerk.
var itemNamesZH = map[string]string{
	"platform applies (30 days)":                             "平台提出申请（30日）",
	"worker, close relative or union applies (90 days)":      "劳动者、近亲属或工会提出申请（90日）",
	"no extension past the 工伤保险条例 第十七条 period":               "延期不超过工伤认定申请期限（工伤保险条例 第十七条）",
	"decision (30 working days)":                             "作出确认结论（30个工作日）",
	"decision, clear case (7 working days)":                  "作出确认结论，事实清楚（7个工作日）",
	"decision, clear case (7 working days, at most 30)":      "作出确认结论，事实清楚（7个工作日，至多30个）",
	"delivery of the conclusion (3 working days)":            "送达结论（3个工作日）",
	"agency's review of the benefit claim (20 working days)": "经办机构审核待遇申请（20个工作日）",
	"applicant supplements the materials (5 working days)":   "申请人补正材料（5个工作日）",
}

// NameZH is the item's name in Chinese (平台提出申请（30日）…), or Name
// itself for a name Deadlines does not give.
func (it Item) NameZH() string {
	if zh, ok := itemNamesZH[it.Name]; ok {
		return zh
	}
	return it.Name
}

// errChinese is err said in Chinese, for a reason that quotes it: the
// first error in its tree (depth first, as errors.As walks it) with a
// Chinese method that is not a bare code (*calendar.YearNotCoveredError,
// a FieldError…), else its code's Chinese, else its message; "" for nil.
func errChinese(err error) string {
	if err == nil {
		return ""
	}
	if zh := detailedChinese(err, 0); zh != "" {
		return zh
	}
	if c := errcode.Of(err); !c.IsZero() {
		return c.Chinese()
	}
	return err.Error()
}

func detailedChinese(err error, depth int) string {
	if err == nil || depth > 32 {
		return ""
	}
	if z, ok := err.(interface{ Chinese() string }); ok {
		if _, bare := err.(errcode.Code); !bare && z.Chinese() != "" {
			return z.Chinese()
		}
	}
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		return detailedChinese(x.Unwrap(), depth+1)
	case interface{ Unwrap() []error }:
		for _, e := range x.Unwrap() {
			if zh := detailedChinese(e, depth+1); zh != "" {
				return zh
			}
		}
	}
	return ""
}

// zhError is an error worded in both languages: err (its English message
// and its tree, for errors.Is) and zh, its Chinese with the same figures.
type zhError struct {
	err error
	zh  string
}

func withZH(err error, zh string) error { return &zhError{err, zh} }

func (e *zhError) Error() string   { return e.err.Error() }
func (e *zhError) Unwrap() error   { return e.err }
func (e *zhError) Chinese() string { return e.zh }

// codeZH gives err (of code) the Chinese of code, then zh formatted with a:
// the detail of its English with the same figures.
func codeZH(code errcode.Code, err error, zh string, a ...any) error {
	return withZH(err, code.Chinese()+"："+fmt.Sprintf(zh, a...))
}

// dateFieldZH names a case's dates (their JSON keys) in Chinese.
var dateFieldZH = map[string]string{
	"accident": "事故日期", "applied_on": "申请日期", "accepted_on": "受理日期", "clear_on": "查清事实日期",
	"decided_on": "作出结论日期", "delivered_on": "送达日期", "assessed_on": "劳动能力鉴定日期", "reported_on": "报告日期",
	"platform_extension.requested_on": "平台企业申请延期日期", "worker_extension.requested_on": "劳动者一方申请延期日期",
	"benefit_applied_on": "申请待遇日期", "benefit_accepted_on": "受理待遇申请日期", "supplement_requested_on": "要求补正日期",
	"supplemented_on": "补正日期", "reviewed_on": "审核日期", "withdrawn_on": "撤回日期",
}

// dateZH is a case date's Chinese name and its key: 申请日期（applied_on）.
func dateZH(key string) string {
	if zh, ok := dateFieldZH[key]; ok {
		return zh + "（" + key + "）"
	}
	return key
}

// beforeZH names refuseBefore's days in Chinese.
var beforeZH = map[string]string{"accident": "事故", "conclusion": "确认结论", "benefit claim accepted": "受理待遇申请", "supplement requested": "要求补正材料"}

// platformLateZH says that whether the platform was late is unknown: the
// filing day, the platform's window (its text already says why when the
// day is unknown) and why, when the window's text does not say it.
func platformLateZH(filedOn fmt.Stringer, window, why string) string {
	s := fmt.Sprintf("平台企业是否逾期申请尚不能判断（%s 提出申请，平台企业的申请期限 %s）", filedOn, window)
	if !strings.Contains(window, why) {
		s += "：" + why
	}
	return s
}

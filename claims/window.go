// Package claims follows an occupational injury from the accident to the
// confirmation under 沪人社福〔2025〕373号 第四章: who may apply and by when
// (第二十一、二十二条), whether the month is covered (第四十三条), which
// situations count and what evidence each needs (第十九、二十三、二十四、
// 二十五条), how fast the district bureau must decide and deliver and the
// agency review (第二十六、二十七、四十四条), one confirmation per accident
// and which platform is responsible when the worker carried orders of
// several (第二十八条), and the case's lifecycle (第三十、三十一条).
//
// Every deadline comes from package calendar and carries its explanation.
// The package is pure: the host stores cases and passes them in.
package claims

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
)

// Applicant is who applies for the benefits (职业伤害待遇给付申请).
type Applicant string

const (
	// ApplicantPlatform: the platform enterprise (第二十一条第一款).
	ApplicantPlatform Applicant = "platform"
	// ApplicantServiceAgency: a Shanghai platform service agency the
	// platform entrusted (第二十一条第二款); it applies in the platform's window.
	ApplicantServiceAgency Applicant = "service_agency"
	// ApplicantWorker, ApplicantRelative and ApplicantUnion apply when the
	// platform has not (第二十一条第三款).
	ApplicantWorker   Applicant = "worker"
	ApplicantRelative Applicant = "close_relative"
	ApplicantUnion    Applicant = "union"
)

// PlatformSide reports whether a applies in the platform's 30-day window.
func (a Applicant) PlatformSide() bool {
	return a == ApplicantPlatform || a == ApplicantServiceAgency
}

// Valid reports whether a is one of the five applicants.
func (a Applicant) Valid() bool {
	switch a {
	case ApplicantPlatform, ApplicantServiceAgency, ApplicantWorker, ApplicantRelative, ApplicantUnion:
		return true
	}
	return false
}

// The application windows of 第二十一条, in days from the accident.
const (
	PlatformWindowDays = 30 // 平台企业应当在事故伤害发生之日起 30 日内
	WorkerWindowDays   = 90 // 新就业形态人员或者其近亲属、工会组织在事故伤害发生之日起 90 日内
)

// LateCostFrom is where the platform's liability for costs begins when it
// applied late (第二十二条第二款).
type LateCostFrom string

const (
	// LateCostAfterWindow: costs dated after the last day of the platform's
	// 30-day window (the day after it closes) up to the day it applied.
	LateCostAfterWindow LateCostFrom = "after_window"
	// LateCostFromAccident: costs from the accident day up to the day it
	// applied, the reading of the same words of 工伤保险条例 第十七条第四款
	// that counts "在此期间" from the accident.
	LateCostFromAccident LateCostFrom = "from_accident"
)

// Rules are the readings and parameters the package needs where the
// regulation leaves a choice. DefaultRules gives the documented defaults.
type Rules struct {
	// ExtensionCapMonths caps every extension (第二十二条第一款: 最长均不得超过
	// 《工伤保险条例》第十七条规定的工伤认定申请期限). Default 12: the 1-year
	// period of 第十七条第二款, counted from the accident as calendar counts
	// months. Reading for the platform's side: "均" puts both sides under
	// the same cap; 第十七条 gives the employer 30 days "extendable" with no
	// outer limit of its own, so the 1-year period is the platform's cap too.
	ExtensionCapMonths int `json:"extension_cap_months"`
	// LateCostFrom: where the platform's late-filing liability starts.
	// Default LateCostAfterWindow.
	LateCostFrom LateCostFrom `json:"late_cost_from"`
	// KeyMaterials are the materials without which an application is not
	// accepted even under 容缺受理 (第二十五条); see DefaultKeyMaterials.
	KeyMaterials []Material `json:"key_materials"`
	// OverlapMeters is the default route-overlap judgement's tolerance
	// (第二十八条): two routes overlap when both pass within this distance of
	// the accident place. Default 200.
	OverlapMeters float64 `json:"overlap_meters"`
}

// DefaultRules returns the defaults documented on each field of Rules.
func DefaultRules() Rules {
	return Rules{ExtensionCapMonths: 12, LateCostFrom: LateCostAfterWindow, KeyMaterials: DefaultKeyMaterials(), OverlapMeters: 200}
}

// ErrBadRules is wrapped by Rules.Validate's errors.
var ErrBadRules = errors.New("claims: invalid rules")

// Validate checks r.
func (r Rules) Validate() error {
	switch {
	case r.ExtensionCapMonths < 1:
		return fmt.Errorf("%w: extension_cap_months %d", ErrBadRules, r.ExtensionCapMonths)
	case r.LateCostFrom != LateCostAfterWindow && r.LateCostFrom != LateCostFromAccident:
		return fmt.Errorf("%w: late_cost_from %q (want after_window or from_accident)", ErrBadRules, r.LateCostFrom)
	case !(r.OverlapMeters > 0):
		return fmt.Errorf("%w: overlap_meters must be positive", ErrBadRules)
	}
	for _, m := range r.KeyMaterials {
		if !m.Valid() {
			return fmt.Errorf("%w: unknown key material %q", ErrBadRules, m)
		}
	}
	return nil
}

// Windows are the application deadlines of one accident (第二十一条).
type Windows struct {
	Accident calendar.Date
	// Platform: the platform (or its service agency) applies by this day.
	Platform calendar.Deadline
	// Worker: the worker, a close relative or the union applies by this
	// day when the platform has not.
	Worker calendar.Deadline
	// Cap: no extension runs past this day (第二十二条第一款).
	Cap calendar.Deadline
	// CapRaw is the cap's last day before any move over days off (the
	// corresponding day 12 months on); it is known even when the calendar
	// cannot yet say whether that day is a day off.
	CapRaw calendar.Date
	// CapErr is why Cap could not be computed (typically: the cap falls in
	// a year the calendar has no schedule for yet); Cap is then zero, and an
	// extension that ends by CapRaw is still judged within the cap.
	CapErr error
}

// ApplicationWindows returns the windows of an accident on the given day:
// 30 and 90 days counted as calendar.WithinDays counts them (the accident's
// day not counted, a last day off moved to the next working day), and the
// extension cap.
func ApplicationWindows(cal *calendar.Calendar, rules Rules, accident calendar.Date) (Windows, error) {
	if err := rules.Validate(); err != nil {
		return Windows{}, err
	}
	w := Windows{Accident: accident}
	var err error
	if w.Platform, err = cal.WithinDays(accident, PlatformWindowDays); err != nil {
		return Windows{}, err
	}
	if w.Worker, err = cal.WithinDays(accident, WorkerWindowDays); err != nil {
		return Windows{}, err
	}
	capMonth, err := calendar.MonthOfDate(accident).AddMonths(rules.ExtensionCapMonths)
	if err != nil {
		return Windows{}, err
	}
	day := accident.Day()
	if last := capMonth.Last().Day(); day > last {
		day = last
	}
	if w.CapRaw, err = capMonth.Day(day); err != nil {
		return Windows{}, err
	}
	w.Cap, w.CapErr = cal.WithinMonths(accident, rules.ExtensionCapMonths)
	return w, nil
}

// For returns the deadline of applicant's window.
func (w Windows) For(a Applicant) calendar.Deadline {
	if a.PlatformSide() {
		return w.Platform
	}
	return w.Worker
}

// Extension is a request to apply after the window (第二十二条第一款: 应在申请
// 期限到期前...说明合理原因...经区人力资源社会保障局同意后，申请时限可以适当延长).
type Extension struct {
	Applicant   Applicant     `json:"applicant"`
	RequestedOn calendar.Date `json:"requested_on"`
	Reason      string        `json:"reason"`
	Approved    bool          `json:"approved"`
	// Until is the extended deadline the bureau granted.
	Until calendar.Date `json:"until"`
}

// ExtensionResult is the judgement of an extension request.
type ExtensionResult struct {
	Granted bool
	// Deadline is the applicant's deadline after the judgement: Until when
	// granted, else the window's own.
	Deadline calendar.Date
	Reasons  []string
}

// Errors of extensions and filings.
var (
	ErrExtensionLate     = errors.New("claims: extension requested after the window closed (第二十二条第一款: 应在申请期限到期前)")
	ErrExtensionNoReason = errors.New("claims: extension without a reason (第二十二条第一款: 说明合理原因)")
	ErrExtensionPastCap  = errors.New("claims: extension past the 工伤保险条例 第十七条 period (第二十二条第一款)")
	ErrBadApplicant      = errors.New("claims: unknown applicant (want platform, service_agency, worker, close_relative or union)")
)

// JudgeExtension checks an extension request against the windows: it must
// be asked for by the window's last day, give a reason, be approved by the
// district bureau, and end no later than the cap. A request that fails is
// an error naming the rule; an unapproved one leaves the window as it was.
func JudgeExtension(w Windows, x Extension) (ExtensionResult, error) {
	if !x.Applicant.Valid() {
		return ExtensionResult{}, ErrBadApplicant
	}
	window := w.For(x.Applicant)
	res := ExtensionResult{Deadline: window.Date}
	switch {
	case x.RequestedOn.IsZero() || x.RequestedOn.After(window.Date):
		return res, fmt.Errorf("%w: window closed %s, requested %s", ErrExtensionLate, window.Date, x.RequestedOn)
	case strings.TrimSpace(x.Reason) == "":
		return res, ErrExtensionNoReason
	case !x.Approved:
		res.Reasons = append(res.Reasons, "not approved by the district bureau: the window stays "+window.Date.String())
		return res, nil
	case x.Until.IsZero() || !x.Until.After(window.Date):
		return res, fmt.Errorf("claims: an approved extension needs an until date after %s", window.Date)
	case x.Until.After(w.CapRaw) && w.CapErr != nil:
		return res, fmt.Errorf("claims: cannot judge an extension to %s against the cap: %w", x.Until, w.CapErr)
	case x.Until.After(w.CapRaw) && x.Until.After(w.Cap.Date):
		return res, fmt.Errorf("%w: until %s, cap %s", ErrExtensionPastCap, x.Until, w.Cap.Date)
	}
	capDay := w.Cap.Date
	if w.CapErr != nil {
		capDay = w.CapRaw
	}
	res.Granted, res.Deadline = true, x.Until
	res.Reasons = append(res.Reasons,
		fmt.Sprintf("requested on %s, by the window's last day %s, with a reason; approved (第二十二条第一款)", x.RequestedOn, window.Date),
		fmt.Sprintf("extended to %s, within the cap %s (工伤保险条例 第十七条, from the accident)", x.Until, capDay))
	return res, nil
}

// Filing is the judgement of when an application was made.
type Filing struct {
	Applicant Applicant
	FiledOn   calendar.Date
	Deadline  calendar.Date
	InTime    bool
	// PlatformLate: the platform side did not apply within its 30 days
	// (第二十二条第二款 then makes it bear the costs of the late period).
	PlatformLate bool
	Reasons      []string
}

// JudgeFiling says whether an application filed on the given day by the
// applicant is in time, given the windows and, if any, a granted extension
// (ext.Granted). A worker-side application is in time within 90 days
// whether or not the platform applied; a platform-side one after its 30 days
// is late and makes the platform liable for the late period's costs.
func JudgeFiling(w Windows, a Applicant, filedOn calendar.Date, ext *ExtensionResult) (Filing, error) {
	if !a.Valid() {
		return Filing{}, ErrBadApplicant
	}
	if filedOn.Before(w.Accident) {
		return Filing{}, fmt.Errorf("claims: filed %s, before the accident %s", filedOn, w.Accident)
	}
	window := w.For(a)
	f := Filing{Applicant: a, FiledOn: filedOn, Deadline: window.Date}
	if ext != nil && ext.Granted {
		f.Deadline = ext.Deadline
	}
	f.InTime = !filedOn.After(f.Deadline)
	art := "第二十一条第三款 (90 日)"
	if a.PlatformSide() {
		art = "第二十一条第一款 (30 日)"
		f.PlatformLate = filedOn.After(window.Date)
	}
	if f.InTime {
		f.Reasons = append(f.Reasons, fmt.Sprintf("filed %s by %s, within the deadline %s (%s)", filedOn, a, f.Deadline, art))
	} else {
		f.Reasons = append(f.Reasons, fmt.Sprintf("filed %s by %s, after the deadline %s (%s)", filedOn, a, f.Deadline, art))
	}
	if f.PlatformLate {
		f.Reasons = append(f.Reasons, fmt.Sprintf("the platform did not apply within its 30 days (by %s): it bears the costs of that period (第二十二条第二款)", window.Date))
	}
	return f, nil
}

// Cost is one dated cost of the injury (a medical bill, a day's benefit).
type Cost struct {
	Date   calendar.Date   `json:"date"`
	Amount decimal.Decimal `json:"amount"`
	Item   string          `json:"item,omitempty"`
}

// CostSplit divides costs between the fund and a late platform.
type CostSplit struct {
	// From and To bound the platform's period (inclusive); both zero when
	// the platform applied in time.
	From, To calendar.Date
	Fund     decimal.Decimal
	Platform decimal.Decimal
	// PlatformCosts lists the costs the platform bears.
	PlatformCosts []Cost
	Reasons       []string
}

// ErrBadCost is wrapped by SplitLateCosts's errors.
var ErrBadCost = errors.New("claims: invalid cost")

// SplitLateCosts divides dated costs between the fund and the platform when
// the platform applied on appliedOn (第二十二条第二款: 平台企业未在事故伤害发生之日起
// 30 日内提交职业伤害待遇给付申请，在此期间发生的...费用由平台企业承担).
//
// Reading (Rules.LateCostFrom): "在此期间" runs, by default, from the day
// after the platform's window closed (w.Platform.Date, moved over days off as
// the window is) to the day it applied, both included; with
// LateCostFromAccident it runs from the accident's day. Costs outside the
// period are the fund's. If the platform applied in time, all are the fund's.
// Amounts are money: they must not be negative nor carry more than two
// decimal places. Fund + Platform equals the sum of the costs.
func SplitLateCosts(w Windows, rules Rules, appliedOn calendar.Date, costs []Cost) (CostSplit, error) {
	if err := rules.Validate(); err != nil {
		return CostSplit{}, err
	}
	split := CostSplit{Fund: decimal.Zero, Platform: decimal.Zero}
	late := appliedOn.After(w.Platform.Date)
	if late {
		split.To = appliedOn
		if rules.LateCostFrom == LateCostFromAccident {
			split.From = w.Accident
		} else {
			split.From, _ = w.Platform.Date.AddDays(1)
		}
		split.Reasons = append(split.Reasons, fmt.Sprintf("the platform's window closed %s and it applied %s: costs dated %s to %s are the platform's (第二十二条第二款, reading %s)",
			w.Platform.Date, appliedOn, split.From, split.To, rules.LateCostFrom))
	} else {
		split.Reasons = append(split.Reasons, fmt.Sprintf("the platform applied %s, within its window (by %s): every cost is the fund's", appliedOn, w.Platform.Date))
	}
	for i, c := range costs {
		switch {
		case c.Date.IsZero():
			return CostSplit{}, fmt.Errorf("%w: cost #%d has no date", ErrBadCost, i+1)
		case c.Amount.IsNegative():
			return CostSplit{}, fmt.Errorf("%w: cost #%d is negative", ErrBadCost, i+1)
		case money.Sane(c.Amount) != nil:
			return CostSplit{}, fmt.Errorf("%w: cost #%d: %v", ErrBadCost, i+1, money.Sane(c.Amount))
		case !c.Amount.Equal(c.Amount.Round(2)):
			return CostSplit{}, fmt.Errorf("%w: cost #%d has more than two decimal places", ErrBadCost, i+1)
		}
		if late && !c.Date.Before(split.From) && !c.Date.After(split.To) {
			split.Platform = split.Platform.Add(c.Amount)
			split.PlatformCosts = append(split.PlatformCosts, c)
		} else {
			split.Fund = split.Fund.Add(c.Amount)
		}
	}
	split.Reasons = append(split.Reasons, fmt.Sprintf("fund %s 元, platform %s 元", split.Fund.StringFixed(2), split.Platform.StringFixed(2)))
	return split, nil
}

// Cover says whether an accident is covered (第四十三条: 平台企业按规定缴纳职业
// 伤害保障费的当月，新就业形态人员发生事故伤害的，可按本规程规定享受职业伤害保障待遇):
// the accident's month (Beijing day) must be a month the platform paid the
// levy for. It returns the answer and the reason.
func Cover(accident calendar.Date, paidMonths []calendar.Month) (bool, string) {
	m := calendar.MonthOfDate(accident)
	for _, p := range paidMonths {
		if p == m {
			return true, fmt.Sprintf("the platform paid the levy for %s, the month of the accident %s (第四十三条)", m, accident)
		}
	}
	return false, fmt.Sprintf("the platform did not pay the levy for %s, the month of the accident %s: not covered (第四十三条)", m, accident)
}

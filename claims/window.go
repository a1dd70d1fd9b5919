// Package claims follows an occupational injury from the accident to the
// benefit claim under 沪人社福〔2025〕373号: who may apply and by when
// (第二十一、二十二条), the late platform's costs (第二十二条第二款), whether
// the month is covered (第四十三条: covered, pending or not covered), which
// situations count and what evidence each needs (第十九、二十三、二十四、
// 二十五条), how fast the district bureau must decide and deliver
// (第二十六、二十七条), one confirmation per accident and which platform is
// responsible when the worker carried orders of several (第二十八条), the
// benefit claim's review and supplement (第四十四条), the platform's
// liability when it did not verify the worker's identity (第六十九条), and
// the case's lifecycle.
//
// Every deadline comes from package calendar and carries its explanation.
// Each deadline of a case is computed on its own: one in a year whose State
// Council schedule is not loaded is reported as unknown (a
// *calendar.YearNotCoveredError naming the year, with the raw day it cannot
// be earlier than) and the rest of the case is still given; never a guessed
// date. A nil *calendar.Calendar is ErrNoCalendar, the zero Rules the
// defaults. The package is pure: the host stores cases and passes them in.
package claims

import (
	"errors"
	"fmt"
	"strings"
	"time"

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

// Chinese returns the applicant as a clerk names it.
func (a Applicant) Chinese() string {
	switch a {
	case ApplicantPlatform:
		return "平台企业"
	case ApplicantServiceAgency:
		return "平台服务机构"
	case ApplicantWorker:
		return "新就业形态人员"
	case ApplicantRelative:
		return "近亲属"
	case ApplicantUnion:
		return "工会组织"
	}
	return string(a)
}

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

// LateCostFrom is where the late platform's liability for costs begins
// (第二十二条第二款: 平台企业未在事故伤害发生之日起30日内提交职业伤害待遇给付申请，
// 在此期间发生的……费用由平台企业承担).
type LateCostFrom string

const (
	// LateCostFromAccident (the default): from the accident's day. This is
	// how 人社部发〔2013〕34号 (《人力资源社会保障部关于执行〈工伤保险条例〉若干问题
	// 的意见》, 2013-04-25, item 七) reads the identical words of 工伤保险条例
	// 第十七条第四款: 这里用人单位承担工伤待遇等有关费用的期间是指从事故伤害发生之日
	// 或职业病确诊之日起到社会保险行政部门受理工伤认定申请之日止. That the platform
	// bears them whoever finally applied is the library's reading of it.
	LateCostFromAccident LateCostFrom = "from_accident"
	// LateCostAfterWindow: from the day after the platform's 30-day window
	// closed (the library's reading before issue 10, kept as an option).
	LateCostAfterWindow LateCostFrom = "after_window"
)

// LateCostTo is where the late platform's liability for costs ends.
type LateCostTo string

const (
	// LateCostToAcceptance (the default): the day the district bureau
	// accepts the application (受理), as 人社部发〔2013〕34号 reads it.
	LateCostToAcceptance LateCostTo = "acceptance"
	// LateCostToFiling: the day the application was filed (提出申请), as some
	// provinces' rules read it.
	LateCostToFiling LateCostTo = "filing"
)

// Rules are the readings and parameters the package needs where the
// regulation leaves a choice. The zero Rules means the defaults: every zero
// field reads as its default (DefaultRules spells them out), so a function
// that needs one field never demands the others.
type Rules struct {
	// ExtensionCapMonths caps every extension (第二十二条第一款: 最长均不得超过
	// 《工伤保险条例》第十七条规定的工伤认定申请期限). Default 12: the 1-year
	// period of 第十七条第二款, counted from the accident as calendar counts
	// months. Reading for the platform's side: "均" puts both sides under
	// the same cap; 第十七条 gives the employer 30 days "extendable" with no
	// outer limit of its own, so the 1-year period is the platform's cap too.
	ExtensionCapMonths int `json:"extension_cap_months,omitempty"`
	// LateCostFrom: where the platform's late-filing liability starts.
	// Default LateCostFromAccident.
	LateCostFrom LateCostFrom `json:"late_cost_from,omitempty"`
	// LateCostTo: where it ends. Default LateCostToAcceptance.
	LateCostTo LateCostTo `json:"late_cost_to,omitempty"`
	// KeyMaterials are the materials without which an application is not
	// accepted even under 容缺受理 (第二十五条); nil means DefaultKeyMaterials.
	KeyMaterials []Material `json:"key_materials,omitempty"`
	// OverlapMeters is the default route-overlap judgement's tolerance
	// (第二十八条): two routes overlap when both pass within this distance of
	// the accident place. Default 200.
	OverlapMeters float64 `json:"overlap_meters,omitempty"`
	// DecisionClock: where 第二十六条's decision limit counts from when the
	// facts are found clear after acceptance. Default ClockFromAcceptance.
	DecisionClock DecisionClock `json:"decision_clock,omitempty"`
	// BeforeInForce: what to do with an accident before 373号 took effect
	// (第八十一条). Default BeforeInForceNote.
	BeforeInForce BeforeInForce `json:"before_in_force,omitempty"`
}

// InForce is the day 沪人社福〔2025〕373号 took effect: 第八十一条 本规程自印发之日起
// 施行, and the notice is dated 2025 年 12 月 29 日.
func InForce() calendar.Date { return inForce }

var inForce, _ = calendar.DateOf(2025, time.December, 29)

// BeforeInForce says how an accident before InForce is handled (第八十一条).
type BeforeInForce string

const (
	// BeforeInForceNote (the default): computed by 373号's rules all the
	// same, each result marked (Windows.BeforeInForce, Item.BeforeInForce)
	// and the case file's timeline noting that 373号 was not yet in force.
	BeforeInForceNote BeforeInForce = "note"
	// BeforeInForceRefuse: refused with ErrBeforeInForce.
	BeforeInForceRefuse BeforeInForce = "refuse"
)

// ErrBeforeInForce: under Rules.BeforeInForce = refuse, the accident is
// before 373号 took effect (第八十一条).
var ErrBeforeInForce = errors.New("claims: the accident is before 沪人社福〔2025〕373号 took effect on 2025-12-29 (第八十一条)")

// DecisionClock says how 第二十六条's two limits run (在 30 个工作日内作出确认
// 结论。事实清楚、证据充分、权利义务明确的 … 应当在 7 个工作日内作出确认结论).
type DecisionClock string

const (
	// ClockFromAcceptance (the default): both limits count from acceptance
	// (受理): 7 working days when the facts are clear at acceptance, 30
	// otherwise. Facts found clear later leave the 30 in force: the article
	// names one clock, the acceptance's, and a second 7-day clock started
	// weeks later would show the bureau overdue long before the 30 end.
	ClockFromAcceptance DecisionClock = "from_acceptance"
	// ClockFromFoundClear: the library's reading before issue 19, kept as a
	// named option: facts found clear after acceptance start a new 7-day
	// clock on that day, never past the 30 working days from acceptance.
	ClockFromFoundClear DecisionClock = "from_found_clear"
)

// DefaultRules returns the defaults documented on each field of Rules.
func DefaultRules() Rules {
	return Rules{ExtensionCapMonths: 12, LateCostFrom: LateCostFromAccident, LateCostTo: LateCostToAcceptance,
		KeyMaterials: DefaultKeyMaterials(), OverlapMeters: 200, DecisionClock: ClockFromAcceptance,
		BeforeInForce: BeforeInForceNote}
}

// Resolved returns r with every zero field replaced by its default.
func (r Rules) Resolved() Rules {
	d := DefaultRules()
	if r.ExtensionCapMonths == 0 {
		r.ExtensionCapMonths = d.ExtensionCapMonths
	}
	if r.LateCostFrom == "" {
		r.LateCostFrom = d.LateCostFrom
	}
	if r.LateCostTo == "" {
		r.LateCostTo = d.LateCostTo
	}
	if r.KeyMaterials == nil {
		r.KeyMaterials = d.KeyMaterials
	}
	if r.OverlapMeters == 0 {
		r.OverlapMeters = d.OverlapMeters
	}
	if r.DecisionClock == "" {
		r.DecisionClock = d.DecisionClock
	}
	if r.BeforeInForce == "" {
		r.BeforeInForce = d.BeforeInForce
	}
	return r
}

// ErrBadRules is wrapped by Rules.Validate's errors.
var ErrBadRules = errors.New("claims: invalid rules")

// ErrNoAccident is returned for a zero accident date.
var ErrNoAccident = errors.New("claims: no accident date")

// ErrNoCalendar is returned (wrapping calendar.ErrNilCalendar) by every
// function of the package given a nil *calendar.Calendar.
var ErrNoCalendar = fmt.Errorf("claims: %w", calendar.ErrNilCalendar)

// Validate checks r; zero fields are the defaults and valid.
func (r Rules) Validate() error {
	r = r.Resolved()
	switch {
	case r.ExtensionCapMonths < 1:
		return fmt.Errorf("%w: extension_cap_months %d", ErrBadRules, r.ExtensionCapMonths)
	case r.LateCostFrom != LateCostAfterWindow && r.LateCostFrom != LateCostFromAccident:
		return fmt.Errorf("%w: late_cost_from %s (want from_accident or after_window)", ErrBadRules, masked(string(r.LateCostFrom)))
	case r.LateCostTo != LateCostToAcceptance && r.LateCostTo != LateCostToFiling:
		return fmt.Errorf("%w: late_cost_to %s (want acceptance or filing)", ErrBadRules, masked(string(r.LateCostTo)))
	case !(r.OverlapMeters > 0):
		return fmt.Errorf("%w: overlap_meters must be positive", ErrBadRules)
	case r.DecisionClock != ClockFromAcceptance && r.DecisionClock != ClockFromFoundClear:
		return fmt.Errorf("%w: decision_clock %s (want from_acceptance or from_found_clear)", ErrBadRules, masked(string(r.DecisionClock)))
	case r.BeforeInForce != BeforeInForceNote && r.BeforeInForce != BeforeInForceRefuse:
		return fmt.Errorf("%w: before_in_force %s (want note or refuse)", ErrBadRules, masked(string(r.BeforeInForce)))
	}
	for _, m := range r.KeyMaterials {
		if !m.Valid() {
			return fmt.Errorf("%w: unknown key material %s", ErrBadRules, masked(string(m)))
		}
	}
	return nil
}

// Windows are the application deadlines of one accident (第二十一条).
//
// Each deadline is computed on its own: one that falls in a year the
// calendar has no schedule for is unknown (its Err a
// *calendar.YearNotCoveredError naming the year, its Deadline zero) while
// the others are given. Its raw last day (the day before any move over days
// off) is always known: the deadline is that day or a later one.
type Windows struct {
	Accident calendar.Date
	// Platform: the platform (or its service agency) applies by this day.
	Platform    calendar.Deadline
	PlatformRaw calendar.Date
	PlatformErr error
	// Worker: the worker, a close relative or the union applies by this
	// day when the platform has not.
	Worker    calendar.Deadline
	WorkerRaw calendar.Date
	WorkerErr error
	// Cap: no extension runs past this day (第二十二条第一款).
	Cap calendar.Deadline
	// CapRaw is the cap's last day before any move over days off (the
	// corresponding day 12 months on).
	CapRaw calendar.Date
	// CapErr is why Cap could not be computed; an extension that ends by
	// CapRaw is still judged within the cap.
	CapErr error
	// BeforeInForce: the accident is before 373号 took effect (第八十一条):
	// the windows are computed by its rules all the same.
	BeforeInForce bool
}

// ApplicationWindows returns the windows of an accident on the given day:
// 30 and 90 days counted as calendar.WithinDays counts them (the accident's
// day not counted, a last day off moved to the next working day), and the
// extension cap. A deadline in an uncovered year is reported in its own Err
// field, not as the function's error; the error is for a nil calendar, a
// zero accident date or invalid rules.
func ApplicationWindows(cal *calendar.Calendar, rules Rules, accident calendar.Date) (Windows, error) {
	if cal == nil {
		return Windows{}, ErrNoCalendar
	}
	if err := rules.Validate(); err != nil {
		return Windows{}, err
	}
	rules = rules.Resolved()
	if accident.IsZero() {
		return Windows{}, ErrNoAccident
	}
	before := accident.Before(InForce())
	if before && rules.BeforeInForce == BeforeInForceRefuse {
		return Windows{}, fmt.Errorf("%w: accident %s", ErrBeforeInForce, accident)
	}
	w := Windows{Accident: accident, BeforeInForce: before}
	var err error
	if w.PlatformRaw, err = accident.AddDays(PlatformWindowDays); err != nil {
		return Windows{}, err
	}
	if w.WorkerRaw, err = accident.AddDays(WorkerWindowDays); err != nil {
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
	w.Platform, w.PlatformErr = cal.WithinDays(accident, PlatformWindowDays)
	w.Worker, w.WorkerErr = cal.WithinDays(accident, WorkerWindowDays)
	w.Cap, w.CapErr = cal.WithinMonths(accident, rules.ExtensionCapMonths)
	return w, nil
}

// For returns the deadline of applicant's window, its raw last day, and
// why the deadline is unknown (nil when it is known).
func (w Windows) For(a Applicant) (calendar.Deadline, calendar.Date, error) {
	if a.PlatformSide() {
		return w.Platform, w.PlatformRaw, w.PlatformErr
	}
	return w.Worker, w.WorkerRaw, w.WorkerErr
}

// byWindow reports whether day is on or before the window's last day: known
// for a known window, and for an unknown one when day is by the raw last day
// (the deadline is never earlier). ok is false when it cannot be told.
func byWindow(dl calendar.Deadline, raw calendar.Date, werr error, day calendar.Date) (by, ok bool) {
	if werr == nil {
		return !day.After(dl.Date), true
	}
	if !day.After(raw) {
		return true, true
	}
	return false, false
}

// lastDayText is the window's last day for an explanation.
func lastDayText(dl calendar.Deadline, raw calendar.Date, werr error) string {
	if werr == nil {
		return dl.Date.String()
	}
	return fmt.Sprintf("%s（遇休息日顺延至其后第一个工作日；当年放假安排未载入，确切日期未知：%v）", raw, werr)
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
	// granted, else the window's own (zero when that is unknown).
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
// A window or cap in an uncovered year is judged by its raw last day where
// that decides; where it does not, the error wraps the
// *calendar.YearNotCoveredError.
func JudgeExtension(w Windows, x Extension) (ExtensionResult, error) {
	if w.Accident.IsZero() {
		return ExtensionResult{}, fmt.Errorf("%w: zero Windows (use ApplicationWindows)", ErrNoAccident)
	}
	if !x.Applicant.Valid() {
		return ExtensionResult{}, ErrBadApplicant
	}
	window, raw, werr := w.For(x.Applicant)
	res := ExtensionResult{Deadline: window.Date}
	last := lastDayText(window, raw, werr)
	if x.RequestedOn.IsZero() {
		return res, fmt.Errorf("%w: no request date", ErrExtensionLate)
	}
	if x.RequestedOn.Before(w.Accident) {
		return res, fmt.Errorf("claims: extension requested %s, before the accident %s", x.RequestedOn, w.Accident)
	}
	by, ok := byWindow(window, raw, werr, x.RequestedOn)
	switch {
	case !ok:
		return res, fmt.Errorf("claims: cannot judge an extension requested %s against the window: %w", x.RequestedOn, werr)
	case !by:
		return res, fmt.Errorf("%w: window closed %s, requested %s", ErrExtensionLate, window.Date, x.RequestedOn)
	case strings.TrimSpace(x.Reason) == "":
		return res, ErrExtensionNoReason
	case !x.Approved:
		res.Reasons = append(res.Reasons, "区人力资源社会保障局未同意延期：申请期限仍为 "+last+"（第二十二条第一款）")
		return res, nil
	case x.Until.IsZero() || !x.Until.After(raw) || (werr == nil && !x.Until.After(window.Date)):
		return res, fmt.Errorf("claims: an approved extension needs an until date after %s", last)
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
		fmt.Sprintf("%s 在申请期限（%s）届满前提出延期并说明合理原因，经同意（第二十二条第一款）", x.RequestedOn, last),
		fmt.Sprintf("延长至 %s，未超过自事故伤害发生之日起的工伤认定申请期限 %s（《工伤保险条例》第十七条）", x.Until, capDay))
	return res, nil
}

// Filing is the judgement of when an application was made.
type Filing struct {
	Applicant Applicant
	FiledOn   calendar.Date
	// Deadline is the applicant's deadline (zero when unknown and not needed).
	Deadline calendar.Date
	InTime   bool
	// PlatformLate: no application was filed by the last day of the
	// platform's 30-day window, whoever filed in the end (第二十二条第二款
	// then makes the platform bear the costs of the late period).
	PlatformLate bool
	// PlatformLateErr says why PlatformLate is unknown (the platform's
	// window is in an uncovered year and the filing is after its raw day);
	// PlatformLate is then false and means nothing.
	PlatformLateErr error
	Reasons         []string
}

// JudgeFiling says whether an application filed on the given day by the
// applicant is in time, given the windows and, if any, a granted extension
// (ext.Granted). A worker-side application is in time within 90 days
// whether or not the platform applied.
//
// PlatformLate is set when the application, whoever filed it, was filed
// after the platform's window: the platform did not apply in its 30 days
// (a worker or relative applying after the platform failed to does not
// free the platform, 人社部发〔2013〕34号 on 工伤保险条例 第十七条第四款).
// Reading: a worker-side application filed within the platform's 30 days
// leaves the platform nothing to bear, since no day of the case was lost.
//
// A window in an uncovered year is judged by its raw last day where that
// decides (an application by the raw day is in time); where it does not,
// the error wraps the *calendar.YearNotCoveredError.
func JudgeFiling(w Windows, a Applicant, filedOn calendar.Date, ext *ExtensionResult) (Filing, error) {
	if w.Accident.IsZero() {
		return Filing{}, fmt.Errorf("%w: zero Windows (use ApplicationWindows)", ErrNoAccident)
	}
	if !a.Valid() {
		return Filing{}, ErrBadApplicant
	}
	if filedOn.IsZero() || filedOn.Before(w.Accident) {
		return Filing{}, fmt.Errorf("claims: filed %s, before the accident %s", filedOn, w.Accident)
	}
	window, raw, werr := w.For(a)
	f := Filing{Applicant: a, FiledOn: filedOn, Deadline: window.Date}
	if ext != nil && ext.Granted {
		f.Deadline = ext.Deadline
		f.InTime = !filedOn.After(f.Deadline)
	} else {
		by, ok := byWindow(window, raw, werr, filedOn)
		if !ok {
			return Filing{}, fmt.Errorf("claims: cannot judge a filing on %s against the window: %w", filedOn, werr)
		}
		f.InTime = by
	}
	if a.PlatformSide() && ext != nil && ext.Granted {
		// The platform's own window was extended (第二十二条第一款): it is
		// late only after the extension.
		f.PlatformLate = filedOn.After(ext.Deadline)
	} else {
		late, ok := byWindow(w.Platform, w.PlatformRaw, w.PlatformErr, filedOn)
		if ok {
			f.PlatformLate = !late
		} else {
			// Only the platform's lateness is unknown; InTime stands.
			f.PlatformLateErr = fmt.Errorf("claims: cannot tell whether the platform was late (filed %s, its window %s): %w",
				filedOn, lastDayText(w.Platform, w.PlatformRaw, w.PlatformErr), w.PlatformErr)
		}
	}
	art := "第二十一条第三款，90日"
	if a.PlatformSide() {
		art = "第二十一条第一款，30日"
	}
	deadline := lastDayText(window, raw, werr)
	if ext != nil && ext.Granted {
		deadline = f.Deadline.String() + "（经同意延长）"
	}
	if f.InTime {
		f.Reasons = append(f.Reasons, fmt.Sprintf("%s 由%s提出申请，未超过期限 %s（%s）", filedOn, a.Chinese(), deadline, art))
	} else {
		f.Reasons = append(f.Reasons, fmt.Sprintf("%s 由%s提出申请，已超过期限 %s（%s）", filedOn, a.Chinese(), deadline, art))
	}
	if werr == nil && (ext == nil || !ext.Granted) {
		for _, rp := range window.ReplacedSchedules() {
			f.Reasons = append(f.Reasons, fmt.Sprintf("申请期限按宿主系统载入的 %d 年放假安排（%s）计算，该安排替换了官方通知（%s）", rp.Year, rp.By, rp.Replaced))
		}
	}
	switch {
	case f.PlatformLateErr != nil:
		f.Reasons = append(f.Reasons, fmt.Sprintf("平台企业是否逾期尚不能确定：其30日申请期限不早于 %s，确切日期待放假安排载入后确定（第二十二条第二款）", w.PlatformRaw))
	case f.PlatformLate:
		f.Reasons = append(f.Reasons, fmt.Sprintf("平台企业的30日申请期限（%s）内无人提出申请：逾期期间的费用由平台企业承担（第二十二条第二款）",
			lastDayText(w.Platform, w.PlatformRaw, w.PlatformErr)))
	}
	return f, nil
}

// Cost is one dated cost of the injury (a medical bill, a day's benefit).
type Cost struct {
	Date   calendar.Date   `json:"date"`
	Amount decimal.Decimal `json:"amount" strict:"required,decimals=2"`
	Item   string          `json:"item,omitempty"`
	// IdentityHarm: the host found that this cost arose from the platform's
	// missing identity check (第六十九条第二款: 因未对新就业形态人员进行身份核验
	// 导致其职业伤害保障相关权益受损的，由平台企业承担责任). Only with
	// CostCase.IdentityNotVerified.
	IdentityHarm bool `json:"identity_harm,omitempty"`
}

// CostCase is what the cost split needs to know of the case.
type CostCase struct {
	// FiledOn is the day the application was filed, by whoever filed it.
	FiledOn calendar.Date `json:"filed_on"`
	// AcceptedOn is the day the district bureau accepted it (受理); zero
	// while it is not yet accepted.
	AcceptedOn calendar.Date `json:"accepted_on,omitzero"`
	// PlatformExtendedTo is the day to which the district bureau extended
	// the platform's own window (第二十二条第一款), zero for none. Reading: an
	// application filed by it is not late, so 第二十二条第二款 does not apply;
	// one filed after it is late, and the period still runs from the
	// accident (or, with after_window, from the day after the extension).
	PlatformExtendedTo calendar.Date `json:"platform_extended_to,omitzero"`
	// IdentityNotVerified: the bureau found that the platform did not verify
	// the worker's identity (第六十九条第二款). Reading: the platform answers
	// for the harm the missing check caused (因未对新就业形态人员进行身份核验导致
	// 其职业伤害保障相关权益受损的，由平台企业承担责任), not for the whole case:
	// the flag alone moves no cost; the host marks each cost the missing
	// check caused (Cost.IdentityHarm), and only those become the
	// platform's under 第六十九条. The other costs follow 第二十二条第二款.
	IdentityNotVerified bool `json:"identity_not_verified,omitempty"`
}

// CostSplit divides costs between the fund and the platform.
type CostSplit struct {
	// From and To bound the platform's period (inclusive); both zero when
	// the platform bears nothing. Open: the period has begun and not yet
	// ended (the application is not yet accepted), To is zero and every
	// cost from From on is the platform's so far.
	From, To calendar.Date
	Open     bool
	Fund     decimal.Decimal
	Platform decimal.Decimal
	// PlatformCosts lists the costs the platform bears.
	PlatformCosts []Cost
	Reasons       []string
}

// ErrBadCost is wrapped by SplitLateCosts's errors.
var ErrBadCost = errors.New("claims: invalid cost")

// SplitLateCosts divides dated costs between the fund and the platform
// (第二十二条第二款: 平台企业未在事故伤害发生之日起30日内提交职业伤害待遇给付申请，
// 在此期间发生的……费用由平台企业承担).
//
// The platform is late when no application was filed by the last day of
// its window (see JudgeFiling), whoever filed in the end. "在此期间" runs, by
// default, from the accident's day to the day the application was accepted
// (受理), both included: 人社部发〔2013〕34号's reading of the identical
// 工伤保险条例 第十七条第四款. Rules.LateCostFrom = after_window starts it the
// day after the window closed; Rules.LateCostTo = filing ends it on the day
// the application was filed. Costs outside the period are the fund's. While
// the application is not yet accepted (default end point), the period is
// open and every cost from its start on is the platform's.
//
// With cc.IdentityNotVerified (第六十九条), the costs the host marks as
// caused by the missing identity check (Cost.IdentityHarm) are the
// platform's whatever the filing date; the flag moves no other cost.
//
// Amounts are money: they must not be negative nor carry more than two
// decimal places; nothing is rounded. Fund + Platform equals the sum.
func SplitLateCosts(w Windows, rules Rules, cc CostCase, costs []Cost) (CostSplit, error) {
	if err := rules.Validate(); err != nil {
		return CostSplit{}, err
	}
	rules = rules.Resolved()
	switch {
	case w.Accident.IsZero():
		return CostSplit{}, fmt.Errorf("%w: zero Windows (use ApplicationWindows)", ErrNoAccident)
	case cc.FiledOn.IsZero() || cc.FiledOn.Before(w.Accident):
		return CostSplit{}, fmt.Errorf("%w: filed_on %s is not on or after the accident %s", ErrBadCost, cc.FiledOn, w.Accident)
	case !cc.AcceptedOn.IsZero() && cc.AcceptedOn.Before(cc.FiledOn):
		return CostSplit{}, fmt.Errorf("%w: accepted_on %s is before filed_on %s", ErrBadCost, cc.AcceptedOn, cc.FiledOn)
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
		case c.IdentityHarm && !cc.IdentityNotVerified:
			return CostSplit{}, fmt.Errorf("%w: cost #%d is marked identity_harm, but the case does not find the identity unverified (第六十九条)", ErrBadCost, i+1)
		}
	}
	harmed, others := 0, 0
	for _, c := range costs {
		if cc.IdentityNotVerified && c.IdentityHarm {
			harmed++
		} else {
			others++
		}
	}
	split := CostSplit{Fund: decimal.Zero, Platform: decimal.Zero}
	windowEnd := w.Platform.Date
	inTime, ok := byWindow(w.Platform, w.PlatformRaw, w.PlatformErr, cc.FiledOn)
	if !cc.PlatformExtendedTo.IsZero() {
		// An extension ends after the window it extends (as JudgeExtension
		// requires).
		if !cc.PlatformExtendedTo.After(w.PlatformRaw) || (w.PlatformErr == nil && !cc.PlatformExtendedTo.After(w.Platform.Date)) {
			return CostSplit{}, fmt.Errorf("%w: platform_extended_to %s does not end after the platform's window %s", ErrBadCost,
				cc.PlatformExtendedTo, lastDayText(w.Platform, w.PlatformRaw, w.PlatformErr))
		}
		windowEnd, inTime, ok = cc.PlatformExtendedTo, !cc.FiledOn.After(cc.PlatformExtendedTo), true
	}
	if !ok && others > 0 {
		return CostSplit{}, fmt.Errorf("claims: cannot tell whether the platform was late: %w", w.PlatformErr)
	}
	if cc.IdentityNotVerified {
		if harmed == 0 {
			split.Reasons = append(split.Reasons, "平台企业未对新就业形态人员进行身份核验（第六十九条第二款）：调用方未指明哪些费用因此产生，故不据此转由平台企业承担任何费用；平台只对未核验身份造成的损害负责")
		} else {
			split.Reasons = append(split.Reasons, fmt.Sprintf("平台企业未对新就业形态人员进行身份核验：调用方指明的 %d 笔费用因此产生，由平台企业承担（第六十九条第二款）；其余费用按第二十二条第二款处理", harmed))
		}
	}
	platformBears := false
	switch {
	case !ok:
		// Every cost is identity-harmed: lateness need not be known.
	case inTime && !cc.PlatformExtendedTo.IsZero():
		split.Reasons = append(split.Reasons, fmt.Sprintf("%s 提出申请，在经同意延长至 %s 的平台申请期限内（第二十二条第一款）：费用均由基金支付，不适用第二十二条第二款",
			cc.FiledOn, cc.PlatformExtendedTo))
	case inTime:
		split.Reasons = append(split.Reasons, fmt.Sprintf("%s 提出申请，在平台企业的申请期限（%s）内：费用均由基金支付，不适用第二十二条第二款",
			cc.FiledOn, lastDayText(w.Platform, w.PlatformRaw, w.PlatformErr)))
	default:
		platformBears = true
		switch rules.LateCostFrom {
		case LateCostAfterWindow:
			split.From, _ = windowEnd.AddDays(1)
		default:
			split.From = w.Accident
		}
		var end string
		switch {
		case rules.LateCostTo == LateCostToFiling:
			split.To, end = cc.FiledOn, fmt.Sprintf("提出申请之日 %s（可选理解 late_cost_to=filing）", cc.FiledOn)
		case cc.AcceptedOn.IsZero():
			split.Open, end = true, "受理之日；申请尚未受理，期间尚未结束"
		default:
			split.To, end = cc.AcceptedOn, fmt.Sprintf("受理之日 %s", cc.AcceptedOn)
		}
		from := "事故伤害发生之日"
		if rules.LateCostFrom == LateCostAfterWindow {
			from = "申请期限届满次日（可选理解 late_cost_from=after_window）"
		}
		split.Reasons = append(split.Reasons,
			fmt.Sprintf("平台企业的申请期限 %s 届满，%s 才提出申请：平台企业未在30日内提出申请（第二十二条第二款）", windowEnd, cc.FiledOn),
			fmt.Sprintf("平台企业承担自%s %s 起至%s止发生的费用", from, split.From, end))
		if rules.LateCostFrom == LateCostFromAccident && rules.LateCostTo == LateCostToAcceptance {
			split.Reasons = append(split.Reasons,
				"依据：人社部发〔2013〕34号第七条对《工伤保险条例》第十七条第四款相同表述的解释：“这里用人单位承担工伤待遇等有关费用的期间是指从事故伤害发生之日或职业病确诊之日起到社会保险行政部门受理工伤认定申请之日止。”",
				"本库的理解：由谁最终提出申请（平台企业，或新就业形态人员、近亲属、工会组织）不影响平台企业的这一责任")
		}
		if !split.Open {
			split.Reasons = append(split.Reasons, fmt.Sprintf("平台企业承担的期间：%s 至 %s（含首尾两日）", split.From, split.To))
		}
		if cc.PlatformExtendedTo.IsZero() && w.PlatformErr == nil {
			for _, rp := range w.Platform.ReplacedSchedules() {
				split.Reasons = append(split.Reasons, fmt.Sprintf("平台申请期限按宿主系统载入的 %d 年放假安排（%s）计算，该安排替换了官方通知（%s）", rp.Year, rp.By, rp.Replaced))
			}
		}
	}
	for _, c := range costs {
		switch {
		case cc.IdentityNotVerified && c.IdentityHarm:
			split.Platform = split.Platform.Add(c.Amount)
			split.PlatformCosts = append(split.PlatformCosts, c)
			split.Reasons = append(split.Reasons, fmt.Sprintf("%s %s %s 元：因未核验身份产生，由平台企业承担（第六十九条第二款）", c.Date, c.Item, c.Amount.StringFixed(2)))
		case platformBears && !c.Date.Before(split.From) && (split.Open || !c.Date.After(split.To)):
			split.Platform = split.Platform.Add(c.Amount)
			split.PlatformCosts = append(split.PlatformCosts, c)
		default:
			split.Fund = split.Fund.Add(c.Amount)
		}
	}
	split.Reasons = append(split.Reasons, fmt.Sprintf("基金支付 %s 元，平台企业承担 %s 元（各笔费用原额相加，不作舍入）", split.Fund.StringFixed(2), split.Platform.StringFixed(2)))
	return split, nil
}

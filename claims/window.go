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
// Every computation that needs the calendar or a reading of the
// regulation is a method of a Rulebook, built once by NewRulebook from a
// *calendar.Calendar and the Rules (the zero Rules are the defaults); each
// result records the rulebook's Fingerprint. A case is a Case: its facts
// (the application, the acceptance, an extension of a window) are recorded
// by Case.Next, and the rulebook reads them from it, so the filing's
// judgement, the list of deadlines and the cost split of one case always
// agree. Documents (the JSON case file and its timeline) are read by package
// claims/casefile, which only calls these methods.
//
// Every deadline comes from package calendar and carries its explanation.
// Each deadline of a case is computed on its own: one in a year whose State
// Council schedule is not loaded is reported as unknown (a
// *calendar.YearNotCoveredError naming the year, with the raw day it cannot
// be earlier than) and the rest of the case is still given; never a guessed
// date. The package is pure: the host stores cases and passes them in.
//
// Every refusal carries an errcode.Code. Codes lists every code of the
// package; the exported ones are those a host branches on (ErrTransition,
// ErrUnstated, ErrAlreadyConfirmed, ErrNotCovered, ErrKeyMaterials,
// ErrBeforeInForce). For the others a host acts on errcode.Of(err).Action()
// or compares errcode.Of(err).Code() with the code's stable identifier
// (bad_material, extension_late, …), as the doc of each method names it.
//
// The periods are the regulation's own figures, applied by the rulebook and
// not options of Rules: the platform applies within 30 days of the accident
// (第二十一条第一款), the worker, a close relative or the union within 90
// days (第二十一条第三款); the bureau decides within 30 working days of the
// acceptance, 7 when the facts are clear (第二十六条), and delivers the
// conclusion within 3 working days (第二十七条); the agency reviews a benefit
// claim within 20 working days of accepting it, and an applicant asked to
// supplement materials has 5 working days (第四十四条第三款).
package claims

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
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
		return "新就业形态人员本人"
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
	platformWindowDays = 30 // 平台企业应当在事故伤害发生之日起 30 日内
	workerWindowDays   = 90 // 新就业形态人员或者其近亲属、工会组织在事故伤害发生之日起 90 日内
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
// regulation leaves a choice; NewRulebook builds the rulebook that applies
// them. The zero Rules means the defaults: every zero field reads as the
// default its doc names.
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
	// accepted even under 容缺受理 (第二十五条); nil means the default: the
	// application form, the identity document and the diagnosis
	// (MatApplicationForm, MatIdentity, MatDiagnosis), without which the
	// bureau cannot tell who is hurt and how. The situation's own evidence
	// (第二十四条) is a key material whatever the list (CheckMaterials adds
	// it).
	KeyMaterials []Material `json:"key_materials,omitempty"`
	// OverlapMeters is the route-overlap judgement's tolerance (第二十八条,
	// Rulebook.Attribute): two routes overlap when both pass within this
	// distance of the accident place. Default 200.
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
	// so that a document can note that 373号 was not yet in force.
	BeforeInForceNote BeforeInForce = "note"
	// BeforeInForceRefuse: refused with ErrBeforeInForce.
	BeforeInForceRefuse BeforeInForce = "refuse"
)

// ErrBeforeInForce: under Rules.BeforeInForce = refuse, the accident is
// before 373号 took effect (第八十一条).
var ErrBeforeInForce = errcode.New("before_in_force", errcode.Stop,
	"claims: the accident is before 沪人社福〔2025〕373号 took effect on 2025-12-29 (第八十一条)",
	"事故早于沪人社福〔2025〕373号施行之日（2025-12-29），按规则选项不予计算（第八十一条）")

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

// defaultRules returns the defaults documented on each field of Rules.
func defaultRules() Rules {
	return Rules{ExtensionCapMonths: 12, LateCostFrom: LateCostFromAccident, LateCostTo: LateCostToAcceptance,
		KeyMaterials: defaultKeyMaterials(), OverlapMeters: 200, DecisionClock: ClockFromAcceptance,
		BeforeInForce: BeforeInForceNote}
}

// resolved returns r with every zero field replaced by its default.
func (r Rules) resolved() Rules {
	d := defaultRules()
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

// errBadRules is wrapped by NewRulebook's errors about the rules.
var errBadRules = errcode.New("bad_claim_rules", errcode.Stop,
	"claims: invalid rules",
	"案件规则选项不合要求")

// errNoAccident is returned for a zero accident date.
var errNoAccident = errcode.New("no_accident", errcode.Stop,
	"claims: no accident date",
	"缺少事故日期")

// errNoCalendar is returned (wrapping calendar.ErrNilCalendar) by
// NewRulebook given a nil *calendar.Calendar.
var errNoCalendar = errcode.New("nil_calendar", errcode.FixCall,
	"claims: "+calendar.ErrNilCalendar.Error(),
	calendar.ErrNilCalendar.Chinese()).Under(calendar.ErrNilCalendar)

// validate checks r (NewRulebook does, once); zero fields are the defaults
// and valid.
func (r Rules) validate() error {
	r = r.resolved()
	switch {
	case r.ExtensionCapMonths < 1:
		return codeZH(errBadRules, fmt.Errorf("%w: extension_cap_months %d", errBadRules, r.ExtensionCapMonths),
			"延期上限月数 extension_cap_months 为 %d（应不少于 1）", r.ExtensionCapMonths)
	case r.LateCostFrom != LateCostAfterWindow && r.LateCostFrom != LateCostFromAccident:
		return codeZH(errBadRules, fmt.Errorf("%w: late_cost_from %s (want from_accident or after_window)", errBadRules, masked(string(r.LateCostFrom))),
			"late_cost_from 为 %s（应为 from_accident 或 after_window）", maskedZH(string(r.LateCostFrom)))
	case r.LateCostTo != LateCostToAcceptance && r.LateCostTo != LateCostToFiling:
		return codeZH(errBadRules, fmt.Errorf("%w: late_cost_to %s (want acceptance or filing)", errBadRules, masked(string(r.LateCostTo))),
			"late_cost_to 为 %s（应为 acceptance 或 filing）", maskedZH(string(r.LateCostTo)))
	case !(r.OverlapMeters > 0) || math.IsInf(r.OverlapMeters, 1):
		return codeZH(errBadRules, fmt.Errorf("%w: overlap_meters must be positive and finite", errBadRules),
			"overlap_meters 应为有限的正数")
	case r.DecisionClock != ClockFromAcceptance && r.DecisionClock != ClockFromFoundClear:
		return codeZH(errBadRules, fmt.Errorf("%w: decision_clock %s (want from_acceptance or from_found_clear)", errBadRules, masked(string(r.DecisionClock))),
			"decision_clock 为 %s（应为 from_acceptance 或 from_found_clear）", maskedZH(string(r.DecisionClock)))
	case r.BeforeInForce != BeforeInForceNote && r.BeforeInForce != BeforeInForceRefuse:
		return codeZH(errBadRules, fmt.Errorf("%w: before_in_force %s (want note or refuse)", errBadRules, masked(string(r.BeforeInForce))),
			"before_in_force 为 %s（应为 note 或 refuse）", maskedZH(string(r.BeforeInForce)))
	}
	for _, m := range r.KeyMaterials {
		if !m.Valid() {
			return codeZH(errBadRules, fmt.Errorf("%w: unknown key material %s", errBadRules, masked(string(m))),
				"关键材料 %s 不在列表中", maskedZH(string(m)))
		}
	}
	return nil
}

// Windows are the application deadlines of one case's accident (第二十一条)
// and the extensions the case records (第二十二条第一款).
//
// Each deadline is computed on its own: one that falls in a year the
// calendar has no schedule for is an unknown calendar.Deadline (Known
// false, Err a *calendar.YearNotCoveredError naming the year) while the
// others are given. Its raw last day (Raw, the day before any move over
// days off, and NotBefore) is always known: the deadline is that day or a
// later one.
//
// Windows marshals itself as {"accident", "platform", "worker", "cap",
// "platform_extension", "worker_extension", "before_in_force",
// "rulebook"}, each deadline a calendar.Deadline with its explanation, an
// extension absent when the case records none.
type Windows struct {
	Accident calendar.Date `json:"accident"`
	// Platform: the platform (or its service agency) applies by this day.
	Platform calendar.Deadline `json:"platform"`
	// Worker: the worker, a close relative or the union applies by this
	// day when the platform has not.
	Worker calendar.Deadline `json:"worker"`
	// Cap: no extension runs past this day (第二十二条第一款); its Raw is
	// the corresponding day 12 months on. An extension that ends by Raw is
	// judged within the cap even when Cap is unknown.
	Cap calendar.Deadline `json:"cap"`
	// PlatformExtension and WorkerExtension judge the extension the case
	// records for each side (Case.PlatformExtension, Case.WorkerExtension);
	// zero when it records none. A granted one moves that side's window to
	// its Deadline for every judgement of the rulebook (the filing, the
	// platform's lateness, the list of deadlines, the cost split); a side's
	// extension never moves the other side's window.
	PlatformExtension ExtensionResult `json:"platform_extension,omitzero"`
	WorkerExtension   ExtensionResult `json:"worker_extension,omitzero"`
	// BeforeInForce: the accident is before 373号 took effect (第八十一条):
	// the windows are computed by its rules all the same.
	BeforeInForce bool `json:"before_in_force,omitempty"`
	// Rulebook is the Fingerprint of the rulebook that computed them.
	Rulebook string `json:"rulebook,omitempty"`
}

// ApplicationWindows returns the windows of the case's accident: 30 and 90
// days counted as calendar.WithinDays counts them (the accident's day not
// counted, a last day off moved to the next working day), the extension cap,
// and the judgement of each extension the case records (第二十二条第一款). A
// deadline in an uncovered year is an unknown calendar.Deadline, and an
// extension refused or not judged says so in its own Err, not as the
// method's error; the error is for a case with no accident date, a stored case whose
// dates are out of order (the code case_dates: a step dated before the one
// it follows, or recorded without the one it needs), an extension recorded on the
// wrong side, or an accident before 373号 under Rules.BeforeInForce = refuse.
//
// A case with nothing but its accident gives the windows of that accident:
//
//	w, err := rb.ApplicationWindows(claims.Case{Accident: accident})
func (rb *Rulebook) ApplicationWindows(c Case) (Windows, error) {
	if err := rb.ok(); err != nil {
		return Windows{}, err
	}
	w, err := rb.windows(c.Accident)
	if err != nil {
		return Windows{}, err
	}
	if err := c.checkDates(); err != nil {
		return Windows{}, err
	}
	for _, s := range []struct {
		x        Extension
		platform bool
		into     *ExtensionResult
	}{{c.PlatformExtension, true, &w.PlatformExtension}, {c.WorkerExtension, false, &w.WorkerExtension}} {
		if s.x.isZero() {
			continue
		}
		if !s.x.Applicant.Valid() || s.x.Applicant.PlatformSide() != s.platform {
			side := "worker_extension"
			if s.platform {
				side = "platform_extension"
			}
			return Windows{}, codeZH(errBadApplicant, fmt.Errorf("%w: %s requested by %s", errBadApplicant, side, masked(string(s.x.Applicant))),
				"%s 的申请人为 %s", side, maskedZH(string(s.x.Applicant)))
		}
		*s.into = w.judgeExtension(s.x)
	}
	return w, nil
}

// windows computes the statutory windows of an accident.
func (rb *Rulebook) windows(accident calendar.Date) (Windows, error) {
	if accident.IsZero() {
		return Windows{}, errNoAccident
	}
	before := accident.Before(InForce())
	if before && rb.rules.BeforeInForce == BeforeInForceRefuse {
		return Windows{}, codeZH(ErrBeforeInForce, fmt.Errorf("%w: accident %s", ErrBeforeInForce, accident),
			"事故 %s", accident)
	}
	w := Windows{Accident: accident, BeforeInForce: before, Rulebook: rb.fingerprint}
	for _, x := range []struct {
		into *calendar.Deadline
		get  func() (calendar.Deadline, error)
	}{
		{&w.Platform, func() (calendar.Deadline, error) { return rb.cal.WithinDays(accident, platformWindowDays) }},
		{&w.Worker, func() (calendar.Deadline, error) { return rb.cal.WithinDays(accident, workerWindowDays) }},
		{&w.Cap, func() (calendar.Deadline, error) { return rb.cal.WithinMonths(accident, rb.rules.ExtensionCapMonths) }},
	} {
		dl, err := x.get()
		if err != nil && dl.Err() == nil {
			return Windows{}, err // not an uncovered year: a day past 9999
		}
		*x.into = dl
	}
	return w, nil
}

// sideWindow is one side's application window as the case has it: the
// statutory window and the side's extension.
type sideWindow struct {
	dl       calendar.Deadline
	ext      ExtensionResult
	platform bool
}

// side returns the platform's window (platform) or the worker side's.
func (w Windows) side(platform bool) sideWindow {
	if platform {
		return sideWindow{w.Platform, w.PlatformExtension, true}
	}
	return sideWindow{w.Worker, w.WorkerExtension, false}
}

// undetermined reports whether the side's extension could not be judged
// (its window or the cap is in a year the calendar does not cover): then it
// may or may not extend the window.
func (s sideWindow) undetermined() bool {
	return s.ext.Err != nil && errors.Is(s.ext.Err, calendar.ErrNotCovered)
}

// by reports whether day is on or before the window's last day: the
// extension's when it was granted, else the window's own (known, or by its
// raw day when unknown: the deadline is never earlier). ok is false when it
// cannot be told; why then says why.
func (s sideWindow) by(day calendar.Date) (by, ok bool, why error) {
	if s.ext.Granted {
		return !day.After(s.ext.Deadline), true, nil
	}
	b, ok := byWindow(s.dl, day)
	switch {
	case !ok:
		return false, false, s.dl.Err()
	case b:
		return true, true, nil
	case s.undetermined():
		return false, false, s.ext.Err
	}
	return false, true, nil
}

// byWindow reports whether day is on or before the window's last day: known
// for a known window, and for an unknown one when day is by the raw last day
// (the deadline is never earlier). ok is false when it cannot be told.
func byWindow(dl calendar.Deadline, day calendar.Date) (by, ok bool) {
	if dl.Known() {
		return !day.After(dl.Date), true
	}
	if !day.After(dl.NotBefore()) {
		return true, true
	}
	return false, false
}

// lastDayText is the window's last day for an explanation.
func lastDayText(dl calendar.Deadline) string {
	if dl.Known() {
		return dl.Date.String()
	}
	return fmt.Sprintf("%s（遇休息日顺延至其后第一个工作日；当年放假安排未载入，确切日期未知：%s）", dl.NotBefore(), errChinese(dl.Err()))
}

// Extension is a request to apply after the window (第二十二条第一款: 应在申请
// 期限到期前...说明合理原因...经区人力资源社会保障局同意后，申请时限可以适当延长),
// with the bureau's answer. A case records it with an EventExtension and
// keeps it per side (Case.PlatformExtension, Case.WorkerExtension); the
// rulebook judges it (Windows.PlatformExtension, Windows.WorkerExtension).
type Extension struct {
	// Applicant asked for it; the side it extends is the applicant's
	// (Applicant.PlatformSide).
	Applicant   Applicant     `json:"applicant"`
	RequestedOn calendar.Date `json:"requested_on"`
	Reason      string        `json:"reason"`
	Approved    bool          `json:"approved"`
	// Until is the extended deadline the bureau granted.
	Until calendar.Date `json:"until,omitzero"`
}

func (x Extension) isZero() bool {
	return x.Applicant == "" && x.RequestedOn.IsZero() && x.Reason == "" && !x.Approved && x.Until.IsZero()
}

// ExtensionResult is the judgement of the extension a case records for one
// side (第二十二条第一款); zero when it records none. It marshals itself
// (MarshalJSON) with Err as its code and Chinese text.
type ExtensionResult struct {
	// Granted: the request was made in time, with a reason, approved, and
	// ends after the window and no later than the cap.
	Granted bool
	// Deadline is the side's deadline after the judgement: Until when
	// granted, else the window's own (zero when that is unknown).
	Deadline calendar.Date
	// Err says why the request is refused (its code extension_late,
	// extension_no_reason, extension_past_cap or extension_until) or
	// cannot be judged (wrapping a
	// *calendar.YearNotCoveredError); nil when granted or not approved.
	// A refused request extends nothing; one that cannot be judged leaves
	// undecided whatever it would decide.
	Err     error
	Reasons []string
}

// Errors of extensions and filings.
var (
	errExtensionLate = errcode.New("extension_late", errcode.Stop,
		"claims: extension requested after the window closed (第二十二条第一款: 应在申请期限到期前)",
		"延期申请晚于申请期限届满之日（第二十二条）")
	errExtensionNoReason = errcode.New("extension_no_reason", errcode.Stop,
		"claims: extension without a reason (第二十二条第一款: 说明合理原因)",
		"延期申请未说明特殊情况（第二十二条）")
	// errExtensionUntil: an approved extension whose until date is missing
	// or does not end after the window it extends.
	errExtensionUntil = errcode.New("extension_until", errcode.Stop,
		"claims: an approved extension needs an until date after the window (第二十二条第一款)",
		"经同意的延期须写明晚于原申请期限的截止日期（第二十二条第一款）")
	errExtensionPastCap = errcode.New("extension_past_cap", errcode.Stop,
		"claims: extension past the 工伤保险条例 第十七条 period (第二十二条第一款)",
		"延期超过上限（工伤保险条例 第十七条）")
	errBadApplicant = errcode.New("bad_applicant", errcode.Stop,
		"claims: unknown applicant (want platform, service_agency, worker, close_relative or union)",
		"不认识的申请人（应为平台企业、平台服务机构、本人、近亲属或工会组织）")
	// errNotApplied: the case records no application (no Case.AppliedOn).
	errNotApplied = errcode.New("not_applied", errcode.Stop,
		"claims: the case records no application yet",
		"案件尚未提出申请")
)

// judgeExtension checks an extension request against the windows: it must
// be asked for by the window's last day, give a reason, be approved by the
// district bureau, and end after the window and no later than the cap. A
// window or cap in an uncovered year is judged by its raw last day where
// that decides; where it does not, Err wraps the
// *calendar.YearNotCoveredError.
func (w Windows) judgeExtension(x Extension) ExtensionResult {
	s := w.side(x.Applicant.PlatformSide())
	res := ExtensionResult{Deadline: s.dl.Date}
	fail := func(err error) ExtensionResult { res.Err = err; return res }
	last := lastDayText(s.dl)
	if x.RequestedOn.IsZero() {
		return fail(withZH(fmt.Errorf("%w: no request date", errExtensionLate), errExtensionLate.Chinese()+"：未写明延期申请的日期"))
	}
	if x.RequestedOn.Before(w.Accident) {
		return fail(withZH(fmt.Errorf("%w: extension requested %s, before the accident %s", errEventDate, x.RequestedOn, w.Accident),
			fmt.Sprintf("%s：延期申请日期 %s 早于事故日期 %s", errEventDate.Chinese(), x.RequestedOn, w.Accident)))
	}
	by, ok := byWindow(s.dl, x.RequestedOn)
	switch {
	case !ok:
		return fail(withZH(fmt.Errorf("claims: cannot judge an extension requested %s against the window: %w", x.RequestedOn, s.dl.Err()),
			fmt.Sprintf("%s 提出的延期申请是否在申请期限内尚不能判断：%s", x.RequestedOn, errChinese(s.dl.Err()))))
	case !by:
		return fail(withZH(fmt.Errorf("%w: window closed %s, requested %s", errExtensionLate, s.dl.Date, x.RequestedOn),
			fmt.Sprintf("%s：申请期限 %s 届满，延期申请于 %s 提出", errExtensionLate.Chinese(), s.dl.Date, x.RequestedOn)))
	case strings.TrimSpace(x.Reason) == "":
		return fail(errExtensionNoReason)
	case !x.Approved:
		res.Reasons = append(res.Reasons, "区人力资源社会保障局未同意延期：申请期限仍为 "+last+"（第二十二条第一款）")
		return res
	case x.Until.IsZero() || !x.Until.After(s.dl.NotBefore()) || (s.dl.Known() && !x.Until.After(s.dl.Date)):
		return fail(withZH(fmt.Errorf("%w: after %s", errExtensionUntil, last), fmt.Sprintf("%s：应晚于 %s", errExtensionUntil.Chinese(), last)))
	case !s.dl.Known():
		// After the raw day, but the window may move past until over days
		// off the calendar does not know: whether it extends is unknown.
		return fail(withZH(fmt.Errorf("claims: cannot judge an extension to %s against the window: %w", x.Until, s.dl.Err()),
			fmt.Sprintf("延长至 %s 是否晚于申请期限尚不能判断：%s", x.Until, errChinese(s.dl.Err()))))
	case x.Until.After(w.Cap.Raw) && !w.Cap.Known():
		return fail(withZH(fmt.Errorf("claims: cannot judge an extension to %s against the cap: %w", x.Until, w.Cap.Err()),
			fmt.Sprintf("延长至 %s 是否超过工伤认定申请期限尚不能判断：%s", x.Until, errChinese(w.Cap.Err()))))
	case x.Until.After(w.Cap.Raw) && x.Until.After(w.Cap.Date):
		return fail(withZH(fmt.Errorf("%w: until %s, cap %s", errExtensionPastCap, x.Until, w.Cap.Date),
			fmt.Sprintf("%s：延长至 %s，上限 %s", errExtensionPastCap.Chinese(), x.Until, w.Cap.Date)))
	}
	capDay := w.Cap.Date
	if !w.Cap.Known() {
		capDay = w.Cap.Raw
	}
	res.Granted, res.Deadline = true, x.Until
	res.Reasons = append(res.Reasons,
		fmt.Sprintf("%s 在申请期限（%s）届满前提出延期并说明合理原因，经同意（第二十二条第一款）", x.RequestedOn, last),
		fmt.Sprintf("延长至 %s，未超过自事故伤害发生之日起的工伤认定申请期限 %s（《工伤保险条例》第十七条）", x.Until, capDay))
	return res
}

// refusedText says, for an explanation, that a side's recorded extension
// was refused and so extends nothing; "" when it was not refused.
func (s sideWindow) refusedText() string {
	if s.ext.Err == nil || s.undetermined() {
		return ""
	}
	who := "新就业形态人员一方"
	if s.platform {
		who = "平台企业"
	}
	return fmt.Sprintf("%s的延期申请不成立，申请期限不延长（第二十二条第一款）：%s", who, errChinese(s.ext.Err))
}

// Filing is the judgement of when the case's application (Case.Applicant,
// Case.AppliedOn) was made. It marshals itself (MarshalJSON) with the
// applicant and the day it was filed, and PlatformLate null when it is
// unknown.
type Filing struct {
	applicant Applicant     // the case's Applicant, for JSON
	filedOn   calendar.Date // the case's AppliedOn, for JSON
	// Deadline is the applicant's deadline: the extension's when the
	// applicant's side was granted one, else the window's (zero when
	// unknown; NotBefore then gives the day it is not before).
	Deadline  calendar.Date
	NotBefore calendar.Date
	InTime    bool
	// PlatformLate: no application was filed by the last day of the
	// platform's window (its extension's when it was granted one), whoever
	// filed in the end (第二十二条第二款 then makes the platform bear the
	// costs of the late period).
	PlatformLate bool
	// PlatformLateErr says why PlatformLate is unknown (the platform's
	// window is in an uncovered year and the filing is after its raw day,
	// or the platform's extension cannot be judged); PlatformLate is then
	// false and means nothing.
	PlatformLateErr error
	Reasons         []string
	// Rulebook is the Fingerprint of the rulebook that judged it.
	Rulebook string `json:"rulebook,omitempty"`
}

// JudgeFiling says whether the case's application (Case.Applicant,
// Case.AppliedOn) is in time, given its windows and the extension the case
// records for the applicant's side (第二十一、二十二条). A worker-side
// application is in time within 90 days whether or not the platform
// applied.
//
// PlatformLate is set when the application, whoever filed it, was filed
// after the platform's window, or after the platform's granted extension:
// the platform did not apply in its time (a worker or relative applying
// after the platform failed to does not free the platform, 人社部发〔2013〕
// 34号 on 工伤保险条例 第十七条第四款). Reading: a worker-side application
// filed within the platform's window (as extended) leaves the platform
// nothing to bear, since no day of the case was lost.
//
// A window in an uncovered year is judged by its raw last day where that
// decides (an application by the raw day is in time); where it does not,
// the error wraps the *calendar.YearNotCoveredError. The error is also for
// a case with no application (the code not_applied) and for the errors of
// ApplicationWindows.
func (rb *Rulebook) JudgeFiling(c Case) (Filing, error) {
	if err := rb.ok(); err != nil {
		return Filing{}, err
	}
	w, err := rb.ApplicationWindows(c)
	if err != nil {
		return Filing{}, err
	}
	if c.AppliedOn.IsZero() {
		return Filing{}, errNotApplied
	}
	a, filedOn := c.Applicant, c.AppliedOn
	if !a.Valid() {
		return Filing{}, errBadApplicant
	}
	own, plat := w.side(a.PlatformSide()), w.side(true)
	f := Filing{applicant: a, filedOn: filedOn, Deadline: own.dl.Date, Rulebook: rb.fingerprint}
	switch {
	case own.ext.Granted:
		f.Deadline = own.ext.Deadline
	case !own.dl.Known():
		f.NotBefore = own.dl.NotBefore()
	}
	by, ok, why := own.by(filedOn)
	if !ok {
		return Filing{}, withZH(fmt.Errorf("claims: cannot judge a filing on %s against the window: %w", filedOn, why),
			fmt.Sprintf("%s 提出的申请是否在申请期限内尚不能判断：%s", filedOn, errChinese(why)))
	}
	f.InTime = by
	if on, ok, why := plat.by(filedOn); ok {
		f.PlatformLate = !on
	} else {
		// Only the platform's lateness is unknown; InTime stands.
		f.PlatformLateErr = withZH(fmt.Errorf("claims: cannot tell whether the platform was late (filed %s, its window %s): %w",
			filedOn, lastDayText(w.Platform), why),
			platformLateZH(filedOn, lastDayText(w.Platform), errChinese(why)))
	}
	art := "第二十一条第三款，90日"
	if a.PlatformSide() {
		art = "第二十一条第一款，30日"
	}
	deadline := lastDayText(own.dl)
	if own.ext.Granted {
		deadline = f.Deadline.String() + "（经同意延长）"
	}
	if f.InTime {
		f.Reasons = append(f.Reasons, fmt.Sprintf("%s 由%s提出申请，未超过期限 %s（%s）", filedOn, a.Chinese(), deadline, art))
	} else {
		f.Reasons = append(f.Reasons, fmt.Sprintf("%s 由%s提出申请，已超过期限 %s（%s）", filedOn, a.Chinese(), deadline, art))
	}
	if r := own.refusedText(); r != "" {
		f.Reasons = append(f.Reasons, r)
	}
	if own.dl.Known() && !own.ext.Granted {
		for _, rp := range own.dl.ReplacedSchedules() {
			f.Reasons = append(f.Reasons, fmt.Sprintf("申请期限按调用方载入的 %d 年放假安排（%s）计算，该安排替换了官方通知（%s）", rp.Year, rp.By, rp.Replaced))
		}
	}
	if r := plat.refusedText(); r != "" && !a.PlatformSide() {
		f.Reasons = append(f.Reasons, r)
	}
	switch {
	case f.PlatformLateErr != nil && plat.undetermined():
		f.Reasons = append(f.Reasons, fmt.Sprintf("平台企业是否逾期尚不能确定：其延期申请尚不能判断（%s）（第二十二条第二款）", errChinese(plat.ext.Err)))
	case f.PlatformLateErr != nil:
		f.Reasons = append(f.Reasons, fmt.Sprintf("平台企业是否逾期尚不能确定：其30日申请期限不早于 %s，确切日期待放假安排载入后确定（第二十二条第二款）", w.Platform.NotBefore()))
	case f.PlatformLate && plat.ext.Granted:
		f.Reasons = append(f.Reasons, fmt.Sprintf("平台企业经同意延长至 %s 的申请期限内无人提出申请：逾期期间的费用由平台企业承担（第二十二条第二款）", plat.ext.Deadline))
	case f.PlatformLate:
		f.Reasons = append(f.Reasons, fmt.Sprintf("平台企业的30日申请期限（%s）内无人提出申请：逾期期间的费用由平台企业承担（第二十二条第二款）",
			lastDayText(w.Platform)))
	case !a.PlatformSide() && plat.ext.Granted:
		f.Reasons = append(f.Reasons, fmt.Sprintf("申请在平台企业经同意延长至 %s 的申请期限内提出：平台企业未逾期（第二十二条第一款）", plat.ext.Deadline))
	}
	return f, nil
}

package claims

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
)

// State is where a case stands.
type State string

const (
	StateNew          State = ""              // nothing recorded yet
	StateReported     State = "reported"      // 第二十条: 事故报案 and 备案
	StateApplied      State = "applied"       // 第二十一条: 职业伤害待遇给付申请
	StateAccepted     State = "accepted"      // 第二十五、二十六条: 受理 (complete, or with materials to follow)
	StateConfirmed    State = "confirmed"     // 第二十六条: 确认为职业伤害
	StateNotConfirmed State = "not_confirmed" // 第二十六条: 不予确认
	StateDelivered    State = "delivered"     // 第二十七条: 结论送达
	StateAssessed     State = "assessed"      // 第三十、三十一条: 劳动能力鉴定结论
	// StateBenefitApplied: the benefit claim is made to the city agency
	// (第四十四条第一款: 向市社保经办机构办理享受职业伤害保障待遇手续). Before
	// acceptance the agency may ask for incomplete materials to be completed
	// (第二款: 要求进一步补全材料); the article sets no period for that, and
	// the claim stays here until it is accepted.
	StateBenefitApplied State = "benefit_applied"
	// StateBenefitAccepted: the agency accepted it (第四十四条第二款: 予以受理);
	// its review opinion is due in 20 working days (第三款).
	StateBenefitAccepted State = "benefit_accepted"
	// StateSupplementRequested: on review the agency asked the applicant to
	// supplement materials (第四十四条第三款: 经审核需要进一步补正材料的); the
	// applicant has 5 working days from the request.
	StateSupplementRequested State = "supplement_requested"
	// StateReviewApproved: review passed, 业务核定表 issued (第四十四条第三款).
	StateReviewApproved State = "review_approved"
	// StateReviewRefused: review not passed, the reason told (第四十四条第三款).
	StateReviewRefused State = "review_refused"
	StateBenefits      State = "benefits"  // 第三十八至四十一条: 待遇支付
	StateWithdrawn     State = "withdrawn" // 第二十四条末: 撤销申请
)

// EventKind is what happened to a case.
type EventKind string

const (
	EventReport EventKind = "report"
	// EventExtension: a request to apply after the window, with the
	// district bureau's answer (第二十二条第一款); Applicant, Reason, Approved
	// and Until say what was asked and granted, Date the day it was asked.
	// Before the application only; one a side (a refused request may be
	// asked again). The rulebook judges it (Windows.PlatformExtension).
	EventExtension EventKind = "extension"
	EventApply     EventKind = "apply"
	EventAccept    EventKind = "accept"
	// EventMaterialsToFollow: materials that were to follow after a 容缺
	// acceptance are handed in (第二十五条第二款: 申请受理后按要求补齐其他材料).
	// The article sets no deadline. Not to be confused with 第四十四条's
	// supplement (EventSupplementRequested), which has five working days.
	EventMaterialsToFollow EventKind = "materials_to_follow"
	// EventFactsClear: the bureau finds the facts clear, the evidence
	// sufficient and the rights and duties plain (第二十六条) after acceptance.
	EventFactsClear EventKind = "facts_clear"
	EventWithdraw   EventKind = "withdraw"
	EventDecide     EventKind = "decide"
	EventDeliver    EventKind = "deliver"
	EventAssess     EventKind = "assess"
	// EventBenefitApply: the benefit claim to the city agency (第四十四条第一款).
	EventBenefitApply EventKind = "benefit_apply"
	// EventBenefitAccept: the agency accepts it (第四十四条第二款).
	EventBenefitAccept EventKind = "benefit_accept"
	// EventSupplementRequested: on review the agency asks for materials to
	// be supplemented (第四十四条第三款); the applicant has 5 working days.
	EventSupplementRequested EventKind = "supplement_requested"
	// EventSupplemented: the applicant supplements them (第四十四条第三款).
	EventSupplemented EventKind = "supplemented"
	// EventReview: the agency's review opinion (第四十四条第三款); Approved says
	// whether it passed.
	EventReview   EventKind = "review"
	EventBenefits EventKind = "benefits"
)

// Clarity is whether the facts of an accepted application are clear
// (第二十六条: 事实清楚、证据充分、权利义务明确), which decides the decision
// deadline: 7 working days when clear, 30 when not. The zero value is
// "unstated": it is neither, and where the fact is required (an acceptance,
// a decision deadline) it is refused with ErrUnstated (an
// *errcode.FieldError naming the field "clarity"), never read as one of
// them.
type Clarity string

const (
	// Clear: the 7-working-day deadline.
	Clear Clarity = "clear"
	// NotClear: the 30-working-day deadline.
	NotClear Clarity = "not_clear"
)

// Valid reports whether c is Clear or NotClear (the zero, unstated, Clarity
// is not).
func (c Clarity) Valid() bool { return c == Clear || c == NotClear }

// Chinese returns 事实清楚…, 尚未查清 or, for the zero Clarity, 未说明（…）.
func (c Clarity) Chinese() string {
	switch c {
	case Clear:
		return "事实清楚、证据充分、权利义务明确"
	case NotClear:
		return "尚未查清"
	}
	return "未说明（受理时须写明 clear 或 not_clear，不作推定）"
}

// UnmarshalText reads "clear", "not_clear", or "" (unstated); anything else
// is refused without echoing it.
func (c *Clarity) UnmarshalText(b []byte) error {
	if c == nil {
		return errors.New("claims: UnmarshalText on a nil *Clarity")
	}
	switch v := Clarity(b); v {
	case Clear, NotClear, "":
		*c = v
	default:
		return fmt.Errorf("claims: clarity of %d bytes is neither clear nor not_clear (the value is not echoed: 第七十九条)", len(b))
	}
	return nil
}

// unstated refuses a fact a computation requires that the input leaves at
// its zero value, which means "unstated" (the zero Clarity): the library
// refuses it rather than guess. The error is an *errcode.FieldError of
// ErrUnstated naming the fact by its JSON key (clarity).
func unstated(field string) error {
	fe := errcode.Field(ErrUnstated, field, "")
	if field == "clarity" {
		return fmt.Errorf(`%w: give "clear" or "not_clear" (第二十六条: 7 or 30 working days)`, fe)
	}
	return fe
}

// ErrUnstated: a fact a computation requires is not stated (an
// *errcode.FieldError names it: clarity, confirmed); a host asks for it.
var ErrUnstated = errcode.New("unstated", errcode.Stop,
	"claims: a required fact is not stated",
	"必须写明的事实未写：不写不等于“否”，不作推定")

// Event is one step of a case, with its date.
type Event struct {
	Kind EventKind     `json:"kind"`
	Date calendar.Date `json:"date"`
	// Applicant, for EventApply, EventBenefitApply and EventExtension.
	Applicant Applicant `json:"applicant,omitempty"`
	// Reason (EventExtension): the reason given (第二十二条第一款: 说明合理原因).
	Reason string `json:"reason,omitempty"`
	// Until (EventExtension): the extended deadline the bureau granted.
	Until calendar.Date `json:"until,omitzero"`
	// Clarity (EventAccept): whether the facts are clear at acceptance.
	Clarity Clarity `json:"clarity,omitzero"`
	// Materials: for EventAccept the materials to follow (容缺受理); for
	// EventMaterialsToFollow the materials handed in.
	Materials []Material `json:"materials,omitempty"`
	// MissingKey (EventAccept): the key materials the application still
	// lacks (Check.MissingKey, 第二十五条); an acceptance with any is refused
	// with ErrKeyMaterials. The host passes them when it knows the materials.
	MissingKey []Material `json:"missing_key,omitempty"`
	// Confirmed (EventDecide): the injury is confirmed.
	Confirmed bool `json:"confirmed,omitempty"`
	// Approved (EventReview): the review passed; (EventExtension) the
	// bureau agreed to the extension.
	Approved bool `json:"approved,omitempty"`
}

// Case is the state of one accident's case. The host stores it; Next
// computes the next one. The zero Case is a case with nothing recorded.
type Case struct {
	Accident  calendar.Date `json:"accident"`
	State     State         `json:"state"`
	Applicant Applicant     `json:"applicant,omitempty"`
	// Clarity and ClearOn: whether the facts are clear (第二十六条), and the
	// day they were found clear (the acceptance, or a later EventFactsClear).
	// Unstated (zero) until the acceptance states it.
	Clarity   Clarity       `json:"clarity,omitzero"`
	ClearOn   calendar.Date `json:"clear_on,omitzero"`
	Confirmed bool          `json:"confirmed,omitempty"`
	// ToFollow are the materials still to follow after a 容缺 acceptance.
	ToFollow []Material `json:"to_follow,omitempty"`
	// IdentityNotVerified: 第六十九条, the platform did not verify the worker's
	// identity (Rulebook.SplitLateCosts: the costs the host marks as caused
	// by it are the platform's).
	IdentityNotVerified bool `json:"identity_not_verified,omitempty"`
	// PlatformExtension and WorkerExtension are the extensions asked for on
	// each side (EventExtension, 第二十二条第一款), zero for none; the
	// rulebook judges them and every judgement of the case reads them.
	PlatformExtension Extension `json:"platform_extension,omitzero"`
	WorkerExtension   Extension `json:"worker_extension,omitzero"`

	ReportedOn  calendar.Date `json:"reported_on,omitzero"`
	AppliedOn   calendar.Date `json:"applied_on,omitzero"`
	AcceptedOn  calendar.Date `json:"accepted_on,omitzero"`
	DecidedOn   calendar.Date `json:"decided_on,omitzero"`
	DeliveredOn calendar.Date `json:"delivered_on,omitzero"`
	AssessedOn  calendar.Date `json:"assessed_on,omitzero"`
	// The benefit claim of 第四十四条.
	BenefitApplicant      Applicant     `json:"benefit_applicant,omitempty"`
	BenefitAppliedOn      calendar.Date `json:"benefit_applied_on,omitzero"`
	BenefitAcceptedOn     calendar.Date `json:"benefit_accepted_on,omitzero"`
	SupplementRequestedOn calendar.Date `json:"supplement_requested_on,omitzero"`
	SupplementedOn        calendar.Date `json:"supplemented_on,omitzero"`
	ReviewedOn            calendar.Date `json:"reviewed_on,omitzero"`
	ReviewApproved        bool          `json:"review_approved,omitempty"`
	BenefitsOn            calendar.Date `json:"benefits_on,omitzero"`
	WithdrawnOn           calendar.Date `json:"withdrawn_on,omitzero"`
}

// transitionError is an event that is not allowed in the case's state. It
// says the state and the event in English and (Chinese) for a clerk, and
// wraps an *errcode.FieldError of ErrTransition whose field "kind" holds
// the event refused.
type transitionError struct {
	from  State
	event EventKind
	why   string
}

func (e *transitionError) Error() string {
	if e == nil {
		return "claims: transition not allowed"
	}
	from := string(e.from)
	if from == "" {
		from = "new"
	}
	return fmt.Sprintf("claims: %s is not allowed in state %s: %s", e.event, from, e.why)
}

// Unwrap returns the event refused as an *errcode.FieldError of
// ErrTransition.
func (e *transitionError) Unwrap() error {
	if e == nil {
		return ErrTransition
	}
	return errcode.Field(ErrTransition, "kind", string(e.event))
}

// Chinese names the event refused and the state, for a clerk.
func (e *transitionError) Chinese() string {
	if e == nil {
		return ErrTransition.Chinese()
	}
	return "案件处于“" + e.from.Chinese() + "”状态，不能办理“" + e.event.Chinese() + "”"
}

// ErrTransition: an event not allowed in the case's state (a second
// decision, a delivery before the decision, deciding a withdrawn case). The
// error wraps an *errcode.FieldError whose field "kind" holds the event
// refused, and says the state; a host branches on it.
var ErrTransition = errcode.New("transition", errcode.Stop,
	"claims: transition not allowed",
	"当前状态下不能办理该事项")

// eventDateError is an event dated before the case's last step (or
// undated): Next refuses it. It matches the code event_date (errors.Is) and says
// the event, its date, the accident's and the last step's in English and
// (Chinese) for a clerk.
type eventDateError struct {
	event    EventKind
	date     calendar.Date // zero for an undated event
	accident calendar.Date
	lastStep calendar.Date // the case's LastDay
}

func (e *eventDateError) Error() string {
	if e == nil {
		return errEventDate.Error()
	}
	return fmt.Sprintf("%s: %s on %s (accident %s, last step %s)", errEventDate.Error(), e.event, e.date, e.accident, e.lastStep)
}

// Unwrap returns the code event_date.
func (e *eventDateError) Unwrap() error { return errEventDate }

// Chinese names the event, its date, the accident's and the last step's,
// for a clerk.
func (e *eventDateError) Chinese() string {
	if e == nil {
		return errEventDate.Chinese()
	}
	name := e.event.Chinese()
	if name == "" {
		name = string(e.event)
	}
	if e.date.IsZero() {
		return fmt.Sprintf("“%s”没有写日期（事故日期 %s，案件上一步的日期 %s）", name, e.accident, e.lastStep)
	}
	return fmt.Sprintf("“%s”的日期 %s 早于案件上一步的日期 %s（事故日期 %s）", name, e.date, e.lastStep, e.accident)
}

// Errors of Next.
var (
	errEventDate = errcode.New("event_date", errcode.Stop,
		"claims: event dated before the accident or before the case's last step",
		"事件日期早于事故日期或早于案件上一步的日期")
	ErrAlreadyConfirmed = errcode.New("already_confirmed", errcode.Stop,
		"claims: the accident already has a confirmation conclusion (第二十八条第一款: 同一事故伤害只能进行一次职业伤害确认)",
		"同一事故伤害已作过职业伤害确认（第二十八条）")
	errNotToFollow = errcode.New("not_to_follow", errcode.Stop,
		"claims: supplied a material that was not to follow",
		"补交的材料不在待补交之列")
	errUnknownEventKind = errcode.New("unknown_event_kind", errcode.Stop,
		"claims: unknown event kind",
		"不认识的事项")
	errBadClarity = errcode.New("bad_clarity", errcode.Stop,
		"claims: clarity must be clear or not_clear",
		"事实是否清楚只能写 clear 或 not_clear")
)

// LastDay returns the latest day recorded on c (its accident when nothing
// else is): events are recorded in order, none before it.
func (c Case) LastDay() calendar.Date {
	l := c.Accident
	for _, d := range []calendar.Date{c.ReportedOn, c.PlatformExtension.RequestedOn, c.WorkerExtension.RequestedOn, c.AppliedOn, c.AcceptedOn,
		c.ClearOn, c.DecidedOn, c.DeliveredOn, c.AssessedOn, c.BenefitAppliedOn, c.BenefitAcceptedOn, c.SupplementRequestedOn, c.SupplementedOn,
		c.ReviewedOn, c.BenefitsOn, c.WithdrawnOn} {
		if d.After(l) {
			l = d
		}
	}
	return l
}

// Next returns the case after ev, or an error of ErrTransition when ev is not
// allowed in c's state (deciding a withdrawn case, a second decision, a
// delivery before a decision), or the code event_date for an event dated before
// the accident or before the case's latest step. c is not changed.
//
//	new ─report→ reported ─apply→ applied ─accept→ accepted ─decide→ confirmed / not_confirmed ─deliver→ delivered
//	new ─apply→ applied
//	new, reported ─extension→ (unchanged)     (第二十二条第一款: recorded on its side, judged by the rulebook)
//	accepted ─materials_to_follow→ accepted   (第二十五条: 容缺 materials handed in; no deadline)
//	accepted ─facts_clear→ accepted           (第二十六条: found clear after acceptance)
//	applied, accepted ─withdraw→ withdrawn    (第二十四条末: before the conclusion)
//	delivered (confirmed) ─assess→ assessed
//	delivered (confirmed), assessed ─benefit_apply→ benefit_applied ─benefit_accept→ benefit_accepted   (第四十四条)
//	benefit_accepted ─supplement_requested→ supplement_requested ─supplemented→ benefit_accepted      (5 working days)
//	benefit_accepted, supplement_requested ─review→ review_approved / review_refused                   (20 working days)
//	review_approved, assessed, delivered (confirmed) ─benefits→ benefits
//
// Next has no calendar: it records an extension as asked and answered, and
// the rulebook judges it (Rulebook.ApplicationWindows); a review that
// refuses the claim for materials not supplemented (第四十四条第三款: 在规定
// 时限内未补正) should come after Rulebook.SupplementDeadline; the host checks
// it (Rulebook.Deadlines lists it). An acceptance must state its clarity
// (ErrUnstated otherwise).
func (c Case) Next(ev Event) (Case, error) {
	if c.Accident.IsZero() {
		return c, errNoAccident
	}
	if ev.Date.IsZero() || ev.Date.Before(c.LastDay()) {
		return c, &eventDateError{event: ev.Kind, date: ev.Date, accident: c.Accident, lastStep: c.LastDay()}
	}
	bad := func(why string) (Case, error) { return c, &transitionError{from: c.State, event: ev.Kind, why: why} }
	n := c
	n.ToFollow = append([]Material(nil), c.ToFollow...)
	switch ev.Kind {
	case EventReport:
		if c.State != StateNew {
			return bad("the accident is already reported")
		}
		n.State, n.ReportedOn = StateReported, ev.Date
	case EventExtension:
		if c.State != StateNew && c.State != StateReported {
			return bad("an extension of the application window is asked for before the application (第二十二条第一款)")
		}
		if !ev.Applicant.Valid() {
			return c, errBadApplicant
		}
		slot, side := &n.PlatformExtension, "the platform's"
		if !ev.Applicant.PlatformSide() {
			slot, side = &n.WorkerExtension, "the worker side's"
		}
		if slot.Approved {
			return bad(side + " window was already extended to " + slot.Until.String() + "; a further extension is not modelled")
		}
		*slot = Extension{Applicant: ev.Applicant, RequestedOn: ev.Date, Reason: ev.Reason, Approved: ev.Approved, Until: ev.Until}
	case EventApply:
		if c.State != StateNew && c.State != StateReported {
			return bad("an application was already made")
		}
		if !ev.Applicant.Valid() {
			return c, errBadApplicant
		}
		n.State, n.AppliedOn, n.Applicant = StateApplied, ev.Date, ev.Applicant
	case EventAccept:
		if c.State != StateApplied {
			return bad("only an application can be accepted")
		}
		switch {
		case ev.Clarity == "":
			return c, unstated("clarity")
		case !ev.Clarity.Valid():
			return c, errBadClarity
		}
		if len(ev.MissingKey) > 0 {
			return c, codeZH(ErrKeyMaterials, fmt.Errorf("%w: %d key material(s) missing (%s)", ErrKeyMaterials, len(ev.MissingKey), ev.MissingKey[0]),
				"缺少 %d 项关键材料（%s）", len(ev.MissingKey), ev.MissingKey[0].Chinese())
		}
		for _, m := range ev.Materials {
			if !m.Valid() {
				return c, codeZH(errBadMaterial, fmt.Errorf("%w: %s", errBadMaterial, masked(string(m))),
					"%s", maskedZH(string(m)))
			}
		}
		n.State, n.AcceptedOn, n.Clarity, n.ToFollow = StateAccepted, ev.Date, ev.Clarity, append([]Material(nil), ev.Materials...)
		if ev.Clarity == Clear {
			n.ClearOn = ev.Date
		}
	case EventFactsClear:
		if c.State != StateAccepted {
			return bad("facts are found clear on an accepted application before its conclusion")
		}
		if c.Clarity == Clear {
			return bad("the facts were already found clear on " + c.ClearOn.String())
		}
		n.Clarity, n.ClearOn = Clear, ev.Date
	case EventMaterialsToFollow:
		if c.State != StateAccepted || len(c.ToFollow) == 0 {
			return bad("no materials are to follow (第二十五条)")
		}
		for _, m := range ev.Materials {
			i := indexOf(n.ToFollow, m)
			if i < 0 {
				return c, codeZH(errNotToFollow, fmt.Errorf("%w: %s", errNotToFollow, masked(string(m))),
					"%s", maskedZH(string(m)))
			}
			n.ToFollow = append(n.ToFollow[:i], n.ToFollow[i+1:]...)
		}
	case EventWithdraw:
		if c.State != StateApplied && c.State != StateAccepted {
			return bad("an application can be withdrawn only before the conclusion (第二十四条末)")
		}
		n.State, n.WithdrawnOn = StateWithdrawn, ev.Date
	case EventDecide:
		switch {
		case !c.DecidedOn.IsZero():
			return c, &transitionError{from: c.State, event: ev.Kind, why: ErrAlreadyConfirmed.Error()}
		case c.State != StateAccepted:
			return bad("only an accepted application can be decided")
		}
		n.DecidedOn, n.Confirmed = ev.Date, ev.Confirmed
		n.State = StateNotConfirmed
		if ev.Confirmed {
			n.State = StateConfirmed
		}
	case EventDeliver:
		if c.State != StateConfirmed && c.State != StateNotConfirmed {
			return bad("only a conclusion can be delivered")
		}
		n.State, n.DeliveredOn = StateDelivered, ev.Date
	case EventAssess:
		if c.State != StateDelivered || !c.Confirmed {
			return bad("assessment follows a delivered confirmation (第三十条)")
		}
		n.State, n.AssessedOn = StateAssessed, ev.Date
	case EventBenefitApply:
		if !(c.State == StateAssessed || (c.State == StateDelivered && c.Confirmed)) {
			return bad("the benefit claim follows a delivered confirmation (第四十四条)")
		}
		if !ev.Applicant.Valid() {
			return c, errBadApplicant
		}
		n.State, n.BenefitAppliedOn, n.BenefitApplicant = StateBenefitApplied, ev.Date, ev.Applicant
	case EventBenefitAccept:
		if c.State != StateBenefitApplied {
			return bad("only a benefit claim can be accepted (第四十四条第二款)")
		}
		n.State, n.BenefitAcceptedOn = StateBenefitAccepted, ev.Date
	case EventSupplementRequested:
		if c.State != StateBenefitAccepted {
			return bad("a supplement is requested on review of an accepted benefit claim (第四十四条第三款)")
		}
		n.State, n.SupplementRequestedOn, n.SupplementedOn = StateSupplementRequested, ev.Date, calendar.Date{}
	case EventSupplemented:
		if c.State != StateSupplementRequested {
			return bad("no supplement was requested (第四十四条第三款)")
		}
		n.State, n.SupplementedOn = StateBenefitAccepted, ev.Date
	case EventReview:
		if c.State != StateBenefitAccepted && c.State != StateSupplementRequested {
			return bad("only an accepted benefit claim is reviewed (第四十四条第三款)")
		}
		n.ReviewedOn, n.ReviewApproved = ev.Date, ev.Approved
		n.State = StateReviewRefused
		if ev.Approved {
			n.State = StateReviewApproved
		}
	case EventBenefits:
		if !(c.State == StateAssessed || c.State == StateReviewApproved || (c.State == StateDelivered && c.Confirmed)) {
			return bad("benefits follow a delivered confirmation, and an assessment or an approved review where one is needed")
		}
		n.State, n.BenefitsOn = StateBenefits, ev.Date
	default:
		return c, codeZH(errUnknownEventKind, fmt.Errorf("%w (%d bytes; the value is not echoed: 第七十九条)", errUnknownEventKind, len(ev.Kind)),
			"（%d 字节；所填内容不予显示：第七十九条）", len(ev.Kind))
	}
	return n, nil
}

func indexOf(ms []Material, m Material) int {
	for i, x := range ms {
		if x == m {
			return i
		}
	}
	return -1
}

// CheckSingleConfirmation refuses a new confirmation for an accident whose
// earlier cases (the host passes every case of the same accident) already
// reached a conclusion (第二十八条第一款).
func CheckSingleConfirmation(earlier []Case) error {
	for _, c := range earlier {
		if !c.DecidedOn.IsZero() {
			return codeZH(ErrAlreadyConfirmed, fmt.Errorf("%w: decided %s", ErrAlreadyConfirmed, c.DecidedOn),
				"已于 %s 作出结论", c.DecidedOn)
		}
	}
	return nil
}

// Item is one deadline or check of a case.
type Item struct {
	Name     string `json:"name"`
	Articles string `json:"articles"`
	// Deadline is the step's deadline, known or unknown: one that falls in
	// a year the calendar has no schedule for is an unknown
	// calendar.Deadline (Known false; Err the *calendar.YearNotCoveredError
	// naming the year; NotBefore the day it cannot be earlier than). Never
	// a guessed date.
	Deadline calendar.Deadline `json:"deadline"`
	// ExtendedTo is the day a granted extension (第二十二条第一款) moved an
	// application window to; Standing is then judged against it.
	ExtendedTo calendar.Date `json:"extended_to,omitzero"`
	// Done is the day the step was taken, if it was.
	Done calendar.Date `json:"done,omitzero"`
	// Standing: met (done by the deadline), overdue (done after it, or not
	// done and the as-of day is past it), open, or unknown when it cannot
	// be told (the deadline, or the side's extension, is in a year not
	// covered). A step not needed, and the cap, are never overdue.
	Standing calendar.Standing `json:"standing"`
	// NotNeeded: the step is no longer anyone's to take (the worker's
	// window once the platform side applied; the platform's once the worker
	// side applied within it); it stands open, neither met nor overdue.
	NotNeeded bool `json:"not_needed,omitempty"`
	// BeforeInForce: the period runs from a day before 373号 took effect
	// (第八十一条, InForce): the deadline is computed by 373号 all the same,
	// and says so; Rules.BeforeInForce = refuse refuses such a case.
	BeforeInForce bool `json:"before_in_force,omitempty"`
	// Rulebook is the Fingerprint of the rulebook that computed it.
	Rulebook string `json:"rulebook,omitempty"`
}

// Deadlines lists every deadline of the case that is known at its current
// step, as of the given day (the host's today): the application windows
// (each moved by its side's granted extension, Item.ExtendedTo) and the
// extension cap, the decision and delivery deadlines, and the benefit
// claim's review and supplement deadlines (第四十四条). Each says whether it
// was met.
//
// Each deadline is computed on its own: one that falls in a year the
// calendar does not cover is listed as unknown (Item.Deadline, Known
// false) and the others are still given. The error is only for the errors
// of ApplicationWindows, an accepted case whose clarity is unstated (an
// ErrUnstated) or neither clear nor not_clear (the code bad_clarity), and a
// deadline that cannot be computed for another reason than a year not
// covered.
func (rb *Rulebook) Deadlines(c Case, asOf calendar.Date) ([]Item, error) {
	if err := rb.ok(); err != nil {
		return nil, err
	}
	w, err := rb.ApplicationWindows(c)
	if err != nil {
		return nil, err
	}
	decide := !c.AcceptedOn.IsZero() && c.State != StateWithdrawn // a withdrawn application is not decided
	switch {
	case decide && c.Clarity == "":
		return nil, unstated("clarity")
	case decide && !c.Clarity.Valid():
		return nil, errBadClarity
	}
	var items []Item
	add := func(name, arts string, start calendar.Date, dl calendar.Deadline, done calendar.Date) *Item {
		it := Item{Name: name, Articles: arts, Deadline: dl, Done: done, BeforeInForce: start.Before(InForce()), Rulebook: rb.fingerprint}
		it.Standing = dl.StandingOn(asOf, done)
		items = append(items, it)
		return &items[len(items)-1]
	}
	// notNeeded marks a step no longer anyone's to take: neither met nor
	// overdue.
	notNeeded := func(it *Item) { it.NotNeeded, it.Standing = true, calendar.StandingOpen }
	// extend judges an application window's item against its side's
	// extension: granted, against the extended day; not judged (an
	// uncovered year), met only when done by the window's own last day.
	extend := func(it *Item, s sideWindow) {
		switch {
		case s.ext.Granted:
			it.ExtendedTo = s.ext.Deadline
			switch {
			case !it.Done.IsZero() && !it.Done.After(s.ext.Deadline):
				it.Standing = calendar.StandingMet
			case !it.Done.IsZero(), !asOf.IsZero() && asOf.After(s.ext.Deadline):
				it.Standing = calendar.StandingOverdue
			default:
				it.Standing = calendar.StandingOpen
			}
		case s.undetermined() && it.Standing == calendar.StandingOverdue:
			it.Standing = calendar.StandingUnknown // the extension may move it
		}
	}
	plat, work := w.side(true), w.side(false)
	var platformDone, workerDone calendar.Date
	if c.Applicant.PlatformSide() {
		platformDone = c.AppliedOn
	} else if c.Applicant != "" {
		workerDone = c.AppliedOn
	}
	it := add("platform applies (30 days)", "第二十一条第一款", c.Accident, w.Platform, platformDone)
	extend(it, plat)
	if !workerDone.IsZero() {
		// A worker-side application within the platform's window (as
		// extended) leaves the platform nothing to do; one after it leaves
		// the platform late.
		if by, ok, _ := plat.by(workerDone); ok && by {
			notNeeded(it)
		}
	}
	it = add("worker, close relative or union applies (90 days)", "第二十一条第三款", c.Accident, w.Worker, workerDone)
	extend(it, work)
	if c.Applicant.PlatformSide() {
		notNeeded(it)
	}
	// The cap bounds extensions; it is no step anyone must take, so it is
	// never overdue, and once an application is filed it is not needed.
	it = add("no extension past the 工伤保险条例 第十七条 period", "第二十二条第一款", c.Accident, w.Cap, calendar.Date{})
	if it.Standing == calendar.StandingOverdue || it.Standing == calendar.StandingUnknown {
		it.Standing = calendar.StandingOpen // no step: never overdue
	}
	if !c.AppliedOn.IsZero() {
		it.NotNeeded = true
	}
	// A deadline the calendar cannot give (a year not covered) is the
	// unknown calendar.Deadline beside the error: its NotBefore still
	// tells that a step done by then was in time. Any other error is the
	// method's.
	deadline := func(dl calendar.Deadline, err error) (calendar.Deadline, error) {
		if err != nil && dl.Err() == nil {
			return dl, err
		}
		return dl, nil
	}
	if decide {
		dl, err := deadline(rb.DecisionDeadline(c))
		if err != nil {
			return nil, err
		}
		name := "decision (30 working days)"
		foundLater := !c.ClearOn.IsZero() && c.ClearOn != c.AcceptedOn
		switch {
		case dl.Known() && dl.N == clearDecisionWorkdays:
			name = "decision, clear case (7 working days)"
		case !dl.Known() && c.Clarity == Clear && (!foundLater || rb.rules.DecisionClock == ClockFromFoundClear):
			name = "decision, clear case (7 working days, at most 30)"
		}
		add(name, "第二十六条", c.AcceptedOn, dl, c.DecidedOn)
	}
	for _, x := range []struct {
		on         calendar.Date
		name, arts string
		get        func(calendar.Date) (calendar.Deadline, error)
		done       calendar.Date
	}{
		{c.DecidedOn, "delivery of the conclusion (3 working days)", "第二十七条", rb.DeliveryDeadline, c.DeliveredOn},
		{c.BenefitAcceptedOn, "agency's review of the benefit claim (20 working days)", "第四十四条第三款", rb.ReviewDeadline, c.ReviewedOn},
		{c.SupplementRequestedOn, "applicant supplements the materials (5 working days)", "第四十四条第三款", rb.SupplementDeadline, c.SupplementedOn},
	} {
		if x.on.IsZero() {
			continue
		}
		dl, err := deadline(x.get(x.on))
		if err != nil {
			return nil, err
		}
		add(x.name, x.arts, x.on, dl, x.done)
	}
	return items, nil
}

// checkDates checks a stored case (one the host kept, not necessarily built
// by Next): each recorded step is dated on or after the step it follows, and
// no step is recorded without the one it needs. The error wraps
// errCaseDates. Every method of the rulebook that reads a case checks it
// (ApplicationWindows).
func (c Case) checkDates() error {
	type step struct {
		name string
		d    calendar.Date
	}
	chains := [][]step{
		{{"accident", c.Accident}, {"applied_on", c.AppliedOn}, {"accepted_on", c.AcceptedOn}, {"clear_on", c.ClearOn}, {"decided_on", c.DecidedOn},
			{"delivered_on", c.DeliveredOn}, {"assessed_on", c.AssessedOn}},
		{{"accident", c.Accident}, {"reported_on", c.ReportedOn}},
		{{"accident", c.Accident}, {"platform_extension.requested_on", c.PlatformExtension.RequestedOn}, {"applied_on", c.AppliedOn}},
		{{"accident", c.Accident}, {"worker_extension.requested_on", c.WorkerExtension.RequestedOn}, {"applied_on", c.AppliedOn}},
		{{"decided_on", c.DecidedOn}, {"benefit_applied_on", c.BenefitAppliedOn}, {"benefit_accepted_on", c.BenefitAcceptedOn},
			{"supplement_requested_on", c.SupplementRequestedOn}, {"supplemented_on", c.SupplementedOn}},
		{{"benefit_accepted_on", c.BenefitAcceptedOn}, {"reviewed_on", c.ReviewedOn}},
		{{"accepted_on", c.AcceptedOn}, {"decided_on", c.DecidedOn}},
		{{"applied_on", c.AppliedOn}, {"withdrawn_on", c.WithdrawnOn}},
	}
	for _, ch := range chains {
		var prev step
		for _, s := range ch {
			if s.d.IsZero() {
				continue
			}
			if !prev.d.IsZero() && s.d.Before(prev.d) {
				return codeZH(errCaseDates, fmt.Errorf("%w: %s %s is before %s %s", errCaseDates, s.name, s.d, prev.name, prev.d),
					"%s %s 早于%s %s", dateZH(s.name), s.d, dateZH(prev.name), prev.d)
			}
			prev = s
		}
	}
	needs := []struct {
		what, need string
		d, n       calendar.Date
	}{
		{"accepted_on", "applied_on", c.AcceptedOn, c.AppliedOn},
		{"clear_on", "accepted_on", c.ClearOn, c.AcceptedOn},
		{"decided_on", "accepted_on", c.DecidedOn, c.AcceptedOn},
		{"delivered_on", "decided_on", c.DeliveredOn, c.DecidedOn},
		{"benefit_applied_on", "decided_on", c.BenefitAppliedOn, c.DecidedOn},
		{"benefit_accepted_on", "benefit_applied_on", c.BenefitAcceptedOn, c.BenefitAppliedOn},
		{"supplement_requested_on", "benefit_accepted_on", c.SupplementRequestedOn, c.BenefitAcceptedOn},
		{"supplemented_on", "supplement_requested_on", c.SupplementedOn, c.SupplementRequestedOn},
		{"reviewed_on", "benefit_accepted_on", c.ReviewedOn, c.BenefitAcceptedOn},
	}
	for _, n := range needs {
		if !n.d.IsZero() && n.n.IsZero() {
			return codeZH(errCaseDates, fmt.Errorf("%w: %s without %s", errCaseDates, n.what, n.need),
				"有%s，却没有%s", dateZH(n.what), dateZH(n.need))
		}
	}
	return nil
}

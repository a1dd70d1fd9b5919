package claims

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
)

// State is where a case stands.
type State string

const (
	StateNew          State = ""              // nothing recorded yet
	StateReported     State = "reported"      // 第二十条: 事故报案 and 备案
	StateApplied      State = "applied"       // 第二十一条: 职业伤害待遇给付申请
	StateAccepted     State = "accepted"      // 第二十五、二十六条: 受理 (complete, or with supplements to follow)
	StateConfirmed    State = "confirmed"     // 第二十六条: 确认为职业伤害
	StateNotConfirmed State = "not_confirmed" // 第二十六条: 不予确认
	StateDelivered    State = "delivered"     // 第二十七条: 结论送达
	StateAssessed     State = "assessed"      // 第三十、三十一条: 劳动能力鉴定结论
	StateBenefits     State = "benefits"      // 第三十八至四十一条: 待遇支付
	StateWithdrawn    State = "withdrawn"     // 第二十四条末: 撤销申请
)

// EventKind is what happened to a case.
type EventKind string

const (
	EventReport     EventKind = "report"
	EventApply      EventKind = "apply"
	EventAccept     EventKind = "accept"
	EventSupplement EventKind = "supplement"
	EventWithdraw   EventKind = "withdraw"
	EventDecide     EventKind = "decide"
	EventDeliver    EventKind = "deliver"
	EventAssess     EventKind = "assess"
	EventBenefits   EventKind = "benefits"
)

// Event is one step of a case, with its date.
type Event struct {
	Kind EventKind     `json:"kind"`
	Date calendar.Date `json:"date"`
	// Applicant, for EventApply.
	Applicant Applicant `json:"applicant,omitempty"`
	// Clear (EventAccept): 事实清楚、证据充分、权利义务明确, decided in 7 working days.
	Clear bool `json:"clear,omitempty"`
	// Materials: for EventAccept the materials to follow (容缺受理); for
	// EventSupplement the materials supplied.
	Materials []Material `json:"materials,omitempty"`
	// Confirmed (EventDecide): the injury is confirmed.
	Confirmed bool `json:"confirmed,omitempty"`
}

// Case is the state of one accident's case. The host stores it; Next
// computes the next one. The zero Case is a case with nothing recorded.
type Case struct {
	Accident  calendar.Date `json:"accident"`
	State     State         `json:"state"`
	Applicant Applicant     `json:"applicant,omitempty"`
	Clear     bool          `json:"clear,omitempty"`
	Confirmed bool          `json:"confirmed,omitempty"`
	// ToFollow are the materials still to follow after a 容缺 acceptance.
	ToFollow []Material `json:"to_follow,omitempty"`

	ReportedOn  calendar.Date `json:"reported_on,omitzero"`
	AppliedOn   calendar.Date `json:"applied_on,omitzero"`
	AcceptedOn  calendar.Date `json:"accepted_on,omitzero"`
	DecidedOn   calendar.Date `json:"decided_on,omitzero"`
	DeliveredOn calendar.Date `json:"delivered_on,omitzero"`
	AssessedOn  calendar.Date `json:"assessed_on,omitzero"`
	BenefitsOn  calendar.Date `json:"benefits_on,omitzero"`
	WithdrawnOn calendar.Date `json:"withdrawn_on,omitzero"`
}

// TransitionError is an event that is not allowed in the case's state.
type TransitionError struct {
	From  State
	Event EventKind
	Why   string
}

func (e *TransitionError) Error() string {
	from := string(e.From)
	if from == "" {
		from = "new"
	}
	return fmt.Sprintf("claims: %s is not allowed in state %s: %s", e.Event, from, e.Why)
}

// Errors of Next.
var (
	ErrEventDate        = errors.New("claims: event dated before the accident or before the case's last step")
	ErrAlreadyConfirmed = errors.New("claims: the accident already has a confirmation conclusion (第二十八条第一款: 同一事故伤害只能进行一次职业伤害确认)")
	ErrNotToFollow      = errors.New("claims: supplied a material that was not to follow")
	ErrUnknownEventKind = errors.New("claims: unknown event kind")
)

// last returns the latest date recorded on c.
func (c Case) last() calendar.Date {
	l := c.Accident
	for _, d := range []calendar.Date{c.ReportedOn, c.AppliedOn, c.AcceptedOn, c.DecidedOn, c.DeliveredOn, c.AssessedOn, c.BenefitsOn, c.WithdrawnOn} {
		if d.After(l) {
			l = d
		}
	}
	return l
}

// Next returns the case after ev, or a *TransitionError when ev is not
// allowed in c's state (deciding a withdrawn case, a second decision, a
// delivery before a decision), or ErrEventDate for an event dated before
// the accident or before the case's latest step. c is not changed.
//
//	new ─report→ reported ─apply→ applied ─accept→ accepted ─decide→ confirmed / not_confirmed ─deliver→ delivered
//	new ─apply→ applied                      (supplement while materials are to follow)
//	applied, accepted ─withdraw→ withdrawn    (第二十四条末: before the conclusion)
//	delivered (confirmed) ─assess→ assessed ─benefits→ benefits;  delivered (confirmed) ─benefits→ benefits (death)
func (c Case) Next(ev Event) (Case, error) {
	if c.Accident.IsZero() {
		return c, errors.New("claims: the case has no accident date")
	}
	if ev.Date.IsZero() || ev.Date.Before(c.last()) {
		return c, fmt.Errorf("%w: %s on %s (accident %s, last step %s)", ErrEventDate, ev.Kind, ev.Date, c.Accident, c.last())
	}
	bad := func(why string) (Case, error) { return c, &TransitionError{From: c.State, Event: ev.Kind, Why: why} }
	n := c
	n.ToFollow = append([]Material(nil), c.ToFollow...)
	switch ev.Kind {
	case EventReport:
		if c.State != StateNew {
			return bad("the accident is already reported")
		}
		n.State, n.ReportedOn = StateReported, ev.Date
	case EventApply:
		if c.State != StateNew && c.State != StateReported {
			return bad("an application was already made")
		}
		if !ev.Applicant.Valid() {
			return c, ErrBadApplicant
		}
		n.State, n.AppliedOn, n.Applicant = StateApplied, ev.Date, ev.Applicant
	case EventAccept:
		if c.State != StateApplied {
			return bad("only an application can be accepted")
		}
		for _, m := range ev.Materials {
			if !m.Valid() {
				return c, fmt.Errorf("%w: %q", ErrBadMaterial, m)
			}
		}
		n.State, n.AcceptedOn, n.Clear, n.ToFollow = StateAccepted, ev.Date, ev.Clear, append([]Material(nil), ev.Materials...)
	case EventSupplement:
		if c.State != StateAccepted || len(c.ToFollow) == 0 {
			return bad("no materials are to follow")
		}
		for _, m := range ev.Materials {
			i := indexOf(n.ToFollow, m)
			if i < 0 {
				return c, fmt.Errorf("%w: %q", ErrNotToFollow, m)
			}
			n.ToFollow = append(n.ToFollow[:i], n.ToFollow[i+1:]...)
		}
	case EventWithdraw:
		if c.State != StateApplied && c.State != StateAccepted {
			return bad("an application can be withdrawn only before the conclusion (第二十四条末)")
		}
		n.State, n.WithdrawnOn = StateWithdrawn, ev.Date
	case EventDecide:
		switch c.State {
		case StateConfirmed, StateNotConfirmed, StateDelivered, StateAssessed, StateBenefits:
			return c, &TransitionError{From: c.State, Event: ev.Kind, Why: ErrAlreadyConfirmed.Error()}
		case StateAccepted:
		default:
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
	case EventBenefits:
		if !(c.State == StateAssessed || (c.State == StateDelivered && c.Confirmed)) {
			return bad("benefits follow a delivered confirmation, and an assessment where one is needed")
		}
		n.State, n.BenefitsOn = StateBenefits, ev.Date
	default:
		return c, fmt.Errorf("%w: %q", ErrUnknownEventKind, ev.Kind)
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
			return fmt.Errorf("%w: decided %s", ErrAlreadyConfirmed, c.DecidedOn)
		}
	}
	return nil
}

// Item is one deadline or check of a case.
type Item struct {
	Name     string            `json:"name"`
	Articles string            `json:"articles"`
	Deadline calendar.Deadline `json:"deadline"`
	// Done is the day the step was taken, if it was.
	Done calendar.Date `json:"done,omitzero"`
	// Met: done by the deadline; Overdue: done after it, or not done and
	// the as-of day is past it.
	Met     bool `json:"met"`
	Overdue bool `json:"overdue"`
}

// Deadlines lists every deadline of the case that is known at its current
// step, as of the given day (the host's today): the application windows and
// the extension cap, the decision and delivery deadlines. Each says whether
// it was met.
func (c Case) Deadlines(cal *calendar.Calendar, rules Rules, asOf calendar.Date) ([]Item, error) {
	w, err := ApplicationWindows(cal, rules, c.Accident)
	if err != nil {
		return nil, err
	}
	var items []Item
	add := func(name, arts string, dl calendar.Deadline, done calendar.Date) {
		it := Item{Name: name, Articles: arts, Deadline: dl, Done: done}
		switch {
		case !done.IsZero():
			it.Met = !done.After(dl.Date)
			it.Overdue = !it.Met
		default:
			it.Overdue = !asOf.IsZero() && asOf.After(dl.Date)
		}
		items = append(items, it)
	}
	var platformDone, workerDone calendar.Date
	if c.Applicant.PlatformSide() {
		platformDone = c.AppliedOn
	} else if c.Applicant != "" {
		workerDone = c.AppliedOn
	}
	add("platform applies (30 days)", "第二十一条第一款", w.Platform, platformDone)
	add("worker, close relative or union applies (90 days)", "第二十一条第三款", w.Worker, workerDone)
	if w.CapErr == nil {
		add("no extension past the 工伤保险条例 第十七条 period", "第二十二条第一款", w.Cap, calendar.Date{})
	}
	if !c.AcceptedOn.IsZero() && c.State != StateWithdrawn { // a withdrawn application is not decided
		dl, err := DecisionDeadline(cal, c.AcceptedOn, c.Clear)
		if err != nil {
			return nil, err
		}
		name := "decision (30 working days)"
		if c.Clear {
			name = "decision, clear case (7 working days)"
		}
		add(name, "第二十六条", dl, c.DecidedOn)
	}
	if !c.DecidedOn.IsZero() {
		dl, err := DeliveryDeadline(cal, c.DecidedOn)
		if err != nil {
			return nil, err
		}
		add("delivery of the conclusion (3 working days)", "第二十七条", dl, c.DeliveredOn)
	}
	return items, nil
}

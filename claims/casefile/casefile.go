// Package casefile reads an occupational-injury case as a host or a clerk
// writes it in JSON (File) and gives its timeline: every deadline and check
// package claims makes of the case, each with its explanation (Timeline).
//
// It is an adapter: it holds no rule of its own. It turns the document into
// a claims.Case (Timeline.Case: the extension, the application, the
// acceptance, the decision and the later steps, each recorded by
// claims.Case.Next) and calls the methods of the claims.Rulebook of the
// file's rules (claims.NewRulebook), so a timeline is exactly what a host
// composing those methods gets for the same case.
//
// Its errors carry ErrInvalid (case_file), an invalid case file, wrapping
// the cause; where claims' own refusal of the file comes first (a
// step out of order, a fact left unstated) errcode.Of gives claims' code
// (claims.ErrTransition, claims.ErrUnstated, event_date).
package casefile

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// File is a case as a host or a clerk writes it in JSON, for
// examples/claim-timeline and the golden cases:
//
//	{
//	  "accident": "2026-01-20",
//	  "applicant": "worker",
//	  "filed_on": "2026-03-02",
//	  "accepted_on": "2026-03-03",
//	  "clarity": "not_clear",
//	  "application": {"situation": "order_accident", "submitted": ["application_form", "identity", …]},
//	  "paid_months": ["2026-01"],
//	  "decided_on": "2026-04-10",
//	  "confirmed": true,
//	  "events": [{"kind": "deliver", "date": "2026-04-13"}, {"kind": "benefit_apply", "date": "2026-04-20", "applicant": "worker"}],
//	  "costs": [{"date": "2026-02-25", "amount": "1200.00", "item": "medical"}],
//	  "as_of": "2026-04-15"
//	}
//
// accident, applicant and filed_on are required; clarity with accepted_on
// (第二十六条: "clear" or "not_clear", never assumed), confirmed with
// decided_on (第二十六条: the conclusion confirms the injury or not); the
// rest is optional.
type File struct {
	Accident   calendar.Date    `json:"accident"`
	Applicant  claims.Applicant `json:"applicant"`
	FiledOn    calendar.Date    `json:"filed_on"`
	AcceptedOn calendar.Date    `json:"accepted_on,omitzero"`
	// Clarity at acceptance (第二十六条); ClearOn, when the facts were found
	// clear only later.
	Clarity     claims.Clarity     `json:"clarity,omitzero"`
	ClearOn     calendar.Date      `json:"clear_on,omitzero"`
	Application claims.Application `json:"application"`
	// Extension is a request to apply after the window (第二十二条第一款),
	// asked for before filed_on, on the side of its applicant.
	Extension  *claims.Extension `json:"extension,omitempty"`
	PaidMonths []calendar.Month  `json:"paid_months"`
	DecidedOn  calendar.Date     `json:"decided_on,omitzero"`
	// Confirmed: the conclusion of decided_on confirms the injury (true) or
	// does not (false); required with decided_on.
	Confirmed *bool `json:"confirmed,omitempty"`
	// Events are the case's later steps after the decision, in order
	// (deliver, assess, and the benefit claim of 第四十四条).
	Events []claims.Event `json:"events,omitempty"`
	// IdentityNotVerified: 第六十九条 (see claims.Case).
	IdentityNotVerified bool          `json:"identity_not_verified,omitempty"`
	Costs               []claims.Cost `json:"costs,omitempty"`
	// AsOf is the day to judge open deadlines and cover on (the host's
	// today); empty means the case's latest recorded day.
	AsOf  calendar.Date `json:"as_of,omitzero"`
	Rules *claims.Rules `json:"rules,omitempty"`
}

// ErrInvalid (case_file) is wrapped by the errors of Parse and Timeline
// for a file that is not a valid case: a host branches on it to send the
// file back to whoever wrote it. It is their code (errcode.Of),
// except where claims' own refusal of the file comes first: a step out of
// order (claims.ErrTransition, event_date) or a fact left unstated
// (claims.ErrUnstated).
var ErrInvalid = errcode.New("case_file", errcode.Stop,
	"casefile: invalid case file",
	"案件数据不合要求")

// Parse reads a File strictly (unknown keys, a key in another case or
// written twice in one object, null for a value, a cost without its
// amount, malformed dates and amounts are errors) and checks its own form:
// the required fields, the facts one field needs from another (decided_on
// with accepted_on and confirmed, clear_on with the acceptance, as_of not
// before the accident), the application and the rules; a required fact
// left out (clarity with accepted_on, confirmed with decided_on) wraps
// claims.ErrUnstated naming it. The order of the case's steps is claims'
// rule, checked by Timeline. It reads through the library's strict JSON layer, with its
// limits checked before anything is parsed: at most jsonerr.MaxBytes
// (8 MiB), nesting 64 levels, and an amount of at most 20
// digits with 2 decimals (package jsonerr). A JSON refusal wraps ErrInvalid
// and a *jsonerr.Error (errors.As gives its path and offset); memory is
// bounded by the document's size.
func Parse(data []byte) (File, error) {
	var f File
	if err := strictjson.Decode(data, &f); err != nil {
		return File{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if err := f.validate(); err != nil {
		return File{}, err
	}
	return f, nil
}

// validate checks the file's own form (Parse). The order of the case's
// steps (filed, accepted and decided after the accident and after each
// other, an extension asked before the application) is claims' rule:
// record records the file by claims.Case.Next, which refuses a step out of
// order, and a cost before the accident is refused by the rulebook's cost
// split.
func (f File) validate() error {
	bad := func(zh, format string, args ...any) error { return invalid(zh, format, args...) }
	switch {
	case f.Accident.IsZero():
		return bad("没有事故日期", "no accident date")
	case !f.Applicant.Valid():
		return &zhError{err: fmt.Errorf("%w: applicant %s (want platform, service_agency, worker, close_relative or union)", ErrInvalid, masked(string(f.Applicant))),
			zh: ErrInvalid.Chinese() + "：申请人 " + maskedZH(string(f.Applicant)) + "（应为 platform、service_agency、worker、close_relative 或 union）"}
	case f.FiledOn.IsZero():
		return bad("没有申请日期（filed_on）", "no filed_on date")
	case !f.AcceptedOn.IsZero() && f.Clarity == "":
		// The fact unstated first (errcode.Of), then ErrInvalid.
		fe := errcode.Field(claims.ErrUnstated, "clarity", "")
		return &zhError{err: fmt.Errorf("%[2]w: accepted_on %[3]s: %[1]w", fe, ErrInvalid, f.AcceptedOn),
			zh: ErrInvalid.Chinese() + "：受理日期（accepted_on）" + f.AcceptedOn.String() + "：" + fe.Chinese()}
	case !f.DecidedOn.IsZero() && f.AcceptedOn.IsZero():
		return bad("有作出结论日期（decided_on），却没有受理日期（accepted_on）", "decided_on without accepted_on")
	case !f.DecidedOn.IsZero() && f.Confirmed == nil:
		fe := errcode.Field(claims.ErrUnstated, "confirmed", "")
		return &zhError{err: fmt.Errorf("%[2]w: decided_on %[3]s: %[1]w", fe, ErrInvalid, f.DecidedOn),
			zh: ErrInvalid.Chinese() + "：作出结论日期（decided_on）" + f.DecidedOn.String() + "：" + fe.Chinese()}
	case f.DecidedOn.IsZero() && f.Confirmed != nil:
		return bad("写了确认结果（confirmed），却没有作出结论日期（decided_on）", "confirmed without decided_on")
	case f.Clarity != "" && !f.Clarity.Valid():
		return &zhError{err: fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf("clarity %s", masked(string(f.Clarity)))),
			zh: ErrInvalid.Chinese() + "：clarity 为 " + maskedZH(string(f.Clarity)) + "（应为 clear 或 not_clear）"}
	case f.Clarity == claims.Clear && !f.ClearOn.IsZero() && f.ClearOn != f.AcceptedOn:
		return bad("clarity \"clear\" 指受理时（%s）事实即已清楚；事实于其后的 %s 查清的，写 clarity \"not_clear\" 并写 clear_on", "clarity \"clear\" means clear at acceptance (%s); for facts found clear later on %s give clarity \"not_clear\" with clear_on", f.AcceptedOn, f.ClearOn)
	case !f.ClearOn.IsZero() && (f.AcceptedOn.IsZero() || f.ClearOn.Before(f.AcceptedOn)):
		return bad("查清事实日期（clear_on）%s 须在受理当日或其后", "clear_on %s needs an acceptance on or before it", f.ClearOn)
	case !f.ClearOn.IsZero() && !f.DecidedOn.IsZero() && f.ClearOn.After(f.DecidedOn):
		return bad("查清事实日期（clear_on）%s 晚于作出结论日期（decided_on）%s", "clear_on %s is after decided_on %s", f.ClearOn, f.DecidedOn)
	case len(f.Events) > 0 && f.DecidedOn.IsZero():
		return bad("后续事项在作出结论之后：缺少作出结论日期（decided_on）", "events follow the decision: decided_on is missing")
	case !f.AsOf.IsZero() && f.AsOf.Before(f.Accident):
		return bad("计算日期（as_of）%s 早于事故日期 %s", "as_of %s is before the accident %s", f.AsOf, f.Accident)
	case f.Extension != nil && f.Extension.RequestedOn.IsZero():
		return bad("写了延期，却没有延期申请日期（requested_on）", "extension without requested_on")
	}
	if f.Rules != nil {
		// The rules alone are checked here (NewRulebook refuses what is
		// wrong with them); the calendar is Timeline's.
		if _, err := claims.NewRulebook(calendar.Default(), *f.Rules); err != nil {
			return fmt.Errorf("%w: rules: %w", ErrInvalid, err)
		}
	}
	switch a := f.Application; {
	case !a.Situation.Valid():
		return &zhError{err: fmt.Errorf("%w: application: situation %s (want order_accident, commute, sudden_illness_death, rescue or veteran_recurrence)", ErrInvalid, masked(string(a.Situation))),
			zh: ErrInvalid.Chinese() + "：申请：情形 " + maskedZH(string(a.Situation)) + "（应为 order_accident、commute、sudden_illness_death、rescue 或 veteran_recurrence）"}
	case a.Advance != claims.AdvanceNone && a.Advance != claims.AdvancePlatform && a.Advance != claims.AdvanceThird:
		return &zhError{err: fmt.Errorf("%w: application: advance %s (want empty, platform or third)", ErrInvalid, masked(string(a.Advance))),
			zh: ErrInvalid.Chinese() + "：申请：垫付方 " + maskedZH(string(a.Advance)) + "（应为不写、platform 或 third）"}
	}
	return nil
}

// rulebook returns the rulebook of the file: cal with the file's rules
// (the defaults when it gives none).
func (f File) rulebook(cal *calendar.Calendar) (*claims.Rulebook, error) {
	var rules claims.Rules
	if f.Rules != nil {
		rules = *f.Rules
	}
	return claims.NewRulebook(cal, rules)
}

// record records the file's facts in a claims.Case, in order, each by
// claims.Case.Next: the extension (asked on its requested_on), the
// application, the acceptance (with the materials to follow and the key
// materials missing as rb.CheckMaterials finds them), the facts found
// clear later, the decision, and the later events. An event Next refuses
// (a key material missing at acceptance, a step out of order) is an error
// wrapping ErrInvalid and Next's error.
func (f File) record(rb *claims.Rulebook) (claims.Case, error) {
	if rb == nil {
		_, err := rb.CheckMaterials(claims.Application{}) // the rulebook's own refusal: no_rulebook
		return claims.Case{}, err
	}
	if err := f.validate(); err != nil {
		return claims.Case{}, err
	}
	check, _ := rb.CheckMaterials(f.Application) // its error is the timeline's materials part
	var steps []claims.Event
	if x := f.Extension; x != nil {
		steps = append(steps, claims.Event{Kind: claims.EventExtension, Date: x.RequestedOn, Applicant: x.Applicant, Reason: x.Reason, Approved: x.Approved, Until: x.Until})
	}
	steps = append(steps, claims.Event{Kind: claims.EventApply, Date: f.FiledOn, Applicant: f.Applicant})
	if !f.AcceptedOn.IsZero() {
		steps = append(steps, claims.Event{Kind: claims.EventAccept, Date: f.AcceptedOn, Clarity: f.Clarity, Materials: check.ToFollow, MissingKey: check.MissingKey})
		if f.Clarity == claims.NotClear && !f.ClearOn.IsZero() {
			steps = append(steps, claims.Event{Kind: claims.EventFactsClear, Date: f.ClearOn})
		}
	}
	if !f.DecidedOn.IsZero() {
		steps = append(steps, claims.Event{Kind: claims.EventDecide, Date: f.DecidedOn, Confirmed: *f.Confirmed})
	}
	steps = append(steps, f.Events...)
	c := claims.Case{Accident: f.Accident, IdentityNotVerified: f.IdentityNotVerified}
	for _, ev := range steps {
		var err error
		if c, err = c.Next(ev); err != nil {
			// The step's refusal by claims first (errcode.Of: transition,
			// event_date), then ErrInvalid; fmt.Errorf lists wrapped errors
			// in the order of its arguments.
			return claims.Case{}, fmt.Errorf("%[2]w: %[1]w", err, ErrInvalid)
		}
	}
	return c, nil
}

// masked quotes a host's value for an error message without echoing it in
// full, as package claims does (redact.Head, 第七十九条).
func masked(s string) string { return redact.Head(s) }

package claims

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// CaseFile is a case as a host or a clerk writes it in JSON, for
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
//	  "events": [{"kind": "deliver", "date": "2026-04-13"}, {"kind": "benefit_apply", "date": "2026-04-20", "applicant": "worker"}],
//	  "costs": [{"date": "2026-02-25", "amount": "1200.00", "item": "medical"}],
//	  "as_of": "2026-04-15"
//	}
//
// accident, applicant and filed_on are required; the rest is optional.
type CaseFile struct {
	Accident   calendar.Date `json:"accident"`
	Applicant  Applicant     `json:"applicant"`
	FiledOn    calendar.Date `json:"filed_on"`
	AcceptedOn calendar.Date `json:"accepted_on,omitzero"`
	// Clarity at acceptance (第二十六条); ClearOn, when the facts were found
	// clear only later.
	Clarity     Clarity          `json:"clarity,omitzero"`
	ClearOn     calendar.Date    `json:"clear_on,omitzero"`
	Application Application      `json:"application"`
	Extension   *Extension       `json:"extension,omitempty"`
	PaidMonths  []calendar.Month `json:"paid_months"`
	DecidedOn   calendar.Date    `json:"decided_on,omitzero"`
	// Events are the case's later steps after the decision, in order
	// (deliver, assess, and the benefit claim of 第四十四条).
	Events []Event `json:"events,omitempty"`
	// IdentityNotVerified: 第六十九条 (see CostCase).
	IdentityNotVerified bool   `json:"identity_not_verified,omitempty"`
	Costs               []Cost `json:"costs,omitempty"`
	// AsOf is the day to judge open deadlines and cover on (the host's
	// today); empty means the case's latest recorded day.
	AsOf  calendar.Date `json:"as_of,omitzero"`
	Rules *Rules        `json:"rules,omitempty"`
}

// ErrCaseFile is wrapped by ParseCaseFile's errors.
var ErrCaseFile = errors.New("claims: invalid case file")

// ParseCaseFile reads a CaseFile strictly (unknown keys, a key in another
// case or written twice in one object, null for a value, a cost without
// its amount, malformed dates and amounts are errors) and checks that the
// dates are in order. It reads through the library's strict JSON layer,
// with its limits checked before anything is parsed: at most
// jsonerr.MaxBytes (8 MiB), nesting jsonerr.MaxDepth (64) levels, and an
// amount of at most 20 digits with 2 decimals (package jsonerr). A JSON
// refusal wraps ErrCaseFile and a *jsonerr.Error (errors.As gives its path
// and offset); memory is bounded by the document's size.
func ParseCaseFile(data []byte) (CaseFile, error) {
	var f CaseFile
	if err := strictjson.Decode(data, &f); err != nil {
		return CaseFile{}, fmt.Errorf("%w: %w", ErrCaseFile, err)
	}
	if err := f.Validate(); err != nil {
		return CaseFile{}, err
	}
	return f, nil
}

// Validate checks the required fields and the order of the dates.
func (f CaseFile) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrCaseFile, fmt.Sprintf(format, args...))
	}
	switch {
	case f.Accident.IsZero():
		return bad("no accident date")
	case !f.Applicant.Valid():
		return bad("applicant %s (want platform, service_agency, worker, close_relative or union)", masked(string(f.Applicant)))
	case f.FiledOn.IsZero():
		return bad("no filed_on date")
	case f.FiledOn.Before(f.Accident):
		return bad("filed_on %s is before the accident %s", f.FiledOn, f.Accident)
	case !f.AcceptedOn.IsZero() && f.AcceptedOn.Before(f.FiledOn):
		return bad("accepted_on %s is before filed_on %s", f.AcceptedOn, f.FiledOn)
	case !f.DecidedOn.IsZero() && f.AcceptedOn.IsZero():
		return bad("decided_on without accepted_on")
	case !f.DecidedOn.IsZero() && f.DecidedOn.Before(f.AcceptedOn):
		return bad("decided_on %s is before accepted_on %s", f.DecidedOn, f.AcceptedOn)
	case !f.Clarity.Valid():
		return bad("clarity %s", masked(string(f.Clarity)))
	case f.Clarity == Clear && !f.ClearOn.IsZero() && f.ClearOn != f.AcceptedOn:
		return bad("clarity \"clear\" means clear at acceptance (%s); for facts found clear later on %s give clarity \"not_clear\" with clear_on", f.AcceptedOn, f.ClearOn)
	case !f.ClearOn.IsZero() && (f.AcceptedOn.IsZero() || f.ClearOn.Before(f.AcceptedOn)):
		return bad("clear_on %s needs an acceptance on or before it", f.ClearOn)
	case !f.ClearOn.IsZero() && !f.DecidedOn.IsZero() && f.ClearOn.After(f.DecidedOn):
		return bad("clear_on %s is after decided_on %s", f.ClearOn, f.DecidedOn)
	case len(f.Events) > 0 && f.DecidedOn.IsZero():
		return bad("events follow the decision: decided_on is missing")
	case !f.AsOf.IsZero() && f.AsOf.Before(f.Accident):
		return bad("as_of %s is before the accident %s", f.AsOf, f.Accident)
	}
	for i, c := range f.Costs {
		if !c.Date.IsZero() && c.Date.Before(f.Accident) {
			return bad("cost #%d dated %s, before the accident %s", i+1, c.Date, f.Accident)
		}
	}
	if f.Rules != nil {
		if err := f.Rules.Validate(); err != nil {
			return err
		}
	}
	if _, err := Required(f.Application); err != nil {
		return fmt.Errorf("%w: application: %v", ErrCaseFile, err)
	}
	return nil
}

// Timeline is everything claims computes for a case file, each part with
// its explanation. A part that cannot be computed (a deadline in a year the
// calendar does not cover) says so in its own Unknown or Error field; the
// other parts are still given.
type Timeline struct {
	Windows   WindowsOut    `json:"windows"`
	Extension *ExtensionOut `json:"extension,omitempty"`
	Filing    FilingOut     `json:"filing"`
	Cover     CoverOut      `json:"cover"`
	Materials MaterialsOut  `json:"materials"`
	Deadlines []Item        `json:"deadlines"`
	Costs     *CostSplitOut `json:"costs,omitempty"`
	Notes     []string      `json:"notes,omitempty"`
	Case      Case          `json:"case"`
}

// WindowOut is one application window: its deadline, or why it is unknown
// (then Raw: the deadline is that day or the next working day).
type WindowOut struct {
	Deadline *calendar.Deadline `json:"deadline,omitempty"`
	Raw      calendar.Date      `json:"raw"`
	Unknown  string             `json:"unknown,omitempty"`
	// UnknownYear is the year whose schedule is missing, when that is why.
	UnknownYear int `json:"unknown_year,omitempty"`
}

// WindowsOut are the application windows (第二十一、二十二条).
type WindowsOut struct {
	Platform WindowOut `json:"platform"`
	Worker   WindowOut `json:"worker"`
	Cap      WindowOut `json:"cap"`
}

func windowOut(dl calendar.Deadline, raw calendar.Date, err error) WindowOut {
	if err != nil {
		return WindowOut{Raw: raw, Unknown: err.Error(), UnknownYear: uncoveredYear(err)}
	}
	return WindowOut{Deadline: &dl, Raw: raw}
}

// ExtensionOut is the judgement of an extension request.
type ExtensionOut struct {
	Granted  bool          `json:"granted"`
	Deadline calendar.Date `json:"deadline,omitzero"`
	Error    string        `json:"error,omitempty"`
	Reasons  []string      `json:"reasons,omitempty"`
}

// FilingOut is the judgement of the filing date; Error when it cannot be
// judged (the window is unknown and the raw day does not decide).
type FilingOut struct {
	// InTime and PlatformLate are nil when they cannot be told (see Error
	// and PlatformLateUnknown): never a false that means "unknown".
	InTime       *bool         `json:"in_time"`
	Deadline     calendar.Date `json:"deadline,omitzero"`
	DeadlineRaw  calendar.Date `json:"deadline_not_before,omitzero"`
	PlatformLate *bool         `json:"platform_late"`
	// PlatformLateUnknown says why PlatformLate is unknown.
	PlatformLateUnknown string   `json:"platform_late_unknown,omitempty"`
	Error               string   `json:"error,omitempty"`
	Reasons             []string `json:"reasons"`
}

// CoverOut is the 第四十三条 check: covered, pending or not_covered.
type CoverOut struct {
	Status  CoverStatus    `json:"status"`
	Month   calendar.Month `json:"month"`
	Due     calendar.Date  `json:"due,omitzero"`
	AsOf    calendar.Date  `json:"as_of"`
	Unknown string         `json:"unknown,omitempty"`
	Error   string         `json:"error,omitempty"`
	Reasons []string       `json:"reasons"`
}

// MaterialsOut is the materials checklist.
type MaterialsOut struct {
	Required    []Material `json:"required"`
	Missing     []Material `json:"missing"`
	ToFollow    []Material `json:"to_follow,omitempty"`
	MissingKey  []Material `json:"missing_key,omitempty"`
	Acceptable  bool       `json:"acceptable"`
	Complete    bool       `json:"complete"`
	Error       string     `json:"error,omitempty"`
	Explanation []string   `json:"explanation"`
}

// CostSplitOut is the cost split (第二十二条第二款, 第六十九条); amounts are
// strings with two decimals.
type CostSplitOut struct {
	From calendar.Date `json:"from,omitzero"`
	To   calendar.Date `json:"to,omitzero"`
	Open bool          `json:"open,omitempty"`
	// Fund and Platform are nil (absent) when the split cannot be made
	// (Error): never a 0.00 that means "unknown".
	Fund     *money.Fixed2 `json:"fund,omitempty"`
	Platform *money.Fixed2 `json:"platform,omitempty"`
	Error    string        `json:"error,omitempty"`
	Reasons  []string      `json:"reasons"`
}

// Timeline computes every deadline and check of the case file on cal. Its
// error is for an invalid file, a nil calendar or a case whose events are
// out of order; a deadline in an uncovered year is reported in its part.
func (f CaseFile) Timeline(cal *calendar.Calendar) (Timeline, error) {
	if cal == nil {
		return Timeline{}, ErrNoCalendar
	}
	if err := f.Validate(); err != nil {
		return Timeline{}, err
	}
	var rules Rules
	if f.Rules != nil {
		rules = *f.Rules
	}
	rules = rules.Resolved()
	w, err := ApplicationWindows(cal, rules, f.Accident)
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{Windows: WindowsOut{
		Platform: windowOut(w.Platform, w.PlatformRaw, w.PlatformErr),
		Worker:   windowOut(w.Worker, w.WorkerRaw, w.WorkerErr),
		Cap:      windowOut(w.Cap, w.CapRaw, w.CapErr),
	}}
	if w.BeforeInForce {
		t.Notes = append(t.Notes, fmt.Sprintf("事故发生于 %s，早于沪人社福〔2025〕373号施行之日（2025-12-29，第八十一条：本规程自印发之日起施行）：各项期限仍按本规程计算，供参考", f.Accident))
	}
	var ext *ExtensionResult
	if f.Extension != nil {
		r, err := JudgeExtension(w, *f.Extension)
		out := &ExtensionOut{Granted: r.Granted, Deadline: r.Deadline, Reasons: r.Reasons}
		switch {
		case err != nil:
			out.Error = err.Error()
		case r.Granted: // only an approved extension extends (第二十二条第一款: 经…同意)
			ext = &r
		}
		t.Extension = out
	}
	// An extension counts for the filing only on its own side: a platform's
	// extension does not move the worker's 90 days, nor the reverse.
	var filingExt, platformExt *ExtensionResult
	if ext != nil && f.Extension.Applicant.PlatformSide() == f.Applicant.PlatformSide() {
		filingExt = ext
	}
	if ext != nil && f.Extension.Applicant.PlatformSide() {
		platformExt = ext
	}
	if filing, err := JudgeFiling(w, f.Applicant, f.FiledOn, filingExt); err != nil {
		t.Filing = FilingOut{Error: err.Error(), Reasons: []string{err.Error()}}
	} else {
		in, late := filing.InTime, filing.PlatformLate
		t.Filing = FilingOut{InTime: &in, Deadline: filing.Deadline, Reasons: filing.Reasons}
		if filing.Deadline.IsZero() {
			_, t.Filing.DeadlineRaw, _ = w.For(f.Applicant)
		}
		switch {
		case platformExt != nil && !f.Applicant.PlatformSide():
			// The platform's own window was extended: whoever filed, the
			// platform is late only after the extension.
			late = f.FiledOn.After(platformExt.Deadline)
			t.Filing.PlatformLate = &late
		case filing.PlatformLateErr != nil:
			t.Filing.PlatformLateUnknown = filing.PlatformLateErr.Error()
		default:
			t.Filing.PlatformLate = &late
		}
	}
	check, err := CheckMaterials(f.Application, rules)
	if err != nil {
		t.Materials.Error = err.Error()
		t.Materials.Explanation = []string{err.Error()}
	} else {
		t.Materials = MaterialsOut{Required: check.Required, Missing: nonNil(check.Missing), ToFollow: check.ToFollow, MissingKey: check.MissingKey,
			Acceptable: check.Acceptable, Complete: check.Complete, Explanation: check.Explanation()}
	}
	// The case as the lifecycle sees it.
	c := Case{Accident: f.Accident, IdentityNotVerified: f.IdentityNotVerified}
	steps := []Event{{Kind: EventApply, Date: f.FiledOn, Applicant: f.Applicant}}
	if !f.AcceptedOn.IsZero() {
		steps = append(steps, Event{Kind: EventAccept, Date: f.AcceptedOn, Clarity: f.Clarity, Materials: check.ToFollow, MissingKey: check.MissingKey})
		if f.Clarity == NotClear && !f.ClearOn.IsZero() {
			steps = append(steps, Event{Kind: EventFactsClear, Date: f.ClearOn})
		}
	}
	if !f.DecidedOn.IsZero() {
		steps = append(steps, Event{Kind: EventDecide, Date: f.DecidedOn, Confirmed: true})
	}
	steps = append(steps, f.Events...)
	for _, ev := range steps {
		if c, err = c.Next(ev); err != nil {
			return Timeline{}, fmt.Errorf("%w: %w", ErrCaseFile, err)
		}
	}
	t.Case = c
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = c.last()
		t.Notes = append(t.Notes, fmt.Sprintf("未给出 as_of（当前日期）：事故当月保障按案件最后记录的日期 %s 判断", asOf))
	}
	t.Cover = CoverOut{AsOf: asOf}
	if cover, err := CheckCover(cal, f.Accident, f.PaidMonths, asOf); err != nil {
		t.Cover.Error, t.Cover.Reasons = err.Error(), []string{err.Error()}
	} else {
		t.Cover.Status, t.Cover.Month, t.Cover.Reasons = cover.Status, cover.Month, cover.Reasons
		if cover.DueErr == nil && cover.Status != Covered {
			t.Cover.Due = cover.Due.Date
		} else if cover.DueErr != nil {
			t.Cover.Unknown = cover.DueErr.Error()
		}
	}
	if t.Deadlines, err = c.Deadlines(cal, rules, f.AsOf); err != nil {
		return Timeline{}, err
	}
	if ext != nil {
		// The extended window: the first item is the platform's, the second
		// the worker side's.
		i := 1
		if f.Extension.Applicant.PlatformSide() {
			i = 0
		}
		it := &t.Deadlines[i]
		it.ExtendedTo = ext.Deadline
		switch {
		case !it.Done.IsZero():
			it.Met, it.Overdue = !it.Done.After(ext.Deadline), it.Done.After(ext.Deadline)
		case !it.NotNeeded:
			it.Met, it.Overdue = false, !f.AsOf.IsZero() && f.AsOf.After(ext.Deadline)
		}
	}
	if len(f.Costs) > 0 {
		cc := CostCase{FiledOn: f.FiledOn, AcceptedOn: f.AcceptedOn, IdentityNotVerified: f.IdentityNotVerified}
		if platformExt != nil {
			cc.PlatformExtendedTo = platformExt.Deadline
		}
		split, err := SplitLateCosts(w, rules, cc, f.Costs)
		if err != nil {
			t.Costs = &CostSplitOut{Error: err.Error(), Reasons: []string{err.Error()}}
		} else {
			fund, platform := money.Fixed2(split.Fund), money.Fixed2(split.Platform)
			t.Costs = &CostSplitOut{From: split.From, To: split.To, Open: split.Open, Fund: &fund, Platform: &platform, Reasons: split.Reasons}
		}
	}
	if !f.DecidedOn.IsZero() {
		t.Notes = append(t.Notes, "案件文件中的 decided_on 视为确认为职业伤害的结论")
	}
	return t, nil
}

// uncoveredYear is the year a *calendar.YearNotCoveredError names, or 0.
func uncoveredYear(err error) int {
	var nc *calendar.YearNotCoveredError
	if errors.As(err, &nc) {
		return nc.Year
	}
	return 0
}

func nonNil(ms []Material) []Material {
	if ms == nil {
		return []Material{}
	}
	return ms
}

package claims

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
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
//	  "clear": false,
//	  "application": {"situation": "order_accident", "submitted": ["application_form", "identity", …]},
//	  "paid_months": ["2026-01"],
//	  "decided_on": "2026-04-10",
//	  "costs": [{"date": "2026-02-25", "amount": "1200.00", "item": "medical"}],
//	  "as_of": "2026-04-15"
//	}
//
// accident, applicant and filed_on are required; the rest is optional.
type CaseFile struct {
	Accident    calendar.Date    `json:"accident"`
	Applicant   Applicant        `json:"applicant"`
	FiledOn     calendar.Date    `json:"filed_on"`
	AcceptedOn  calendar.Date    `json:"accepted_on,omitzero"`
	Clear       bool             `json:"clear,omitempty"`
	Application Application      `json:"application"`
	Extension   *Extension       `json:"extension,omitempty"`
	PaidMonths  []calendar.Month `json:"paid_months"`
	DecidedOn   calendar.Date    `json:"decided_on,omitzero"`
	Costs       []Cost           `json:"costs,omitempty"`
	// AsOf is the day to judge open deadlines on (the host's today); empty
	// means none is overdue yet.
	AsOf  calendar.Date `json:"as_of,omitzero"`
	Rules *Rules        `json:"rules,omitempty"`
}

// ErrCaseFile is wrapped by ParseCaseFile's errors.
var ErrCaseFile = errors.New("claims: invalid case file")

// ParseCaseFile reads a CaseFile strictly (unknown keys, malformed dates and
// amounts are errors) and checks that the dates are in order.
func ParseCaseFile(data []byte) (CaseFile, error) {
	var f CaseFile
	if err := strictjson.Decode(data, &f); err != nil {
		return CaseFile{}, fmt.Errorf("%w: %v", ErrCaseFile, err)
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
		return bad("applicant %q (want platform, service_agency, worker, close_relative or union)", f.Applicant)
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
// its explanation.
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

// WindowsOut are the application windows.
type WindowsOut struct {
	Platform calendar.Deadline  `json:"platform"`
	Worker   calendar.Deadline  `json:"worker"`
	Cap      *calendar.Deadline `json:"cap,omitempty"`
	CapRaw   calendar.Date      `json:"cap_raw"`
	CapNote  string             `json:"cap_note,omitempty"`
}

// ExtensionOut is the judgement of an extension request.
type ExtensionOut struct {
	Granted  bool          `json:"granted"`
	Deadline calendar.Date `json:"deadline"`
	Error    string        `json:"error,omitempty"`
	Reasons  []string      `json:"reasons,omitempty"`
}

// FilingOut is the judgement of the filing date.
type FilingOut struct {
	InTime       bool          `json:"in_time"`
	Deadline     calendar.Date `json:"deadline"`
	PlatformLate bool          `json:"platform_late"`
	Reasons      []string      `json:"reasons"`
}

// CoverOut is the 第四十三条 check.
type CoverOut struct {
	Covered bool   `json:"covered"`
	Reason  string `json:"reason"`
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

// CostSplitOut is the late-cost split.
type CostSplitOut struct {
	From     calendar.Date `json:"from,omitzero"`
	To       calendar.Date `json:"to,omitzero"`
	Fund     string        `json:"fund"`
	Platform string        `json:"platform"`
	Reasons  []string      `json:"reasons"`
}

// Timeline computes every deadline and check of the case file on cal.
func (f CaseFile) Timeline(cal *calendar.Calendar) (Timeline, error) {
	if err := f.Validate(); err != nil {
		return Timeline{}, err
	}
	rules := DefaultRules()
	if f.Rules != nil {
		rules = *f.Rules
	}
	w, err := ApplicationWindows(cal, rules, f.Accident)
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{Windows: WindowsOut{Platform: w.Platform, Worker: w.Worker, CapRaw: w.CapRaw}}
	if w.CapErr == nil {
		t.Windows.Cap = &w.Cap
	} else {
		t.Windows.CapNote = fmt.Sprintf("the cap is %s or, if that is a day off, the next working day: %v", w.CapRaw, w.CapErr)
	}
	var ext *ExtensionResult
	if f.Extension != nil {
		r, err := JudgeExtension(w, *f.Extension)
		out := &ExtensionOut{Granted: r.Granted, Deadline: r.Deadline, Reasons: r.Reasons}
		if err != nil {
			out.Error = err.Error()
		} else {
			ext = &r
		}
		t.Extension = out
	}
	filing, err := JudgeFiling(w, f.Applicant, f.FiledOn, ext)
	if err != nil {
		return Timeline{}, err
	}
	t.Filing = FilingOut{InTime: filing.InTime, Deadline: filing.Deadline, PlatformLate: filing.PlatformLate, Reasons: filing.Reasons}
	t.Cover.Covered, t.Cover.Reason = Cover(f.Accident, f.PaidMonths)
	check, err := CheckMaterials(f.Application, rules)
	if err != nil {
		t.Materials.Error = err.Error()
		t.Materials.Explanation = []string{err.Error()}
	} else {
		t.Materials = MaterialsOut{Required: check.Required, Missing: nonNil(check.Missing), ToFollow: check.ToFollow, MissingKey: check.MissingKey,
			Acceptable: check.Acceptable, Complete: check.Complete, Explanation: check.Explanation()}
	}
	// The case as the lifecycle sees it.
	c := Case{Accident: f.Accident}
	steps := []Event{{Kind: EventApply, Date: f.FiledOn, Applicant: f.Applicant}}
	if !f.AcceptedOn.IsZero() {
		steps = append(steps, Event{Kind: EventAccept, Date: f.AcceptedOn, Clear: f.Clear, Materials: check.ToFollow})
	}
	if !f.DecidedOn.IsZero() {
		steps = append(steps, Event{Kind: EventDecide, Date: f.DecidedOn, Confirmed: true})
	}
	for _, ev := range steps {
		if c, err = c.Next(ev); err != nil {
			return Timeline{}, err
		}
	}
	t.Case = c
	if t.Deadlines, err = c.Deadlines(cal, rules, f.AsOf); err != nil {
		return Timeline{}, err
	}
	if f.Applicant.PlatformSide() && len(f.Costs) > 0 {
		split, err := SplitLateCosts(w, rules, f.FiledOn, f.Costs)
		if err != nil {
			return Timeline{}, err
		}
		t.Costs = &CostSplitOut{From: split.From, To: split.To, Fund: split.Fund.StringFixed(2), Platform: split.Platform.StringFixed(2), Reasons: split.Reasons}
	} else if len(f.Costs) > 0 {
		t.Notes = append(t.Notes, "costs are split only when the platform side applied (第二十二条第二款)")
	}
	if !f.DecidedOn.IsZero() {
		t.Notes = append(t.Notes, "the case file's decided_on is taken as a confirmation")
	}
	return t, nil
}

func nonNil(ms []Material) []Material {
	if ms == nil {
		return []Material{}
	}
	return ms
}

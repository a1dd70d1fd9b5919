// Package casefile reads the benefits case file: the JSON document that
// examples/benefit-calculator and the golden cases (kind benefits.award)
// hold one case in, with its parameters, rules, medical costs and the
// months of its schedule.
//
// It is an adapter with no rules of its own: it parses the document
// strictly, builds a benefits.Rulebook of its parameters and rules, and
// calls the rulebook's methods (Compute, Schedule, Needs, ScheduleNeeds)
// and benefits.SplitMedical. Every reading, default and check of the
// benefits themselves is package benefits'.
//
//	f, err := casefile.Parse(data)
//	r, err := f.Calculate() // r.Award.Rulebook: the rulebook it was computed by
package casefile

import (
	"fmt"
	"slices"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/param"
)

// File is a case as examples/benefit-calculator and the golden cases read
// it: the case, optional medical costs with a third party (第三十四条),
// parameter values laid over benefits.DefaultParams (the 《实施办法》's
// commencement and the 2024 wage of 第四十五条 are parameters too), the
// rules, and a range of months for the schedule.
//
//	{
//	  "case": {"injury": "2024-04-15", "assessment": "2024-09-10", "grade": 4},
//	  "medical": {"total": "20000.00", "eligible": "15000.00", "ratio": "0.7"},
//	  "parameters": [],
//	  "rules": {"warning_limit": "100000"},
//	  "schedule": {"from": "2024-10", "to": "2025-03"}
//	}
type File struct {
	Case       benefits.Case     `json:"case"`
	Medical    *benefits.Medical `json:"medical,omitempty"`
	Parameters []param.Value     `json:"parameters,omitempty"`
	Rules      benefits.Rules    `json:"rules"`
	Schedule   *struct {
		From calendar.Month `json:"from"`
		To   calendar.Month `json:"to"`
	} `json:"schedule,omitempty"`
}

// errCaseFile (benefit_case_file) is wrapped by Parse's errors: a host
// acts on errcode.Of(err).Action() (Stop) or compares its Code().
var errCaseFile = errcode.New("benefit_case_file", errcode.Stop,
	"benefits: invalid case file",
	"待遇案件文件不合要求")

// Parse reads a File strictly: unknown keys, null for a value, a medical
// total or eligible amount left out, malformed dates and decimals are
// errors, and the case is validated (benefits.Case.Validate). It reads
// through the library's strict JSON layer, with its limits checked before
// anything is parsed (package jsonerr: 8 MiB, 64 levels, an amount of at
// most 20 digits with 2 decimals, a ratio at most 18 decimals); a JSON
// refusal carries the code benefit_case_file (Codes) and wraps a
// *jsonerr.Error.
func Parse(data []byte) (File, error) {
	var f File
	if err := strictjson.Decode(data, &f); err != nil {
		return File{}, fmt.Errorf("%w: %w", errCaseFile, err)
	}
	if err := f.Case.Validate(); err != nil {
		return File{}, err
	}
	if f.Schedule != nil && (f.Schedule.From.IsZero() || f.Schedule.To.Before(f.Schedule.From)) {
		return File{}, &zhError{err: fmt.Errorf("%w: schedule needs from ≤ to", errCaseFile), zh: errCaseFile.Chinese() + "：支付计划（schedule）须写起止月份，且起始月份（from）不晚于终止月份（to）"}
	}
	if err := unread(f.Parameters); err != nil {
		return File{}, err
	}
	return f, nil
}

// unread refuses a registered parameter benefits does not read (not in
// benefits.Params: a levy base amount), which a case file would otherwise
// hold without effect: a *param.ValueError wrapping param.ErrUnknownName.
func unread(values []param.Value) error {
	specs := benefits.Params()
	for i, v := range values {
		if _, ok := v.Name.Spec(); ok && !slices.ContainsFunc(specs, func(s param.Spec) bool { return s.Name == v.Name }) {
			return &param.ValueError{Index: i, Name: string(v.Name), From: v.From,
				Err: &zhError{err: fmt.Errorf("%w: benefits does not read %s (benefits.Params lists what it reads)", param.ErrUnknownName, v.Name),
					zh: param.ErrUnknownName.Chinese() + "：待遇计算（benefits）不读取 " + string(v.Name) + "（所读取的参数见 benefits.Params）"}}
		}
	}
	return nil
}

// rulebook returns the rulebook of the file's parameters (laid over
// benefits.DefaultParams) and rules, as benefits.NewRulebook checks them: a
// value refused is a *param.ValueError; a set or rules refused are
// benefits.NewRulebook's errors.
func (f File) rulebook() (*benefits.Rulebook, error) {
	if err := unread(f.Parameters); err != nil {
		return nil, err
	}
	set, err := benefits.DefaultParams().With(f.Parameters...)
	if err != nil {
		return nil, err
	}
	return benefits.NewRulebook(set, f.Rules)
}

// Result is everything the calculator computes for a case file.
type Result struct {
	Award benefits.Award `json:"award"`
	// Explanation is the award's, in English (Award.Explain(explain.English));
	// Award.Explain(explain.Chinese) gives it in Chinese.
	Explanation []string               `json:"explanation"`
	Medical     *benefits.MedicalSplit `json:"medical,omitempty"`
	Schedule    []benefits.Payment     `json:"schedule,omitempty"`
}

// Calculate computes the award (benefits.Rulebook.Compute), the medical
// split (benefits.SplitMedical) and the schedule (Rulebook.Schedule), with
// the rulebook of the file's parameters, laid over
// benefits.DefaultParams, and rules (benefits.NewRulebook): a value
// refused is a *param.ValueError, a set or rules refused NewRulebook's
// error. The award records the rulebook's fingerprint.
func (f File) Calculate() (Result, error) {
	rb, err := f.rulebook()
	if err != nil {
		return Result{}, err
	}
	a, err := rb.Compute(f.Case)
	if err != nil {
		return Result{}, err
	}
	r := Result{Award: a, Explanation: a.Explain(explain.English)}
	if f.Medical != nil {
		s, err := benefits.SplitMedical(*f.Medical)
		if err != nil {
			return Result{}, err
		}
		r.Medical = &s
	}
	if f.Schedule != nil {
		if r.Schedule, err = rb.Schedule(a, f.Schedule.From, f.Schedule.To); err != nil {
			return Result{}, err
		}
	}
	return r, nil
}

// Needs lists every parameter the file's calculation (award and schedule)
// needs that neither the defaults nor the file give (benefits.NeedMissing),
// then every provisional value the award rests on
// (benefits.NeedProvisional): benefits.Rulebook.ScheduleNeeds, or
// Rulebook.Needs for a file without a schedule.
func (f File) Needs() (benefits.Needs, error) {
	rb, err := f.rulebook()
	if err != nil {
		return benefits.Needs{}, err
	}
	if f.Schedule != nil {
		return rb.ScheduleNeeds(f.Case, f.Schedule.From, f.Schedule.To)
	}
	return rb.Needs(f.Case)
}

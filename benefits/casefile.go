package benefits

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/param"
)

// CaseFile is a case as examples/benefit-calculator and the golden cases
// read it: the Case, optional medical costs with a third party, parameter
// values laid over Defaults (checked once by NewParams: the 《实施办法》's
// commencement and the 2024 wage of 第四十五条 are parameters too), rules,
// and a range of months for the schedule.
//
//	{
//	  "case": {"injury": "2024-04-15", "assessment": "2024-09-10", "grade": 4},
//	  "medical": {"total": "20000.00", "eligible": "15000.00", "ratio": "0.7"},
//	  "parameters": [],
//	  "rules": {"warning_limit": "100000"},
//	  "schedule": {"from": "2024-10", "to": "2025-03"}
//	}
type CaseFile struct {
	Case       Case          `json:"case"`
	Medical    *Medical      `json:"medical,omitempty"`
	Parameters []param.Value `json:"parameters,omitempty"`
	Rules      Rules         `json:"rules"`
	Schedule   *struct {
		From calendar.Month `json:"from"`
		To   calendar.Month `json:"to"`
	} `json:"schedule,omitempty"`
}

// ErrCaseFile is wrapped by ParseCaseFile's errors.
var ErrCaseFile = errors.New("benefits: invalid case file")

// ParseCaseFile reads a CaseFile strictly: unknown keys, null for a value,
// a medical total or eligible amount left out, malformed dates and
// decimals are errors, and the case is validated. It reads through the
// library's strict JSON layer, with its limits checked before anything is
// parsed (package jsonerr: 8 MiB, 64 levels, an amount of at most 20
// digits with 2 decimals, a ratio at most 18 decimals); a JSON refusal
// wraps ErrCaseFile and a *jsonerr.Error.
func ParseCaseFile(data []byte) (CaseFile, error) {
	var f CaseFile
	if err := strictjson.Decode(data, &f); err != nil {
		return CaseFile{}, fmt.Errorf("%w: %w", ErrCaseFile, err)
	}
	if err := f.Case.Validate(); err != nil {
		return CaseFile{}, err
	}
	if f.Schedule != nil && (f.Schedule.From.IsZero() || f.Schedule.To.Before(f.Schedule.From)) {
		return CaseFile{}, fmt.Errorf("%w: schedule needs from ≤ to", ErrCaseFile)
	}
	return f, nil
}

// Result is everything the calculator computes for a case file.
type Result struct {
	Award       Award         `json:"award"`
	Explanation []string      `json:"explanation"`
	Medical     *MedicalSplit `json:"medical,omitempty"`
	Schedule    []Payment     `json:"schedule,omitempty"`
}

// Calculate computes the award, the medical split and the schedule.
func (f CaseFile) Calculate() (Result, error) {
	params, err := NewParams(f.Parameters...)
	if err != nil {
		return Result{}, err
	}
	a, err := Compute(f.Case, params, f.Rules)
	if err != nil {
		return Result{}, err
	}
	r := Result{Award: a, Explanation: a.Explanation()}
	if f.Medical != nil {
		s, err := SplitMedical(*f.Medical)
		if err != nil {
			return Result{}, err
		}
		r.Medical = &s
	}
	if f.Schedule != nil {
		if r.Schedule, err = a.Schedule(params, f.Schedule.From, f.Schedule.To); err != nil {
			return Result{}, err
		}
	}
	return r, nil
}

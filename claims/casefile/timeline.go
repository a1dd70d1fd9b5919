package casefile

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/money"
)

// Timeline is everything package claims computes for a case file, each
// part with its explanation, as JSON. A part that cannot be computed (a
// deadline in a year the calendar does not cover) says so in its own
// Unknown or Error field; the other parts are still given.
type Timeline struct {
	Windows   WindowsOut    `json:"windows"`
	Extension *ExtensionOut `json:"extension,omitempty"`
	Filing    FilingOut     `json:"filing"`
	Cover     CoverOut      `json:"cover"`
	Materials MaterialsOut  `json:"materials"`
	Deadlines []claims.Item `json:"deadlines"`
	Costs     *CostSplitOut `json:"costs,omitempty"`
	Notes     []string      `json:"notes,omitempty"`
	Case      claims.Case   `json:"case"`
	// Rulebook is the Fingerprint of the claims.Rulebook every part was
	// computed by.
	Rulebook string `json:"rulebook"`
}

// WindowsOut are the application windows (第二十一、二十二条), each a
// calendar.Deadline, known or unknown (then without a date, with the year
// not covered and the day it is not before: its raw last day).
type WindowsOut struct {
	Platform calendar.Deadline `json:"platform"`
	Worker   calendar.Deadline `json:"worker"`
	Cap      calendar.Deadline `json:"cap"`
}

// ExtensionOut is the judgement of the file's extension request.
type ExtensionOut struct {
	Granted  bool          `json:"granted"`
	Deadline calendar.Date `json:"deadline,omitzero"`
	Error    string        `json:"error,omitempty"`
	Reasons  []string      `json:"reasons,omitempty"`

	err error
}

// Err is the error Error says (nil when there is none, and after a JSON
// round trip): its Chinese is errcode's, for a clerk.
func (x ExtensionOut) Err() error { return x.err }

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

	err, platformLateErr error
}

// Err is the error Error says (nil when there is none, and after a JSON
// round trip): its Chinese is errcode's, for a clerk.
func (x FilingOut) Err() error { return x.err }

// PlatformLateErr is the error PlatformLateUnknown says (nil when there is
// none, and after a JSON round trip).
func (x FilingOut) PlatformLateErr() error { return x.platformLateErr }

// CoverOut is the 第四十三条 check: covered, pending or not_covered.
type CoverOut struct {
	Status  claims.CoverStatus `json:"status"`
	Month   calendar.Month     `json:"month"`
	Due     calendar.Date      `json:"due,omitzero"`
	AsOf    calendar.Date      `json:"as_of"`
	Unknown string             `json:"unknown,omitempty"`
	Error   string             `json:"error,omitempty"`
	Reasons []string           `json:"reasons"`

	err, unknownErr error
}

// Err is the error Error says (nil when there is none, and after a JSON
// round trip): its Chinese is errcode's, for a clerk.
func (x CoverOut) Err() error { return x.err }

// UnknownErr is the error Unknown says (nil when there is none, and after
// a JSON round trip).
func (x CoverOut) UnknownErr() error { return x.unknownErr }

// MaterialsOut is the materials checklist.
type MaterialsOut struct {
	Required    []claims.Material `json:"required"`
	Missing     []claims.Material `json:"missing"`
	ToFollow    []claims.Material `json:"to_follow,omitempty"`
	MissingKey  []claims.Material `json:"missing_key,omitempty"`
	Acceptable  bool              `json:"acceptable"`
	Complete    bool              `json:"complete"`
	Error       string            `json:"error,omitempty"`
	Explanation []string          `json:"explanation"`

	err error
}

// Err is the error Error says (nil when there is none, and after a JSON
// round trip): its Chinese is errcode's, for a clerk.
func (x MaterialsOut) Err() error { return x.err }

// CostSplitOut is the cost split (第二十二条第二款, 第六十九条); amounts are
// money.Amount, strings with two decimals.
type CostSplitOut struct {
	From calendar.Date `json:"from,omitzero"`
	To   calendar.Date `json:"to,omitzero"`
	Open bool          `json:"open,omitempty"`
	// Fund and Platform are nil (absent) when the split cannot be made
	// (Error): never a 0.00 that means "unknown".
	Fund     *money.Amount `json:"fund,omitempty"`
	Platform *money.Amount `json:"platform,omitempty"`
	Error    string        `json:"error,omitempty"`
	Reasons  []string      `json:"reasons"`

	err error
}

// Err is the error Error says (nil when there is none, and after a JSON
// round trip): its Chinese is errcode's, for a clerk.
func (x CostSplitOut) Err() error { return x.err }

// Timeline computes every deadline and check of the case file on cal, with
// the file's rules: it records the file in a claims.Case (Case) and gives,
// as JSON parts, what the rulebook's methods give for that case:
// ApplicationWindows (the windows, and the judgement of the file's
// extension), JudgeFiling, CheckCover (as of as_of, or the case's
// LastDay), CheckMaterials, Deadlines (as of as_of) and SplitLateCosts.
// Its error is for an invalid file, a nil calendar, a case whose events
// are out of order, and the errors of ApplicationWindows and Deadlines;
// a deadline in an uncovered year is reported in its part.
func (f File) Timeline(cal *calendar.Calendar) (Timeline, error) {
	if cal == nil {
		return Timeline{}, claims.ErrNoCalendar
	}
	if err := f.Validate(); err != nil {
		return Timeline{}, err
	}
	rb, err := f.Rulebook(cal)
	if err != nil {
		return Timeline{}, err
	}
	c, err := f.Case(rb)
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{Case: c, Rulebook: rb.Fingerprint()}
	w, err := rb.ApplicationWindows(c)
	if err != nil {
		return Timeline{}, err
	}
	t.Windows = WindowsOut{
		Platform: w.Platform,
		Worker:   w.Worker,
		Cap:      w.Cap,
	}
	if w.BeforeInForce {
		t.Notes = append(t.Notes, fmt.Sprintf("事故发生于 %s，早于沪人社福〔2025〕373号施行之日（%s，第八十一条：本规程自印发之日起施行）：各项期限仍按本规程计算，供参考", f.Accident, claims.InForce()))
	}
	if x := f.Extension; x != nil {
		r := w.WorkerExtension
		if x.Applicant.PlatformSide() {
			r = w.PlatformExtension
		}
		t.Extension = &ExtensionOut{Granted: r.Granted, Deadline: r.Deadline, Reasons: r.Reasons}
		if r.Err != nil {
			t.Extension.Error, t.Extension.err = r.Err.Error(), r.Err
		}
	}
	if filing, err := rb.JudgeFiling(c); err != nil {
		t.Filing = FilingOut{Error: err.Error(), Reasons: []string{err.Error()}, err: err}
	} else {
		in, late := filing.InTime, filing.PlatformLate
		t.Filing = FilingOut{InTime: &in, Deadline: filing.Deadline, DeadlineRaw: filing.NotBefore, Reasons: filing.Reasons}
		if filing.PlatformLateErr != nil {
			t.Filing.PlatformLateUnknown, t.Filing.platformLateErr = filing.PlatformLateErr.Error(), filing.PlatformLateErr
		} else {
			t.Filing.PlatformLate = &late
		}
	}
	if check, err := rb.CheckMaterials(f.Application); err != nil {
		t.Materials = MaterialsOut{Error: err.Error(), Explanation: []string{err.Error()}, err: err}
	} else {
		t.Materials = MaterialsOut{Required: check.Required, Missing: nonNil(check.Missing), ToFollow: check.ToFollow, MissingKey: check.MissingKey,
			Acceptable: check.Acceptable, Complete: check.Complete, Explanation: check.Explanation()}
	}
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = c.LastDay()
		t.Notes = append(t.Notes, fmt.Sprintf("未给出 as_of（当前日期）：事故当月保障按案件最后记录的日期 %s 判断", asOf))
	}
	t.Cover = CoverOut{AsOf: asOf}
	if cover, err := rb.CheckCover(f.Accident, f.PaidMonths, asOf); err != nil {
		t.Cover.Error, t.Cover.Reasons, t.Cover.err = err.Error(), []string{err.Error()}, err
	} else {
		t.Cover.Status, t.Cover.Month, t.Cover.Reasons = cover.Status, cover.Month, cover.Reasons
		if cover.DueErr == nil && cover.Status != claims.Covered {
			t.Cover.Due = cover.Due.Date
		} else if cover.DueErr != nil {
			t.Cover.Unknown, t.Cover.unknownErr = cover.DueErr.Error(), cover.DueErr
		}
	}
	if t.Deadlines, err = rb.Deadlines(c, f.AsOf); err != nil {
		return Timeline{}, err
	}
	if len(f.Costs) > 0 {
		split, err := rb.SplitLateCosts(c, f.Costs)
		if err != nil {
			t.Costs = &CostSplitOut{Error: err.Error(), Reasons: []string{err.Error()}, err: err}
		} else {
			fund, platform := split.Fund, split.Platform
			t.Costs = &CostSplitOut{From: split.From, To: split.To, Open: split.Open, Fund: &fund, Platform: &platform, Reasons: split.Reasons}
		}
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

func nonNil(ms []claims.Material) []claims.Material {
	if ms == nil {
		return []claims.Material{}
	}
	return ms
}

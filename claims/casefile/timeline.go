package casefile

import (
	"encoding/json"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/errcode"
)

// Timeline is everything package claims computes for a case file, each
// part the rulebook's own result with its explanation. A part that cannot
// be computed (a filing judged against a window in a year the calendar
// does not cover, a cost split that depends on it, a materials list that
// does not hold) is left zero with its error beside it (FilingErr,
// CoverErr, MaterialsErr, CostsErr: the error of the rulebook's method,
// errors.Is its code); the other parts are still given.
//
// It marshals itself (MarshalJSON): each part as its result type writes
// itself (claims.Windows, claims.Filing, claims.CoverResult, claims.Check,
// claims.CostSplit, claims.Item), a part that could not be computed as
// {"error": {"code": …, "chinese": …}} (errcode.Wire).
type Timeline struct {
	// Windows are the application windows (第二十一、二十二条) and the
	// judgement of the file's extension, on its applicant's side
	// (Windows.PlatformExtension or Windows.WorkerExtension).
	Windows claims.Windows
	// Filing is JudgeFiling's judgement of the application (第二十一、二十二条).
	Filing    claims.Filing
	FilingErr error
	// Cover is the 第四十三条 check as of the file's as_of (or the case's
	// latest recorded day, with a note saying so).
	Cover    claims.CoverResult
	CoverErr error
	// Materials is the checklist of the application (第二十三至二十五条).
	Materials    claims.Check
	MaterialsErr error
	// Deadlines are every deadline of the case at its current step, as of
	// the file's as_of.
	Deadlines []claims.Item
	// Costs is the cost split (第二十二条第二款, 第六十九条), nil when the
	// file lists no cost.
	Costs    *claims.CostSplit
	CostsErr error
	// Notes say, in Chinese, what the timeline assumed or marks (an
	// accident before 373号 took effect, no as_of given).
	Notes []string
	// Case is the file recorded as a claims.Case, each step by
	// claims.Case.Next; the rulebook every part was computed by is named by
	// each part's Rulebook (Windows.Rulebook, its Fingerprint).
	Case claims.Case
}

// MarshalJSON writes {"windows", "filing", "cover", "materials",
// "deadlines", "costs", "notes", "case", "rulebook"}: "costs" and "notes"
// absent when there are none, a part that could not be computed as
// {"error": {"code": …, "chinese": …}}, "rulebook" the Fingerprint of the
// claims.Rulebook every part was computed by.
func (t Timeline) MarshalJSON() ([]byte, error) {
	var costs any
	if t.Costs != nil || t.CostsErr != nil {
		costs = part(t.Costs, t.CostsErr)
	}
	return json.Marshal(struct {
		Windows   claims.Windows `json:"windows"`
		Filing    any            `json:"filing"`
		Cover     any            `json:"cover"`
		Materials any            `json:"materials"`
		Deadlines []claims.Item  `json:"deadlines"`
		Costs     any            `json:"costs,omitempty"`
		Notes     []string       `json:"notes,omitempty"`
		Case      claims.Case    `json:"case"`
		Rulebook  string         `json:"rulebook"`
	}{t.Windows, part(t.Filing, t.FilingErr), part(t.Cover, t.CoverErr), part(t.Materials, t.MaterialsErr),
		t.Deadlines, costs, t.Notes, t.Case, t.Windows.Rulebook})
}

// part is a timeline part for JSON: the result, or its error when it could
// not be computed.
func part(result any, err error) any {
	if err != nil {
		return struct {
			Error *errcode.WireError `json:"error"`
		}{errcode.Wire(err)}
	}
	return result
}

// Timeline computes every deadline and check of the case file on cal, with
// the file's rules: it records the file in a claims.Case (Timeline.Case) and gives
// what the rulebook's methods give for that case: ApplicationWindows (the
// windows, and the judgement of the file's extension), JudgeFiling,
// CheckCover (as of as_of, or the case's LastDay), CheckMaterials,
// Deadlines (as of as_of) and SplitLateCosts. Its error is for an invalid
// file, a nil calendar, a case whose events are out of order, and the
// errors of ApplicationWindows and Deadlines; the error of another method
// is its part's (FilingErr, CoverErr, MaterialsErr, CostsErr).
func (f File) Timeline(cal *calendar.Calendar) (Timeline, error) {
	if cal == nil {
		_, err := claims.NewRulebook(nil, claims.Rules{}) // claims' own refusal: nil_calendar
		return Timeline{}, err
	}
	if err := f.validate(); err != nil {
		return Timeline{}, err
	}
	rb, err := f.rulebook(cal)
	if err != nil {
		return Timeline{}, err
	}
	c, err := f.record(rb)
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{Case: c}
	if t.Windows, err = rb.ApplicationWindows(c); err != nil {
		return Timeline{}, err
	}
	if t.Windows.BeforeInForce {
		t.Notes = append(t.Notes, fmt.Sprintf("事故发生于 %s，早于沪人社福〔2025〕373号施行之日（%s，第八十一条：本规程自印发之日起施行）：各项期限仍按本规程计算，供参考", f.Accident, claims.InForce()))
	}
	t.Filing, t.FilingErr = rb.JudgeFiling(c)
	t.Materials, t.MaterialsErr = rb.CheckMaterials(f.Application)
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = c.LastDay()
		t.Notes = append(t.Notes, fmt.Sprintf("未给出 as_of（当前日期）：事故当月保障按案件最后记录的日期 %s 判断", asOf))
	}
	t.Cover, t.CoverErr = rb.CheckCover(f.Accident, f.PaidMonths, asOf)
	if t.Deadlines, err = rb.Deadlines(c, f.AsOf); err != nil {
		return Timeline{}, err
	}
	if len(f.Costs) > 0 {
		split, err := rb.SplitLateCosts(c, f.Costs)
		if err != nil {
			t.CostsErr = err
		} else {
			t.Costs = &split
		}
	}
	return t, nil
}

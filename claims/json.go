package claims

import (
	"encoding/json"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
)

// The results whose JSON is not their fields as tagged: an error written
// as its code and Chinese text (errcode.Wire), a boolean that is null when
// it is unknown, an explanation given with the checklist. CoverResult,
// CostSplit, Windows and Item marshal by their struct tags.

// MarshalJSON writes {"granted", "deadline", "error", "reasons"}: the
// deadline absent when it is unknown, error (Err as {"code", "chinese"})
// absent when the request was granted or not approved.
func (r ExtensionResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Granted  bool               `json:"granted"`
		Deadline calendar.Date      `json:"deadline,omitzero"`
		Error    *errcode.WireError `json:"error,omitempty"`
		Reasons  []string           `json:"reasons,omitempty"`
	}{r.Granted, r.Deadline, errcode.Wire(r.Err), r.Reasons})
}

// MarshalJSON writes {"applicant", "filed_on", "in_time", "deadline",
// "deadline_not_before", "platform_late", "platform_late_unknown",
// "reasons", "rulebook"}: deadline_not_before only when the deadline is
// unknown; platform_late is null when it cannot be told (never a false
// that means "unknown"), and platform_late_unknown then says why
// (PlatformLateErr as {"code", "chinese"}).
func (f Filing) MarshalJSON() ([]byte, error) {
	late := &f.PlatformLate
	if f.PlatformLateErr != nil {
		late = nil
	}
	return json.Marshal(struct {
		Applicant           Applicant          `json:"applicant"`
		FiledOn             calendar.Date      `json:"filed_on"`
		InTime              bool               `json:"in_time"`
		Deadline            calendar.Date      `json:"deadline,omitzero"`
		NotBefore           calendar.Date      `json:"deadline_not_before,omitzero"`
		PlatformLate        *bool              `json:"platform_late"`
		PlatformLateUnknown *errcode.WireError `json:"platform_late_unknown,omitempty"`
		Reasons             []string           `json:"reasons"`
		Rulebook            string             `json:"rulebook,omitempty"`
	}{f.applicant, f.filedOn, f.InTime, f.Deadline, f.NotBefore, late, errcode.Wire(f.PlatformLateErr), f.Reasons, f.Rulebook})
}

// MarshalJSON writes {"required", "missing", "to_follow", "missing_key",
// "extra", "acceptable", "complete", "explanation", "rulebook"}: missing is
// [] when nothing is, the lists after it absent when empty, explanation
// the checklist for a clerk (Explain in Chinese).
func (c Check) MarshalJSON() ([]byte, error) {
	missing := c.Missing
	if missing == nil {
		missing = []Material{}
	}
	return json.Marshal(struct {
		Required    []Material `json:"required"`
		Missing     []Material `json:"missing"`
		ToFollow    []Material `json:"to_follow,omitempty"`
		MissingKey  []Material `json:"missing_key,omitempty"`
		Extra       []Material `json:"extra,omitempty"`
		Acceptable  bool       `json:"acceptable"`
		Complete    bool       `json:"complete"`
		Explanation []string   `json:"explanation"`
		Rulebook    string     `json:"rulebook,omitempty"`
	}{c.Required, missing, c.ToFollow, c.MissingKey, c.Extra, c.Acceptable, c.Complete, c.Explain(explain.Chinese), c.Rulebook})
}

package claims_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// object marshals v and reads it back as an object of raw values.
func object(t *testing.T, v any) map[string]json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m), string(b))
	return m
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// The results marshal themselves: snake_case keys, each deadline a
// calendar.Deadline, an error as its code and Chinese text (never the
// English message), a boolean that cannot be told as null.
func TestResultsMarshalThemselves(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	rb := book(t)

	// Windows with a refused extension on the worker's side.
	c := filedCase(d("2026-01-20"), claims.ApplicantWorker, d("2026-03-02"), calendar.Date{})
	c.WorkerExtension = claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: d("2026-02-20"), Reason: "住院", Approved: true, Until: d("2026-03-01")}
	w, err := rb.ApplicationWindows(c)
	require.NoError(t, err)
	require.ErrorIs(t, w.WorkerExtension.Err, claims.ErrExtensionUntil)
	m := object(t, w)
	assert.ElementsMatch(t, []string{"accident", "platform", "worker", "cap", "worker_extension", "rulebook"}, keys(m))
	wantPlatform, _ := json.Marshal(w.Platform)
	assert.JSONEq(t, string(wantPlatform), string(m["platform"]))
	assert.JSONEq(t, `{"granted":false,"deadline":"2026-04-20","error":{"code":"extension_until","chinese":"经同意的延期须写明晚于原申请期限的截止日期（第二十二条第一款）：应晚于 2026-04-20"}}`,
		string(m["worker_extension"]))

	// A filing whose platform lateness cannot be told: null, and why.
	c = filedCase(d("2026-12-10"), claims.ApplicantWorker, d("2027-01-12"), calendar.Date{})
	f, err := rb.JudgeFiling(c)
	require.NoError(t, err)
	require.Error(t, f.PlatformLateErr)
	m = object(t, f)
	assert.Equal(t, "true", string(m["in_time"]))
	assert.Equal(t, "null", string(m["platform_late"]))
	assert.JSONEq(t, `{"code":"not_covered","chinese":"平台企业是否逾期申请尚不能判断（2027-01-12 提出申请，平台企业的申请期限 2027-01-09（遇休息日顺延至其后第一个工作日；当年放假安排未载入，确切日期未知：2027年的放假安排尚未载入，该年的日期无法判断））"}`, string(m["platform_late_unknown"]))
	assert.Equal(t, `"worker"`, string(m["applicant"]))
	assert.NotContains(t, string(m["platform_late_unknown"]), "calendar:")
	// Told: a boolean, and no reason for an unknown.
	f, err = rb.JudgeFiling(filedCase(d("2026-01-20"), claims.ApplicantPlatform, d("2026-03-02"), calendar.Date{}))
	require.NoError(t, err)
	m = object(t, f)
	assert.Equal(t, "true", string(m["platform_late"]))
	assert.NotContains(t, m, "platform_late_unknown")
	assert.NotContains(t, m, "deadline_not_before")

	// Cover: paid, no due; unpaid, the declaration deadline as a Deadline.
	r, err := rb.CheckCover(d("2026-03-10"), []calendar.Month{calendar.MonthOfDate(d("2026-03-10"))}, d("2026-05-01"))
	require.NoError(t, err)
	m = object(t, r)
	assert.ElementsMatch(t, []string{"status", "month", "as_of", "reasons", "rulebook"}, keys(m))
	r, err = rb.CheckCover(d("2026-12-10"), nil, d("2026-12-20"))
	require.NoError(t, err)
	assert.False(t, r.Due.Known())
	m = object(t, r)
	var due calendar.Deadline
	require.NoError(t, json.Unmarshal(m["due"], &due))
	assert.True(t, due == r.Due, "the deadline reads back the same")
	assert.Equal(t, `"2026-12-20"`, string(m["as_of"]))

	// The checklist with its explanation; missing is [] when nothing is.
	check, err := rb.CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{claims.MatApplicationForm}})
	require.NoError(t, err)
	m = object(t, check)
	wantExpl, _ := json.Marshal(check.Explain(explain.Chinese))
	assert.JSONEq(t, string(wantExpl), string(m["explanation"]))
	assert.Equal(t, "false", string(m["acceptable"]))
	complete, err := rb.CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: check.Required})
	require.NoError(t, err)
	assert.Equal(t, "[]", string(object(t, complete)["missing"]))

	// The cost split: amounts with two decimals, the costs the platform
	// bears.
	s, err := splitCosts(rb, d("2026-01-20"), costCase{FiledOn: d("2026-02-25"), AcceptedOn: d("2026-03-02")},
		[]claims.Cost{{Date: d("2026-01-20"), Amount: money.MustParse("600")}, {Date: d("2026-03-10"), Amount: money.MustParse("300.5")}})
	require.NoError(t, err)
	m = object(t, s)
	assert.Equal(t, `"300.50"`, string(m["fund"]))
	assert.Equal(t, `"600.00"`, string(m["platform"]))
	assert.Equal(t, `"2026-01-20"`, string(m["from"]))
	assert.JSONEq(t, `[{"date":"2026-01-20","amount":"600.00"}]`, string(m["platform_costs"]))
	assert.NotContains(t, m, "open")
}

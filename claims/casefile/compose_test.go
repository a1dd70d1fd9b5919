package casefile_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/errcode"
)

// The timeline holds no rule: for every case file, each of its parts is,
// field by field, what the documented rulebook methods give for the case
// the file records (File.Case), composed as a host composes them. The
// files are every golden case of package claims that describes a case
// (each kind's input written as a case file; a timeline case as it is),
// the sample, and the case files of this package's tests; a golden kind
// that describes no case (an attribution, a month count) is listed as
// such, so that a new kind is not silently left out.
func TestTimelineIsTheComposedMethods(t *testing.T) {
	files, names := allCaseFiles(t)
	compared := 0
	for _, name := range names {
		f, err := casefile.Parse(files[name])
		if err != nil {
			// A golden input the JSON layer refuses (an amount with a
			// third decimal) is no case: it is refused before any rule.
			assert.ErrorIs(t, err, casefile.ErrInvalid, name)
			continue
		}
		compared++
		t.Run(name, func(t *testing.T) { compareTimeline(t, f, calendar.Default()) })
	}
	assert.Greater(t, compared, 70, "golden cases compared")
}

// compareTimeline checks f's timeline against the rulebook's methods.
func compareTimeline(t *testing.T, f casefile.File, cal *calendar.Calendar) {
	t.Helper()
	tl, tlErr := f.Timeline(cal)

	// What a host does: the rulebook, the case, and each method on it.
	rb, err := f.Rulebook(cal)
	require.NoError(t, err)
	c, err := f.Case(rb)
	if err != nil {
		require.Error(t, tlErr)
		assert.Equal(t, err.Error(), tlErr.Error())
		return
	}
	w, err := rb.ApplicationWindows(c)
	if err != nil {
		require.Error(t, tlErr)
		assert.Equal(t, err.Error(), tlErr.Error())
		return
	}
	items, err := rb.Deadlines(c, f.AsOf)
	if err != nil {
		require.Error(t, tlErr)
		assert.Equal(t, err.Error(), tlErr.Error())
		return
	}
	require.NoError(t, tlErr)

	assert.Equal(t, c, tl.Case, "case")
	assert.Equal(t, rb.Fingerprint(), tl.Windows.Rulebook, "rulebook")

	// Windows: the deadlines themselves, known or unknown, and the
	// extension of each side the case records.
	assert.Equal(t, w, tl.Windows, "windows")
	assert.True(t, w.Platform == tl.Windows.Platform, "platform")
	assert.True(t, w.Worker == tl.Windows.Worker, "worker")
	assert.True(t, w.Cap == tl.Windows.Cap, "cap")
	assert.Equal(t, w.BeforeInForce, len(tl.Notes) > 0 && strings.Contains(tl.Notes[0], "早于沪人社福〔2025〕373号施行之日"), "before in force noted")

	// The filing, the materials, the cover (as of the file's day or the
	// case's last) and the costs: each the method's result or its error.
	filing, err := rb.JudgeFiling(c)
	assert.Equal(t, filing, tl.Filing, "filing")
	assert.Equal(t, errText(err), errText(tl.FilingErr), "filing error")
	check, err := rb.CheckMaterials(f.Application)
	assert.Equal(t, check, tl.Materials, "materials")
	assert.Equal(t, errText(err), errText(tl.MaterialsErr), "materials error")
	asOf := f.AsOf
	if asOf.IsZero() {
		asOf = c.LastDay()
	}
	cover, err := rb.CheckCover(f.Accident, f.PaidMonths, asOf)
	assert.Equal(t, cover, tl.Cover, "cover")
	assert.Equal(t, errText(err), errText(tl.CoverErr), "cover error")
	if err == nil {
		assert.Equal(t, asOf, tl.Cover.AsOf)
	}

	// The deadlines, item by item.
	assert.Equal(t, items, tl.Deadlines, "deadlines")

	// The costs.
	if len(f.Costs) == 0 {
		assert.Nil(t, tl.Costs)
		assert.NoError(t, tl.CostsErr)
	} else {
		split, err := rb.SplitLateCosts(c, f.Costs)
		assert.Equal(t, errText(err), errText(tl.CostsErr), "costs error")
		if err != nil {
			assert.Nil(t, tl.Costs)
		} else {
			require.NotNil(t, tl.Costs)
			assert.Equal(t, split, *tl.Costs, "costs")
		}
	}

	// On the wire: each part as its result writes itself, or its error as
	// its code and Chinese text, never the English message.
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	var parts map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &parts))
	for name, e := range map[string]error{"filing": tl.FilingErr, "materials": tl.MaterialsErr, "cover": tl.CoverErr, "costs": tl.CostsErr} {
		if e == nil {
			continue
		}
		var got struct {
			Error errcode.WireError `json:"error"`
		}
		require.NoError(t, json.Unmarshal(parts[name], &got), name)
		assert.Equal(t, *errcode.Wire(e), got.Error, name)
		assert.NotContains(t, string(parts[name]), e.Error(), name)
	}
	for name, v := range map[string]any{"windows": tl.Windows, "deadlines": tl.Deadlines} {
		want, err := json.Marshal(v)
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(parts[name]), name)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// notCases are the golden kinds of package claims whose input describes no
// case: they are checked by their own golden runs, not as case files.
var notCases = map[string]string{
	"claims.attribution":     "the platform responsible among orders (第二十八条): no case's deadlines",
	"calendar.within_months": "a month count of package calendar",
}

// completeApplication is an application that lacks nothing, for inputs
// that do not give one.
var completeApplication = map[string]any{"situation": "order_accident", "submitted": []string{"application_form", "identity", "scene_evidence",
	"order_data", "track_data", "diagnosis", "payment_account", "consent", "police_proof"}}

// goldenCaseFiles writes each golden case of package claims that describes
// a case as a case file: the timeline's input as it is; the other kinds'
// inputs as the case they describe, with an application that lacks
// nothing where they give none.
func goldenCaseFiles(t *testing.T) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/golden/claims/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		var g struct {
			Kind  string         `json:"kind"`
			Input map[string]any `json:"input"`
		}
		require.NoError(t, json.Unmarshal(data, &g), p)
		in := g.Input
		file := map[string]any{"application": completeApplication, "paid_months": []string{}}
		set := func(key string, v any) {
			if v != nil {
				file[key] = v
			}
		}
		switch g.Kind {
		case "claims.timeline":
			file = in
		case "claims.windows":
			set("accident", in["accident"])
			set("rules", in["rules"])
			file["applicant"], file["filed_on"] = "platform", in["accident"]
		case "claims.extension":
			x := in["extension"].(map[string]any)
			filed := x["requested_on"]
			if u, ok := x["until"]; ok && x["approved"] == true {
				filed = u
			}
			set("accident", in["accident"])
			set("rules", in["rules"])
			file["applicant"], file["filed_on"], file["extension"] = x["applicant"], filed, x
		case "claims.late_costs":
			set("accident", in["accident"])
			set("rules", in["rules"])
			set("costs", in["costs"])
			set("identity_not_verified", in["identity_not_verified"])
			set("extension", in["platform_extension"])
			file["applicant"], file["filed_on"] = "worker", in["applied_on"]
			set("applicant", in["applicant"])
			if a, ok := in["accepted_on"]; ok {
				file["accepted_on"], file["clarity"] = a, "not_clear"
			}
		case "claims.cover":
			set("accident", in["accident"])
			set("paid_months", in["paid_months"])
			set("as_of", in["as_of"])
			file["applicant"], file["filed_on"] = "platform", in["accident"]
		case "claims.materials":
			set("application", in["application"])
			set("rules", in["rules"])
			file["accident"], file["applicant"], file["filed_on"] = "2026-03-02", "worker", "2026-03-02"
		case "claims.decision_deadline":
			at := in["accepted"]
			clarity, clearOn := in["clarity"], in["clear_on"]
			if clearOn != nil && clearOn != at {
				clarity = "not_clear" // found clear later: how a case file says it
			}
			set("rules", in["rules"])
			set("clarity", clarity)
			set("clear_on", clearOn)
			file["accident"], file["applicant"], file["filed_on"], file["accepted_on"] = at, "worker", at, at
		case "claims.delivery_deadline", "claims.review_deadline", "claims.supplement_deadline":
			var d any
			for _, v := range in {
				d = v
			}
			file["accident"], file["applicant"], file["filed_on"], file["accepted_on"], file["clarity"] = d, "worker", d, d, "not_clear"
			file["decided_on"], file["confirmed"] = d, true
			events := []map[string]any{}
			if g.Kind != "claims.delivery_deadline" {
				events = append(events, map[string]any{"kind": "deliver", "date": d}, map[string]any{"kind": "benefit_apply", "date": d, "applicant": "worker"},
					map[string]any{"kind": "benefit_accept", "date": d})
			}
			if g.Kind == "claims.supplement_deadline" {
				events = append(events, map[string]any{"kind": "supplement_requested", "date": d})
			}
			if len(events) > 0 {
				file["events"] = events
			}
		case "claims.lifecycle":
			var ok bool
			if file, ok = lifecycleFile(in); !ok {
				continue // steps a case file cannot write (a report, a withdrawal, materials handed in)
			}
		default:
			_, listed := notCases[g.Kind]
			require.True(t, listed, "%s: golden kind %s is neither written as a case file nor listed in notCases", p, g.Kind)
			continue
		}
		b, err := json.Marshal(file)
		require.NoError(t, err)
		out[filepath.Base(p)] = b
	}
	return out
}

// lifecycleFile writes a lifecycle's events as a case file, when a case
// file can say them: an application, its acceptance, the facts found
// clear, the decision, and the steps after it.
func lifecycleFile(in map[string]any) (map[string]any, bool) {
	file := map[string]any{"accident": in["accident"], "application": completeApplication, "paid_months": []string{}}
	if a, ok := in["as_of"]; ok {
		file["as_of"] = a
	}
	evs, _ := in["events"].([]any)
	var after []any
	for i, e := range evs {
		ev := e.(map[string]any)
		switch k := ev["kind"]; {
		case k == "apply" && file["filed_on"] == nil:
			file["applicant"], file["filed_on"] = ev["applicant"], ev["date"]
		case k == "accept" && file["filed_on"] != nil && file["accepted_on"] == nil && file["decided_on"] == nil:
			file["accepted_on"], file["clarity"] = ev["date"], ev["clarity"]
		case k == "facts_clear" && file["accepted_on"] != nil && file["decided_on"] == nil && file["clarity"] == "not_clear":
			file["clear_on"] = ev["date"]
		case k == "decide" && file["accepted_on"] != nil && file["decided_on"] == nil:
			file["decided_on"], file["confirmed"] = ev["date"], ev["confirmed"] == true
		case file["decided_on"] != nil:
			after = evs[i:]
		default:
			return nil, false
		}
		if after != nil {
			break
		}
	}
	if file["filed_on"] == nil {
		return nil, false
	}
	if len(after) > 0 {
		file["events"] = after
	}
	return file, true
}

// extraCaseFiles are case files beyond the golden cases: each side's
// extension granted, refused, not judged; the issue 21 example before and
// after the extended day.
var extraCaseFiles = map[string]string{
	"platform extension, worker within it, as of before": `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-03-10",
		"extension":{"applicant":"platform","requested_on":"2026-02-10","reason":"r","approved":true,"until":"2026-04-30"},
		"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":["2026-01"],
		"costs":[{"date":"2026-01-20","amount":"100.00"}],"as_of":"2026-03-15"}`,
	"platform extension, worker after it": `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-04-20","accepted_on":"2026-04-21","clarity":"clear",
		"extension":{"applicant":"platform","requested_on":"2026-02-10","reason":"r","approved":true,"until":"2026-03-20"},
		"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":["2026-01"],
		"costs":[{"date":"2026-01-20","amount":"100.00"},{"date":"2026-04-22","amount":"1.00"}],"as_of":"2026-05-15"}`,
	"platform extension, the platform files within it": `{"accident":"2026-01-20","applicant":"platform","filed_on":"2026-03-10",
		"extension":{"applicant":"service_agency","requested_on":"2026-02-24","reason":"r","approved":true,"until":"2026-03-20"},
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-01-20","amount":"100.00"}],"as_of":"2026-05-01"}`,
	"worker extension, worker after 90 days": `{"accident":"2026-01-20","applicant":"close_relative","filed_on":"2026-06-01",
		"extension":{"applicant":"worker","requested_on":"2026-04-20","reason":"r","approved":true,"until":"2026-06-30"},
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-01-20","amount":"100.00"}]}`,
	"worker extension refused: asked late": `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-06-01",
		"extension":{"applicant":"worker","requested_on":"2026-04-21","reason":"r","approved":true,"until":"2026-06-30"},
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"as_of":"2026-06-02"}`,
	"platform extension not approved": `{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-04-10",
		"extension":{"applicant":"platform","requested_on":"2026-03-10","reason":"r","approved":false},
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-03-11","amount":"100.00"}],"as_of":"2026-04-11"}`,
	"platform extension past an unknown cap": `{"accident":"2026-03-10","applicant":"worker","filed_on":"2026-06-01",
		"extension":{"applicant":"platform","requested_on":"2026-03-20","reason":"r","approved":true,"until":"2027-03-11"},
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-03-11","amount":"100.00"}],"as_of":"2026-06-02"}`,
	"platform window in 2027, extension": `{"accident":"2026-12-10","applicant":"worker","filed_on":"2027-02-01",
		"extension":{"applicant":"platform","requested_on":"2026-12-20","reason":"r","approved":true,"until":"2027-02-10"},
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-12-11","amount":"100.00"}]}`,
	"before in force": `{"accident":"2025-12-01","applicant":"platform","filed_on":"2025-12-20","accepted_on":"2025-12-22","clarity":"clear",
		"application":{"situation":"order_accident","submitted":[]},"paid_months":["2025-12"],"decided_on":"2025-12-30","confirmed":true,
		"events":[{"kind":"deliver","date":"2026-01-05"}],"as_of":"2026-01-06"}`,
	"key material missing at acceptance": `{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","accepted_on":"2026-03-23","clarity":"clear",
		"application":{"situation":"order_accident","submitted":["application_form"]},"paid_months":[]}`,
	"refused under the rules: before in force": `{"accident":"2025-12-01","applicant":"platform","filed_on":"2025-12-20",
		"application":{"situation":"order_accident","submitted":[]},"paid_months":[],"rules":{"before_in_force":"refuse"}}`,
}

// allCaseFiles is every case file the composition tests read: the golden
// cases of package claims written as case files, the sample and this
// package's extra files, with their names in order.
func allCaseFiles(t *testing.T) (map[string][]byte, []string) {
	t.Helper()
	files := goldenCaseFiles(t)
	sample, err := os.ReadFile("../../testdata/claims/case-sample.json")
	require.NoError(t, err)
	files["testdata/claims/case-sample.json"] = sample
	for name, doc := range extraCaseFiles {
		files["extra/"+name] = []byte(doc)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	return files, names
}

package casefile_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
)

func TestSampleCaseFile(t *testing.T) {
	data, err := os.ReadFile("../../testdata/claims/case-sample.json")
	require.NoError(t, err)
	f, err := casefile.Parse(data)
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.False(t, tl.Filing.InTime)
	assert.True(t, tl.Filing.PlatformLate)
	assert.Equal(t, claims.Covered, tl.Cover.Status)
	require.NotNil(t, tl.Costs)
	// 人社部发〔2013〕34号's reading: from the accident (01-20) to the acceptance (03-03).
	assert.Equal(t, "5000.50", tl.Costs.Platform.Decimal().StringFixed(2))
	assert.Equal(t, "600.00", tl.Costs.Fund.Decimal().StringFixed(2))
	assert.Equal(t, testdates.Day(t, "2026-01-20"), tl.Costs.From)
	assert.Equal(t, testdates.Day(t, "2026-03-03"), tl.Costs.To)
	assert.Equal(t, claims.StateSupplementRequested, tl.Case.State)
	assert.Equal(t, []claims.Material{claims.MatAdvanceByPlatform}, tl.Case.ToFollow)
}

func TestParseCaseFileRejects(t *testing.T) {
	for name, in := range map[string]string{
		"unknown key":        `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","application":{"situation":"order_accident","submitted":[]},"paid_months":[],"x":1}`,
		"no accident":        `{"applicant":"worker","filed_on":"2026-01-21","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
		"bad applicant":      `{"accident":"2026-01-20","applicant":"boss","filed_on":"2026-01-21","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
		"filed before":       `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-19","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
		"accepted before":    `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","accepted_on":"2026-01-20","clarity":"not_clear","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
		"decided, no accept": `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","decided_on":"2026-02-20","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
		"bad situation":      `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","application":{"situation":"fell","submitted":[]},"paid_months":[]}`,
		"bad amount":         `{"accident":"2026-01-20","applicant":"platform","filed_on":"2026-01-21","application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-01-20","amount":"abc"}]}`,
		"bad rules":          `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","application":{"situation":"order_accident","submitted":[]},"paid_months":[],"rules":{"extension_cap_months":-1,"late_cost_from":"after_window","key_materials":[],"overlap_meters":200}}`,
		"trailing":           `{} {}`,
	} {
		assert.Error(t, refusal(t, in), name)
	}
}

// refusal is the error of reading a case file and recording it in a Case:
// the file's own form is checked by Parse, the order of its events by
// claims (Case.Next), not by the adapter.
func refusal(t *testing.T, in string) error {
	t.Helper()
	f, err := casefile.Parse([]byte(in))
	if err != nil {
		return err
	}
	rb, err := f.Rulebook(calendar.Default())
	if err != nil {
		return err
	}
	_, err = f.Case(rb)
	return err
}

func FuzzParseCaseFile(f *testing.F) {
	data, err := os.ReadFile("../../testdata/claims/case-sample.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"accident":"2026-12-20","applicant":"worker","filed_on":"2026-12-21","application":{"situation":"commute","mainly_responsible":true,"submitted":[]},"paid_months":[]}`))
	f.Add([]byte(`{"accident":"2026-10-15","applicant":"platform","filed_on":"2026-12-01","accepted_on":"2026-12-02","clarity":"not_clear","clear_on":"2026-12-03",
		"extension":{"applicant":"platform","requested_on":"2026-11-10","reason":"x","approved":true,"until":"2026-12-20"},"identity_not_verified":true,
		"application":{"situation":"order_accident","submitted":["application_form"]},"paid_months":["2026-10"],"decided_on":"2026-12-10","confirmed":true,
		"events":[{"kind":"deliver","date":"2026-12-11"},{"kind":"benefit_apply","date":"2026-12-20","applicant":"worker"},{"kind":"benefit_accept","date":"2026-12-21"},{"kind":"supplement_requested","date":"2026-12-28"}],
		"costs":[{"date":"2026-10-15","amount":"1.00"}],"as_of":"2026-12-31"}`))
	// Issue 21: the platform's extension, the worker within it.
	f.Add([]byte(`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-03-10","accepted_on":"2026-03-11","clarity":"not_clear",
		"extension":{"applicant":"platform","requested_on":"2026-02-10","reason":"r","approved":true,"until":"2026-04-30"},
		"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":["2026-01"],
		"costs":[{"date":"2026-01-20","amount":"800.00"}],"as_of":"2026-05-06"}`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-03-02","application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-02-25","amount":"1e999999999"}]}`))
	f.Add([]byte(`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-03-02","application":{"situation":"order_accident","submitted":[]},"paid_months":[],"costs":[{"date":"2026-02-25","amount":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := casefile.Parse(data)
		if err != nil {
			// Bounded, and never an identity number.
			jsontest.Check(t, err)
			return
		}
		// Whatever was accepted is computed or refused with an error, never a
		// panic, and never refused as a whole for an uncovered year; and the
		// timeline is, part by part, what the rulebook's methods give.
		_, err = cf.Timeline(calendar.Default())
		if errors.Is(err, calendar.ErrNotCovered) {
			t.Fatalf("a case failed as a whole for an uncovered year: %v", err)
		}
		compareTimeline(t, cf, calendar.Default())
	})
}

// An extension counts only on its own side: the platform's extension does
// not move the worker's 90 days (it used to be applied to whoever filed).
func TestExtensionCountsOnItsOwnSide(t *testing.T) {
	base := `{"accident":"2026-01-20","applicant":"worker","filed_on":"%s","accepted_on":"%s","clarity":"not_clear",
	"extension":{"applicant":"platform","requested_on":"2026-02-10","reason":"住院","approved":true,"until":"2026-03-20"},
	"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},
	"paid_months":["2026-01"],"costs":[{"date":"2026-01-20","amount":"100.00"}],"as_of":"2026-05-01"}`
	// The worker files 03-10: within the worker's own 90 days, and within
	// the platform's extended window: the platform bears nothing.
	f, err := casefile.Parse([]byte(fmt.Sprintf(base, "2026-03-10", "2026-03-11")))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.True(t, tl.Filing.InTime)
	assert.Equal(t, "2026-04-20", tl.Filing.Deadline.String(), "the worker's own deadline, not the platform's extension")
	assert.False(t, tl.Filing.PlatformLate)
	assert.Equal(t, "0.00", tl.Costs.Platform.Decimal().StringFixed(2))
	// The worker files 04-01: in time for the worker, but after the
	// platform's extension: the platform is late and bears the costs.
	f, err = casefile.Parse([]byte(fmt.Sprintf(base, "2026-04-01", "2026-04-02")))
	require.NoError(t, err)
	tl, err = f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.True(t, tl.Filing.InTime)
	assert.True(t, tl.Filing.PlatformLate)
	assert.Equal(t, "100.00", tl.Costs.Platform.Decimal().StringFixed(2))
}

// A platform that applied within its approved extension met its deadline
// in the case's list.
func TestDeadlinesHonourTheExtension(t *testing.T) {
	in := `{"accident":"2026-01-20","applicant":"platform","filed_on":"2026-03-10","accepted_on":"2026-03-11","clarity":"not_clear",
	"extension":{"applicant":"platform","requested_on":"2026-02-10","reason":"住院","approved":true,"until":"2026-03-20"},
	"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},
	"paid_months":["2026-01"],"as_of":"2026-05-01"}`
	f, err := casefile.Parse([]byte(in))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	it := tl.Deadlines[0]
	assert.Equal(t, "2026-03-20", it.ExtendedTo.String())
	assert.True(t, (it.Standing == calendar.StandingMet))
	assert.False(t, (it.Standing == calendar.StandingOverdue))
	assert.True(t, tl.Filing.InTime)
	assert.False(t, tl.Filing.PlatformLate)
}

// Audit F2: an extension that was not approved extends nothing.
func TestAuditF2RefusedExtensionExtendsNothing(t *testing.T) {
	for name, tc := range map[string]struct {
		file         string
		platformLate bool
	}{
		"worker's own, window unknown": {`{"accident":"2026-11-01","applicant":"worker","filed_on":"2026-12-15",
 "application":{"situation":"order_accident","submitted":["application_form"]},
 "extension":{"applicant":"worker","requested_on":"2026-12-01","reason":"hospital","approved":false},
 "paid_months":["2026-11"],"as_of":"2026-12-29"}`, true},
		"platform's, window unknown": {`{"accident":"2026-12-10","applicant":"worker","filed_on":"2026-12-28",
 "application":{"situation":"order_accident","submitted":["application_form"]},
 "extension":{"applicant":"platform","requested_on":"2026-12-20","reason":"hospital","approved":false},
 "paid_months":[],"costs":[{"date":"2026-12-11","amount":"100.00"}],"as_of":"2026-12-29"}`, false},
		"platform's, window known": {`{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20",
 "application":{"situation":"order_accident","submitted":["application_form"]},
 "extension":{"applicant":"platform","requested_on":"2026-03-10","reason":"hospital","approved":false},
 "paid_months":[],"costs":[{"date":"2026-03-11","amount":"100.00"}],"as_of":"2026-03-29"}`, false},
	} {
		f, err := casefile.Parse([]byte(tc.file))
		require.NoError(t, err, name)
		tl, err := f.Timeline(calendar.Default())
		require.NoError(t, err, name)
		x := tl.Windows.WorkerExtension
		if f.Extension.Applicant.PlatformSide() {
			x = tl.Windows.PlatformExtension
		}
		assert.False(t, x.Granted, name)
		assert.NotEmpty(t, x.Reasons, name)
		require.NoError(t, tl.Filing.PlatformLateErr, name)
		assert.Equal(t, tc.platformLate, tl.Filing.PlatformLate, name)
		for _, it := range tl.Deadlines {
			assert.True(t, it.ExtendedTo.IsZero(), "%s: %s extended by a refused request", name, it.Name)
			if !it.Deadline.Known() {
				assert.False(t, (it.Standing == calendar.StandingOverdue), "%s: an unknown deadline judged overdue", name)
			}
		}
		assert.True(t, tl.Filing.InTime, name)
		if tl.Costs != nil {
			for _, r := range tl.Costs.Reasons {
				assert.NotContains(t, r, "经同意延长", name)
			}
		}
	}
}

// Audit F18: only the platform's lateness is unknown: the worker's in-time
// filing stands, and no 0.00 is written for unknown amounts.
func TestAuditF18InTimeStandsWhenPlatformLatenessUnknown(t *testing.T) {
	f, err := casefile.Parse([]byte(`{"accident":"2026-12-10","applicant":"worker","filed_on":"2027-01-12","accepted_on":"2027-01-13","clarity":"not_clear",
 "application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":["2026-12"],
 "costs":[{"date":"2026-12-11","amount":"5.00"}],"as_of":"2027-01-13"}`))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	require.NoError(t, tl.FilingErr)
	assert.True(t, tl.Filing.InTime)
	assert.ErrorIs(t, tl.Filing.PlatformLateErr, calendar.ErrNotCovered)
	assert.Nil(t, tl.Costs)
	assert.ErrorIs(t, tl.CostsErr, calendar.ErrNotCovered)
	// On the wire: platform_late null, its reason and the costs' error as
	// codes with their Chinese text; no amount at all.
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	var doc struct {
		Filing map[string]json.RawMessage `json:"filing"`
		Costs  map[string]json.RawMessage `json:"costs"`
	}
	require.NoError(t, json.Unmarshal(b, &doc))
	assert.Equal(t, "true", string(doc.Filing["in_time"]))
	assert.Equal(t, "null", string(doc.Filing["platform_late"]))
	assert.JSONEq(t, `{"code":"not_covered","chinese":"平台企业是否逾期申请尚不能判断（2027-01-12 提出申请，平台企业的申请期限 2027-01-09（遇休息日顺延至其后第一个工作日；当年放假安排未载入，确切日期未知：2027年的放假安排尚未载入，该年的日期无法判断））"}`, string(doc.Filing["platform_late_unknown"]))
	assert.JSONEq(t, `{"code":"not_covered","chinese":"平台企业是否逾期申请尚不能判断：2027年的放假安排尚未载入，该年的日期无法判断"}`, string(doc.Costs["error"]))
	assert.Len(t, doc.Costs, 1, "no fund, no platform: never a 0.00 that means unknown")
}

// Audit F10, F11: contradictory or impossible case files are refused; so
// are a required fact left unstated (clarity with accepted_on, confirmed
// with decided_on: neither is assumed any more) and an extension asked for
// before the accident or after the application (it used to be judged, and
// refused, in the timeline's extension part).
func TestAuditF10F11CaseFileRefusals(t *testing.T) {
	base := `{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","accepted_on":"2026-03-23",
	"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":[]%s}`
	for name, extra := range map[string]string{
		"clear with a later clear_on":        `,"clarity":"clear","clear_on":"2026-03-30"`,
		"as_of before the accident":          `,"clarity":"not_clear","as_of":"2026-03-01"`,
		"clarity unstated":                   ``,
		"decided, confirmed unstated":        `,"clarity":"not_clear","decided_on":"2026-04-01"`,
		"confirmed without decided_on":       `,"clarity":"not_clear","confirmed":true`,
		"extension before the accident":      `,"clarity":"not_clear","extension":{"applicant":"platform","requested_on":"2026-03-01","reason":"x","approved":true,"until":"2026-04-20"}`,
		"extension after the application":    `,"clarity":"not_clear","extension":{"applicant":"platform","requested_on":"2026-03-21","reason":"x","approved":true,"until":"2026-04-20"}`,
		"extension without its request date": `,"clarity":"not_clear","extension":{"applicant":"platform","reason":"x","approved":true,"until":"2026-04-20"}`,
	} {
		assert.ErrorIs(t, refusal(t, fmt.Sprintf(base, extra)), casefile.ErrInvalid, name)
	}
	// A cost before the accident is refused by claims' cost split
	// (第二十二条第二款), in the timeline's costs part.
	f, err := casefile.Parse([]byte(fmt.Sprintf(base, `,"clarity":"not_clear","costs":[{"date":"2026-01-02","amount":"1.00"}]`)))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.Nil(t, tl.Costs)
	assert.Equal(t, "bad_cost", errcode.Of(tl.CostsErr).Code())
	assert.Contains(t, tl.CostsErr.Error(), "before the accident")
	var ue *errcode.FieldError
	_, err = casefile.Parse([]byte(fmt.Sprintf(base, ``)))
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, claims.ErrUnstated, ue.Code)
	assert.Equal(t, "clarity", ue.Field)
	_, err = casefile.Parse([]byte(fmt.Sprintf(base, `,"clarity":"not_clear","decided_on":"2026-04-01"`)))
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, claims.ErrUnstated, ue.Code)
	assert.Equal(t, "confirmed", ue.Field)
	// Stated, each is taken as written: not confirmed is a conclusion too.
	f, err = casefile.Parse([]byte(fmt.Sprintf(base, `,"clarity":"not_clear","decided_on":"2026-04-01","confirmed":false`)))
	require.NoError(t, err)
	tl, err = f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.Equal(t, claims.StateNotConfirmed, tl.Case.State)
	for _, n := range tl.Notes {
		assert.NotContains(t, n, "decided_on", "the decision is taken as stated, not assumed")
	}
}

// Audit F14, F16: a replaced year is named where it is used (cover, filing,
// cost split), and a 第十四条 deadline counted only in the next year does not
// name the period's year.
func TestAuditF14F16ReplacedScheduleNamedWhereUsed(t *testing.T) {
	var s26 calendar.Schedule
	for _, s := range calendar.Default().Schedules() {
		if s.Year == 2026 {
			s26 = s
		}
	}
	s26.Source = "HOST-2026"
	for i := range s26.Days {
		s26.Days[i].Source = ""
	}
	c, err := calendar.Default().With(s26)
	require.NoError(t, err)
	f, err := casefile.Parse([]byte(`{"accident":"2026-03-10","applicant":"platform","filed_on":"2026-04-20","accepted_on":"2026-04-21","clarity":"not_clear",
  "application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":[],"as_of":"2026-04-21",
  "costs":[{"date":"2026-03-11","amount":"1.00"}]}`))
	require.NoError(t, err)
	tl, err := f.Timeline(c)
	require.NoError(t, err)
	for name, reasons := range map[string][]string{"cover": tl.Cover.Reasons, "filing": tl.Filing.Reasons, "costs": tl.Costs.Reasons} {
		found := false
		for _, r := range reasons {
			if strings.Contains(r, "HOST-2026") {
				found = true
			}
		}
		assert.True(t, found, "%s reasons do not name the host's schedule: %v", name, reasons)
	}
	var s25 calendar.Schedule
	for _, s := range calendar.Default().Schedules() {
		if s.Year == 2025 {
			s25 = s
		}
	}
	s25.Source = "HOST-2025"
	c25, err := calendar.Default().With(s25)
	require.NoError(t, err)
	dec, _ := calendar.ParseMonth("2025-12")
	dl, err := c25.DeclarationDeadline(dec)
	require.NoError(t, err)
	assert.Empty(t, dl.ReplacedSchedules(), "period 2025-12 is counted on 2026 days only")
}

// Audit F11: a key in another case ("ACCIDENT") or written twice (the
// second accident date silently winning) is refused, naming the key and
// where it is, not read as encoding/json would.
func TestAuditF11KeysExactAndOnce(t *testing.T) {
	const rest = `"applicant":"worker","filed_on":"2026-03-20","application":{"situation":"order_accident","submitted":[]},"paid_months":[]`
	for in, want := range map[string]string{
		`{"ACCIDENT":"2026-03-02",` + rest + `}`:                                                                     `key "ACCIDENT" at $.ACCIDENT`,
		`{"accident":"2026-03-02","Applicant":"worker",` + rest[21:] + `}`:                                           `key "Applicant" at $.Applicant`,
		`{"accident":"2026-03-02","accident":"2026-03-05",` + rest + `}`:                                             `key "accident" at $.accident (offset 25)`,
		`{"accident":"2026-03-02",` + rest + `,"costs":[{"date":"2026-03-03","amount":"999.99","amount":"248.33"}]}`: `key "amount" at $.costs[0].amount`,
	} {
		_, err := casefile.Parse([]byte(in))
		require.ErrorIs(t, err, casefile.ErrInvalid, in)
		assert.Contains(t, err.Error(), want, in)
	}
	_, err := casefile.Parse([]byte(`{"accident":"2026-03-02",` + rest + `}`))
	require.NoError(t, err)
}

// Audit F19: an acceptance whose key materials are missing is refused with
// ErrKeyMaterials (第二十五条: 关键材料齐全的，可先行受理) in a case file too.
func TestAuditF19KeyMaterialsRefuseAcceptance(t *testing.T) {
	f, err := casefile.Parse([]byte(`{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","accepted_on":"2026-03-23","clarity":"not_clear",
	"application":{"situation":"order_accident","submitted":["application_form","identity"]},"paid_months":[]}`))
	require.NoError(t, err)
	_, err = f.Timeline(calendar.Default())
	assert.ErrorIs(t, err, claims.ErrKeyMaterials)
	assert.ErrorIs(t, err, casefile.ErrInvalid)
	// Without accepted_on the same file is a timeline whose materials say it cannot be accepted yet.
	f.AcceptedOn = calendar.Date{}
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.False(t, tl.Materials.Acceptable)
}

// Audit F15: errors do not echo a host's value in full (第七十九条).
func TestAuditF15NoEchoOfIdentityNumbers(t *testing.T) {
	id := "310101199001011234"
	for _, in := range []string{
		`{"accident":"2026-03-02","applicant":"` + id + `","filed_on":"2026-03-20","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
		`{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","clarity":"` + id + `","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`,
	} {
		_, err := casefile.Parse([]byte(in))
		require.Error(t, err)
		assert.NotContains(t, err.Error(), id)
	}
}

package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// Audit F1: facts found clear later, the 7 working days in 2026 and the 30
// in 2027 (not loaded): under ClockFromFoundClear the 7 bind and are given,
// as with 2027 loaded. Under the default clock the 30 from acceptance are
// the limit, unknown until 2027 is loaded.
func TestAuditF1ClearLaterBindsBeforeAnUncoveredYear(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-10-31"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: d("2026-11-20"), AcceptedOn: d("2026-11-20"), Clarity: claims.Clear, ClearOn: d("2026-12-10")}
	_, err := claims.DecisionDeadlineOf(calendar.Default(), c, claims.Rules{})
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "default: the 30 working days from acceptance, into 2027")
	fc := claims.Rules{DecisionClock: claims.ClockFromFoundClear}
	dl, err := claims.DecisionDeadlineOf(calendar.Default(), c, fc)
	require.NoError(t, err)
	assert.Equal(t, "2026-12-21", dl.Date.String())
	with2027, err := calendar.Default().With(calendar.Schedule{Year: 2027, Source: "test", NoHolidays: true})
	require.NoError(t, err)
	dl2, err := claims.DecisionDeadlineOf(with2027, c, fc)
	require.NoError(t, err)
	assert.Equal(t, dl2.Date, dl.Date)
	items, err := c.Deadlines(calendar.Default(), fc, d("2026-12-10"))
	require.NoError(t, err)
	last := items[len(items)-1]
	require.True(t, last.Known(), last.Unknown)
	assert.Equal(t, "2026-12-21", last.Deadline.Date.String())
	// Cleared late in December: the 7 working days run into 2027 too: unknown.
	c.ClearOn = d("2026-12-28")
	_, err = claims.DecisionDeadlineOf(calendar.Default(), c, fc)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
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
		f, err := claims.ParseCaseFile([]byte(tc.file))
		require.NoError(t, err, name)
		tl, err := f.Timeline(calendar.Default())
		require.NoError(t, err, name)
		require.NotNil(t, tl.Extension, name)
		assert.False(t, tl.Extension.Granted, name)
		require.NotNil(t, tl.Filing.PlatformLate, name)
		assert.Equal(t, tc.platformLate, *tl.Filing.PlatformLate, name)
		for _, it := range tl.Deadlines {
			assert.True(t, it.ExtendedTo.IsZero(), "%s: %s extended by a refused request", name, it.Name)
			if !it.Known() {
				assert.False(t, it.Overdue, "%s: an unknown deadline judged overdue", name)
			}
		}
		assert.True(t, *tl.Filing.InTime, name)
		if tl.Costs != nil {
			for _, r := range tl.Costs.Reasons {
				assert.NotContains(t, r, "经同意延长", name)
			}
		}
	}
}

// Audit F3: a zero Windows and an extension that ends before the window are
// errors, not silent money.
func TestAuditF3UncheckedInputsAreErrors(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	var costs []claims.Cost
	for i := 0; i < 30; i++ {
		day, _ := d("2026-03-02").AddDays(i)
		costs = append(costs, claims.Cost{Date: day, Amount: decimal.RequireFromString("1.00")})
	}
	_, err := claims.SplitLateCosts(claims.Windows{}, claims.Rules{}, claims.CostCase{FiledOn: d("2026-03-20"), AcceptedOn: d("2026-03-23")}, costs)
	assert.ErrorIs(t, err, claims.ErrNoAccident)
	_, err = claims.JudgeFiling(claims.Windows{}, claims.ApplicantPlatform, d("2026-03-20"), nil)
	assert.ErrorIs(t, err, claims.ErrNoAccident)
	_, err = claims.JudgeExtension(claims.Windows{}, claims.Extension{Applicant: claims.ApplicantPlatform})
	assert.ErrorIs(t, err, claims.ErrNoAccident)
	w, err := claims.ApplicationWindows(calendar.Default(), claims.Rules{}, d("2026-03-02"))
	require.NoError(t, err)
	_, err = claims.SplitLateCosts(w, claims.Rules{}, claims.CostCase{FiledOn: d("2026-03-20"), AcceptedOn: d("2026-03-23"), PlatformExtendedTo: d("2026-03-10")}, costs)
	assert.ErrorIs(t, err, claims.ErrBadCost)
	s, err := claims.SplitLateCosts(w, claims.Rules{}, claims.CostCase{FiledOn: d("2026-03-20"), AcceptedOn: d("2026-03-23")}, costs)
	require.NoError(t, err)
	assert.Equal(t, "0.00", s.Platform.StringFixed(2))
}

// Audit F7: a stored case with its dates out of order is an error.
func TestAuditF7StoredCaseDatesChecked(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-03-02"), AppliedOn: d("2026-03-02"), AcceptedOn: d("2026-03-02"), Clarity: claims.Clear, ClearOn: d("2026-03-01")}
	_, err := claims.DecisionDeadlineOf(calendar.Default(), c, claims.Rules{})
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	_, err = c.Deadlines(calendar.Default(), claims.Rules{}, d("2026-03-05"))
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	c = claims.Case{Accident: d("2026-03-02"), AcceptedOn: d("2026-03-01"), DecidedOn: d("2026-03-01")}
	_, err = c.Deadlines(calendar.Default(), claims.Rules{}, d("2026-03-05"))
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	// Every case Next builds passes.
	c = claims.Case{Accident: d("2026-03-02")}
	for _, ev := range []claims.Event{{Kind: claims.EventApply, Date: d("2026-03-03"), Applicant: claims.ApplicantWorker},
		{Kind: claims.EventAccept, Date: d("2026-03-04")}, {Kind: claims.EventFactsClear, Date: d("2026-03-05")}} {
		c, err = c.Next(ev)
		require.NoError(t, err)
	}
	assert.NoError(t, c.CheckDates())
}

// Audit F6: UnmarshalText on a nil *Clarity is an error, not a panic.
func TestAuditF6NilClarity(t *testing.T) {
	var c *claims.Clarity
	assert.NotPanics(t, func() { assert.Error(t, c.UnmarshalText([]byte("clear"))) })
}

// Audit F18: only the platform's lateness is unknown: the worker's in-time
// filing stands, and no 0.00 is written for unknown amounts.
func TestAuditF18InTimeStandsWhenPlatformLatenessUnknown(t *testing.T) {
	f, err := claims.ParseCaseFile([]byte(`{"accident":"2026-12-10","applicant":"worker","filed_on":"2027-01-12","accepted_on":"2027-01-13",
 "application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":["2026-12"],
 "costs":[{"date":"2026-12-11","amount":"5.00"}],"as_of":"2027-01-13"}`))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	require.NotNil(t, tl.Filing.InTime)
	assert.True(t, *tl.Filing.InTime)
	assert.Nil(t, tl.Filing.PlatformLate)
	assert.NotEmpty(t, tl.Filing.PlatformLateUnknown)
	require.NotNil(t, tl.Costs)
	assert.NotEmpty(t, tl.Costs.Error)
	assert.Nil(t, tl.Costs.Fund)
	assert.Nil(t, tl.Costs.Platform)
}

// Audit F10, F11: contradictory or impossible case files are refused.
func TestAuditF10F11CaseFileRefusals(t *testing.T) {
	base := `{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","accepted_on":"2026-03-23",
	"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":[]%s}`
	for name, extra := range map[string]string{
		"clear with a later clear_on": `,"clarity":"clear","clear_on":"2026-03-30"`,
		"as_of before the accident":   `,"as_of":"2026-03-01"`,
		"cost before the accident":    `,"costs":[{"date":"2026-01-02","amount":"1.00"}]`,
	} {
		_, err := claims.ParseCaseFile([]byte(fmt.Sprintf(base, extra)))
		assert.ErrorIs(t, err, claims.ErrCaseFile, name)
	}
	f, err := claims.ParseCaseFile([]byte(fmt.Sprintf(base, `,"extension":{"applicant":"platform","requested_on":"2026-03-01","reason":"x","approved":true,"until":"2026-04-20"}`)))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.False(t, tl.Extension.Granted)
	assert.Contains(t, tl.Extension.Error, "before the accident")
}

// Audit F12, F13, F17: a step done before the first uncovered day is met
// even when its working-day deadline is unknown; the cap is never overdue
// and not needed once an application is filed; the decision is labelled by
// the bound that binds.
func TestAuditF12F13F17DeadlineList(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-12-01")}
	for _, ev := range []claims.Event{
		{Kind: claims.EventApply, Date: d("2026-12-20"), Applicant: claims.ApplicantPlatform},
		{Kind: claims.EventAccept, Date: d("2026-12-28"), Clarity: claims.Clear},
		{Kind: claims.EventDecide, Date: d("2026-12-30"), Confirmed: true},
		{Kind: claims.EventDeliver, Date: d("2026-12-31")},
	} {
		var err error
		c, err = c.Next(ev)
		require.NoError(t, err)
	}
	items, err := c.Deadlines(calendar.Default(), claims.Rules{}, d("2026-12-31"))
	require.NoError(t, err)
	for _, it := range items[3:] { // decision, delivery: unknown, but done in 2026
		assert.False(t, it.Known(), it.Name)
		assert.True(t, it.Met, it.Name)
		assert.False(t, it.Overdue, it.Name)
	}
	capItem := items[2]
	assert.True(t, capItem.NotNeeded)
	assert.False(t, capItem.Overdue)
	// F13: an old case, as of long after the cap: the cap is not overdue.
	old := claims.Case{Accident: d("2025-01-20")}
	old, err = old.Next(claims.Event{Kind: claims.EventApply, Date: d("2025-03-02"), Applicant: claims.ApplicantPlatform})
	require.NoError(t, err)
	items, err = old.Deadlines(calendar.Default(), claims.Rules{}, d("2026-05-12"))
	require.NoError(t, err)
	assert.False(t, items[2].Overdue)
	// F17: found clear so late that the 30 working days bind.
	late := claims.Case{Accident: d("2026-03-01"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: d("2026-03-02"), AcceptedOn: d("2026-03-02"), Clarity: claims.Clear, ClearOn: d("2026-04-10")}
	items, err = late.Deadlines(calendar.Default(), claims.Rules{}, d("2026-04-12"))
	require.NoError(t, err)
	dec := items[len(items)-1]
	assert.Equal(t, "decision (30 working days)", dec.Name)
	assert.Equal(t, "2026-04-14", dec.Deadline.Date.String())
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
	f, err := claims.ParseCaseFile([]byte(`{"accident":"2026-03-10","applicant":"platform","filed_on":"2026-04-20","accepted_on":"2026-04-21",
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

// Audit F19: an acceptance whose key materials are missing is refused with
// ErrKeyMaterials (第二十五条: 关键材料齐全的，可先行受理), in Next and in a case file.
func TestAuditF19KeyMaterialsRefuseAcceptance(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-03-02")}
	c, err := c.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-03-03"), Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	_, err = c.Next(claims.Event{Kind: claims.EventAccept, Date: d("2026-03-04"), MissingKey: []claims.Material{claims.MatDiagnosis}})
	assert.ErrorIs(t, err, claims.ErrKeyMaterials)
	f, err := claims.ParseCaseFile([]byte(`{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","accepted_on":"2026-03-23",
	"application":{"situation":"order_accident","submitted":["application_form","identity"]},"paid_months":[]}`))
	require.NoError(t, err)
	_, err = f.Timeline(calendar.Default())
	assert.ErrorIs(t, err, claims.ErrKeyMaterials)
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
		_, err := claims.ParseCaseFile([]byte(in))
		require.Error(t, err)
		assert.NotContains(t, err.Error(), id)
	}
	_, err := claims.CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{claims.Material(id)}}, claims.Rules{})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), id)
	assert.Contains(t, err.Error(), `"310"…(18 characters)`)
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
		_, err := claims.ParseCaseFile([]byte(in))
		require.ErrorIs(t, err, claims.ErrCaseFile, in)
		assert.Contains(t, err.Error(), want, in)
	}
	_, err := claims.ParseCaseFile([]byte(`{"accident":"2026-03-02",` + rest + `}`))
	require.NoError(t, err)
}

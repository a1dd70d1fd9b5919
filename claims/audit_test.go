package claims_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// Audit F1: facts found clear later, the 7 working days in 2026 and the 30
// in 2027 (not loaded): under ClockFromFoundClear the 7 bind and are given,
// as with 2027 loaded. Under the default clock the 30 from acceptance are
// the limit, unknown until 2027 is loaded.
func TestAuditF1ClearLaterBindsBeforeAnUncoveredYear(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-10-31"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: d("2026-11-20"), AcceptedOn: d("2026-11-20"), Clarity: claims.Clear, ClearOn: d("2026-12-10")}
	_, err := book(t).DecisionDeadline(c)
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "default: the 30 working days from acceptance, into 2027")
	fc := claims.Rules{DecisionClock: claims.ClockFromFoundClear}
	dl, err := book(t, fc).DecisionDeadline(c)
	require.NoError(t, err)
	assert.Equal(t, "2026-12-21", dl.Date.String())
	with2027, err := calendar.Default().With(calendar.Schedule{Year: 2027, Source: "test", NoHolidays: true})
	require.NoError(t, err)
	dl2, err := bookOn(t, with2027, fc).DecisionDeadline(c)
	require.NoError(t, err)
	assert.Equal(t, dl2.Date, dl.Date)
	items, err := book(t, fc).Deadlines(c, d("2026-12-10"))
	require.NoError(t, err)
	last := items[len(items)-1]
	require.True(t, last.Deadline.Known(), "%v", last.Deadline.Err())
	assert.Equal(t, "2026-12-21", last.Deadline.Date.String())
	// Cleared late in December: the 7 working days run into 2027 too: unknown.
	c.ClearOn = d("2026-12-28")
	_, err = book(t, fc).DecisionDeadline(c)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

// Audit F3: a case with no accident is an error, not silent money; an
// extension that ends before the window is refused and extends nothing (it
// used to be an error of the cost split alone; now every judgement of the
// case reads the same refusal).
func TestAuditF3UncheckedInputsAreErrors(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	var costs []claims.Cost
	for i := 0; i < 30; i++ {
		day, _ := d("2026-03-02").AddDays(i)
		costs = append(costs, claims.Cost{Date: day, Amount: money.MustParse("1.00")})
	}
	var none calendar.Date
	_, err := splitCosts(book(t), none, costCase{FiledOn: d("2026-03-20"), AcceptedOn: d("2026-03-23")}, costs)
	assert.ErrorIs(t, err, claims.ErrNoAccident)
	_, err = fileOn(book(t), none, claims.ApplicantPlatform, d("2026-03-20"))
	assert.ErrorIs(t, err, claims.ErrNoAccident)
	_, err = judgeExtension(book(t), none, claims.Extension{Applicant: claims.ApplicantPlatform})
	assert.ErrorIs(t, err, claims.ErrNoAccident)
	w, err := book(t).ApplicationWindows(claims.Case{Accident: d("2026-03-02")})
	require.NoError(t, err)
	require.Equal(t, "2026-04-01", w.Platform.Date.String())
	for _, filed := range []string{"2026-03-20", "2026-04-02"} {
		cc := costCase{FiledOn: d(filed), AcceptedOn: d("2026-04-03"), PlatformExtendedTo: d("2026-03-10")}
		s, err := splitCosts(book(t), w.Accident, cc, costs)
		require.NoError(t, err, filed)
		assert.Contains(t, s.Reasons[0], "平台企业的延期申请不成立", filed)
		f, err := fileOn(book(t), w.Accident, claims.ApplicantWorker, d(filed), claims.Extension{Applicant: claims.ApplicantPlatform,
			RequestedOn: w.Accident, Reason: "系统故障", Approved: true, Until: d("2026-03-10")})
		require.NoError(t, err)
		assert.Equal(t, f.PlatformLate, !s.Platform.IsZero(), "filing and split agree (%s)", filed)
		if filed == "2026-03-20" {
			assert.Equal(t, "0.00", s.Platform.String(), "in the platform's own window")
		} else {
			assert.Equal(t, "30.00", s.Platform.String(), "the day after it: every cost to the acceptance")
		}
	}
}

// Audit F7: a stored case with its dates out of order is an error.
func TestAuditF7StoredCaseDatesChecked(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-03-02"), AppliedOn: d("2026-03-02"), AcceptedOn: d("2026-03-02"), Clarity: claims.Clear, ClearOn: d("2026-03-01")}
	_, err := book(t).DecisionDeadline(c)
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	_, err = book(t).Deadlines(c, d("2026-03-05"))
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	c = claims.Case{Accident: d("2026-03-02"), AcceptedOn: d("2026-03-01"), DecidedOn: d("2026-03-01")}
	_, err = book(t).Deadlines(c, d("2026-03-05"))
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	// Every case Next builds passes.
	c = claims.Case{Accident: d("2026-03-02")}
	for _, ev := range []claims.Event{{Kind: claims.EventApply, Date: d("2026-03-03"), Applicant: claims.ApplicantWorker},
		{Kind: claims.EventAccept, Date: d("2026-03-04"), Clarity: claims.NotClear}, {Kind: claims.EventFactsClear, Date: d("2026-03-05")}} {
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
	items, err := book(t).Deadlines(c, d("2026-12-31"))
	require.NoError(t, err)
	for _, it := range items[3:] { // decision, delivery: unknown, but done in 2026
		assert.False(t, it.Deadline.Known(), it.Name)
		assert.True(t, (it.Standing == calendar.StandingMet), it.Name)
		assert.False(t, (it.Standing == calendar.StandingOverdue), it.Name)
	}
	capItem := items[2]
	assert.True(t, capItem.NotNeeded)
	assert.False(t, (capItem.Standing == calendar.StandingOverdue))
	// F13: an old case, as of long after the cap: the cap is not overdue.
	old := claims.Case{Accident: d("2025-01-20")}
	old, err = old.Next(claims.Event{Kind: claims.EventApply, Date: d("2025-03-02"), Applicant: claims.ApplicantPlatform})
	require.NoError(t, err)
	items, err = book(t).Deadlines(old, d("2026-05-12"))
	require.NoError(t, err)
	assert.False(t, (items[2].Standing == calendar.StandingOverdue))
	// F17: found clear so late that the 30 working days bind.
	late := claims.Case{Accident: d("2026-03-01"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: d("2026-03-02"), AcceptedOn: d("2026-03-02"), Clarity: claims.Clear, ClearOn: d("2026-04-10")}
	items, err = book(t).Deadlines(late, d("2026-04-12"))
	require.NoError(t, err)
	dec := items[len(items)-1]
	assert.Equal(t, "decision (30 working days)", dec.Name)
	assert.Equal(t, "2026-04-14", dec.Deadline.Date.String())
}

// Audit F19: an acceptance whose key materials are missing is refused with
// ErrKeyMaterials (第二十五条: 关键材料齐全的，可先行受理), in Next (and in a case
// file: claims/casefile).
func TestAuditF19KeyMaterialsRefuseAcceptance(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := claims.Case{Accident: d("2026-03-02")}
	c, err := c.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-03-03"), Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	_, err = c.Next(claims.Event{Kind: claims.EventAccept, Date: d("2026-03-04"), Clarity: claims.NotClear, MissingKey: []claims.Material{claims.MatDiagnosis}})
	assert.ErrorIs(t, err, claims.ErrKeyMaterials)
}

// Audit F15: errors do not echo a host's value in full (第七十九条).
func TestAuditF15NoEchoOfIdentityNumbers(t *testing.T) {
	id := "310101199001011234"
	_, err := book(t).CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{claims.Material(id)}})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), id)
	assert.Contains(t, err.Error(), `"310"…(18 characters)`)
}

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

// Issue 21's example (第二十一、二十二条): accident 2026-01-20, the
// platform's window (02-24) extended to 04-30, the worker applies 03-10.
// Every documented method reads the extension from the case and says the
// same: the worker is in time, the platform is not late, its window is not
// overdue (not needed: an application was made within it), and the
// platform bears no cost. The methods used to say the platform was late
// and its window overdue while only the case file's timeline, patching
// their answers, said otherwise.
func TestIssue21ExtensionReadByEveryMethod(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	rb := book(t)
	c := claims.Case{Accident: d("2026-01-20")}
	var err error
	for _, ev := range []claims.Event{
		{Kind: claims.EventExtension, Date: d("2026-02-10"), Applicant: claims.ApplicantPlatform, Reason: "系统故障", Approved: true, Until: d("2026-04-30")},
		{Kind: claims.EventApply, Date: d("2026-03-10"), Applicant: claims.ApplicantWorker},
		{Kind: claims.EventAccept, Date: d("2026-03-11"), Clarity: claims.NotClear},
	} {
		c, err = c.Next(ev)
		require.NoError(t, err)
	}
	w, err := rb.ApplicationWindows(c)
	require.NoError(t, err)
	assert.Equal(t, "2026-02-24", w.Platform.Date.String())
	assert.True(t, w.PlatformExtension.Granted)
	assert.Equal(t, "2026-04-30", w.PlatformExtension.Deadline.String())
	assert.Equal(t, claims.ExtensionResult{}, w.WorkerExtension, "the worker side asked for nothing")

	f, err := rb.JudgeFiling(c)
	require.NoError(t, err)
	assert.True(t, f.InTime)
	assert.Equal(t, "2026-04-20", f.Deadline.String(), "the worker's own 90 days: the platform's extension does not move them")
	assert.False(t, f.PlatformLate)
	assert.NoError(t, f.PlatformLateErr)

	for _, asOf := range []string{"2026-03-15", "2026-04-30", "2026-05-06"} {
		items, err := rb.Deadlines(c, d(asOf))
		require.NoError(t, err)
		p := items[0]
		assert.Equal(t, "2026-04-30", p.ExtendedTo.String(), asOf)
		assert.True(t, p.NotNeeded, asOf)
		assert.False(t, (p.Standing == calendar.StandingOverdue), asOf)
	}

	costs := []claims.Cost{{Date: d("2026-01-20"), Amount: money.MustParse("800.00")}, {Date: d("2026-03-05"), Amount: money.MustParse("200.00")}}
	s, err := rb.SplitLateCosts(c, costs)
	require.NoError(t, err)
	assert.True(t, s.Platform.IsZero())
	assert.Equal(t, "1000.00", s.Fund.String())

	// Filed the day after the extended day, all three say late.
	late := filedCase(c.Accident, claims.ApplicantWorker, d("2026-05-04"), d("2026-05-05"), c.PlatformExtension)
	late.Clarity = claims.NotClear
	f, err = rb.JudgeFiling(late)
	require.NoError(t, err)
	assert.True(t, f.PlatformLate)
	assert.False(t, f.InTime, "past the worker's own 90 days too")
	items, err := rb.Deadlines(late, d("2026-05-06"))
	require.NoError(t, err)
	assert.False(t, items[0].NotNeeded)
	assert.True(t, (items[0].Standing == calendar.StandingOverdue))
	s, err = rb.SplitLateCosts(late, costs)
	require.NoError(t, err)
	assert.Equal(t, "1000.00", s.Platform.String())
}

// A worker-side extension moves the worker side's window and only it: the
// platform's lateness is judged on the platform's own window.
func TestWorkerExtensionLeavesThePlatformsWindow(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	x := claims.Extension{Applicant: claims.ApplicantRelative, RequestedOn: d("2026-04-20"), Reason: "住院", Approved: true, Until: d("2026-06-30")}
	c := filedCase(d("2026-01-20"), claims.ApplicantWorker, d("2026-06-01"), calendar.Date{}, x)
	f, err := book(t).JudgeFiling(c)
	require.NoError(t, err)
	assert.True(t, f.InTime, "within the relative's extension: the worker side's window")
	assert.Equal(t, "2026-06-30", f.Deadline.String())
	assert.True(t, f.PlatformLate)
	items, err := book(t).Deadlines(c, d("2026-06-02"))
	require.NoError(t, err)
	assert.True(t, items[0].ExtendedTo.IsZero())
	assert.True(t, (items[0].Standing == calendar.StandingOverdue))
	assert.Equal(t, "2026-06-30", items[1].ExtendedTo.String())
	assert.True(t, (items[1].Standing == calendar.StandingMet))
}

// An extension the rulebook cannot judge (past the raw cap, in a year the
// calendar does not cover) decides nothing it would decide: a filing after
// the window is neither in time nor late but an error; the platform's
// lateness unknown; the window neither met nor overdue. A filing within the
// window's own days needs no extension and is judged.
func TestUndeterminedExtensionDecidesNothing(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	x := claims.Extension{Applicant: claims.ApplicantPlatform, RequestedOn: d("2026-03-20"), Reason: "r", Approved: true, Until: d("2027-03-11")}
	rb := book(t)
	w, err := rb.ApplicationWindows(filedCase(d("2026-03-10"), claims.ApplicantPlatform, d("2026-06-01"), calendar.Date{}, x))
	require.NoError(t, err)
	require.ErrorIs(t, w.PlatformExtension.Err, calendar.ErrNotCovered)
	assert.False(t, w.PlatformExtension.Granted)

	_, err = fileOn(rb, d("2026-03-10"), claims.ApplicantPlatform, d("2026-06-01"), x)
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "the platform after its 30 days: in time only if the extension holds")
	f, err := fileOn(rb, d("2026-03-10"), claims.ApplicantWorker, d("2026-06-01"), x)
	require.NoError(t, err)
	assert.True(t, f.InTime, "the worker within 90 days")
	assert.ErrorIs(t, f.PlatformLateErr, calendar.ErrNotCovered)
	assert.False(t, f.PlatformLate)
	items, err := rb.Deadlines(filedCase(d("2026-03-10"), claims.ApplicantWorker, d("2026-06-01"), calendar.Date{}, x), d("2026-06-02"))
	require.NoError(t, err)
	assert.False(t, (items[0].Standing == calendar.StandingOverdue) || (items[0].Standing == calendar.StandingMet) || items[0].NotNeeded, "%+v", items[0])
	_, err = splitCosts(rb, d("2026-03-10"), costCase{FiledOn: d("2026-06-01")}, nil)
	require.NoError(t, err, "no extension: known")
	s, err := rb.SplitLateCosts(filedCase(d("2026-03-10"), claims.ApplicantWorker, d("2026-06-01"), calendar.Date{}, x),
		[]claims.Cost{{Date: d("2026-03-11"), Amount: money.MustParse("1.00")}})
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, s.Platform.IsZero())
	// Filed within the platform's own 30 days: the extension is not needed.
	f, err = fileOn(rb, d("2026-03-10"), claims.ApplicantPlatform, d("2026-04-01"), x)
	require.NoError(t, err)
	assert.True(t, f.InTime)
	assert.False(t, f.PlatformLate)
}

// An extension is an event of the case (第二十二条第一款): asked before the
// application, recorded on its applicant's side, once a side (a refused
// request may be asked again; a further extension after one granted is not
// modelled), dated in order; a stored case's extension dated before the
// accident or after the application is out of order.
func TestExtensionEvent(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	acc := d("2026-01-20")
	ask := func(a claims.Applicant, on string, approved bool) claims.Event {
		return claims.Event{Kind: claims.EventExtension, Date: d(on), Applicant: a, Reason: "r", Approved: approved, Until: d("2026-05-30")}
	}
	reported, err := claims.Case{Accident: acc}.Next(claims.Event{Kind: claims.EventReport, Date: acc})
	require.NoError(t, err)
	c, err := reported.Next(ask(claims.ApplicantServiceAgency, "2026-02-01", false))
	require.NoError(t, err)
	assert.Equal(t, claims.StateReported, c.State, "an extension does not move the state")
	assert.Equal(t, claims.ApplicantServiceAgency, c.PlatformExtension.Applicant)
	assert.Equal(t, d("2026-02-01"), c.LastDay())
	c, err = c.Next(ask(claims.ApplicantPlatform, "2026-02-02", true))
	require.NoError(t, err, "asked again after a refusal")
	assert.Equal(t, claims.ApplicantPlatform, c.PlatformExtension.Applicant)
	_, err = c.Next(ask(claims.ApplicantPlatform, "2026-02-03", true))
	assert.ErrorIs(t, err, claims.ErrTransition, "a second extension of a side already extended")
	c, err = c.Next(ask(claims.ApplicantUnion, "2026-02-03", true))
	require.NoError(t, err, "the other side")
	assert.Equal(t, claims.ApplicantUnion, c.WorkerExtension.Applicant)
	_, err = c.Next(ask(claims.ApplicantWorker, "2026-02-01", true))
	assert.ErrorIs(t, err, claims.ErrEventDate, "before the case's last step")
	applied, err := c.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-02-04"), Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	_, err = applied.Next(ask(claims.ApplicantWorker, "2026-02-05", true))
	assert.ErrorIs(t, err, claims.ErrTransition, "after the application")
	w, err := book(t).ApplicationWindows(applied)
	require.NoError(t, err)
	assert.True(t, w.PlatformExtension.Granted)
	assert.True(t, w.WorkerExtension.Granted)
	// Stored cases out of order.
	bad := applied
	bad.PlatformExtension.RequestedOn = d("2026-01-19")
	assert.ErrorIs(t, bad.CheckDates(), claims.ErrCaseDates)
	bad = applied
	bad.WorkerExtension.RequestedOn = d("2026-02-05")
	assert.ErrorIs(t, bad.CheckDates(), claims.ErrCaseDates)
	_, err = book(t).JudgeFiling(bad)
	assert.ErrorIs(t, err, claims.ErrCaseDates)
}

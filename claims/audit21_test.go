package claims_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// Issue 21 audit: the zero Rulebook, like a nil *Rulebook, holds nothing
// (no calendar, rules not resolved): every method returns ErrNoRulebook
// for inputs a built rulebook would compute from. It used to compute with
// the zero rules (overlap 0 m, no key materials) and a nil calendar: the
// attribution below said "investigate" where the defaults say the first
// accepted order is responsible, and the materials check knew no key
// material.
func TestAudit21ZeroRulebookIsNoRulebook(t *testing.T) {
	rb := &claims.Rulebook{}
	assert.Equal(t, "", rb.Fingerprint())
	d := testdates.Day(t, "2026-03-02")
	c := claims.Case{Accident: d, State: claims.StateAccepted, Applicant: claims.ApplicantWorker, AppliedOn: d, AcceptedOn: d, Clarity: claims.Clear}
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	p := claims.Point{Lat: 31.2304, Lon: 121.4737}
	route := []claims.Point{offset(p, 150, 0)}
	orders := []claims.Order{
		{Platform: "a", OrderID: "1", AcceptedAt: at.Add(-2 * time.Hour), StartedAt: at.Add(-time.Hour), Route: route},
		{Platform: "b", OrderID: "2", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-time.Hour), Route: route},
	}
	app := claims.Application{Situation: claims.SituationOrderAccident}
	for name, call := range map[string]func() error{
		"ApplicationWindows": func() error { _, err := rb.ApplicationWindows(c); return err },
		"JudgeFiling":        func() error { _, err := rb.JudgeFiling(c); return err },
		"SplitLateCosts":     func() error { _, err := rb.SplitLateCosts(c, nil); return err },
		"DecisionDeadline":   func() error { _, err := rb.DecisionDeadline(c); return err },
		"DeliveryDeadline":   func() error { _, err := rb.DeliveryDeadline(d); return err },
		"ReviewDeadline":     func() error { _, err := rb.ReviewDeadline(d); return err },
		"SupplementDeadline": func() error { _, err := rb.SupplementDeadline(d); return err },
		"CheckCover":         func() error { _, err := rb.CheckCover(d, nil, d); return err },
		"CheckMaterials":     func() error { _, err := rb.CheckMaterials(app); return err },
		"Attribute":          func() error { _, err := rb.Attribute(claims.Accident{At: at, Place: p}, orders); return err },
		"Deadlines":          func() error { _, err := rb.Deadlines(c, d); return err },
	} {
		assert.NotPanics(t, func() { assert.ErrorIs(t, call(), claims.ErrNoRulebook, name) }, name)
	}
	// The same inputs on a built rulebook compute.
	a, err := book(t).Attribute(claims.Accident{At: at, Place: p}, orders)
	require.NoError(t, err)
	assert.Equal(t, claims.Responsible, a.Outcome)
}

// Issue 21 audit: Deadlines of an accepted case whose clarity is neither
// stated nor unstated (a Case built by a host, not by Next) refuses it as
// DecisionDeadline does (ErrBadClarity); it used to list the decision as an
// "unknown" deadline, which Item documents only for a year not covered.
func TestAudit21DeadlinesRefuseAnInvalidClarity(t *testing.T) {
	d := testdates.Day(t, "2026-03-02")
	c := claims.Case{Accident: d, State: claims.StateAccepted, Applicant: claims.ApplicantWorker, AppliedOn: d, AcceptedOn: d, Clarity: "maybe"}
	_, err := book(t).DecisionDeadline(c)
	require.ErrorIs(t, err, claims.ErrBadClarity)
	items, err := book(t).Deadlines(c, d)
	assert.ErrorIs(t, err, claims.ErrBadClarity)
	assert.Nil(t, items)
}

// Issue 21 audit: an approved extension whose window falls in a year the
// calendar does not cover cannot be told to end after the window when it
// ends after the window's raw last day: the window may move past it over
// days off. Accident 2026-12-10: the platform's window is 2027-01-09 (a
// Saturday) or a later working day, unknown without 2027's schedule; an
// extension to 2027-01-10 may end before the window does. It used to be
// granted (the platform's deadline became 01-10, and a worker filing on
// 01-11 made the platform late); it is not judged (Err wraps the
// *calendar.YearNotCoveredError), so the platform's lateness is unknown.
func TestAudit21ExtensionAgainstAnUnknownWindowIsNotGuessed(t *testing.T) {
	c := claims.Case{Accident: testdates.Day(t, "2026-12-10")}
	c, err := c.Next(claims.Event{Kind: claims.EventExtension, Date: testdates.Day(t, "2026-12-20"), Applicant: claims.ApplicantPlatform,
		Reason: "r", Approved: true, Until: testdates.Day(t, "2027-01-10")})
	require.NoError(t, err)
	c, err = c.Next(claims.Event{Kind: claims.EventApply, Date: testdates.Day(t, "2027-01-11"), Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	rb := book(t)
	w, err := rb.ApplicationWindows(c)
	require.NoError(t, err)
	require.Error(t, w.Platform.Err(), "2027 is not covered")
	assert.False(t, w.PlatformExtension.Granted)
	assert.ErrorIs(t, w.PlatformExtension.Err, calendar.ErrNotCovered)
	f, err := rb.JudgeFiling(c)
	require.NoError(t, err)
	assert.True(t, f.InTime)
	assert.False(t, f.PlatformLate)
	assert.ErrorIs(t, f.PlatformLateErr, calendar.ErrNotCovered)
	items, err := rb.Deadlines(c, testdates.Day(t, "2027-01-12"))
	require.NoError(t, err)
	assert.NotEqual(t, calendar.StandingOverdue, items[0].Standing, items[0].Name)
	assert.True(t, items[0].ExtendedTo.IsZero(), items[0].Name)

	// An extension to the raw day is still refused (it cannot end after a
	// window that ends no earlier), one in a covered year still judged.
	x := claims.Extension{Applicant: claims.ApplicantPlatform, RequestedOn: testdates.Day(t, "2026-12-20"), Reason: "r", Approved: true,
		Until: testdates.Day(t, "2027-01-09")}
	w, err = rb.ApplicationWindows(claims.Case{Accident: c.Accident, PlatformExtension: x})
	require.NoError(t, err)
	assert.False(t, w.PlatformExtension.Granted)
	assert.NotErrorIs(t, w.PlatformExtension.Err, calendar.ErrNotCovered)
}

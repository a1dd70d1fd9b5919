package claims_test

// Tests written for the survivors of round 13 of the issue 19 mutation
// study (testdata/mutation), re-run on the tree of session 27.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// 第二十八条: orders of one platform accepted at the same instant are
// listed by order ID, and the first of them decides.
func TestAttributeSameInstantSamePlatformByOrderID(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	p := claims.Point{Lat: 31.2304, Lon: 121.4737}
	route := []claims.Point{offset(p, 50, 0)}
	o := func(id string) claims.Order {
		return claims.Order{Platform: "a", OrderID: id, AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-10 * time.Minute), Route: route}
	}
	a, err := book(t).Attribute(claims.Accident{At: at, Place: p}, []claims.Order{o("9"), o("10"), o("1")})
	require.NoError(t, err)
	assert.Equal(t, claims.Responsible, a.Outcome)
	assert.Equal(t, "1", a.Order.OrderID)
	var ids []string
	for _, c := range a.Candidates {
		ids = append(ids, c.OrderID)
	}
	assert.Equal(t, []string{"1", "10", "9"}, ids)
}

// 第二十一条, 第二十二条: a platform's window extended and granted, no
// application yet: before the extended day the window is open (not
// overdue), on it still open, after it overdue; an application on the
// extended day meets it, one the day after is overdue.
func TestGrantedExtensionNotYetApplied(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	rb := book(t)
	c, err := claims.Case{Accident: d("2026-01-20")}.Next(claims.Event{Kind: claims.EventExtension, Date: d("2026-02-10"), Applicant: claims.ApplicantPlatform, Reason: "系统故障", Approved: true, Until: d("2026-04-30")})
	require.NoError(t, err)
	for asOf, want := range map[string]calendar.Standing{
		"2026-03-15": calendar.StandingOpen,
		"2026-04-30": calendar.StandingOpen,
		"2026-05-01": calendar.StandingOverdue,
	} {
		items, err := rb.Deadlines(c, d(asOf))
		require.NoError(t, err, asOf)
		require.NotEmpty(t, items, asOf)
		assert.Equal(t, "2026-04-30", items[0].ExtendedTo.String(), asOf)
		assert.Equal(t, want, items[0].Standing, asOf)
	}
	for applied, want := range map[string]calendar.Standing{
		"2026-04-30": calendar.StandingMet,
		"2026-05-01": calendar.StandingOverdue,
	} {
		ac, err := c.Next(claims.Event{Kind: claims.EventApply, Date: d(applied), Applicant: claims.ApplicantPlatform})
		require.NoError(t, err, applied)
		for _, asOf := range []calendar.Date{{}, d("2026-05-20")} {
			items, err := rb.Deadlines(ac, asOf)
			require.NoError(t, err, applied)
			assert.Equal(t, want, items[0].Standing, "%s %s", applied, asOf)
		}
	}
}

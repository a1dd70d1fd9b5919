package claims_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

func windows(t testing.TB, accident string) claims.Windows {
	t.Helper()
	w, err := book(t).ApplicationWindows(claims.Case{Accident: testdates.Day(t, accident)})
	require.NoError(t, err)
	return w
}

func day(t testing.TB, d calendar.Date, n int) calendar.Date {
	t.Helper()
	out, err := d.AddDays(n)
	require.NoError(t, err)
	return out
}

// 第二十一条: an application filed on the window's last day is in time; the
// day after is late. For the platform's 30 days the day after also makes
// the platform late (第二十二条第二款), whoever filed.
func TestFilingOnTheDeadlineDay(t *testing.T) {
	for _, tc := range []struct {
		accident, platform, worker string
		why                        string
	}{
		{"2025-03-03", "2025-04-02", "2025-06-03", "+30 a Wednesday; +90 is Sunday 06-01, 06-02 is 端午: 06-03"},
		{"2026-01-20", "2026-02-24", "2026-04-20", "+30 is 02-19 in the Spring Festival: moved to 02-24; +90 is Sunday 04-19"},
		{"2026-03-02", "2026-04-01", "2026-06-01", "+30 a Wednesday; +90 is Sunday 05-31"},
	} {
		w := windows(t, tc.accident)
		require.Equal(t, tc.platform, w.Platform.Date.String(), "%s: %s", tc.accident, tc.why)
		require.Equal(t, tc.worker, w.Worker.Date.String(), "%s: %s", tc.accident, tc.why)
		for _, a := range []claims.Applicant{claims.ApplicantPlatform, claims.ApplicantServiceAgency, claims.ApplicantWorker, claims.ApplicantRelative, claims.ApplicantUnion} {
			dl := w.Worker.Date
			if a.PlatformSide() {
				dl = w.Platform.Date
			}
			for off, inTime := range map[int]bool{-1: true, 0: true, 1: false} {
				filed := day(t, dl, off)
				f, err := fileOn(book(t), w.Accident, a, filed)
				require.NoError(t, err)
				assert.Equal(t, inTime, f.InTime, "%s: %s filed %s, deadline %s", tc.accident, a, filed, dl)
				assert.Equal(t, dl, f.Deadline)
			}
		}
		// PlatformLate turns on the day after the platform's deadline,
		// whoever filed.
		for _, a := range []claims.Applicant{claims.ApplicantPlatform, claims.ApplicantWorker} {
			for off, late := range map[int]bool{-1: false, 0: false, 1: true} {
				filed := day(t, w.Platform.Date, off)
				f, err := fileOn(book(t), w.Accident, a, filed)
				require.NoError(t, err)
				assert.Equal(t, late, f.PlatformLate, "%s: %s filed %s, platform deadline %s", tc.accident, a, filed, w.Platform.Date)
			}
		}
		// The raw last day of a moved window is in time too.
		f, err := fileOn(book(t), w.Accident, claims.ApplicantPlatform, w.Platform.Raw)
		require.NoError(t, err)
		assert.True(t, f.InTime, "raw day %s", w.Platform.Raw)
	}
	// On the accident's day: in time; the day before: refused.
	w := windows(t, "2026-03-02")
	f, err := fileOn(book(t), w.Accident, claims.ApplicantWorker, w.Accident)
	require.NoError(t, err)
	assert.True(t, f.InTime)
	assert.False(t, f.PlatformLate)
	_, err = fileOn(book(t), w.Accident, claims.ApplicantWorker, day(t, w.Accident, -1))
	assert.Error(t, err, "filed before the accident")
}

// 第二十二条第一款: an extension asked for on the window's last day is in
// time, the day after is late; an extension to the cap's day is granted,
// one day past it refused; an extension must end after the window.
func TestExtensionBoundaries(t *testing.T) {
	w := windows(t, "2025-03-03")
	require.Equal(t, "2026-03-03", w.Cap.Date.String(), "12 months from the accident, a Tuesday")
	x := claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: w.Worker.Date, Reason: "住院治疗", Approved: true, Until: day(t, w.Worker.Date, 30)}
	r, err := judgeExtension(book(t), w.Accident, x)
	require.NoError(t, err, "requested on the last day")
	assert.True(t, r.Granted)
	x.RequestedOn = day(t, w.Worker.Date, 1)
	_, err = judgeExtension(book(t), w.Accident, x)
	assert.ErrorIs(t, err, claims.ErrExtensionLate, "requested the day after")

	x.RequestedOn = w.Accident
	x.Until = w.Cap.Date
	r, err = judgeExtension(book(t), w.Accident, x)
	require.NoError(t, err, "until the cap's day")
	assert.True(t, r.Granted)
	assert.Equal(t, w.Cap.Date, r.Deadline)
	x.Until = day(t, w.Cap.Date, 1)
	_, err = judgeExtension(book(t), w.Accident, x)
	assert.ErrorIs(t, err, claims.ErrExtensionPastCap, "one day past the cap")

	x.Until = w.Worker.Date
	_, err = judgeExtension(book(t), w.Accident, x)
	assert.Error(t, err, "an extension to the window's own last day extends nothing")
	x.Until = day(t, w.Worker.Date, 1)
	r, err = judgeExtension(book(t), w.Accident, x)
	require.NoError(t, err, "one day past the window")
	assert.True(t, r.Granted)

	// Filing under a granted extension: on its last day in time, the day after late.
	for off, inTime := range map[int]bool{0: true, 1: false} {
		f, err := fileOn(book(t), w.Accident, claims.ApplicantWorker, day(t, r.Deadline, off), x)
		require.NoError(t, err)
		assert.Equal(t, inTime, f.InTime, "filed %+d from the extended deadline %s", off, r.Deadline)
	}
	// The platform's own window extended: late only after the extension.
	px := claims.Extension{Applicant: claims.ApplicantPlatform, RequestedOn: w.Platform.Date, Reason: "系统故障", Approved: true, Until: day(t, w.Platform.Date, 10)}
	pr, err := judgeExtension(book(t), w.Accident, px)
	require.NoError(t, err)
	for off, late := range map[int]bool{0: false, 1: true} {
		f, err := fileOn(book(t), w.Accident, claims.ApplicantPlatform, day(t, pr.Deadline, off), px)
		require.NoError(t, err)
		assert.Equal(t, late, f.PlatformLate, "filed %+d from the platform's extended deadline %s", off, pr.Deadline)
		assert.Equal(t, !late, f.InTime)
	}
}

// 第二十二条第二款: the late platform bears the costs from the accident's day
// to the acceptance's day, both included; the days either side are the
// fund's (a cost before the accident is no cost of the injury: refused,
// audit19_test.go). With after_window the period starts the day after the window;
// with filing it ends on the filing day.
func TestLateCostPeriodBoundaries(t *testing.T) {
	w := windows(t, "2025-03-03")
	dl := w.Platform.Date // 2025-04-02
	filed := day(t, dl, 1)
	accepted := day(t, dl, 8)
	cost := func(d calendar.Date) claims.Cost {
		return claims.Cost{Date: d, Amount: money.MustParse("100.00"), Item: d.String()}
	}
	days := []calendar.Date{w.Accident, dl, day(t, dl, 1), filed, day(t, filed, 1), accepted, day(t, accepted, 1)}
	var costs []claims.Cost
	for _, d := range days {
		costs = append(costs, cost(d))
	}
	platformDays := func(s claims.CostSplit) []string {
		var out []string
		for _, c := range s.PlatformCosts {
			out = append(out, c.Date.String())
		}
		return out
	}
	s, err := splitCosts(book(t), w.Accident, costCase{FiledOn: filed, AcceptedOn: accepted}, costs)
	require.NoError(t, err)
	assert.Equal(t, w.Accident, s.From)
	assert.Equal(t, accepted, s.To)
	assert.Equal(t, []string{"2025-03-03", "2025-04-02", "2025-04-03", "2025-04-03", "2025-04-04", "2025-04-10"}, platformDays(s), "accident..acceptance, both included")
	assert.Equal(t, money.Fen(int64(100*100*len(costs))), plus(s.Fund, s.Platform))

	s, err = splitCosts(book(t, claims.Rules{LateCostFrom: claims.LateCostAfterWindow}), w.Accident, costCase{FiledOn: filed, AcceptedOn: accepted}, costs)
	require.NoError(t, err)
	assert.Equal(t, day(t, dl, 1), s.From, "the day after the window")
	assert.Equal(t, []string{"2025-04-03", "2025-04-03", "2025-04-04", "2025-04-10"}, platformDays(s))

	s, err = splitCosts(book(t, claims.Rules{LateCostTo: claims.LateCostToFiling}), w.Accident, costCase{FiledOn: filed, AcceptedOn: accepted}, costs)
	require.NoError(t, err)
	assert.Equal(t, filed, s.To)
	assert.Equal(t, []string{"2025-03-03", "2025-04-02", "2025-04-03", "2025-04-03"}, platformDays(s), "to the filing day, included")

	// Filed on the window's last day: nothing is the platform's.
	s, err = splitCosts(book(t), w.Accident, costCase{FiledOn: dl, AcceptedOn: accepted}, costs)
	require.NoError(t, err)
	assert.Empty(t, s.PlatformCosts, "filed on the last day")
	assert.True(t, s.Platform.IsZero())

	// The platform's window extended: filed on the extension's day, the fund's; the day after, late.
	ext := day(t, dl, 5)
	s, err = splitCosts(book(t), w.Accident, costCase{FiledOn: ext, AcceptedOn: day(t, ext, 2), PlatformExtendedTo: ext}, costs)
	require.NoError(t, err)
	assert.Empty(t, s.PlatformCosts, "filed on the extended day")
	s, err = splitCosts(book(t), w.Accident, costCase{FiledOn: day(t, ext, 1), AcceptedOn: day(t, ext, 2), PlatformExtendedTo: ext}, costs)
	require.NoError(t, err)
	assert.NotEmpty(t, s.PlatformCosts, "filed the day after the extended day")

	// Filed on the accident's day is allowed; accepted on the filing day is allowed.
	_, err = splitCosts(book(t), w.Accident, costCase{FiledOn: w.Accident, AcceptedOn: w.Accident}, costs)
	assert.NoError(t, err)
	_, err = splitCosts(book(t), w.Accident, costCase{FiledOn: day(t, w.Accident, -1)}, costs)
	assert.ErrorIs(t, err, claims.ErrCaseDates)
	_, err = splitCosts(book(t), w.Accident, costCase{FiledOn: filed, AcceptedOn: day(t, filed, -1)}, costs)
	assert.ErrorIs(t, err, claims.ErrCaseDates)
}

// 第四十三条 with 第十四条: unpaid, the month is pending through its
// declaration deadline and not covered from the day after; an accident on
// the first or last day of a paid month is covered, one outside it is not.
func TestCoverBoundaries(t *testing.T) {
	c := calendar.Default()
	due, err := c.DeclarationDeadline(testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	require.Equal(t, "2026-04-20", due.Date.String())
	acc := testdates.Day(t, "2026-03-31")
	for off, want := range map[int]claims.CoverStatus{-1: claims.CoverPending, 0: claims.CoverPending, 1: claims.NotCovered} {
		r, err := bookOn(t, c).CheckCover(acc, nil, day(t, due.Date, off))
		require.NoError(t, err)
		assert.Equal(t, want, r.Status, "as of %+d from the due day %s", off, due.Date)
	}
	paid := []calendar.Month{testdates.Month(t, "2026-03")}
	asOf := testdates.Day(t, "2026-06-01")
	for d, want := range map[string]claims.CoverStatus{
		"2026-02-28": claims.NotCovered, "2026-03-01": claims.Covered, "2026-03-31": claims.Covered, "2026-04-01": claims.NotCovered,
	} {
		r, err := bookOn(t, c).CheckCover(testdates.Day(t, d), paid, asOf)
		require.NoError(t, err)
		assert.Equal(t, want, r.Status, "accident %s, paid 2026-03", d)
	}
}

// A step done on its deadline day is met, not overdue; the day after is
// overdue. An open step is overdue only from the day after its deadline.
func TestStepOnItsDeadlineDay(t *testing.T) {
	c := calendar.Default()
	accident := testdates.Day(t, "2026-03-02")
	accepted := testdates.Day(t, "2026-03-10")
	decision, err := bookOn(t, c).DecisionDeadline(claims.Case{AcceptedOn: accepted, Clarity: claims.NotClear})
	require.NoError(t, err)
	clear, err := bookOn(t, c).DecisionDeadline(claims.Case{AcceptedOn: accepted, Clarity: claims.Clear})
	require.NoError(t, err)
	require.Equal(t, "2026-03-19", clear.Date.String(), "7 working days after Tuesday 03-10")
	find := func(items []claims.Item, prefix string) claims.Item {
		for _, it := range items {
			if len(it.Name) >= len(prefix) && it.Name[:len(prefix)] == prefix {
				return it
			}
		}
		t.Fatalf("no item %q in %+v", prefix, items)
		return claims.Item{}
	}
	for _, clarity := range []claims.Clarity{claims.NotClear, claims.Clear} {
		dl := decision.Date
		if clarity == claims.Clear {
			dl = clear.Date
		}
		for off, met := range map[int]bool{-1: true, 0: true, 1: false} {
			cs := claims.Case{Accident: accident}
			var err error
			for _, ev := range []claims.Event{
				{Kind: claims.EventApply, Date: testdates.Day(t, "2026-03-05"), Applicant: claims.ApplicantPlatform},
				{Kind: claims.EventAccept, Date: accepted, Clarity: clarity},
				{Kind: claims.EventDecide, Date: day(t, dl, off), Confirmed: true},
			} {
				cs, err = cs.Next(ev)
				require.NoError(t, err)
			}
			items, err := bookOn(t, c).Deadlines(cs, day(t, dl, off))
			require.NoError(t, err)
			it := find(items, "decision")
			assert.Equal(t, met, (it.Standing == calendar.StandingMet), "%s decided %+d from %s", clarity, off, dl)
			assert.Equal(t, !met, (it.Standing == calendar.StandingOverdue), "%s decided %+d from %s", clarity, off, dl)
			// Delivery: 3 working days from the decision, done on its last day.
			del, err := bookOn(t, c).DeliveryDeadline(cs.DecidedOn)
			require.NoError(t, err)
			for doff, dmet := range map[int]bool{0: true, 1: false} {
				d2, err := cs.Next(claims.Event{Kind: claims.EventDeliver, Date: day(t, del.Date, doff)})
				require.NoError(t, err)
				items, err := bookOn(t, c).Deadlines(d2, d2.DeliveredOn)
				require.NoError(t, err)
				it := find(items, "delivery")
				assert.Equal(t, dmet, (it.Standing == calendar.StandingMet), "delivered %+d from %s", doff, del.Date)
				assert.Equal(t, !dmet, (it.Standing == calendar.StandingOverdue))
			}
		}
		// Not yet decided: not overdue as of the deadline, overdue the day after.
		cs := claims.Case{Accident: accident, State: claims.StateAccepted, Applicant: claims.ApplicantPlatform,
			AppliedOn: testdates.Day(t, "2026-03-05"), AcceptedOn: accepted, Clarity: clarity}
		if clarity == claims.Clear {
			cs.ClearOn = accepted
		}
		for off, overdue := range map[int]bool{0: false, 1: true} {
			items, err := bookOn(t, c).Deadlines(cs, day(t, dl, off))
			require.NoError(t, err)
			it := find(items, "decision")
			assert.False(t, (it.Standing == calendar.StandingMet))
			assert.Equal(t, overdue, (it.Standing == calendar.StandingOverdue), "%s open as of %+d from %s", clarity, off, dl)
		}
	}
	// The platform's application on the 30th day is met; the worker's window is then not needed.
	w := windows(t, "2026-03-02")
	cs := claims.Case{Accident: accident}
	cs, err = cs.Next(claims.Event{Kind: claims.EventApply, Date: w.Platform.Date, Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	items, err := bookOn(t, c).Deadlines(cs, w.Platform.Date)
	require.NoError(t, err)
	p := find(items, "platform applies")
	assert.True(t, p.NotNeeded, "a worker's application on the platform's last day leaves the platform nothing to do")
	assert.False(t, (p.Standing == calendar.StandingOverdue))
	cs = claims.Case{Accident: accident}
	cs, err = cs.Next(claims.Event{Kind: claims.EventApply, Date: day(t, w.Platform.Date, 1), Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	items, err = bookOn(t, c).Deadlines(cs, day(t, w.Platform.Date, 1))
	require.NoError(t, err)
	p = find(items, "platform applies")
	assert.False(t, p.NotNeeded, "one day later the platform was late")
	assert.True(t, (p.Standing == calendar.StandingOverdue))
}

// Events on the accident's day and on the day of the last step are
// allowed; the day before either is refused.
func TestEventDateBoundaries(t *testing.T) {
	acc := testdates.Day(t, "2026-03-02")
	cs := claims.Case{Accident: acc}
	_, err := cs.Next(claims.Event{Kind: claims.EventReport, Date: day(t, acc, -1)})
	assert.ErrorIs(t, err, claims.ErrEventDate)
	cs, err = cs.Next(claims.Event{Kind: claims.EventReport, Date: acc})
	require.NoError(t, err, "reported on the accident's day")
	_, err = cs.Next(claims.Event{Kind: claims.EventApply, Date: day(t, acc, -1), Applicant: claims.ApplicantPlatform})
	assert.ErrorIs(t, err, claims.ErrEventDate)
	cs, err = cs.Next(claims.Event{Kind: claims.EventApply, Date: acc, Applicant: claims.ApplicantPlatform})
	require.NoError(t, err, "applied the day it was reported")
	cs, err = cs.Next(claims.Event{Kind: claims.EventAccept, Date: day(t, acc, 3), Clarity: claims.Clear})
	require.NoError(t, err)
	_, err = cs.Next(claims.Event{Kind: claims.EventDecide, Date: day(t, acc, 2), Confirmed: true})
	assert.ErrorIs(t, err, claims.ErrEventDate, "decided before the acceptance")
	_, err = cs.Next(claims.Event{Kind: claims.EventDecide, Date: day(t, acc, 3), Confirmed: true})
	assert.NoError(t, err, "decided on the acceptance's day")
}

// 第二十八条: an order is executed at the accident when it started at or
// before the instant and did not end before it: an order ending exactly at
// the instant was being executed, one ending a nanosecond before was not;
// starting exactly at it counts, a nanosecond after does not. The instant
// is the same whatever the zone it is written in.
func TestAttributionInstantBoundaries(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
	acc := claims.Accident{At: at, Place: claims.Point{Lat: 31.2304, Lon: 121.4737}}
	route := []claims.Point{{Lat: 31.229, Lon: 121.4737}, {Lat: 31.232, Lon: 121.4737}}
	order := func(start, end time.Time) claims.Order {
		return claims.Order{Platform: "a", OrderID: "a1", AcceptedAt: start.Add(-time.Minute), StartedAt: start, EndedAt: end, Route: route}
	}
	early := at.Add(-30 * time.Minute)
	for name, tc := range map[string]struct {
		o    claims.Order
		want claims.Outcome
	}{
		"ends exactly at the accident":       {order(early, at), claims.Responsible},
		"ends 1ns before":                    {order(early, at.Add(-time.Nanosecond)), claims.Investigate},
		"ends 1ns after":                     {order(early, at.Add(time.Nanosecond)), claims.Responsible},
		"starts exactly at the accident":     {order(at, time.Time{}), claims.Responsible},
		"starts 1ns after":                   {order(at.Add(time.Nanosecond), time.Time{}), claims.Investigate},
		"starts 1ns before, ends 1ns after":  {order(at.Add(-time.Nanosecond), at.Add(time.Nanosecond)), claims.Responsible},
		"ends at the instant written in UTC": {order(early, at.UTC()), claims.Responsible},
		"starts and ends at the instant":     {order(at, at), claims.Responsible},
	} {
		a, err := book(t).Attribute(acc, []claims.Order{tc.o})
		require.NoError(t, err, name)
		assert.Equal(t, tc.want, a.Outcome, name)
		if tc.want == claims.Responsible {
			assert.Equal(t, "a", a.Platform, name)
		}
	}
	// Two platforms on one route: accepted 1ns apart, the first is
	// responsible; at the same instant, investigated.
	a1 := claims.Order{Platform: "a", OrderID: "a1", AcceptedAt: early, StartedAt: early, Route: route}
	b1 := claims.Order{Platform: "b", OrderID: "b1", AcceptedAt: early.Add(time.Nanosecond), StartedAt: early.Add(time.Minute), Route: route}
	r, err := book(t).Attribute(acc, []claims.Order{b1, a1})
	require.NoError(t, err)
	assert.Equal(t, claims.Responsible, r.Outcome)
	assert.Equal(t, "a", r.Platform)
	b1.AcceptedAt = early
	r, err = book(t).Attribute(acc, []claims.Order{b1, a1})
	require.NoError(t, err)
	assert.Equal(t, claims.Investigate, r.Outcome)
	// An order that ended exactly when the other platform's began, at the accident: both executing.
	a2 := claims.Order{Platform: "a", OrderID: "a2", AcceptedAt: early, StartedAt: early, EndedAt: at, Route: route}
	b2 := claims.Order{Platform: "b", OrderID: "b2", AcceptedAt: early.Add(time.Minute), StartedAt: at, Route: route}
	r, err = book(t).Attribute(acc, []claims.Order{b2, a2})
	require.NoError(t, err)
	assert.Len(t, r.Candidates, 2)
	assert.Equal(t, "a", r.Platform, "accepted first")
}

// Filing days drawn near the windows' deadlines agree with a plain
// comparison: in time exactly when not after the deadline.
func TestFilingNearDeadlines(t *testing.T) {
	c := calendar.Default()
	first := testdates.Day(t, "2025-01-01")
	rapid.Check(t, func(rt *rapid.T) {
		acc, err := first.AddDays(rapid.IntRange(0, 600).Draw(rt, "accident"))
		if err != nil {
			rt.Fatal(err)
		}
		w, err := bookOn(t, c).ApplicationWindows(claims.Case{Accident: acc})
		if err != nil || w.Platform.Err() != nil || w.Worker.Err() != nil {
			rt.Skip("window outside 2019–2026")
		}
		a := rapid.SampledFrom([]claims.Applicant{claims.ApplicantPlatform, claims.ApplicantWorker}).Draw(rt, "applicant")
		dl := w.Worker.Date
		if a.PlatformSide() {
			dl = w.Platform.Date
		}
		filed := testdates.Near(rt, "filed", 5, dl, w.Platform.Date)
		if filed.Before(acc) {
			rt.Skip()
		}
		f, err := fileOn(book(t), w.Accident, a, filed)
		if err != nil {
			rt.Fatal(err)
		}
		if f.InTime != !filed.After(dl) || f.PlatformLate != filed.After(w.Platform.Date) {
			rt.Fatalf("%s filed %s (deadline %s, platform's %s): in time %v, platform late %v", a, filed, dl, w.Platform.Date, f.InTime, f.PlatformLate)
		}
	})
}

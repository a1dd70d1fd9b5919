package claims_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/claimskinds" // registers the kinds its cases name
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

func TestGoldenCases(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/claims")
}

func TestExtensionWithUncoveredCap(t *testing.T) {
	w, err := book(t, claims.DefaultRules()).ApplicationWindows(claims.Case{Accident: testdates.Day(t, "2026-03-10")})
	require.NoError(t, err)
	assert.ErrorIs(t, w.Cap.Err(), calendar.ErrNotCovered)
	assert.Equal(t, "2027-03-10", w.Cap.Raw.String())
	x := claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: testdates.Day(t, "2026-05-01"), Reason: "hospital", Approved: true}
	x.Until = testdates.Day(t, "2026-12-31")
	r, err := judgeExtension(book(t), w.Accident, x)
	require.NoError(t, err)
	assert.True(t, r.Granted, "within the raw cap: no need to know 2027's days off")
	x.RequestedOn = testdates.Day(t, "2026-06-08") // the worker's window ends 2026-06-08
	_, err = judgeExtension(book(t), w.Accident, x)
	require.NoError(t, err)
	x.Until = testdates.Day(t, "2027-03-11")
	_, err = judgeExtension(book(t), w.Accident, x)
	assert.ErrorIs(t, err, calendar.ErrNotCovered, "past the raw cap the move over days off matters: an error, not a guess")
}

// Every deadline of the package is a working day, and a later trigger
// never gives an earlier deadline.
func TestDeadlinesAreWorkingDaysAndMonotone(t *testing.T) {
	cal := calendar.Default()
	first := testdates.Day(t, "2019-01-01")
	rules := claims.DefaultRules()
	rapid.Check(t, func(t *rapid.T) {
		a, _ := first.AddDays(rapid.IntRange(0, 2700).Draw(t, "a"))
		b, _ := a.AddDays(rapid.IntRange(0, 60).Draw(t, "later by"))
		clear := claims.NotClear
		if rapid.Bool().Draw(t, "clear") {
			clear = claims.Clear
		}
		fns := map[string]func(calendar.Date) (calendar.Date, error){
			"decision": func(d calendar.Date) (calendar.Date, error) {
				dl, err := bookOn(t, cal).DecisionDeadline(claims.Case{AcceptedOn: d, Clarity: clear})
				return dl.Date, err
			},
			"delivery": func(d calendar.Date) (calendar.Date, error) {
				dl, err := bookOn(t, cal).DeliveryDeadline(d)
				return dl.Date, err
			},
			"review": func(d calendar.Date) (calendar.Date, error) {
				dl, err := bookOn(t, cal).ReviewDeadline(d)
				return dl.Date, err
			},
			"supplement": func(d calendar.Date) (calendar.Date, error) {
				dl, err := bookOn(t, cal).SupplementDeadline(d)
				return dl.Date, err
			},
			"platform window": func(d calendar.Date) (calendar.Date, error) {
				w, err := bookOn(t, cal, rules).ApplicationWindows(claims.Case{Accident: d})
				return w.Platform.Date, err
			},
			"worker window": func(d calendar.Date) (calendar.Date, error) {
				w, err := bookOn(t, cal, rules).ApplicationWindows(claims.Case{Accident: d})
				return w.Worker.Date, err
			},
		}
		for name, fn := range fns {
			da, errA := fn(a)
			db, errB := fn(b)
			if errA != nil || errB != nil {
				continue
			}
			for _, d := range []calendar.Date{da, db} {
				if ok, err := cal.IsWorkday(d); err != nil || !ok {
					t.Fatalf("%s: %s is not a working day", name, d)
				}
			}
			if db.Before(da) {
				t.Fatalf("%s: trigger %s gives %s, later trigger %s gives %s", name, a, da, b, db)
			}
		}
	})
}

// Attribution does not depend on the order of its input.
func TestAttributionIsOrderFree(t *testing.T) {
	base := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
	place := claims.Point{Lat: 31.2304, Lon: 121.4737}
	routes := [][]claims.Point{
		{{Lat: 31.2290, Lon: 121.4737}, {Lat: 31.2320, Lon: 121.4737}},
		{{Lat: 31.2800, Lon: 121.5200}, {Lat: 31.2850, Lon: 121.5250}},
		nil,
	}
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 6).Draw(t, "n")
		orders := make([]claims.Order, n)
		for i := range orders {
			acc := base.Add(time.Duration(rapid.IntRange(-90, 30).Draw(t, "accepted")) * time.Minute)
			st := acc.Add(time.Duration(rapid.IntRange(0, 20).Draw(t, "start")) * time.Minute)
			o := claims.Order{
				Platform:   rapid.SampledFrom([]string{"a", "b", "c"}).Draw(t, "platform"),
				OrderID:    string(rune('p' + i)),
				AcceptedAt: acc, StartedAt: st,
				Route: routes[rapid.IntRange(0, 2).Draw(t, "route")],
			}
			if rapid.Bool().Draw(t, "ended") {
				o.EndedAt = st.Add(time.Duration(rapid.IntRange(0, 120).Draw(t, "dur")) * time.Minute)
			}
			orders[i] = o
		}
		acc := claims.Accident{At: base, Place: place}
		want, err := book(t).Attribute(acc, orders)
		if err != nil {
			t.Fatal(err)
		}
		perm := rapid.Permutation(orders).Draw(t, "permutation")
		got, err := book(t).Attribute(acc, perm)
		if err != nil {
			t.Fatal(err)
		}
		if got.Outcome != want.Outcome || got.Platform != want.Platform || got.Order != want.Order || !slices.Equal(got.Candidates, want.Candidates) {
			t.Fatalf("permuted input gave %+v, want %+v", got, want)
		}
		if got.Outcome == claims.Responsible && got.Platform == "" {
			t.Fatal("responsible without a platform")
		}
	})
}

// The lifecycle against a simple model: a table of allowed transitions.
func TestLifecycleStateMachine(t *testing.T) {
	allowed := map[claims.State][]claims.EventKind{
		claims.StateNew:          {claims.EventReport, claims.EventApply},
		claims.StateReported:     {claims.EventApply},
		claims.StateApplied:      {claims.EventAccept, claims.EventWithdraw},
		claims.StateAccepted:     {claims.EventDecide, claims.EventWithdraw, claims.EventMaterialsToFollow, claims.EventFactsClear},
		claims.StateConfirmed:    {claims.EventDeliver},
		claims.StateNotConfirmed: {claims.EventDeliver},
		claims.StateDelivered:    {claims.EventAssess, claims.EventBenefits, claims.EventBenefitApply},
		claims.StateAssessed:     {claims.EventBenefits, claims.EventBenefitApply},
		// 第四十四条
		claims.StateBenefitApplied:      {claims.EventBenefitAccept},
		claims.StateBenefitAccepted:     {claims.EventSupplementRequested, claims.EventReview},
		claims.StateSupplementRequested: {claims.EventSupplemented, claims.EventReview},
		claims.StateReviewApproved:      {claims.EventBenefits},
		claims.StateReviewRefused:       {},
		claims.StateBenefits:            {},
		claims.StateWithdrawn:           {},
	}
	kinds := []claims.EventKind{claims.EventReport, claims.EventApply, claims.EventAccept, claims.EventMaterialsToFollow, claims.EventFactsClear, claims.EventWithdraw,
		claims.EventDecide, claims.EventDeliver, claims.EventAssess, claims.EventBenefits,
		claims.EventBenefitApply, claims.EventBenefitAccept, claims.EventSupplementRequested, claims.EventSupplemented, claims.EventReview}
	accident := testdates.Day(t, "2026-03-10")
	rapid.Check(t, func(t *rapid.T) {
		c := claims.Case{Accident: accident}
		date := accident
		decisions := 0
		t.Repeat(map[string]func(*rapid.T){
			"event": func(t *rapid.T) {
				ev := claims.Event{Kind: rapid.SampledFrom(kinds).Draw(t, "kind"), Applicant: claims.ApplicantWorker}
				date, _ = date.AddDays(rapid.IntRange(0, 3).Draw(t, "days"))
				ev.Date = date
				ev.Confirmed = rapid.Bool().Draw(t, "confirmed")
				if ev.Kind == claims.EventAccept {
					ev.Clarity = rapid.SampledFrom([]claims.Clarity{claims.Clear, claims.NotClear}).Draw(t, "clarity")
					if rapid.Bool().Draw(t, "to follow") {
						ev.Materials = []claims.Material{claims.MatTrack}
					}
				}
				if ev.Kind == claims.EventMaterialsToFollow {
					ev.Materials = []claims.Material{claims.MatTrack}
				}
				ev.Approved = rapid.Bool().Draw(t, "approved")
				modelOK := slices.Contains(allowed[c.State], ev.Kind)
				switch {
				case ev.Kind == claims.EventMaterialsToFollow && len(c.ToFollow) == 0:
					modelOK = false
				case ev.Kind == claims.EventFactsClear && c.Clarity == claims.Clear:
					modelOK = false
				case ev.Kind == claims.EventBenefitApply && !c.Confirmed:
					modelOK = false
				case ev.Kind == claims.EventAssess && !c.Confirmed:
					modelOK = false
				case ev.Kind == claims.EventBenefits && c.State == claims.StateDelivered && !c.Confirmed:
					modelOK = false
				}
				n, err := c.Next(ev)
				if modelOK != (err == nil) {
					t.Fatalf("%s in %q: model says allowed=%v, got %v", ev.Kind, c.State, modelOK, err)
				}
				if err != nil {
					if _, kind, ok := fieldOf(err, claims.ErrTransition); !ok || kind != string(ev.Kind) {
						t.Fatalf("a refused event must be ErrTransition naming it, got %T %v", err, err)
					}
					if n.State != c.State {
						t.Fatal("a refused event changed the state")
					}
					return
				}
				if ev.Kind == claims.EventDecide {
					decisions++
				}
				c = n
			},
			"": func(t *rapid.T) {
				if decisions > 1 {
					t.Fatalf("%d decisions for one accident", decisions)
				}
				if c.State == claims.StateWithdrawn && !c.DecidedOn.IsZero() {
					t.Fatal("a decided case was withdrawn")
				}
			},
		})
	})
}

func TestLateCostsAddUp(t *testing.T) {
	accident := testdates.Day(t, "2025-09-01")
	w, err := book(t, claims.DefaultRules()).ApplicationWindows(claims.Case{Accident: accident})
	require.NoError(t, err)
	rapid.Check(t, func(t *rapid.T) {
		var costs []claims.Cost
		var total money.Amount
		for i, n := 0, rapid.IntRange(0, 20).Draw(t, "n"); i < n; i++ {
			d, _ := accident.AddDays(rapid.IntRange(0, 120).Draw(t, "day"))
			amt := money.Fen(rapid.Int64Range(0, 1_000_000).Draw(t, "fen"))
			costs = append(costs, claims.Cost{Date: d, Amount: amt})
			total = plus(total, amt)
		}
		applied, _ := accident.AddDays(rapid.IntRange(0, 120).Draw(t, "applied"))
		accepted := calendar.Date{}
		if rapid.Bool().Draw(t, "accepted") {
			accepted, _ = applied.AddDays(rapid.IntRange(0, 10).Draw(t, "accepted after"))
		}
		for _, from := range []claims.LateCostFrom{claims.LateCostAfterWindow, claims.LateCostFromAccident} {
			for _, to := range []claims.LateCostTo{claims.LateCostToAcceptance, claims.LateCostToFiling} {
				r := claims.Rules{LateCostFrom: from, LateCostTo: to}
				s, err := splitCosts(book(t, r), w.Accident, costCase{FiledOn: applied, AcceptedOn: accepted}, costs)
				if err != nil {
					t.Fatal(err)
				}
				if plus(s.Fund, s.Platform) != total || s.Fund.Sign() < 0 || s.Platform.Sign() < 0 {
					t.Fatalf("fund %s + platform %s != %s", s.Fund, s.Platform, total)
				}
				if !applied.After(w.Platform.Date) && !s.Platform.IsZero() {
					t.Fatal("a platform that applied in time pays nothing")
				}
				for _, c := range s.PlatformCosts {
					if c.Date.Before(s.From) || (!s.Open && c.Date.After(s.To)) {
						t.Fatalf("cost of %s outside the platform's period %s..%s", c.Date, s.From, s.To)
					}
				}
			}
		}
	})
}

// With any year uncovered, every deadline of a case that the smaller
// calendar gives is the one the full calendar gives; one it cannot give is
// unknown with the uncovered year named, never a guess, and every deadline
// counted wholly inside covered years is still given.
func TestCaseDeadlinesAcrossUncoveredYear(t *testing.T) {
	full := calendar.Default()
	parts := map[int]*calendar.Calendar{}
	for _, y := range full.Years() {
		var keep []calendar.Schedule
		for _, s := range full.Schedules() {
			if s.Year != y {
				keep = append(keep, s)
			}
		}
		c, err := calendar.New(keep...)
		require.NoError(t, err)
		parts[y] = c
	}
	first := testdates.Day(t, "2019-01-01")
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(full.Years()[0], full.Years()[len(full.Years())-1]).Draw(t, "uncovered year")
		accident, _ := first.AddDays(rapid.IntRange(0, 2900).Draw(t, "accident"))
		c := claims.Case{Accident: accident}
		date := accident
		step := func(k claims.EventKind, extra claims.Event) bool {
			d, _ := date.AddDays(rapid.IntRange(0, 40).Draw(t, "days"))
			extra.Kind, extra.Date = k, d
			n, err := c.Next(extra)
			if err != nil {
				return false
			}
			c, date = n, d
			return true
		}
		stop := rapid.IntRange(0, 9).Draw(t, "steps")
		seq := []func() bool{
			func() bool {
				return step(claims.EventApply, claims.Event{Applicant: rapid.SampledFrom([]claims.Applicant{claims.ApplicantPlatform, claims.ApplicantWorker}).Draw(t, "applicant")})
			},
			func() bool {
				cl := claims.NotClear
				if rapid.Bool().Draw(t, "clear") {
					cl = claims.Clear
				}
				return step(claims.EventAccept, claims.Event{Clarity: cl})
			},
			func() bool {
				if c.Clarity == claims.NotClear && rapid.Bool().Draw(t, "found clear later") {
					return step(claims.EventFactsClear, claims.Event{})
				}
				return true
			},
			func() bool { return step(claims.EventDecide, claims.Event{Confirmed: true}) },
			func() bool { return step(claims.EventDeliver, claims.Event{}) },
			func() bool { return step(claims.EventBenefitApply, claims.Event{Applicant: claims.ApplicantWorker}) },
			func() bool { return step(claims.EventBenefitAccept, claims.Event{}) },
			func() bool { return step(claims.EventSupplementRequested, claims.Event{}) },
			func() bool { return step(claims.EventSupplemented, claims.Event{}) },
		}
		for i := 0; i < stop && seq[i](); i++ {
		}
		asOf, _ := date.AddDays(rapid.IntRange(0, 60).Draw(t, "as of"))
		want, err := bookOn(t, full).Deadlines(c, asOf)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bookOn(t, parts[y]).Deadlines(c, asOf)
		if err != nil {
			t.Fatalf("a case fails as a whole without %d: %v", y, err)
		}
		if len(got) != len(want) {
			t.Fatalf("%d items without %d, %d with", len(got), y, len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Deadline.Known() {
				if !w.Deadline.Known() || g.Deadline.Date != w.Deadline.Date || g.Standing != w.Standing || g.NotNeeded != w.NotNeeded {
					t.Fatalf("%s without %d: %+v, with: %+v", g.Name, y, g, w)
				}
				continue
			}
			var nc *calendar.YearNotCoveredError
			if !errors.As(g.Deadline.Err(), &nc) {
				t.Fatalf("%s without %d: unknown for %v", g.Name, y, g.Deadline.Err())
			}
			if w.Deadline.Known() && nc.Year == y && (w.Deadline.Start.Year() > y || w.Deadline.Date.Year() < y) {
				t.Fatalf("%s without %d: unknown, but %s..%s avoids it", g.Name, y, w.Deadline.Start, w.Deadline.Date)
			}
			if w.Deadline.Known() && nc.Year != y {
				t.Fatalf("%s without %d: unknown naming %d", g.Name, y, nc.Year)
			}
		}
	})
}

// 第四十三条 three answers, around the declaration deadline.
func TestCoverThreeAnswers(t *testing.T) {
	cal := calendar.Default()
	accident := testdates.Day(t, "2026-03-10")
	mar, _ := calendar.ParseMonth("2026-03")
	for asOf, want := range map[string]claims.CoverStatus{
		"2026-03-10": claims.CoverPending, "2026-04-20": claims.CoverPending, "2026-04-21": claims.NotCovered,
	} {
		r, err := bookOn(t, cal).CheckCover(accident, nil, testdates.Day(t, asOf))
		require.NoError(t, err)
		assert.Equal(t, want, r.Status, asOf)
		r, err = bookOn(t, cal).CheckCover(accident, []calendar.Month{mar}, testdates.Day(t, asOf))
		require.NoError(t, err)
		assert.Equal(t, claims.Covered, r.Status, asOf)
	}
	_, err := bookOn(t, cal).CheckCover(accident, nil, calendar.Date{})
	assert.ErrorIs(t, err, claims.ErrNoAsOf)
}

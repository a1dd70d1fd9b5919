package claims_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// Every refusal the package documents, one input each; none panics.
func TestRefusals(t *testing.T) {
	c := calendar.Default()
	acc := testdates.Day(t, "2026-03-02")
	w := windows(t, "2026-03-02")

	t.Run("ApplicationWindows and Rules", func(t *testing.T) {
		_, err := claims.ApplicationWindows(nil, claims.Rules{}, acc)
		assert.ErrorIs(t, err, claims.ErrNoCalendar)
		assert.ErrorIs(t, err, calendar.ErrNilCalendar)
		_, err = claims.ApplicationWindows(c, claims.Rules{}, calendar.Date{})
		assert.ErrorIs(t, err, claims.ErrNoAccident)
		for name, r := range map[string]claims.Rules{
			"cap months":     {ExtensionCapMonths: -1},
			"late from":      {LateCostFrom: "tomorrow"},
			"late to":        {LateCostTo: "never"},
			"overlap meters": {OverlapMeters: -1},
			"key material":   {KeyMaterials: []claims.Material{"photo"}},
		} {
			assert.ErrorIs(t, r.Validate(), claims.ErrBadRules, name)
			_, err := claims.ApplicationWindows(c, r, acc)
			assert.ErrorIs(t, err, claims.ErrBadRules, name)
		}
		assert.NoError(t, claims.Rules{ExtensionCapMonths: 1}.Validate(), "1 month is the smallest cap")
	})
	t.Run("JudgeExtension and JudgeFiling", func(t *testing.T) {
		_, err := claims.JudgeExtension(w, claims.Extension{Applicant: "boss", RequestedOn: acc, Reason: "r", Approved: true})
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		_, err = claims.JudgeExtension(w, claims.Extension{Applicant: claims.ApplicantWorker, Reason: "r"})
		assert.ErrorIs(t, err, claims.ErrExtensionLate, "no request date")
		_, err = claims.JudgeExtension(w, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc, Reason: "  "})
		assert.ErrorIs(t, err, claims.ErrExtensionNoReason)
		r, err := claims.JudgeExtension(w, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc, Reason: "r"})
		require.NoError(t, err, "not approved is not an error")
		assert.False(t, r.Granted)
		assert.Equal(t, w.Worker.Date, r.Deadline)
		_, err = claims.JudgeExtension(w, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc, Reason: "r", Approved: true})
		assert.Error(t, err, "approved without an until date")
		_, err = claims.JudgeFiling(w, "boss", acc, nil)
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		_, err = claims.JudgeFiling(w, claims.ApplicantWorker, calendar.Date{}, nil)
		assert.Error(t, err, "no filing date")
	})
	t.Run("SplitLateCosts", func(t *testing.T) {
		cc := claims.CostCase{FiledOn: day(t, w.Platform.Date, 1), AcceptedOn: day(t, w.Platform.Date, 2)}
		for name, cost := range map[string]claims.Cost{
			"no date":     {Amount: decimal.RequireFromString("1.00")},
			"negative":    {Date: acc, Amount: decimal.RequireFromString("-0.01")},
			"sub-fen":     {Date: acc, Amount: decimal.RequireFromString("0.001")},
			"implausible": {Date: acc, Amount: decimal.RequireFromString("1e40")},
		} {
			_, err := claims.SplitLateCosts(w, claims.Rules{}, cc, []claims.Cost{cost})
			assert.ErrorIs(t, err, claims.ErrBadCost, name)
		}
		_, err := claims.SplitLateCosts(w, claims.Rules{}, claims.CostCase{FiledOn: acc, PlatformExtendedTo: day(t, acc, -1)}, nil)
		assert.ErrorIs(t, err, claims.ErrBadCost, "extended to before the accident")
		_, err = claims.SplitLateCosts(w, claims.Rules{LateCostTo: "never"}, cc, nil)
		assert.ErrorIs(t, err, claims.ErrBadRules)
		s, err := claims.SplitLateCosts(w, claims.Rules{}, cc, []claims.Cost{{Date: acc, Amount: decimal.Zero}})
		require.NoError(t, err, "a zero cost is a cost")
		assert.True(t, s.Platform.IsZero())
	})
	t.Run("CheckCover", func(t *testing.T) {
		_, err := claims.CheckCover(nil, acc, nil, acc)
		assert.ErrorIs(t, err, claims.ErrNoCalendar)
		_, err = claims.CheckCover(c, calendar.Date{}, nil, acc)
		assert.ErrorIs(t, err, claims.ErrNoAccident)
		_, err = claims.CheckCover(c, acc, nil, calendar.Date{})
		assert.ErrorIs(t, err, claims.ErrNoAsOf)
	})
	t.Run("deadlines", func(t *testing.T) {
		_, err := claims.DecisionDeadline(nil, acc, claims.Clear)
		assert.ErrorIs(t, err, claims.ErrNoCalendar)
		_, err = claims.DecisionDeadline(c, acc, "murky")
		assert.ErrorIs(t, err, claims.ErrBadClarity)
		_, err = claims.DecisionDeadlineOf(c, claims.Case{Accident: acc}, claims.Rules{})
		assert.ErrorIs(t, err, claims.ErrNotAccepted)
		_, err = claims.DecisionDeadlineOf(nil, claims.Case{Accident: acc, AcceptedOn: acc}, claims.Rules{})
		assert.ErrorIs(t, err, claims.ErrNoCalendar)
		for name, f := range map[string]func(*calendar.Calendar, calendar.Date) (calendar.Deadline, error){
			"delivery": claims.DeliveryDeadline, "review": claims.ReviewDeadline, "supplement": claims.SupplementDeadline,
		} {
			_, err := f(nil, acc)
			assert.ErrorIs(t, err, claims.ErrNoCalendar, name)
			_, err = f(c, calendar.Date{})
			assert.ErrorIs(t, err, calendar.ErrZeroDate, name)
			_, err = f(c, testdates.Day(t, "2026-12-30"))
			assert.ErrorIs(t, err, calendar.ErrNotCovered, name)
		}
		_, err = claims.Case{}.Deadlines(c, claims.Rules{}, acc)
		assert.ErrorIs(t, err, claims.ErrNoAccident)
		_, err = claims.Case{Accident: acc}.Deadlines(nil, claims.Rules{}, acc)
		assert.ErrorIs(t, err, claims.ErrNoCalendar)
	})
	t.Run("Next", func(t *testing.T) {
		_, err := claims.Case{}.Next(claims.Event{Kind: claims.EventReport, Date: acc})
		assert.Error(t, err, "no accident")
		cs := claims.Case{Accident: acc}
		_, err = cs.Next(claims.Event{Kind: "jump", Date: acc})
		assert.ErrorIs(t, err, claims.ErrUnknownEventKind)
		_, err = cs.Next(claims.Event{Kind: claims.EventReport})
		assert.ErrorIs(t, err, claims.ErrEventDate, "no date")
		_, err = cs.Next(claims.Event{Kind: claims.EventApply, Date: acc, Applicant: "boss"})
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		var te *claims.TransitionError
		_, err = cs.Next(claims.Event{Kind: claims.EventDecide, Date: acc, Confirmed: true})
		assert.ErrorAs(t, err, &te, "deciding a case never applied for")
		applied, err := cs.Next(claims.Event{Kind: claims.EventApply, Date: acc, Applicant: claims.ApplicantWorker})
		require.NoError(t, err)
		_, err = applied.Next(claims.Event{Kind: claims.EventAccept, Date: acc, Clarity: "murky"})
		assert.ErrorIs(t, err, claims.ErrBadClarity)
		_, err = applied.Next(claims.Event{Kind: claims.EventAccept, Date: acc, Materials: []claims.Material{"photo"}})
		assert.ErrorIs(t, err, claims.ErrBadMaterial)
		accepted, err := applied.Next(claims.Event{Kind: claims.EventAccept, Date: acc, Materials: []claims.Material{claims.MatTrack}})
		require.NoError(t, err)
		_, err = accepted.Next(claims.Event{Kind: claims.EventMaterialsToFollow, Date: acc, Materials: []claims.Material{claims.MatConsent}})
		assert.ErrorIs(t, err, claims.ErrNotToFollow)
		decided, err := accepted.Next(claims.Event{Kind: claims.EventDecide, Date: acc, Confirmed: true})
		require.NoError(t, err)
		_, err = decided.Next(claims.Event{Kind: claims.EventDecide, Date: acc, Confirmed: true})
		assert.ErrorAs(t, err, &te, "a second decision")
		assert.ErrorIs(t, claims.CheckSingleConfirmation([]claims.Case{accepted, decided}), claims.ErrAlreadyConfirmed)
		assert.NoError(t, claims.CheckSingleConfirmation([]claims.Case{accepted}))
	})
	t.Run("materials", func(t *testing.T) {
		_, err := claims.Required(claims.Application{Situation: "fell"})
		assert.ErrorIs(t, err, claims.ErrBadSituation)
		_, err = claims.Required(claims.Application{Situation: claims.SituationOrderAccident, Advance: "bank"})
		assert.ErrorIs(t, err, claims.ErrBadAdvance)
		_, err = claims.CheckMaterials(claims.Application{Situation: claims.SituationCommute, MainlyResponsible: true}, claims.Rules{})
		assert.ErrorIs(t, err, claims.ErrNotCovered)
		_, err = claims.CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{"photo"}}, claims.Rules{})
		assert.ErrorIs(t, err, claims.ErrBadMaterial)
		_, err = claims.CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{claims.MatIdentity, claims.MatIdentity}}, claims.Rules{})
		assert.ErrorIs(t, err, claims.ErrDuplicateMaterial)
	})
	t.Run("Attribute", func(t *testing.T) {
		at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
		a := claims.Accident{At: at}
		ok := claims.Order{Platform: "a", OrderID: "1", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-time.Hour)}
		_, err := claims.Attribute(claims.Accident{}, []claims.Order{ok}, claims.NearAccident(200))
		assert.ErrorIs(t, err, claims.ErrBadOrder, "no instant")
		_, err = claims.Attribute(a, []claims.Order{ok}, nil)
		assert.Error(t, err, "no overlap judgement")
		for name, change := range map[string]func(*claims.Order){
			"no platform":             func(o *claims.Order) { o.Platform = "" },
			"no order ID":             func(o *claims.Order) { o.OrderID = "" },
			"no accepted_at":          func(o *claims.Order) { o.AcceptedAt = time.Time{} },
			"no started_at":           func(o *claims.Order) { o.StartedAt = time.Time{} },
			"started before accepted": func(o *claims.Order) { o.StartedAt = o.AcceptedAt.Add(-time.Nanosecond) },
			"ended before started":    func(o *claims.Order) { o.EndedAt = o.StartedAt.Add(-time.Nanosecond) },
		} {
			o := ok
			change(&o)
			_, err := claims.Attribute(a, []claims.Order{o}, claims.NearAccident(200))
			assert.ErrorIs(t, err, claims.ErrBadOrder, name)
		}
		o := ok
		o.StartedAt, o.EndedAt = o.AcceptedAt, o.AcceptedAt
		_, err = claims.Attribute(a, []claims.Order{o}, claims.NearAccident(200))
		assert.NoError(t, err, "accepted, started and ended at one instant")
	})
}

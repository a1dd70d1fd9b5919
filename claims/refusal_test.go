package claims_test

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// Every refusal the package documents, one input each; none panics.
func TestRefusals(t *testing.T) {
	c := calendar.Default()
	acc := testdates.Day(t, "2026-03-02")
	w := windows(t, "2026-03-02")

	t.Run("NewRulebook, ApplicationWindows and Rules", func(t *testing.T) {
		_, err := claims.NewRulebook(nil, claims.Rules{})
		assert.ErrorIs(t, err, claims.ErrNoCalendar)
		assert.ErrorIs(t, err, calendar.ErrNilCalendar)
		_, err = bookOn(t, c).ApplicationWindows(claims.Case{Accident: calendar.Date{}})
		assert.ErrorIs(t, err, claims.ErrNoAccident)
		for name, r := range map[string]claims.Rules{
			"cap months":     {ExtensionCapMonths: -1},
			"late from":      {LateCostFrom: "tomorrow"},
			"late to":        {LateCostTo: "never"},
			"overlap meters": {OverlapMeters: -1},
			"overlap +Inf":   {OverlapMeters: math.Inf(1)},
			"overlap NaN":    {OverlapMeters: math.NaN()},
			"key material":   {KeyMaterials: []claims.Material{"photo"}},
		} {
			assert.ErrorIs(t, r.Validate(), claims.ErrBadRules, name)
			_, err := claims.NewRulebook(c, r)
			assert.ErrorIs(t, err, claims.ErrBadRules, name)
		}
		assert.NoError(t, claims.Rules{ExtensionCapMonths: 1}.Validate(), "1 month is the smallest cap")
		// An extension recorded on the wrong side of a stored case.
		_, err = book(t).ApplicationWindows(claims.Case{Accident: acc, PlatformExtension: claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc}})
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		_, err = book(t).ApplicationWindows(claims.Case{Accident: acc, WorkerExtension: claims.Extension{Applicant: claims.ApplicantServiceAgency, RequestedOn: acc}})
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
	})
	t.Run("extensions and JudgeFiling", func(t *testing.T) {
		_, err := judgeExtension(book(t), w.Accident, claims.Extension{Applicant: "boss", RequestedOn: acc, Reason: "r", Approved: true})
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		_, err = judgeExtension(book(t), w.Accident, claims.Extension{Applicant: claims.ApplicantWorker, Reason: "r"})
		assert.ErrorIs(t, err, claims.ErrEventDate, "no request date")
		// A stored case whose extension has no request date.
		sw, err := book(t).ApplicationWindows(claims.Case{Accident: acc, WorkerExtension: claims.Extension{Applicant: claims.ApplicantWorker, Reason: "r"}})
		require.NoError(t, err)
		assert.ErrorIs(t, sw.WorkerExtension.Err, claims.ErrExtensionLate, "no request date")
		_, err = judgeExtension(book(t), w.Accident, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc, Reason: "  "})
		assert.ErrorIs(t, err, claims.ErrExtensionNoReason)
		r, err := judgeExtension(book(t), w.Accident, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc, Reason: "r"})
		require.NoError(t, err, "not approved is not an error")
		assert.False(t, r.Granted)
		assert.Equal(t, w.Worker.Date, r.Deadline)
		_, err = judgeExtension(book(t), w.Accident, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: acc, Reason: "r", Approved: true})
		assert.Error(t, err, "approved without an until date")
		_, err = fileOn(book(t), w.Accident, "boss", acc)
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		_, err = fileOn(book(t), w.Accident, claims.ApplicantWorker, calendar.Date{})
		assert.ErrorIs(t, err, claims.ErrNotApplied, "no filing date")
		_, err = fileOn(book(t), w.Accident, claims.ApplicantWorker, day(t, acc, -1))
		assert.ErrorIs(t, err, claims.ErrCaseDates, "filed before the accident")
	})
	t.Run("SplitLateCosts", func(t *testing.T) {
		cc := costCase{FiledOn: day(t, w.Platform.Date, 1), AcceptedOn: day(t, w.Platform.Date, 2)}
		for name, cost := range map[string]claims.Cost{
			"no date":   {Amount: money.MustParse("1.00")},
			"negative":  {Date: acc, Amount: money.MustParse("-0.01")},
			"the least": {Date: acc, Amount: money.Fen(math.MinInt64)},
		} {
			_, err := splitCosts(book(t), w.Accident, cc, []claims.Cost{cost})
			assert.ErrorIs(t, err, claims.ErrBadCost, name)
		}
		// An extension to before the accident is refused and extends
		// nothing: filed on the accident's day, the fund pays.
		s, err := splitCosts(book(t), w.Accident, costCase{FiledOn: acc, PlatformExtendedTo: day(t, acc, -1)}, []claims.Cost{{Date: acc, Amount: money.MustParse("1.00")}})
		require.NoError(t, err)
		assert.True(t, s.Platform.IsZero())
		assert.Contains(t, s.Reasons[0], "平台企业的延期申请不成立")
		_, err = splitCosts(book(t), w.Accident, costCase{}, nil)
		assert.ErrorIs(t, err, claims.ErrNotApplied)
		s, err = splitCosts(book(t), w.Accident, cc, []claims.Cost{{Date: acc, Amount: money.Amount{}}})
		require.NoError(t, err, "a zero cost is a cost")
		assert.True(t, s.Platform.IsZero())
	})
	t.Run("CheckCover", func(t *testing.T) {
		_, err := bookOn(t, c).CheckCover(calendar.Date{}, nil, acc)
		assert.ErrorIs(t, err, claims.ErrNoAccident)
		_, err = bookOn(t, c).CheckCover(acc, nil, calendar.Date{})
		assert.ErrorIs(t, err, claims.ErrNoAsOf)
	})
	t.Run("deadlines", func(t *testing.T) {
		_, err := bookOn(t, c).DecisionDeadline(claims.Case{AcceptedOn: acc, Clarity: "murky"})
		assert.ErrorIs(t, err, claims.ErrBadClarity)
		_, err = bookOn(t, c).DecisionDeadline(claims.Case{Accident: acc})
		assert.ErrorIs(t, err, claims.ErrNotAccepted)
		_, err = bookOn(t, c).DecisionDeadline(claims.Case{Accident: acc, AcceptedOn: acc})
		assert.ErrorIs(t, err, claims.ErrUnstated)
		rb := book(t)
		for name, f := range map[string]func(calendar.Date) (calendar.Deadline, error){
			"delivery": rb.DeliveryDeadline, "review": rb.ReviewDeadline, "supplement": rb.SupplementDeadline,
		} {
			_, err = f(calendar.Date{})
			assert.ErrorIs(t, err, calendar.ErrZeroDate, name)
			_, err = f(testdates.Day(t, "2026-12-30"))
			assert.ErrorIs(t, err, calendar.ErrNotCovered, name)
		}
		_, err = bookOn(t, c).Deadlines(claims.Case{}, acc)
		assert.ErrorIs(t, err, claims.ErrNoAccident)
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
		_, err = cs.Next(claims.Event{Kind: claims.EventExtension, Date: acc, Applicant: "boss"})
		assert.ErrorIs(t, err, claims.ErrBadApplicant)
		_, err = cs.Next(claims.Event{Kind: claims.EventDecide, Date: acc, Confirmed: true})
		assert.ErrorIs(t, err, claims.ErrTransition, "deciding a case never applied for")
		applied, err := cs.Next(claims.Event{Kind: claims.EventApply, Date: acc, Applicant: claims.ApplicantWorker})
		require.NoError(t, err)
		_, err = applied.Next(claims.Event{Kind: claims.EventExtension, Date: acc, Applicant: claims.ApplicantWorker, Reason: "r"})
		assert.ErrorIs(t, err, claims.ErrTransition, "an extension after the application")
		_, err = applied.Next(claims.Event{Kind: claims.EventAccept, Date: acc, Clarity: "murky"})
		assert.ErrorIs(t, err, claims.ErrBadClarity)
		_, err = applied.Next(claims.Event{Kind: claims.EventAccept, Date: acc, Clarity: claims.NotClear, Materials: []claims.Material{"photo"}})
		assert.ErrorIs(t, err, claims.ErrBadMaterial)
		accepted, err := applied.Next(claims.Event{Kind: claims.EventAccept, Date: acc, Clarity: claims.NotClear, Materials: []claims.Material{claims.MatTrack}})
		require.NoError(t, err)
		_, err = accepted.Next(claims.Event{Kind: claims.EventMaterialsToFollow, Date: acc, Materials: []claims.Material{claims.MatConsent}})
		assert.ErrorIs(t, err, claims.ErrNotToFollow)
		decided, err := accepted.Next(claims.Event{Kind: claims.EventDecide, Date: acc, Confirmed: true})
		require.NoError(t, err)
		_, err = decided.Next(claims.Event{Kind: claims.EventDecide, Date: acc, Confirmed: true})
		assert.ErrorIs(t, err, claims.ErrTransition, "a second decision")
		assert.ErrorIs(t, claims.CheckSingleConfirmation([]claims.Case{accepted, decided}), claims.ErrAlreadyConfirmed)
		assert.NoError(t, claims.CheckSingleConfirmation([]claims.Case{accepted}))
	})
	t.Run("materials", func(t *testing.T) {
		_, err := claims.Required(claims.Application{Situation: "fell"})
		assert.ErrorIs(t, err, claims.ErrBadSituation)
		_, err = claims.Required(claims.Application{Situation: claims.SituationOrderAccident, Advance: "bank"})
		assert.ErrorIs(t, err, claims.ErrBadAdvance)
		_, err = book(t).CheckMaterials(claims.Application{Situation: claims.SituationCommute, MainlyResponsible: true})
		assert.ErrorIs(t, err, claims.ErrNotCovered)
		_, err = book(t).CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{"photo"}})
		assert.ErrorIs(t, err, claims.ErrBadMaterial)
		_, err = book(t).CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{claims.MatIdentity, claims.MatIdentity}})
		assert.ErrorIs(t, err, claims.ErrDuplicateMaterial)
	})
	t.Run("Attribute", func(t *testing.T) {
		at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
		a := claims.Accident{At: at}
		ok := claims.Order{Platform: "a", OrderID: "1", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-time.Hour)}
		_, err := book(t).Attribute(claims.Accident{}, []claims.Order{ok})
		assert.ErrorIs(t, err, claims.ErrBadOrder, "no instant")
		_, err = (*claims.Rulebook)(nil).Attribute(a, []claims.Order{ok})
		assert.ErrorIs(t, err, claims.ErrNoRulebook)
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
			_, err := book(t).Attribute(a, []claims.Order{o})
			assert.ErrorIs(t, err, claims.ErrBadOrder, name)
		}
		o := ok
		o.StartedAt, o.EndedAt = o.AcceptedAt, o.AcceptedAt
		_, err = book(t).Attribute(a, []claims.Order{o})
		assert.NoError(t, err, "accepted, started and ended at one instant")
	})
}

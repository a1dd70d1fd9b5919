package claims_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// audit19: a cost dated before the accident is no cost of this injury
// (第二十二条第二款 speaks of the costs arising after the accident): it is
// refused as a bad cost, not silently booked to the fund.
func TestAudit19CostBeforeAccidentRefused(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	accident := d("2026-01-20")
	costs := []claims.Cost{
		{Date: d("2026-01-19"), Amount: money.MustParse("100.00"), Item: "前一日门诊"},
		{Date: accident, Amount: money.MustParse("3800.00"), Item: "急救"},
	}
	// Late (filed after the 30 days) and in time: both refuse it.
	for _, filed := range []string{"2026-03-10", "2026-02-10"} {
		_, err := splitCosts(book(t), accident, costCase{FiledOn: d(filed), AcceptedOn: d(filed)}, costs)
		require.Error(t, err, filed)
		assert.ErrorIs(t, err, claims.ErrBadCost)
		assert.Contains(t, err.Error(), "cost #1")
	}
	// The accident's own day is a cost of the injury.
	s, err := splitCosts(book(t), accident, costCase{FiledOn: d("2026-02-10"), AcceptedOn: d("2026-02-10")}, costs[1:])
	require.NoError(t, err)
	assert.Equal(t, "3800.00", s.Fund.String())
}

// audit19: Rules.BeforeInForce = refuse (第八十一条) was honoured only by the
// methods that go through the application windows: DecisionDeadline,
// DeliveryDeadline, ReviewDeadline, SupplementDeadline and CheckCover
// computed a step of an accident before 2025-12-29 silently, so a host that
// chose to refuse such cases still got answers from them. Under the
// default (note) they still compute; CheckCover, which has reasons, says
// that 373号 was not yet in force.
func TestAudit19RefuseBeforeInForceEverywhere(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	refuse := book(t, claims.Rules{BeforeInForce: claims.BeforeInForceRefuse})
	note := book(t)
	old := claims.Case{Accident: d("2025-11-03"), State: claims.StateAccepted, Applicant: claims.ApplicantPlatform,
		AppliedOn: d("2025-11-10"), AcceptedOn: d("2025-11-12"), Clarity: claims.Clear}
	_, err := refuse.DecisionDeadline(old)
	assert.ErrorIs(t, err, claims.ErrBeforeInForce, "decision")
	_, err = note.DecisionDeadline(old)
	assert.NoError(t, err)
	for name, f := range map[string]func(*claims.Rulebook, calendar.Date) (calendar.Deadline, error){
		"delivery": (*claims.Rulebook).DeliveryDeadline, "review": (*claims.Rulebook).ReviewDeadline, "supplement": (*claims.Rulebook).SupplementDeadline,
	} {
		_, err := f(refuse, d("2025-12-26"))
		assert.ErrorIs(t, err, claims.ErrBeforeInForce, name)
		_, err = f(refuse, d("2025-12-29"))
		assert.NoError(t, err, name+": on the day 373号 took effect")
		_, err = f(note, d("2025-12-26"))
		assert.NoError(t, err, name)
	}
	// A case accepted after 373号 took effect, of an accident before it: the
	// option is about the accident.
	later := old
	later.AppliedOn, later.AcceptedOn = d("2025-12-29"), d("2025-12-30")
	_, err = refuse.DecisionDeadline(later)
	assert.ErrorIs(t, err, claims.ErrBeforeInForce)

	paid := []calendar.Month{calendar.MonthOfDate(d("2025-11-03"))}
	_, err = refuse.CheckCover(d("2025-11-03"), paid, d("2026-01-05"))
	assert.ErrorIs(t, err, claims.ErrBeforeInForce, "cover")
	r, err := note.CheckCover(d("2025-11-03"), paid, d("2026-01-05"))
	require.NoError(t, err)
	assert.Equal(t, claims.Covered, r.Status)
	assert.Contains(t, strings.Join(r.Reasons, "\n"), "第八十一条")
	r, err = note.CheckCover(d("2026-01-05"), []calendar.Month{calendar.MonthOfDate(d("2026-01-05"))}, d("2026-01-05"))
	require.NoError(t, err)
	assert.NotContains(t, strings.Join(r.Reasons, "\n"), "第八十一条")
}

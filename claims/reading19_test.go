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

// 第六十九条: the identity flag moves only the costs the host marks as
// caused by the missing check; a mark without the finding is refused; when
// lateness cannot be told, marked costs are still the platform's, and an
// unmarked one makes the split an error (no guess about 第二十二条).
func TestIdentityHarmMovesOnlyMarkedCosts(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	w, err := book(t).ApplicationWindows(claims.Case{Accident: d("2026-01-20")})
	require.NoError(t, err)
	costs := []claims.Cost{
		{Date: d("2026-01-20"), Amount: money.MustParse("3800.00"), Item: "急救"},
		{Date: d("2026-02-25"), Amount: money.MustParse("1200.50"), Item: "门诊复查", IdentityHarm: true},
	}
	cc := costCase{FiledOn: d("2026-02-10"), AcceptedOn: d("2026-02-11"), IdentityNotVerified: true}
	s, err := splitCosts(book(t), w.Accident, cc, costs)
	require.NoError(t, err)
	assert.Equal(t, "1200.50", s.Platform.String())
	assert.Equal(t, "3800.00", s.Fund.String())
	require.Len(t, s.PlatformCosts, 1)
	assert.Equal(t, "门诊复查", s.PlatformCosts[0].Item)

	// The flag alone moves nothing.
	plain := []claims.Cost{costs[0], {Date: costs[1].Date, Amount: costs[1].Amount, Item: costs[1].Item}}
	s, err = splitCosts(book(t), w.Accident, cc, plain)
	require.NoError(t, err)
	assert.True(t, s.Platform.IsZero())
	assert.Equal(t, "5000.50", s.Fund.String())

	// Late and harmed: a harmed cost outside the late period is still the
	// platform's; one inside it is counted once.
	late := costCase{FiledOn: d("2026-03-10"), AcceptedOn: d("2026-03-11"), IdentityNotVerified: true}
	after := append(costs[:2:2], claims.Cost{Date: d("2026-04-01"), Amount: money.MustParse("10.00"), Item: "复查", IdentityHarm: true})
	s, err = splitCosts(book(t), w.Accident, late, after)
	require.NoError(t, err)
	assert.Equal(t, "5010.50", s.Platform.String())
	assert.True(t, s.Fund.IsZero())

	// A mark without the finding.
	cc.IdentityNotVerified = false
	_, err = splitCosts(book(t), w.Accident, cc, costs)
	assert.ErrorIs(t, err, claims.ErrBadCost)

	// Lateness unknown (accident late in 2026, window into 2027): marked
	// costs alone are split; an unmarked one is an error.
	w27, err := book(t).ApplicationWindows(claims.Case{Accident: d("2026-12-20")})
	require.NoError(t, err)
	unk := costCase{FiledOn: d("2027-01-25"), IdentityNotVerified: true}
	s, err = splitCosts(book(t), w27.Accident, unk, []claims.Cost{{Date: d("2026-12-20"), Amount: money.MustParse("1.00"), IdentityHarm: true}})
	require.Error(t, w27.Platform.Err(), "the platform's window ends in 2027, not loaded")
	require.NoError(t, err)
	assert.Equal(t, "1.00", s.Platform.String())
	_, err = splitCosts(book(t), w27.Accident, unk, []claims.Cost{{Date: d("2026-12-20"), Amount: money.MustParse("1.00")}})
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

// 第二十六条: with the facts clear at acceptance the 7 working days count
// from acceptance under either clock; found clear later, the default keeps
// the 30 from acceptance and only ClockFromFoundClear starts a 7-day clock.
func TestDecisionClock(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	clearAt := claims.Case{AcceptedOn: d("2026-03-03"), Clarity: claims.Clear, ClearOn: d("2026-03-03")}
	later := claims.Case{AcceptedOn: d("2026-03-03"), Clarity: claims.Clear, ClearOn: d("2026-03-20")}
	fc := claims.Rules{DecisionClock: claims.ClockFromFoundClear}
	for _, tc := range []struct {
		c     claims.Case
		rules claims.Rules
		want  string
		n     int
	}{
		{clearAt, claims.Rules{}, "2026-03-12", 7},
		{clearAt, fc, "2026-03-12", 7},
		{later, claims.Rules{}, "2026-04-15", 30},
		{later, claims.Rules{DecisionClock: claims.ClockFromAcceptance}, "2026-04-15", 30},
		{later, fc, "2026-03-31", 7},
	} {
		dl, err := book(t, tc.rules).DecisionDeadline(tc.c)
		require.NoError(t, err)
		assert.Equal(t, tc.want, dl.Date.String(), "%+v %q", tc.c.ClearOn, tc.rules.DecisionClock)
		assert.Equal(t, tc.n, dl.N)
	}
	_, err := claims.NewRulebook(calendar.Default(), claims.Rules{DecisionClock: "whenever"})
	assert.ErrorIs(t, err, claims.ErrBadRules)
}

package claims_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// audit19: a cost dated before the accident is no cost of this injury
// (第二十二条第二款 speaks of the costs arising after the accident): it is
// refused as a bad cost, not silently booked to the fund.
func TestAudit19CostBeforeAccidentRefused(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	accident := d("2026-01-20")
	costs := []claims.Cost{
		{Date: d("2026-01-19"), Amount: decimal.RequireFromString("100.00"), Item: "前一日门诊"},
		{Date: accident, Amount: decimal.RequireFromString("3800.00"), Item: "急救"},
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
	assert.Equal(t, "3800.00", s.Fund.StringFixed(2))
}

package levy_test

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
)

// The case: two days of a month whose orders summed past 2⁶³−1
// wrapped, and the bill came out at −1,000,000,000,000.00. A Tally now
// refuses the second day (its total would pass 2⁶³−1), so a bill's line
// never wraps; the largest tally bills its exact, positive amount.
func TestBillCannotWrap(t *testing.T) {
	r := sampleRulebook(t)
	var tl eligibility.Tally
	require.NoError(t, tl.AddN("platform-a", eligibility.RideHailing, testdates.Day(t, "2026-03-01"), math.MaxInt64))
	err := tl.AddN("platform-a", eligibility.RideHailing, testdates.Day(t, "2026-03-02"), math.MaxInt64-100000000000000+2)
	require.ErrorIs(t, err, eligibility.ErrCountOverflow)
	b, err := r.Bill(&tl, "platform-a", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	assert.Equal(t, "92233720368547758.07", b.Total.String())
	n, err := b.Orders(eligibility.RideHailing)
	require.NoError(t, err)
	assert.Equal(t, int64(math.MaxInt64), n)

	rec, err := r.Reconcile(&tl, &eligibility.Tally{}, "platform-a", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	require.Len(t, rec.Industries, 1)
	assert.Equal(t, int64(math.MaxInt64), rec.Industries[0].Diff)

	// A bill's lines made by hand are summed checked.
	hand := levy.Bill{Lines: []levy.Line{{Industry: eligibility.RideHailing, Orders: math.MaxInt64}, {Industry: eligibility.RideHailing, Orders: 1}}}
	_, err = hand.Orders(eligibility.RideHailing)
	var oe *eligibility.OverflowError
	require.True(t, errors.As(err, &oe), "%v", err)
	assert.Equal(t, "bill line 2 orders", oe.What)
	hand.Lines[1].Orders = -1
	_, err = hand.Orders(eligibility.RideHailing)
	assert.ErrorIs(t, err, levy.ErrNegativeOrders)
}

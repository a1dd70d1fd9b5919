package levy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
)

// Every amount levy writes to JSON has exactly two decimals, and reads back.
func TestAmountsHaveTwoDecimals(t *testing.T) {
	rb, err := levy.ParseSetup([]byte(setupJSON), calendar.Default())
	require.NoError(t, err)
	var tl eligibility.Tally
	d, _ := calendar.ParseDate("2026-03-02")
	tl.AddN("platform-b", eligibility.InstantDelivery, d, 903)
	m, _ := calendar.ParseMonth("2026-03")
	b, err := rb.Bill(&tl, "platform-b", m)
	require.NoError(t, err)
	data, err := json.Marshal(b)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"total":"248.33"`)
	assert.Contains(t, string(data), `"amount":"248.33"`)
	assert.Contains(t, string(data), `"exact":"248.325"`)
	assert.Contains(t, string(data), `"rate":"0.275"`)
	var back levy.Bill
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Total == b.Total)
	assert.True(t, back.Lines[0].Amount == b.Lines[0].Amount)

	adj, err := levy.Correct(levy.Correction{Platform: "p", Period: m, Paid: money.MustParse("100"), Due: money.MustParse("80.5")})
	require.NoError(t, err)
	data, err = json.Marshal(adj)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"amount":"19.50"`)
	data, err = json.Marshal(levy.Correction{Paid: money.MustParse("100"), Due: money.MustParse("80.5")})
	require.NoError(t, err)
	assert.Contains(t, string(data), `"paid":"100.00","due":"80.50"`)
	data, err = json.Marshal(levy.DayDiff{Industry: eligibility.RideHailing, Amount: money.MustParse("-0.5")})
	require.NoError(t, err)
	assert.Contains(t, string(data), `"amount":"-0.50"`)
	data, err = json.Marshal(levy.IndustryDiff{Industry: eligibility.RideHailing, Amount: money.MustParse("7")})
	require.NoError(t, err)
	assert.Contains(t, string(data), `"amount":"7.00"`)
	// A fraction of a fen is refused where it is read, never rounded.
	var c levy.Correction
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"paid":"0.005","due":"0"}`), &c), money.ErrFraction)
}

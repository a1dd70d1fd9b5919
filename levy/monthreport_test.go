package levy_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
)

// monthBatch is a balanced batch of month with n orders of platform-b's
// instant delivery and 5 of a platform without terms, and one invalid line.
func monthBatch(t *testing.T, month string, day string, n int64) *eligibility.Batch {
	t.Helper()
	b := &eligibility.Batch{Month: testdates.Month(t, month)}
	require.NoError(t, b.Tally.AddN("platform-b", eligibility.InstantDelivery, testdates.Day(t, day), n))
	require.NoError(t, b.Tally.AddN("platform-z", eligibility.RideHailing, testdates.Day(t, day), 5))
	b.Input, b.Counted, b.Excluded, b.ExcludedNotEnded = n+5+2, n+5, 2, 2 // AddInvalid adds its row
	b.AddInvalid(7, errors.New("bad line"))
	require.True(t, b.Balanced())
	return b
}

// Nil arguments are typed errors, never a panic.
func TestNewMonthReportNilArgs(t *testing.T) {
	r, cal := sampleRates(t), calendar.Default()
	b := monthBatch(t, "2026-03", "2026-03-02", 903)
	var err error
	assert.NotPanics(t, func() { _, err = levy.NewMonthReport(nil, r, cal) })
	assert.ErrorIs(t, err, levy.ErrNoBatch)
	assert.NotPanics(t, func() { _, err = levy.NewMonthReport(b, nil, cal) })
	assert.ErrorIs(t, err, levy.ErrNoTerms)
	assert.NotPanics(t, func() { _, err = levy.NewMonthReport(b, r, nil) })
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
}

// 第十、十一、十四条: tallies, one bill line half up to the fen (903 × 0.275 =
// 248.325 → 248.33), the total the sum of the lines, the deadline; a
// platform without terms has its tally and a note, no bill.
func TestNewMonthReport(t *testing.T) {
	b := monthBatch(t, "2026-03", "2026-03-02", 903)
	rep, err := levy.NewMonthReport(b, sampleRates(t), calendar.Default())
	require.NoError(t, err)
	assert.Equal(t, "2026-03", rep.Month)
	assert.Equal(t, []levy.TallyRow{
		{Platform: "platform-b", Industry: "instant_delivery", Orders: 903},
		{Platform: "platform-z", Industry: "ride_hailing", Orders: 5},
	}, rep.Tallies)
	require.Len(t, rep.Bills, 1)
	row := rep.Bills[0]
	assert.Equal(t, levy.BillRow{Platform: "platform-b", Industry: "instant_delivery", Orders: 903,
		Rate: "0.275", Amount: "248.33", DeclarationDeadline: "2026-04-20"}, row)
	require.Len(t, rep.PlatformBills, 1)
	sum := decimal.Zero
	for _, l := range rep.PlatformBills[0].Lines {
		sum = sum.Add(l.Amount)
	}
	assert.True(t, rep.PlatformBills[0].Total.Equal(sum))
	assert.Equal(t, []string{"no terms for platform-z in -params: its tally is shown but no bill"}, rep.Notes)
	assert.Equal(t, int64(911), rep.Input)
	assert.Equal(t, rep.Input, rep.Counted+rep.Excluded+rep.Duplicates+int64(len(rep.Invalid)))
	assert.Equal(t, int64(2), rep.ExcludedBy["not_ended_or_cancelled"])
	assert.NotNil(t, rep.Conflicts)

	// The JSON keys are monthly-levy's.
	data, err := json.Marshal(rep)
	require.NoError(t, err)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &keys))
	for _, k := range []string{"month", "tallies", "bills", "input", "counted", "excluded", "excluded_by", "duplicates", "conflicts", "invalid", "notes"} {
		assert.Contains(t, keys, k)
	}
	assert.Len(t, keys, 11)
	assert.JSONEq(t, `[]`, string(keys["conflicts"]))
}

// 第十四条: a December bill's deadline falls in a year whose State Council
// schedule is not loaded: unknown, with the year and the day it is not
// before; the amount is still given.
func TestNewMonthReportUnknownDeadline(t *testing.T) {
	cal := calendar.Default()
	if cal.Covers(2027) {
		t.Skip("the 2027 schedule is loaded: no unknown deadline to test")
	}
	b := monthBatch(t, "2026-12", "2026-12-02", 903)
	rep, err := levy.NewMonthReport(b, sampleRates(t), cal)
	require.NoError(t, err)
	require.Len(t, rep.Bills, 1)
	row := rep.Bills[0]
	assert.Equal(t, "248.33", row.Amount)
	assert.Empty(t, row.DeclarationDeadline)
	assert.Equal(t, 2027, row.DeclarationUnknownYear)
	assert.Equal(t, "2027-01-15", row.DeclarationNotBefore.String())
	assert.Contains(t, row.DeclarationUnknown, "2027")
	data, err := json.Marshal(row)
	require.NoError(t, err)
	assert.NotContains(t, string(data), `"declaration_deadline"`)
	assert.Contains(t, string(data), `"declaration_unknown_year":2027`)
}

// 第十、十一、十四条: the month report of a batch, as monthly-levy -json
// writes it.
func ExampleNewMonthReport() {
	rates, _ := levy.ParseSetup([]byte(setupJSON))
	month, _ := calendar.ParseMonth("2026-03")
	d, _ := calendar.ParseDate("2026-03-02")
	b := &eligibility.Batch{Month: month}
	b.Tally.AddN("platform-b", eligibility.InstantDelivery, d, 903)
	b.Input, b.Counted = 903, 903
	rep, err := levy.NewMonthReport(b, rates, calendar.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Bills {
		fmt.Println(r.Platform, r.Industry, r.Orders, "×", r.Rate, "=", r.Amount, "declare by", r.DeclarationDeadline)
	}
	fmt.Println("total", rep.PlatformBills[0].Total.StringFixed(2))
	// Output:
	// platform-b instant_delivery 903 × 0.275 = 248.33 declare by 2026-04-20
	// total 248.33
}

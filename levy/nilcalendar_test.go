package levy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
)

// A nil *calendar.Calendar is an error (calendar.ErrNilCalendar), never a
// panic, in every function of levy that takes one (issue 10).
func TestNilCalendar(t *testing.T) {
	_, err := levy.RegistrationDeadline(nil, testdates.Day(t, "2026-03-02"))
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	r := sampleRates(t)
	var tl eligibility.Tally
	period := testdates.Month(t, "2026-03")
	assert.NotPanics(t, func() {
		_, err = r.Bill(&tl, "platform-b", period, nil)
	})
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	assert.NotPanics(t, func() {
		_, err = r.Reconcile(&tl, &tl, "platform-b", period, nil)
	})
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	// A nil *Rates is an error too.
	var nr *levy.Rates
	assert.Nil(t, nr.Platforms())
	assert.NotPanics(t, func() {
		_, err = nr.RateOn("platform-b", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"))
	})
	assert.ErrorIs(t, err, levy.ErrNoTerms)
}

// Audit F5: a nil *Rates, a nil tally or a platform without terms is an
// error, never a silent 0.00 bill.
func TestAuditF5NoSilentZeroBill(t *testing.T) {
	period := testdates.Month(t, "2026-03")
	var nr *levy.Rates
	_, err := nr.Bill(nil, "platform-b", period, calendar.Default())
	assert.ErrorIs(t, err, levy.ErrNoTerms)
	_, err = sampleRates(t).Bill(nil, "platform-b", period, calendar.Default())
	assert.ErrorIs(t, err, levy.ErrNoTally)
	_, err = sampleRates(t).Reconcile(nil, nil, "platform-b", period, calendar.Default())
	assert.ErrorIs(t, err, levy.ErrNoTally)
	_, err = (&levy.Rates{}).Bill(&eligibility.Tally{}, "p", period, calendar.Default())
	assert.ErrorIs(t, err, levy.ErrNoTerms)
	// An empty tally for a platform with terms is a 0.00 bill, as before.
	b, err := sampleRates(t).Bill(&eligibility.Tally{}, "platform-b", period, calendar.Default())
	require.NoError(t, err)
	assert.Equal(t, "0.00", b.Total.StringFixed(2))
}

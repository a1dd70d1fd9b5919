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

// A nil *calendar.Calendar is refused where the rulebook is built
// (calendar.ErrNilCalendar), never a panic later (issue 10, issue 21).
func TestNilCalendar(t *testing.T) {
	_, err := levy.NewRulebook(nil, levy.DefaultParams())
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	_, err = levy.ParseSetup([]byte(`{"terms":[]}`), nil)
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	_, err = levy.Setup{}.Rulebook(nil)
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
}

// A nil or zero *Rulebook is ErrNoRulebook in every method, never a panic.
func TestNoRulebook(t *testing.T) {
	var tl eligibility.Tally
	period := testdates.Month(t, "2026-03")
	d := testdates.Day(t, "2026-03-02")
	for name, r := range map[string]*levy.Rulebook{"nil": nil, "zero": {}} {
		assert.Nil(t, r.Platforms(), name)
		assert.Empty(t, r.Fingerprint(), name)
		var err error
		assert.NotPanics(t, func() { _, err = r.RateOn("platform-b", eligibility.InstantDelivery, d) }, name)
		assert.ErrorIs(t, err, levy.ErrNoRulebook, name)
		assert.NotPanics(t, func() { _, err = r.Bill(&tl, "platform-b", period) }, name)
		assert.ErrorIs(t, err, levy.ErrNoRulebook, name)
		assert.NotPanics(t, func() { _, _, err = r.Bills(&tl, period) }, name)
		assert.ErrorIs(t, err, levy.ErrNoRulebook, name)
		assert.NotPanics(t, func() { _, err = r.Reconcile(&tl, &tl, "platform-b", period) }, name)
		assert.ErrorIs(t, err, levy.ErrNoRulebook, name)
		assert.NotPanics(t, func() { _, err = r.RegistrationDeadline(d) }, name)
		assert.ErrorIs(t, err, levy.ErrNoRulebook, name)
	}
}

// Audit F5: a nil tally or a platform without terms is an error, never a
// silent 0.00 bill.
func TestAuditF5NoSilentZeroBill(t *testing.T) {
	period := testdates.Month(t, "2026-03")
	_, err := sampleRulebook(t).Bill(nil, "platform-b", period)
	assert.ErrorIs(t, err, levy.ErrNoTally)
	_, err = sampleRulebook(t).Reconcile(nil, nil, "platform-b", period)
	assert.ErrorIs(t, err, levy.ErrNoTally)
	_, _, err = sampleRulebook(t).Bills(nil, period)
	assert.ErrorIs(t, err, levy.ErrNoTally)
	_, err = rulebook(t, levy.DefaultParams()).Bill(&eligibility.Tally{}, "p", period)
	assert.ErrorIs(t, err, levy.ErrNoTerms)
	// An empty tally for a platform with terms is a 0.00 bill, as before.
	b, err := sampleRulebook(t).Bill(&eligibility.Tally{}, "platform-b", period)
	require.NoError(t, err)
	assert.Equal(t, "0.00", b.Total.String())
}

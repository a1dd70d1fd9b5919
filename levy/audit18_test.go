package levy_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
)

// Audit of issue 18: a bill or a reconciliation for the last month the
// calendar holds (9999-12) ended: the day after 9999-12-31 is the zero
// Date, which is never after the month's last day, so the loop over the
// month's days never ended (a golden case with "period": "9999-12" hung
// the runner).
func TestAudit18BillLastMonthEnds(t *testing.T) {
	r := sampleRulebook(t)
	period := testdates.Month(t, "9999-12")
	var tl eligibility.Tally
	done := make(chan error, 2)
	go func() {
		_, err := r.Bill(&tl, "platform-b", period)
		done <- err
		_, err = r.Reconcile(&tl, &tl, "platform-b", period)
		done <- err
	}()
	for range 2 {
		select {
		case err := <-done:
			if err != nil {
				jsontest.Check(t, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Bill or Reconcile of 9999-12 did not end")
		}
	}
}

// Audit of issue 18: the setup's own checks, after the strict JSON layer,
// quoted a level, a platform and a year whole: an identity number written
// there reached the message, and a 64 KiB level made a 64 KiB error.
func TestAudit18SetupErrorsBoundedAndMasked(t *testing.T) {
	long := strings.Repeat("x", 60000)
	for _, in := range []string{
		`{"terms":[{"platform":"p","first_month":"2025-07","instant_delivery":[{"from":"2026-01","level":"` + jsontest.ID + `","source":"s"}]}]}`,
		`{"terms":[{"platform":"p","first_month":"2025-07","instant_delivery":[{"from":"2026-01","level":"１１０１０１１９９００３０７１２３４","source":"s"}]}]}`,
		`{"terms":[{"platform":"p","first_month":"2025-07","instant_delivery":[{"from":"2026-01","level":"\u00851101011990030712","source":"s"}]}]}`,
		`{"terms":[{"platform":"p","first_month":"2025-07","instant_delivery":[{"from":"2026-01","level":"` + long + `","source":"s"}]}]}`,
		`{"terms":[{"platform":"` + jsontest.ID + `","first_month":"2025-07","instant_delivery":[{"from":"2026-01","level":"x","source":"s"}]}]}`,
		`{"terms":[{"platform":"` + long + `","first_month":"2025-07","instant_delivery":[{"from":"2026-01","level":"x","source":"s"}]}]}`,
		`{"terms":[{"platform":"` + jsontest.ID + `","first_month":"2025-07"},{"platform":"` + jsontest.ID + `","first_month":"2025-07"}]}`,
		`{"terms":[{"platform":"p","first_month":"2025-07","floating":[{"year":` + jsontest.ID + `,"industry":"instant_delivery","factor":"1.1","source":"s"}]}]}`,
	} {
		_, err := levy.ParseSetup([]byte(in), calendar.Default())
		require.Error(t, err)
		jsontest.Check(t, err)
	}
	r := sampleRulebook(t)
	day := testdates.Day(t, "2026-03-02")
	for _, p := range []string{jsontest.ID, strings.Repeat("p", 60000)} {
		_, err := r.RateOn(p, eligibility.InstantDelivery, day)
		assert.ErrorIs(t, err, levy.ErrNoTerms)
		jsontest.Check(t, err)
		_, err = r.Bill(&eligibility.Tally{}, p, testdates.Month(t, "2026-03"))
		assert.ErrorIs(t, err, levy.ErrNoTerms)
		jsontest.Check(t, err)
	}
}

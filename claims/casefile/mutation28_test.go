package casefile_test

// The fresh hand audit of claims (issue 19, session 28): a date-order check
// tried only with dates strictly on the wrong side let an equal date be
// refused.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/internal/testdates"
)

// 第二十六条: facts found clear on the day of the conclusion is a valid file
// (claims.Case.Next accepts facts_clear and decide on the same day).
func TestFactsFoundClearOnTheDecisionDay(t *testing.T) {
	f, err := casefile.Parse([]byte(`{"accident":"2026-03-02","applicant":"worker","filed_on":"2026-03-20","accepted_on":"2026-03-23",
	"clarity":"not_clear","clear_on":"2026-04-01","decided_on":"2026-04-01","confirmed":true,
	"application":{"situation":"order_accident","submitted":["application_form","identity","diagnosis","police_proof"]},"paid_months":[]}`))
	require.NoError(t, err)
	tl, err := f.Timeline(calendar.Default())
	require.NoError(t, err)
	assert.Equal(t, claims.StateConfirmed, tl.Case.State)
	assert.Equal(t, testdates.Day(t, "2026-04-01"), tl.Case.ClearOn)
	assert.Equal(t, testdates.Day(t, "2026-04-01"), tl.Case.DecidedOn)
}

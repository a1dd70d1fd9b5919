package claims

// Defensive paths of claims that no valid call through the exported API
// reaches (issue 19, session 27), tested directly.

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// judgeExtension refuses a request dated before the accident, naming both
// days. (ApplicationWindows refuses such a case first, by CheckDates.)
func TestJudgeExtensionBeforeTheAccident(t *testing.T) {
	acc, err := calendar.ParseDate("2026-03-10")
	require.NoError(t, err)
	before, err := calendar.ParseDate("2026-03-09")
	require.NoError(t, err)
	r := Windows{Accident: acc}.judgeExtension(Extension{Applicant: ApplicantWorker, RequestedOn: before, Reason: "住院", Approved: true})
	require.Error(t, r.Err)
	assert.Equal(t, "claims: event dated before the accident or before the case's last step: extension requested 2026-03-09, before the accident 2026-03-10", r.Err.Error())
	assert.ErrorIs(t, r.Err, errEventDate)
	assert.False(t, r.Granted)
	assert.False(t, errors.Is(r.Err, errExtensionLate))
}

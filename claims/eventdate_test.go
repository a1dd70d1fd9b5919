package claims_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// An event dated before the case's last step is refused with ErrEventDate: its
// message is the one Next always gave, it matches ErrEventDate, and it says
// the event and the dates in Chinese.
func TestEventDateError(t *testing.T) {
	c := claims.Case{Accident: testdates.Day(t, "2026-01-20")}
	_, err := c.Next(claims.Event{Kind: claims.EventApply, Date: testdates.Day(t, "2026-01-10"), Applicant: claims.ApplicantWorker})
	require.ErrorIs(t, err, claims.ErrEventDate)
	assert.Equal(t, "claims: event dated before the accident or before the case's last step: apply on 2026-01-10 (accident 2026-01-20, last step 2026-01-20)", err.Error())
	assert.Equal(t, "“"+claims.EventApply.Chinese()+"”的日期 2026-01-10 早于案件上一步的日期 2026-01-20（事故日期 2026-01-20）", chineseOf(err))
	_, err = c.Next(claims.Event{Kind: claims.EventApply, Applicant: claims.ApplicantWorker})
	require.ErrorIs(t, err, claims.ErrEventDate)
	assert.Contains(t, chineseOf(err), "没有写日期")
}

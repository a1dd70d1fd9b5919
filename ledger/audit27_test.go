package ledger_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/ledger"
)

// Each of 第六十四条's six reasons bars the insurer for three years from the
// agreement's end; an agreement that simply expired bars nothing (an
// auditor's hand mutation: dropping （六） went unnoticed).
func TestEveryArticle64ReasonBarsThreeYears(t *testing.T) {
	d := calendar.MustParseDate
	for _, r := range []ledger.EndReason{ledger.FailedAnnualReview, ledger.SeriousFailure, ledger.Misappropriation,
		ledger.Fraud, ledger.InformationSecurity, ledger.OtherViolation} {
		ends := []ledger.AgreementEnd{{Insurer: "insurer-x", Ended: d("2026-05-10"), Reason: r}}
		until, banned, err := ends[0].BanEnds()
		require.NoError(t, err, r)
		assert.True(t, banned, r)
		assert.Equal(t, "2029-05-10", until.String(), r)
		assert.ErrorIs(t, ledger.CheckInsurer("insurer-x", d("2027-01-04"), ends), ledger.ErrInsurerBanned, r)
		assert.True(t, r.Bans(), r)
	}
	_, banned, err := ledger.AgreementEnd{Insurer: "insurer-x", Ended: d("2026-05-10"), Reason: ledger.Expired}.BanEnds()
	require.NoError(t, err)
	assert.False(t, banned)
	assert.False(t, ledger.Expired.Bans())
}

package benefits_test

// A claim's third-party split refused by SplitMedical is a ClaimError at
// "third_party" wrapping ErrBadMedical (issue 19, round of seed 13).

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
)

func TestClaimSplitRefusedAtThirdParty(t *testing.T) {
	c := claimOf(t, outpatient(t, "B1", "2026-03-03", "45.50"))
	c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalOther, Court: true, Shared: []benefits.MedicalMaterial{benefits.MedCourtDocument}, Ratio: ratiop("1.5")}
	_, err := defaults.Assess(c)
	require.ErrorIs(t, err, benefits.ErrBadMedical)
	var ce *benefits.ClaimError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "third_party", ce.Path())
	assert.Contains(t, ce.Why(), "1.5")

	c.ThirdParty.Ratio = ratiop("1")
	r := assess(t, c)
	require.NotNil(t, r.Split)
	assert.Equal(t, "45.50", r.Split.ThirdParty.String())
	assert.Equal(t, "0.00", r.Split.Fund.String())
}

package benefits_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/jsoncode"
)

// A key longer than the strict layer's limit is a limit of the claim
// (ErrClaimLimit wrapping jsoncode.ErrKeyLength); a short unknown key is
// not a limit but a bad claim.
func TestClaimJSONKeyLengthIsALimit(t *testing.T) {
	var c benefits.MedicalClaim
	err := json.Unmarshal([]byte(`{"`+strings.Repeat("k", 300)+`":1}`), &c)
	require.ErrorIs(t, err, jsoncode.ErrKeyLength)
	assert.ErrorIs(t, err, benefits.ErrClaimLimit)
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	err = json.Unmarshal([]byte(`{"k":1}`), &c)
	require.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	assert.NotErrorIs(t, err, benefits.ErrClaimLimit)
	assert.ErrorIs(t, err, jsoncode.ErrUnknownKey)
}

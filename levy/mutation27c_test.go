package levy_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/levy"
)

// An unbilled platform read back from JSON needs both its platform and its
// error; either missing is refused, never read as an empty platform or a
// nil error (mutation round 14).
func TestUnbilledJSONNeedsPlatformAndError(t *testing.T) {
	u := levy.Unbilled{Platform: "platform-a", Err: levy.ErrNoTerms}
	b, err := json.Marshal(u)
	require.NoError(t, err)
	var back levy.Unbilled
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, "platform-a", back.Platform)
	assert.True(t, errors.Is(back.Err, levy.ErrNoTerms))
	for _, in := range []string{
		`{"error":{"code":"no_terms","chinese":"x"}}`,
		`{"platform":"platform-a"}`,
		`{}`,
	} {
		var u levy.Unbilled
		err := json.Unmarshal([]byte(in), &u)
		assert.ErrorIs(t, err, errcode.ErrBadWire, in)
		assert.Equal(t, levy.Unbilled{}, u, in)
	}
}

package param_test

// Round 17 of the mutation study (issue 19).

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/param"
)

// A set built from no values is empty, not nil, and lists nothing: no
// panic, no value without a name.
func TestEmptySetListsNothing(t *testing.T) {
	s, err := param.NewSet()
	require.NoError(t, err)
	require.NotNil(t, s)
	assert.NotPanics(t, func() { assert.Empty(t, s.Values()) })
	assert.Equal(t, s.Fingerprint(), s.Fingerprint())
}

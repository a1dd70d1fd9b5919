package param_test

// Round 17 of the mutation study (issue 19).

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
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

// Round 18 of the mutation study (issue 19).

// A set with nothing in it takes values like any other.
func TestEmptySetTakesValues(t *testing.T) {
	s, err := param.NewSet()
	require.NoError(t, err)
	vs, err := param.Parse([]byte(`[{"name":"benefits.prev_year_shanghai_private_annual_wage","value":"120000","from":"2025-01-01","until":"2025-12-31","source":"s","status":"provisional"}]`))
	require.NoError(t, err)
	got, err := s.With(vs...)
	require.NoError(t, err)
	assert.Len(t, got.Values(), 1)
	assert.Empty(t, s.Values(), "With returns a new set")
}

// A decimal is written in at most 40 characters: 40 are read (leading
// zeros included), 41 are refused before any arithmetic, whatever they
// amount to.
func TestDecimalTextLimit(t *testing.T) {
	in := func(v string) []byte {
		return []byte(`[{"name":"benefits.prev_year_shanghai_private_annual_wage","value":"` + v + `","from":"2025-01-01","until":"2025-12-31","source":"s","status":"provisional"}]`)
	}
	forty := strings.Repeat("0", 32) + "120000.5"
	require.Len(t, forty, 40)
	vs, err := param.Parse(in(forty))
	require.NoError(t, err)
	assert.Equal(t, "120000.5", vs[0].Value.String())
	_, err = param.Parse(in("0" + forty))
	require.Error(t, err)
	assert.Equal(t, "parameter_syntax", errcode.Of(err).Code(), "%v", err)
}

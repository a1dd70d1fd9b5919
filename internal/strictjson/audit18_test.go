package strictjson

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/jsonerr"
)

type audit18Inner struct {
	A string `json:"a"`
	B string `json:"b" strict:"required"`
}

// audit18Outer's A hides its embedded struct's A (encoding/json fills the
// shallower field): the wire shapes of the medical claim are built so.
type audit18Outer struct {
	audit18Inner
	A decimal.Decimal `json:"a" strict:"decimals=2"`
}

// Audit of issue 18: a field that hides an embedded struct's field of the
// same name, declared after the embedded struct, was checked against the
// hidden field's schema (the first added), while encoding/json fills the
// shallower one: a decimal hidden so reached shopspring/decimal unchecked
// ("1e999999999", whose formatting hangs; three decimals in an amount).
// The check now follows encoding/json: the shallowest field of a name.
func TestAudit18ShadowedFieldIsChecked(t *testing.T) {
	for in, kind := range map[string]error{
		`{"a":"1e999999999","b":"x"}`: jsonerr.ErrNumber,
		`{"a":"1.005","b":"x"}`:       jsonerr.ErrDecimals,
		`{"a":1e999999999,"b":"x"}`:   jsonerr.ErrNumber,
		`{"a":null,"b":"x"}`:          jsonerr.ErrNull,
	} {
		var v audit18Outer
		err := Decode([]byte(in), &v)
		require.Error(t, err, in)
		var je *jsonerr.Error
		require.True(t, errors.As(err, &je), in)
		assert.ErrorIs(t, err, kind, in)
	}
	var v audit18Outer
	require.NoError(t, Decode([]byte(`{"a":"1.25","b":"x"}`), &v))
	assert.Equal(t, "1.25", v.A.String())
	// The embedded struct's other fields keep their rules.
	assert.ErrorIs(t, Decode([]byte(`{"a":"1.25"}`), &v), jsonerr.ErrRequired)
}

package strictjson

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsoncode"
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
		`{"a":"1e999999999","b":"x"}`: jsoncode.ErrNumber,
		`{"a":"1.005","b":"x"}`:       jsoncode.ErrDecimals,
		`{"a":1e999999999,"b":"x"}`:   jsoncode.ErrNumber,
		`{"a":null,"b":"x"}`:          jsoncode.ErrNull,
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
	assert.ErrorIs(t, Decode([]byte(`{"a":"1.25"}`), &v), jsoncode.ErrRequired)
}

// Audit of issue 18: a string that is not UTF-8 (a byte such as \xff, or
// an unpaired surrogate escape such as \ud800) passed the strict layer, and
// encoding/json read it as U+FFFD: two IDs that differ only there ("T\xff"
// and "T\xfe", a receipt and its re-report, two bills) read as one, and a
// text changed silently. It is refused, in a key or a value, with its
// offset; a valid pair of surrogate escapes and every valid UTF-8 pass.
func TestAudit18StringsAreUTF8(t *testing.T) {
	for _, in := range []string{
		"{\"a\":\"T\xff\"}", "{\"a\":\"T\xfe1\"}", "{\"a\":\"\xe6\xb1\"}", "{\"a\xff\":1}",
		`{"a":"\ud800"}`, `{"a":"\udc00"}`, `{"a":"\ud800x"}`, `{"a":"\ud800\n"}`, `{"a":"\ud800\u0041"}`, `{"a":"\ud800\ud800\udc00"}`,
		`{"\ud800":1}`,
	} {
		err := Check([]byte(in), nil, Limits{})
		var je *jsonerr.Error
		require.True(t, errors.As(err, &je), "%q: %v", in, err)
		assert.ErrorIs(t, err, jsoncode.ErrSyntax, "%q", in)
		assert.GreaterOrEqual(t, je.Offset, int64(0), "%q", in)
		var v map[string]string
		assert.Error(t, Decode([]byte(in), &v), "%q", in)
	}
	for _, in := range []string{`{"a":"\ud83d\ude00"}`, `{"a":"汉字😀"}`, `{"a":"\u00e9\u4e2d"}`, `{"\ud83d\ude00":"x"}`} {
		var v map[string]string
		require.NoError(t, Decode([]byte(in), &v), "%q", in)
	}
	var v map[string]string
	require.NoError(t, Decode([]byte(`{"a":"\ud83d\ude00"}`), &v))
	assert.Equal(t, "😀", v["a"])
}

// Audit of issue 18: a file saved with a byte order mark was refused as
// "invalid character 'ï' looking for beginning of value"; the refusal now
// names the mark.
func TestAudit18ByteOrderMarkNamed(t *testing.T) {
	var v map[string]string
	err := Decode([]byte("\xef\xbb\xbf{\"a\":\"b\"}"), &v)
	assert.ErrorIs(t, err, jsoncode.ErrSyntax)
	assert.Contains(t, err.Error(), "byte order mark")
}

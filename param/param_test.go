package param_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

func val(t testing.TB, name, v, from string) param.Value {
	return param.Value{Name: name, Value: decimal.RequireFromString(v), From: testdates.Day(t, from), Source: "test", Status: param.Verified}
}

func TestLookupFollowsDates(t *testing.T) {
	s, err := param.NewSet(val(t, "x", "0.01", "2025-07-01"), val(t, "x", "0.02", "2027-01-01"))
	require.NoError(t, err)
	_, err = s.Lookup("x", testdates.Day(t, "2025-06-30"))
	var me *param.MissingError
	require.True(t, errors.As(err, &me))
	assert.Equal(t, "x", me.Name)
	assert.Equal(t, "2025-06-30", me.Date.String())
	assert.ErrorIs(t, err, param.ErrMissingValue)
	v, err := s.Lookup("x", testdates.Day(t, "2025-07-01"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", v.Value.String())
	v, err = s.Lookup("x", testdates.Day(t, "2026-12-31"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", v.Value.String())
	v, err = s.Lookup("x", testdates.Day(t, "2027-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "0.02", v.Value.String())
	_, err = s.Lookup("y", testdates.Day(t, "2027-01-01"))
	assert.ErrorIs(t, err, param.ErrMissingValue)
}

func TestUntilEndsAValue(t *testing.T) {
	v := val(t, "x", "1", "2025-01-01")
	v.Until = testdates.Day(t, "2025-12-31")
	s, err := param.NewSet(v)
	require.NoError(t, err)
	_, err = s.Lookup("x", testdates.Day(t, "2025-12-31"))
	assert.NoError(t, err)
	_, err = s.Lookup("x", testdates.Day(t, "2026-01-01"))
	assert.ErrorIs(t, err, param.ErrMissingValue, "no value after Until: not a guess")
}

func TestHostValuesOverDefaults(t *testing.T) {
	defaults, err := param.NewSet(val(t, "x", "0.01", "2025-07-01"))
	require.NoError(t, err)
	host, err := defaults.With(val(t, "x", "0.015", "2025-07-01"), val(t, "x", "0.02", "2026-01-01"))
	require.NoError(t, err)
	v, _ := host.Lookup("x", testdates.Day(t, "2025-08-01"))
	assert.Equal(t, "0.015", v.Value.String(), "same From: the host's value replaces the default")
	v, _ = host.Lookup("x", testdates.Day(t, "2026-02-01"))
	assert.Equal(t, "0.02", v.Value.String())
	v, _ = defaults.Lookup("x", testdates.Day(t, "2026-02-01"))
	assert.Equal(t, "0.01", v.Value.String(), "With leaves the receiver unchanged")
	assert.Len(t, host.Values(), 2)
}

func TestOverlapsAndBadValuesAreErrors(t *testing.T) {
	_, err := param.NewSet(val(t, "x", "1", "2025-01-01"), val(t, "x", "2", "2025-01-01"))
	assert.ErrorIs(t, err, param.ErrOverlap)
	a := val(t, "x", "1", "2025-01-01")
	a.Until = testdates.Day(t, "2025-06-30")
	_, err = param.NewSet(a, val(t, "x", "2", "2025-06-01"))
	assert.ErrorIs(t, err, param.ErrOverlap)
	_, err = param.NewSet(a, val(t, "x", "2", "2025-07-01"))
	assert.NoError(t, err)
	for name, v := range map[string]param.Value{
		"no name":   {Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: param.Verified},
		"no from":   {Name: "x", Value: decimal.NewFromInt(1), Source: "s", Status: param.Verified},
		"no source": {Name: "x", Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Status: param.Verified},
		"status":    {Name: "x", Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: "sure"},
		"negative":  {Name: "x", Value: decimal.NewFromInt(-1), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: param.Verified},
		"until":     {Name: "x", Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Until: testdates.Day(t, "2024-12-31"), Source: "s", Status: param.Verified},
	} {
		_, err := param.NewSet(v)
		var ve *param.ValueError
		assert.True(t, errors.As(err, &ve), name)
	}
}

func TestParseIsStrictAndExact(t *testing.T) {
	vs, err := param.Parse([]byte(`[{"name":"x","value":0.07,"from":"2025-07-01","source":"s","status":"verified"},
		{"name":"y","value":"0.25","from":"2025-07-01","until":"2026-06-30","source":"s","status":"provisional"}]`))
	require.NoError(t, err)
	assert.True(t, vs[0].Value.Equal(decimal.New(7, -2)), "a JSON number is read as an exact decimal")
	assert.Equal(t, param.Provisional, vs[1].Status)
	for name, in := range map[string]string{
		"unknown key": `[{"name":"x","value":"1","from":"2025-07-01","source":"s","status":"verified","note":"?"}]`,
		"bad decimal": `[{"name":"x","value":"0.0x","from":"2025-07-01","source":"s","status":"verified"}]`,
		"bad date":    `[{"name":"x","value":"1","from":"2025-7-1","source":"s","status":"verified"}]`,
		"overlap":     `[{"name":"x","value":"1","from":"2025-07-01","source":"s","status":"verified"},{"name":"x","value":"2","from":"2025-07-01","source":"s","status":"verified"}]`,
		"not a list":  `{"name":"x"}`,
		"trailing":    `[] []`,
	} {
		_, err := param.Parse([]byte(in))
		var ve *param.ValueError
		assert.True(t, errors.As(err, &ve), "%s: %v", name, err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`[{"name":"x","value":"0.07","from":"2025-07-01","source":"s","status":"verified"}]`))
	f.Add([]byte(`[{"name":"x","value":1e-3,"from":"2025-07-01","until":"2025-07-01","source":"s","status":"secondary"}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		vs, err := param.Parse(data)
		if err != nil {
			var ve *param.ValueError
			if !errors.As(err, &ve) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		s, err := param.NewSet(vs...)
		if err != nil {
			t.Fatalf("parsed values refused: %v", err)
		}
		for _, v := range vs {
			got, err := s.Lookup(v.Name, v.From)
			if err != nil || !got.Value.Equal(v.Value) {
				t.Fatalf("lookup of %s on its From: %v, %v", v.Name, got, err)
			}
		}
	})
}

// A figure no notice could set is refused before any arithmetic (decimal
// would try to build 10^2000000000 and hang).
func TestImplausibleValue(t *testing.T) {
	_, err := param.Parse([]byte(`[{"name":"x","value":"1e2000000000","from":"2025-07-01","source":"s","status":"verified"}]`))
	var ve *param.ValueError
	assert.True(t, errors.As(err, &ve), "%v", err)
}

package param_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// Two registered parameters the tests use.
const (
	rh param.Name = "levy.base.ride_hailing"
	fr param.Name = "levy.base.intra_city_freight"
)

func val(t testing.TB, name param.Name, v, from string) param.Value {
	return param.Value{Name: name, Value: decimal.RequireFromString(v), From: testdates.Day(t, from), Source: "test", Status: param.Verified}
}

func TestLookupFollowsDates(t *testing.T) {
	s, err := param.NewSet(val(t, rh, "0.01", "2025-07-01"), val(t, rh, "0.02", "2027-01-01"))
	require.NoError(t, err)
	_, err = s.Lookup(rh, testdates.Day(t, "2025-06-30"))
	var me *param.MissingError
	require.True(t, errors.As(err, &me))
	assert.Equal(t, rh, me.Name)
	assert.Equal(t, "2025-06-30", me.Date.String())
	assert.ErrorIs(t, err, param.ErrMissingValue)
	v, err := s.Lookup(rh, testdates.Day(t, "2025-07-01"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", v.Value.String())
	v, err = s.Lookup(rh, testdates.Day(t, "2026-12-31"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", v.Value.String())
	v, err = s.Lookup(rh, testdates.Day(t, "2027-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "0.02", v.Value.String())
	_, err = s.Lookup(fr, testdates.Day(t, "2027-01-01"))
	assert.ErrorIs(t, err, param.ErrMissingValue)
}

func TestUntilEndsAValue(t *testing.T) {
	v := val(t, rh, "1", "2025-01-01")
	v.Until = testdates.Day(t, "2025-12-31")
	s, err := param.NewSet(v)
	require.NoError(t, err)
	_, err = s.Lookup(rh, testdates.Day(t, "2025-12-31"))
	assert.NoError(t, err)
	_, err = s.Lookup(rh, testdates.Day(t, "2026-01-01"))
	assert.ErrorIs(t, err, param.ErrMissingValue, "no value after Until: not a guess")
}

func TestHostValuesOverDefaults(t *testing.T) {
	defaults, err := param.NewSet(val(t, rh, "0.01", "2025-07-01"))
	require.NoError(t, err)
	host, err := defaults.With(val(t, rh, "0.015", "2025-07-01"), val(t, rh, "0.02", "2026-01-01"))
	require.NoError(t, err)
	v, _ := host.Lookup(rh, testdates.Day(t, "2025-08-01"))
	assert.Equal(t, "0.015", v.Value.String(), "same From: the host's value replaces the default")
	v, _ = host.Lookup(rh, testdates.Day(t, "2026-02-01"))
	assert.Equal(t, "0.02", v.Value.String())
	v, _ = defaults.Lookup(rh, testdates.Day(t, "2026-02-01"))
	assert.Equal(t, "0.01", v.Value.String(), "With leaves the receiver unchanged")
	assert.Len(t, host.Values(), 2)
}

func TestOverlapsAndBadValuesAreErrors(t *testing.T) {
	_, err := param.NewSet(val(t, rh, "1", "2025-01-01"), val(t, rh, "2", "2025-01-01"))
	assert.ErrorIs(t, err, param.ErrOverlap)
	a := val(t, rh, "1", "2025-01-01")
	a.Until = testdates.Day(t, "2025-06-30")
	_, err = param.NewSet(a, val(t, rh, "2", "2025-06-01"))
	assert.ErrorIs(t, err, param.ErrOverlap)
	_, err = param.NewSet(a, val(t, rh, "2", "2025-07-01"))
	assert.NoError(t, err)
	for name, v := range map[string]param.Value{
		"no name":   {Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: param.Verified},
		"no from":   {Name: rh, Value: decimal.NewFromInt(1), Source: "s", Status: param.Verified},
		"no source": {Name: rh, Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Status: param.Verified},
		"status":    {Name: rh, Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: "sure"},
		"negative":  {Name: rh, Value: decimal.NewFromInt(-1), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: param.Verified},
		"until":     {Name: rh, Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-01-01"), Until: testdates.Day(t, "2024-12-31"), Source: "s", Status: param.Verified},
	} {
		_, err := param.NewSet(v)
		var ve *param.ValueError
		assert.True(t, errors.As(err, &ve), name)
	}
}

func TestParseIsStrictAndExact(t *testing.T) {
	vs, err := param.Parse([]byte(`[{"name":"levy.base.ride_hailing","value":0.07,"from":"2025-07-01","source":"s","status":"verified"},
		{"name":"levy.base.intra_city_freight","value":"0.25","from":"2025-07-01","until":"2026-06-30","source":"s","status":"provisional"}]`))
	require.NoError(t, err)
	assert.True(t, vs[0].Value.Equal(decimal.New(7, -2)), "a JSON number is read as an exact decimal")
	assert.Equal(t, param.Provisional, vs[1].Status)
	for name, in := range map[string]string{
		"unknown key": `[{"name":"levy.base.ride_hailing","value":"1","from":"2025-07-01","source":"s","status":"verified","note":"?"}]`,
		"bad decimal": `[{"name":"levy.base.ride_hailing","value":"0.0x","from":"2025-07-01","source":"s","status":"verified"}]`,
		"bad date":    `[{"name":"levy.base.ride_hailing","value":"1","from":"2025-7-1","source":"s","status":"verified"}]`,
		"overlap":     `[{"name":"levy.base.ride_hailing","value":"1","from":"2025-07-01","source":"s","status":"verified"},{"name":"levy.base.ride_hailing","value":"2","from":"2025-07-01","source":"s","status":"verified"}]`,
		"not a list":  `{"name":"levy.base.ride_hailing"}`,
		"trailing":    `[] []`,
	} {
		_, err := param.Parse([]byte(in))
		var ve *param.ValueError
		assert.True(t, errors.As(err, &ve), "%s: %v", name, err)
	}
}

// FuzzParse: whatever the input, Parse returns values or a *ValueError,
// never panics; a value it returns is never 0 or unset (issue 18's silent
// zero), validates, is found by a lookup on its own from date, and reads
// back equal from its JSON. Seeded with the hostile shapes: null and
// absent values, huge exponents and digit strings, dates where decimals
// go and the reverse, the old form of the commencement, unknown and
// identity-shaped names, deep nesting.
func FuzzParse(f *testing.F) {
	const ok = `{"name":"levy.base.ride_hailing","value":"0.07","from":"2025-07-01","source":"s","status":"verified"}`
	for _, seed := range []string{
		`[` + ok + `]`,
		`[{"name":"levy.base.ride_hailing","value":1e-3,"from":"2025-07-01","until":"2025-07-01","source":"s","status":"secondary"}]`,
		`[]`,
		`[{"name":"levy.base.ride_hailing","value":null,"from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","value":"1e2000000000","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","value":1e999,"from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","value":"0.` + strings.Repeat("0", 100) + `1","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","value":"2025-07-01","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","source":"s","status":"provisional"}]`,
		`[{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"provisional"}]`,
		`[{"name":"benefits.implementing_measures.commencement","value":null,"source":"s","status":"provisional"}]`,
		`[{"name":"benefits.implementing_measures.commencement","value":"9999-12-31","source":"s","status":"provisional"}]`,
		`[{"name":"benefits.prev_year_shanghai_private_annual_wage","value":"120000","from":"2025-01-01","until":"2025-12-31","source":"s","status":"provisional"},` + ok + `]`,
		`[{"name":"110101199003077777","value":"1","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","value":"0.07","value":"0","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","VALUE":"0.07","from":"2025-07-01","source":"s","status":"verified"}]`,
		strings.Repeat("[", 10000),
		`[` + strings.Repeat(`{"a":`, 200) + `1` + strings.Repeat(`}`, 200) + `]`,
	} {
		f.Add([]byte(seed))
	}
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
			if err := v.Validate(); err != nil {
				t.Fatalf("parsed value invalid: %v", err)
			}
			switch v.Kind() {
			case param.KindDecimal:
				if !v.Value.IsPositive() {
					t.Fatalf("%s read as %s", v.Name, v.Value)
				}
			case param.KindDate:
				if v.Date.IsZero() {
					t.Fatalf("%s read as no date", v.Name)
				}
			default:
				t.Fatalf("%s: no kind", v.Name)
			}
			got, err := s.Lookup(v.Name, v.From)
			if err != nil || !got.Value.Equal(v.Value) || got.Date != v.Date {
				t.Fatalf("lookup of %s on its From: %v, %v", v.Name, got, err)
			}
		}
		b, err := json.Marshal(vs)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := param.Parse(b)
		if err != nil || len(back) != len(vs) {
			t.Fatalf("round trip: %v", err)
		}
		for i := range vs {
			if back[i].String() != vs[i].String() {
				t.Fatalf("round trip: %s, want %s", back[i], vs[i])
			}
		}
	})
}

// A figure no notice could set is refused before any arithmetic (decimal
// would try to build 10^2000000000 and hang).
func TestImplausibleValue(t *testing.T) {
	_, err := param.Parse([]byte(`[{"name":"levy.base.ride_hailing","value":"1e2000000000","from":"2025-07-01","source":"s","status":"verified"}]`))
	var ve *param.ValueError
	assert.True(t, errors.As(err, &ve), "%v", err)
}

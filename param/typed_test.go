package param_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/param"
)

// valueErr parses in and returns its *param.ValueError, failing when there is none.
func valueErr(t *testing.T, in string) *param.ValueError {
	t.Helper()
	_, err := param.Parse([]byte(in))
	var ve *param.ValueError
	require.True(t, errors.As(err, &ve), "%s: want a *ValueError, got %T %v", in, err, err)
	return ve
}

// Issue 18, "silent zero": a value null or absent was read as 0 (a month of
// orders billed 0.00). It is refused, naming the parameter, its position
// and its from date.
func TestNullOrAbsentValueRefused(t *testing.T) {
	for name, in := range map[string]string{
		"null":   `[{"name":"levy.base.ride_hailing","value":"0.01","from":"2025-07-01","source":"s","status":"verified"},{"name":"levy.base.ride_hailing","value":null,"from":"2026-01-01","source":"s","status":"verified"}]`,
		"absent": `[{"name":"levy.base.ride_hailing","value":"0.01","from":"2025-07-01","source":"s","status":"verified"},{"name":"levy.base.ride_hailing","from":"2026-01-01","source":"s","status":"verified"}]`,
	} {
		ve := valueErr(t, in)
		assert.ErrorIs(t, ve, param.ErrNoValue, name)
		assert.Equal(t, 1, ve.Index, name)
		assert.Equal(t, "levy.base.ride_hailing", ve.Name, name)
		assert.Equal(t, "2026-01-01", ve.From.String(), name)
		assert.Contains(t, ve.Error(), `value #2 (levy.base.ride_hailing from 2026-01-01)`, name)
		assert.Contains(t, ve.Error(), `"value": "0.01"`, "%s: the message says how to write it", name)
	}
	// The date parameter too.
	ve := valueErr(t, `[{"name":"benefits.implementing_measures.commencement","value":null,"source":"s","status":"verified"}]`)
	assert.ErrorIs(t, ve, param.ErrNoValue)
	// In code, an unset decimal is 0, below every range; an unset date is ErrNoValue.
	_, err := param.NewSet(param.Value{Name: rh, From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, param.ErrRange)
	_, err = param.NewSet(param.Value{Name: param.Commencement, Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, param.ErrNoValue)
}

// Issue 19: a date is written as a date. The commencement reads
// "value":"2025-07-01" (no from); the old form "value":"1" with the date in
// "from" is refused with a message saying how to write it.
func TestDateParameter(t *testing.T) {
	vs, err := param.Parse([]byte(`[{"name":"benefits.implementing_measures.commencement","value":"2025-08-01","source":"s","status":"verified"}]`))
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, "2025-08-01", vs[0].Date.String())
	assert.True(t, vs[0].Value.IsZero())
	assert.True(t, vs[0].From.IsZero())
	assert.Equal(t, param.KindDate, vs[0].Kind())
	s, err := param.DefaultSet().With(vs...)
	require.NoError(t, err)
	for _, d := range []string{"0001-01-01", "2025-07-01", "9999-12-31"} {
		v, err := s.Lookup(param.Commencement, testdates.Day(t, d))
		require.NoError(t, err, d)
		assert.Equal(t, "2025-08-01", v.Date.String(), "the host's value replaces the default, whatever the day")
	}
	assert.Len(t, s.Values(), 1)

	old := valueErr(t, `[{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"provisional"}]`)
	assert.ErrorIs(t, old, param.ErrKind)
	assert.Contains(t, old.Error(), `"value": "2025-07-01"`)
	assert.Contains(t, old.Error(), "no longer read")
	_, err = param.NewSet(param.Value{Name: param.Commencement, Value: decimal.NewFromInt(1), From: testdates.Day(t, "2025-07-01"), Source: "s", Status: param.Provisional})
	assert.ErrorIs(t, err, param.ErrKind, "the old form built in code")

	for name, in := range map[string]string{
		"with from":       `[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","from":"2025-07-01","source":"s","status":"verified"}]`,
		"with until":      `[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","until":"2030-07-01","source":"s","status":"verified"}]`,
		"a number":        `[{"name":"benefits.implementing_measures.commencement","value":20250701,"source":"s","status":"verified"}]`,
		"not a date":      `[{"name":"benefits.implementing_measures.commencement","value":"2025-7-1","source":"s","status":"verified"}]`,
		"comma fraction":  `[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01,5","source":"s","status":"verified"}]`,
		"out of range":    `[{"name":"benefits.implementing_measures.commencement","value":"1999-07-01","source":"s","status":"verified"}]`,
		"twice":           `[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","source":"s","status":"verified"},{"name":"benefits.implementing_measures.commencement","value":"2025-08-01","source":"s","status":"verified"}]`,
		"date as decimal": `[{"name":"levy.base.ride_hailing","value":"2025-07-01","from":"2025-07-01","source":"s","status":"verified"}]`,
	} {
		ve := valueErr(t, in)
		assert.NotEmpty(t, ve.Error(), name)
	}
	assert.ErrorIs(t, valueErr(t, `[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","from":"2025-07-01","source":"s","status":"verified"}]`), param.ErrSingle)
	assert.ErrorIs(t, valueErr(t, `[{"name":"levy.base.ride_hailing","value":"2025-07-01","from":"2025-07-01","source":"s","status":"verified"}]`), param.ErrKind)
	assert.ErrorIs(t, valueErr(t, `[{"name":"benefits.implementing_measures.commencement","value":"1999-07-01","source":"s","status":"verified"}]`), param.ErrRange)
	assert.ErrorIs(t, valueErr(t, `[{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","source":"s","status":"verified"},{"name":"benefits.implementing_measures.commencement","value":"2025-08-01","source":"s","status":"verified"}]`), param.ErrOverlap)
}

// A misspelt name would leave the default it meant to replace in force: it
// is refused, with the nearest registered name.
func TestUnknownNameRefused(t *testing.T) {
	ve := valueErr(t, `[{"name":"levy.base.ride_hailling","value":"0.02","from":"2026-01-01","source":"s","status":"verified"}]`)
	assert.ErrorIs(t, ve, param.ErrUnknownName)
	assert.Contains(t, ve.Error(), "did you mean levy.base.ride_hailing?")
	_, err := param.NewSet(param.Value{Name: "levy.base.ridehailing", Value: decimal.NewFromInt(1), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, param.ErrUnknownName)
	// A name shaped like an identity number is not repeated.
	ve = valueErr(t, `[{"name":"110101199003077777","value":"1","from":"2026-01-01","source":"s","status":"verified"}]`)
	assert.NotContains(t, ve.Error(), "199003077777")
	assert.NotContains(t, ve.Name, "199003077777")
	// A long name is not repeated whole.
	long := strings.Repeat("a", 1<<16)
	ve = valueErr(t, `[{"name":"`+long+`","value":"1","from":"2026-01-01","source":"s","status":"verified"}]`)
	assert.Less(t, len(ve.Error()), 300)
}

// Each value is checked against its parameter's range and decimal places.
func TestRangeAndPlaces(t *testing.T) {
	for name, c := range map[string]struct {
		param, value string
		ok           bool
	}{
		"levy base":            {"levy.base.ride_hailing", "0.0125", true},
		"levy base, 5 places":  {"levy.base.ride_hailing", "0.01251", false},
		"levy base, trailing0": {"levy.base.ride_hailing", "0.010000", true},
		"levy base, 11 元":      {"levy.base.ride_hailing", "11", false},
		"ratio 60 for 0.6":     {"benefits.disability_base_ratio", "60", false},
		"ratio 0.6":            {"benefits.disability_base_ratio", "0.6", true},
		"wage in 万元":           {"benefits.prev_year_shanghai_private_annual_wage", "11.1347", false},
		"wage":                 {"benefits.prev_year_shanghai_private_annual_wage", "111347", true},
		"wage, fen":            {"benefits.prev_year_shanghai_private_annual_wage", "111347.01", true},
		"wage, 3 places":       {"benefits.prev_year_shanghai_private_annual_wage", "111347.001", false},
		"months":               {"benefits.disability_grant_months.grade1", "27", true},
		"months 0":             {"benefits.disability_grant_months.grade1", "0", false},
		"exponent":             {"levy.base.ride_hailing", "1e-2", true},
		"huge exponent":        {"levy.base.ride_hailing", "1e2000000000", false},
		"long digits":          {"levy.base.ride_hailing", "0." + strings.Repeat("0", 60) + "1", false},
	} {
		in := `[{"name":"` + c.param + `","value":"` + c.value + `","from":"2026-01-01","source":"s","status":"verified"}]`
		_, err := param.Parse([]byte(in))
		if c.ok {
			assert.NoError(t, err, name)
		} else {
			var ve *param.ValueError
			assert.True(t, errors.As(err, &ve), "%s: %v", name, err)
		}
	}
}

// Every name levy and benefits use is registered; every Spec is sound.
func TestSpecs(t *testing.T) {
	specs := param.Specs()
	require.NotEmpty(t, specs)
	for _, s := range specs {
		sp, ok := s.Name.Spec()
		require.True(t, ok)
		assert.Equal(t, s.Name, sp.Name)
		assert.NotEmpty(t, s.Title, s.Name)
		assert.NotEmpty(t, s.Unit, s.Name)
		switch s.Kind {
		case param.KindDecimal:
			assert.True(t, s.Min().IsPositive() && s.Min().LessThan(s.Max()), "%s: 0 < min < max", s.Name)
			assert.True(t, s.Min().Equal(s.Min().Truncate(s.Places())), "%s: min within places", s.Name)
		case param.KindDate:
			assert.True(t, s.MinDate().Before(s.MaxDate()), s.Name)
		default:
			t.Errorf("%s: no kind", s.Name)
		}
	}
	_, ok := param.Name("nothing").Spec()
	assert.False(t, ok)
	assert.Equal(t, "decimal", param.KindDecimal.String())
	assert.Equal(t, "date", param.KindDate.String())
}

// Defaults embeds the 《实施办法》's commencement, 2025-07-01, provisional
// with its source.
func TestDefaults(t *testing.T) {
	s := param.DefaultSet()
	v, err := s.Lookup(param.Commencement, testdates.Day(t, "2026-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "2025-07-01", v.Date.String())
	assert.Equal(t, param.Provisional, v.Status)
	assert.Contains(t, v.Source, "沪人社规〔2025〕17号")
	assert.Equal(t, "benefits.implementing_measures.commencement = 2025-07-01 ("+v.Source+"; provisional)", v.String())
	assert.Contains(t, v.Chinese(), "= 2025-07-01（沪人社规")
	_, err = (*param.Set)(nil).Lookup(param.Commencement, testdates.Day(t, "2026-01-01"))
	assert.EqualError(t, err, "param: benefits.implementing_measures.commencement has no value (the host must supply it)")
}

// A Value written by MarshalJSON reads back equal, decimal or date.
func TestValueJSONRoundTrip(t *testing.T) {
	vs := append(param.Defaults(), val(t, rh, "0.0125", "2026-01-01"))
	vs[1].Until = testdates.Day(t, "2026-12-31")
	b, err := json.Marshal(vs)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"value":"2025-07-01"`)
	assert.NotContains(t, string(b), `"from":""`)
	back, err := param.Parse(b)
	require.NoError(t, err)
	require.Len(t, back, 2)
	for i := range vs {
		assert.Equal(t, vs[i].String(), back[i].String())
		assert.True(t, vs[i].Value.Equal(back[i].Value))
		assert.Equal(t, vs[i].Date, back[i].Date)
	}
	// json.Unmarshal into a struct holding Values goes through the same checks.
	var holder struct {
		Parameters []param.Value `json:"parameters"`
	}
	err = json.Unmarshal([]byte(`{"parameters":[{"name":"levy.base.ride_hailing","value":null,"from":"2026-01-01","source":"s","status":"verified"}]}`), &holder)
	assert.ErrorIs(t, err, param.ErrNoValue)
	var nilValue *param.Value
	assert.Error(t, nilValue.UnmarshalJSON([]byte(`{}`)))
}

// More than MaxValues values are refused before any is read.
func TestTooManyValues(t *testing.T) {
	one := `{"name":"levy.base.ride_hailing","value":"0.01","from":"2026-01-01","source":"s","status":"verified"}`
	in := "[" + strings.Repeat(one+",", param.MaxValues) + one + "]"
	_, err := param.Parse([]byte(in))
	assert.ErrorIs(t, err, param.ErrTooMany)
}

// The strict JSON layer's typed errors reach the host through the
// *ValueError: a key written twice inside a value, or in the wrong case.
func TestStrictKeyErrorsReachTheHost(t *testing.T) {
	for _, in := range []string{
		`[{"name":"levy.base.ride_hailing","value":"0.07","value":"0.01","from":"2025-07-01","source":"s","status":"verified"}]`,
		`[{"name":"levy.base.ride_hailing","VALUE":"0.07","from":"2025-07-01","source":"s","status":"verified"}]`,
	} {
		ve := valueErr(t, in)
		var je *jsonerr.Error
		assert.ErrorAs(t, ve, &je, in)
		assert.True(t, errors.Is(ve, jsoncode.ErrDuplicateKey) || errors.Is(ve, jsoncode.ErrKeyCase), in)
		assert.ErrorIs(t, ve, param.ErrSyntax, in)
	}
}

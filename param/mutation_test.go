package param_test

// Tests that catch the mutants that survived the issue 19 mutation study
// (testdata/mutation/README.md): each sits on an exact edge, with the day,
// length or figure on it and one either side, and asserts the very value or
// error the edge decides.

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// wire is one value as Parse reads it, with its "value" text written raw
// (quoted or not) and the rest fixed.
func wire(name, rawValue, extra string) string {
	return `{"name":"` + name + `","value":` + rawValue + extra + `,"source":"s","status":"verified"}`
}

// Text and String by kind: a registered decimal shows its figure, a
// registered date its date; a name not registered shows its date when it
// has one, else its figure (the value is being refused, the error still
// shows what was given).
func TestTextByKind(t *testing.T) {
	d := testdates.Day(t, "2025-08-01")
	for _, tc := range []struct {
		v    param.Value
		want string
	}{
		{param.Value{Name: rh, Value: decimal.RequireFromString("0.0125")}, "0.0125"},
		{param.Value{Name: param.Commencement, Date: d}, "2025-08-01"},
		{param.Value{Name: param.Commencement}, ""}, // a date parameter without its date: the zero Date's text
		{param.Value{Name: "not.registered", Date: d}, "2025-08-01"},
		{param.Value{Name: "not.registered", Value: decimal.RequireFromString("1.5")}, "1.5"},
		{param.Value{Name: "not.registered"}, "0"},
	} {
		assert.Equal(t, tc.want, tc.v.Text(), "%+v", tc.v)
	}
	v := param.Value{Name: rh, Value: decimal.RequireFromString("0.01"), From: testdates.Day(t, "2026-01-01"),
		Until: testdates.Day(t, "2026-12-31"), Source: "src", Status: param.Secondary}
	assert.Equal(t, "levy.base.ride_hailing = 0.01 from 2026-01-01 to 2026-12-31 (src; secondary)", v.String())
}

// A date parameter is its Date alone: a Value built in code with both a
// Date and a figure, or with a From and no Date, is of the wrong kind.
func TestDateParameterWithAFigureIsTheWrongKind(t *testing.T) {
	d := testdates.Day(t, "2025-08-01")
	both := param.Value{Name: param.Commencement, Date: d, Value: decimal.NewFromInt(1), Source: "s", Status: param.Verified}
	assert.ErrorIs(t, both.Validate(), param.ErrKind, "a date and a figure")
	fromOnly := param.Value{Name: param.Commencement, From: d, Source: "s", Status: param.Verified}
	assert.ErrorIs(t, fromOnly.Validate(), param.ErrKind, "a from date and no date")
	ok := param.Value{Name: param.Commencement, Date: d, Source: "s", Status: param.Verified}
	assert.NoError(t, ok.Validate())
	untilOnly := ok
	untilOnly.Until = d
	assert.ErrorIs(t, untilOnly.Validate(), param.ErrSingle, "an until alone")
	dec := param.Value{Name: rh, Value: decimal.RequireFromString("0.01"), Date: d, From: d, Source: "s", Status: param.Verified}
	assert.ErrorIs(t, dec.Validate(), param.ErrKind, "a decimal parameter with a date")
}

// Validate's checks, each on its own: a blank name, no from, until the day
// before from (one day earlier than allowed) and on from (allowed), a blank
// source, an unknown status; the date range's first and last days are in,
// the days either side out.
func TestValidateEachCheck(t *testing.T) {
	good := val(t, rh, "0.01", "2026-03-16")
	require.NoError(t, good.Validate())
	for name, tc := range map[string]struct {
		mutate func(*param.Value)
		want   error
	}{
		"blank name":        {func(v *param.Value) { v.Name = "  " }, param.ErrNoName},
		"no from":           {func(v *param.Value) { v.From = calendar.Date{} }, param.ErrNoFrom},
		"until before from": {func(v *param.Value) { v.Until = testdates.Day(t, "2026-03-15") }, param.ErrUntilBefore},
		"blank source":      {func(v *param.Value) { v.Source = " \t" }, param.ErrNoSource},
		"bad status":        {func(v *param.Value) { v.Status = "checked" }, param.ErrBadStatus},
	} {
		v := good
		tc.mutate(&v)
		assert.ErrorIs(t, v.Validate(), tc.want, name)
	}
	onFrom := good
	onFrom.Until = good.From
	assert.NoError(t, onFrom.Validate(), "until on from: in force one day")

	spec, ok := param.Commencement.Spec()
	require.True(t, ok)
	require.Equal(t, "2020-01-01", spec.MinDate().String())
	require.Equal(t, "2099-12-31", spec.MaxDate().String())
	for d, in := range map[string]bool{"2019-12-31": false, "2020-01-01": true, "2099-12-31": true, "2100-01-01": false} {
		v := param.Value{Name: param.Commencement, Date: testdates.Day(t, d), Source: "s", Status: param.Verified}
		if in {
			assert.NoError(t, v.Validate(), d)
		} else {
			assert.ErrorIs(t, v.Validate(), param.ErrRange, d)
		}
	}
	noDate := param.Value{Name: param.Commencement, Source: "s", Status: param.Verified}
	assert.ErrorIs(t, noDate.Validate(), param.ErrNoValue)
}

// A decimal's range and places on the edge: the least and the greatest
// value are in, a unit of the last place beyond either is out; four places
// are in for a 4-place parameter, a fifth significant one is out, a fifth
// that is a trailing zero is in.
func TestDecimalRangeEdges(t *testing.T) {
	for v, ok := range map[string]bool{
		"0.0001": true, "10": true, "10.0001": false, "0.00009": false,
		"0.1234": true, "0.12345": false, "0.12340": true,
	} {
		err := val(t, rh, v, "2026-01-01").Validate()
		if ok {
			assert.NoError(t, err, v)
		} else {
			assert.ErrorIs(t, err, param.ErrRange, v)
		}
	}
	// A wage, 2 places: 1000 and 10000000 are in; 999.99 and 10000000.01 out.
	for v, ok := range map[string]bool{"1000": true, "999.99": false, "10000000": true, "10000000.01": false} {
		err := val(t, "benefits.prev_year_shanghai_private_annual_wage", v, "2026-01-01").Validate()
		if ok {
			assert.NoError(t, err, v)
		} else {
			assert.ErrorIs(t, err, param.ErrRange, v)
		}
	}
}

// Errors not from a list have Index -1 and say no position: an overlap
// found by NewSet, and a value read on its own by UnmarshalJSON. Parse's
// errors about the whole input say "(input)" and no position either.
func TestErrorsNotFromAListHaveNoPosition(t *testing.T) {
	a := val(t, rh, "1", "2026-01-01")
	b := val(t, rh, "2", "2026-07-01")
	a.Until = b.From
	_, err := param.NewSet(a, b)
	var ve *param.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, -1, ve.Index)
	assert.Equal(t, "2026-07-01", ve.From.String(), "the later value's from date")
	assert.Equal(t, "param: levy.base.ride_hailing from 2026-07-01: two values of the same parameter in force on the same day: the value from 2026-01-01 and the value from 2026-07-01", err.Error())

	c := param.Value{Name: param.Commencement, Date: testdates.Day(t, "2025-07-01"), Source: "s", Status: param.Verified}
	_, err = param.NewSet(c, c)
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, -1, ve.Index)
	assert.True(t, ve.From.IsZero())
	assert.Equal(t, "param: benefits.implementing_measures.commencement: two values of the same parameter in force on the same day: benefits.implementing_measures.commencement is one value, given twice", err.Error())

	for name, in := range map[string]string{
		"unknown key":   `{"name":"levy.base.ride_hailing","value":"0.01","from":"2026-01-01","source":"s","status":"verified","x":1}`,
		"bad from":      `{"name":"levy.base.ride_hailing","value":"0.01","from":"2026-1-1","source":"s","status":"verified"}`,
		"out of range":  `{"name":"levy.base.ride_hailing","value":"11","from":"2026-01-01","source":"s","status":"verified"}`,
		"null value":    `{"name":"levy.base.ride_hailing","value":null,"from":"2026-01-01","source":"s","status":"verified"}`,
		"unknown name":  `{"name":"levy.base.ride","value":"0.01","from":"2026-01-01","source":"s","status":"verified"}`,
		"a long name":   `{"name":"` + strings.Repeat("n", 65) + `","value":"0.01","from":"2026-01-01","source":"s","status":"verified"}`,
		"not a decimal": `{"name":"levy.base.ride_hailing","value":"x","from":"2026-01-01","source":"s","status":"verified"}`,
	} {
		var v param.Value
		err := v.UnmarshalJSON([]byte(in))
		require.ErrorAs(t, err, &ve, name)
		var viaJSON param.Value
		assert.Equal(t, err, json.Unmarshal([]byte(in), &viaJSON), name)
		assert.Equal(t, -1, ve.Index, name)
		assert.NotContains(t, err.Error(), "#", name)
	}
	var nilValue *param.Value
	err = nilValue.UnmarshalJSON([]byte(`{}`))
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, -1, ve.Index)
	assert.ErrorIs(t, err, param.ErrSyntax)

	for name, in := range map[string]string{
		"not an array": `{}`,
		"too many":     "[" + strings.Repeat("{},", param.MaxValues) + "{}]",
	} {
		_, err := param.Parse([]byte(in))
		require.ErrorAs(t, err, &ve, name)
		assert.Equal(t, -1, ve.Index, name)
		assert.Equal(t, "(input)", ve.Name, name)
		assert.True(t, strings.HasPrefix(err.Error(), "param: (input): "), "%s: %s", name, err)
	}
	// Within a list the position is counted from 1 in the text, 0 in Index.
	_, err = param.Parse([]byte("[" + wire(string(rh), `"0.01"`, `,"from":"2026-01-01"`) + "," + wire(string(rh), `"11"`, `,"from":"2027-01-01"`) + "]"))
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, 1, ve.Index)
	assert.True(t, strings.HasPrefix(err.Error(), "param: value #2 (levy.base.ride_hailing from 2027-01-01): "), err.Error())
}

// MaxValues values are read (here, refused for the first value's own
// fault); one more is ErrTooMany before any is read.
func TestMaxValuesEdge(t *testing.T) {
	_, err := param.Parse([]byte("[" + strings.Repeat("{},", param.MaxValues-1) + "{}]"))
	assert.ErrorIs(t, err, param.ErrNoName, "exactly MaxValues: the first value is read")
	assert.NotErrorIs(t, err, param.ErrTooMany)
	_, err = param.Parse([]byte("[" + strings.Repeat("{},", param.MaxValues) + "{}]"))
	assert.ErrorIs(t, err, param.ErrTooMany)
}

// The reader's length limits, each on the edge: a value's text of 40
// characters is read (quoted or not), 41 is refused; an exponent of two
// digits is read, three are refused as not a decimal (never built); a
// source of 1000 bytes and a status of 16 are read (the status then refused
// as unknown), one byte more is refused by length.
func TestReaderLimitsOnTheEdge(t *testing.T) {
	forty := strings.Repeat("0", 36) + "0.01" // 40 characters, 0.01
	require.Len(t, forty, 40)
	for _, raw := range []string{`"` + forty + `"`} {
		vs, err := param.Parse([]byte("[" + wire(string(rh), raw, `,"from":"2026-01-01"`) + "]"))
		require.NoError(t, err, raw)
		assert.Equal(t, "0.01", vs[0].Value.String())
	}
	_, err := param.Parse([]byte("[" + wire(string(rh), `"0`+forty+`"`, `,"from":"2026-01-01"`) + "]"))
	assert.ErrorIs(t, err, param.ErrSyntax)
	assert.Contains(t, err.Error(), `"value" is 43 characters long: at most 40`, "41 characters and the quotes")
	// Unquoted, 41 digits pass the JSON layer's bound (which counts the
	// quotes a string would have) and are refused by the decimal reader.
	_, err = param.Parse([]byte("[" + wire(string(rh), "1"+strings.Repeat("0", 40), `,"from":"2026-01-01"`) + "]"))
	assert.ErrorIs(t, err, param.ErrSyntax)

	for raw, want := range map[string]string{`"1e-2"`: "0.01", `"1E-02"`: "0.01", `"10e-03"`: "0.01", `"+1e-2"`: "0.01"} {
		vs, err := param.Parse([]byte("[" + wire(string(rh), raw, `,"from":"2026-01-01"`) + "]"))
		require.NoError(t, err, raw)
		assert.Equal(t, want, vs[0].Value.String(), raw)
	}
	for _, raw := range []string{`"1e-002"`, `"1e100"`, `"1e"`, `"1e+"`, `"1e1x"`, `"1.0.0"`, `"-+1"`, `"1-"`, `"0x10"`, `" 1"`} {
		_, err := param.Parse([]byte("[" + wire(string(rh), raw, `,"from":"2026-01-01"`) + "]"))
		assert.ErrorIs(t, err, param.ErrSyntax, "%s is not a decimal", raw)
		assert.NotErrorIs(t, err, param.ErrRange, raw)
	}

	src := func(n int) string {
		return `[{"name":"levy.base.ride_hailing","value":"0.01","from":"2026-01-01","source":"` + strings.Repeat("s", n) + `","status":"verified"}]`
	}
	_, err = param.Parse([]byte(src(1000)))
	assert.NoError(t, err, "a source of 1000 bytes")
	_, err = param.Parse([]byte(src(1001)))
	assert.ErrorIs(t, err, param.ErrSyntax, "a source of 1001 bytes")
	assert.Contains(t, err.Error(), "a source of 1001 bytes, at most 1000")

	status := func(n int) string {
		return `[{"name":"levy.base.ride_hailing","value":"0.01","from":"2026-01-01","source":"s","status":"` + strings.Repeat("v", n) + `"}]`
	}
	_, err = param.Parse([]byte(status(16)))
	assert.ErrorIs(t, err, param.ErrBadStatus)
	assert.Contains(t, err.Error(), `not "vvvvvvvvvvvvvvvv"`, "16 bytes: read, shown, refused as unknown")
	_, err = param.Parse([]byte(status(17)))
	assert.ErrorIs(t, err, param.ErrBadStatus)
	assert.Contains(t, err.Error(), "not a text of 17 bytes")
}

// A name of 64 bytes is read and refused as unknown with the nearest
// name's suggestion looked for; 65 bytes are refused by length, before any
// lookup. An unknown name is shown quoted; a registered one bare.
func TestNameLengthEdge(t *testing.T) {
	n64 := strings.Repeat("n", 64)
	_, err := param.Parse([]byte("[" + wire(n64, `"1"`, `,"from":"2026-01-01"`) + "]"))
	assert.ErrorIs(t, err, param.ErrUnknownName)
	assert.Contains(t, err.Error(), "every parameter is registered")
	assert.Contains(t, err.Error(), `"`+n64+`"`)
	_, err = param.Parse([]byte("[" + wire(n64+"n", `"1"`, `,"from":"2026-01-01"`) + "]"))
	assert.ErrorIs(t, err, param.ErrUnknownName)
	assert.Contains(t, err.Error(), "a name of 65 bytes")
	assert.NotContains(t, err.Error(), n64)
}

// A date parameter's value written "2025-7-1" is not a date (ErrSyntax),
// never read as a zero date (which would be ErrNoValue).
func TestMalformedDateIsSyntax(t *testing.T) {
	for _, raw := range []string{`"2025-7-1"`, `"2025-02-30"`, `"x"`} {
		_, err := param.Parse([]byte("[" + wire(string(param.Commencement), raw, "") + "]"))
		assert.ErrorIs(t, err, param.ErrSyntax, raw)
		assert.NotErrorIs(t, err, param.ErrNoValue, raw)
	}
	_, err := param.Parse([]byte("[" + wire(string(param.Commencement), `"20250701"`, "") + "]"))
	assert.ErrorIs(t, err, param.ErrKind, "a decimal where a date is wanted")
}

// A value ending the day before the next one's From may be followed by it;
// one ending on that day may not (checked by With, after the merge, too).
func TestUntilThenNextValue(t *testing.T) {
	a := val(t, rh, "1", "2026-01-01")
	a.Until = testdates.Day(t, "2026-06-30")
	s, err := param.NewSet(a)
	require.NoError(t, err)
	_, err = s.With(val(t, rh, "2", "2026-07-01"))
	assert.NoError(t, err, "the day after Until")
	_, err = s.With(val(t, rh, "2", "2026-06-30"))
	assert.ErrorIs(t, err, param.ErrOverlap, "on Until")
	_, err = s.With(val(t, rh, "2", "2025-12-31"))
	assert.NoError(t, err, "a value before it, open-ended: it holds until a's From")
	v, err := s.Lookup(rh, testdates.Day(t, "2026-07-01"))
	assert.ErrorIs(t, err, param.ErrMissingValue, "after Until: no value, got %s", v)
}

// The nearest name is suggested up to three edits away; four edits, or a
// name longer than 100 bytes, get none.
func TestSuggestionDistance(t *testing.T) {
	for in, suggested := range map[string]bool{
		"levy.base.ride_hailin":                            true,  // 1 deletion
		"levy.base.ride_hail":                              true,  // 3 deletions
		"levy.base.ride_hai":                               false, // 4
		"levy.base.ride_hailingXYZ":                        true,  // 3 insertions
		"levy.base.ride_hailingWXYZ":                       false, // 4
		"levy.base.rXde_hailXng":                           true,  // 2 substitutions
		"levy.base.ride_hailing" + strings.Repeat("x", 80): false,
	} {
		err := param.Value{Name: param.Name(in), Value: decimal.NewFromInt(1), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified}.Validate()
		require.ErrorIs(t, err, param.ErrUnknownName, in)
		if suggested {
			assert.Contains(t, err.Error(), "did you mean levy.base.ride_hailing?", in)
		} else {
			assert.NotContains(t, err.Error(), "did you mean", in)
		}
	}
	// Two names at the same distance: the first in byte order.
	err := param.Value{Name: "levy.base.instant_delivery.lowe", Value: decimal.NewFromInt(1), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified}.Validate()
	assert.Contains(t, err.Error(), "did you mean levy.base.instant_delivery.lower?")
}

// A host's text in an error: up to 64 characters without a run of six
// digits is quoted whole; 65 characters, or six digits in a row, show the
// first three characters before any digit and the length.
func TestShownTextEdges(t *testing.T) {
	bad := func(status string) string {
		err := param.Value{Name: rh, Value: decimal.NewFromInt(1), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Status(status)}.Validate()
		require.ErrorIs(t, err, param.ErrBadStatus)
		return err.Error()
	}
	s64 := strings.Repeat("状", 64)
	assert.Contains(t, bad(s64), `not "`+s64+`"`)
	assert.Contains(t, bad(s64+"态"), `not "状状状"…(65 characters)`)
	assert.Contains(t, bad("ab12345cd"), `not "ab12345cd"`, "five digits in a row")
	assert.Contains(t, bad("ab123456cd"), `not "ab"…(10 characters)`, "six digits in a row")
	assert.Contains(t, bad("123456"), `not ""…(6 characters)`)
	assert.Contains(t, bad("1234a123456"), `not ""…(11 characters)`)
	assert.Contains(t, bad("a1b2c3d4e5f6g7"), `not "a1b2c3d4e5f6g7"`, "digits apart")
}

// Spec.Example and Range name a parameter's form: the unit's sample, or
// the least value for a unit with none.
func TestSpecExampleAndRange(t *testing.T) {
	for name, want := range map[param.Name]string{
		rh: `"value": "0.01" (元/单)`,
		"benefits.prev_year_shanghai_private_annual_wage": `"value": "120000" (元/年)`,
		"benefits.disability_base_ratio":                  `"value": "0.6" (比例)`,
		"benefits.funeral_grant_months":                   `"value": "6" (个月)`,
		"benefits.death_grant_multiple":                   `"value": "20" (倍)`,
		param.Commencement:                                `"value": "2025-07-01"`,
	} {
		s, ok := name.Spec()
		require.True(t, ok, name)
		assert.Equal(t, want, s.Example(), name)
	}
	assert.Equal(t, `"value": "3" (件)`, param.Spec{Kind: param.KindDecimal, Unit: "件"}.WithMin(decimal.NewFromInt(3)).Example())
	s, _ := rh.Spec()
	assert.Equal(t, "0.0001 to 10 元/单, at most 4 decimal places", s.Range())
	s, _ = param.Commencement.Spec()
	assert.Equal(t, "2020-01-01 to 2099-12-31", s.Range())
	assert.Equal(t, "", param.Kind(0).String())
	assert.True(t, param.Verified.Valid() && param.Secondary.Valid() && param.Provisional.Valid())
	assert.False(t, param.Status("").Valid())
	assert.Equal(t, "x", param.Status("x").Chinese())
}

// A parse error of a whole input wraps the strict layer's error and
// ErrSyntax alike.
func TestParseSyntaxWraps(t *testing.T) {
	_, err := param.Parse([]byte(`[`))
	assert.ErrorIs(t, err, param.ErrSyntax)
	var ve *param.ValueError
	require.True(t, errors.As(err, &ve))
	assert.ErrorIs(t, ve.Unwrap(), param.ErrSyntax)
}

// "value" as JSON writes it: a string, or a bare number of one character
// or more, negative too (refused as negative, not as malformed); true,
// an object or an array are neither.
func TestValueJSONShapes(t *testing.T) {
	months := "benefits.funeral_grant_months"
	vs, err := param.Parse([]byte("[" + wire(months, `6`, `,"from":"2026-01-01"`) + "]"))
	require.NoError(t, err, "a bare one-digit number")
	assert.Equal(t, "6", vs[0].Value.String())
	_, err = param.Parse([]byte("[" + wire(months, `-6`, `,"from":"2026-01-01"`) + "]"))
	assert.ErrorIs(t, err, param.ErrNegative, "a bare negative number")
	_, err = param.Parse([]byte("[" + wire(months, `"-6"`, `,"from":"2026-01-01"`) + "]"))
	assert.ErrorIs(t, err, param.ErrNegative, "a negative number as a string")
	for _, raw := range []string{`true`, `{}`, `[]`} {
		_, err := param.Parse([]byte("[" + wire(months, raw, `,"from":"2026-01-01"`) + "]"))
		assert.ErrorIs(t, err, param.ErrSyntax, raw)
		assert.Contains(t, err.Error(), `"value" must be a string or a number`, raw)
	}
}

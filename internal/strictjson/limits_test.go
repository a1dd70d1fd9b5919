package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/money"
)

// day is a value with its own text parser, as calendar.Date.
type day struct{ s string }

var errDay = errors.New("not a day")

func (d *day) UnmarshalText(b []byte) error {
	if len(b) != 10 {
		return fmt.Errorf("%w: %q", errDay, b)
	}
	d.s = string(b)
	return nil
}

// inner reads itself with Decode, as benefits.Item does.
type inner struct{ Share decimal.Decimal }

func (in *inner) UnmarshalJSON(b []byte) error {
	var w struct {
		Share decimal.Decimal `json:"share" strict:"required"`
	}
	if err := Decode(b, &w); err != nil {
		return err
	}
	in.Share = w.Share
	return nil
}

type line struct {
	Date   day             `json:"date" strict:"required"`
	Amount decimal.Decimal `json:"amount" strict:"required,decimals=2"`
	Note   string          `json:"note,omitempty"`
}

type doc struct {
	Lines   []line            `json:"lines"`
	Ratio   *decimal.Decimal  `json:"ratio,omitempty"`
	Rates   []decimal.Decimal `json:"rates,omitempty" strict:"decimals=4"`
	Total   money.Amount      `json:"total,omitzero"`
	At      time.Time         `json:"at,omitzero"`
	Count   int               `json:"count,omitempty"`
	Inner   []inner           `json:"inner,omitempty"`
	Any     any               `json:"any,omitempty"`
	Label   string            `json:"label,omitempty"`
	Ptr     *line             `json:"ptr,omitempty"`
	ByMonth map[string]line   `json:"by_month,omitempty"`
}

func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		kind     error
		path     string
		limit    int
	}{
		{"deep lists", strings.Repeat("[", 3_000_000), jsoncode.ErrTooDeep, "", jsoncode.MaxDepth},
		{"deep objects", `{"any":` + strings.Repeat(`{"a":`, 1_000_000), jsoncode.ErrTooDeep, "", jsoncode.MaxDepth},
		{"deep mixed", `{"any":` + strings.Repeat(`[{"a":`, 100), jsoncode.ErrTooDeep, "", jsoncode.MaxDepth},
		{"long key", `{"` + strings.Repeat("k", 1<<20) + `":1}`, jsoncode.ErrKeyLength, "$", jsoncode.MaxKey},
		{"long string", `{"label":"` + strings.Repeat("x", 1<<20) + `"}`, jsoncode.ErrStringLength, "$.label", jsoncode.MaxString},
		{"long number", `{"count":` + strings.Repeat("9", 1<<20) + `}`, jsoncode.ErrNumber, "$.count", jsoncode.MaxNumber},
		{"huge exponent", `{"count":1e999999999}`, jsoncode.ErrNumber, "$.count", jsoncode.MaxExponent},
		{"huge exponent in any", `{"any":[1E+400]}`, jsoncode.ErrNumber, "$.any[0]", jsoncode.MaxExponent},
		{"amount huge exponent", `{"lines":[{"date":"2026-01-02","amount":"1e999999999"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", jsoncode.MaxExponent},
		{"amount bare huge exponent", `{"lines":[{"date":"2026-01-02","amount":1e999999999}]}`, jsoncode.ErrNumber, "$.lines[0].amount", jsoncode.MaxExponent},
		{"amount megabyte of digits", `{"lines":[{"date":"2026-01-02","amount":"` + strings.Repeat("1", 1<<20) + `"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", jsoncode.MaxNumber},
		{"amount 21 digits", `{"lines":[{"date":"2026-01-02","amount":"123456789012345678901"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", jsoncode.MaxDigits},
		{"amount 1e20", `{"lines":[{"date":"2026-01-02","amount":"1e20"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", jsoncode.MaxDigits},
		{"amount fraction of a fen", `{"lines":[{"date":"2026-01-02","amount":"1.005"}]}`, jsoncode.ErrDecimals, "$.lines[0].amount", 2},
		{"amount exponent fraction", `{"lines":[{"date":"2026-01-02","amount":"1005e-3"}]}`, jsoncode.ErrDecimals, "$.lines[0].amount", 2},
		{"amount not a decimal", `{"lines":[{"date":"2026-01-02","amount":"1,005.00"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", 0},
		{"amount escaped", `{"lines":[{"date":"2026-01-02","amount":"\u0031"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", 0},
		{"amount empty", `{"lines":[{"date":"2026-01-02","amount":""}]}`, jsoncode.ErrNumber, "$.lines[0].amount", 0},
		{"amount e only", `{"lines":[{"date":"2026-01-02","amount":"1e"}]}`, jsoncode.ErrNumber, "$.lines[0].amount", 0},
		{"Amount fraction of a fen", `{"total":"0.001"}`, jsoncode.ErrDecimals, "$.total", 2},
		{"Amount huge exponent", `{"total":"1e999999999"}`, jsoncode.ErrNumber, "$.total", jsoncode.MaxExponent},
		{"Amount megabyte of digits", `{"total":"` + strings.Repeat("1", 1<<20) + `"}`, jsoncode.ErrNumber, "$.total", jsoncode.MaxNumber},
		{"Amount exponent", `{"lines":[],"total":"1e2"}`, jsoncode.ErrValue, "$.total", 0},
		{"Amount plus", `{"total":"+1.00"}`, jsoncode.ErrValue, "$.total", 0},
		{"Amount bare point", `{"total":".5"}`, jsoncode.ErrValue, "$.total", 0},
		{"Amount as a number", `{"lines":[],"total":12.30}`, jsoncode.ErrType, "$.total", 0},
		{"Amount null", `{"total":null}`, jsoncode.ErrNull, "$.total", 0},
		{"tagged list decimals", `{"rates":["0.0001","0.00001"]}`, jsoncode.ErrDecimals, "$.rates[1]", 4},
		{"ratio 19 decimals", `{"ratio":"0.0000000000000000001"}`, jsoncode.ErrDecimals, "$.ratio", jsoncode.MaxDecimals},
		{"amount null", `{"lines":[{"date":"2026-01-02","amount":null}]}`, jsoncode.ErrNull, "$.lines[0].amount", 0},
		{"string null", `{"label":null}`, jsoncode.ErrNull, "$.label", 0},
		{"date null", `{"lines":[{"date":null,"amount":"1"}]}`, jsoncode.ErrNull, "$.lines[0].date", 0},
		{"document null", `null`, jsoncode.ErrNull, "$", 0},
		{"amount missing", `{"lines":[{"date":"2026-01-02"}]}`, jsoncode.ErrRequired, "$.lines[0].amount", 0},
		{"required in map value", `{"by_month":{"2026-01":{"amount":"1"}}}`, jsoncode.ErrRequired, "$.by_month.2026-01.date", 0},
		{"required in empty object", `{"ptr":{}}`, jsoncode.ErrRequired, "$.ptr.date", 0},
		{"nested reader missing", `{"inner":[{"share":"0.5"},{}]}`, jsoncode.ErrRequired, "$.inner[1].share", 0},
		{"nested reader long number", `{"inner":[{"share":1e999999999}]}`, jsoncode.ErrNumber, "$.inner[0].share", jsoncode.MaxExponent},
		{"comma fraction", `{"at":"2026-01-02T10:00:00,5+08:00"}`, jsoncode.ErrValue, "$.at", 0},
		{"unknown key", `{"lines":[],"linez":1}`, jsoncode.ErrUnknownKey, "$.linez", 0},
		{"trailing", `{} {}`, jsoncode.ErrTrailing, "", 0},
		{"bad day", `{"lines":[{"date":"2026-01-02","amount":"1"},{"date":"2026","amount":"1"}]}`, jsoncode.ErrValue, "$.lines[1].date", 0},
		{"wrong type", `{"lines":[{"date":"2026-01-02","amount":"1"}],"count":"7"}`, jsoncode.ErrType, "$.count", 0},
		{"wrong type deep", `{"lines":[{"date":"2026-01-02","amount":"1","note":7}]}`, jsoncode.ErrType, "$.lines[0].note", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v doc
			err := Decode([]byte(tc.in), &v)
			require.ErrorIs(t, err, tc.kind)
			var je *jsonerr.Error
			require.ErrorAs(t, err, &je)
			if tc.path != "" {
				assert.Equal(t, tc.path, je.Path)
			}
			assert.Equal(t, tc.limit, je.Limit)
			if je.Offset >= 0 && tc.kind != jsoncode.ErrTrailing {
				assert.Contains(t, "{[\"-0123456789n", string(tc.in[je.Offset]), "offset %d", je.Offset)
			}
			checkMessage(t, err)
		})
	}
}

func TestAccepted(t *testing.T) {
	var v doc
	require.NoError(t, Decode([]byte(`{"lines":[{"date":"2026-01-02","amount":"12345678901234567.89"},{"date":"2026-01-03","amount":-1200}],
		"ratio":null,"rates":["0.0035","1e-4"],"total":"100.10","at":"2026-01-02T10:00:00.5+08:00","count":12,
		"inner":[{"share":"0.333333333333333333"}],"any":{"x":[1.5e300,null]},"ptr":null,"by_month":{}}`), &v))
	assert.Equal(t, "12345678901234567.89", v.Lines[0].Amount.String())
	assert.Nil(t, v.Ratio)
	assert.Equal(t, "0.333333333333333333", v.Inner[0].Share.String())
	// Trailing zeros are no decimals; a point and an exponent are decimal
	// syntax; "+1" and ".5" are shopspring/decimal's.
	for _, a := range []string{`"1.000000"`, `"1200e-2"`, `"0.10e1"`, `"+1"`, `".5"`, `"5."`, `"-0.00"`, `"00012.30"`, `12.30`, `1E+2`} {
		var l line
		require.NoError(t, Decode([]byte(`{"date":"2026-01-02","amount":`+a+`}`), &l), a)
	}
	// Null means "none" where the field can hold none.
	require.NoError(t, Decode([]byte(`{"lines":null,"ratio":null,"rates":null,"inner":null,"any":null,"ptr":null,"by_month":null}`), &v))
	// Limits are per reader.
	require.ErrorIs(t, DecodeLimits([]byte(`{"lines":[]}`), &v, Limits{MaxBytes: 5}), jsonerr.ErrTooLarge)
	require.ErrorIs(t, DecodeLimits([]byte(`[[[]]]`), new(any), Limits{MaxDepth: 2}), jsoncode.ErrTooDeep)
	require.NoError(t, DecodeLimits([]byte(`[[]]`), new(any), Limits{MaxDepth: 2}))
	require.ErrorIs(t, DecodeLimits([]byte(`{"label":"abcdef"}`), &v, Limits{MaxString: 5}), jsoncode.ErrStringLength)
	require.ErrorIs(t, DecodeLimits([]byte(`{"abcdef":1}`), new(any), Limits{MaxKey: 5}), jsoncode.ErrKeyLength)
}

func TestBadTag(t *testing.T) {
	var v struct {
		A string `json:"a" strict:"decimals=2"`
	}
	require.ErrorContains(t, Decode([]byte(`{"a":"x"}`), &v), "bad strict tag")
	var w struct {
		A string `json:"a" strict:"requird"`
	}
	require.ErrorContains(t, Decode([]byte(`{"a":"x"}`), &w), "bad strict tag")
}

// TestHugeExponentNeverExpanded: "1e999999999" must be refused from its
// bytes; shopspring/decimal would build 10^999999999 to print or round it
// (the program hung). The assertion cannot hang: a deadline.
func TestHugeExponentNeverExpanded(t *testing.T) {
	done := make(chan error, 1)
	go func() {
		var v doc
		err := Decode([]byte(`{"lines":[{"date":"2026-01-02","amount":"9.99e999999999"}],"ratio":"1e-999999999","total":1e999999999}`), &v)
		_ = err.Error()
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, jsoncode.ErrNumber)
	case <-time.After(10 * time.Second):
		t.Fatal("the refusal of a huge exponent did not return within 10 s")
	}
}

var idShaped = regexp.MustCompile(`[0-9０-９]{15,}|[0-9]{17}[Xx]`)

// checkMessage: an error's message is bounded and shows no identity number.
func checkMessage(t interface {
	Helper()
	Fatalf(string, ...any)
}, err error) {
	t.Helper()
	msg := err.Error()
	if len(msg) > jsoncode.MaxMessage {
		t.Fatalf("message of %d bytes: %.200s…", len(msg), msg)
	}
	if idShaped.MatchString(msg) {
		t.Fatalf("message echoes an identity-number shape: %s", msg)
	}
}

// TestErrorsMaskAndBound: keys, paths and values shaped like identity
// numbers, long or not, never reach a message whole; messages stay short.
func TestErrorsMaskAndBound(t *testing.T) {
	id := "110101199003071234"
	long := strings.Repeat("k", 100) + id
	for _, in := range []string{
		`{"` + id + `":1}`,                                      // unknown key
		`{"lines":[],"` + id + `X":1}`,                          // unknown key, X check character
		`{"by_month":{"` + id + `":{"date":"x"}}}`,              // path through an ID key, missing amount
		`{"by_month":{"` + id + `":{"amount":"1","date":"x"}}}`, // a value the parser refuses
		`{"by_month":{"` + long + `":{"amount":"1"}}}`,
		`{"by_month":{"a":{"date":"2026-01-02","amount":"1"},"a":{}}}`,
		`{"any":{"` + id + `":1,"` + id + `":2}}`,                      // duplicate
		`{"LABEL":"` + id + `"}`,                                       // case
		`{"lines":[{"date":"2026-01-02","amount":"` + id + `"}]}`,      // amount with 18 digits: refused? no, 18 ≤ 20: accepted
		`{"lines":[{"date":"2026-01-02","amount":"` + id + id + `"}]}`, // too many digits
		`{"count":` + id + id + `}`,                                    // too long a number
		`{"count":"` + id + `"}`,                                       // type error quoting the value
		`{"count":` + id + `0}`,                                        // int overflow: encoding/json quotes the number
		`{"lines":[{"date":"` + id + `","amount":"1"}]}`,               // the parser quotes the value
		`{"at":"` + id + `"}`,                                          // time.Time's error quotes it
		`{"` + strings.Repeat(id, 10) + `":1}`,                         // long key
		strings.Repeat(`{"`+id+`":`, 80),                               // deep path of ID keys
		`{"any":` + strings.Repeat(`{"`+id+`":`, 60) + `1` + strings.Repeat(`}`, 60) + `, "x":1}`,
	} {
		var v doc
		err := Decode([]byte(in), &v)
		if err == nil {
			continue
		}
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je, in)
		checkMessage(t, err)
		assert.False(t, idShaped.MatchString(je.Path+je.Key+je.Detail), "%s: %q %q %q", in, je.Path, je.Key, je.Detail)
	}
	rapid.Check(t, func(t *rapid.T) {
		key := rapid.StringMatching(`[a-z0-9０-９Xx]{0,300}`).Draw(t, "key")
		val := rapid.StringMatching(`[0-9a-z.-]{0,300}`).Draw(t, "val")
		for _, in := range []string{`{"` + key + `":1}`, `{"lines":[{"date":"` + val + `","amount":"1"}]}`,
			`{"lines":[{"date":"2026-01-02","amount":"` + val + `"}]}`, `{"by_month":{"` + key + `":{"date":"` + val + `"}}}`} {
			var v doc
			if err := Decode([]byte(in), &v); err != nil {
				checkMessage(t, err)
			}
		}
	})
}

// TestMemoryBounded: refusing an adversarial input costs a bounded number
// of allocations and bytes, whatever its size: the pass stops at the first
// limit and holds nothing per byte read.
func TestMemoryBounded(t *testing.T) {
	inputs := map[string][]byte{
		"deep":     []byte(strings.Repeat("[", 4<<20)),
		"digits":   []byte(`{"lines":[{"date":"2026-01-02","amount":` + strings.Repeat("7", 4<<20) + `}]}`),
		"string":   []byte(`{"label":"` + strings.Repeat("x", 4<<20) + `"}`),
		"key":      []byte(`{"` + strings.Repeat("x", 4<<20) + `":1}`),
		"keys":     []byte(`{"any":{` + strings.Repeat(`"k":1,`, 1<<20) + `"k":1}}`),
		"oversize": make([]byte, jsonerr.MaxBytes+1),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			var v doc
			allocs := testing.AllocsPerRun(3, func() { _ = Decode(in, &v) })
			assert.LessOrEqual(t, allocs, 40.0)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_ = Decode(in, &v)
			runtime.ReadMemStats(&after)
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<10), "bytes allocated")
		})
	}
	// A map of many distinct keys: memory grows with the keys (one set
	// entry each), not beyond the input's size.
	var b strings.Builder
	b.WriteString(`{"by_month":{`)
	for i := range 100_000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"k%d":{}`, i)
	}
	b.WriteString(`}}`)
	in := []byte(b.String())
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := Check(in, reflect.TypeFor[doc](), Limits{})
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, jsoncode.ErrRequired)
	// The set of a big object's keys: at most about 80 bytes per distinct
	// key, whatever the keys' length (the package doc).
	var keys strings.Builder
	keys.WriteString(`{"any":{`)
	for i := range 200_000 {
		if i > 0 {
			keys.WriteByte(',')
		}
		fmt.Fprintf(&keys, `"%s%d":1`, strings.Repeat("k", 100), i)
	}
	keys.WriteString(`}}`)
	keysIn := []byte(keys.String())
	runtime.ReadMemStats(&before)
	require.NoError(t, Check(keysIn, nil, Limits{MaxBytes: 1 << 30}))
	runtime.ReadMemStats(&after)
	assert.Less(t, float64(after.TotalAlloc-before.TotalAlloc)/200_000, 100.0, "bytes allocated per key")
	in2 := []byte(strings.ReplaceAll(b.String(), `{}`, `{"date":"2026-01-02","amount":"1"}`))
	runtime.ReadMemStats(&before)
	require.NoError(t, Check(in2, reflect.TypeFor[doc](), Limits{}))
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4*len(in2)), "bytes allocated for %d bytes", len(in2))
}

// TestDecodeTypeErrorPlaced: encoding/json's type error (it names a Go
// field path without list indexes) is placed by its offset: the JSON path.
func TestDecodeTypeErrorPlaced(t *testing.T) {
	var v doc
	err := Decode([]byte(`{"lines":[{"date":"2026-01-02","amount":"1"},{"date":"2026-01-03","amount":"2","note":{}}]}`), &v)
	var je *jsonerr.Error
	require.ErrorAs(t, err, &je)
	assert.Equal(t, "$.lines[1].note", je.Path)
	var te *json.UnmarshalTypeError
	require.ErrorAs(t, err, &te)
}

// FuzzDecodeDoc: the whole door on a destination with every kind of field:
// never a panic, only *jsonerr.Error refusals with bounded, masked
// messages, and what is accepted is what encoding/json reads, with every
// amount within its digits and decimals.
func FuzzDecodeDoc(f *testing.F) {
	for _, s := range []string{`{"lines":[{"date":"2026-01-02","amount":"1.00"}]}`, `{"lines":[{"date":"2026-01-02","amount":"1e999999999"}]}`,
		`{"ratio":"0.5","rates":["0.0035"],"total":"1.10","at":"2026-01-02T10:00:00+08:00","count":1,"inner":[{"share":"1"}],"any":[1,{"a":null}]}`,
		`{"at":"2026-01-02T10:00:00,5+08:00"}`, `{"lines":[{"amount":null}]}`, strings.Repeat("[", 70), `{"by_month":{"k":{}}}`,
		`{"lines":[{"date":"2026-01-02","amount":"` + strings.Repeat("9", 45) + `"}]}`, `{"count":1e400}`, `{"110101199003071234":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got doc
		err := Decode(data, &got)
		if err != nil {
			var je *jsonerr.Error
			if !errors.As(err, &je) {
				t.Fatalf("not a *jsonerr.Error: %v", err)
			}
			checkMessage(t, err)
			return
		}
		var want doc
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("accepted but encoding/json refuses: %v", err)
		}
		for _, l := range got.Lines {
			if l.Amount.Exponent() < -2 && !l.Amount.Equal(l.Amount.Truncate(2)) || len(l.Amount.Abs().Truncate(0).String()) > 20 {
				t.Fatalf("amount %s accepted", l.Amount.String())
			}
		}
	})
}

// A money.Amount reads from a string with at most two decimals, trailing
// zeros allowed, as every amount field of the library reads.
func TestAmountField(t *testing.T) {
	for in, want := range map[string]string{`{"total":"12.3"}`: "12.30", `{"total":"-0.50"}`: "-0.50", `{"total":"7.000"}`: "7.00", `{}`: "0.00"} {
		var v doc
		require.NoError(t, Decode([]byte(in), &v), in)
		assert.Equal(t, want, v.Total.String(), in)
	}
}

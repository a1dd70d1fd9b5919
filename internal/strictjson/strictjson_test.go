package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
)

func TestDecode(t *testing.T) {
	var v struct {
		A int `json:"a"`
	}
	if err := Decode([]byte(`{"a":1}`), &v); err != nil || v.A != 1 {
		t.Fatalf("%v %v", v, err)
	}
	if err := Decode([]byte(`{"a":1,"b":2}`), &v); err == nil {
		t.Fatal("unknown key accepted")
	}
	if err := Decode([]byte(`{"a":1} {}`), &v); !errors.Is(err, jsoncode.ErrTrailing) {
		t.Fatalf("trailing data: %v", err)
	}
	if err := Decode([]byte(``), &v); err == nil {
		t.Fatal("empty input accepted")
	}
}

// stamp implements json.Unmarshaler: its keys are its own business (no
// case check), but a duplicate inside is still refused.
type stamp struct{ raw json.RawMessage }

func (s *stamp) UnmarshalJSON(b []byte) error { s.raw = append(s.raw[:0], b...); return nil }

type cost struct {
	Date   string `json:"date"`
	Amount string `json:"amount"`
}

type caseFile struct {
	Accident string `json:"accident"`
	FiledOn  string `json:"filed_on,omitempty"`
	Costs    []cost `json:"costs"`
	Ext      *struct {
		Until string `json:"until"`
	} `json:"extension,omitempty"`
	Names   map[string]string `json:"names,omitempty"`
	ByMonth map[string][]cost `json:"by_month,omitempty"`
	Stamp   stamp             `json:"stamp,omitzero"`
	Raw     json.RawMessage   `json:"raw,omitempty"`
	Any     any               `json:"any,omitempty"`
	Grid    [][]cost          `json:"grid,omitempty"`
	Plain   string            // no tag: the Go name is the key
	Skipped string            `json:"-"`
}

func TestKeyRefusals(t *testing.T) {
	for _, tc := range []struct {
		name, in  string
		want      error
		key, path string
		fieldWant string
	}{
		{"top duplicate", `{"accident":"2026-03-02","accident":"2026-03-05","costs":[]}`, jsoncode.ErrDuplicateKey, "accident", "$.accident", ""},
		{"top case", `{"ACCIDENT":"2026-03-02","costs":[]}`, jsoncode.ErrKeyCase, "ACCIDENT", "$.ACCIDENT", "accident"},
		{"top case mixed", `{"accident":"x","Filed_On":"2026-03-20"}`, jsoncode.ErrKeyCase, "Filed_On", "$.Filed_On", "filed_on"},
		{"untagged field case", `{"plain":"x"}`, jsoncode.ErrKeyCase, "plain", "$.plain", "Plain"},
		{"in array", `{"costs":[{"date":"d","amount":"1.00"},{"amount":"999.99","date":"d","amount":"248.33"}]}`, jsoncode.ErrDuplicateKey, "amount", "$.costs[1].amount", ""},
		{"case in array", `{"costs":[{"Date":"d"}]}`, jsoncode.ErrKeyCase, "Date", "$.costs[0].Date", "date"},
		{"nested object", `{"extension":{"until":"a","until":"b"}}`, jsoncode.ErrDuplicateKey, "until", "$.extension.until", ""},
		{"case nested object", `{"extension":{"UNTIL":"a"}}`, jsoncode.ErrKeyCase, "UNTIL", "$.extension.UNTIL", "until"},
		{"array in array", `{"grid":[[],[{"date":"a"},{"dAte":"b"}]]}`, jsoncode.ErrKeyCase, "dAte", "$.grid[1][1].dAte", "date"},
		{"map duplicate", `{"names":{"a":"1","a":"2"}}`, jsoncode.ErrDuplicateKey, "a", "$.names.a", ""},
		{"map value struct case", `{"by_month":{"2026-03":[{"Amount":"1.00"}]}}`, jsoncode.ErrKeyCase, "Amount", "$.by_month.2026-03[0].Amount", "amount"},
		{"unmarshaler duplicate", `{"stamp":{"x":1,"y":{"z":1,"z":2}}}`, jsoncode.ErrDuplicateKey, "z", "$.stamp.y.z", ""},
		{"raw duplicate", `{"raw":[{"k":1,"k":1}]}`, jsoncode.ErrDuplicateKey, "k", "$.raw[0].k", ""},
		{"any duplicate", `{"any":{"k":1,"k":1}}`, jsoncode.ErrDuplicateKey, "k", "$.any.k", ""},
		{"escaped duplicate", `{"accident":"a","acc\u0069dent":"b"}`, jsoncode.ErrDuplicateKey, "accident", "$.accident", ""},
		{"escaped case", `{"\u0041ccident":"a"}`, jsoncode.ErrKeyCase, "Accident", "$.Accident", "accident"},
		{"duplicate after many keys", `{"names":{` + manyKeys(40) + `,"k7":"again"}}`, jsoncode.ErrDuplicateKey, "k7", "$.names.k7", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v caseFile
			err := Decode([]byte(tc.in), &v)
			require.ErrorIs(t, err, tc.want)
			var ke *jsonerr.Error
			require.ErrorAs(t, err, &ke)
			assert.Equal(t, tc.key, ke.Key)
			assert.Equal(t, tc.path, ke.Path)
			assert.Equal(t, tc.fieldWant, ke.Want)
			// The offset is the key's opening quote (the second one for a
			// duplicate).
			assert.Equal(t, byte('"'), tc.in[ke.Offset], "offset %d", ke.Offset)
			assert.Contains(t, err.Error(), tc.path)
		})
	}
}

func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k`)
		b.WriteString(string(rune('0' + i/10)))
		b.WriteString(string(rune('0' + i%10)))
		b.WriteString(`":"v"`)
	}
	return strings.ReplaceAll(b.String(), `"k0`, `"k`)
}

func TestKeyAccepted(t *testing.T) {
	// Map keys are data: keys differing only in case are two entries.
	var v caseFile
	require.NoError(t, Decode([]byte(`{"names":{"A":"1","a":"2"},"stamp":{"Any":1,"any":2},"any":{"K":1,"k":2},"Plain":"p"}`), &v))
	assert.Equal(t, map[string]string{"A": "1", "a": "2"}, v.Names)
	assert.Equal(t, "p", v.Plain)
	// The same key in two objects is no duplicate.
	require.NoError(t, Decode([]byte(`{"costs":[{"date":"a"},{"date":"b"}],"extension":{"until":"u"},"accident":"x"}`), &v))
	assert.Equal(t, "u", v.Ext.Until)
	// A key no field has, in any case, is left to the decoder: unknown.
	err := Decode([]byte(`{"Skipped":"x"}`), &v)
	require.Error(t, err)
	assert.NotErrorIs(t, err, jsoncode.ErrKeyCase)
	assert.ErrorIs(t, err, jsoncode.ErrUnknownKey)
}

func TestSyntax(t *testing.T) {
	var v caseFile
	for _, in := range []string{`{"accident":}`, `{"accident" "x"}`, `{"accident":"a",}`, `[`, `{"accident":"\q"}`, `{`, `"`, `}`, ``, `{"accident":"a\u12"}`,
		"{\"accident\":\"a\x01\"}", `{"accident":01}`, `{"accident":-}`, `{"accident":1.}`, `{"accident":1e}`, `{"accident":nul}`, `{"accident":tru}`} {
		err := Decode([]byte(in), &v)
		require.ErrorIs(t, err, jsoncode.ErrSyntax, in)
		var se *json.SyntaxError
		assert.ErrorAs(t, err, &se, in)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je)
		assert.Equal(t, se.Offset, je.Offset)
	}
}

// refKeyError is an independent reference: encoding/json's tokens, a set
// of keys per open object (what internal/golden did before), no schema.
func refDuplicate(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object, expectKey bool
		keys              map[string]bool
	}
	var stack []*frame
	done := func() {
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].expectKey = true
		}
	}
	for {
		t, err := dec.Token()
		if err != nil {
			return false
		}
		switch t := t.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if n := len(stack); n > 0 && stack[n-1].object {
					stack[n-1].expectKey = false
				}
				stack = append(stack, &frame{object: t == '{', expectKey: t == '{', keys: map[string]bool{}})
			default:
				stack = stack[:len(stack)-1]
				done()
			}
		case string:
			if len(stack) == 0 {
				return false
			}
			if f := stack[len(stack)-1]; f.object && f.expectKey {
				if f.keys[t] {
					return true
				}
				f.keys[t] = true
				f.expectKey = false
				continue
			}
			done()
		default:
			done()
		}
		if len(stack) == 0 {
			return false // first value only, as CheckKeys
		}
	}
}

// FuzzCheckKeys: the scanner never panics, every refusal is a bounded
// *jsonerr.Error, and on valid JSON within the limits it finds a duplicate
// exactly when the token-based reference does, at a key's offset.
func FuzzCheckKeys(f *testing.F) {
	for _, s := range []string{`{"a":1,"a":2}`, `{"a":{"b":[1,{"c":1,"c":2}]}}`, `[{"x":1},{"x":1}]`,
		`{"a\u0062":1,"ab":2}`, `{"\xff":1,"\xfe":2}`, `{"a":1} {"a":1,"a":2}`, `{"accident":"x","ACCIDENT":"y"}`,
		`{"costs":[{"date":"a","Date":"b"}]}`, `{"a":[1,2,{"b":null,"b":true}],"c":-1.5e3}`, `{`, `{"a"`, `[1,`,
		strings.Repeat("[", 100), strings.Repeat(`{"a":`, 70), `[1e999999999]`, `{"costs":[{"amount":"1e999999999"}]}`,
		`{"costs":[{"amount":"` + strings.Repeat("9", 50) + `"}]}`, `{"accident":null}`, `{"110101199003071234":1,"110101199003071234":2}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Check(data, nil, Limits{})
		var je *jsonerr.Error
		if err != nil {
			if !errors.As(err, &je) {
				t.Fatalf("not a *jsonerr.Error: %v", err)
			}
			checkMessage(t, err)
		}
		if errors.Is(err, jsoncode.ErrDuplicateKey) && (je.Offset < 0 || int(je.Offset) >= len(data) || data[je.Offset] != '"') {
			t.Fatalf("offset %d not at a quote", je.Offset)
		}
		if json.Valid(data) && !isLimitErr(err) && errors.Is(err, jsoncode.ErrDuplicateKey) != refDuplicate(data) {
			t.Fatalf("%q: scanner %v, reference %v", data, err, refDuplicate(data))
		}
		if !json.Valid(data) && err == nil {
			t.Fatalf("%q: invalid JSON passed the check", data)
		}
		// With a schema too: never a panic, only *jsonerr.Error.
		var v caseFile
		if err := Check(data, reflect.TypeOf(&v), Limits{}); err != nil {
			if !errors.As(err, &je) {
				t.Fatalf("unexpected error %v", err)
			}
			checkMessage(t, err)
		}
	})
}

// isLimit: a refusal valid JSON can get before its keys are all seen.
func isLimitErr(err error) bool {
	for _, k := range []error{jsoncode.ErrTooDeep, jsoncode.ErrNumber, jsoncode.ErrStringLength, jsoncode.ErrKeyLength} {
		if errors.Is(err, k) {
			return true
		}
	}
	return false
}

// FuzzDecodeSameAsEncodingJSON: whatever Decode accepts, encoding/json
// decodes to the same value; and an accepted input has no duplicate key.
func FuzzDecodeSameAsEncodingJSON(f *testing.F) {
	for _, s := range []string{`{"accident":"a","costs":[{"date":"d","amount":"1.00"}]}`, `{"names":{"A":"1","a":"2"}}`,
		`{"stamp":{"k":1},"raw":[1],"any":{"x":[{}]},"grid":[[{"date":"x"}]],"Plain":"p"}`, `{"ACCIDENT":"a"}`,
		`{"accident":"a","accident":"b"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got caseFile
		if err := Decode(data, &got); err != nil {
			var je *jsonerr.Error
			if !errors.As(err, &je) {
				t.Fatalf("not a *jsonerr.Error: %v", err)
			}
			checkMessage(t, err)
			return
		}
		var want caseFile
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("accepted but encoding/json refuses: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: strict %+v, encoding/json %+v", data, got, want)
		}
		if refDuplicate(data) {
			t.Fatalf("%q: accepted with a duplicate key", data)
		}
	})
}

// TestAcceptedMeansExactKeys draws case files whose keys may be re-cased
// or repeated: Decode accepts exactly those with every key as written in
// the tags and none repeated, and then reads what encoding/json reads.
func TestAcceptedMeansExactKeys(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		recase := func(k string) (string, bool) {
			if rapid.IntRange(0, 5).Draw(t, "recase") == 0 {
				return strings.ToUpper(k[:1]) + k[1:], true
			}
			return k, false
		}
		bad := false
		var b strings.Builder
		b.WriteByte('{')
		keys := []string{"accident", "filed_on"}
		if rapid.Bool().Draw(t, "dup") {
			keys = append(keys, "accident")
			bad = true
		}
		for i, k := range keys {
			k, changed := recase(k)
			bad = bad || changed
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + k + `":"` + rapid.StringMatching(`[0-9-]{0,10}`).Draw(t, "v") + `"`)
		}
		b.WriteString(`,"costs":[`)
		n := rapid.IntRange(0, 3).Draw(t, "n")
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			d, c1 := recase("date")
			a, c2 := recase("amount")
			bad = bad || c1 || c2
			b.WriteString(`{"` + d + `":"x","` + a + `":"1.00"}`)
		}
		b.WriteString(`],"names":{"A":"1","a":"2"}}`)
		data := []byte(b.String())
		var got, want caseFile
		err := Decode(data, &got)
		if bad {
			var ke *jsonerr.Error
			if !errors.As(err, &ke) {
				t.Fatalf("%s: accepted (%v)", data, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		if err := json.Unmarshal(data, &want); err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %+v vs %+v (%v)", data, got, want, err)
		}
	})
}

func TestRecursiveType(t *testing.T) {
	type node struct {
		Name string  `json:"name"`
		Kids []*node `json:"kids"`
	}
	var v node
	err := Decode([]byte(`{"name":"a","kids":[{"name":"b","kids":[{"Name":"c"}]}]}`), &v)
	var ke *jsonerr.Error
	require.ErrorAs(t, err, &ke)
	assert.Equal(t, "$.kids[0].kids[0].Name", ke.Path)
}

// BenchmarkDecode: a realistic case file, strict (check + decode)
// against encoding/json alone (the baseline, as Decode was before), in the
// same run. Besides ns/op (wall time) each reports cpu-ns/op, the
// process's CPU time per operation: the figure the package doc records,
// as other work on a shared machine inflates wall time.
func BenchmarkDecode(b *testing.B) {
	data := []byte(`{"accident":"2026-03-02","filed_on":"2026-03-20","Plain":"worker",
 "costs":[{"date":"2026-03-03","amount":"1200.00"},{"date":"2026-03-10","amount":"350.50"},{"date":"2026-03-15","amount":"80.00"}],
 "extension":{"until":"2026-04-20"},"names":{"spouse":"a","child":"b"},
 "by_month":{"2026-03":[{"date":"2026-03-31","amount":"5.00"}],"2026-04":[]},"stamp":{"by":"clerk","at":"2026-03-21"}}`)
	b.Run("strict", func(b *testing.B) {
		b.ReportAllocs()
		start := jsontest.CPUTime()
		for b.Loop() {
			var v caseFile
			if err := Decode(data, &v); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(jsontest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
	})
	b.Run("check-only", func(b *testing.B) {
		b.ReportAllocs()
		typ := reflect.TypeOf(&caseFile{})
		start := jsontest.CPUTime()
		for b.Loop() {
			if err := Check(data, typ, Limits{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(jsontest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
	})
	b.Run("baseline-encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		start := jsontest.CPUTime()
		for b.Loop() {
			var v caseFile
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&v); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(jsontest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
	})
}

// TestDeepNesting: a few million "[" once overflowed the stack in the key
// check (fatal error: stack overflow, which no recover catches); now the
// check refuses at jsoncode.MaxDepth before it recurses further.
func TestDeepNesting(t *testing.T) {
	for _, in := range []string{strings.Repeat("[", 3_000_000), strings.Repeat(`{"a":`, 1_000_000), strings.Repeat("[", jsoncode.MaxDepth+1) + strings.Repeat("]", jsoncode.MaxDepth+1)} {
		var v any
		err := Decode([]byte(in), &v)
		require.ErrorIs(t, err, jsoncode.ErrTooDeep)
	}
	ok := strings.Repeat("[", jsoncode.MaxDepth) + strings.Repeat("]", jsoncode.MaxDepth)
	var v any
	require.NoError(t, Decode([]byte(ok), &v))
}

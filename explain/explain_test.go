package explain_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/explain"
)

func TestNewCatalogueRefuses(t *testing.T) {
	for _, c := range []struct {
		name string
		e    []explain.Entry
		err  error
	}{
		{"empty key", []explain.Entry{{Key: "", Template: "x"}}, explain.ErrTemplate},
		{"bad key", []explain.Entry{{Key: "a b", Template: "x"}}, explain.ErrTemplate},
		{"empty template", []explain.Entry{{Key: "a", Template: ""}}, explain.ErrTemplate},
		{"unclosed", []explain.Entry{{Key: "a", Template: "x {y"}}, explain.ErrTemplate},
		{"empty placeholder", []explain.Entry{{Key: "a", Template: "x {}"}}, explain.ErrTemplate},
		{"bad placeholder", []explain.Entry{{Key: "a", Template: "x {y z}"}}, explain.ErrTemplate},
		{"nested", []explain.Entry{{Key: "a", Template: "x {y{z}}"}}, explain.ErrTemplate},
		{"stray close", []explain.Entry{{Key: "a", Template: "x }"}}, explain.ErrTemplate},
		{"too long", []explain.Entry{{Key: "a", Template: strings.Repeat("x", explain.MaxTemplate+1)}}, explain.ErrTemplate},
		{"duplicate", []explain.Entry{{Key: "a", Template: "x"}, {Key: "a", Template: "y"}}, explain.ErrDuplicate},
	} {
		_, err := explain.NewCatalogue(explain.English, c.e)
		assert.ErrorIs(t, err, c.err, c.name)
	}
	// a duplicate across two lists, too
	_, err := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "a", Template: "x"}}, []explain.Entry{{Key: "a", Template: "x"}})
	assert.ErrorIs(t, err, explain.ErrDuplicate)
}

func TestRenderBraces(t *testing.T) {
	c, err := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "a", Template: "{{{n}}} }}{{"}})
	require.NoError(t, err)
	s, err := c.Render(explain.Step{Key: "a", Inputs: []explain.Value{{Name: "n", Value: "{x}"}}})
	require.NoError(t, err)
	assert.Equal(t, "{{x}} }{", s)
}

func TestZeroCatalogue(t *testing.T) {
	var c explain.Catalogue
	s, err := c.Render(explain.Step{Key: "k"})
	assert.Equal(t, "⟦?k⟧", s)
	assert.ErrorIs(t, err, explain.ErrNoMessage)
	assert.Empty(t, c.Keys())
	lines, err := c.Lines(nil)
	assert.NoError(t, err)
	assert.Empty(t, lines)
}

func TestStepJSONStrict(t *testing.T) {
	var s explain.Step
	for _, in := range []string{
		`{"key":"a","extra":1}`,
		`{"key":""}`,
		`{"key":"a b"}`,
		`{"key":"a","inputs":[{"name":"x","value":"1"},{"name":"x","value":"2"}]}`,
		`{"key":"a","inputs":[{"name":"x","value":"1"}],"output":{"name":"x","value":"2"}}`,
		`{"key":"a","inputs":[{"name":"x","value":"1","status":"sure"}]}`,
		`{"key":"a","inputs":[{"name":"","value":"1"}]}`,
	} {
		err := json.Unmarshal([]byte(in), &s)
		assert.ErrorIs(t, err, explain.ErrInvalid, in)
	}
	require.NoError(t, json.Unmarshal([]byte(`{"key":"a","articles":["第一条"],"inputs":[{"name":"x","value":"1","unit":"元","source":"p","status":"provisional"}],"output":{"name":"y","value":"2"}}`), &s))
	assert.True(t, s.Provisional())
	v, ok := s.Lookup("y")
	assert.True(t, ok)
	assert.Equal(t, "2", v)
}

func TestAgree(t *testing.T) {
	a, _ := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "k", Template: "{x} {y} {x}"}})
	b, _ := explain.NewCatalogue(explain.Chinese, []explain.Entry{{Key: "k", Template: "{y}{x}"}})
	assert.NoError(t, explain.Agree(a, b))
	c, _ := explain.NewCatalogue(explain.Chinese, []explain.Entry{{Key: "k", Template: "{y}"}, {Key: "l", Template: "l"}})
	err := explain.Agree(a, c)
	assert.ErrorIs(t, err, explain.ErrNoValue)
	assert.ErrorIs(t, err, explain.ErrNoMessage)
}

// genStep draws a valid step whose names come from a small set, so that
// templates over the same names find them.
func genStep(t *rapid.T) explain.Step {
	names := []string{"a", "b", "c", "d.e", "f_g"}
	perm := rapid.Permutation(names).Draw(t, "names")
	n := rapid.IntRange(0, len(names)).Draw(t, "n")
	s := explain.Step{Key: rapid.SampledFrom([]string{"k1", "k2", "k3"}).Draw(t, "key")}
	s.Articles = rapid.SliceOfN(rapid.SampledFrom([]string{"第一条", "第三十九条第二款"}), 0, 3).Draw(t, "articles")
	status := rapid.SampledFrom([]explain.Status{"", explain.Verified, explain.Secondary, explain.Provisional, explain.Inferred, explain.Given})
	val := rapid.OneOf(rapid.String(), rapid.StringMatching(`-?[0-9]{1,6}\.[0-9]{0,4}`), rapid.SampledFrom([]string{"", "{x}", "⟦?a⟧", "\u2028", "<&>", "\xff"}))
	for i := 0; i < n; i++ {
		v := explain.Value{Name: perm[i], Value: val.Draw(t, "value"), Unit: rapid.SampledFrom([]string{"", "元", "months"}).Draw(t, "unit"),
			Source: rapid.SampledFrom([]string{"", "levy.rate", "案件"}).Draw(t, "source"), Status: status.Draw(t, "status")}
		if i == n-1 && rapid.Bool().Draw(t, "output") {
			s.Output = &v
		} else {
			s.Inputs = append(s.Inputs, v)
		}
	}
	return s
}

// Property: rendering a step read back from its JSON gives the same text
// (and the same error) as rendering the step, in both languages; and the
// JSON of the read-back step is byte for byte the JSON written.
func TestRenderSurvivesJSON(t *testing.T) {
	en, err := explain.NewCatalogue(explain.English, []explain.Entry{
		{Key: "k1", Template: "{a} × {b} = {c}"}, {Key: "k2", Template: "{d.e} {{literal}} {f_g}"}})
	require.NoError(t, err)
	zh, err := explain.NewCatalogue(explain.Chinese, []explain.Entry{
		{Key: "k1", Template: "{a}×{b}＝{c}"}, {Key: "k2", Template: "{f_g}（{d.e}）"}})
	require.NoError(t, err)
	rapid.Check(t, func(t *rapid.T) {
		e := explain.Explanation(rapid.SliceOfN(rapid.Custom(genStep), 0, 4).Draw(t, "steps"))
		b, err := json.Marshal(e)
		require.NoError(t, err)
		var back explain.Explanation
		require.NoError(t, json.Unmarshal(b, &back))
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		// JSON replaces a byte that is not UTF-8 on the way out: the one
		// change a round trip may make, so the law holds for valid text
		if !validUTF8(e) {
			return
		}
		assert.Equal(t, string(b), string(b2))
		for _, c := range []explain.Catalogue{en, zh} {
			want, werr := c.Lines(e)
			got, gerr := c.Lines(back)
			assert.Equal(t, want, got)
			assert.Equal(t, werr == nil, gerr == nil)
		}
	})
}

func validUTF8(e explain.Explanation) bool {
	for _, s := range e {
		vs := s.Inputs
		if s.Output != nil {
			vs = append(vs[:len(vs):len(vs)], *s.Output)
		}
		for _, v := range vs {
			for _, x := range []string{v.Value, v.Unit, v.Source} {
				if !utf8Valid(x) {
					return false
				}
			}
		}
	}
	return true
}

func TestErrorsAreDistinct(t *testing.T) {
	assert.False(t, errors.Is(explain.ErrNoMessage, explain.ErrNoValue))
}

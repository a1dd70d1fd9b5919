package benefits_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/explain"
)

// The two catalogues build, and say the same things: every key in both.
func TestMessagesAgree(t *testing.T) {
	en, err := explain.NewCatalogue(explain.English, benefits.Messages(explain.English))
	require.NoError(t, err)
	zh, err := explain.NewCatalogue(explain.Chinese, benefits.Messages(explain.Chinese))
	require.NoError(t, err)
	assert.NoError(t, explain.Agree(en, zh))
	assert.Nil(t, benefits.Messages("fr"))
	for _, e := range benefits.Messages(explain.Chinese) {
		assert.NotContains(t, e.Template, "the ", "an English word in the Chinese message %s", e.Key)
	}
}

// issue 20: an award read back from JSON renders in both languages from the
// steps it kept, byte for byte as the award computed; its JSON is written
// back byte for byte.
func TestAwardFromJSONExplainsInBothLanguages(t *testing.T) {
	for _, a := range sampleAwards(t) {
		data, err := json.Marshal(a)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"steps":[{"key":"benefits.formula.`)
		b, err := benefits.ParseAward(data)
		require.NoError(t, err)
		assert.Equal(t, a.Explain(explain.English), b.Explain(explain.English))
		assert.Equal(t, a.Explain(explain.Chinese), b.Explain(explain.Chinese))
		assert.Equal(t, a.Notes(), b.Notes())
		again, err := json.Marshal(b)
		require.NoError(t, err)
		assert.Equal(t, string(data), string(again))
		zh := strings.Join(b.Explain(explain.Chinese), "\n")
		assert.NotContains(t, zh, "⟦?")
		assert.NotContains(t, zh, " months ×", "an English formula in the Chinese explanation")
	}
}

// An award written before the steps were kept (formula and notes as
// English text only) still reads; its formulas and notes stay English in
// both languages, the rest of its lines are Chinese.
func TestAwardJSONWithoutSteps(t *testing.T) {
	in := `{"items":[{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"6 months × 1 × W = …","params":[],"articles":["第四十条"]}],` +
		`"one_time_total":"1.00","monthly_total":"0.00","provisional":false,"flagged":false,"notes":["an old note"]}`
	a, err := benefits.ParseAward([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, "丧葬补助金：1.00 元 = 6 months × 1 × W = …，四舍五入到分（第四十条）", a.Explain(explain.Chinese)[0])
	assert.Equal(t, "an old note", a.Explain(explain.Chinese)[2])
	out, err := json.Marshal(a)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "steps")
}

// Steps the package does not know, or lacking a figure, are refused on
// reading: never a marker in front of a clerk.
func TestAwardJSONRefusesUnknownSteps(t *testing.T) {
	item := func(steps string) string {
		return `{"items":[{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"x","steps":` + steps + `,"params":[],"articles":[]}],` +
			`"one_time_total":"1.00","monthly_total":"0.00","provisional":false,"flagged":false}`
	}
	for _, in := range []string{
		item(`[{"key":"benefits.formula.nope"}]`),
		item(`[{"key":"benefits.formula.months","inputs":[{"name":"months","value":"6"}]}]`),
		item(`[{"key":"benefits.formula.pension","inputs":[{"name":"relation","value":"cousin"},{"name":"share","value":"0.4"},{"name":"ratio","value":"0.6"},{"name":"wage","value":"1"},{"name":"start","value":"2026-01"}]}]`),
		item(`[{"key":"benefits.formula.months","extra":1}]`),
		`{"items":[],"one_time_total":"0.00","monthly_total":"0.00","provisional":false,"flagged":false,"notes":["a"],"note_steps":[]}`,
		`{"items":[],"one_time_total":"0.00","monthly_total":"0.00","provisional":false,"flagged":false,"notes":["a"],"note_steps":[[{"key":"benefits.note.nope"}]]}`,
	} {
		_, err := benefits.ParseAward([]byte(in))
		assert.ErrorIs(t, err, benefits.ErrBadAward, in)
	}
}

// sampleAwards computes the awards of the golden benefits.award cases:
// every formula, note and platform line the cases reach.
func sampleAwards(t *testing.T) []benefits.Award {
	t.Helper()
	files, err := filepath.Glob("../testdata/golden/benefits/*.json")
	require.NoError(t, err)
	var out []benefits.Award
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var g struct {
			Kind  string          `json:"kind"`
			Input json.RawMessage `json:"input"`
		}
		require.NoError(t, json.Unmarshal(b, &g), f)
		if g.Kind != "benefits.award" {
			continue
		}
		file, err := casefile.Parse(g.Input)
		if err != nil {
			continue // a refused case
		}
		r, err := file.Calculate()
		if err != nil {
			continue
		}
		out = append(out, r.Award)
	}
	require.Greater(t, len(out), 20)
	return out
}

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
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// goldenInput reads the input of a golden case of kind.
func goldenInputs(t *testing.T, kind string) map[string]json.RawMessage {
	t.Helper()
	files, err := filepath.Glob("../testdata/golden/benefits/*.json")
	require.NoError(t, err)
	out := map[string]json.RawMessage{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var c struct {
			Kind  string          `json:"kind"`
			Input json.RawMessage `json:"input"`
		}
		require.NoError(t, json.Unmarshal(data, &c), f)
		if c.Kind == kind {
			out[filepath.Base(f)] = c.Input
		}
	}
	require.NotEmpty(t, out)
	return out
}

// Every award and medical split of the golden cases explains itself in
// Chinese, line for line, with the same figures.
func TestExplainZH(t *testing.T) {
	awards := 0
	for name, in := range goldenInputs(t, "benefits.award") {
		f, err := casefile.Parse(in)
		if err != nil {
			continue
		}
		r, err := f.Calculate()
		if err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			zhcheck.Check(t, r.Explanation, r.Award.Explain(explain.Chinese), true)
			zh := strings.Join(r.Award.Explain(explain.Chinese), "\n")
			assert.Contains(t, zh, "基金支付一次性项目："+r.Award.OneTimeTotal.String()+" 元")
			assert.NotContains(t, zh, "rounded half up")
		})
		awards++
	}
	assert.Greater(t, awards, 20)
	for name, in := range goldenInputs(t, "benefits.medical") {
		var m benefits.Medical
		if json.Unmarshal(in, &m) != nil {
			continue
		}
		s, err := benefits.SplitMedical(m)
		if err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			zhcheck.Check(t, s.Explanation, benefits.MedicalZH(m, s), true)
		})
	}
}

func TestExplainZHZeroValues(t *testing.T) {
	assert.NotPanics(t, func() {
		_ = benefits.Award{}.Explain(explain.Chinese)
		_ = casefile.Result{}.Award.Explain(explain.Chinese)
		_ = benefits.MedicalZH(benefits.Medical{}, benefits.MedicalSplit{})
	})
}

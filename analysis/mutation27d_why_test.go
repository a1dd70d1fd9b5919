package analysis_test

// Issue 19, session 27 (round 14's class): every text figure of a
// measurement and a running analysis (each Why's articles, inputs, English
// and Chinese, every row in its order), pinned exactly against a snapshot
// (testdata/why27d.golden.json; regenerate with -update27d after a
// deliberate change and read the diff).

import (
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
)

var update27d = flag.Bool("update27d", false, "rewrite testdata/why27d.golden.json")

func TestWhyTextsSnapshot(t *testing.T) {
	data, period := runningData(t)
	measured, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), data, period)
	require.NoError(t, err)
	running, err := analysis.Analyze(samplePolicy(t), data, period)
	require.NoError(t, err)
	// The results write their own (smaller) JSON: the snapshot is of their
	// fields, each Why with them.
	got, err := json.MarshalIndent(map[string]any{"measure": fieldsJSON(t, reflect.ValueOf(measured)), "analyze": fieldsJSON(t, reflect.ValueOf(running))}, "", " ")
	require.NoError(t, err)
	got = append(got, '\n')
	const file = "testdata/why27d.golden.json"
	if *update27d {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(file, got, 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err)
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			assert.Equal(t, wl[i], gl[i], "first difference at line %d of %s", i+1, file)
			break
		}
	}
	assert.Equal(t, len(wl), len(gl), "lines")
	assert.True(t, strings.Contains(string(got), `"ZH"`) || strings.Contains(string(got), `"zh"`), "the Chinese texts are in the snapshot")
}

// fieldsJSON is v's exported fields as encoding/json writes a struct
// without a MarshalJSON method (embedded fields inlined, in declaration
// order), for analysis' own types; other values as they marshal.
func fieldsJSON(t *testing.T, v reflect.Value) json.RawMessage {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return json.RawMessage("null")
		}
		return fieldsJSON(t, v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return json.RawMessage("null")
		}
		fallthrough
	case reflect.Array:
		if v.Type().Elem().PkgPath() != reflect.TypeFor[analysis.Row]().PkgPath() {
			break
		}
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = string(fieldsJSON(t, v.Index(i)))
		}
		return json.RawMessage("[" + strings.Join(parts, ",") + "]")
	case reflect.Struct:
		if v.Type().PkgPath() != reflect.TypeFor[analysis.Row]().PkgPath() || v.Type() == reflect.TypeFor[analysis.Problem]() || hasTags(v.Type()) {
			break
		}
		var parts []string
		var add func(v reflect.Value)
		add = func(v reflect.Value) {
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				switch {
				case f.Anonymous:
					add(v.Field(i))
				case f.IsExported():
					k, _ := json.Marshal(f.Name)
					parts = append(parts, string(k)+":"+string(fieldsJSON(t, v.Field(i))))
				}
			}
		}
		add(v)
		return json.RawMessage("{" + strings.Join(parts, ",") + "}")
	}
	b, err := json.Marshal(v.Interface())
	require.NoError(t, err)
	return b
}

// hasTags reports whether a struct names its JSON keys (Why, Period,
// Count): it is written as it marshals.
func hasTags(t reflect.Type) bool {
	for i := 0; i < t.NumField(); i++ {
		if _, ok := t.Field(i).Tag.Lookup("json"); ok {
			return true
		}
	}
	return false
}

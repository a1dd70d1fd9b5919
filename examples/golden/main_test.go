package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every case under testdata/golden passes when run the way policy staff run them.
func TestAllGoldenCasesPass(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-dir", "../../testdata/golden"}, &out, &errOut)
	require.Equal(t, 0, code, out.String()+errOut.String())
	assert.Contains(t, out.String(), " passed, 0 failed")
}

func TestFailingCaseIsReported(t *testing.T) {
	dir := t.TempDir()
	c := `{"title":"错误的期望","articles":["第十四条"],"kind":"calendar.declaration_deadline",
	  "input":{"period":"2024-01"},"expect":{"raw":"2024-02-15","date":"2024-02-21","extension":6}}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "wrong.json"), []byte(c), 0o644))
	var out, errOut bytes.Buffer
	code := run([]string{"-dir", dir}, &out, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, out.String(), "FAIL")
	assert.Contains(t, out.String(), `"date":"2024-02-21"`)
	assert.Contains(t, out.String(), `"date":"2024-02-23"`)
	assert.Contains(t, out.String(), "0 passed, 1 failed")

	out.Reset()
	code = run([]string{"-json", filepath.Join(dir, "wrong.json")}, &out, &errOut)
	assert.Equal(t, 1, code)
	var outcomes []map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &outcomes))
	assert.Equal(t, false, outcomes[0]["pass"])
}

func TestMissingDirectory(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"-dir", filepath.Join(t.TempDir(), "none")}, &out, &errOut))
	assert.Equal(t, 2, run([]string{"-bogus"}, &out, &errOut))
	out.Reset()
	assert.Equal(t, 0, run([]string{"-kinds"}, &out, &errOut))
	assert.Contains(t, out.String(), "calendar.declaration_deadline")
}

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/examples/internal/textout"
)

// The sample month refers to files from the repository's root.
func chdirRoot(t *testing.T) {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(filepath.Join("..", "..")))
	t.Cleanup(func() { _ = os.Chdir(wd) })
}

func TestSampleMonth(t *testing.T) {
	chdirRoot(t)
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut), errOut.String())
	text := out.String()
	for _, want := range []string{"amount_mismatch", "OPEN ITEM", "REVIEW (第五十六条)", "insurer-settlement:insurer-x:2026-03", "第七十七条", "closed"} {
		assert.Contains(t, text, want)
	}
	out.Reset()
	require.Equal(t, 0, run([]string{"-json"}, &out, &errOut), errOut.String())
	var v struct {
		Books struct {
			Postings []json.RawMessage `json:"postings"`
			Closed   []string          `json:"closed"`
		} `json:"books"`
		Reconciliation struct {
			Postings []json.RawMessage `json:"postings"`
		} `json:"reconciliation"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &v))
	assert.Len(t, v.Reconciliation.Postings, 3, "every receipt is booked: platform-c's mismatch is held in suspense")
	assert.Equal(t, []string{"2026-03"}, v.Books.Closed)
	assert.Equal(t, 13, len(v.Books.Postings), "1 opening + 2 income + 1 suspense + 1 refund + 1 interest + 4 payments + 1 settlement + 2 fees")
}

// From the example's own folder (the test's working directory) the sample
// and the files it names are found; yes/no read 是/否 and the summary's
// amounts end in the same display column.
func TestSampleFromOwnFolderReadable(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut), errOut.String())
	text := out.String()
	assert.Contains(t, text, "记为收入")
	assert.Contains(t, text, "  是  ")
	assert.Contains(t, text, "  否  ")
	assert.NotContains(t, text, "true")
	assert.NotContains(t, text, "false")
	var ends []int
	in := false
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "第七十七条") {
			in = true
			continue
		}
		if in && (strings.Contains(line, "收入") || strings.Contains(line, "支出") || strings.Contains(line, "结余")) {
			ends = append(ends, textout.Width(line))
		}
	}
	require.NotEmpty(t, ends)
	for _, e := range ends {
		assert.Equal(t, ends[0], e)
	}
}

func TestBadInput(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"-month", "/nonexistent.json"}, &out, &errOut))
	dir := t.TempDir()
	bad := filepath.Join(dir, "m.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"period":"2026-03","oops":1}`), 0o644))
	errOut.Reset()
	assert.Equal(t, 1, run([]string{"-month", bad}, &out, &errOut))
	assert.True(t, strings.Contains(errOut.String(), "oops"), errOut.String())
	assert.Equal(t, 2, run([]string{"-zzz"}, &out, &errOut))
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Audit of issue 23 (fresh eye).

// What was read is said, as monthly-levy says it: the order file's rows
// read, counted, not counted (those of another month among them),
// duplicates and invalid rows, month by month; a tally's orders outside
// the period. A wrong -month, or a file of many invalid rows, is not
// measured as if the data were whole and empty.
func TestSaysWhatWasRead(t *testing.T) {
	code, out, errOut := runArgs("", sample()...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2026-03：读入 3162 行 = 计入 2811 + 不计入 322（其中属于其他月份 0）+ 重复 18 + 无效 11")
	assert.Contains(t, out, "monthly-levy", "where the invalid rows are listed")

	code, out, errOut = runArgs("", "-orders", orders, "-month", "2026-04", "-params", setup, "-reform", reform)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2026-04：读入 3162 行 = 计入 0 + 不计入 3133（其中属于其他月份 2811）+ 重复 18 + 无效 11")

	// A file with more invalid rows than the sample: they are counted.
	data, err := os.ReadFile(orders)
	require.NoError(t, err)
	bad := filepath.Join(t.TempDir(), "orders.csv")
	require.NoError(t, os.WriteFile(bad, append(data, []byte("garbage,line\n")...), 0o644))
	code, out, errOut = runArgs("", "-orders", bad, "-month", "2026-03", "-params", setup, "-reform", reform, "-json")
	require.Equal(t, 0, code, errOut)
	var d struct {
		Read struct {
			Orders []struct {
				Month    string `json:"month"`
				Input    int64  `json:"input"`
				Counted  int64  `json:"counted"`
				Excluded int64  `json:"excluded"`
				Invalid  int64  `json:"invalid"`
			} `json:"orders"`
		} `json:"read"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	require.Len(t, d.Read.Orders, 1)
	assert.Equal(t, "2026-03", d.Read.Orders[0].Month)
	assert.Equal(t, int64(3163), d.Read.Orders[0].Input)
	assert.Equal(t, int64(2811), d.Read.Orders[0].Counted)
	assert.Equal(t, int64(12), d.Read.Orders[0].Invalid)

	// A tally of other months than the period's: its orders are said to
	// be outside the period, in the text and the JSON.
	code, out, errOut = runArgs("", "-tallies", tallies, "-month", "2026-09", "-params", setup, "-reform", reform)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "汇总文件共 17031 单，其中 17031 单不在测算期间内，未计入")
	code, out, errOut = runArgs("", "-tallies", tallies, "-month", "2026-02", "-to", "2026-03", "-params", setup, "-reform", reform, "-json")
	require.Equal(t, 0, code, errOut)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	assert.JSONEq(t, `{"tally": {"orders": 17031, "outside_period": 11375}}`, string(raw["read"]), "17031 − 2807 − 2849")
	code, out, errOut = runArgs("", "-tallies", tallies, "-month", "2026-01", "-to", "2026-06", "-params", setup, "-reform", reform)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "汇总文件共 17031 单，均在测算期间内")
	empty := filepath.Join(t.TempDir(), "empty.json")
	require.NoError(t, os.WriteFile(empty, []byte(`{}`), 0o644))
	code, out, errOut = runArgs("", "-tallies", empty, "-params", setup, "-reform", reform)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "汇总文件共 0 单")
}

// A case file that cannot be read is listed by its name as the analysis
// lists a bad case ID: a control character (a terminal would obey it) or a
// byte that is not UTF-8 in the name is not printed as it is, nor in an
// error that names the file's path.
func TestUnreadCaseFileNameShownSafely(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(cases, "death-2026-02.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "death-2026-02.json"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "evil\x1b[31mred.json"), []byte(`{}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad\xffname.json"), []byte(`{}`), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "folder\x1b[2J.json"), 0o755)) // its error names its path
	code, out, errOut := runArgs("", sample("-cases", dir)...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "待遇案件 evil\uFFFD[31mred，现行与改革后无法计算")
	assert.Contains(t, out, "待遇案件 bad\uFFFDname，现行与改革后无法计算")
	assert.Contains(t, out, "待遇案件 folder\uFFFD[2J，现行与改革后无法计算")
	assert.NotContains(t, out, "\x1b")
	assert.NotContains(t, out, "\xff")
}

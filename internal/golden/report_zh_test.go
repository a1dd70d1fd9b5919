package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A failing case reads in Chinese: its verdict, each differing field by its
// Chinese name and path with 期望 and 实际 (a fixed list's value with its
// Chinese name, （无） for an absent field), the summary line; ReportEN is
// the developers' English.
func TestReportInChinese(t *testing.T) {
	body := `{"title":"元旦","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"},` +
		`"expect":{"kind":"workday","workday":true}}`
	path := filepath.Join(t.TempDir(), "case.json")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
	o := RunFile(path)
	require.False(t, o.Pass, o.Problem)
	var sb strings.Builder
	assert.Equal(t, 1, Report(&sb, []Outcome{o}, false))
	text := sb.String()
	assert.True(t, strings.HasPrefix(text, "未通过  "+path+"\n      元旦（第十四条）\n"), text)
	kind := Difference{Path: "kind", Expected: `"workday"`, Actual: `"statutory_holiday"`}
	assert.Contains(t, text, "      "+kind.Chinese("calendar.day")+"\n")
	assert.Equal(t, "日子的类别（kind）：期望 workday（工作日），实际 statutory_holiday（法定节假日）", kind.Chinese("calendar.day"))
	assert.Contains(t, text, "（festival）：期望 （无），实际 new_years_day（元旦）", "a field the expectation lacks")
	assert.True(t, strings.HasSuffix(text, "\n通过 0，未通过 1\n"), text)
	for _, word := range []string{"expected", "got", "PASS", "FAIL", "passed", "failed"} {
		assert.NotContains(t, text, word)
	}
	assert.Equal(t, "整个输出：期望 1，实际 2", Difference{Expected: "1", Actual: "2"}.Chinese("calendar.day"))

	sb.Reset()
	assert.Equal(t, 1, ReportEN(&sb, []Outcome{o}, false))
	assert.Contains(t, sb.String(), "FAIL  "+path)
	assert.Contains(t, sb.String(), "kind: expected workday, got statutory_holiday")
	assert.Contains(t, sb.String(), "0 passed, 1 failed")
}

// DetailsZH keeps what a clerk checks of an English message, and none of
// its words.
func TestDetailsZH(t *testing.T) {
	assert.Empty(t, DetailsZH("json: number refused: exponent out of range"))
	assert.Equal(t, []string{"$.total", "15", "300"}, DetailsZH("json: $.total (offset 15): number refused (limit 300): exponent out of range"))
	assert.Equal(t, []string{"benefits.prev_year_shanghai_private_annual_wage", "2025", "第四十三条", "沪人社福〔2025〕373号", "“门诊021”"},
		DetailsZH(`benefits: no benefits.prev_year_shanghai_private_annual_wage for 2025 (第四十三条, 沪人社福〔2025〕373号): "门诊021"`))
}

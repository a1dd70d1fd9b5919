package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
)

func runArgs(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSample(t *testing.T) {
	code, out, errOut := runArgs("", "-case", "../../testdata/claims/case-sample.json")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"2026-02-24", "第二十一条第一款", "申请是否及时：否", "平台逾期：是", "在保障期内", "容缺受理", "已逾期",
		"未知（不早于 2027-01-20）", "费用分担：基金 600.00 元，平台 5000.50 元", "经办机构审核待遇申请"} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "true")
	assert.NotContains(t, out, "false")
	// Columns are aligned by display width: every row of the deadline table
	// has its date column starting at the same cell.
	var cols []int
	for _, line := range strings.Split(out, "\n") {
		if i := strings.Index(line, "  2026-"); i > 0 && strings.Contains(line, "第") && strings.HasPrefix(line, "  ") {
			cols = append(cols, textout.Width(line[:i]))
		}
	}
	require.NotEmpty(t, cols)
	for _, c := range cols {
		assert.Equal(t, cols[0], c, out)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/claims/case-sample.json", "-json")
	require.Equal(t, 0, code, errOut)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Contains(t, v, "windows")
	assert.Contains(t, v, "deadlines")
	assert.Equal(t, "5000.50", v["costs"].(map[string]any)["platform"])
}

// Today's cases: an accident in October 2026 whose worker window runs into
// 2027 is handled, exit 0, the unknown deadline shown as such.
func TestWindowIntoUncoveredYear(t *testing.T) {
	in := `{"accident":"2026-10-15","applicant":"worker","filed_on":"2026-12-01","accepted_on":"2026-12-02","clarity":"clear",
	"application":{"situation":"order_accident","submitted":["application_form","identity","scene_evidence","order_data","track_data","diagnosis","payment_account","consent","police_proof"]},
	"paid_months":["2026-10"],"as_of":"2026-12-05"}`
	code, out, errOut := runArgs(in, "-case", "-")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "劳动者申请期限（第二十一条第三款，90日）：未知（不早于 2027-01-13")
	assert.Contains(t, out, "平台申请期限（第二十一条第一款，30日）：2026-11-16")
	assert.Contains(t, out, "2026-12-11")
	code, out, errOut = runArgs(in, "-case", "-", "-json")
	require.Equal(t, 0, code, errOut)
	var v struct {
		Windows struct {
			Worker struct {
				Date        any    `json:"date"`
				Raw         string `json:"raw"`
				NotBefore   string `json:"not_before"`
				UnknownYear int    `json:"computed_unknown_year"`
			} `json:"worker"`
		} `json:"windows"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Nil(t, v.Windows.Worker.Date)
	assert.Equal(t, "2027-01-13", v.Windows.Worker.Raw)
	assert.Equal(t, "2027-01-13", v.Windows.Worker.NotBefore)
	assert.Equal(t, 2027, v.Windows.Worker.UnknownYear)
}

// The default sample is found from the example's own folder (the test's
// working directory), as from the module root.
func TestDefaultSampleFromOwnFolder(t *testing.T) {
	code, out, errOut := runArgs("")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2026-01-20")
}

func TestBadInput(t *testing.T) {
	code, _, errOut := runArgs(`{"accident":"2026-02-30"}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "2026-02-30")
	bad := `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-10","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`
	code, _, errOut = runArgs(bad, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "的日期 2026-01-10 早于案件上一步的日期 2026-01-20（事故日期 2026-01-20）") // claims' event_date refusal, in Chinese
	assert.Empty(t, msg.EnglishWords(errOut, "claim-timeline"), errOut)
	code, _, errOut = runArgs(bad, "-case", "-", "-lang", "en")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "before the accident")
	code, _, _ = runArgs("", "-nope")
	assert.Equal(t, 2, code)
	code, _, errOut = runArgs("", "-case", "/nonexistent.json")
	assert.Equal(t, 1, code)
	assert.NotEmpty(t, errOut)
}

// What a clerk reads is Chinese: each window's steps
// (calendar.Deadline.Explain(explain.Chinese)), the deadline items (claims.Item.NameZH),
// a year not covered (its error's Chinese), -h and the complaints. The
// check (msg.EnglishWords): no run of four or more ASCII letters standing
// as a word, outside flag names, file names, identifiers, codes and
// capitals; the fingerprint's label "rulebook" is allowed. -lang en gives
// the library's English steps.
func TestClerkReadsChinese(t *testing.T) {
	code, out, errOut := runArgs("", "-case", "../../testdata/claims/case-sample.json")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{
		"    · 期限规则“N日内”：事件发生当日不计入（民法典 第二百零一条）",
		"    · 事件发生日 2026-01-20（不计入）加 30 日，原定最后一日为 2026-02-19\n",
		"    · 遇休息日顺延，跳过：2026-02-19 星期四 法定节假日（春节；",
		"    · 计算所得期限：2026-02-24（星期二）\n",
		"延期上限（第二十二条第一款）：未知（不早于 2027-01-20）\n    · 2027年的放假安排尚未载入，该年的日期无法判断\n",
		"    · 延期不超过工伤认定申请期限（工伤保险条例 第十七条）：2027年的放假安排尚未载入",
	} {
		assert.Contains(t, out, want)
	}
	assert.Empty(t, msg.EnglishWords(out, "rulebook"))
	code, _, errOut = runArgs("", "-h")
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "用法：claim-timeline [-case 文件] [-json] [-lang zh|en]")
	assert.Empty(t, msg.EnglishWords(errOut, "claim-timeline"))
	for _, args := range [][]string{{"-nope"}, {"-case", "no-such.json"}} {
		_, _, errOut = runArgs("", args...)
		assert.Empty(t, msg.EnglishWords(errOut, "claim-timeline"), "%v: %s", args, errOut)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/claims/case-sample.json", "-lang", "en")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "    · event 2026-01-20 (not counted) + 30 days = raw last day 2026-02-19\n")
	assert.Contains(t, out, "calendar: year 2027 is not covered")
}

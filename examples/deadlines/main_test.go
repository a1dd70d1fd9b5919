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

	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
)

func runArgs(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestJSONFor2026(t *testing.T) {
	code, out, errOut := runArgs("-year", "2026", "-json")
	require.Equal(t, 0, code, errOut)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	require.Len(t, rows, 12)
	assert.Equal(t, map[string]any{"month": "2026-01", "push_deadline": "2026-01-05", "declaration_deadline": "2026-01-20", "fee_period": "2025-12"}, rows[0])
	assert.Equal(t, map[string]any{"month": "2026-02", "push_deadline": "2026-02-05", "declaration_deadline": "2026-02-24", "fee_period": "2026-01"}, rows[1])
	assert.Equal(t, map[string]any{"month": "2026-05", "push_deadline": "2026-05-06", "declaration_deadline": "2026-05-22", "fee_period": "2026-04"}, rows[4])
	assert.Equal(t, map[string]any{"month": "2026-10", "push_deadline": "2026-10-08", "declaration_deadline": "2026-10-26", "fee_period": "2026-09"}, rows[9])
}

// A deadline on an adjusted working day (调休上班) is marked: the push of
// May 2019 falls on Sunday 2019-05-05, a working day that year.
func TestAdjustedWorkdayMarked(t *testing.T) {
	code, out, errOut := runArgs("-year", "2019", "-json")
	require.Equal(t, 0, code, errOut)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	assert.Equal(t, "2019-05-05", rows[4]["push_deadline"])
	assert.Equal(t, true, rows[4]["push_on_adjusted_workday"])
	assert.NotContains(t, rows[5], "push_on_adjusted_workday")
	code, out, errOut = runArgs("-year", "2019")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2019-05-05（周日）")
	assert.Contains(t, out, "推送日为调休上班日")
}

func TestTableFor2024(t *testing.T) {
	code, out, errOut := runArgs("-year", "2024")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "第十二条 向税务部门传递费率：1月5日前，遇节假日顺延：2024-01-05")
	assert.Contains(t, out, "2024-02  2024-02-05（周一）    2024-02-23（周五）  2024-01     申报期内连续休假顺延 6 天")
	assert.NotContains(t, out, "true")
	// Every row's columns start at the same display cell.
	var starts []int
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "2024-") {
			i := strings.Index(line, "（")
			starts = append(starts, textout.Width(line[:strings.Index(line[i:], "  ")+i]))
		}
	}
	require.Len(t, starts, 12)
	for _, s := range starts {
		assert.Equal(t, starts[0], s)
	}
}

func TestUncoveredYearExitsNonZero(t *testing.T) {
	code, _, errOut := runArgs("-year", "2027")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "2027")
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-year", "abc"}, {"-nope"}, {"extra"}, {"-year", "0"}} {
		code, _, errOut := runArgs(args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Contains(t, errOut, "用法：deadlines", "%v", args)
	}
}

func TestHostScheduleAndOverrides(t *testing.T) {
	dir := t.TempDir()
	sched := filepath.Join(dir, "2027.json")
	require.NoError(t, os.WriteFile(sched, []byte(`{"year":2027,"source":"illustrative","days":[
		{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day"}]}`), 0o644))
	code, out, errOut := runArgs("-year", "2027", "-schedule", sched, "-json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"declaration_deadline": "2027-01-20"`)

	over := filepath.Join(dir, "over.json")
	require.NoError(t, os.WriteFile(over, []byte(`[{"rule":"declaration","period":"2022-04","date":"2022-06-30","source":"Shanghai tax office notice"}]`), 0o644))
	code, out, errOut = runArgs("-year", "2022", "-overrides", over, "-explain")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2022-06-30")
	assert.Contains(t, out, "Shanghai tax office notice 公布的正式期限 2022-06-30 优先于计算所得的")
	code, out, errOut = runArgs("-year", "2022", "-overrides", over, "-explain", "-lang", "en")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "official")
	assert.Contains(t, out, "takes precedence")

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"year":2027,"source":"x","days":[{"date":"2027-02-10","kind":"adjusted_workday","festival":"spring_festival"}]}`), 0o644))
	code, _, errOut = runArgs("-year", "2027", "-schedule", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, bad+": 2027 年放假安排第 1 天（2027-02-10 星期三）：调休上班日不在周末")
	code, _, errOut = runArgs("-year", "2027", "-schedule", bad, "-lang", "en")
	assert.Equal(t, 1, code)
	assert.True(t, strings.Contains(errOut, "Wednesday"), errOut)
}

// What a clerk reads is Chinese: -explain (calendar.Deadline.Explain(explain.Chinese)),
// -h, and the complaints. The check (msg.EnglishWords): no run of four or
// more ASCII letters standing as a word, outside flag names, file names,
// identifiers, codes and capitals (JSON, GB/T); -lang en gives the
// library's English.
func TestClerkReadsChinese(t *testing.T) {
	code, out, errOut := runArgs("-year", "2024", "-explain")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "          · 申报期内连续 6 日休假（2024-02-10 至 2024-02-15）：顺延 6 日\n")
	assert.Contains(t, out, "          · 遇休息日顺延，跳过：2024-02-15 星期四 调休放假日（春节；")
	assert.Empty(t, msg.EnglishWords(out))
	code, _, errOut = runArgs("-h")
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "用法：deadlines [-year 年份]")
	assert.Contains(t, errOut, "  -year 年份\n    \t要列出各月期限的年份（默认 2026）\n")
	assert.Empty(t, msg.EnglishWords(errOut, "deadlines"))
	for _, args := range [][]string{{"-year", "2027"}, {"-nope"}, {"-year", "0"}, {"-schedule", "no-such.json"}} {
		_, _, errOut = runArgs(args...)
		assert.Empty(t, msg.EnglishWords(errOut, "deadlines"), "%v: %s", args, errOut)
	}
	code, out, errOut = runArgs("-year", "2024", "-explain", "-lang", "en")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "run of 6 consecutive days off in the period, 2024-02-10 to 2024-02-15: extends by 6")
	_, _, errOut = runArgs("-lang", "en", "-h")
	assert.Contains(t, errOut, "usage: deadlines [-year YYYY]")
}

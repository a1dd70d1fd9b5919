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

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/examples/internal/msg"
)

// sample is copied by every use (append to a shared slice would overwrite it).
var sample = []string{"-orders", "../../testdata/levy/orders-2026-03.csv", "-params", "../../testdata/levy/setup.json"}

func runArgs(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSampleJSON(t *testing.T) {
	code, out, errOut := runArgs("", append(append([]string(nil), sample...), "-json")...)
	require.Equal(t, 0, code, errOut)
	var got struct {
		Month   string `json:"month"`
		Tallies []struct {
			Platform, Industry string
			Orders             int64
		} `json:"tallies"`
		Bills []struct {
			Platform            string `json:"platform"`
			Industry            string `json:"industry"`
			Orders              int64  `json:"orders"`
			Rate                string `json:"rate"`
			Amount              string `json:"amount"`
			DeclarationDeadline string `json:"declaration_deadline"`
		} `json:"bills"`
		Input      int64 `json:"input"`
		Counted    int64 `json:"counted"`
		Excluded   int64 `json:"excluded"`
		Duplicates int64 `json:"duplicates"`
		Invalid    []struct {
			Line  int64             `json:"line"`
			Error errcode.WireError `json:"error"`
		} `json:"invalid"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "2026-03", got.Month)
	assert.Equal(t, got.Input, got.Counted+got.Excluded+got.Duplicates+int64(len(got.Invalid)), "nothing lost")
	for _, inv := range got.Invalid {
		assert.NotEmpty(t, inv.Error.Code, "line %d: an invalid line's error is its code and Chinese text", inv.Line)
		assert.NotEmpty(t, inv.Error.Chinese, inv.Line)
	}
	var tallied int64
	for _, tl := range got.Tallies {
		tallied += tl.Orders
	}
	assert.Equal(t, got.Counted, tallied)
	require.NotEmpty(t, got.Bills)
	for _, b := range got.Bills {
		assert.Equal(t, "2026-04-20", b.DeclarationDeadline)
		if b.Platform == "platform-b" {
			assert.Equal(t, "0.275", b.Rate)
		}
	}
	for _, inv := range got.Invalid {
		assert.Positive(t, inv.Line)
		assert.NotEmpty(t, inv.Error)
	}
}

func TestSampleText(t *testing.T) {
	code, out, errOut := runArgs("", append(append([]string(nil), sample...), "-explain")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "读入 3162 行 = 计入")
	assert.Contains(t, out, "无效行：")
	assert.Contains(t, out, "四舍五入到分")
}

func TestStdinAndUnknownPlatform(t *testing.T) {
	csv := "order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind\n" +
		"o1,w1,platform-z,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,delivered\n"
	code, out, errOut := runArgs(csv, "-orders", "-", "-params", "../../testdata/levy/setup.json", "-json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"unbilled"`)
	assert.Contains(t, out, `"code": "no_terms"`)
	code, out, errOut = runArgs(csv, "-orders", "-", "-params", "../../testdata/levy/setup.json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "说明：platform-z 未出账单，只列订单数：缺少平台的费率条款（首次参保月份、档次、浮动）：平台 \"platform-z\"（no_terms）")
}

func TestErrors(t *testing.T) {
	code, _, errOut := runArgs("", "-month", "2026-13")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "用法：monthly-levy")
	assert.Contains(t, errOut, `monthly-levy: -month: 所填 "2026-13" 不是有效的月份`)
	code, _, _ = runArgs("", "-nope")
	assert.Equal(t, 2, code)
	code, _, errOut = runArgs("", "-orders", filepath.Join(t.TempDir(), "none.csv"), "-params", "../../testdata/levy/setup.json")
	assert.Equal(t, 1, code)
	assert.NotEmpty(t, errOut)
	bad := filepath.Join(t.TempDir(), "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("a,b,c\n"), 0o644))
	code, _, errOut = runArgs("", "-orders", bad, "-params", "../../testdata/levy/setup.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "CSV 的表头不对")
	code, _, errOut = runArgs("", "-orders", bad, "-params", "../../testdata/levy/setup.json", "-lang", "en")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "header")
	code, _, errOut = runArgs("", "-orders", "../../testdata/levy/orders-2026-03.csv", "-params", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "费率设置的格式不对")
	code, _, errOut = runArgs("", "-orders", "../../testdata/levy/orders-2026-03.csv", "-params", bad, "-lang", "en")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "setup")
	// December 2026's deadline needs 2027: a clear error, not a guess.
	code, _, errOut = runArgs("", append(append([]string(nil), sample...), "-month", "2026-12")...)
	assert.Equal(t, 0, code, "no orders in December: no bill, so no deadline is needed: %s", errOut)
}

// Conflicting copies are reported; the rule for cancellations after start
// is a flag; a stray quote costs one line, and an identity number in a bad
// value is never printed (第七十九条).
func TestConflictsCancelledAndMasking(t *testing.T) {
	head := "order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind\n"
	row := func(order, industry, end, kind string) string {
		return order + ",w1,platform-a," + industry + ",true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104," + end + "," + kind + "\n"
	}
	csv := head + row("o1", "ride_hailing", "2026-03-01T10:30:00+08:00", "delivered") +
		row("o1", "ride_hailing", "2026-03-01T10:20:00+08:00", "cancelled") +
		row(`o"2`, "ride_hailing", "2026-03-01T10:30:00+08:00", "delivered") +
		row("o3", "110105194912310027", "2026-03-01T10:30:00+08:00", "delivered") +
		row("o4", "ride_hailing", "2026-03-01T10:30:00+08:00", "cancelled")
	args := []string{"-orders", "-", "-params", "../../testdata/levy/setup.json"}
	code, out, errOut := runArgs(csv, args...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "读入 5 行 = 计入 1 + 不计入 1 + 重复 1 + 无效 2")
	assert.Contains(t, out, "冲突：1 组")
	assert.Contains(t, out, "第 3 行：订单 o1，人员 w1")
	assert.Contains(t, out, "第 4 行：")
	assert.NotContains(t, out, "19491231")
	code, out, errOut = runArgs(csv, append(args, "-count-cancelled-after-start")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "读入 5 行 = 计入 2 + 不计入 0 + 重复 1 + 无效 2")
}

// Audit F15: the December 2026 bill is printed although its declaration
// deadline falls in 2027, whose schedule is not loaded: the amounts are
// given, the deadline is shown as unknown (not a date), and the exit is 0.
func TestDecember2026DeadlineUnknown(t *testing.T) {
	csv := "order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind\n" +
		"o1,w1,platform-b,instant_delivery,true,true,2026-12-31T23:00:00+08:00,2026-12-31T23:10:00+08:00,310101,2026-12-31T23:40:00+08:00,delivered\n"
	code, out, errOut := runArgs(csv, "-orders", "-", "-month", "2026-12", "-params", "../../testdata/levy/setup.json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "0.28        未知（2027 年放假安排尚未载入；不早于 2027-01-15）")
	assert.Contains(t, out, "platform-b  合计")

	code, out, errOut = runArgs(csv, "-orders", "-", "-month", "2026-12", "-params", "../../testdata/levy/setup.json", "-json")
	require.Equal(t, 0, code, errOut)
	var got struct {
		Bills []map[string]any `json:"bills"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Bills, 1)
	b := got.Bills[0]
	assert.Equal(t, "0.28", b["amount"])
	assert.NotContains(t, b, "declaration_deadline")
	assert.Equal(t, "2027-01-15", b["declaration_not_before"])
	assert.Equal(t, float64(2027), b["declaration_unknown_year"])
	assert.Equal(t, map[string]any{"code": "not_covered", "chinese": "2027年的放假安排尚未载入，该年的日期无法判断"}, b["declaration_unknown"])
}

// Issue 18: a file of junk lines is listed up to -max-invalid and counted
// by reason past it; the counts still balance, in the text and the JSON.
func TestJunkLinesListedUpToMaxInvalid(t *testing.T) {
	var csv strings.Builder
	csv.WriteString("order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind\n")
	for i := range 3000 {
		if i%2 == 0 {
			csv.WriteString("only,three,fields\n")
		} else {
			csv.WriteString("o\"1,w1,platform-a,ride_hailing,true,true,,,310101,,\n")
		}
	}
	args := []string{"-orders", "-", "-params", "../../testdata/levy/setup.json", "-max-invalid", "10"}
	code, out, errOut := runArgs(csv.String(), append(args, "-json")...)
	require.Equal(t, 0, code, errOut)
	var got struct {
		Input           int64            `json:"input"`
		Invalid         []map[string]any `json:"invalid"`
		InvalidUnlisted map[string]int64 `json:"invalid_unlisted"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, int64(3000), got.Input)
	assert.Len(t, got.Invalid, 10)
	assert.Len(t, got.InvalidUnlisted, 2)
	var sum int64
	for _, n := range got.InvalidUnlisted {
		sum += n
	}
	assert.Equal(t, int64(2990), sum)

	code, out, errOut = runArgs(csv.String(), args...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "读入 3000 行 = 计入 0 + 不计入 0 + 重复 0 + 无效 3000")
	assert.Contains(t, out, "另有 2990 行无效行未逐行列出")
	assert.Contains(t, out, "1495 行：字段个数不对\n")
	assert.Contains(t, out, "  第 2 行：该行不能按 CSV 读取（如引号不成对）：不符合 RFC 4180：字段个数不对：有 3 个字段，应为 11 个\n")
	assert.Empty(t, msg.EnglishWords(out))
	code, out, errOut = runArgs(csv.String(), append(args, "-lang", "en")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "1495 行：csv: the wrong number of fields")

	code, out, errOut = runArgs(csv.String(), "-orders", "-", "-params", "../../testdata/levy/setup.json", "-max-invalid", "0")
	require.Equal(t, 0, code, errOut)
	assert.NotContains(t, out, "无效行：")
	assert.Contains(t, out, "另有 3000 行无效行未逐行列出")
	code, _, errOut = runArgs(csv.String(), "-orders", "-", "-max-invalid", "-1")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-max-invalid")
}

// What a clerk reads is Chinese: the invalid lines' reasons (the codes'
// Chinese, not "ended_at: before started_at"), the bills' explanations,
// -h and the complaints. The check (msg.EnglishWords): no run of four or
// more ASCII letters standing as a word, outside flag names, file names,
// identifiers, codes and capitals. -lang en gives the library's English.
func TestClerkReadsChinese(t *testing.T) {
	code, out, errOut := runArgs("", append(append([]string(nil), sample...), "-explain")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "  第 159 行：结束时间早于开始执行时间\n")
	assert.Contains(t, out, "  第 485 行：缺少从业人员编号（worker_id）\n")
	assert.Contains(t, out, "  第 722 行：起点行政区划代码不是 6 位数字（GB/T 2260）\n")
	assert.NotContains(t, out, "before started_at")
	assert.Empty(t, msg.EnglishWords(out))
	code, _, errOut = runArgs("", "-h")
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "用法：monthly-levy [-orders 文件.csv] [-month 月份]")
	assert.Contains(t, errOut, "  -max-invalid 行数\n    \t逐行列出的无效行最多行数条，其余按原因计数（eligibility.Batch.MaxInvalid；0 表示不逐行列出）（默认 1000）\n")
	assert.Empty(t, msg.EnglishWords(errOut, "monthly-levy"))
	for _, args := range [][]string{{"-nope"}, {"-month", "x"}, {"-max-invalid", "-1"}, {"-orders", "no-such.csv"}, {"-params", "no-such.json"}} {
		_, _, errOut = runArgs("", args...)
		assert.Empty(t, msg.EnglishWords(errOut, "monthly-levy"), "%v: %s", args, errOut)
	}
	code, out, errOut = runArgs("", append(append([]string(nil), sample...), "-lang", "en")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "  第 159 行：eligibility: ended_at: before started_at\n")
	_, _, errOut = runArgs("", "-lang", "en", "-h")
	assert.Contains(t, errOut, "usage: monthly-levy [-orders FILE.csv]")
}

package calendar_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// A holiday CSV line refused says what is wrong in Chinese with the figures
// of the English message (issue 22: programs printed only the line's code
// and （详情见 -lang en）).
func TestHolidayCSVErrorChinese(t *testing.T) {
	const header = "date,kind,festival,statutory,source\n"
	figure := regexp.MustCompile(`[0-9][0-9-]*`)
	for in, want := range map[string]string{
		"":            "放假安排 CSV 第 1 行：读取表头：",
		"date,kind\n": "放假安排 CSV 第 1 行：读取表头：",
		"a,b,c,d,e\n": `放假安排 CSV 第 1 行：表头为 "a,b,c,d,e"，应为 "date,kind,festival,statutory,source"`,
		header + "2026-02-30,off,spring_festival,yes,x\n":     "放假安排 CSV 第 2 行：所填 \"2026-02-30\" 不是有效的日期",
		header + "2026-02-17,holiday,spring_festival,yes,x\n": `放假安排 CSV 第 2 行：kind 为 "holiday"，statutory 为 "yes"：应为 off 配 yes 或 no，或 workday 配空白`,
		header + "2026-02-17,off,spring_festival,yes\n":       "放假安排 CSV 第 2 行：字段个数不对（应为 5 个",
		header + "2026-02-17,o\"ff,spring_festival,yes,x\n":   "放假安排 CSV 第 2 行：第 13 列：未加引号的字段中出现了引号",
		header + "2026-02-17,\"off,spring_festival,yes,x\n":   "放假安排 CSV 第 2 行：第 39 列：引号不成对",
	} {
		_, err := calendar.ParseHolidayCSV(strings.NewReader(in))
		var ce *calendar.CSVError
		require.True(t, errors.As(err, &ce), "%q: %v", in, err)
		zh := ce.Chinese()
		assert.Contains(t, zh, want, "%q: %s", in, err)
		for _, f := range figure.FindAllString(err.Error(), -1) {
			assert.Contains(t, zh, f, "%q: %s", in, err)
		}
	}
	var nilErr *calendar.CSVError
	assert.Equal(t, "放假安排 CSV 有误", nilErr.Chinese())
}

package calendar

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// Issue 22: the overrides', a deadline read back's and a date out of
// range's refusals say in Chinese what their English says, with the same
// figures and names, not only their code's meaning.
func TestRefusalsInChinese(t *testing.T) {
	overrides := func(s string) error {
		_, err := ParseOverrides([]byte(s))
		return err
	}
	deadline := func(s string) error {
		var d Deadline
		return d.UnmarshalJSON([]byte(s))
	}
	_, yearErr := DateOf(10000, 1, 1)
	_, monthErr := MonthOf(0, 1)
	_, addErr := MustParseDate("9999-12-30").AddDays(5)
	_, addMonthsErr := MustParseMonth("9999-11").AddMonths(3)
	_, unixErr := dateOfUnix(1 << 62)
	_, festivalErr := ParseSchedule([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"christmas"}]}`))
	_, twiceErr := ParseSchedule([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day"},{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day"}]}`))
	for _, c := range []struct {
		name string
		err  error
		code error
		zh   string // the exact Chinese, when given
	}{
		{"override rule", overrides(`[{"rule":"workdays","period":"2022-03","date":"2022-06-30","source":"x"}]`), errBadOverride,
			"官方公布期限的格式不对：第 1 项官方日期：规则应为申报期限（declaration），不是工作日计算的期限（workdays）"},
		{"override no period", overrides(`[{"rule":"declaration","date":"2022-06-30","source":"x"}]`), errBadOverride,
			"官方公布期限的格式不对：第 1 项官方日期：没有所属期（period）"},
		{"override not after", overrides(`[{"rule":"declaration","period":"2022-03","date":"2022-03-15","source":"x"}]`), errBadOverride,
			"官方公布期限的格式不对：第 1 项官方日期：日期 2022-03-15 不在所属期 2022-03 之后"},
		{"override no source", overrides(`[{"rule":"declaration","period":"2022-03","date":"2022-06-30","source":" "}]`), errBadOverride, ""},
		{"override twice", overrides(`[{"rule":"declaration","period":"2022-03","date":"2022-06-30","source":"x"},{"rule":"declaration","period":"2022-03","date":"2022-06-29","source":"y"}]`),
			errDuplicateOverride, "同一期限的官方日期给了两次：第 2 项官方日期：申报期限（declaration）所属期 2022-03"},
		{"override json", overrides(`[{"rule":"declaration","period":"2022-03","date":"2022-06-30","source":"x","extra":1}]`), errBadOverride, ""},
		{"deadline no rule", deadline(`{}`), errBadDeadline, ""},
		{"deadline json", deadline(`{"rule":"workdays","bogus":1}`), errBadDeadline, ""},
		{"year", yearErr, errDateRange, "日期超出可处理的范围：10000 年（可处理 0001-01-01 至 9999-12-31）"},
		{"month year", monthErr, errDateRange, ""},
		{"add days", addErr, errDateRange, "日期超出可处理的范围：9999-12-30 +5 天（可处理 0001-01-01 至 9999-12-31）"},
		{"add months", addMonthsErr, errDateRange, ""},
		{"unix", unixErr, errDateRange, ""},
		{"festival", festivalErr, errUnknownFestival, ""},
		{"day twice", twiceErr, errDuplicateDay, "2027 年放假安排第 2 天（2027-01-01 星期五）：放假安排中同一天出现两次：与第 1 天重复"},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Error(t, c.err)
			assert.True(t, errors.Is(c.err, c.code), "%v", c.err)
			zh := errcode.Wire(c.err).Chinese
			assert.NotEqual(t, errcode.Of(c.err).Chinese(), zh, "only the code's meaning: %v", c.err)
			assert.True(t, zhcheck.HasHan(zh))
			assert.Empty(t, zhcheck.Missing([]string{c.err.Error()}, []string{zh}), "EN: %s\nZH: %s", c.err, zh)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}

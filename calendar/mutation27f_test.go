package calendar_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// A holiday CSV row whose kind and statutory columns disagree is refused
// naming both values as written, not another column's (mutation round 15).
func TestHolidayCSVKindRefusalEchoesItsColumns(t *testing.T) {
	in := "date,kind,festival,statutory,source\n2027-01-01,off,new_years_day,maybe,国办发明电〔2026〕1号\n"
	_, err := calendar.ParseHolidayCSV(strings.NewReader(in))
	require.Error(t, err)
	var ce *calendar.CSVError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 2, ce.Line)
	assert.Contains(t, err.Error(), `kind "off" with statutory "maybe": want off with yes or no, or workday with nothing`)
	assert.NotContains(t, err.Error(), "国办发明电")
}

// ScheduleError names its place in Chinese for every combination of a
// known year and a day index: the schedule itself (index −1), with or
// without its year, and a day (index 0 the first) with or without its date
// (mutation round 15: year 0 with the first day).
func TestScheduleErrorPlaceInChinese(t *testing.T) {
	d := calendar.MustParseDate("2027-02-10")
	for _, tc := range []struct {
		e    calendar.ScheduleError
		want string
	}{
		{calendar.ScheduleError{Year: 0, Index: -1}, "放假安排"},
		{calendar.ScheduleError{Year: 2027, Index: -1}, "2027 年放假安排"},
		{calendar.ScheduleError{Year: 0, Index: 0}, "0 年放假安排第 1 天"},
		{calendar.ScheduleError{Year: 2027, Index: 0}, "2027 年放假安排第 1 天"},
		{calendar.ScheduleError{Year: 0, Index: 0, Date: d}, "0 年放假安排第 1 天（2027-02-10 星期三）"},
		{calendar.ScheduleError{Year: 2027, Index: 2, Date: d}, "2027 年放假安排第 3 天（2027-02-10 星期三）"},
	} {
		e := tc.e
		got := e.Chinese()
		assert.True(t, got == tc.want+"不合要求" || strings.HasPrefix(got, tc.want+"："), "%+v: %q", tc.e, got)
	}
}

type zhLeaf struct{}

func (zhLeaf) Error() string   { return "leaf" }
func (zhLeaf) Chinese() string { return "叶子原因" }

// ScheduleError's Chinese finds the reason's own Chinese through joined
// errors up to 16 levels deep, and stops there (a bounded walk; mutation
// round 16: each level counted twice went unnoticed).
func TestScheduleErrorChineseSearchDepth(t *testing.T) {
	nest := func(levels int) error {
		var e error = zhLeaf{}
		for i := 0; i < levels; i++ {
			e = errors.Join(e)
		}
		return e
	}
	got := (&calendar.ScheduleError{Year: 2027, Index: -1, Err: nest(16)}).Chinese()
	assert.Contains(t, got, "叶子原因")
	got = (&calendar.ScheduleError{Year: 2027, Index: -1, Err: nest(17)}).Chinese()
	assert.NotContains(t, got, "叶子原因")
}

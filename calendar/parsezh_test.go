package calendar_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/calendar"
)

// A date or month that does not parse is said in Chinese with the text as
// written (an identity number masked) and the form it must have.
func TestParseErrorChinese(t *testing.T) {
	for in, want := range map[string]string{
		"2026-02-30": `所填 "2026-02-30" 不是有效的日期（应写作 YYYY-MM-DD，如 2026-01-20）`,
	} {
		_, err := calendar.ParseDate(in)
		var pe *calendar.ParseError
		if !errors.As(err, &pe) || pe.Chinese() != want {
			t.Errorf("ParseDate(%q): %v, Chinese %q, want %q", in, err, pe.Chinese(), want)
		}
	}
	_, err := calendar.ParseMonth("2026-13")
	var pe *calendar.ParseError
	if !errors.As(err, &pe) || pe.Chinese() != `所填 "2026-13" 不是有效的月份（应写作 YYYY-MM，如 2026-01）` {
		t.Errorf("ParseMonth: %v", pe.Chinese())
	}
	_, err = calendar.ParseDate("110101199003071234")
	if errors.As(err, &pe); pe == nil || pe.Chinese() == "" || strings.Contains(pe.Chinese(), "110101199003071234") {
		t.Errorf("an identity number is echoed: %v", pe.Chinese())
	}
	if got := (*calendar.ParseError)(nil).Chinese(); got != calendar.ErrParse.Chinese() {
		t.Errorf("nil: %q", got)
	}
}

// A refused schedule says in Chinese which year and day, and why.
func TestScheduleErrorChinese(t *testing.T) {
	_, err := calendar.ParseSchedule([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-02-10","kind":"adjusted_workday","festival":"spring_festival"}]}`))
	var se *calendar.ScheduleError
	if !errors.As(err, &se) {
		t.Fatalf("%v", err)
	}
	want := "2027 年放假安排第 1 天（2027-02-10 星期三）：" + calendar.ErrWorkdayOnWeekday.Chinese()
	if se.Chinese() != want {
		t.Errorf("Chinese %q, want %q", se.Chinese(), want)
	}
	_, err = calendar.ParseSchedule([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-02-10","kind":"adjusted_workday","festival":"spring_festival"}],"x":1}`))
	if !errors.As(err, &se) || !strings.HasPrefix(se.Chinese(), "放假安排："+calendar.ErrScheduleSyntax.Chinese()+"：字段 \"x\"") {
		t.Errorf("JSON refusal: %q", se.Chinese())
	}
	if (*calendar.ScheduleError)(nil).Chinese() == "" {
		t.Error("nil: empty")
	}
}

package calendar_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

func ExampleParseDate() {
	d, err := calendar.ParseDate("2024-02-09")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d, d.Weekday())
	_, err = calendar.ParseDate("2026-02-30")
	fmt.Println(err)
	// Output:
	// 2024-02-09 Friday
	// calendar: cannot parse "2026-02-30" as YYYY-MM-DD: 2026-02 has no day 30
}

func ExampleDateOf() {
	d, err := calendar.DateOf(2026, time.October, 1)
	fmt.Println(d, err)
	_, err = calendar.DateOf(2026, time.February, 29)
	fmt.Println(err)
	// Output:
	// 2026-10-01 <nil>
	// calendar: 2026-02 has no day 29
}

// An order that ends at 23:30 UTC on 31 January ends on 1 February in Beijing.
func ExampleFromTime() {
	t := time.Date(2026, time.January, 31, 23, 30, 0, 0, time.UTC)
	d, _ := calendar.FromTime(t)
	fmt.Println(d)
	// Output: 2026-02-01
}

func ExampleParseMonth() {
	m := calendar.MustParseMonth("2024-02")
	fmt.Println(m.First(), m.Last())
	// Output: 2024-02-01 2024-02-29
}

// MustParseDate is for a date written in the program: it gives the Date
// alone, and panics on a literal that is not a date.
func ExampleMustParseDate() {
	accident := calendar.MustParseDate("2026-03-02")
	fmt.Println(accident, accident.Weekday())

	defer func() { fmt.Println(recover()) }()
	calendar.MustParseDate("2026-02-30")
	// Output:
	// 2026-03-02 Monday
	// calendar.MustParseDate: calendar: cannot parse "2026-02-30" as YYYY-MM-DD: 2026-02 has no day 30
}

// MustParseMonth is for a month written in the program.
func ExampleMustParseMonth() {
	period := calendar.MustParseMonth("2026-02")
	fmt.Println(period, period.First(), period.Last())

	defer func() { fmt.Println(recover()) }()
	calendar.MustParseMonth("2026-13")
	// Output:
	// 2026-02 2026-02-01 2026-02-28
	// calendar.MustParseMonth: calendar: cannot parse "2026-13" as YYYY-MM: month 13 is not 01..12
}

func ExampleCalendar_Day() {
	c := calendar.Default()
	for _, s := range []string{"2024-02-09", "2026-02-16", "2026-02-23", "2026-02-28", "2026-03-07"} {
		d := calendar.MustParseDate(s)
		info, _ := c.Day(d)
		fmt.Println(strings.TrimSpace(fmt.Sprint(info.Date, " ", info.Kind, " ", info.Festival)))
	}
	// Output:
	// 2024-02-09 workday
	// 2026-02-16 statutory_holiday spring_festival
	// 2026-02-23 day_off spring_festival
	// 2026-02-28 adjusted_workday spring_festival
	// 2026-03-07 weekend
}

// A year with no State Council schedule is an error, never a guessed weekday.
func ExampleCalendar_IsWorkday() {
	c := calendar.Default()
	d := calendar.MustParseDate("2026-10-10")
	ok, _ := c.IsWorkday(d)
	fmt.Println(d, d.Weekday(), ok)
	d = calendar.MustParseDate("2027-01-04")
	_, err := c.IsWorkday(d)
	fmt.Println(err)
	// Output:
	// 2026-10-10 Saturday true
	// calendar: year 2027 is not covered: no State Council holiday schedule for 2027 is loaded
}

func ExampleCalendar_AddWorkdays() {
	c := calendar.Default()
	d := calendar.MustParseDate("2026-09-30")
	next, _ := c.AddWorkdays(d, 1)
	back, _ := c.AddWorkdays(next, -1)
	fmt.Println(next, back)
	// Output: 2026-10-08 2026-09-30
}

func ExampleCalendar_WorkdaysBetween() {
	c := calendar.Default()
	a := calendar.MustParseDate("2026-02-13")
	b := calendar.MustParseDate("2026-02-28")
	n, _ := c.WorkdaysBetween(a, b)
	fmt.Println(n)
	// Output: 6
}

func ExampleCalendar_NextWorkday() {
	c := calendar.Default()
	d := calendar.MustParseDate("2026-10-01")
	next, _ := c.NextWorkday(d)
	fmt.Println(next)
	// Output: 2026-10-08
}

// 第二十一条: the platform applies within 30 days of the accident. The accident
// day is not counted; a last day off moves to the next working day.
func ExampleCalendar_WithinDays() {
	c := calendar.Default()
	accident := calendar.MustParseDate("2026-01-20")
	dl, _ := c.WithinDays(accident, 30)
	fmt.Println(dl.Raw, "->", dl.Date)
	// Output: 2026-02-19 -> 2026-02-24
}

// 第十三条: register with the tax office within 10 working days of the notice.
func ExampleCalendar_WithinWorkdays() {
	c := calendar.Default()
	notice := calendar.MustParseDate("2026-09-25")
	dl, _ := c.WithinWorkdays(notice, 10)
	fmt.Println(dl.Date)
	// Output: 2026-10-15
}

// 第九条: the agency pushes last month's orders by the 5th, extended over days off.
func ExampleCalendar_PushDeadline() {
	c := calendar.Default()
	m := calendar.MustParseMonth("2026-04")
	dl, _ := c.PushDeadline(m)
	fmt.Println(dl.Date)
	// Output: 2026-04-07
}

func ExampleCalendar_DayOfMonth() {
	c := calendar.Default()
	m := calendar.MustParseMonth("2022-10")
	dl, _ := c.DayOfMonth(m, 5)
	info, _ := c.Day(dl.Date)
	fmt.Println(dl.Date, info.Kind)
	// Output: 2022-10-08 adjusted_workday
}

// 第十二条: rates to the tax office by 1月5日, extended.
func ExampleCalendar_RateDeadline() {
	dl, _ := calendar.Default().RateDeadline(2025)
	fmt.Println(dl.Date)
	// Output: 2025-01-06
}

// 第十四条: the declaration for January 2024 fees. Six days of the Spring
// Festival fall in the period, so the deadline is six working days after
// 15 February.
func ExampleCalendar_DeclarationDeadline() {
	c := calendar.Default()
	period := calendar.MustParseMonth("2024-01")
	dl, _ := c.DeclarationDeadline(period)
	fmt.Println(dl.Raw, "+", dl.Extension, "working days ->", dl.Date)
	// Output: 2024-02-15 + 6 working days -> 2024-02-23
}

func ExampleDeadline_Explain() {
	c := calendar.Default()
	period := calendar.MustParseMonth("2025-12")
	dl, _ := c.DeclarationDeadline(period)
	for _, line := range dl.Explain(explain.English)[1:] {
		fmt.Println(line)
	}
	// Output:
	// period ends 2025-12-31; the 15 days run 2026-01-01 to 2026-01-15
	// run of 3 consecutive days off in the period, 2026-01-01 to 2026-01-03: extends by 3
	// run of 2 day(s) off in the period, 2026-01-10 to 2026-01-11: under 3, no extension
	// extension 3 days, counted as working days after 2026-01-15
	// moved over day off: 2026-01-17 Saturday 公休日
	// moved over day off: 2026-01-18 Sunday 公休日
	// computed deadline: 2026-01-20 (Tuesday)
	// deadline: 2026-01-20
}

// An official deadline set by special notice takes precedence.
func ExampleCalendar_WithOverrides() {
	period := calendar.MustParseMonth("2022-04")
	official := calendar.MustParseDate("2022-06-30")
	c, err := calendar.Default().WithOverrides(calendar.Override{
		Rule: calendar.RuleDeclaration, Period: period, Date: official,
		Source: "上海市税务局延长2022年4月至6月申报期限的通告",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	dl, _ := c.DeclarationDeadline(period)
	fmt.Println(dl.Computed, "->", dl.Date)
	// Output: 2022-05-19 -> 2022-06-30
}

// A host adds 2027 when the State Council publishes it.
func ExampleCalendar_With() {
	s, err := calendar.ParseSchedule([]byte(`{
	  "year": 2027,
	  "source": "illustrative schedule, not the State Council notice",
	  "days": [{"date": "2027-01-01", "kind": "statutory_holiday", "festival": "new_years_day"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := calendar.Default().With(s)
	d := calendar.MustParseDate("2027-01-01")
	info, _ := c.Day(d)
	fmt.Println(c.Years()[len(c.Years())-1], info.Kind)
	// Output: 2027 statutory_holiday
}

func ExampleParseSchedule() {
	_, err := calendar.ParseSchedule([]byte(`{"year": 2027, "source": "x",
	  "days": [{"date": "2027-02-10", "kind": "adjusted_workday", "festival": "spring_festival"}]}`))
	fmt.Println(err)
	// Output: calendar: schedule 2027: day #1 (2027-02-10): adjusted working day on a Monday to Friday (only a weekend day can be made a working day): 2027-02-10 is a Wednesday
}

func ExampleParseHolidayCSV() {
	csv := "date,kind,festival,statutory,source\n" +
		"2026-10-01,off,national_day,yes,国办发明电〔2025〕7号\n" +
		"2026-10-10,workday,national_day,,国办发明电〔2025〕7号\n"
	ss, err := calendar.ParseHolidayCSV(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range ss[0].Days {
		fmt.Println(d.Date, d.Kind)
	}
	// Output:
	// 2026-10-01 statutory_holiday
	// 2026-10-10 adjusted_workday
}

func ExampleDefault() {
	c := calendar.Default()
	fmt.Println(c.Years(), c.Covers(2027))
	// Output: [2019 2020 2021 2022 2023 2024 2025 2026] false
}

// A calendar built only from the schedules a host supplies. A schedule with
// no days is refused unless it says the year has no holidays.
func ExampleNew() {
	_, err := calendar.ParseSchedule([]byte(`{"year": 2027, "source": "illustrative", "days": []}`))
	fmt.Println(err)
	s, _ := calendar.ParseSchedule([]byte(`{"year": 2027, "source": "illustrative", "days": [], "no_holidays": true}`))
	c, err := calendar.New(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Years(), c.Covers(2026))
	// Output:
	// calendar: schedule 2027: no days: a year without holidays must say so with "no_holidays": true
	// [2027] false
}

func ExampleCalendar_Kind() {
	d := calendar.MustParseDate("2020-02-01")
	k, _ := calendar.Default().Kind(d)
	fmt.Println(k, k.Chinese(), k.IsWorkday())
	// Output: day_off 调休放假日 false
}

func ExampleParseOverrides() {
	os, err := calendar.ParseOverrides([]byte(`[{"rule": "declaration", "period": "2022-04",
	  "date": "2022-06-30", "source": "上海市税务局通告"}]`))
	fmt.Println(len(os), err)
	_, err = calendar.ParseOverrides([]byte(`[{"rule": "declaration", "period": "2022-04", "date": "2022-06-30"}]`))
	fmt.Println(err)
	// Output:
	// 1 <nil>
	// calendar: override #1: invalid override: no source
}

func ExampleMonthOf() {
	m, _ := calendar.MonthOf(2025, time.December)
	next, _ := m.AddMonths(1)
	fmt.Println(m, next, calendar.MonthOfDate(next.Last()))
	// Output: 2025-12 2026-01 2026-01
}

func ExampleDate_StartInBeijing() {
	d := calendar.MustParseDate("2026-10-01")
	fmt.Println(d.StartInBeijing().UTC())
	// Output: 2026-09-30 16:00:00 +0000 UTC
}

// The 第十四条 deadline as a lookup: the date alone, for hot paths.
func ExampleCalendar_DeclarationDue() {
	p := calendar.MustParseMonth("2026-04")
	d, err := calendar.Default().DeclarationDue(p)
	fmt.Println(d, err)
	// Output: 2026-05-22 <nil>
}

// A deadline in a year whose State Council schedule is not loaded is the
// unknown Deadline, returned beside the error: no date, the year, and the
// day it cannot be earlier than; a step can still be judged against it.
func ExampleDeadline_Known() {
	c := calendar.Default() // up to 2026
	period := calendar.MustParseMonth("2026-12")
	dl, err := c.DeclarationDeadline(period)
	fmt.Println(errors.Is(err, calendar.ErrNotCovered), dl.Known(), dl.NotBefore())
	fmt.Println(dl.Err())
	paid := calendar.MustParseDate("2027-01-14")
	fmt.Println(dl.StandingOn(paid, paid))
	// Output:
	// true false 2027-01-15
	// calendar: year 2027 is not covered: no State Council holiday schedule for 2027 is loaded
	// met
}

// Command deadlines prints, for each month of a year, the two monthly
// deadlines of the levy: the agency's push of last month's orders (第九条, the
// 5th extended over days off) and the platform's declaration (第十四条, 15 days
// after the month ends with the tax rule's extensions), plus the 第十二条
// deadline for sending the year's rates (1月5日, extended).
//
// Usage:
//
//	go run ./examples/deadlines -year 2026
//	go run ./examples/deadlines -year 2026 -json
//	go run ./examples/deadlines -year 2027 -schedule 2027.json
//	cd examples/deadlines && go run . -year 2026    # the same from the example's folder
//
// The table's columns are aligned by display width (a CJK character takes
// two cells). In -json each row carries its fee_period (the declaration due
// in May is for the fee period of April) and marks a deadline that falls on
// an adjusted working day (调休上班).
//
// Everything is printed in Chinese: -explain gives each declaration
// deadline's steps as calendar.Deadline.Explain(explain.Chinese) words them, and -h the
// usage; -lang en gives the library's English (Deadline.Explanation, the
// errors' messages) and an English usage, for developers.
//
// Each row is the month the deadlines fall in: the declaration due in
// January 2026 is that of the December 2025 fee period. A year the calendar
// has no schedule for exits with status 1 and names the year; bad flags exit
// with status 2 and the usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	explainlang "github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/jsonerr"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// row is one month of the -json output:
//
//	{"month":"2026-05","push_deadline":"2026-05-06","push_on_adjusted_workday":true,
//	 "declaration_deadline":"2026-05-22","fee_period":"2026-04"}
//
// fee_period is the month whose fee the declaration is for (费款所属期); the
// *_on_adjusted_workday marks are set when the deadline falls on a weekend
// day made a working day (调休上班), and declaration_official when a
// host-supplied official deadline set it.
type row struct {
	Month                 calendar.Month `json:"month"`
	PushDeadline          calendar.Date  `json:"push_deadline"`
	PushOnAdjustedWorkday bool           `json:"push_on_adjusted_workday,omitempty"`
	DeclarationDeadline   calendar.Date  `json:"declaration_deadline"`
	FeePeriod             calendar.Month `json:"fee_period"`
	DeclOnAdjustedWorkday bool           `json:"declaration_on_adjusted_workday,omitempty"`
	DeclarationOfficial   bool           `json:"declaration_official,omitempty"`

	declaration calendar.Deadline
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deadlines", flag.ContinueOnError)
	c := msg.New(fs, stderr, "用法：deadlines [-year 年份] [-json] [-explain] [-schedule 文件] [-overrides 文件] [-lang zh|en]",
		"usage: deadlines [-year YYYY] [-json] [-explain] [-schedule FILE] [-overrides FILE] [-lang zh|en]")
	year := fs.Int("year", slices.Max(calendar.Default().Years()), "要列出各月期限的`年份`")
	c.EN("year", "the `year` whose months to list")
	asJSON := fs.Bool("json", false, "输出 JSON，不输出表格")
	c.EN("json", "print JSON instead of a table")
	schedule := fs.String("schedule", "", "再载入一年国务院放假安排的 JSON `文件`（见 calendar.Schedule）")
	c.EN("schedule", "a JSON `file` with one more year's State Council schedule (see calendar.Schedule)")
	overrides := fs.String("overrides", "", "优先适用的正式申报期限 JSON `文件`（见 calendar.Override）")
	c.EN("overrides", "a JSON `file` with official declaration deadlines that take precedence (see calendar.Override)")
	explain := fs.Bool("explain", false, "逐条写出每个申报期限的计算过程")
	c.EN("explain", "print how each declaration deadline was counted")
	if code, ok := c.Parse(args); !ok {
		return code
	}
	if *year < 1 || *year > 9999 {
		return c.Bad(fmt.Sprintf("-year %d 不是年份", *year), fmt.Sprintf("-year %d is not a year", *year))
	}
	cal, err := loadCalendar(*schedule, *overrides)
	if err != nil {
		fmt.Fprintf(stderr, "deadlines: %s\n", c.Err(err))
		return 1
	}
	rows, rate, err := compute(cal, *year)
	if err != nil {
		fmt.Fprintf(stderr, "deadlines: %s\n", c.Err(err))
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, rows); err != nil {
			fmt.Fprintf(stderr, "deadlines: %s\n", c.Err(err))
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "%d 年各项期限（上海市新就业形态人员职业伤害保障，沪人社福〔2025〕373号）\n\n", *year)
	fmt.Fprintf(stdout, "第十二条 向税务部门传递费率：1月5日前，遇节假日顺延：%s（%s）\n\n", rate.Date, weekday(rate.Date))
	table := [][]string{{"月份", "第九条 推送（5日前）", "第十四条 申报期限", "费款所属期", "说明"}}
	for _, r := range rows {
		var notes []string
		if r.PushOnAdjustedWorkday {
			notes = append(notes, "推送日为调休上班日")
		}
		if r.declaration.Extension > 0 {
			notes = append(notes, fmt.Sprintf("申报期内连续休假顺延 %d 天", r.declaration.Extension))
		}
		if r.DeclOnAdjustedWorkday {
			notes = append(notes, "申报期限为调休上班日")
		}
		if r.DeclarationOfficial {
			notes = append(notes, "按官方通告")
		}
		table = append(table, []string{r.Month.String(),
			fmt.Sprintf("%s（%s）", r.PushDeadline, weekday(r.PushDeadline)),
			fmt.Sprintf("%s（%s）", r.DeclarationDeadline, weekday(r.DeclarationDeadline)),
			r.FeePeriod.String(), strings.Join(notes, "；")})
	}
	lines := strings.Split(strings.TrimRight(textout.Table("", table), "\n"), "\n")
	for i, line := range lines {
		fmt.Fprintln(stdout, strings.TrimRight(line, " "))
		if *explain && i > 0 {
			lang := explainlang.Chinese
			if c.English() {
				lang = explainlang.English
			}
			explanation := rows[i-1].declaration.Explain(lang)
			for _, e := range explanation {
				fmt.Fprintf(stdout, "          · %s\n", e)
			}
		}
	}
	fmt.Fprintf(stdout, "\n申报期内有连续3日以上法定假日的，按休假日天数顺延（第十四条）；调休上班日是工作日，期限可以落在这一天。\n")
	return 0
}

var weekdays = [...]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}

func weekday(d calendar.Date) string { return weekdays[d.Weekday()] }

// onAdjustedWorkday reports whether d is a weekend day made a working day.
func onAdjustedWorkday(cal *calendar.Calendar, d calendar.Date) bool {
	k, err := cal.Kind(d)
	return err == nil && k == calendar.AdjustedWorkday
}

func loadCalendar(schedulePath, overridesPath string) (*calendar.Calendar, error) {
	cal := calendar.Default()
	// A sample file is found from the module root too (textout.Locate).
	if schedulePath != "" {
		schedulePath = textout.Locate(schedulePath)
		data, err := cli.ReadFile(schedulePath, jsonerr.MaxBytes)
		if err != nil {
			return nil, err
		}
		s, err := calendar.ParseSchedule(data)
		if err != nil {
			return nil, msg.InFile(schedulePath, err)
		}
		if cal, err = cal.With(s); err != nil {
			return nil, err
		}
	}
	if overridesPath != "" {
		overridesPath = textout.Locate(overridesPath)
		data, err := cli.ReadFile(overridesPath, jsonerr.MaxBytes)
		if err != nil {
			return nil, err
		}
		os, err := calendar.ParseOverrides(data)
		if err != nil {
			return nil, msg.InFile(overridesPath, err)
		}
		if cal, err = cal.WithOverrides(os...); err != nil {
			return nil, err
		}
	}
	return cal, nil
}

func compute(cal *calendar.Calendar, year int) ([]row, calendar.Deadline, error) {
	january, err := calendar.MonthOf(year, time.January)
	if err != nil {
		return nil, calendar.Deadline{}, err
	}
	rate, err := cal.DayOfMonth(january, 5) // 第十二条: the rates by 1月5日
	if err != nil {
		return nil, calendar.Deadline{}, err
	}
	rows := make([]row, 0, 12)
	for m := time.January; m <= time.December; m++ {
		month, err := calendar.MonthOf(year, m)
		if err != nil {
			return nil, calendar.Deadline{}, err
		}
		push, err := cal.DayOfMonth(month, 5) // 第九条: by the 5th
		if err != nil {
			return nil, calendar.Deadline{}, err
		}
		period, err := month.AddMonths(-1)
		if err != nil {
			return nil, calendar.Deadline{}, err
		}
		decl, err := cal.DeclarationDeadline(period)
		if err != nil {
			return nil, calendar.Deadline{}, err
		}
		rows = append(rows, row{Month: month, PushDeadline: push.Date, PushOnAdjustedWorkday: onAdjustedWorkday(cal, push.Date),
			DeclarationDeadline: decl.Date, FeePeriod: period, DeclOnAdjustedWorkday: onAdjustedWorkday(cal, decl.Date),
			DeclarationOfficial: !decl.Override.Date.IsZero(), declaration: decl})
	}
	return rows, rate, nil
}

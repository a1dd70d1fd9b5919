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
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/examples/internal/cli"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// row is one month of the -json output.
type row struct {
	Month               calendar.Month `json:"month"`
	PushDeadline        calendar.Date  `json:"push_deadline"`
	DeclarationDeadline calendar.Date  `json:"declaration_deadline"`

	period      calendar.Month
	declaration calendar.Deadline
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deadlines", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.Int("year", calendar.LastEmbeddedYear, "the `year` whose months to list")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	schedule := fs.String("schedule", "", "a JSON `file` with one more year's State Council schedule (see calendar.Schedule)")
	overrides := fs.String("overrides", "", "a JSON `file` with official declaration deadlines that take precedence (see calendar.Override)")
	explain := fs.Bool("explain", false, "print how each declaration deadline was counted")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: deadlines [-year YYYY] [-json] [-explain] [-schedule FILE] [-overrides FILE]\n\n")
		fs.PrintDefaults()
	}
	if code, ok := cli.Parse(fs, args); !ok {
		return code
	}
	if *year < 1 || *year > 9999 {
		fmt.Fprintf(stderr, "deadlines: -year %d is not a year\n", *year)
		fs.Usage()
		return 2
	}
	cal, err := loadCalendar(*schedule, *overrides)
	if err != nil {
		fmt.Fprintf(stderr, "deadlines: %v\n", err)
		return 1
	}
	rows, rate, err := compute(cal, *year)
	if err != nil {
		fmt.Fprintf(stderr, "deadlines: %v\n", err)
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, rows); err != nil {
			fmt.Fprintf(stderr, "deadlines: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "Deadlines of %d (Shanghai occupational-injury levy, 沪人社福〔2025〕373号)\n\n", *year)
	fmt.Fprintf(stdout, "第十二条 rates to the tax office by 1月5日, extended: %s (%s)\n\n", rate.Date, rate.Date.Weekday())
	fmt.Fprintf(stdout, "%-8s  %-22s  %-34s\n", "month", "第九条 push (5th)", "第十四条 declaration (fee period)")
	for _, r := range rows {
		decl := fmt.Sprintf("%s %s (%s)", r.DeclarationDeadline, r.DeclarationDeadline.Weekday().String()[:3], r.period)
		if r.declaration.Extension > 0 {
			decl += fmt.Sprintf(" +%d", r.declaration.Extension)
		}
		if r.declaration.Official() {
			decl += " official"
		}
		fmt.Fprintf(stdout, "%-8s  %-22s  %s\n", r.Month, fmt.Sprintf("%s %s", r.PushDeadline, r.PushDeadline.Weekday().String()[:3]), decl)
		if *explain {
			for _, line := range r.declaration.Explanation() {
				fmt.Fprintf(stdout, "          · %s\n", line)
			}
		}
	}
	fmt.Fprintf(stdout, "\n+N: extended by N days for a run of 3 or more consecutive days off in the period (第十四条).\n")
	return 0
}

func loadCalendar(schedulePath, overridesPath string) (*calendar.Calendar, error) {
	cal := calendar.Default()
	if schedulePath != "" {
		data, err := os.ReadFile(schedulePath)
		if err != nil {
			return nil, err
		}
		s, err := calendar.ParseSchedule(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", schedulePath, err)
		}
		if cal, err = cal.With(s); err != nil {
			return nil, err
		}
	}
	if overridesPath != "" {
		data, err := os.ReadFile(overridesPath)
		if err != nil {
			return nil, err
		}
		os, err := calendar.ParseOverrides(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", overridesPath, err)
		}
		if cal, err = cal.WithOverrides(os...); err != nil {
			return nil, err
		}
	}
	return cal, nil
}

func compute(cal *calendar.Calendar, year int) ([]row, calendar.Deadline, error) {
	rate, err := cal.RateDeadline(year)
	if err != nil {
		return nil, calendar.Deadline{}, err
	}
	rows := make([]row, 0, 12)
	for m := time.January; m <= time.December; m++ {
		month, err := calendar.MonthOf(year, m)
		if err != nil {
			return nil, calendar.Deadline{}, err
		}
		push, err := cal.PushDeadline(month)
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
		rows = append(rows, row{Month: month, PushDeadline: push.Date, DeclarationDeadline: decl.Date, period: period, declaration: decl})
	}
	return rows, rate, nil
}

// Package calendarkinds registers the golden kinds of package calendar
// (calendar.day, calendar.declaration_deadline, …) with the runner, and
// gives the other kinds packages calendar's error codes (Code: with the
// year of a year not covered) and the output of a deadline (DeadlineOutput).
//
// Import it for its effect: a test that runs calendar's cases links the
// runner and calendar, nothing else.
package calendarkinds

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/golden"
)

// calendarSetup is what every calendar case may add to the built-in
// calendar: schedules for more years (as a host loads them) and official
// deadlines. Both are optional.
type calendarSetup struct {
	Schedules []json.RawMessage `json:"schedules,omitempty"`
	Overrides json.RawMessage   `json:"overrides,omitempty"`
}

func (s calendarSetup) calendar() (*calendar.Calendar, error) {
	c := calendar.Default()
	var ss []calendar.Schedule
	for _, raw := range s.Schedules {
		sc, err := calendar.ParseSchedule(raw)
		if err != nil {
			return nil, err
		}
		ss = append(ss, sc)
	}
	c, err := c.With(ss...)
	if err != nil {
		return nil, err
	}
	if len(s.Overrides) > 0 {
		os, err := calendar.ParseOverrides(s.Overrides)
		if err != nil {
			return nil, err
		}
		if c, err = c.WithOverrides(os...); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Code names an error for the "error" field of an expected output: its
// code (golden.ErrorCode: the first code it carries, invalid for none),
// with the year for a year not covered (not_covered:YEAR).
func Code(err error) string {
	var nc *calendar.YearNotCoveredError
	if errcode.Of(err) == calendar.ErrNotCovered && errors.As(err, &nc) {
		return fmt.Sprintf("%s:%d", calendar.ErrNotCovered.Code(), nc.Year)
	}
	return golden.ErrorCode(err)
}

type dayOutput struct {
	Kind     string `json:"kind,omitempty"`
	Festival string `json:"festival,omitempty"`
	Workday  *bool  `json:"workday,omitempty"`
	Error    string `json:"error,omitempty"`
}

type dateOutput struct {
	Date  calendar.Date `json:"date,omitzero"`
	Error string        `json:"error,omitempty"`
}

type countOutput struct {
	Workdays *int   `json:"workdays,omitempty"`
	Error    string `json:"error,omitempty"`
}

// DeadlineOutput is the output of a kind that computes one deadline
// (calendar.within_workdays, claims.decision_deadline, …).
type DeadlineOutput struct {
	Raw       calendar.Date `json:"raw,omitzero"`
	Date      calendar.Date `json:"date,omitzero"`
	Extension int           `json:"extension,omitempty"`
	// Official is true when a host-supplied override set the date.
	Official bool `json:"official,omitempty"`
	// ComputedUnknownYear is, for an official date whose computed one
	// cannot be known, the year whose schedule is not loaded.
	ComputedUnknownYear int `json:"computed_unknown_year,omitempty"`
	// ReplacedYears are the years the count ran through whose official
	// schedule a host's replaced (named in the explanation).
	ReplacedYears []int  `json:"replaced_years,omitempty"`
	Error         string `json:"error,omitempty"`
	// zh is the deadline's explanation in Chinese (not in the JSON).
	zh []string
}

// ExplainZH returns the deadline's Chinese explanation (ExplainerZH), so
// every kind that returns DeadlineResult is explained in Chinese.
func (o DeadlineOutput) ExplainZH() []string { return o.zh }

type scheduleOutput struct {
	Year              int    `json:"year,omitempty"`
	StatutoryHolidays int    `json:"statutory_holidays,omitempty"`
	DaysOff           int    `json:"days_off,omitempty"`
	AdjustedWorkdays  int    `json:"adjusted_workdays,omitempty"`
	Error             string `json:"error,omitempty"`
}

// DeadlineResult is the output and explanation of a computed deadline, or
// of the error that refused it.
func DeadlineResult(d calendar.Deadline, err error) (DeadlineOutput, []string) {
	if err != nil {
		return DeadlineOutput{Error: Code(err)}, []string{err.Error()}
	}
	out := DeadlineOutput{Raw: d.Raw, Date: d.Date, Extension: d.Extension, Official: !d.Override.Date.IsZero(), ComputedUnknownYear: notCoveredYear(d.Err()), zh: d.Explain(explain.Chinese)}
	for _, r := range d.ReplacedSchedules() {
		out.ReplacedYears = append(out.ReplacedYears, r.Year)
	}
	return out, d.Explain(explain.English)
}

func init() {
	golden.RegisterDateError(func(err error) (input, layout string, ok bool) {
		// calendar's parse error is unexported; its DateText hook gives
		// the text as given and the layout it missed.
		var pe interface{ DateText() (input, layout string) }
		if errors.As(err, &pe) {
			input, layout = pe.DateText()
			return input, layout, true
		}
		return "", "", false
	})
	golden.RegisterCodes("calendar", calendar.Codes()...)
	golden.Names(calendar.KindUnknown, calendar.OrdinaryWorkday, calendar.OrdinaryWeekend, calendar.StatutoryHoliday,
		calendar.ArrangedDayOff, calendar.AdjustedWorkday)
	// calendar.day writes a day's kind and festival as plain text.
	golden.PlainNames(calendar.KindUnknown, calendar.OrdinaryWorkday, calendar.OrdinaryWeekend, calendar.StatutoryHoliday,
		calendar.ArrangedDayOff, calendar.AdjustedWorkday)
	golden.PlainNames(calendar.NewYearsDay, calendar.SpringFestival, calendar.TombSweepingDay, calendar.LabourDay,
		calendar.DragonBoatFestival, calendar.MidAutumnFestival, calendar.NationalDay)
	golden.Names(calendar.StandingUnknown, calendar.StandingOpen, calendar.StandingMet, calendar.StandingOverdue)
	golden.Names(calendar.RuleWorkdays, calendar.RuleWithinDays, calendar.RuleDayOfMonth, calendar.RuleDeclaration)
	golden.Names(calendar.NewYearsDay, calendar.SpringFestival, calendar.TombSweepingDay, calendar.LabourDay,
		calendar.DragonBoatFestival, calendar.MidAutumnFestival, calendar.NationalDay)
	golden.Register(map[string]golden.Kind{
		// calendar.day: what a day is. Input {"date"}.
		"calendar.day": golden.Define(func(in struct {
			calendarSetup
			Date calendar.Date `json:"date"`
		}) (dayOutput, golden.Explained) {
			c, err := in.calendar()
			if err != nil {
				return dayOutput{Error: Code(err)}, golden.Refused(err, Code(err))
			}
			info, err := c.Day(in.Date)
			if err != nil {
				return dayOutput{Error: Code(err)}, golden.Refused(err, Code(err))
			}
			w := info.Kind.IsWorkday()
			return dayOutput{Kind: info.Kind.String(), Festival: string(info.Festival), Workday: &w}, golden.Explained{EN: []string{info.String()}, ZH: []string{info.Chinese()}}
		}),
		// calendar.add_workdays: the n-th working day after (n>0) or before (n<0) a date.
		"calendar.add_workdays": golden.Define(func(in struct {
			calendarSetup
			Date calendar.Date `json:"date"`
			N    int           `json:"n"`
		}) (dateOutput, golden.Explained) {
			c, err := in.calendar()
			if err == nil {
				var d calendar.Date
				if d, err = c.AddWorkdays(in.Date, in.N); err == nil {
					return dateOutput{Date: d}, golden.Explained{EN: []string{fmt.Sprintf("%+d working days from %s: %s", in.N, in.Date, d)},
						ZH: []string{workdaysZH(in.Date, in.N, d)}}
				}
			}
			return dateOutput{Error: Code(err)}, golden.Refused(err, Code(err))
		}),
		// calendar.workdays_between: working days after "from" up to and including "to".
		"calendar.workdays_between": golden.Define(func(in struct {
			calendarSetup
			From calendar.Date `json:"from"`
			To   calendar.Date `json:"to"`
		}) (countOutput, golden.Explained) {
			c, err := in.calendar()
			if err == nil {
				var n int
				if n, err = c.WorkdaysBetween(in.From, in.To); err == nil {
					return countOutput{Workdays: &n}, golden.Explained{EN: []string{fmt.Sprintf("working days after %s up to %s: %d", in.From, in.To, n)},
						ZH: []string{fmt.Sprintf("%s 之后至 %s（含）的工作日：%d 个", in.From, in.To, n)}}
				}
			}
			return countOutput{Error: Code(err)}, golden.Refused(err, Code(err))
		}),
		// calendar.within_workdays: "N 个工作日内" (第十三、二十六、二十七、四十四条).
		"calendar.within_workdays": golden.Define(func(in struct {
			calendarSetup
			Start    calendar.Date `json:"start"`
			Workdays int           `json:"workdays"`
		}) (DeadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return DeadlineResult(calendar.Deadline{}, err)
			}
			return DeadlineResult(c.WithinWorkdays(in.Start, in.Workdays))
		}),
		// calendar.within_days: "N 日内" from an event (民法典 第二百零一、二百零三条; 第二十一条).
		"calendar.within_days": golden.Define(func(in struct {
			calendarSetup
			Event calendar.Date `json:"event"`
			Days  int           `json:"days"`
		}) (DeadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return DeadlineResult(calendar.Deadline{}, err)
			}
			return DeadlineResult(c.WithinDays(in.Event, in.Days))
		}),
		// calendar.within_months: N months from an event (民法典 第二百零二、二百零三条).
		"calendar.within_months": golden.Define(func(in struct {
			calendarSetup
			Event  calendar.Date `json:"event"`
			Months int           `json:"months"`
		}) (DeadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return DeadlineResult(calendar.Deadline{}, err)
			}
			return DeadlineResult(c.WithinMonths(in.Event, in.Months))
		}),
		// calendar.day_of_month: "by the D-th, extended over days off" (第九条, 第十二条).
		"calendar.day_of_month": golden.Define(func(in struct {
			calendarSetup
			Month calendar.Month `json:"month"`
			Day   int            `json:"day"`
		}) (DeadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return DeadlineResult(calendar.Deadline{}, err)
			}
			return DeadlineResult(c.DayOfMonth(in.Month, in.Day))
		}),
		// calendar.declaration_deadline: 第十四条, for the fee period (the month that ended).
		"calendar.declaration_deadline": golden.Define(func(in struct {
			calendarSetup
			Period calendar.Month `json:"period"`
		}) (DeadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return DeadlineResult(calendar.Deadline{}, err)
			}
			return DeadlineResult(c.DeclarationDeadline(in.Period))
		}),
		// calendar.load_schedule: a host-supplied year, validated by the loader.
		"calendar.load_schedule": golden.Define(func(in struct {
			Schedule json.RawMessage `json:"schedule"`
		}) (scheduleOutput, golden.Explained) {
			s, err := calendar.ParseSchedule(in.Schedule)
			if err == nil {
				_, err = calendar.Default().With(s)
			}
			if err != nil {
				return scheduleOutput{Error: Code(err)}, golden.Refused(err, Code(err))
			}
			return scheduleOutput{
				Year:              s.Year,
				StatutoryHolidays: s.Count(calendar.StatutoryHoliday),
				DaysOff:           s.Count(calendar.ArrangedDayOff),
				AdjustedWorkdays:  s.Count(calendar.AdjustedWorkday),
			}, golden.Explained{EN: []string{fmt.Sprintf("schedule %d accepted", s.Year)}, ZH: []string{fmt.Sprintf("%d 年放假安排已载入", s.Year)}}
		}),
	})
}

// workdaysZH explains calendar.add_workdays in Chinese.
func workdaysZH(from calendar.Date, n int, d calendar.Date) string {
	if n < 0 {
		return fmt.Sprintf("%s 之前第 %d 个工作日：%s", from, -n, d)
	}
	return fmt.Sprintf("%s 之后第 %d 个工作日：%s", from, n, d)
}

// notCoveredYear is the year a *calendar.YearNotCoveredError in err names, or 0.
func notCoveredYear(err error) int {
	var nc *calendar.YearNotCoveredError
	if errors.As(err, &nc) {
		return nc.Year
	}
	return 0
}

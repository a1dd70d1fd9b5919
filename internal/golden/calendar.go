package golden

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
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

// ErrorCode names an error for the "error" field of an expected output:
// not_covered:YEAR, zero_date, date_range, parse, duplicate_day,
// day_outside_year, missing_date, bad_day_kind, workday_on_weekday,
// unknown_festival, missing_source, duplicate_schedule, schedule_syntax,
// schedule_year, bad_override, duplicate_override, empty_schedule,
// no_holidays_with_days, nil_calendar, or invalid for any other.
func ErrorCode(err error) string {
	var nc *calendar.YearNotCoveredError
	var pe *calendar.ParseError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &nc):
		return fmt.Sprintf("not_covered:%d", nc.Year)
	case errors.Is(err, calendar.ErrZeroDate):
		return "zero_date"
	case errors.Is(err, calendar.ErrDateRange):
		return "date_range"
	case errors.Is(err, calendar.ErrScheduleSyntax):
		// Before parse: a malformed date in a schedule's JSON is the
		// schedule's syntax (its *calendar.ParseError is wrapped).
		return "schedule_syntax"
	case errors.As(err, &pe):
		return "parse"
	}
	for _, ct := range []codeTarget{
		{"duplicate_day", calendar.ErrDuplicateDay},
		{"day_outside_year", calendar.ErrDayOutsideYear},
		{"missing_date", calendar.ErrMissingDate},
		{"bad_day_kind", calendar.ErrBadDayKind},
		{"workday_on_weekday", calendar.ErrWorkdayOnWeekday},
		{"unknown_festival", calendar.ErrUnknownFestival},
		{"missing_source", calendar.ErrMissingSource},
		{"duplicate_schedule", calendar.ErrDuplicateSchedule},
		{"schedule_syntax", calendar.ErrScheduleSyntax},
		{"schedule_year", calendar.ErrScheduleYear},
		{"bad_override", calendar.ErrBadOverride},
		{"duplicate_override", calendar.ErrDuplicateOverride},
		{"empty_schedule", calendar.ErrEmptySchedule},
		{"no_holidays_with_days", calendar.ErrNoHolidaysWithDays},
		{"nil_calendar", calendar.ErrNilCalendar},
	} {
		code, target := ct.code, ct.target
		if errors.Is(err, target) {
			return code
		}
	}
	return "invalid"
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

type deadlineOutput struct {
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
// every kind that returns deadlineResult is explained in Chinese.
func (o deadlineOutput) ExplainZH() []string { return o.zh }

type scheduleOutput struct {
	Year              int    `json:"year,omitempty"`
	StatutoryHolidays int    `json:"statutory_holidays,omitempty"`
	DaysOff           int    `json:"days_off,omitempty"`
	AdjustedWorkdays  int    `json:"adjusted_workdays,omitempty"`
	Error             string `json:"error,omitempty"`
}

func deadlineResult(d calendar.Deadline, err error) (deadlineOutput, []string) {
	if err != nil {
		return deadlineOutput{Error: ErrorCode(err)}, []string{err.Error()}
	}
	out := deadlineOutput{Raw: d.Raw, Date: d.Date, Extension: d.Extension, Official: d.Official(), ComputedUnknownYear: notCoveredYear(d.Err()), zh: d.ExplainZH()}
	for _, r := range d.ReplacedSchedules() {
		out.ReplacedYears = append(out.ReplacedYears, r.Year)
	}
	return out, d.Explanation()
}

func calendarKinds() map[string]kind {
	return map[string]kind{
		// calendar.day: what a day is. Input {"date"}.
		"calendar.day": define(func(in struct {
			calendarSetup
			Date calendar.Date `json:"date"`
		}) (dayOutput, Explained) {
			c, err := in.calendar()
			if err != nil {
				return dayOutput{Error: ErrorCode(err)}, Explained{EN: []string{err.Error()}}
			}
			info, err := c.Day(in.Date)
			if err != nil {
				return dayOutput{Error: ErrorCode(err)}, Explained{EN: []string{err.Error()}}
			}
			w := info.IsWorkday()
			return dayOutput{Kind: info.Kind.String(), Festival: string(info.Festival), Workday: &w}, Explained{EN: []string{info.String()}, ZH: []string{info.StringZH()}}
		}),
		// calendar.add_workdays: the n-th working day after (n>0) or before (n<0) a date.
		"calendar.add_workdays": define(func(in struct {
			calendarSetup
			Date calendar.Date `json:"date"`
			N    int           `json:"n"`
		}) (dateOutput, Explained) {
			c, err := in.calendar()
			if err == nil {
				var d calendar.Date
				if d, err = c.AddWorkdays(in.Date, in.N); err == nil {
					return dateOutput{Date: d}, Explained{EN: []string{fmt.Sprintf("%+d working days from %s: %s", in.N, in.Date, d)},
						ZH: []string{workdaysZH(in.Date, in.N, d)}}
				}
			}
			return dateOutput{Error: ErrorCode(err)}, Explained{EN: []string{err.Error()}}
		}),
		// calendar.workdays_between: working days after "from" up to and including "to".
		"calendar.workdays_between": define(func(in struct {
			calendarSetup
			From calendar.Date `json:"from"`
			To   calendar.Date `json:"to"`
		}) (countOutput, Explained) {
			c, err := in.calendar()
			if err == nil {
				var n int
				if n, err = c.WorkdaysBetween(in.From, in.To); err == nil {
					return countOutput{Workdays: &n}, Explained{EN: []string{fmt.Sprintf("working days after %s up to %s: %d", in.From, in.To, n)},
						ZH: []string{fmt.Sprintf("%s 之后至 %s（含）的工作日：%d 个", in.From, in.To, n)}}
				}
			}
			return countOutput{Error: ErrorCode(err)}, Explained{EN: []string{err.Error()}}
		}),
		// calendar.within_workdays: "N 个工作日内" (第十三、二十六、二十七、四十四条).
		"calendar.within_workdays": define(func(in struct {
			calendarSetup
			Start    calendar.Date `json:"start"`
			Workdays int           `json:"workdays"`
		}) (deadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return deadlineResult(calendar.Deadline{}, err)
			}
			return deadlineResult(c.WithinWorkdays(in.Start, in.Workdays))
		}),
		// calendar.within_days: "N 日内" from an event (民法典 第二百零一、二百零三条; 第二十一条).
		"calendar.within_days": define(func(in struct {
			calendarSetup
			Event calendar.Date `json:"event"`
			Days  int           `json:"days"`
		}) (deadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return deadlineResult(calendar.Deadline{}, err)
			}
			return deadlineResult(c.WithinDays(in.Event, in.Days))
		}),
		// calendar.day_of_month: "by the D-th, extended over days off" (第九条, 第十二条).
		"calendar.day_of_month": define(func(in struct {
			calendarSetup
			Month calendar.Month `json:"month"`
			Day   int            `json:"day"`
		}) (deadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return deadlineResult(calendar.Deadline{}, err)
			}
			return deadlineResult(c.DayOfMonth(in.Month, in.Day))
		}),
		// calendar.declaration_deadline: 第十四条, for the fee period (the month that ended).
		"calendar.declaration_deadline": define(func(in struct {
			calendarSetup
			Period calendar.Month `json:"period"`
		}) (deadlineOutput, []string) {
			c, err := in.calendar()
			if err != nil {
				return deadlineResult(calendar.Deadline{}, err)
			}
			return deadlineResult(c.DeclarationDeadline(in.Period))
		}),
		// calendar.load_schedule: a host-supplied year, validated by the loader.
		"calendar.load_schedule": define(func(in struct {
			Schedule json.RawMessage `json:"schedule"`
		}) (scheduleOutput, Explained) {
			s, err := calendar.ParseSchedule(in.Schedule)
			if err == nil {
				_, err = calendar.Default().With(s)
			}
			if err != nil {
				return scheduleOutput{Error: ErrorCode(err)}, Explained{EN: []string{err.Error()}}
			}
			return scheduleOutput{
				Year:              s.Year,
				StatutoryHolidays: s.Count(calendar.StatutoryHoliday),
				DaysOff:           s.Count(calendar.ArrangedDayOff),
				AdjustedWorkdays:  s.Count(calendar.AdjustedWorkday),
			}, Explained{EN: []string{fmt.Sprintf("schedule %d accepted", s.Year)}, ZH: []string{fmt.Sprintf("%d 年放假安排已载入", s.Year)}}
		}),
	}
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

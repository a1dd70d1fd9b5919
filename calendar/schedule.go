package calendar

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// Schedule is one calendar year's holiday arrangement as the State Council
// publishes it (国务院办公厅关于XXXX年部分节假日安排的通知): the days it makes
// off and the weekend days it makes working days. Ordinary weekends that are
// not named stay rest days; ordinary weekdays that are not named stay working
// days.
//
// A Schedule holds only days of its own Year. A notice that also moves days
// of the year before (the 2019 notice's 2018-12-29 working Saturday) changes
// that year's Schedule, not this one.
//
// A host adds a year when the notice is published, from JSON such as:
//
//	{
//	  "year": 2027,
//	  "source": "国办发明电〔2026〕N号 https://www.gov.cn/…",
//	  "days": [
//	    {"date": "2027-01-01", "kind": "statutory_holiday", "festival": "new_years_day"},
//	    {"date": "2027-02-04", "kind": "day_off", "festival": "spring_festival"},
//	    {"date": "2027-02-20", "kind": "adjusted_workday", "festival": "spring_festival"}
//	  ]
//	}
//
// and passes it to Calendar.With.
//
// A schedule with no days is refused unless NoHolidays says explicitly that
// the year has none: an empty list is far more often a mistake (it would
// silently make every festival of the year a working day) than a fact.
type Schedule struct {
	Year   int           `json:"year"`
	Source string        `json:"source,omitempty"` // the notice, for days that do not name their own
	Days   []ScheduleDay `json:"days"`
	// NoHolidays declares that the year has no holidays and no adjusted
	// working days: only then may Days be empty.
	NoHolidays bool `json:"no_holidays,omitempty"`
}

// describe names the schedule's notices for an explanation.
func (s Schedule) describe() string {
	if s.Source != "" {
		return s.Source
	}
	var seen []string
	for _, d := range s.Days {
		if d.Source != "" && !slices.Contains(seen, d.Source) {
			seen = append(seen, d.Source)
		}
	}
	return strings.Join(seen, "; ")
}

// ScheduleDay is one day a notice names.
type ScheduleDay struct {
	Date Date `json:"date"`
	// Kind is StatutoryHoliday (法定节假日), ArrangedDayOff (调休/补休 and
	// other days off of the block) or AdjustedWorkday (调休上班, only on a
	// Saturday or Sunday).
	Kind     DayKind  `json:"kind"`
	Festival Festival `json:"festival"`
	// Source is the notice that set this day; empty means the Schedule's Source.
	Source string `json:"source,omitempty"`
}

// Reasons a schedule is refused; the schedule error wraps one of them, so
// errors.Is works inside the module; a host compares errcode.Of(err).Code()
// with the identifier (duplicate_day, ...).
var (
	errScheduleSyntax = errcode.New("schedule_syntax", errcode.Stop,
		"malformed schedule JSON",
		"放假安排的格式不对")
	errScheduleYear = errcode.New("schedule_year", errcode.Stop,
		"year outside 1..9999",
		"放假安排的年份不对（应在1至9999年之间）")
	errDuplicateDay = errcode.New("duplicate_day", errcode.Stop,
		"date listed twice",
		"放假安排中同一天出现两次")
	errDayOutsideYear = errcode.New("day_outside_year", errcode.Stop,
		"date outside the schedule's year",
		"放假安排中有一天不属于该年")
	errMissingDate = errcode.New("missing_date", errcode.Stop,
		"day without a date",
		"放假安排中缺少日期")
	errBadDayKind = errcode.New("bad_day_kind", errcode.Stop,
		"kind must be statutory_holiday, day_off or adjusted_workday",
		"放假安排中的日子类别不对（应为法定节假日、调休放假日或调休上班日）")
	errWorkdayOnWeekday = errcode.New("workday_on_weekday", errcode.Stop,
		"adjusted working day on a Monday to Friday (only a weekend day can be made a working day)",
		"调休上班日不在周末（调休上班日只能是周六或周日）")
	errUnknownFestival = errcode.New("unknown_festival", errcode.Stop,
		"unknown festival",
		"不认识的节日名称")
	errMissingSource = errcode.New("missing_source", errcode.Stop,
		"no source: neither the day nor the schedule names its notice",
		"缺少出处（文号）")
	errDuplicateSchedule = errcode.New("duplicate_schedule", errcode.Stop,
		"two schedules for the same year",
		"同一年的放假安排给了两次")
	errDuplicateOverride = errcode.New("duplicate_override", errcode.Stop,
		"two overrides for the same deadline",
		"同一期限的官方日期给了两次")
	errBadOverride = errcode.New("bad_override", errcode.Stop,
		"invalid override",
		"官方公布期限的格式不对")
	errEmptySchedule = errcode.New("empty_schedule", errcode.Stop,
		"no days: a year without holidays must say so with \"no_holidays\": true",
		"放假安排没有任何日子：没有假日的年份要写明 \"no_holidays\": true")
	errNoHolidaysWithDays = errcode.New("no_holidays_with_days", errcode.Stop,
		"\"no_holidays\": true with days listed",
		"写了 \"no_holidays\": true 却又列出了日子")
)

// scheduleError reports why a schedule (or one of its days) was refused.
// A JSON refusal (the code schedule_syntax) has Year 0 and Index −1: the JSON was
// not read, and the wrapped *jsonerr.Error's path names the place
// ($[1].days[3].date: the second schedule's fourth day).
type scheduleError struct {
	Year  int   // the schedule's year; 0 when the JSON could not be read
	Index int   // the index of the day in Days, or -1 for the schedule itself
	Date  Date  // the day's date, when it has one
	Err   error // one of the Err* reasons above, or a JSON error
}

func (e *scheduleError) Error() string {
	switch {
	case e == nil:
		return "calendar: schedule: <nil>"
	case e.Year == 0 && e.Index < 0:
		return fmt.Sprintf("calendar: schedule: %v", e.Err)
	case e.Index < 0:
		return fmt.Sprintf("calendar: schedule %s: %v", intText(e.Year), e.Err)
	case e.Date.IsZero():
		return fmt.Sprintf("calendar: schedule %s: day #%d: %v", intText(e.Year), e.Index+1, e.Err)
	}
	return fmt.Sprintf("calendar: schedule %s: day #%d (%s): %v", intText(e.Year), e.Index+1, e.Date, e.Err)
}

// Chinese says which schedule and day were refused and why, for a clerk:
// 2027 年放假安排第 1 天（2027-02-10 星期三）：调休上班日不在周末（…）. The reason is
// the wrapped error's Chinese (a JSON error's place and kind too).
func (e *scheduleError) Chinese() string {
	if e == nil {
		return errScheduleSyntax.Chinese()
	}
	why := errcode.Of(e.Err).Chinese()
	if d := detailZH(e.Err, 0); d != "" && d != why {
		if why != "" {
			why += "："
		}
		why += d
	}
	var where string
	switch {
	case e.Year == 0 && e.Index < 0:
		where = "放假安排"
	case e.Index < 0:
		where = fmt.Sprintf("%s 年放假安排", intText(e.Year))
	case e.Date.IsZero():
		where = fmt.Sprintf("%s 年放假安排第 %d 天", intText(e.Year), e.Index+1)
	default:
		where = fmt.Sprintf("%s 年放假安排第 %d 天（%s %s）", intText(e.Year), e.Index+1, e.Date, weekdayChinese(e.Date.Weekday()))
	}
	if why == "" {
		return where + "不合要求"
	}
	return where + "：" + why
}

// detailZH is the Chinese of the first error in err's tree that says more
// than a code (one with a Chinese method that is not an errcode.Code: a
// *jsonerr.Error), or "".
func detailZH(err error, depth int) string {
	if err == nil || depth > 16 {
		return ""
	}
	if _, ok := err.(errcode.Code); ok {
		return ""
	}
	if d, ok := errzh.Detail(err); ok {
		return d
	}
	if zh, ok := err.(interface{ Chinese() string }); ok {
		return zh.Chinese()
	}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		return detailZH(u.Unwrap(), depth+1)
	case interface{ Unwrap() []error }:
		for _, x := range u.Unwrap() {
			if d := detailZH(x, depth+1); d != "" {
				return d
			}
		}
	}
	return ""
}

func (e *scheduleError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// ParseSchedule reads one year's Schedule from JSON and validates it. It is
// strict: an unknown key, a key in another case or written twice, null for
// a value, a second JSON value, a malformed date, a date
// outside the year, a date listed twice, an adjusted working day on a
// weekday, an unknown festival or a missing source is an error
// naming the year, the day and its date, in English and Chinese.
// It reads through the library's strict JSON layer, with its limits
// checked before anything is parsed (package jsonerr: 8 MiB, 64 levels,
// keys of 128 bytes, strings of 64 KiB); a JSON refusal wraps
// the code schedule_syntax and a *jsonerr.Error naming the path.
func ParseSchedule(data []byte) (Schedule, error) {
	var s Schedule
	if err := decodeStrict(data, &s); err != nil {
		return Schedule{}, &scheduleError{Index: -1, Err: fmt.Errorf("%w: %w", errScheduleSyntax, err)}
	}
	if err := s.validate(); err != nil {
		return Schedule{}, err
	}
	return s, nil
}

// ParseSchedules reads a JSON array of Schedules (as Calendar.Schedules
// marshals them) and validates each, as ParseSchedule does.
func ParseSchedules(data []byte) ([]Schedule, error) {
	var ss []Schedule
	if err := decodeStrict(data, &ss); err != nil {
		return nil, &scheduleError{Index: -1, Err: fmt.Errorf("%w: %w", errScheduleSyntax, err)}
	}
	for _, s := range ss {
		if err := s.validate(); err != nil {
			return nil, err
		}
	}
	return ss, nil
}

// decodeStrict decodes exactly one JSON value with no unknown keys.
// It refuses a key written twice or in the wrong case (strictjson).
func decodeStrict(data []byte, v any) error {
	return strictjson.Decode(data, v)
}

// validate checks s as ParseSchedule does.
func (s Schedule) validate() error {
	if s.Year < minYear || s.Year > maxYear {
		return &scheduleError{Year: s.Year, Index: -1, Err: errScheduleYear}
	}
	switch {
	case len(s.Days) == 0 && !s.NoHolidays:
		return &scheduleError{Year: s.Year, Index: -1, Err: errEmptySchedule}
	case len(s.Days) > 0 && s.NoHolidays:
		return &scheduleError{Year: s.Year, Index: -1, Err: errNoHolidaysWithDays}
	case s.NoHolidays && s.Source == "":
		return &scheduleError{Year: s.Year, Index: -1, Err: errMissingSource}
	}
	seen := make(map[Date]int, len(s.Days))
	for i, d := range s.Days {
		fail := func(err error) error { return &scheduleError{Year: s.Year, Index: i, Date: d.Date, Err: err} }
		if d.Date.IsZero() {
			return fail(errMissingDate)
		}
		if d.Date.Year() != s.Year {
			return fail(errDayOutsideYear)
		}
		if j, dup := seen[d.Date]; dup {
			return fail(errzh.With(fmt.Errorf("%w (also day #%d)", errDuplicateDay, j+1), "与第 %d 天重复", j+1))
		}
		seen[d.Date] = i
		switch d.Kind {
		case StatutoryHoliday, ArrangedDayOff:
		case AdjustedWorkday:
			if !weekend(d.Date.Weekday()) {
				return fail(fmt.Errorf("%w: %s is a %s", errWorkdayOnWeekday, d.Date, d.Date.Weekday()))
			}
		default:
			return fail(errzh.With(fmt.Errorf("%w, not %q", errBadDayKind, d.Kind.String()), "不是 %q", d.Kind.String()))
		}
		if !d.Festival.valid() {
			return fail(errzh.With(fmt.Errorf("%w %s (want new_years_day, spring_festival, tomb_sweeping_day, labour_day, dragon_boat_festival, mid_autumn_festival or national_day, joined with + for a shared block)", errUnknownFestival, echo(string(d.Festival))),
				"%s（应为元旦 new_years_day、春节 spring_festival、清明节 tomb_sweeping_day、劳动节 labour_day、端午节 dragon_boat_festival、中秋节 mid_autumn_festival 或国庆节 national_day，同一假期的用 + 连接）", echo(string(d.Festival))))
		}
		if d.Source == "" && s.Source == "" {
			return fail(errMissingSource)
		}
	}
	return nil
}

// sorted returns a copy of s with its days in date order and every day's
// Source filled in.
func (s Schedule) sorted() Schedule {
	out := Schedule{Year: s.Year, Source: s.Source, Days: make([]ScheduleDay, len(s.Days)), NoHolidays: s.NoHolidays}
	copy(out.Days, s.Days)
	for i := range out.Days {
		if out.Days[i].Source == "" {
			out.Days[i].Source = s.Source
		}
	}
	sort.Slice(out.Days, func(i, j int) bool { return out.Days[i].Date.Before(out.Days[j].Date) })
	return out
}

// Count returns how many days of s have kind k.
func (s Schedule) Count(k DayKind) int {
	n := 0
	for _, d := range s.Days {
		if d.Kind == k {
			n++
		}
	}
	return n
}

package calendar_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// Issue 19 (mutation study, round 27): every error return of the holiday
// CSV reader, the schedule reader and validator, New/With and the date and
// month parsers, reached by an input and pinned by its whole message, so a
// message that echoes the wrong value or names the wrong line, index, year
// or field fails here.

const csvHeader = "date,kind,festival,statutory,source\n"

func csvErr(t *testing.T, in string) *calendar.CSVError {
	t.Helper()
	_, err := calendar.ParseHolidayCSV(strings.NewReader(in))
	require.Error(t, err)
	var ce *calendar.CSVError
	require.True(t, errors.As(err, &ce), "%T %v", err, err)
	return ce
}

func TestMutation27eHolidayCSVMessages(t *testing.T) {
	_, err := calendar.ParseHolidayCSV(nil)
	assert.EqualError(t, err, "calendar: holiday CSV line 1: reading the header: nil io.Reader")

	ce := csvErr(t, "")
	assert.Equal(t, 1, ce.Line)
	assert.EqualError(t, ce, "calendar: holiday CSV line 1: reading the header: EOF")

	// The header is echoed bounded (32 bytes, then …).
	ce = csvErr(t, "date,kind,festival,statutory,sauce\n")
	assert.Equal(t, 1, ce.Line)
	assert.EqualError(t, ce, `calendar: holiday CSV line 1: header "date,kind,festival,statutory,sau…", want "date,kind,festival,statutory,source"`)

	// Each column is compared, and a short header is echoed whole.
	for _, h := range []string{"x,kind,fest,statutory,source", "date,k,fest,statutory,source", "date,kind,f,statutory,source", "date,kind,festival,s,source", "date,kind,festival,statutory,s"} {
		ce = csvErr(t, h+"\n")
		assert.EqualError(t, ce, `calendar: holiday CSV line 1: header "`+h+`", want "date,kind,festival,statutory,source"`, h)
	}

	// A row with four fields: encoding/csv's error, with the line it names.
	ce = csvErr(t, csvHeader+"2027-01-01,off,new_years_day,yes,n\n2027-01-02,off,new_years_day,no\n")
	assert.Equal(t, 3, ce.Line)
	assert.EqualError(t, ce, "calendar: holiday CSV line 3: record on line 3: wrong number of fields")

	// A bad date on the third line: the date's *ParseError, line 3.
	ce = csvErr(t, csvHeader+"2027-01-01,off,new_years_day,yes,n\n2027-02-30,off,new_years_day,no,n\n")
	assert.Equal(t, 3, ce.Line)
	assert.ErrorIs(t, ce, calendar.ErrParse)
	assert.EqualError(t, ce, `calendar: holiday CSV line 3: calendar: cannot parse "2027-02-30" as YYYY-MM-DD: 2027-02 has no day 30`)

	// A day outside its own year cannot happen (rows are grouped by their
	// year), so validation's refusals come through as *ScheduleError: a
	// workday on a weekday, naming the year and the day's index in that year.
	_, err = calendar.ParseHolidayCSV(strings.NewReader(csvHeader +
		"2027-01-01,off,new_years_day,yes,n\n2027-01-04,workday,new_years_day,,n\n"))
	var se *calendar.ScheduleError
	require.True(t, errors.As(err, &se), "%T %v", err, err)
	assert.Equal(t, 2027, se.Year)
	assert.Equal(t, 1, se.Index)
	assert.ErrorIs(t, err, calendar.ErrWorkdayOnWeekday)
	assert.EqualError(t, err, "calendar: schedule 2027: day #2 (2027-01-04): "+calendar.ErrWorkdayOnWeekday.Error()+": 2027-01-04 is a Monday")

	// An empty source on the only row of a year.
	_, err = calendar.ParseHolidayCSV(strings.NewReader(csvHeader + "2028-01-01,off,new_years_day,yes,\n"))
	assert.ErrorIs(t, err, calendar.ErrMissingSource)
	assert.EqualError(t, err, "calendar: schedule 2028: day #1 (2028-01-01): "+calendar.ErrMissingSource.Error())

	// An unknown festival, echoed quoted.
	_, err = calendar.ParseHolidayCSV(strings.NewReader(csvHeader + "2028-01-01,off,easter,yes,n\n"))
	assert.ErrorIs(t, err, calendar.ErrUnknownFestival)
	assert.Contains(t, err.Error(), `calendar: schedule 2028: day #1 (2028-01-01): `+calendar.ErrUnknownFestival.Error()+` "easter" (want new_years_day,`)

	// A file longer than the cap.
	big := csvHeader + strings.Repeat("2027-01-01,off,new_years_day,yes,n\n", calendar.MaxHolidayCSVBytes/35+2)
	_, err = calendar.ParseHolidayCSV(strings.NewReader(big))
	assert.ErrorIs(t, err, calendar.ErrHolidayCSVTooLarge)
	require.True(t, errors.As(err, &ce))
	assert.Contains(t, err.Error(), "calendar: holiday CSV line ")
}

func schedErr(t *testing.T, err error) *calendar.ScheduleError {
	t.Helper()
	require.Error(t, err)
	var se *calendar.ScheduleError
	require.True(t, errors.As(err, &se), "%T %v", err, err)
	return se
}

func TestMutation27eParseScheduleMessages(t *testing.T) {
	_, err := calendar.ParseSchedule([]byte(`{"year":2027,"days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day","source":"n","extra":1}]}`))
	se := schedErr(t, err)
	assert.Equal(t, -1, se.Index)
	assert.Equal(t, 0, se.Year)
	assert.ErrorIs(t, err, calendar.ErrScheduleSyntax)
	assert.True(t, strings.HasPrefix(err.Error(), "calendar: schedule: "+calendar.ErrScheduleSyntax.Error()+": "), err.Error())
	assert.Contains(t, err.Error(), "days[0]")

	_, err = calendar.ParseSchedules([]byte(`[{"year":2027,"nope":true}]`))
	se = schedErr(t, err)
	assert.Equal(t, -1, se.Index)
	assert.ErrorIs(t, err, calendar.ErrScheduleSyntax)
	assert.True(t, strings.HasPrefix(err.Error(), "calendar: schedule: "+calendar.ErrScheduleSyntax.Error()+": "), err.Error())

	_, err = calendar.ParseSchedules([]byte(`[{"year":2027,"no_holidays":true,"source":"n"},{"year":2028,"no_holidays":true}]`))
	se = schedErr(t, err)
	assert.Equal(t, 2028, se.Year)
	assert.EqualError(t, err, "calendar: schedule 2028: "+calendar.ErrMissingSource.Error())
}

func TestMutation27eValidateMessages(t *testing.T) {
	d := calendar.MustParseDate
	day := func(s string, k calendar.DayKind, f calendar.Festival) calendar.ScheduleDay {
		return calendar.ScheduleDay{Date: d(s), Kind: k, Festival: f, Source: "n"}
	}
	ny := calendar.Festival("new_years_day")
	cases := []struct {
		name string
		s    calendar.Schedule
		code error
		year int
		idx  int
		msg  string
		zh   string
	}{
		{"year low", calendar.Schedule{Year: -3, NoHolidays: true, Source: "n"}, calendar.ErrScheduleYear, -3, -1,
			"calendar: schedule -3: " + calendar.ErrScheduleYear.Error(), "-3 年放假安排：" + calendar.ErrScheduleYear.Chinese()},
		{"year high", calendar.Schedule{Year: 10000, NoHolidays: true, Source: "n"}, calendar.ErrScheduleYear, 10000, -1,
			"calendar: schedule 10000: " + calendar.ErrScheduleYear.Error(), "10000 年放假安排：" + calendar.ErrScheduleYear.Chinese()},
		{"empty", calendar.Schedule{Year: 2030}, calendar.ErrEmptySchedule, 2030, -1,
			"calendar: schedule 2030: " + calendar.ErrEmptySchedule.Error(), "2030 年放假安排：" + calendar.ErrEmptySchedule.Chinese()},
		{"no holidays with days", calendar.Schedule{Year: 2030, NoHolidays: true, Source: "n", Days: []calendar.ScheduleDay{day("2030-01-01", calendar.StatutoryHoliday, ny)}},
			calendar.ErrNoHolidaysWithDays, 2030, -1,
			"calendar: schedule 2030: " + calendar.ErrNoHolidaysWithDays.Error(), "2030 年放假安排：" + calendar.ErrNoHolidaysWithDays.Chinese()},
		{"no holidays no source", calendar.Schedule{Year: 2030, NoHolidays: true}, calendar.ErrMissingSource, 2030, -1,
			"calendar: schedule 2030: " + calendar.ErrMissingSource.Error(), "2030 年放假安排：" + calendar.ErrMissingSource.Chinese()},
		{"missing date", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-01", calendar.StatutoryHoliday, ny), {Kind: calendar.StatutoryHoliday, Festival: ny, Source: "n"}}},
			calendar.ErrMissingDate, 2030, 1,
			"calendar: schedule 2030: day #2: " + calendar.ErrMissingDate.Error(), "2030 年放假安排第 2 天：" + calendar.ErrMissingDate.Chinese()},
		{"outside year", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-01", calendar.StatutoryHoliday, ny), day("2031-01-01", calendar.StatutoryHoliday, ny)}},
			calendar.ErrDayOutsideYear, 2030, 1,
			"calendar: schedule 2030: day #2 (2031-01-01): " + calendar.ErrDayOutsideYear.Error(), "2030 年放假安排第 2 天（2031-01-01 星期三）：" + calendar.ErrDayOutsideYear.Chinese()},
		{"duplicate", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-01", calendar.StatutoryHoliday, ny), day("2030-01-02", calendar.ArrangedDayOff, ny), day("2030-01-02", calendar.ArrangedDayOff, ny)}},
			calendar.ErrDuplicateDay, 2030, 2,
			"calendar: schedule 2030: day #3 (2030-01-02): " + calendar.ErrDuplicateDay.Error() + " (also day #2)", ""},
		{"workday on weekday", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-02", calendar.AdjustedWorkday, ny)}},
			calendar.ErrWorkdayOnWeekday, 2030, 0,
			"calendar: schedule 2030: day #1 (2030-01-02): " + calendar.ErrWorkdayOnWeekday.Error() + ": 2030-01-02 is a Wednesday", ""},
		{"bad kind", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-01", calendar.DayKind(99), ny)}},
			calendar.ErrBadDayKind, 2030, 0,
			"calendar: schedule 2030: day #1 (2030-01-01): " + calendar.ErrBadDayKind.Error() + `, not "` + calendar.DayKind(99).String() + `"`, ""},
		{"unknown festival", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-01", calendar.StatutoryHoliday, "xmas")}},
			calendar.ErrUnknownFestival, 2030, 0,
			"calendar: schedule 2030: day #1 (2030-01-01): " + calendar.ErrUnknownFestival.Error() + ` "xmas" (want new_years_day, spring_festival, tomb_sweeping_day, labour_day, dragon_boat_festival, mid_autumn_festival or national_day, joined with + for a shared block)`, ""},
		{"day without source", calendar.Schedule{Year: 2030, Days: []calendar.ScheduleDay{day("2030-01-01", calendar.StatutoryHoliday, ny), {Date: d("2030-01-02"), Kind: calendar.ArrangedDayOff, Festival: ny}}},
			calendar.ErrMissingSource, 2030, 1,
			"calendar: schedule 2030: day #2 (2030-01-02): " + calendar.ErrMissingSource.Error(), "2030 年放假安排第 2 天（2030-01-02 星期三）：" + calendar.ErrMissingSource.Chinese()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.s.Validate()
			se := schedErr(t, err)
			assert.ErrorIs(t, err, tc.code)
			assert.Equal(t, tc.year, se.Year)
			assert.Equal(t, tc.idx, se.Index)
			assert.EqualError(t, err, tc.msg)
			if tc.zh != "" {
				assert.Equal(t, tc.zh, se.Chinese())
			}
			// New and ParseSchedule refuse it with the same error.
			_, nerr := calendar.New(tc.s)
			assert.EqualError(t, nerr, tc.msg)
		})
	}
}

func TestMutation27eCalendarRefusals(t *testing.T) {
	var c *calendar.Calendar
	_, err := c.With()
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	assert.EqualError(t, err, calendar.ErrNilCalendar.Error())

	s := calendar.Schedule{Year: 2031, NoHolidays: true, Source: "n"}
	_, err = calendar.New(calendar.Schedule{Year: 2030, NoHolidays: true, Source: "n"}, s, s)
	se := schedErr(t, err)
	assert.ErrorIs(t, err, calendar.ErrDuplicateSchedule)
	assert.Equal(t, 2031, se.Year)
	assert.Equal(t, -1, se.Index)
	assert.EqualError(t, err, "calendar: schedule 2031: "+calendar.ErrDuplicateSchedule.Error())
	assert.Equal(t, "2031 年放假安排："+calendar.ErrDuplicateSchedule.Chinese(), se.Chinese())

	_, err = calendar.Default().With(s, calendar.Schedule{Year: 2031, Source: "n"})
	assert.ErrorIs(t, err, calendar.ErrEmptySchedule)
	assert.EqualError(t, err, "calendar: schedule 2031: "+calendar.ErrEmptySchedule.Error())
}

func TestMutation27eDateMonthMessages(t *testing.T) {
	for _, tc := range []struct {
		in, msg string
	}{
		{"2026-1-20", `calendar: cannot parse "2026-1-20" as YYYY-MM-DD: want the form YYYY-MM-DD`},
		{"2026/01/20", `calendar: cannot parse "2026/01/20" as YYYY-MM-DD: want the form YYYY-MM-DD`},
		{"2026-01/20", `calendar: cannot parse "2026-01/20" as YYYY-MM-DD: want the form YYYY-MM-DD`},
		{"2026-0a-20", `calendar: cannot parse "2026-0a-20" as YYYY-MM-DD: year, month and day must be decimal digits`},
		{"20x6-01-20", `calendar: cannot parse "20x6-01-20" as YYYY-MM-DD: year, month and day must be decimal digits`},
		{"2026-01-2x", `calendar: cannot parse "2026-01-2x" as YYYY-MM-DD: year, month and day must be decimal digits`},
		{"0000-01-20", `calendar: cannot parse "0000-01-20" as YYYY-MM-DD: year 0000 does not exist`},
		{"2026-13-20", `calendar: cannot parse "2026-13-20" as YYYY-MM-DD: month 13 is not 01..12`},
		{"2026-00-20", `calendar: cannot parse "2026-00-20" as YYYY-MM-DD: month 00 is not 01..12`},
		{"2026-02-29", `calendar: cannot parse "2026-02-29" as YYYY-MM-DD: 2026-02 has no day 29`},
		{"2026-04-00", `calendar: cannot parse "2026-04-00" as YYYY-MM-DD: 2026-04 has no day 00`},
	} {
		_, err := calendar.ParseDate(tc.in)
		assert.ErrorIs(t, err, calendar.ErrParse, tc.in)
		assert.EqualError(t, err, tc.msg, tc.in)
	}
	for _, tc := range []struct {
		in, msg string
	}{
		{"2026-1", `calendar: cannot parse "2026-1" as YYYY-MM: want the form YYYY-MM`},
		{"2026/01", `calendar: cannot parse "2026/01" as YYYY-MM: want the form YYYY-MM`},
		{"2026-0x", `calendar: cannot parse "2026-0x" as YYYY-MM: year and month must be decimal digits`},
		{"x026-01", `calendar: cannot parse "x026-01" as YYYY-MM: year and month must be decimal digits`},
		{"0000-01", `calendar: cannot parse "0000-01" as YYYY-MM: year 0000 does not exist`},
		{"2026-13", `calendar: cannot parse "2026-13" as YYYY-MM: month 13 is not 01..12`},
		{"2026-00", `calendar: cannot parse "2026-00" as YYYY-MM: month 00 is not 01..12`},
	} {
		_, err := calendar.ParseMonth(tc.in)
		assert.ErrorIs(t, err, calendar.ErrParse, tc.in)
		assert.EqualError(t, err, tc.msg, tc.in)
	}

	_, err := calendar.DateOf(0, time.January, 1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": year 0")
	_, err = calendar.DateOf(10000, time.January, 1)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": year 10000")
	_, err = calendar.DateOf(2026, 13, 1)
	assert.EqualError(t, err, "calendar: month 13 is not 1..12")
	_, err = calendar.DateOf(2026, 0, 1)
	assert.EqualError(t, err, "calendar: month 0 is not 1..12")
	_, err = calendar.DateOf(2026, time.February, 29)
	assert.EqualError(t, err, "calendar: 2026-02 has no day 29")
	_, err = calendar.DateOf(2026, time.April, 0)
	assert.EqualError(t, err, "calendar: 2026-04 has no day 0")

	_, err = calendar.MonthOf(0, time.January)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": year 0")
	_, err = calendar.MonthOf(10000, time.March)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": year 10000")
	_, err = calendar.MonthOf(2026, 13)
	assert.EqualError(t, err, "calendar: month 13 is not 1..12")
	_, err = calendar.MonthOf(2026, 0)
	assert.EqualError(t, err, "calendar: month 0 is not 1..12")

	var dp *calendar.Date
	assert.EqualError(t, dp.UnmarshalText([]byte("2026-01-01")), "calendar: UnmarshalText on a nil *Date")
	var mp *calendar.Month
	assert.EqualError(t, mp.UnmarshalText([]byte("2026-01")), "calendar: UnmarshalText on a nil *Month")
	var dd calendar.Date
	assert.EqualError(t, dd.UnmarshalText([]byte("2026-02-30")), `calendar: cannot parse "2026-02-30" as YYYY-MM-DD: 2026-02 has no day 30`)
	var mm calendar.Month
	assert.EqualError(t, mm.UnmarshalText([]byte("2026-14")), `calendar: cannot parse "2026-14" as YYYY-MM: month 14 is not 01..12`)

	last := calendar.MustParseDate("9999-12-31")
	_, err = last.AddDays(1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": 9999-12-31 +1 days")
	first := calendar.MustParseMonth("0001-01")
	_, err = first.AddMonths(-2)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": 0001-01 -2 months")
}

func TestMutation27eUnixAndMustMessages(t *testing.T) {
	_, err := calendar.DateOfUnix(-1 << 62)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": Unix second -4611686018427387904")
	_, err = calendar.DateOfUnix(1 << 62)
	assert.EqualError(t, err, calendar.ErrDateRange.Error()+": Unix second 4611686018427387904")

	panicMsg := func(f func()) (msg string, code bool) {
		defer func() {
			r := recover()
			e, ok := r.(error)
			require.True(t, ok, "%T %v", r, r)
			msg, code = e.Error(), errors.Is(e, calendar.ErrParse)
		}()
		f()
		return "", false
	}
	msg, code := panicMsg(func() { calendar.MustParseDate("2026-02-30") })
	assert.True(t, code)
	assert.Equal(t, `calendar.MustParseDate: calendar: cannot parse "2026-02-30" as YYYY-MM-DD: 2026-02 has no day 30`, msg)
	msg, code = panicMsg(func() { calendar.MustParseMonth("2026-13") })
	assert.True(t, code)
	assert.Equal(t, `calendar.MustParseMonth: calendar: cannot parse "2026-13" as YYYY-MM: month 13 is not 01..12`, msg)

	// The CSV's too-large refusal names the line where the cap was reached
	// (it said line 0 before round 27).
	big := csvHeader + strings.Repeat("2027-01-01,off,new_years_day,yes,n\n", calendar.MaxHolidayCSVBytes/35+2)
	_, err = calendar.ParseHolidayCSV(strings.NewReader(big))
	var ce *calendar.CSVError
	require.True(t, errors.As(err, &ce))
	// (the last buffer read is dropped with the refusal, so a few dozen
	// lines before the cap itself)
	assert.Greater(t, ce.Line, (calendar.MaxHolidayCSVBytes-8192)/35)
	assert.LessOrEqual(t, ce.Line, calendar.MaxHolidayCSVBytes/35+3)
	assert.True(t, strings.HasSuffix(err.Error(), ": "+calendar.ErrHolidayCSVTooLarge.Error()), err.Error())
}

type failingReader struct{}

var errMutation27eRead = errors.New("disk gone")

func (failingReader) Read([]byte) (int, error) { return 0, errMutation27eRead }

// A reader's error that is not a *csv.ParseError names the line after the
// last record read: line 2 right after the header, line 4 after two rows.
func TestMutation27eHolidayCSVReaderErrorLine(t *testing.T) {
	ce := csvErr(t, "")
	_, err := calendar.ParseHolidayCSV(io.MultiReader(strings.NewReader(csvHeader), failingReader{}))
	require.True(t, errors.As(err, &ce), "%T %v", err, err)
	assert.ErrorIs(t, err, errMutation27eRead)
	assert.EqualError(t, err, "calendar: holiday CSV line 2: disk gone")

	_, err = calendar.ParseHolidayCSV(io.MultiReader(strings.NewReader(csvHeader+
		"2027-01-01,off,new_years_day,yes,n\n2027-01-02,off,new_years_day,no,n\n"), failingReader{}))
	require.True(t, errors.As(err, &ce), "%T %v", err, err)
	assert.Equal(t, 4, ce.Line)
	assert.EqualError(t, err, "calendar: holiday CSV line 4: disk gone")
}

package calendar

import (
	"errors"
	"fmt"
	"time"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/redact"
)

// Date is a civil date: a day of the Gregorian calendar with no time of
// day and no time zone, which is what a statutory day is. Dates are values:
// they are comparable with == and usable as map keys, and Compare, Before
// and After order them.
//
// The zero Date means "no date" (IsZero reports it); it formats as the empty
// string. Every other Date lies between 0001-01-01 and 9999-12-31.
//
// Build a Date with ParseDate, DateOf or FromTime:
//
//	d, err := calendar.ParseDate("2026-10-01")
type Date struct {
	// n is the number of days since 0001-01-01, plus one, so that the
	// zero value is distinct from every real day.
	n int32
}

const (
	minYear = 1
	maxYear = 9999
	// daysTo1970 is the number of days from 0001-01-01 to 1970-01-01.
	daysTo1970 = 719162
	// maxN is the n of 9999-12-31.
	maxN = 3652059
)

// errDateRange (date_range) is returned (wrapped) when a date or a date computation falls
// outside 0001-01-01 to 9999-12-31.
var errDateRange = errcode.New("date_range", errcode.Stop,
	"calendar: date out of range 0001-01-01..9999-12-31",
	"日期超出可处理的范围")

// ErrZeroDate is returned when the zero Date is passed where a day is needed.
var ErrZeroDate = errcode.New("zero_date", errcode.Stop,
	"calendar: zero date (no date given)",
	"缺少日期")

// parseError reports a date or month string that is not in the expected
// form (code parse, ErrParse). It carries the input and the reason. Its
// message quotes the input cut to 32 bytes and with anything shaped like an
// identity number masked (第七十九条: a number typed into a date field must
// not reach a log); Input itself is the text as given.
type parseError struct {
	Input  string // the text that was parsed
	Layout string // "YYYY-MM-DD" or "YYYY-MM"
	Reason string // what is wrong with it
}

func (e *parseError) Error() string {
	if e == nil {
		return "calendar: cannot parse: <nil>"
	}
	return fmt.Sprintf("calendar: cannot parse %q as %s: %s", redact.Value(e.Input), e.Layout, e.Reason)
}

// Chinese says, for a clerk, which text is not a date or month (masked and
// cut short, as in Error) and the form it must have:
// 所填 "2026-02-30" 不是有效的日期（应写作 YYYY-MM-DD，如 2026-01-20）.
func (e *parseError) Chinese() string {
	if e == nil {
		return ErrParse.Chinese()
	}
	what, example := "日期", "2026-01-20"
	if e.Layout == "YYYY-MM" {
		what, example = "月份", "2026-01"
	}
	return fmt.Sprintf("所填 %q 不是有效的%s（应写作 %s，如 %s）", redact.Value(e.Input), what, e.Layout, example)
}

// Unwrap returns ErrParse, the code of every parse error.
func (e *parseError) Unwrap() error { return ErrParse }

// DateText is the hook of the module's golden runner (internal/golden),
// which places a malformed date in its case file: the text as given and
// the layout it missed. It is not API: hosts use errors.Is(err, ErrParse)
// and the error's Chinese.
func (e *parseError) DateText() (input, layout string) { return e.Input, e.Layout }

// ErrParse is the code of every malformed date or month (errors.Is(err, ErrParse)): a
// date or month not in its form.
var ErrParse = errcode.New("parse", errcode.Stop,
	"calendar: cannot parse a date or month",
	"日期或月份格式不对（应为 2026-01-20 或 2026-01）")

// DateOf returns the Date for year, month and day, or an error if they do
// not name a real day between 0001-01-01 and 9999-12-31. Unlike time.Date it
// does not normalize: DateOf(2026, 2, 30) is an error, not 2026-03-02.
func DateOf(year int, month time.Month, day int) (Date, error) {
	if year < minYear || year > maxYear {
		return Date{}, errzh.With(fmt.Errorf("%w: year %s", errDateRange, intText(year)), "%s 年（可处理 0001-01-01 至 9999-12-31）", intText(year))
	}
	if month < time.January || month > time.December {
		return Date{}, fmt.Errorf("calendar: month %s is not 1..12", intText(int(month)))
	}
	if day < 1 || day > daysIn(year, month) {
		return Date{}, fmt.Errorf("calendar: %04d-%02d has no day %s", year, int(month), intText(day))
	}
	return Date{n: int32(daysFromCivil(year, int(month), day) + daysTo1970 + 1)}, nil
}

// ParseDate parses a date in the form YYYY-MM-DD (ISO 8601 calendar date,
// four-digit year, two-digit month and day). Nothing else is accepted: no
// time, no zone, no surrounding space. A malformed input gives an error wrapping ErrParse.
func ParseDate(s string) (Date, error) {
	const layout = "YYYY-MM-DD"
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &parseError{Input: s, Layout: layout, Reason: "want the form YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &parseError{Input: s, Layout: layout, Reason: "year, month and day must be decimal digits"}
	}
	if y < minYear {
		return Date{}, &parseError{Input: s, Layout: layout, Reason: "year 0000 does not exist"}
	}
	if m < 1 || m > 12 {
		return Date{}, &parseError{Input: s, Layout: layout, Reason: fmt.Sprintf("month %02d is not 01..12", m)}
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, &parseError{Input: s, Layout: layout, Reason: fmt.Sprintf("%04d-%02d has no day %02d", y, m, d)}
	}
	return Date{n: int32(daysFromCivil(y, m, d) + daysTo1970 + 1)}, nil
}

// MustParseDate is ParseDate for a date written as a literal in a program,
// an example or a test, where a malformed date is the programmer's mistake:
// it panics instead of returning the error, as regexp.MustCompile does. The
// panic value is an error wrapping the parse error (ErrParse), whose message names the
// input and what is wrong with it. It is for literals only: a date that
// comes from a file, a form or a request goes through ParseDate, whose
// error the caller handles.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(fmt.Errorf("calendar.MustParseDate: %w", err))
	}
	return d
}

func digits(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// FromTime returns the Beijing calendar day of the instant t: the date of t
// in UTC+8 (China Standard Time, no daylight saving), whatever t's own
// location. 2026-01-31T16:00:00Z is 2026-02-01 00:00 in Beijing, so it gives
// 2026-02-01. An instant outside the years 1..9999 gives the code date_range.
func FromTime(t time.Time) (Date, error) {
	return dateOfUnix(t.Unix())
}

// dateOfUnix is FromTime for an instant given as Unix seconds: the Beijing
// calendar day of that second.
func dateOfUnix(sec int64) (Date, error) {
	// Shifted so that every valid second gives a non-negative numerator:
	// the division is then a plain (and cheap) unsigned one, and its
	// quotient is n itself. An overflowing sum turns negative and is caught.
	x := sec + beijingOffsetSeconds + (daysTo1970+1)*86400
	if x < 86400 || uint64(x)/86400 > maxN {
		return Date{}, errzh.With(fmt.Errorf("%w: Unix second %d", errDateRange, sec), "Unix 时间 %d 秒（可处理 0001-01-01 至 9999-12-31）", sec)
	}
	return Date{n: int32(uint64(x) / 86400)}, nil
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns d's year (0 for the zero Date).
func (d Date) Year() int {
	y, _, _ := d.civil()
	return y
}

// Month returns d's month (0 for the zero Date).
func (d Date) Month() time.Month {
	_, m, _ := d.civil()
	return time.Month(m)
}

// Day returns d's day of the month (0 for the zero Date).
func (d Date) Day() int {
	_, _, dd := d.civil()
	return dd
}

// Date returns d's year, month and day (zeros for the zero Date).
func (d Date) Date() (year int, month time.Month, day int) {
	y, m, dd := d.civil()
	return y, time.Month(m), dd
}

func (d Date) civil() (y, m, dd int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	return civilFromDays(int(d.n) - 1 - daysTo1970)
}

// Weekday returns d's day of the week. 0001-01-01 was a Monday.
// The zero Date gives time.Sunday; check IsZero first where it matters.
func (d Date) Weekday() time.Weekday {
	if d.n == 0 {
		return time.Sunday
	}
	return time.Weekday(int(d.n) % 7)
}

// AddDays returns d plus n days (n may be negative). A result outside
// 0001-01-01..9999-12-31 gives the code date_range; the zero Date gives ErrZeroDate.
func (d Date) AddDays(n int) (Date, error) {
	if d.n == 0 {
		return Date{}, ErrZeroDate
	}
	r := int64(d.n) + int64(n)
	if r < 1 || r > maxN {
		return Date{}, errzh.With(fmt.Errorf("%w: %s %+d days", errDateRange, d, n), "%s %+d 天（可处理 0001-01-01 至 9999-12-31）", d, n)
	}
	return Date{n: int32(r)}, nil
}

// addDays is AddDays for callers that have already bounded n.
func (d Date) addDays(n int) Date { return Date{n: d.n + int32(n)} }

// DaysSince returns the number of days from u to d: positive when d is later.
// DaysSince(u) + u.DaysSince(v) == d.DaysSince(v).
func (d Date) DaysSince(u Date) int { return int(d.n) - int(u.n) }

// Compare returns -1 if d is before u, 0 if they are the same day, +1 if d is after u.
// The zero Date sorts before every other date.
func (d Date) Compare(u Date) int {
	switch {
	case d.n < u.n:
		return -1
	case d.n > u.n:
		return 1
	}
	return 0
}

// Before reports whether d is before u.
func (d Date) Before(u Date) bool { return d.n < u.n }

// After reports whether d is after u.
func (d Date) After(u Date) bool { return d.n > u.n }

// String formats d as YYYY-MM-DD; the zero Date formats as "".
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.civil()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, or "" for the
// zero Date (use the json ",omitzero" option to leave it out).
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts YYYY-MM-DD,
// and "" as the zero Date; anything else is an error wrapping ErrParse.
func (d *Date) UnmarshalText(b []byte) error {
	if d == nil {
		return errors.New("calendar: UnmarshalText on a nil *Date")
	}
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// In returns the first instant of d (00:00) in loc; a nil loc is UTC
// (time.Date would panic).
func (d Date) In(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	y, m, dd := d.civil()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, loc)
}

const beijingOffsetSeconds = 8 * 3600

// Beijing returns the location every instant of the regulation is judged
// in: China Standard Time, UTC+8, with no daylight saving. It does not read
// the system's time zone database.
func Beijing() *time.Location { return time.FixedZone("CST", beijingOffsetSeconds) }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d
// (proleptic Gregorian), after H. Hinnant's "chrono-compatible low-level
// date algorithms".
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

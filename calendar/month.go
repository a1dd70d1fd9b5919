package calendar

import (
	"errors"
	"fmt"
	"time"

	"github.com/zhishang/zhishang/internal/errzh"
)

// Month is a calendar month of a year, such as the fee period (费款所属期)
// 2026-03. Like Date it is a comparable value; the zero Month means "no
// month" and formats as "".
type Month struct {
	// n is year*12 + month-1, plus one, so that the zero value is distinct.
	n int32
}

// MonthOf returns the Month for year and month, or an error if the year is
// outside 1..9999 or the month outside 1..12.
func MonthOf(year int, month time.Month) (Month, error) {
	if year < minYear || year > maxYear {
		return Month{}, errzh.With(fmt.Errorf("%w: year %s", errDateRange, intText(year)), "%s 年（可处理 0001-01-01 至 9999-12-31）", intText(year))
	}
	if month < time.January || month > time.December {
		return Month{}, fmt.Errorf("calendar: month %s is not 1..12", intText(int(month)))
	}
	return Month{n: int32(year*12+int(month)-1) + 1}, nil
}

// ParseMonth parses a month in the form YYYY-MM. A malformed input gives a
// parse error (errors.Is ErrParse) that names the input and what is wrong.
func ParseMonth(s string) (Month, error) {
	const layout = "YYYY-MM"
	if len(s) != 7 || s[4] != '-' {
		return Month{}, &parseError{Input: s, Layout: layout, Reason: "want the form YYYY-MM"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	if !ok1 || !ok2 {
		return Month{}, &parseError{Input: s, Layout: layout, Reason: "year and month must be decimal digits"}
	}
	if y < minYear {
		return Month{}, &parseError{Input: s, Layout: layout, Reason: "year 0000 does not exist"}
	}
	if m < 1 || m > 12 {
		return Month{}, &parseError{Input: s, Layout: layout, Reason: fmt.Sprintf("month %02d is not 01..12", m)}
	}
	return Month{n: int32(y*12+m-1) + 1}, nil
}

// MustParseMonth is ParseMonth for a month written as a literal in a
// program, an example or a test, where a malformed month is the
// programmer's mistake: it panics instead of returning the error, as
// regexp.MustCompile does. The panic value is an error wrapping the
// parse error (ErrParse), whose message names the input and what is wrong with it. It
// is for literals only: a month that comes from a file, a form or a request
// goes through ParseMonth, whose error the caller handles.
func MustParseMonth(s string) Month {
	m, err := ParseMonth(s)
	if err != nil {
		panic(fmt.Errorf("calendar.MustParseMonth: %w", err))
	}
	return m
}

// MonthOfDate returns the month d falls in (the zero Month for the zero Date).
func MonthOfDate(d Date) Month {
	if d.IsZero() {
		return Month{}
	}
	y, m, _ := d.civil()
	return Month{n: int32(y*12+m-1) + 1}
}

// IsZero reports whether m is the zero Month.
func (m Month) IsZero() bool { return m.n == 0 }

// Year returns m's year (0 for the zero Month).
func (m Month) Year() int {
	if m.n == 0 {
		return 0
	}
	return int(m.n-1) / 12
}

// Month returns m's month of the year (0 for the zero Month).
func (m Month) Month() time.Month {
	if m.n == 0 {
		return 0
	}
	return time.Month(int(m.n-1)%12 + 1)
}

// First returns the first day of m (the zero Date for the zero Month).
func (m Month) First() Date {
	if m.n == 0 {
		return Date{}
	}
	return Date{n: int32(daysFromCivil(m.Year(), int(m.Month()), 1) + daysTo1970 + 1)}
}

// Last returns the last day of m (the zero Date for the zero Month).
func (m Month) Last() Date {
	if m.n == 0 {
		return Date{}
	}
	y, mm := m.Year(), m.Month()
	return Date{n: int32(daysFromCivil(y, int(mm), daysIn(y, mm)) + daysTo1970 + 1)}
}

// day returns the day-th day of m, or an error if m has no such day (a
// host calls DateOf(m.Year(), m.Month(), day)).
func (m Month) day(day int) (Date, error) {
	if m.n == 0 {
		return Date{}, ErrZeroDate
	}
	return DateOf(m.Year(), m.Month(), day)
}

// AddMonths returns m plus n months (n may be negative). A result outside
// the years 1..9999 gives the code date_range.
func (m Month) AddMonths(n int) (Month, error) {
	if m.n == 0 {
		return Month{}, ErrZeroDate
	}
	r := int64(m.n) + int64(n)
	if r < 12*minYear+1 || r > 12*maxYear+12 {
		return Month{}, errzh.With(fmt.Errorf("%w: %s %+d months", errDateRange, m, n), "%s %+d 个月（可处理 0001-01-01 至 9999-12-31）", m, n)
	}
	return Month{n: int32(r)}, nil
}

// Compare returns -1, 0 or +1 as m is before, the same as, or after u.
func (m Month) Compare(u Month) int {
	switch {
	case m.n < u.n:
		return -1
	case m.n > u.n:
		return 1
	}
	return 0
}

// Before reports whether m is before u.
func (m Month) Before(u Month) bool { return m.n < u.n }

// After reports whether m is after u.
func (m Month) After(u Month) bool { return m.n > u.n }

// String formats m as YYYY-MM; the zero Month formats as "".
func (m Month) String() string {
	if m.n == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", m.Year(), int(m.Month()))
}

// MarshalText implements encoding.TextMarshaler (YYYY-MM, or "" for the zero Month).
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts YYYY-MM,
// and "" as the zero Month.
func (m *Month) UnmarshalText(b []byte) error {
	if m == nil {
		return errors.New("calendar: UnmarshalText on a nil *Month")
	}
	if len(b) == 0 {
		*m = Month{}
		return nil
	}
	v, err := ParseMonth(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

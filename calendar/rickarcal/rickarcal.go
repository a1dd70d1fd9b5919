// Package rickarcal lets github.com/rickar/cal/v2 answer from a
// calendar.Calendar, for code written against rickar/cal (WorkdaysFrom,
// WorkdaysInRange, WorkdayN) that should get China's statutory days.
//
// It is a package of its own so that package calendar imports only the
// standard library: a host that does not use rickar/cal compiles none of it.
// Its tests also hold the benchmarks of calendar against rickar/cal (figures
// in BENCHMARKS.md at the module root).
package rickarcal

import (
	"sync"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/zhishang/zhishang/calendar"
)

// Adapter answers rickar/cal from a Calendar: its IsWorkday method is a
// cal.WorkdayFn, and BusinessCalendar returns a *cal.BusinessCalendar that
// uses it.
//
// rickar/cal reads the date of each time.Time in that time's own location, as
// its own functions do; pass times in Beijing (Date.In(Beijing())) to count
// Beijing days.
//
// A cal.WorkdayFn cannot return an error. For a day the Calendar does not
// cover, the adapter records the error and answers Monday to Friday, only so
// that rickar/cal's day-by-day loops still end (with no working day at all
// WorkdaysFrom would never return). That answer is a placeholder, not a
// guess the library stands by: check Err after using rickar/cal and discard
// the result if it is not nil. An adapter may be used from several
// goroutines; its recorded error is the first one any of them met.
type Adapter struct {
	cal *calendar.Calendar

	mu  sync.Mutex
	err error
}

// New returns an adapter over c.
func New(c *calendar.Calendar) *Adapter { return &Adapter{cal: c} }

// IsWorkday reports whether the date of t (in t's location) is a working day.
// It has the signature of cal.WorkdayFn.
//
// On a nil adapter it answers the same placeholder, and Err reports
// calendar.ErrNilCalendar.
func (a *Adapter) IsWorkday(t time.Time) bool {
	if a == nil {
		return weekday(t)
	}
	y, m, d := t.Date()
	day, err := calendar.DateOf(y, m, d)
	if err == nil {
		var ok bool
		ok, err = a.cal.IsWorkday(day)
		if err == nil {
			return ok
		}
	}
	a.mu.Lock()
	if a.err == nil {
		a.err = err
	}
	a.mu.Unlock()
	// Placeholder so that rickar/cal's loops end; Err marks it invalid.
	return weekday(t)
}

// weekday: Monday to Friday, the placeholder answer.
func weekday(t time.Time) bool {
	w := t.Weekday()
	return w != time.Saturday && w != time.Sunday
}

// Err returns the error of the first uncovered day the adapter was asked
// about (a *calendar.YearNotCoveredError), or nil.
func (a *Adapter) Err() error {
	if a == nil {
		return calendar.ErrNilCalendar
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err
}

// BusinessCalendar returns a *cal.BusinessCalendar whose WorkdayFunc is
// a.IsWorkday and which has no holidays of its own.
func (a *Adapter) BusinessCalendar() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.WorkdayFunc = a.IsWorkday
	return bc
}

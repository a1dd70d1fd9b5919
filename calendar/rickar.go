package calendar

import (
	"sync"
	"time"

	"github.com/rickar/cal/v2"
)

// WorkdayAdapter lets github.com/rickar/cal/v2 answer from a Calendar: its
// IsWorkday method is a cal.WorkdayFn, and BusinessCalendar returns a
// *cal.BusinessCalendar that uses it, so code written against rickar/cal
// (WorkdaysFrom, WorkdaysInRange, WorkdayN) gets China's statutory days.
//
// rickar/cal reads the date of each time.Time in that time's own location, as
// its own functions do; pass times in Beijing (Date.StartInBeijing) to count
// Beijing days.
//
// A cal.WorkdayFn cannot return an error. For a day the Calendar does not
// cover, the adapter records the error and answers Monday to Friday, only so
// that rickar/cal's day-by-day loops still end (with no working day at all
// WorkdaysFrom would never return). That answer is a placeholder, not a
// guess the library stands by: check Err after using rickar/cal and discard
// the result if it is not nil. An adapter may be used from several
// goroutines; its recorded error is the first one any of them met.
type WorkdayAdapter struct {
	cal *Calendar

	mu  sync.Mutex
	err error
}

// NewWorkdayAdapter returns an adapter over c.
func NewWorkdayAdapter(c *Calendar) *WorkdayAdapter { return &WorkdayAdapter{cal: c} }

// IsWorkday reports whether the date of t (in t's location) is a working day.
// It has the signature of cal.WorkdayFn.
//
// On a nil adapter it answers the same placeholder, and Err reports
// ErrNilCalendar.
func (a *WorkdayAdapter) IsWorkday(t time.Time) bool {
	if a == nil {
		return !weekend(t.Weekday())
	}
	y, m, d := t.Date()
	day, err := DateOf(y, m, d)
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
	return !weekend(t.Weekday())
}

// Err returns the error of the first uncovered day the adapter was asked
// about (a *YearNotCoveredError), or nil.
func (a *WorkdayAdapter) Err() error {
	if a == nil {
		return ErrNilCalendar
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err
}

// BusinessCalendar returns a *cal.BusinessCalendar whose WorkdayFunc is
// a.IsWorkday and which has no holidays of its own.
func (a *WorkdayAdapter) BusinessCalendar() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.WorkdayFunc = a.IsWorkday
	return bc
}

package calendar

import "time"

// Test-only names for the unexported codes (issue 20): the external tests
// keep asserting errors.Is against each fine-grained code.
var (
	ErrScheduleSyntax     = errScheduleSyntax
	ErrScheduleYear       = errScheduleYear
	ErrDuplicateDay       = errDuplicateDay
	ErrDayOutsideYear     = errDayOutsideYear
	ErrMissingDate        = errMissingDate
	ErrBadDayKind         = errBadDayKind
	ErrWorkdayOnWeekday   = errWorkdayOnWeekday
	ErrUnknownFestival    = errUnknownFestival
	ErrMissingSource      = errMissingSource
	ErrDuplicateSchedule  = errDuplicateSchedule
	ErrDuplicateOverride  = errDuplicateOverride
	ErrBadOverride        = errBadOverride
	ErrEmptySchedule      = errEmptySchedule
	ErrNoHolidaysWithDays = errNoHolidaysWithDays
	ErrBadDeadline        = errBadDeadline
	ErrDateBinary         = errDateBinary
	ErrDateRange          = errDateRange
	ErrHolidayCSVTooLarge = errHolidayCSVTooLarge
)

// Test-only names for the unexported error types and limits (issue 20).
type (
	CSVError      = csvError
	ScheduleError = scheduleError
	ParseError    = parseError
)

const (
	MaxHolidayCSVBytes = maxHolidayCSVBytes
	FirstEmbeddedYear  = firstEmbeddedYear
	LastEmbeddedYear   = lastEmbeddedYear
)

// Test-only names for the unexported basis texts and weekday names.
func (r Rule) Basis() string   { return r.basis() }
func (r Rule) BasisZH() string { return r.basisZH() }

func WeekdayZH(w time.Weekday) string { return weekdayChinese(w) }

// Test-only names for the duplicates issue 20 unexported (each has a
// public way: DateOf/FromTime, Year/Month/Day, In(Beijing()), Day(d).Kind,
// DeclarationDeadline(p).Date, New validates).
func DateOfUnix(sec int64) (Date, error) { return dateOfUnix(sec) }
func (d Date) StartInBeijing() time.Time { return d.In(Beijing()) }
func (k DayKind) IsDayOff() bool         { return k.isDayOff() }
func (f Festival) Parts() []Festival     { return f.parts() }
func (f Festival) Valid() bool           { return f.valid() }
func (i DayInfo) IsWorkday() bool        { return i.Kind.IsWorkday() }
func (s Schedule) Validate() error       { return s.validate() }
func (c *Calendar) DeclarationDue(period Month) (Date, error) {
	dl, err := c.DeclarationDeadline(period)
	return dl.Date, err
}

// Test-only names for the methods issue 20 (session 28, second wave)
// unexported or removed; each has a public way: !d.Override.Date.IsZero(),
// Years, DateOf(m.Year(), m.Month(), day), DayOfMonth(month, 5).
func (d Deadline) Official() bool         { return d.official() }
func (c *Calendar) Covers(year int) bool  { return c.covers(year) }
func (m Month) Day(day int) (Date, error) { return m.day(day) }
func (c *Calendar) Overrides() []Override {
	if c == nil {
		return nil
	}
	return append([]Override(nil), c.overrides...)
}
func (c *Calendar) PushDeadline(month Month) (Deadline, error) { return c.DayOfMonth(month, 5) }
func (c *Calendar) RateDeadline(year int) (Deadline, error) {
	m, err := MonthOf(year, 1)
	if err != nil {
		return Deadline{}, err
	}
	return c.DayOfMonth(m, 5)
}

package calendar

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice: a host builds its own table of meanings from it.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrNotCovered, ErrNilCalendar, ErrZeroDate, ErrDateRange, ErrParse, ErrDateBinary,
		ErrScheduleSyntax, ErrScheduleYear, ErrDuplicateDay, ErrDayOutsideYear, ErrMissingDate,
		ErrBadDayKind, ErrWorkdayOnWeekday, ErrUnknownFestival, ErrMissingSource,
		ErrDuplicateSchedule, ErrDuplicateOverride, ErrBadOverride, ErrEmptySchedule,
		ErrNoHolidaysWithDays, ErrBadDeadline, ErrHolidayCSVTooLarge,
	}
}

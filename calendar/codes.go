package calendar

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice: a host builds its own table of meanings from it. The
// exported ones are those a host branches on (ErrNotCovered, ErrNilCalendar,
// ErrZeroDate, ErrParse); the others (a schedule, override, CSV or binary
// date refused) are what a person corrects in the input: a host acts on
// errcode.Of(err).Action() or compares errcode.Of(err).Code() with the
// identifier.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrNotCovered, ErrNilCalendar, ErrZeroDate, errDateRange, ErrParse, errDateBinary,
		errScheduleSyntax, errScheduleYear, errDuplicateDay, errDayOutsideYear, errMissingDate,
		errBadDayKind, errWorkdayOnWeekday, errUnknownFestival, errMissingSource,
		errDuplicateSchedule, errDuplicateOverride, errBadOverride, errEmptySchedule,
		errNoHolidaysWithDays, errBadDeadline, errHolidayCSVTooLarge,
	}
}

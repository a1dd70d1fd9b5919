// Package calendar is China's statutory working calendar and the deadline
// arithmetic of the Shanghai occupational-injury protection procedure
// (上海市新就业形态人员职业伤害保障业务经办和征收管理规程, 沪人社福〔2025〕373号).
//
// Every deadline of the procedure (第九、十二、十三、十四、二十一、二十二、二十六、
// 二十七、四十四条) is counted on the statutory calendar, where the State
// Council's yearly notice (国务院办公厅关于XXXX年部分节假日安排的通知) gives
// days off and makes some Saturdays and Sundays working days. The package
// knows, for every day of the years it covers, whether it is an ordinary
// working day, an ordinary weekend, a statutory holiday day (法定节假日), another
// day off of the arrangement (调休/补休), or an adjusted working day (调休上班),
// and for a named day its festival and notice.
//
// # Coverage
//
// Default covers 2019 to 2026 from the State Council notices (data/holidays.csv,
// each row citing its notice). A day of any other year is a
// *YearNotCoveredError for every query that needs it: the calendar never
// assumes that an unpublished year follows the ordinary week. When the notice
// for 2027 is published a host loads it (ParseSchedule, Calendar.With) and
// gets a new calendar; calendars are immutable and safe for concurrent use.
// A schedule with no days is refused unless it says "no_holidays": true; a
// schedule loaded over a year the calendar already has replaces it, and
// every deadline explanation that counts through that year names both the
// host's schedule and the official one it replaced (Calendar.Replaced).
// A nil *Calendar answers every method with ErrNilCalendar.
//
// # Readings
//
//   - Days are civil dates (Date). An instant is placed on the Beijing day it
//     falls in (FromTime: UTC+8, no daylight saving).
//   - A working day is Monday to Friday unless the arrangement makes it a day
//     off, or a Saturday or Sunday the arrangement makes a working day.
//   - "N 个工作日内" (RuleWorkdays): the N-th working day after the start day.
//   - "N 日内" from an event (RuleWithinDays): the event's day is not counted
//     (民法典 第二百零一条); a last day off moves to the next working day
//     (第二百零三条).
//   - "每月5日前（如遇到法定节假日顺延）" (RuleDayOfMonth): the 5th, or the first
//     working day after it; weekends extend it too.
//   - 第十四条 (RuleDeclaration): see Calendar.DeclarationDeadline; it
//     reproduces the tax administration's published deadlines.
//   - Official deadlines set by special notice are host-supplied Overrides
//     that take precedence; the explanation says so. An official deadline
//     also stands when the computed one is unknown (its year not covered):
//     Computed is then zero and Deadline.Err names the year.
//
// Every deadline is a Deadline value that carries the rule, its basis, the
// start, the raw last day, the extension, the final date and the days off
// behind it; Explain, MovedOver and NotCounted list them. A Deadline
// holds no pointer to its calendar: == compares what it says, and one read
// back from JSON explains itself the same. One whose count runs into a year
// not covered is unknown (Known false) and is returned beside the
// *YearNotCoveredError, with NotBefore the day it cannot be earlier than;
// StandingOn tells whether a step was met, is overdue, still open, or
// cannot be told.
//
// # Speed
//
// Working-day arithmetic does not walk day by day: the calendar keeps for
// each day the number of working days before it and the list of working
// days, so AddWorkdays, WorkdaysBetween and NextWorkday are O(1). The
// 第十四条 deadline is a pure function of a loaded month: it is computed for
// every fee period once, when the calendar is built (New, With,
// WithOverrides), so DeclarationDeadline is a lookup.
// None of them allocates. Figures, against rickar/cal: BENCHMARKS.md.
//
// # rickar/cal
//
// Package calendar/rickarcal gives a cal.WorkdayFn and a
// *cal.BusinessCalendar of github.com/rickar/cal/v2 that answer from a
// Calendar, for code written against rickar/cal; its Err reports any day it
// was asked about that the calendar does not cover. It is a package of its
// own so that calendar imports no module outside the standard library and
// this one.
package calendar

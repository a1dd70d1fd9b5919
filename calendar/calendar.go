package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/zhishang/zhishang/errcode"
)

// Calendar is China's statutory working calendar for the years it has a
// Schedule for: which days are working days and which are days off, under
// the State Council's yearly holiday arrangements.
//
// A Calendar is immutable and safe for concurrent use; the zero Calendar
// covers no year. Default returns the
// calendar built into the package (2019–2026); New builds one from
// schedules the host supplies; With and WithOverrides return a new Calendar
// with more years or official deadlines, leaving the receiver unchanged.
//
// Every query on a day of a year with no schedule, or whose answer depends on
// such a day, returns a *YearNotCoveredError naming the year: the calendar
// never assumes an unlisted year follows the ordinary Monday-to-Friday week.
//
// Working-day arithmetic is O(1): the calendar keeps, for each day, the
// number of working days before it and the list of working days, so
// AddWorkdays and WorkdaysBetween neither walk day by day nor allocate.
type Calendar struct {
	firstYear int
	first     Date       // 1 January of firstYear
	covered   []bool     // by year − firstYear
	kind      []DayKind  // by day index (days since first)
	tag       []uint32   // by day index: index+1 into notes, 0 for an unnamed day (at most one note a day: cannot wrap)
	notes     []dayNote  // festival and source of named days
	cum       []int32    // cum[i]: working days among day indexes [0, i); len(kind)+1 entries
	uncov     []int32    // uncov[i]: uncovered days among day indexes [0, i)
	work      []int32    // day indexes of the working days, ascending
	schedules []Schedule // by year, days sorted, sources filled in
	overrides []Override // by (Rule, Period)
	// replaced names, by year, the schedules a host loaded over a year the
	// calendar already had (the official one was replaced).
	replaced map[int]Replacement
	// fingerprint identifies the schedules and overrides (Fingerprint).
	fingerprint string
	// decl is the 第十四条 declaration deadline of every fee period whose
	// deadline depends only on covered years, computed once when the
	// calendar is built: DeclarationDeadline is a lookup. declFirst is the
	// Month.n of decl[0].
	decl      []declEntry
	declFirst int32
	// declDl holds the Deadline values of decl (with their overrides and
	// the days behind them), so that a lookup is a copy.
	declDl []Deadline
	// offText holds a record of every day off, in date order, and
	// offPos[i] the offset of day index i's (len(kind)+1 entries): a
	// Deadline's days off are a substring of it (captured.go).
	offText string
	offPos  []int32
	// replText holds the records of replaced, by year; replYear and
	// replOff where each starts (replOff has one more entry).
	replText string
	replYear []int32
	replOff  []int32
}

// declEntry is one precomputed declaration deadline.
type declEntry struct {
	start, end int32 // Date.n of the period's last day and of the computed deadline
	errYear    int32 // the uncovered year that makes the deadline unknown, or 0
	ext        int16 // the extension in days
	ov         int32 // index+1 into overrides, 0 for none
}

// Replacement names a schedule a host loaded over a year the calendar
// already covered (Calendar.With): explanations that use the year say so.
type Replacement struct {
	Year int `json:"year"`
	// Replaced is the source of the schedule that was replaced (the
	// official notice, for a year Default embeds).
	Replaced string `json:"replaced"`
	// By is the source of the host's schedule now in use.
	By string `json:"by"`
}

type dayNote struct {
	festival Festival
	source   string
}

// YearNotCoveredError is returned by every query that needs a day of a year
// the calendar has no schedule for. Load the year's Schedule (Calendar.With)
// once the State Council has published its notice.
type YearNotCoveredError struct {
	Year int
}

func (e *YearNotCoveredError) Error() string {
	if e == nil {
		return "calendar: year not covered"
	}
	return fmt.Sprintf("calendar: year %d is not covered: no State Council holiday schedule for %d is loaded", e.Year, e.Year)
}

// Unwrap returns ErrNotCovered, the code of every *YearNotCoveredError
// (errors.As finds it: errcode.Of(err).Code() is "not_covered").
func (e *YearNotCoveredError) Unwrap() error { return ErrNotCovered }

// Chinese says which year is not covered, for a clerk.
func (e *YearNotCoveredError) Chinese() string {
	if e == nil {
		return ErrNotCovered.Chinese()
	}
	return fmt.Sprintf("%d年的放假安排尚未载入，该年的日期无法判断", e.Year)
}

// ErrNotCovered matches (with errors.Is) any *YearNotCoveredError.
var ErrNotCovered = errcode.New("not_covered", errcode.Stop,
	"calendar: year not covered",
	"该年的放假安排尚未载入，该年的日期无法判断")

// ErrNilCalendar is returned by every method called on a nil *Calendar (and
// by the functions of other packages given one): a nil calendar is a host's
// mistake, reported, never a panic.
var ErrNilCalendar = errcode.New("nil_calendar", errcode.FixCall,
	"calendar: nil *Calendar (use calendar.Default() or calendar.New)",
	"没有提供日历")

// New returns a Calendar covering exactly the years of the given schedules.
// Each schedule is validated as ParseSchedule does; two schedules for one
// year are an error. New with no schedules gives a calendar that covers no
// year.
func New(schedules ...Schedule) (*Calendar, error) {
	return (&Calendar{}).With(schedules...)
}

// With returns a new Calendar that has c's years and overrides plus the
// given schedules. A schedule for a year c already covers replaces that year
// (a later notice, such as 2020's extension of the Spring Festival, amends
// the arrangement). The schedules are validated; c is not changed.
func (c *Calendar) With(schedules ...Schedule) (*Calendar, error) {
	if c == nil {
		return nil, ErrNilCalendar
	}
	byYear := make(map[int]Schedule, len(c.schedules)+len(schedules))
	for _, s := range c.schedules {
		byYear[s.Year] = s
	}
	replaced := make(map[int]Replacement, len(c.replaced))
	for y, r := range c.replaced {
		replaced[y] = r
	}
	given := make(map[int]bool, len(schedules))
	for _, s := range schedules {
		if err := s.validate(); err != nil {
			return nil, err
		}
		if given[s.Year] {
			return nil, &scheduleError{Year: s.Year, Index: -1, Err: errDuplicateSchedule}
		}
		given[s.Year] = true
		if old, ok := byYear[s.Year]; ok {
			r := Replacement{Year: s.Year, Replaced: old.describe(), By: s.describe()}
			if prev, ok := replaced[s.Year]; ok {
				r.Replaced = prev.Replaced // keep naming the official one
			}
			replaced[s.Year] = r
		}
		byYear[s.Year] = s.sorted()
	}
	all := make([]Schedule, 0, len(byYear))
	for _, s := range byYear {
		all = append(all, s)
	}
	if len(replaced) == 0 {
		replaced = nil
	}
	return build(all, c.overrides, replaced), nil
}

// Replaced returns the schedules a host loaded over years the calendar
// already covered, by year.
func (c *Calendar) Replaced() []Replacement {
	if c == nil {
		return nil
	}
	out := make([]Replacement, 0, len(c.replaced))
	for _, r := range c.replaced {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out
}

// build assembles a Calendar from schedules that have been validated and
// sorted. It cannot fail.
func build(schedules []Schedule, overrides []Override, replaced map[int]Replacement) *Calendar {
	sort.Slice(schedules, func(i, j int) bool { return schedules[i].Year < schedules[j].Year })
	c := &Calendar{schedules: schedules, overrides: overrides, replaced: replaced, fingerprint: fingerprintOf(schedules, overrides)}
	c.buildReplaced()
	if len(schedules) == 0 {
		c.cum = []int32{0}
		c.uncov = []int32{0}
		c.offPos = []int32{0}
		return c
	}
	c.firstYear = schedules[0].Year
	lastYear := schedules[len(schedules)-1].Year
	c.first, _ = DateOf(c.firstYear, 1, 1)
	end, _ := DateOf(lastYear, 12, 31)
	ndays := end.DaysSince(c.first) + 1
	c.covered = make([]bool, lastYear-c.firstYear+1)
	c.kind = make([]DayKind, ndays)
	c.tag = make([]uint32, ndays)
	noteIndex := map[dayNote]uint32{}
	for _, s := range schedules {
		c.covered[s.Year-c.firstYear] = true
		jan1, _ := DateOf(s.Year, 1, 1)
		dec31, _ := DateOf(s.Year, 12, 31)
		for d, i := jan1, jan1.DaysSince(c.first); !d.After(dec31); d, i = d.addDays(1), i+1 {
			if weekend(d.Weekday()) {
				c.kind[i] = OrdinaryWeekend
			} else {
				c.kind[i] = OrdinaryWorkday
			}
		}
		for _, sd := range s.Days {
			i := sd.Date.DaysSince(c.first)
			c.kind[i] = sd.Kind
			src := sd.Source
			if src == "" {
				src = s.Source
			}
			n := dayNote{festival: sd.Festival, source: src}
			t, ok := noteIndex[n]
			if !ok {
				c.notes = append(c.notes, n)
				t = uint32(len(c.notes)) // ≤ ndays < 2³²
				noteIndex[n] = t
			}
			c.tag[i] = t
		}
	}
	c.cum = make([]int32, ndays+1)
	c.uncov = make([]int32, ndays+1)
	for i, k := range c.kind {
		c.cum[i+1] = c.cum[i]
		c.uncov[i+1] = c.uncov[i]
		switch {
		case k.IsWorkday():
			c.cum[i+1]++
			c.work = append(c.work, int32(i))
		case k == KindUnknown:
			c.uncov[i+1]++
		}
	}
	c.buildDaysOff()
	c.buildDeclarations(lastYear)
	c.indexOverrides()
	return c
}

// Fingerprint identifies what c was built from: a SHA-256, in 64 lowercase
// hexadecimal digits, of its schedules (every named day with its kind,
// festival and source) and its overrides, in a canonical order. Two
// calendars with the same fingerprint answer every query alike; a result
// that records the fingerprint of the calendar it was computed on can be
// checked against the calendar an auditor holds. It is computed once, when
// the calendar is built. A nil or zero Calendar's fingerprint is that of a
// calendar with no years.
//
//	calendar.Default().Fingerprint() // "…": changes only when a schedule or an override does
func (c *Calendar) Fingerprint() string {
	if c == nil || c.fingerprint == "" {
		return emptyFingerprint
	}
	return c.fingerprint
}

var emptyFingerprint = fingerprintOf(nil, nil)

// fingerprintOf hashes schedules (sorted by year, days sorted) and
// overrides (sorted by rule and period) as JSON, the form a host loads
// them in. json.Marshal of these types cannot fail.
func fingerprintOf(schedules []Schedule, overrides []Override) string {
	h := sha256.New()
	if schedules == nil {
		schedules = []Schedule{}
	}
	if overrides == nil {
		overrides = []Override{}
	}
	b, _ := json.Marshal(struct {
		S []Schedule `json:"schedules"`
		O []Override `json:"overrides"`
	}{schedules, overrides})
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// Years returns the years c covers, in order.
func (c *Calendar) Years() []int {
	if c == nil {
		return nil
	}
	out := make([]int, len(c.schedules))
	for i, s := range c.schedules {
		out[i] = s.Year
	}
	return out
}

// covers reports whether c has a schedule for year (a host reads Years).
func (c *Calendar) covers(year int) bool {
	if c == nil {
		return false
	}
	i := year - c.firstYear
	return i >= 0 && i < len(c.covered) && c.covered[i]
}

// Schedules returns copies of the schedules c is built from, by year, each
// with its days in date order and every day's source filled in.
func (c *Calendar) Schedules() []Schedule {
	if c == nil {
		return nil
	}
	out := make([]Schedule, len(c.schedules))
	for i, s := range c.schedules {
		out[i] = s
		out[i].Days = append([]ScheduleDay(nil), s.Days...)
	}
	return out
}

// index returns d's day index, or an error if d is zero or not covered.
func (c *Calendar) index(d Date) (int, error) {
	if c == nil {
		return 0, ErrNilCalendar
	}
	if d.n == 0 {
		return 0, ErrZeroDate
	}
	i := int(d.n) - int(c.first.n)
	if i < 0 || i >= len(c.kind) || c.kind[i] == KindUnknown {
		return 0, &YearNotCoveredError{Year: d.Year()}
	}
	return i, nil
}

// spanCovered reports an error naming the first uncovered year between day
// indexes i and j (either order), both covered themselves.
func (c *Calendar) spanCovered(i, j int) error {
	if i > j {
		i, j = j, i
	}
	if c.uncov[j+1] == c.uncov[i] {
		return nil
	}
	return c.notCoveredFrom(i, +1)
}

// notCoveredFrom returns the error for the first uncovered year met walking
// from day index i in direction dir (+1 or −1).
func (c *Calendar) notCoveredFrom(i, dir int) error {
	y := c.first.addDays(i).Year()
	for {
		y += dir
		if !c.covers(y) {
			return &YearNotCoveredError{Year: y}
		}
	}
}

// Day returns what c knows of d: its kind and, for a day a notice names,
// the festival and the notice.
func (c *Calendar) Day(d Date) (DayInfo, error) {
	i, err := c.index(d)
	if err != nil {
		return DayInfo{}, err
	}
	return c.info(i), nil
}

func (c *Calendar) info(i int) DayInfo {
	d := c.first.addDays(i)
	out := DayInfo{Date: d, Weekday: d.Weekday().String(), Kind: c.kind[i]}
	if t := c.tag[i]; t != 0 {
		out.Festival = c.notes[t-1].festival
		out.Source = c.notes[t-1].source
	}
	return out
}

// Kind returns d's DayKind.
func (c *Calendar) Kind(d Date) (DayKind, error) {
	i, err := c.index(d)
	if err != nil {
		return KindUnknown, err
	}
	return c.kind[i], nil
}

// IsWorkday reports whether d is a working day: a Monday to Friday that is
// not a day off in the arrangement, or an adjusted working day (调休上班).
func (c *Calendar) IsWorkday(d Date) (bool, error) {
	i, err := c.index(d)
	if err != nil {
		return false, err
	}
	return c.kind[i].IsWorkday(), nil
}

// AddWorkdays returns the n-th working day after d (n > 0) or before d
// (n < 0); n == 0 returns d. d itself need not be a working day: the first
// working day after a Saturday is AddWorkdays(saturday, 1). This is how the
// regulation's "N 个工作日内" periods are counted (the start day is not
// counted).
//
// For a working day d, AddWorkdays(AddWorkdays(d, n), −n) == d.
func (c *Calendar) AddWorkdays(d Date, n int) (Date, error) {
	i, err := c.index(d)
	if err != nil {
		return Date{}, err
	}
	if n == 0 {
		return d, nil
	}
	var k int
	if n > 0 {
		k = int(c.cum[i+1]) - 1 + n
		if n > len(c.work) || k >= len(c.work) {
			return Date{}, c.notCoveredFrom(i, +1)
		}
	} else {
		k = int(c.cum[i]) + n
		if -n > len(c.work) || k < 0 {
			return Date{}, c.notCoveredFrom(i, -1)
		}
	}
	j := int(c.work[k])
	if err := c.spanCovered(i, j); err != nil {
		return Date{}, err
	}
	return c.first.addDays(j), nil
}

// WorkdaysBetween returns the number of working days after a up to and
// including b; negative when b is before a. It is additive:
// WorkdaysBetween(a, b) + WorkdaysBetween(b, c) == WorkdaysBetween(a, c).
func (c *Calendar) WorkdaysBetween(a, b Date) (int, error) {
	i, err := c.index(a)
	if err != nil {
		return 0, err
	}
	j, err := c.index(b)
	if err != nil {
		return 0, err
	}
	if err := c.spanCovered(i, j); err != nil {
		return 0, err
	}
	return int(c.cum[j+1]) - int(c.cum[i+1]), nil
}

// NextWorkday returns d if it is a working day, else the first working day
// after it.
func (c *Calendar) NextWorkday(d Date) (Date, error) {
	i, err := c.index(d)
	if err != nil {
		return Date{}, err
	}
	k := int(c.cum[i])
	if k >= len(c.work) {
		return Date{}, c.notCoveredFrom(i, +1)
	}
	j := int(c.work[k])
	if err := c.spanCovered(i, j); err != nil {
		return Date{}, err
	}
	return c.first.addDays(j), nil
}

package eligibility

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unsafe"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// Tally counts counted orders by platform, industry and Beijing day.
// Tallies made on different machines, over any partition of the orders,
// Merge into the same tally in any order and grouping, and serialize to JSON
// (rows sorted by platform, industry, day) so they can travel.
//
// A Tally holds days from 2020-01-01 to 2039-12-31 (TallyDays) only: a
// count on any other day is refused (ErrDayOutsideTally), so that no input
// makes it allocate per-day counters across the years 0001–9999. Its memory
// is at most 8 bytes a day of the span each platform and industry has counts
// in (58 KB for the whole range).
//
// The zero Tally is empty and ready to use, and a nil *Tally reads as an
// empty one. A Tally value marshals as its pointer does (JSON and binary), so
// a struct holding a Tally by value marshals its counts. A Tally is not safe
// for concurrent use: give each goroutine its own and Merge them.
type Tally struct {
	platforms []*platformCounts // in order of first appearance; Rows sorts
	// recent maps a small hash of a platform ID (its length and last byte)
	// to the platform last seen with that hash, and
	// recentID to the string it was last looked up by, so that finding a
	// platform is one string comparison, not a search.
	recent   [32]*platformCounts
	recentID [32]string
}

type platformCounts struct {
	id  string
	ind [3]dayCounts // by Industry − 1
}

// dayCounts holds the count of each day from base on.
type dayCounts struct {
	base   calendar.Date
	counts []int64
}

// Row is one cell of a Tally.
type Row struct {
	Platform string        `json:"platform"`
	Industry Industry      `json:"industry"`
	Day      calendar.Date `json:"day"`
	Orders   int64         `json:"orders"`
}

// MonthRow is one cell of a tally summed over a month.
type MonthRow struct {
	Platform string         `json:"platform"`
	Industry Industry       `json:"industry"`
	Month    calendar.Month `json:"month"`
	Orders   int64          `json:"orders"`
}

// The days a Tally holds (第十条's days of the pilot, with margin): a later
// version can widen them.
const (
	tallyFirstText = "2020-01-01"
	tallyLastText  = "2039-12-31"
)

// tallySpan is the number of days from tallyFirst to tallyLast, both
// included (a day d is held when uint(d.DaysSince(tallyFirst)) <
// tallySpan), and tallyFirstUnix the Unix second of tallyFirst's midnight in
// UTC: constants, so that Decide compares with immediates (checked against
// the dates by init).
const (
	tallySpan      = 7305
	tallyFirstUnix = 1577836800
	beijingOffset  = 8 * 3600 // UTC+8 in seconds
)

var (
	tallyFirst = mustDate(tallyFirstText)
	tallyLast  = mustDate(tallyLastText)
	// tallyDates[i] is tallyFirst + i days (29 KB): Decide's day without a call.
	tallyDates = func() *[tallySpan]calendar.Date {
		if tallyLast.DaysSince(tallyFirst)+1 != tallySpan || tallyFirst.In(time.UTC).Unix() != tallyFirstUnix {
			panic("eligibility: tallySpan or tallyFirstUnix disagree with the days a Tally holds") // a constant of this file
		}
		var out [tallySpan]calendar.Date
		for i := range out {
			out[i] = dayAt(tallyFirst, i)
		}
		return &out
	}()
)

func mustDate(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err) // a constant of this file
	}
	return d
}

// TallyDays returns the first and last day a Tally holds: 2020-01-01 and
// 2039-12-31 (Beijing days). Decide refuses an execution that ended outside
// them (ErrTimeOutsideCovered).
func TallyDays() (first, last calendar.Date) { return tallyFirst, tallyLast }

// ErrDayOutsideTally is returned for a count on a day outside TallyDays.
var ErrDayOutsideTally = errors.New("eligibility: day outside the days a Tally holds (" + tallyFirstText + ".." + tallyLastText + ")")

// ErrNilTally is returned by the methods of a nil *Tally that would change
// it. (MarshalJSON and MarshalBinary have value receivers, so that a Tally
// held by value marshals: Go cannot call them through a nil *Tally, but
// json.Marshal writes a nil *Tally as null.)
var ErrNilTally = errors.New("eligibility: nil *Tally")

// ErrTallyCount is returned by AddN for a missing platform or one that is
// not clear text (see ErrMalformedPlatform: its JSON could not carry it, or
// a clerk could not tell it apart), an invalid industry, the zero day or a
// negative count.
var ErrTallyCount = errors.New("eligibility: a tally count needs a platform, a valid industry, a day and orders ≥ 0")

func inTally(day calendar.Date) bool { return uint(day.DaysSince(tallyFirst)) < tallySpan }

func (t *Tally) platform(id string) *platformCounts {
	h := 0
	if n := len(id); n > 0 {
		h = (n*7 + int(id[n-1])) & 31
	}
	// The caller's own string is remembered beside the index: the next
	// row's platform is mostly the very same string, and a string is
	// compared with itself by its pointer.
	if p := t.recent[h]; p != nil && sameString(t.recentID[h], id) {
		return p
	}
	return t.findPlatform(id, h)
}

// sameString is a == b, without a call when they are the same string.
func sameString(a, b string) bool {
	return len(a) == len(b) && (unsafe.StringData(a) == unsafe.StringData(b) || a == b)
}

func (t *Tally) findPlatform(id string, h int) *platformCounts {
	var p *platformCounts
	for _, q := range t.platforms {
		if q.id == id {
			p = q
			break
		}
	}
	if p == nil {
		p = &platformCounts{id: strings.Clone(id)}
		t.platforms = append(t.platforms, p)
	}
	t.recent[h], t.recentID[h] = p, id
	return p
}

func (dc *dayCounts) add(day calendar.Date, n int64) {
	if off := day.DaysSince(dc.base); uint(off) < uint(len(dc.counts)) {
		dc.counts[off] += n // the common case: a day already held (never true while counts is empty)
		return
	}
	if dc.counts == nil {
		dc.base = day
		dc.counts = make([]int64, 1, 32)
	}
	off := day.DaysSince(dc.base)
	if off < 0 {
		grown := make([]int64, len(dc.counts)-off, cap(dc.counts)-off)
		copy(grown[-off:], dc.counts)
		dc.counts = grown
		dc.base = day
		off = 0
	}
	for off >= len(dc.counts) {
		dc.counts = append(dc.counts, 0)
	}
	dc.counts[off] += n
}

// Add counts one order of platform and industry on day (see AddN). It
// allocates only when it meets a new platform or a day outside the span it
// holds.
func (t *Tally) Add(platform string, industry Industry, day calendar.Date) error {
	return t.AddN(platform, industry, day, 1)
}

// AddN counts n orders of platform and industry on day. A missing
// platform, an invalid industry, the zero day or n < 0 is ErrTallyCount, a day outside TallyDays
// ErrDayOutsideTally, and t is then unchanged; n = 0 does nothing.
func (t *Tally) AddN(platform string, industry Industry, day calendar.Date, n int64) error {
	if t == nil {
		return ErrNilTally
	}
	if platform == "" || !cleanID(platform) || !industry.Valid() || day.IsZero() || n < 0 {
		return ErrTallyCount
	}
	if !inTally(day) {
		return ErrDayOutsideTally
	}
	if n > 0 {
		t.platform(platform).ind[industry-1].add(day, n)
	}
	return nil
}

// addSigned adds n (possibly negative: a Batch taking a count back) to a
// day already checked.
func (t *Tally) addSigned(platform string, industry Industry, day calendar.Date, n int64) {
	t.platform(platform).ind[industry-1].add(day, n)
}

// AddDecision counts e if d says it counts; it reports whether it did. A
// counted Decision from Decide always has a day the Tally holds; any other
// is refused with ErrDayOutsideTally or ErrTallyCount.
func (t *Tally) AddDecision(e *Execution, d Decision) (bool, error) {
	switch {
	case !d.Counted:
		return false, nil
	case t == nil:
		return false, ErrNilTally
	case e == nil:
		return false, ErrNilExecution
	case len(e.Platform) == 0:
		return false, ErrTallyCount
	}
	ind := e.Industry - 1
	if ind > 2 { // unsigned: 0 wraps to 255
		return false, ErrTallyCount
	}
	if !inTally(d.Day) {
		return false, ErrDayOutsideTally
	}
	// t.platform, its common case inline
	id, h := e.Platform, 0
	if n := len(id); n > 0 {
		h = (n*7 + int(id[n-1])) & 31
	}
	p := t.recent[h]
	if p == nil || !sameString(t.recentID[h], id) {
		if !cleanID(id) { // off the hot path: only when the platform is not the one cached
			return false, ErrTallyCount
		}
		p = t.findPlatform(id, h)
	}
	dc := &p.ind[ind]
	if off := uint(d.Day.DaysSince(dc.base)); off < uint(len(dc.counts)) {
		dc.counts[off]++ // the common case, inline
		return true, nil
	}
	dc.add(d.Day, 1)
	return true, nil
}

// Merge adds every count of u to t. Merging is commutative and associative.
func (t *Tally) Merge(u *Tally) {
	if t == nil || u == nil {
		return
	}
	for _, p := range u.platforms {
		for i := range p.ind {
			dc := &p.ind[i]
			for off, n := range dc.counts {
				if n != 0 {
					t.addSigned(p.id, Industry(i+1), dayAt(dc.base, off), n)
				}
			}
		}
	}
}

// dayAt is base + off days; every day a Tally holds is a real date, so the
// sum is in range.
func dayAt(base calendar.Date, off int) calendar.Date {
	d, _ := base.AddDays(off)
	return d
}

// Count returns the orders of platform and industry on day.
func (t *Tally) Count(platform string, industry Industry, day calendar.Date) int64 {
	if t == nil || !industry.Valid() {
		return 0
	}
	for _, p := range t.platforms {
		if p.id == platform {
			dc := &p.ind[industry-1]
			off := day.DaysSince(dc.base)
			if dc.counts != nil && off >= 0 && off < len(dc.counts) {
				return dc.counts[off]
			}
			return 0
		}
	}
	return 0
}

// Total returns the number of orders in t.
func (t *Tally) Total() int64 {
	var n int64
	if t == nil {
		return 0
	}
	for _, p := range t.platforms {
		for _, dc := range p.ind {
			for _, c := range dc.counts {
				n += c
			}
		}
	}
	return n
}

// Rows returns every non-zero cell, sorted by platform, industry and day.
func (t *Tally) Rows() []Row {
	var rows []Row
	if t == nil {
		return nil
	}
	for _, p := range t.platforms {
		for i, dc := range p.ind {
			for off, n := range dc.counts {
				if n != 0 {
					rows = append(rows, Row{Platform: p.id, Industry: Industry(i + 1), Day: dayAt(dc.base, off), Orders: n})
				}
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rowBefore(rows[i], rows[j]) })
	return rows
}

// Months returns the tally summed by month: one row per platform, industry
// and month, sorted.
func (t *Tally) Months() []MonthRow {
	var out []MonthRow
	for _, r := range t.Rows() {
		m := calendar.MonthOfDate(r.Day)
		if n := len(out); n > 0 && out[n-1].Platform == r.Platform && out[n-1].Industry == r.Industry && out[n-1].Month == m {
			out[n-1].Orders += r.Orders
			continue
		}
		out = append(out, MonthRow{Platform: r.Platform, Industry: r.Industry, Month: m, Orders: r.Orders})
	}
	return out
}

// Month returns the part of t whose days fall in m.
func (t *Tally) Month(m calendar.Month) *Tally {
	out := &Tally{}
	for _, r := range t.Rows() {
		if calendar.MonthOfDate(r.Day) == m {
			out.AddN(r.Platform, r.Industry, r.Day, r.Orders)
		}
	}
	return out
}

// Platforms returns the platforms with a count, sorted.
func (t *Tally) Platforms() []string {
	var out []string
	if t == nil {
		return nil
	}
	for _, p := range t.platforms {
		for _, dc := range p.ind {
			if sumCounts(dc.counts) != 0 {
				out = append(out, p.id)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

func sumCounts(cs []int64) int64 {
	var n int64
	for _, c := range cs {
		n += c
	}
	return n
}

// Equal reports whether t and u hold the same counts.
func (t *Tally) Equal(u *Tally) bool {
	a, b := t.Rows(), u.Rows()
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// MarshalJSON writes {"rows":[{"platform":…,"industry":…,"day":…,"orders":…},…]}.
// It has a value receiver, so a Tally held by value marshals too.
func (t Tally) MarshalJSON() ([]byte, error) {
	rows := t.Rows()
	if rows == nil {
		rows = []Row{}
	}
	return json.Marshal(struct {
		Rows []Row `json:"rows"`
	}{rows})
}

// ErrTallyTooSparse is returned (wrapped) by UnmarshalJSON and
// UnmarshalBinary for a tally whose days are so far apart that its per-day
// counters would take more than 64 bytes of memory per byte of input (and
// 1 MiB): a tally that travels is dense (one month, or a few), and a sparse
// one crafted to spread a few cells over 2020–2039 would make a small input
// allocate gigabytes.
var ErrTallyTooSparse = errors.New("eligibility: tally too sparse for its size (days far apart in many cells)")

// checkBudget refuses rows whose per-day counters would outgrow their
// input: it sums, over each platform and industry, the days from its first
// to its last row, before anything is allocated for them.
func checkBudget(rows []Row, inputLen int) error {
	type cell struct {
		platform string
		industry Industry
	}
	span := map[cell][2]calendar.Date{}
	for _, r := range rows {
		c := cell{r.Platform, r.Industry}
		s, ok := span[c]
		if !ok {
			s = [2]calendar.Date{r.Day, r.Day}
		}
		if r.Day.Before(s[0]) {
			s[0] = r.Day
		}
		if r.Day.After(s[1]) {
			s[1] = r.Day
		}
		span[c] = s
	}
	days := 0
	for _, s := range span {
		days += s[1].DaysSince(s[0]) + 1
	}
	if 8*days > 64*inputLen+1<<20 {
		return ErrTallyTooSparse
	}
	return nil
}

// ErrTallySyntax is wrapped by the errors of UnmarshalJSON.
var ErrTallySyntax = errors.New("eligibility: malformed tally JSON")

// UnmarshalJSON reads what MarshalJSON writes, strictly: unknown keys, a
// missing platform, industry or day, a negative count, or a cell listed
// twice are errors. It replaces t's counts.
func (t *Tally) UnmarshalJSON(data []byte) error {
	if t == nil {
		return ErrNilTally
	}
	var in struct {
		Rows []Row `json:"rows"`
	}
	if err := strictjson.Decode(data, &in); err != nil {
		// The decoder quotes values: bounded and masked, as every echo.
		return fmt.Errorf("%w: %s", ErrTallySyntax, boundText(err.Error()))
	}
	seen := map[Row]bool{}
	for i, r := range in.Rows {
		switch {
		case r.Platform == "":
			return fmt.Errorf("%w: row %d: no platform", ErrTallySyntax, i+1)
		case !cleanID(r.Platform):
			return fmt.Errorf("%w: row %d: %w", ErrTallySyntax, i+1, ErrMalformedPlatform)
		case !r.Industry.Valid():
			return fmt.Errorf("%w: row %d: no industry", ErrTallySyntax, i+1)
		case r.Day.IsZero():
			return fmt.Errorf("%w: row %d: no day", ErrTallySyntax, i+1)
		case !inTally(r.Day):
			return fmt.Errorf("%w: row %d: %w", ErrTallySyntax, i+1, ErrDayOutsideTally)
		case r.Orders < 0:
			return fmt.Errorf("%w: row %d: negative orders", ErrTallySyntax, i+1)
		}
		key := Row{Platform: r.Platform, Industry: r.Industry, Day: r.Day}
		if seen[key] {
			return fmt.Errorf("%w: row %d: %q %s %s listed twice", ErrTallySyntax, i+1, echo(r.Platform), r.Industry, r.Day)
		}
		seen[key] = true
	}
	if err := checkBudget(in.Rows, len(data)); err != nil {
		return fmt.Errorf("%w: %w", ErrTallySyntax, err)
	}
	out := Tally{}
	for _, r := range in.Rows {
		if r.Orders > 0 {
			out.addSigned(r.Platform, r.Industry, r.Day, r.Orders)
		}
	}
	*t = out
	return nil
}

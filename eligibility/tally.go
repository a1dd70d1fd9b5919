package eligibility

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unsafe"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// Tally counts counted orders by platform, industry and Beijing day.
// Tallies made on different machines, over any partition of the orders,
// Merge into the same tally in any order and grouping, and serialize to JSON
// (rows sorted by platform, industry, day) so they can travel.
//
// A Tally holds days from 2020-01-01 to 2039-12-31 (the days a Tally holds) only: a
// count on any other day is refused (day_outside_tally). Its counters come
// in blocks of 64 days, allocated when a day of theirs is first counted, so
// its memory follows the days counted, not the span between them: 512 bytes
// a block, and at most 920 bytes more for each platform and industry.
//
// Counts cannot wrap: a Tally's total is at most math.MaxInt64, and an
// addition (AddN, AddDecision, Merge, a decoded tally) that would pass it is
// refused with an *OverflowError (ErrCountOverflow), the Tally unchanged. So
// every count and every sum of counts it gives (Total, Months, a bill's
// lines) fits an int64.
//
// The zero Tally is empty and ready to use, and a nil *Tally reads as an
// empty one. Copying a Tally value shares its counters (Merge into an empty
// Tally to copy one). A Tally value marshals as its pointer does (JSON and binary), so
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
	index    map[string]*platformCounts // past 16 platforms
	// total is the sum of every count, at most math.MaxInt64: each
	// addition is checked against it, so no count and no sum of counts
	// (a platform's, a month's) can wrap.
	total int64
}

type platformCounts struct {
	id  string
	ind [3]dayCounts // by Industry − 1
	n   int64        // the sum of its counts: a platform at 0 is dropped (see addSigned)
	at  int          // its index in Tally.platforms
}

// dayCounts holds the count of each day, in blocks of blockDays days
// aligned on tallyFirst, allocated when a day of theirs is first counted:
// its memory follows the days counted (512 bytes a block, and 8 bytes a
// block between the first and the last), not the span between them.
type dayCounts struct {
	first  int // the block index of blocks[0] (days since tallyFirst / blockDays)
	blocks []*[blockDays]int64
}

const blockDays = 64

// at returns the count of day offset off (days since tallyFirst).
func (dc *dayCounts) at(off int) int64 {
	if i := uint(off/blockDays - dc.first); i < uint(len(dc.blocks)) {
		if b := dc.blocks[i]; b != nil {
			return b[off%blockDays]
		}
	}
	return 0
}

// inc adds n to day offset off, which is in [0, tallySpan): inline when
// its block is there.
func (dc *dayCounts) inc(off int, n int64) {
	if i := uint(off)/blockDays - uint(dc.first); i < uint(len(dc.blocks)) { // off ≥ 0: shifts
		if b := dc.blocks[i]; b != nil {
			b[uint(off)%blockDays] += n
			return
		}
	}
	dc.add(off, n)
}

// add adds n to day offset off, which is in [0, tallySpan).
func (dc *dayCounts) add(off int, n int64) {
	bi := off / blockDays
	if dc.blocks == nil {
		dc.first = bi
	}
	i := bi - dc.first
	if i < 0 {
		grown := make([]*[blockDays]int64, len(dc.blocks)-i)
		copy(grown[-i:], dc.blocks)
		dc.blocks, dc.first, i = grown, bi, 0
	}
	for i >= len(dc.blocks) {
		dc.blocks = append(dc.blocks, nil)
	}
	if dc.blocks[i] == nil {
		dc.blocks[i] = new([blockDays]int64)
	}
	dc.blocks[i][off%blockDays] += n
}

// each calls f for each day offset with a non-zero count, in order.
func (dc *dayCounts) each(f func(off int, n int64)) {
	for i, b := range dc.blocks {
		if b == nil {
			continue
		}
		base := (dc.first + i) * blockDays
		for j, n := range b {
			if n != 0 {
				f(base+j, n)
			}
		}
	}
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

// tallyDays returns the first and last day a Tally holds: 2020-01-01 and
// 2039-12-31 (Beijing days; the package doc states them). Decide refuses an
// execution that ended outside them (errTimeOutsideCovered).
func tallyDays() (first, last calendar.Date) { return tallyFirst, tallyLast }

// errDayOutsideTally is returned for a count on a day outside 2020-01-01..2039-12-31.
var errDayOutsideTally = errcode.New("day_outside_tally", errcode.SkipRow,
	"eligibility: day outside the days a Tally holds ("+tallyFirstText+".."+tallyLastText+")",
	"日期不在汇总表可容纳的日期范围内（2020-01-01 至 2039-12-31）")

// errNilTally is returned by the methods of a nil *Tally that would change
// it. (MarshalJSON and MarshalBinary have value receivers, so that a Tally
// held by value marshals: Go cannot call them through a nil *Tally, but
// json.Marshal writes a nil *Tally as null.)
var errNilTally = errcode.New("nil_tally", errcode.FixCall,
	"eligibility: nil *Tally",
	"没有提供汇总表（*Tally 为 nil）")

// errTallyCount is returned by AddN for a missing platform or one that is
// not clear text (see errMalformedPlatform: its JSON could not carry it, or
// a clerk could not tell it apart), an invalid industry, the zero day or a
// negative count.
var errTallyCount = errcode.New("bad_tally_count", errcode.SkipRow,
	"eligibility: a tally count needs a platform, a valid industry, a day and orders ≥ 0",
	"汇总计数须有平台、有效的行业、日期和不小于 0 的订单数")

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
	if t.index != nil {
		p = t.index[id]
	} else {
		for _, q := range t.platforms {
			if q.id == id {
				p = q
				break
			}
		}
	}
	if p == nil {
		p = &platformCounts{id: strings.Clone(id), at: len(t.platforms)}
		t.platforms = append(t.platforms, p)
		if t.index != nil {
			t.index[p.id] = p
		} else if len(t.platforms) > 16 { // past a few platforms, a map: linear in them
			t.index = make(map[string]*platformCounts, 2*len(t.platforms))
			for _, q := range t.platforms {
				t.index[q.id] = q
			}
		}
	}
	t.recent[h], t.recentID[h] = p, id
	return p
}

// AddN counts n orders of platform and industry on day. A missing
// platform, an invalid industry, the zero day or n < 0 is bad_tally_count, a day outside 2020-01-01..2039-12-31
// day_outside_tally, a total past math.MaxInt64 an *OverflowError
// (ErrCountOverflow), and t is then unchanged; n = 0 does nothing.
func (t *Tally) AddN(platform string, industry Industry, day calendar.Date, n int64) error {
	if t == nil {
		return errNilTally
	}
	if platform == "" || !industry.valid() || day.IsZero() || n < 0 {
		return errTallyCount
	}
	if !cleanID(platform) {
		return wrapZH(errTallyCount, idError("platform", platform))
	}
	if !inTally(day) {
		return errDayOutsideTally
	}
	total, err := addCount("tally total", t.total, n)
	if err != nil {
		return err
	}
	if n > 0 {
		p := t.platform(platform)
		p.ind[industry-1].add(day.DaysSince(tallyFirst), n)
		p.n += n
		t.total = total
	}
	return nil
}

// addSigned adds n (possibly negative: a Batch taking a count back) to a
// day already checked, the total already checked. A platform whose counts
// a take-back brings to 0 is dropped: a Batch whose copies move from
// platform to platform keeps the platforms counted, not every one seen.
func (t *Tally) addSigned(platform string, industry Industry, day calendar.Date, n int64) {
	p := t.platform(platform)
	p.ind[industry-1].inc(day.DaysSince(tallyFirst), n)
	p.n += n
	t.total += n
	if p.n == 0 {
		t.drop(p)
	}
}

// drop removes a platform with no count from t.
func (t *Tally) drop(p *platformCounts) {
	last := len(t.platforms) - 1
	moved := t.platforms[last]
	t.platforms[p.at], moved.at = moved, p.at
	t.platforms[last] = nil
	t.platforms = t.platforms[:last]
	if t.index != nil {
		delete(t.index, p.id)
	}
	for h := range t.recent {
		if t.recent[h] == p {
			t.recent[h], t.recentID[h] = nil, ""
		}
	}
}

// AddDecision counts e if d says it counts; it reports whether it did. A
// counted Decision from Decide always has a day the Tally holds; any other
// is refused with day_outside_tally or bad_tally_count, and a count past
// math.MaxInt64 with an *OverflowError (ErrCountOverflow).
func (t *Tally) AddDecision(e *Execution, d Decision) (bool, error) {
	switch {
	case !d.Counted:
		return false, nil
	case t == nil:
		return false, errNilTally
	case e == nil:
		return false, errNilExecution
	case len(e.Platform) == 0:
		return false, errTallyCount
	case t.total == math.MaxInt64:
		return false, &OverflowError{What: "tally total", Have: t.total, Add: 1}
	}
	ind := e.Industry - 1
	if ind > 2 { // unsigned: 0 wraps to 255
		return false, errTallyCount
	}
	off := uint(d.Day.DaysSince(tallyFirst)) // unsigned: a day before wraps past tallySpan
	if off >= tallySpan {
		return false, errDayOutsideTally
	}
	// t.platform, its common case inline (the platform is not empty)
	id := e.Platform
	h := (len(id)*7 + int(id[len(id)-1])) & 31
	p := t.recent[h]
	if p == nil || !sameString(t.recentID[h], id) {
		if !cleanID(id) { // off the hot path: only when the platform is not the one cached
			return false, wrapZH(errTallyCount, idError("platform", id))
		}
		p = t.findPlatform(id, h)
	}
	t.total++
	p.n++
	dc := &p.ind[ind]
	if i := off/blockDays - uint(dc.first); i < uint(len(dc.blocks)) { // unsigned: shifts, not divisions
		if b := dc.blocks[i]; b != nil {
			b[off%blockDays]++ // the common case, inline
			return true, nil
		}
	}
	dc.add(int(off), 1)
	return true, nil
}

// Merge adds every count of u to t. Merging is commutative and associative.
// A total past math.MaxInt64 is an *OverflowError (ErrCountOverflow), and t
// is then unchanged. A nil t is nil_tally; a nil u adds nothing.
func (t *Tally) Merge(u *Tally) error {
	if t == nil {
		return errNilTally
	}
	if u == nil {
		return nil
	}
	total, err := addCount("tally total", t.total, u.total)
	if err != nil {
		return err
	}
	platforms := u.platforms // t.Merge(t) adds to what it reads: a fixed list, each count read before it is added to
	for _, p := range platforms {
		if p.n == 0 {
			continue
		}
		tp := t.platform(p.id)
		for i := range p.ind {
			to := &tp.ind[i]
			p.ind[i].each(func(off int, n int64) { to.add(off, n) })
		}
		tp.n += p.n
	}
	t.total = total
	return nil
}

// dayAt is base + off days; every day a Tally holds is a real date, so the
// sum is in range.
func dayAt(base calendar.Date, off int) calendar.Date {
	d, _ := base.AddDays(off)
	return d
}

// Count returns the orders of platform and industry on day.
func (t *Tally) Count(platform string, industry Industry, day calendar.Date) int64 {
	if t == nil || !industry.valid() {
		return 0
	}
	var p *platformCounts
	if t.index != nil {
		p = t.index[platform]
	} else {
		for _, q := range t.platforms {
			if q.id == platform {
				p = q
				break
			}
		}
	}
	off := day.DaysSince(tallyFirst)
	if p == nil || uint(off) >= tallySpan {
		return 0
	}
	return p.ind[industry-1].at(off)
}

// Total returns the number of orders in t (at most math.MaxInt64).
func (t *Tally) Total() int64 {
	if t == nil {
		return 0
	}
	return t.total
}

// Rows returns every non-zero cell, sorted by platform, industry and day.
func (t *Tally) Rows() []Row {
	var rows []Row
	if t == nil {
		return nil
	}
	for _, p := range t.platforms {
		for i := range p.ind {
			p.ind[i].each(func(off int, n int64) {
				rows = append(rows, Row{Platform: p.id, Industry: Industry(i + 1), Day: tallyDates[off], Orders: n})
			})
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
		if p.n != 0 {
			out = append(out, p.id)
		}
	}
	sort.Strings(out)
	return out
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

// MarshalJSON writes {"rows":[{"platform":…,"industry":…,"day":…,"orders":…},…]},
// one row per non-zero count, sorted by platform, industry and day. It
// writes only what UnmarshalJSON reads back (checkRows): a Tally that does
// not hold (its value copied and changed, see Tally) is an error. It has a
// value receiver, so a Tally held by value marshals too.
func (t Tally) MarshalJSON() ([]byte, error) {
	rows := t.Rows()
	if rows == nil {
		rows = []Row{}
	}
	if err := checkRows(rows); err != nil {
		return nil, wrapZH(errTallySyntax, err)
	}
	return json.Marshal(struct {
		Rows []Row `json:"rows"`
	}{rows})
}

// errTallyTooSparse is returned (wrapped) by UnmarshalJSON and
// UnmarshalBinary for input whose counters would take more than 256 bytes
// of memory per byte of input (and 1 MiB), which no tally the library
// writes does (see checkBudget): a crafted input cannot make a small
// message allocate gigabytes.
var errTallyTooSparse = errcode.New("tally_too_sparse", errcode.Stop,
	"eligibility: tally too sparse for its size (days far apart in many cells)",
	"汇总表数据过于稀疏（日期相隔很远），所需内存与输入大小不相称，拒绝读取")

// checkBudget refuses rows whose counters would take more than 256 bytes
// of memory per byte of their input (and 1 MiB), before anything is
// allocated for them: 8 bytes a block from each cell's first block to its
// last, and 512 bytes a block counted. A tally the library writes (binary
// or JSON) never comes near: each block it counts costs its input at least
// 4 bytes (128×), and each cell spanning many blocks at least 10 (92×); a
// crafted one can make its input take 256 times its size at most.
func checkBudget(rows []Row, inputLen int) error {
	type cell struct {
		platform string
		industry Industry
	}
	type span struct{ lo, hi int }
	spans := map[cell]span{}
	type block struct {
		c cell
		b int
	}
	used := map[block]bool{}
	for _, r := range rows {
		c := cell{r.Platform, r.Industry}
		bi := r.Day.DaysSince(tallyFirst) / blockDays
		sp, ok := spans[c]
		if !ok {
			sp = span{bi, bi}
		}
		sp.lo, sp.hi = min(sp.lo, bi), max(sp.hi, bi)
		spans[c] = sp
		used[block{c, bi}] = true
	}
	bytes := 512 * len(used)
	for _, sp := range spans {
		bytes += 8 * (sp.hi - sp.lo + 1)
	}
	if bytes > 256*inputLen+1<<20 {
		return errTallyTooSparse
	}
	return nil
}

// errTallySyntax is wrapped by the errors of UnmarshalJSON.
var errTallySyntax = errcode.New("tally_syntax", errcode.Stop,
	"eligibility: malformed tally JSON",
	"汇总表的 JSON 格式不对")

// UnmarshalJSON reads what MarshalJSON writes, strictly: unknown keys, a
// missing platform, industry or day, a platform that is not a clear ID
// (CheckID), a count of zero (MarshalJSON lists only counts) or below, a
// cell listed twice, or a total past math.MaxInt64 (an *OverflowError) are
// errors wrapping tally_syntax. The rows may come in any order: the tally
// is the same. It replaces t's counts; on error t is unchanged.
func (t *Tally) UnmarshalJSON(data []byte) error {
	if t == nil {
		return errNilTally
	}
	var in struct {
		Rows []Row `json:"rows"`
	}
	if err := strictjson.Decode(data, &in); err != nil {
		// A *jsonerr.Error: bounded and masked already; errors.As reaches it.
		return wrapZH(errTallySyntax, err)
	}
	seen := map[Row]bool{}
	for i, r := range in.Rows {
		switch {
		case r.Platform == "":
			return errzh.With(fmt.Errorf("%w: row %d: no platform", errTallySyntax, i+1), "第 %d 行：没有平台", i+1)
		case !cleanID(r.Platform):
			bad := idError("platform", r.Platform)
			return errzh.With(fmt.Errorf("%w: row %d: %w", errTallySyntax, i+1, bad), "第 %d 行：%s", i+1, errzh.Of(bad))
		case !r.Industry.valid():
			return errzh.With(fmt.Errorf("%w: row %d: no industry", errTallySyntax, i+1), "第 %d 行：没有行业", i+1)
		case r.Day.IsZero():
			return errzh.With(fmt.Errorf("%w: row %d: no day", errTallySyntax, i+1), "第 %d 行：没有日期", i+1)
		case !inTally(r.Day):
			return errzh.With(fmt.Errorf("%w: row %d: %w", errTallySyntax, i+1, errDayOutsideTally), "第 %d 行：%s", i+1, errDayOutsideTally.Chinese())
		case r.Orders < 0:
			return errzh.With(fmt.Errorf("%w: row %d: %w", errTallySyntax, i+1, errNegativeCount), "第 %d 行：%s", i+1, errNegativeCount.Chinese())
		case r.Orders == 0:
			return errzh.With(fmt.Errorf("%w: row %d: zero orders (a tally lists only the cells with orders)", errTallySyntax, i+1),
				"第 %d 行：订单数为零（汇总表只列有订单的格）", i+1)
		}
		key := Row{Platform: r.Platform, Industry: r.Industry, Day: r.Day}
		if seen[key] {
			return errzh.With(fmt.Errorf("%w: row %d: %s %s %s listed twice", errTallySyntax, i+1, quoteEcho(echo(r.Platform)), r.Industry, r.Day),
				"第 %d 行：%s %s（%s）%s 列了两次", i+1, quoteEcho(echo(r.Platform)), r.Industry.Chinese(), r.Industry, r.Day)
		}
		seen[key] = true
	}
	if err := checkBudget(in.Rows, len(data)); err != nil {
		return wrapZH(errTallySyntax, err)
	}
	if _, err := sumRows(in.Rows); err != nil {
		return wrapZH(errTallySyntax, err)
	}
	out := Tally{}
	for _, r := range in.Rows {
		out.addSigned(r.Platform, r.Industry, r.Day, r.Orders)
	}
	*t = out
	return nil
}

// sumRows returns the total of rows, or an *OverflowError when it would
// pass math.MaxInt64 (or negative_count for a negative row).
func sumRows(rows []Row) (int64, error) {
	var total int64
	for _, r := range rows {
		var err error
		if total, err = addCount("tally total", total, r.Orders); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// checkRows reports why rows (sorted, from Rows) could not be read back by
// UnmarshalJSON and UnmarshalBinary: a platform that is not clear, a count
// of zero or less, a day outside 2020-01-01..2039-12-31, a total past math.MaxInt64. A
// Tally changed only through its methods never has any of them; one whose
// value was copied and then changed (sharing counters, see Tally) may.
func checkRows(rows []Row) error {
	for i, r := range rows {
		switch {
		case r.Orders <= 0:
			return errzh.With(fmt.Errorf("row %d: %w: %d orders", i+1, errNegativeCount, r.Orders), "第 %d 行：%d 单", i+1, r.Orders)
		case !inTally(r.Day):
			return errzh.With(fmt.Errorf("row %d: %w", i+1, errDayOutsideTally), "第 %d 行", i+1)
		}
		if i == 0 || r.Platform != rows[i-1].Platform {
			if err := CheckID("platform", r.Platform); err != nil {
				return errzh.With(fmt.Errorf("row %d: %w", i+1, err), "%s", atZH(fmt.Sprintf("第 %d 行", i+1), err))
			}
		}
	}
	_, err := sumRows(rows)
	return err
}

package eligibility

import (
	"encoding/json"
	"errors"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/redact"
)

// ErrDuplicate is returned by Batch.Add for a copy of an (order ID, worker
// ID) pair it has already seen with the same content: the execution is
// counted once, and the copy reported.
var ErrDuplicate = errcode.New("duplicate", errcode.SkipRow,
	"eligibility: duplicate (order_id, worker_id): counted once",
	"重复的订单记录（订单编号与从业人员编号相同）：只计一次")

// ErrConflict is returned by Batch.Add for a copy of an (order ID, worker
// ID) pair that disagrees with a copy already seen. It wraps ErrDuplicate:
// the pair still counts once, as the duplicate rule (Resolve) decides, and
// the pair is reported among the conflicts for the platform to verify and
// correct (第九条: 发现相关数据有误的，平台企业总部应积极配合，予以核实修正).
var ErrConflict = errcode.New("conflicting_copies", errcode.SkipRow,
	"eligibility: conflicting copies of (order_id, worker_id): counted once, as the duplicate rule decides; for the platform to correct (第九条)",
	"同一订单（订单编号与从业人员编号相同）的记录内容冲突：按重复记录规则只计一次，由平台核实修正（第九条）").Under(ErrDuplicate)

// errNilBatch is returned for a nil *Batch.
var errNilBatch = errcode.New("nil_batch", errcode.FixCall,
	"eligibility: nil *Batch",
	"没有提供批次（*Batch 为 nil）")

// errLoneConflict is returned by Batch.AddResolved for a Resolution that
// says its copies disagree but has fewer than two.
var errLoneConflict = errcode.New("lone_conflict", errcode.FixCall,
	"eligibility: a conflict needs at least two copies",
	"内容冲突的记录至少要有两份")

// Invalid is a record Batch refused, with where it was and why. It marshals
// to JSON as {"line":…,"order_id":…,"error":{"code":…,"chinese":…}}, the
// error as its code and Chinese text (errcode.Wire, with "field" and
// "value" for a field's value refused). OrderID, the error's text and the
// value echo at most a short prefix of any value, with anything that looks
// like an identity number masked (第七十九条), so they can go to logs.
type Invalid struct {
	Line    int64  // the host's position for the record (a CSV line number), or its index
	OrderID string // as the record gave it, if it had one (cut short and masked)
	Err     error  // a record code (errMissingOrderID, …) or *errcode.FieldError, or the reader's error for a line it could not read
}

// MarshalJSON writes {"line":…,"order_id":…,"error":{"code":…,"chinese":…}}
// ("error" null for an Invalid without an error).
func (inv Invalid) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Line    int64              `json:"line"`
		OrderID string             `json:"order_id,omitempty"`
		Error   *errcode.WireError `json:"error"`
	}{inv.Line, inv.OrderID, errcode.Wire(inv.Err)})
}

// Batch classifies a stream of executions: it refuses invalid records
// (listing each), counts each (order ID, worker ID) pair once, decides the
// rest with Rules.Decide and tallies the counted ones. Its counts prove
// that nothing was lost or counted twice (Balanced).
//
// A host sets the configuration (Month, Rules, Seen, MaxInvalid) before
// the first row, and reads the results through methods that return
// copies: Counts, Tally, Invalid, InvalidUnlisted and Conflicting. The
// results change only by Add, AddResolved, AddInvalid, Merge and
// UnmarshalBinary, so no host can make them disagree: a Batch is always
// Balanced.
//
// Duplicates do not depend on row order: copies of a pair that are
// identical count once; copies that disagree count once too, as the copy
// Resolve picks (the one that ended last; see Resolve), and the pair is a
// conflict. Any order of the same rows gives the same Counts and Tally.
// Invalid records take no part: each is refused on its own.
//
// With Month set, an execution that counts on a day of another month is
// excluded (Counts.ExcludedOtherMonth) rather than tallied.
//
// The duplicate rule needs every distinct pair seen and its current copy:
// by default a Batch keeps them in memory (the pair's bytes and about 100
// bytes more), the only part of its state that grows with the input. A host
// whose input is de-duplicated upstream sets Seen to Deduplicated, and the
// Batch's memory stays flat; a pipeline that groups copies itself passes
// each group to AddResolved.
//
// A Batch is not safe for concurrent use; partition the input by pair (for
// example by order ID) and Merge the batches.
//
//	b := &eligibility.Batch{Month: march}
//	err := eligibility.ReadCSV(file, b)
//	c := b.Counts() // c.Input == c.Counted + c.Excluded + c.Duplicates + c.Invalid
type Batch struct {
	Month calendar.Month // optional: tally only orders that count in this month
	Rules Rules          // the readings of 第十条 (the zero Rules: the defaults)
	// Seen, when set, replaces the in-memory duplicate rule: a pair it
	// reports as seen is a duplicate, whatever its content. Deduplicated
	// reports none.
	Seen Seen

	// MaxInvalid is the most invalid records Invalid lists in full: 0
	// means DefaultMaxInvalid (1000), a negative value none. Past it, an
	// invalid record is counted in Counts().Invalid and, by its reason, in
	// InvalidUnlisted, and nothing of it is kept: junk lines cost no
	// memory, however many.
	MaxInvalid int

	counts Counts // counts.Invalid == len(invalid) + the sum of unlisted
	tally  Tally  // the counted orders
	// invalid lists the first invalid records (MaxInvalid of them);
	// unlisted counts the rest by reason; conflicting lists the pairs
	// whose copies disagree (counts.Conflicts of them).
	invalid     []Invalid
	unlisted    map[string]int64
	conflicting []Conflict

	reason     []byte            // scratch for the reason of an unlisted invalid record
	reasonKeys map[string]string // the reasons met, each to the string unlisted keys it by

	pairs   pairSet
	current pairStates // per pair of pairs: its current copy
	names   interner   // the platforms of current copies
	days    monthDays  // Month's days, computed for daysFor
	daysFor calendar.Month
}

// Counts returns the batch's counts (a copy: changing it changes nothing
// of b). Counts().Invalid is len(Invalid()) plus the sum of
// InvalidUnlisted. A nil b has none.
func (b *Batch) Counts() Counts {
	if b == nil {
		return Counts{}
	}
	return b.counts
}

// Tally returns a copy of the counted orders (Counts().Counted of them):
// adding to it changes nothing of b. A nil b has an empty Tally.
func (b *Batch) Tally() *Tally {
	out := &Tally{}
	if b != nil {
		out.Merge(&b.tally) // a copy of a Tally whose total fits: no error
	}
	return out
}

// Invalid returns a copy of the invalid records listed in full (MaxInvalid
// of them at most), in the order added (merged batches: b's, then o's).
func (b *Batch) Invalid() []Invalid {
	if b == nil {
		return nil
	}
	return slices.Clone(b.invalid)
}

// InvalidUnlisted returns a copy of the counts, by reason, of the invalid
// records past MaxInvalid: the field and what is wrong with it
// ("ended_at: before started_at", "order_id: not UTF-8 text of visible
// characters …", "csv: a bare \" …"), at most 64 reasons, the rest under
// "other". Nil while every invalid record is listed.
func (b *Batch) InvalidUnlisted() map[string]int64 {
	if b == nil {
		return nil
	}
	return maps.Clone(b.unlisted)
}

// Conflicting returns a copy of the pairs whose copies disagree
// (Counts().Conflicts of them), for the platform to verify and correct
// (第九条), each with the line of the copy that showed the disagreement.
// The pairs listed do not depend on the row order; the lines and the
// order of the list do.
func (b *Batch) Conflicting() []Conflict {
	if b == nil {
		return nil
	}
	return slices.Clone(b.conflicting)
}

// monthDays is the span of a Batch's month, or every day when unset.
type monthDays struct {
	first calendar.Date
	span  uint // 0: no month
}

func (m monthDays) contains(d calendar.Date) bool {
	return m.span == 0 || uint(d.DaysSince(m.first)) < m.span
}

func (b *Batch) month() monthDays {
	if b.Month != b.daysFor {
		b.days, b.daysFor = monthDays{}, b.Month
		if !b.Month.IsZero() {
			f := b.Month.First()
			b.days = monthDays{first: f, span: uint(b.Month.Last().DaysSince(f) + 1)}
		}
	}
	return b.days
}

// Add classifies one execution found at line (any position the host can
// point a clerk to). It returns what the batch did with the row: the
// decision it counted or excluded the row by (a row that counts on a day
// outside the batch's Month is returned not counted, OtherMonth set), or
// the record's error (a record code, also listed in Invalid), or the zero
// Decision (not counted) with ErrDuplicate for an identical copy of a pair
// already seen, or with ErrConflict for a disagreeing copy that does not
// supersede the current one; a disagreeing copy that supersedes it is
// returned with its decision and ErrConflict. When a
// count is already at math.MaxInt64 it returns an *OverflowError
// (ErrCountOverflow) and changes nothing: the row is not counted anywhere,
// and the host must stop (ReadCSV does).
func (b *Batch) Add(line int64, e *Execution) (Decision, error) {
	if b == nil {
		return Decision{}, errNilBatch
	}
	if err := b.room(); err != nil {
		return Decision{}, err
	}
	if b.Seen == nil && b.pairs.full() { // pairs are numbered by a uint32 (some 400 GB of them)
		return Decision{}, &OverflowError{What: "distinct (order_id, worker_id) pairs", Have: int64(b.pairs.len()), Add: 1}
	}
	b.counts.Input++
	d, err := b.Rules.Decide(e)
	if err == nil {
		err = e.checkIDs()
	}
	if err != nil {
		b.addInvalid(line, e, err)
		return Decision{}, err
	}
	if b.Seen != nil {
		if b.Seen.SeenBefore(e.OrderID, e.WorkerID) {
			b.counts.Duplicates++
			return Decision{}, ErrDuplicate
		}
		b.count(e.Platform, e.Industry, d, 1)
		return b.asDone(d), nil
	}
	idx, existed := b.pairs.add(e.OrderID, e.WorkerID)
	if !existed {
		b.current.push(b.names.record(e, b.names.id(e.Platform)))
		b.count(e.Platform, e.Industry, d, 1)
		return b.asDone(d), nil
	}
	// A copy of a pair already seen: nothing of it is kept unless it
	// supersedes the current copy (not its platform, nor its IDs).
	b.counts.Duplicates++
	cur := b.current.at(idx)
	pi, known := b.names.lookup(e.Platform)
	rec := b.names.record(e, pi)
	if known && cur.same(&rec) {
		return Decision{}, ErrDuplicate
	}
	if !cur.conflict {
		cur.conflict = true
		b.counts.Conflicts++
		b.listConflict(line, e)
	}
	if b.names.compare(e, &rec, cur) > 0 { // the new copy supersedes the current one
		old := b.names.execution(cur)
		old.OrderID, old.WorkerID = e.OrderID, e.WorkerID
		od, err := b.Rules.Decide(&old) // it was decided without error when it came
		if err == nil {
			b.count(old.Platform, old.Industry, od, -1)
		}
		b.count(e.Platform, e.Industry, d, 1)
		rec.platform = b.names.id(e.Platform) // before the release: the same platform stays
		b.names.release(cur.platform)
		rec.conflict = true
		*cur = rec
		return b.asDone(d), ErrConflict
	}
	return Decision{}, ErrConflict
}

// room reports an *OverflowError when one more row might not be counted:
// a count of the Batch or its tally's total is at math.MaxInt64. Below it,
// a row changes each count by at most one (a superseded copy is taken back
// before its successor counts), so no addition of Add can wrap.
func (b *Batch) room() error {
	if !b.counts.full() && b.tally.total < math.MaxInt64 {
		return nil
	}
	if err := b.counts.fullError(); err != nil {
		return err
	}
	return &OverflowError{What: "tally total", Have: b.tally.total, Add: 1}
}

// count adds (sign +1) or takes back (−1) a decided execution.
// asDone is d as the batch applied it: a counted decision on a day outside
// the batch's month was not counted.
func (b *Batch) asDone(d Decision) Decision {
	if d.Counted && !b.month().contains(d.Day) {
		d.Counted, d.OtherMonth = false, true
	}
	return d
}

func (b *Batch) count(platform string, ind Industry, d Decision, sign int64) {
	if b.counts.decision(d, b.month(), sign) {
		b.tally.addSigned(platform, ind, d.Day, sign)
	}
}

// AddResolved counts one (order ID, worker ID) group a pipeline resolved
// with Resolve: Copies records read, Copies − 1 of them duplicates, a
// conflict if they disagree, and the winner decided and tallied. line is
// where the host can point a clerk to (any copy's line, or 0). The Batch's
// own duplicate rule is not used: groups must not share a pair.
func (b *Batch) AddResolved(line int64, r Resolution) (Decision, error) {
	switch {
	case b == nil:
		return Decision{}, errNilBatch
	case r.Copies < 1:
		return Decision{}, errNoCopies
	case r.Conflict && r.Copies < 2:
		return Decision{}, errLoneConflict
	}
	if r.Copies > maxCopies {
		return Decision{}, errNoCopies
	}
	d, err := b.Rules.Decide(&r.Winner)
	if err == nil {
		err = r.Winner.checkIDs()
	}
	if err != nil {
		// Resolve never gives an invalid winner: a Resolution that has one
		// was not made by it, and is refused uncounted.
		return Decision{}, err
	}
	// Every sum checked before anything changes.
	c := b.counts
	if c.Input, err = addCount("counts.input", c.Input, r.Copies); err != nil {
		return Decision{}, err
	}
	if c.Duplicates, err = addCount("counts.duplicates", c.Duplicates, r.Copies-1); err != nil {
		return Decision{}, err
	}
	if r.Conflict {
		if c.Conflicts, err = addCount("counts.conflicts", c.Conflicts, 1); err != nil {
			return Decision{}, err
		}
	}
	if err := c.decisionRoom(b.tally.total); err != nil { // the decision adds one more
		return Decision{}, err
	}
	b.counts = c
	if r.Conflict {
		b.listConflict(line, &r.Winner)
	}
	b.count(r.Winner.Platform, r.Winner.Industry, d, 1)
	return b.asDone(d), nil
}

// DefaultMaxInvalid is the number of invalid records a Batch lists in full
// when its MaxInvalid is 0: enough for a clerk to see what is wrong with a
// file, bounded whatever the file (about 0.7 KB each).
const DefaultMaxInvalid = 1000

// maxUnlistedReasons bounds the reasons InvalidUnlisted keys (the library's
// are far fewer; a host's own errors fall under "other" past it).
const maxUnlistedReasons = 64

func (b *Batch) maxInvalid() int {
	switch {
	case b.MaxInvalid == 0:
		return DefaultMaxInvalid
	case b.MaxInvalid < 0:
		return 0
	}
	return b.MaxInvalid
}

// addInvalid counts an invalid record (Counts.Invalid has room: see room),
// listing it while the list has room.
func (b *Batch) addInvalid(line int64, e *Execution, err error) {
	b.counts.Invalid++
	if len(b.invalid) >= b.maxInvalid() {
		b.reason = appendReason(b.reason[:0], err)
		if k, ok := b.reasonKeys[string(b.reason)]; ok && b.unlisted != nil { // a reason seen: no allocation
			if n := b.unlisted[k]; n < math.MaxInt64 {
				b.unlisted[k] = n + 1
				return
			}
		}
		k := string(b.reason)
		used, err := b.addUnlisted(k, 1)
		if err != nil {
			return // cannot pass Counts.Invalid, unless a host set the counts (Balanced then says so)
		}
		if b.reasonKeys == nil {
			b.reasonKeys = map[string]string{}
		}
		if len(b.reasonKeys) < 4*maxUnlistedReasons {
			b.reasonKeys[k] = used
		}
		return
	}
	id := ""
	if e != nil {
		id = echo(e.OrderID)
	}
	b.invalid = append(b.invalid, Invalid{Line: line, OrderID: id, Err: err})
}

// unlisted adds n (≥ 0) records of reason to InvalidUnlisted, checked, and
// returns the key it used (reason, or "other" past 63 reasons).
func (b *Batch) addUnlisted(reason string, n int64) (string, error) {
	if _, ok := b.unlisted[reason]; !ok && len(b.unlisted) >= maxUnlistedReasons-1 {
		reason = "other" // the 64th key
	}
	sum, err := addCount("invalid_unlisted["+reason+"]", b.unlisted[reason], n)
	if err != nil {
		return reason, err
	}
	if b.unlisted == nil {
		b.unlisted = map[string]int64{}
	}
	b.unlisted[reason] = sum
	return reason, nil
}

// invalidReason is the key InvalidUnlisted counts err under (see
// appendReason).
func invalidReason(err error) string { return string(appendReason(nil, err)) }

// appendReason appends the key InvalidUnlisted counts err under: the field
// and what is wrong, from the package's own error values (a bounded set),
// or a host's *errcode.FieldError cut to 160 bytes (identity numbers masked), or
// "other". It allocates nothing for the package's errors.
func appendReason(b []byte, err error) []byte {
	if r, ok := findReason(err, 0); ok {
		return r.append(b)
	}
	for _, s := range [...]error{errBareQuote, errAfterQuote, errUnclosedQuote, errRecordTooLong, errLineBreak, errFieldCount, errTwoRecords, ErrCSVSyntax} {
		if errors.Is(err, s) {
			return append(append(b, "csv: "...), s.Error()...)
		}
	}
	return append(b, "other"...)
}

// reasonOf is a field and what is wrong with it.
type reasonOf struct{ field, why string }

func (r reasonOf) append(b []byte) []byte { return appendBounded(b, r.field, r.why) }

// findReason finds the first *idRefusal, *errcode.FieldError or record code in err's
// tree (depth first, as errors.As; without errors.As, whose target would
// escape and allocate), to a depth of 16.
func findReason(err error, depth int) (reasonOf, bool) {
	if err == nil || depth > 16 {
		return reasonOf{}, false
	}
	switch x := err.(type) {
	case *idRefusal:
		return reasonOf{boundedField(x.Field), idRule}, true
	case *errcode.FieldError:
		if x == nil {
			return reasonOf{}, false
		}
		if r, ok := recordReasons[x.Code]; ok && r.field == x.Field {
			return r, true
		}
		if x.Code == errNotBool || x.Code == errNotTime || x.Code == errMissingID {
			return reasonOf{boundedField(x.Field), strings.TrimPrefix(x.Code.Error(), "eligibility: ")}, true
		}
		return reasonOf{boundedField(x.Field), "malformed"}, true
	case errcode.Code:
		if r, ok := recordReasons[x]; ok {
			return r, true
		}
		return reasonOf{}, false
	case interface{ Unwrap() error }:
		return findReason(x.Unwrap(), depth+1)
	case interface{ Unwrap() []error }:
		for _, e := range x.Unwrap() {
			if r, ok := findReason(e, depth+1); ok {
				return r, true
			}
		}
	}
	return reasonOf{}, false
}

// boundedField is a field name as a reason shows it: at most 40 bytes.
func boundedField(f string) string {
	if len(f) > 40 {
		return echoN(f, 40)
	}
	return f
}

// appendBounded appends "field: reason", cut to 160 bytes and masked when
// it is longer or holds digits (a host's text may quote a value).
func appendBounded(b []byte, field, reason string) []byte {
	start := len(b)
	b = append(append(append(b, field...), ": "...), reason...)
	if len(b)-start <= 160 && !hasDigitRun(b[start:]) {
		return b
	}
	s := echoN(string(b[start:]), 160)
	return append(b[:start], s...)
}

// hasDigitRun reports whether b holds redact.MinDigitRun−1 ASCII digits in
// a row (14 and an X is an identity number's shape) or a non-ASCII byte (a
// full-width digit): the text must then be masked.
func hasDigitRun(b []byte) bool {
	run := 0
	for _, c := range b {
		switch {
		case c >= 0x80:
			return true
		case c >= '0' && c <= '9':
			if run++; run >= redact.MinDigitRun-1 {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

// Conflict is an (order ID, worker ID) pair whose copies disagree. It
// marshals to JSON as {"line":…,"order_id":…,"worker_id":…}; the IDs are cut
// short and masked as in Invalid.
type Conflict struct {
	Line     int64  `json:"line"`
	OrderID  string `json:"order_id"`
	WorkerID string `json:"worker_id"`
}

func (b *Batch) listConflict(line int64, e *Execution) {
	b.conflicting = append(b.conflicting, Conflict{Line: line, OrderID: echo(e.OrderID), WorkerID: echo(e.WorkerID)})
}

// Seen is a duplicate detector a host can give a Batch in place of the
// in-memory duplicate rule. It sees pairs only, not their content, so with
// any Seen but Deduplicated the first copy of a pair counts and a
// disagreeing later one is a plain duplicate: the count then depends on the
// row order and conflicts go unreported. Use it only for input whose copies
// never disagree; at scale, group the copies and use Resolve instead.
type Seen interface {
	// SeenBefore reports whether the pair was already seen, and records it.
	SeenBefore(orderID, workerID string) bool
}

// Deduplicated is a Seen for input the host has already de-duplicated
// upstream (its order store holds one row per pair): it remembers nothing
// and reports no pair as seen, so a Batch's memory stays flat however many
// rows it reads. Given input with repeated pairs it would count them twice;
// use it only where the input is known to have none.
type Deduplicated struct{}

// SeenBefore always reports false.
func (Deduplicated) SeenBefore(string, string) bool { return false }

// AddInvalid records a record that could not even be read (a malformed CSV
// line), so that it is counted in Input and Invalid and listed in Invalid.
// It returns nil_batch for a nil b, and an *OverflowError
// (ErrCountOverflow), changing nothing, when a count is full.
func (b *Batch) AddInvalid(line int64, err error) error {
	if b == nil {
		return errNilBatch
	}
	if err := b.room(); err != nil {
		return err
	}
	b.counts.Input++
	b.addInvalid(line, nil, err)
	return nil
}

// Balanced reports whether the counts balance (Counts.Balanced), every
// invalid record is listed (Invalid) or counted by reason
// (InvalidUnlisted), every conflict is listed (Conflicting) and the tally
// holds the counted orders. The results change only through b's methods,
// which keep them so: it is the check a reader of a Batch from elsewhere
// (UnmarshalBinary) makes, and a test's.
func (b *Batch) Balanced() bool {
	if b == nil {
		return true // nothing read, nothing lost
	}
	n := int64(len(b.invalid))
	for _, c := range b.unlisted {
		var err error
		if n, err = addCount("", n, c); err != nil {
			return false
		}
	}
	return b.counts.Balanced() && b.counts.Invalid == n && b.counts.Conflicts == int64(len(b.conflicting)) &&
		b.counts.Counted == b.tally.total
}

// Merge adds o's counts, tally, invalid records and conflicts to b. The batches'
// inputs must share no (order ID, worker ID) pair (partition by order ID):
// Merge cannot apply the duplicate rule across them. Every sum is checked
// first (Counts.Merge, Tally.Merge): on an error b is unchanged. A nil b
// is nil_batch; a nil o adds nothing.
func (b *Batch) Merge(o *Batch) error {
	if b == nil {
		return errNilBatch
	}
	if o == nil {
		return nil
	}
	c := b.counts
	if err := c.Merge(o.counts); err != nil {
		return err
	}
	if _, err := addCount("tally total", b.tally.total, o.tally.total); err != nil {
		return err
	}
	// o's invalid records: listed while b's list has room, the rest and
	// o's unlisted ones counted by reason (checked on a copy first).
	room := max(0, min(b.maxInvalid()-len(b.invalid), len(o.invalid)))
	unlisted := Batch{unlisted: make(map[string]int64, len(b.unlisted))}
	for k, n := range b.unlisted {
		unlisted.unlisted[k] = n
	}
	for _, inv := range o.invalid[room:] {
		if _, err := unlisted.addUnlisted(invalidReason(inv.Err), 1); err != nil {
			return err
		}
	}
	for k, n := range o.unlisted {
		if _, err := unlisted.addUnlisted(k, n); err != nil {
			return err
		}
	}
	if err := b.tally.Merge(&o.tally); err != nil {
		return err
	}
	b.counts = c
	b.invalid = append(b.invalid, o.invalid[:room]...)
	if len(unlisted.unlisted) > 0 {
		b.unlisted = unlisted.unlisted
	}
	b.conflicting = append(b.conflicting, o.conflicting...)
	return nil
}

// ReadCSV streams every row of a CSV (CSVReader's format) into b: rows that
// cannot be read are recorded as invalid with their line numbers, the rest
// are classified. It returns an error only when reading cannot go on (a bad
// header, or the reader's own error, reported as itself in a *LineError),
// with every complete line before it already in b.
func ReadCSV(r io.Reader, b *Batch) error {
	if b == nil {
		return errNilBatch
	}
	cr := NewCSVReader(r)
	var e Execution
	for {
		line, err := cr.Read(&e)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var le *LineError
			if cr.fatal != nil || !errors.As(err, &le) {
				return err
			}
			if err := b.AddInvalid(line, err); err != nil {
				return &LineError{Line: line, Err: err}
			}
			continue
		}
		// The batch records invalid records and duplicates; a full count
		// stops the reading.
		if _, err := b.Add(line, &e); errors.Is(err, ErrCountOverflow) {
			return &LineError{Line: line, Err: err}
		}
	}
}

// clone copies s out of a reader's buffer.
func clone(s string) string { return strings.Clone(s) }

// ReasonChinese says in Chinese a reason InvalidUnlisted counts invalid
// records under: a record code's reason ("ended_at: before started_at") is
// that code's Chinese (结束时间早于开始执行时间); an ID that is not visible
// text, a value that is not true or false or not a time, or any other
// malformed field, that code's Chinese with the field; a CSV reason
// ("csv: …") the CSV code's Chinese; "other" 其他原因. A reason it does
// not know (a host's own) is returned as it is.
func ReasonChinese(reason string) string {
	for _, c := range recordCodes() {
		if r, ok := recordReasons[c]; ok && string(r.append(nil)) == reason {
			return c.Chinese()
		}
	}
	for _, s := range [...]errcode.Code{errBareQuote, errAfterQuote, errUnclosedQuote, errRecordTooLong, errLineBreak, errFieldCount, errTwoRecords, ErrCSVSyntax} {
		if reason == "csv: "+s.Error() {
			return s.Chinese()
		}
	}
	if reason == "other" {
		return "其他原因"
	}
	field, why, ok := strings.Cut(reason, ": ")
	if !ok {
		return reason
	}
	in := "（字段 " + field + "）"
	switch why {
	case idRule:
		return "编号中有看不见或难以分辨的字符，或不是 UTF-8 文本" + in
	case "malformed":
		return "格式不对" + in
	}
	for _, c := range [...]errcode.Code{errNotBool, errNotTime, errMissingID} {
		if why == strings.TrimPrefix(c.Error(), "eligibility: ") {
			return c.Chinese() + in
		}
	}
	return reason
}

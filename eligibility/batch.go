package eligibility

import (
	"errors"

	"github.com/zhishang/zhishang/calendar"
)

// ErrDuplicate is returned by Batch.Add for an (order ID, worker ID) pair it
// has already seen: the order is counted once, and the repeat reported.
var ErrDuplicate = errors.New("eligibility: duplicate (order_id, worker_id): counted once")

// Invalid is a record Batch refused, with where it was and why.
type Invalid struct {
	Line    int64  `json:"line"` // the host's position for the record (a CSV line number), or its index
	OrderID string `json:"order_id,omitempty"`
	Err     error  `json:"-"`
	Reason  string `json:"error"`
}

// Batch classifies a stream of executions: it refuses invalid records
// (listing each), counts a repeated (order ID, worker ID) pair once, decides
// the rest with Decide and tallies the counted ones. Its counts prove that
// nothing was lost or counted twice:
//
//	Input == Counted + Excluded + len(Invalid) + Duplicates
//
// With Month set, an order that counts on a day of another month is
// excluded (ExcludedOtherMonth) rather than tallied.
//
// Duplicate detection keeps one key per distinct pair, so a Batch's memory
// grows with the number of distinct (order, worker) pairs it has seen; the
// rest of its state does not grow with the input. A Batch is not safe for
// concurrent use; partition the input, and Merge the tallies of batches whose
// partitions cannot share a pair (for example, partitioned by order ID).
type Batch struct {
	Month calendar.Month // optional: tally only orders that count in this month

	Tally      Tally
	Input      int64
	Counted    int64
	Excluded   int64
	Duplicates int64
	Invalid    []Invalid
	// ExcludedBy counts, for each clause of 第十条, the excluded orders that
	// fail it (an order can fail several): index 0 is unused, 1 (一), 2 (二), 3 (三).
	ExcludedBy [4]int64
	// ExcludedOtherMonth counts the orders that count, but in another month than Month.
	ExcludedOtherMonth int64

	seen map[string]struct{}
}

// Add classifies one execution found at line (any position the host can
// point a clerk to). It returns the decision, or the record's error
// (*RecordError), or ErrDuplicate.
func (b *Batch) Add(line int64, e *Execution) (Decision, error) {
	b.Input++
	if err := e.Validate(); err != nil {
		b.Invalid = append(b.Invalid, Invalid{Line: line, OrderID: e.OrderID, Err: err, Reason: err.Error()})
		return Decision{}, err
	}
	if b.seen == nil {
		b.seen = make(map[string]struct{})
	}
	key := e.OrderID + "\x00" + e.WorkerID
	if _, dup := b.seen[key]; dup {
		b.Duplicates++
		return Decision{}, ErrDuplicate
	}
	b.seen[key] = struct{}{}
	d, err := Decide(e)
	if err != nil {
		b.Invalid = append(b.Invalid, Invalid{Line: line, OrderID: e.OrderID, Err: err, Reason: err.Error()})
		return Decision{}, err
	}
	if !d.Counted {
		b.Excluded++
		for i := 1; i < 4; i++ {
			if d.Clauses&(1<<i) != 0 {
				b.ExcludedBy[i]++
			}
		}
		return d, nil
	}
	if !b.Month.IsZero() && calendar.MonthOfDate(d.Day) != b.Month {
		b.Excluded++
		b.ExcludedOtherMonth++
		return d, nil
	}
	b.Counted++
	b.Tally.Add(e.Platform, e.Industry, d.Day)
	return d, nil
}

// AddInvalid records a record that could not even be read (a malformed CSV
// line), so that it is counted in Input and listed in Invalid.
func (b *Batch) AddInvalid(line int64, err error) {
	b.Input++
	b.Invalid = append(b.Invalid, Invalid{Line: line, Err: err, Reason: err.Error()})
}

// Balanced reports whether Input == Counted + Excluded + len(Invalid) + Duplicates.
func (b *Batch) Balanced() bool {
	return b.Input == b.Counted+b.Excluded+int64(len(b.Invalid))+b.Duplicates
}

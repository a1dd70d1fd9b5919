package eligibility

import (
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/zhishang/zhishang/calendar"
)

// ErrDuplicate is returned by Batch.Add for an (order ID, worker ID) pair it
// has already seen: the order is counted once, and the repeat reported.
var ErrDuplicate = errors.New("eligibility: duplicate (order_id, worker_id): counted once")

// Invalid is a record Batch refused, with where it was and why. It marshals
// to JSON as {"line":…,"order_id":…,"error":"…"}.
type Invalid struct {
	Line    int64  // the host's position for the record (a CSV line number), or its index
	OrderID string // as the record gave it, if it had one
	Err     error  // a *RecordError, or the reader's error for a line it could not read
}

// MarshalJSON writes {"line":…,"order_id":…,"error":"…"}.
func (inv Invalid) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Line    int64  `json:"line"`
		OrderID string `json:"order_id,omitempty"`
		Error   string `json:"error"`
	}{inv.Line, inv.OrderID, inv.Err.Error()})
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
// Duplicate detection needs to remember every (order, worker) pair seen.
// By default a Batch keeps them in memory (the pair's bytes and 44 to 76 bytes more),
// which is the only part of its state that grows with the input; a host
// that already keeps its orders elsewhere (its order store, or input sorted
// by order) supplies Seen instead, and the Batch's memory stays flat.
//
// A Batch is not safe for concurrent use; partition the input, and Merge the
// tallies of batches whose partitions cannot share a pair (for example,
// partitioned by order ID).
type Batch struct {
	Month calendar.Month // optional: tally only orders that count in this month
	// Seen, when set, replaces the in-memory duplicate detection.
	Seen Seen

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

	seen pairSet
}

// Add classifies one execution found at line (any position the host can
// point a clerk to). It returns the decision, or the record's error
// (*RecordError), or ErrDuplicate.
func (b *Batch) Add(line int64, e *Execution) (Decision, error) {
	b.Input++
	if err := e.Validate(); err != nil {
		b.Invalid = append(b.Invalid, Invalid{Line: line, OrderID: strings.Clone(e.OrderID), Err: err})
		return Decision{}, err
	}
	if b.seenBefore(e.OrderID, e.WorkerID) {
		b.Duplicates++
		return Decision{}, ErrDuplicate
	}
	d, err := Decide(e)
	if err != nil {
		b.Invalid = append(b.Invalid, Invalid{Line: line, OrderID: strings.Clone(e.OrderID), Err: err})
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

func (b *Batch) seenBefore(order, worker string) bool {
	if b.Seen != nil {
		return b.Seen.SeenBefore(order, worker)
	}
	return b.seen.add(order, worker)
}

// Seen is a duplicate detector a host can give a Batch.
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
// line), so that it is counted in Input and listed in Invalid.
func (b *Batch) AddInvalid(line int64, err error) {
	b.Input++
	b.Invalid = append(b.Invalid, Invalid{Line: line, Err: err})
}

// Balanced reports whether Input == Counted + Excluded + len(Invalid) + Duplicates.
func (b *Batch) Balanced() bool {
	return b.Input == b.Counted+b.Excluded+int64(len(b.Invalid))+b.Duplicates
}

// ReadCSV streams every row of a CSV (CSVReader's format) into b: rows that
// cannot be read are recorded as invalid with their line numbers, the rest
// are classified. It returns an error only when reading cannot go on (a bad
// header, a line over MaxCSVLine, or the reader's own error), with every row
// before it already in b.
func ReadCSV(r io.Reader, b *Batch) error {
	cr := NewCSVReader(r)
	var e Execution
	for {
		line, err := cr.Read(&e)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if cr.fatal != nil {
				return err
			}
			b.AddInvalid(line, err)
			continue
		}
		_, _ = b.Add(line, &e) // the batch records invalid records and duplicates
	}
}

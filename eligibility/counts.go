package eligibility

import (
	"math"

	"github.com/zhishang/zhishang/errcode"
)

// Counts are the numbers that prove a run over order executions lost
// nothing and counted nothing twice:
//
//	Input == Counted + Excluded + Duplicates + Invalid
//
// Excluded splits by why: ExcludedNotRegistered, ExcludedOutsideShanghai
// and ExcludedNotEnded count the excluded executions failing each clause of
// 第十条 (an execution can fail several, so they may sum past Excluded), and
// ExcludedOtherMonth the ones that count, but in another month than the one
// tallied. Conflicts counts the (order_id, worker_id) pairs whose copies
// disagree (第九条: the platform is to verify and correct them); their extra
// copies are among the Duplicates.
//
// Counts of runs over inputs that share no (order_id, worker_id) pair Merge
// into the counts of the whole, in any order and grouping. Batch.Counts
// returns a batch's counts.
type Counts struct {
	Input                   int64 `json:"input"`                     // records (rows) read
	Counted                 int64 `json:"counted"`                   // counted and tallied
	Excluded                int64 `json:"excluded"`                  // valid, not counted
	ExcludedNotRegistered   int64 `json:"excluded_not_registered"`   // fail 第十条第一款第（一）项
	ExcludedOutsideShanghai int64 `json:"excluded_outside_shanghai"` // fail 第十条第一款第（二）项
	ExcludedNotEnded        int64 `json:"excluded_not_ended"`        // fail 第十条第一款第（三）项
	ExcludedOtherMonth      int64 `json:"excluded_other_month"`      // count, but in another month
	Duplicates              int64 `json:"duplicates"`                // extra copies of a pair, identical or not
	Conflicts               int64 `json:"conflicts"`                 // pairs whose copies disagree
	Invalid                 int64 `json:"invalid"`                   // records that could not be read or are invalid
}

// Merge adds o to c. Merging is commutative and associative. Every sum is
// checked: a count of o below zero is an error wrapping negative_count, a
// sum past math.MaxInt64 an *OverflowError (ErrCountOverflow) naming the
// count, and c is then unchanged. A nil c is nil_counts.
func (c *Counts) Merge(o Counts) error {
	if c == nil {
		return errNilCounts
	}
	out := *c
	for _, f := range [...]struct {
		name string
		to   *int64
		n    int64
	}{
		{"input", &out.Input, o.Input},
		{"counted", &out.Counted, o.Counted},
		{"excluded", &out.Excluded, o.Excluded},
		{"excluded_not_registered", &out.ExcludedNotRegistered, o.ExcludedNotRegistered},
		{"excluded_outside_shanghai", &out.ExcludedOutsideShanghai, o.ExcludedOutsideShanghai},
		{"excluded_not_ended", &out.ExcludedNotEnded, o.ExcludedNotEnded},
		{"excluded_other_month", &out.ExcludedOtherMonth, o.ExcludedOtherMonth},
		{"duplicates", &out.Duplicates, o.Duplicates},
		{"conflicts", &out.Conflicts, o.Conflicts},
		{"invalid", &out.Invalid, o.Invalid},
	} {
		sum, err := addCount("counts."+f.name, *f.to, f.n)
		if err != nil {
			return err
		}
		*f.to = sum
	}
	*c = out
	return nil
}

// countNames are the JSON names of Counts' fields, in their order.
var countNames = [...]string{"input", "counted", "excluded", "excluded_not_registered", "excluded_outside_shanghai",
	"excluded_not_ended", "excluded_other_month", "duplicates", "conflicts", "invalid"}

// fields are c's counts, in the order of countNames.
func (c *Counts) fields() [len(countNames)]*int64 {
	return [...]*int64{&c.Input, &c.Counted, &c.Excluded, &c.ExcludedNotRegistered, &c.ExcludedOutsideShanghai,
		&c.ExcludedNotEnded, &c.ExcludedOtherMonth, &c.Duplicates, &c.Conflicts, &c.Invalid}
}

// list is c's counts, in the order of countNames.
func (c Counts) list() [len(countNames)]int64 {
	var out [len(countNames)]int64
	for i, f := range c.fields() {
		out[i] = *f
	}
	return out
}

// errNilCounts is returned by Merge of a nil *Counts.
var errNilCounts = errcode.New("nil_counts", errcode.FixCall,
	"eligibility: nil *Counts",
	"没有提供统计（*Counts 为 nil）")

// full reports whether a count of c is at math.MaxInt64, so that one more
// row could not be counted: Batch refuses the row before it changes
// anything.
func (c *Counts) full() bool {
	// Below 2⁶² and not negative, as every real count is, one OR tells (no
	// compare chain on the hot path); otherwise the exact test.
	if uint64(c.Input|c.Counted|c.Excluded|c.ExcludedNotRegistered|c.ExcludedOutsideShanghai|
		c.ExcludedNotEnded|c.ExcludedOtherMonth|c.Duplicates|c.Conflicts|c.Invalid) < 1<<62 {
		return false
	}
	return max(c.Input, c.Counted, c.Excluded, c.ExcludedNotRegistered, c.ExcludedOutsideShanghai,
		c.ExcludedNotEnded, c.ExcludedOtherMonth, c.Duplicates, c.Conflicts, c.Invalid) == math.MaxInt64
}

// decisionRoom reports an *OverflowError when a decision could not be
// counted: the counts it may add one to (Counted, Excluded and its reasons)
// or the tally's total (tallyTotal) are at math.MaxInt64.
func (c *Counts) decisionRoom(tallyTotal int64) error {
	if max(c.Counted, c.Excluded, c.ExcludedNotRegistered, c.ExcludedOutsideShanghai, c.ExcludedNotEnded,
		c.ExcludedOtherMonth, tallyTotal) < math.MaxInt64 {
		return nil
	}
	d := *c
	d.Input, d.Duplicates, d.Conflicts, d.Invalid = 0, 0, 0, 0
	if err := d.fullError(); err != nil {
		return err
	}
	return &OverflowError{What: "tally total", Have: tallyTotal, Add: 1}
}

// fullError is the *OverflowError of the first count of c at math.MaxInt64.
func (c *Counts) fullError() error {
	for _, f := range [...]struct {
		name string
		n    int64
	}{
		{"input", c.Input}, {"counted", c.Counted}, {"excluded", c.Excluded},
		{"excluded_not_registered", c.ExcludedNotRegistered}, {"excluded_outside_shanghai", c.ExcludedOutsideShanghai},
		{"excluded_not_ended", c.ExcludedNotEnded}, {"excluded_other_month", c.ExcludedOtherMonth},
		{"duplicates", c.Duplicates}, {"conflicts", c.Conflicts}, {"invalid", c.Invalid},
	} {
		if f.n == math.MaxInt64 {
			return &OverflowError{What: "counts." + f.name, Have: f.n, Add: 1}
		}
	}
	return nil
}

// Balanced reports whether Input == Counted + Excluded + Duplicates +
// Invalid, and no count is negative.
func (c Counts) Balanced() bool {
	for _, n := range [...]int64{c.Input, c.Counted, c.Excluded, c.ExcludedNotRegistered, c.ExcludedOutsideShanghai,
		c.ExcludedNotEnded, c.ExcludedOtherMonth, c.Duplicates, c.Conflicts, c.Invalid} {
		if n < 0 {
			return false
		}
	}
	sum, err := addCount("", c.Counted, c.Excluded)
	if err == nil {
		sum, err = addCount("", sum, c.Duplicates)
	}
	if err == nil {
		sum, err = addCount("", sum, c.Invalid)
	}
	return err == nil && c.Input == sum
}

// excludedBy returns the excluded executions failing clause, one of
// ClauseRegistered, ClauseInShanghai and ClauseEnded (0 for any other).
func (c Counts) excludedBy(clause Clauses) int64 {
	switch clause {
	case ClauseRegistered:
		return c.ExcludedNotRegistered
	case ClauseInShanghai:
		return c.ExcludedOutsideShanghai
	case ClauseEnded:
		return c.ExcludedNotEnded
	}
	return 0
}

// decision adds (sign +1) or takes back (−1) one valid execution's
// decision, as Batch counts it: excluded by its clauses, excluded for
// another month (outside m), or counted. It reports whether the execution
// is counted.
func (c *Counts) decision(d Decision, m monthDays, sign int64) bool {
	if !d.Counted {
		c.Excluded += sign
		if d.Clauses&ClauseRegistered != 0 {
			c.ExcludedNotRegistered += sign
		}
		if d.Clauses&ClauseInShanghai != 0 {
			c.ExcludedOutsideShanghai += sign
		}
		if d.Clauses&ClauseEnded != 0 {
			c.ExcludedNotEnded += sign
		}
		return false
	}
	if !m.contains(d.Day) {
		c.Excluded += sign
		c.ExcludedOtherMonth += sign
		return false
	}
	c.Counted += sign
	return true
}

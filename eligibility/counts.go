package eligibility

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
// into the counts of the whole, in any order and grouping. Batch keeps its
// counts in a Counts.
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

// Merge adds o to c (nothing for a nil c). Merging is commutative and
// associative.
func (c *Counts) Merge(o Counts) {
	if c == nil {
		return
	}
	c.Input += o.Input
	c.Counted += o.Counted
	c.Excluded += o.Excluded
	c.ExcludedNotRegistered += o.ExcludedNotRegistered
	c.ExcludedOutsideShanghai += o.ExcludedOutsideShanghai
	c.ExcludedNotEnded += o.ExcludedNotEnded
	c.ExcludedOtherMonth += o.ExcludedOtherMonth
	c.Duplicates += o.Duplicates
	c.Conflicts += o.Conflicts
	c.Invalid += o.Invalid
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
	return c.Input == c.Counted+c.Excluded+c.Duplicates+c.Invalid
}

// ExcludedBy returns the excluded executions failing clause, one of
// ClauseRegistered, ClauseInShanghai and ClauseEnded (0 for any other).
func (c Counts) ExcludedBy(clause Clauses) int64 {
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

package eligibility

// Test hooks: a test of a batch whose counts or tally are full sets them
// here, as no host can (the Batch's results change only by its methods).

// SetCounts sets b's counts.
func SetCounts(b *Batch, c Counts) { b.counts = c }

// TallyOf is b's own tally, not a copy.
func TallyOf(b *Batch) *Tally { return &b.tally }

// SetUnlisted sets b's counts of unlisted invalid records by reason.
func SetUnlisted(b *Batch, m map[string]int64) { b.unlisted = m }

// CheckBudget is checkBudget, the sparse-tally memory estimate.
func CheckBudget(rows []Row, inputLen int) error { return checkBudget(rows, inputLen) }

// CheckRows is checkRows, the check MarshalBinary makes of a tally's rows.
func CheckRows(rows []Row) error { return checkRows(rows) }

// PairsFull is pairsFull, the pair set's capacity.
func PairsFull(n int) bool { return pairsFull(n) }

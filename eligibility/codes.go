package eligibility

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice: the codes of an invalid record (IsRecordError), of a CSV
// line that cannot be read, of duplicates, and of the calls and forms the
// package refuses.
func Codes() []errcode.Code {
	return append(recordCodes(),
		ErrMissingID, ErrNotBool, ErrNotTime, ErrUnclearID,
		ErrCSVSyntax, ErrBareQuote, ErrAfterQuote, ErrUnclosedQuote, ErrRecordTooLong, ErrLineBreak,
		ErrFieldCount, ErrTwoRecords, ErrCSVHeader, ErrNilReader,
		ErrDuplicate, ErrConflict, ErrLoneConflict, ErrNoCopies, ErrMixedPairs,
		ErrNilBatch, ErrNilCounts, ErrNilTally, ErrCountOverflow, ErrNegativeCount,
		ErrDayOutsideTally, ErrTallyCount, ErrTallySyntax, ErrTallyBinary, ErrTallyTooSparse, ErrBatchBinary,
	)
}

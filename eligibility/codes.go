package eligibility

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice: the codes of an invalid record (action SkipRow, but
// nil_execution FixCall), of a CSV
// line that cannot be read, of duplicates, and of the calls and forms the
// package refuses. The exported ones are those a host branches on
// (ErrDuplicate, ErrConflict, ErrCountOverflow, ErrUnknownIndustry,
// ErrCSVSyntax); for the others a host acts on errcode.Of(err).Action()
// (skip the row, stop, fix the call) or compares errcode.Of(err).Code()
// with the identifier: a refused record's code has action SkipRow (a
// duplicate's too; nil_execution, a nil *Execution, is FixCall).
func Codes() []errcode.Code {
	return append(recordCodes(),
		errMissingID, errNotBool, errNotTime, errUnclearID,
		ErrCSVSyntax, errBareQuote, errAfterQuote, errUnclosedQuote, errRecordTooLong, errLineBreak,
		errFieldCount, errTwoRecords, errCSVHeader, errNilReader,
		ErrDuplicate, ErrConflict, errLoneConflict, errNoCopies, errMixedPairs,
		errNilBatch, errNilCounts, errNilTally, ErrCountOverflow, errNegativeCount,
		errDayOutsideTally, errTallyCount, errTallySyntax, errTallyBinary, errTallyTooSparse, errBatchBinary,
	)
}

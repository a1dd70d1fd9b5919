package ledger

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. ErrClosedYear is a code under ErrClosed, ErrReservedID
// under ErrBadPosting, ErrAlreadyBooked under ErrConflict and
// ErrDuplicateRecord under ErrBadRecord: errors.Is matches both. The
// package's errors may also wrap a code of param or calendar.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrUnbalanced, ErrBadPosting, ErrReservedID, ErrConflict, ErrAlreadyBooked, ErrClosed, ErrClosedYear,
		ErrUnknownID, ErrReversed, ErrNotScheme, ErrSnapshotJSON, ErrOverflow, ErrFalseReversal, ErrNegative,
		ErrBadClearing, ErrNilJournal, ErrBadRecord, ErrDuplicateRecord, ErrBadDirection, ErrBadPayment,
		ErrInsurerBanned, ErrBadAgreementEnd, ErrBadCounterparty, ErrBadID, ErrBadRule,
	}
}

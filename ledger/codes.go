package ledger

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. The exported ones are those a host branches on with
// errors.Is (ErrConflict, ErrAlreadyBooked, ErrClosed, ErrClosedYear,
// ErrUnknownID, ErrReversed, ErrNegative, ErrDuplicateRecord,
// ErrInsurerBanned); the others are refusals of bad input, which a host
// acts on by errcode.Of(err).Action() or compares by errcode.Of(err).Code()
// with the identifier listed here. ErrClosedYear is a code under ErrClosed,
// reserved_id under bad_posting, ErrAlreadyBooked under ErrConflict and
// ErrDuplicateRecord under bad_record: errors.Is matches both. The
// package's errors may also wrap a code of param or calendar.
func Codes() []errcode.Code {
	return []errcode.Code{
		errUnbalanced, errBadPosting, errReservedID, ErrConflict, ErrAlreadyBooked, ErrClosed, ErrClosedYear,
		ErrUnknownID, ErrReversed, errNotScheme, errSnapshotJSON, errOverflow, errFalseReversal, ErrNegative,
		errBadClearing, errNilJournal, errBadRecord, ErrDuplicateRecord, errBadDirection, errBadPayment,
		ErrInsurerBanned, errBadAgreementEnd, errBadCounterparty, errBadID, errBadRule,
	}
}

package ledger

// Names the package's own black-box tests use for unexported codes and
// types (issue 20: a host reads a code with errcode.Of, not a variable).
var (
	ErrUnbalanced      = errUnbalanced
	ErrBadPosting      = errBadPosting
	ErrNotScheme       = errNotScheme
	ErrSnapshotJSON    = errSnapshotJSON
	ErrOverflow        = errOverflow
	ErrFalseReversal   = errFalseReversal
	ErrBadClearing     = errBadClearing
	ErrNilJournal      = errNilJournal
	ErrReservedID      = errReservedID
	ErrBadAgreementEnd = errBadAgreementEnd
	ErrBadCounterparty = errBadCounterparty
	ErrBadDirection    = errBadDirection
	ErrBadID           = errBadID
	ErrBadPayment      = errBadPayment
	ErrBadRecord       = errBadRecord
	ErrBadRule         = errBadRule
)

type IDError = idError

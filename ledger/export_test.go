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

// Limits the package applies itself, and helpers a host does not need
// (it reads a posting's ID from the posting, and parses a kind or a
// direction with UnmarshalText).
const (
	MaxIDBytes = maxIDBytes
	CashBasis  = cashBasis
)

var (
	ParseBasisRule        = parseBasisRule
	ParseCounterpartyKind = parseCounterpartyKind
	ParseDirection        = parseDirection
	Known                 = known
	NonNegative           = nonNegative
)

// ReceiptPostingID and ClearingPostingID are the IDs of the first postings
// Reconcile builds for a treasury receipt and for its clearing out of
// suspense; a later booking, after the first was reversed, has Seq 2, 3…
func ReceiptPostingID(receiptID string) string {
	return Origin{Kind: TreasuryReceipt, Ref: receiptID, Seq: 1}.postingID()
}

func ClearingPostingID(receiptID string) string {
	return Origin{Kind: SuspenseClearing, Ref: receiptID, Seq: 1}.postingID()
}

func (o Origin) PostingID() string { return o.postingID() }
func (o Origin) IsZero() bool      { return o.isZero() }
func (b Basis) IsZero() bool       { return b.isZero() }

// IsOpen reports whether the posting id holds an open suspense item.
func (j *Journal) IsOpen(id string) bool {
	_, ok := j.OpenSince(id)
	return ok
}

// ClosedYear returns the journal's ClosedYearRule.
func (j *Journal) ClosedYear() ClosedYearRule {
	if j == nil {
		return BookInOpenYear
	}
	return j.closedYear
}

// Bans reports whether r is one of 第六十四条's reasons.
func (r EndReason) Bans() bool { return r.bans() }

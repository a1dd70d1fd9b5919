package eligibility

import (
	"time"

	"github.com/zhishang/zhishang/errcode"
)

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

// Test-only names for the unexported codes (issue 20): the external tests
// keep asserting errors.Is against each fine-grained code.
var (
	ErrAfterQuote         = errAfterQuote
	ErrBareQuote          = errBareQuote
	ErrBatchBinary        = errBatchBinary
	ErrCSVHeader          = errCSVHeader
	ErrDayOutsideTally    = errDayOutsideTally
	ErrEndBeforeStart     = errEndBeforeStart
	ErrEndKindWithoutEnd  = errEndKindWithoutEnd
	ErrEndWithoutEndKind  = errEndWithoutEndKind
	ErrFieldCount         = errFieldCount
	ErrLineBreak          = errLineBreak
	ErrLoneConflict       = errLoneConflict
	ErrMalformedDivision  = errMalformedDivision
	ErrMalformedOrderID   = errMalformedOrderID
	ErrMalformedPlatform  = errMalformedPlatform
	ErrMalformedWorkerID  = errMalformedWorkerID
	ErrMissingAccepted    = errMissingAccepted
	ErrMissingID          = errMissingID
	ErrMissingOrderID     = errMissingOrderID
	ErrMissingPlatform    = errMissingPlatform
	ErrMissingStarted     = errMissingStarted
	ErrMissingWorkerID    = errMissingWorkerID
	ErrMixedPairs         = errMixedPairs
	ErrNegativeCount      = errNegativeCount
	ErrNilBatch           = errNilBatch
	ErrNilCounts          = errNilCounts
	ErrNilExecution       = errNilExecution
	ErrNilReader          = errNilReader
	ErrNilTally           = errNilTally
	ErrNoCopies           = errNoCopies
	ErrNotBool            = errNotBool
	ErrNotTime            = errNotTime
	ErrRecordTooLong      = errRecordTooLong
	ErrStartBeforeAccept  = errStartBeforeAccept
	ErrTallyBinary        = errTallyBinary
	ErrTallyCount         = errTallyCount
	ErrTallySyntax        = errTallySyntax
	ErrTallyTooSparse     = errTallyTooSparse
	ErrTimeOutsideCovered = errTimeOutsideCovered
	ErrTwoRecords         = errTwoRecords
	ErrUnclearID          = errUnclearID
	ErrUnclosedQuote      = errUnclosedQuote
	ErrUnknownEndKind     = errUnknownEndKind
	ErrUnknownProvince    = errUnknownProvince
)

// Test-only names for what issue 20 unexported: limits the package doc
// states, helpers, and pairs that became one.
const (
	MaxCSVLine           = maxCSVLine
	MaxEcho              = maxEcho
	ShanghaiProvinceCode = shanghaiProvinceCode
)

type (
	FieldError = errcode.FieldError
	IDError    = idRefusal
)

var (
	TallyDays   = tallyDays
	ParseFields = parseRecordFields
)

func ParseInstant(s string) (time.Time, bool)         { return parseInstant(s, nil) }
func Decide(e *Execution) (Decision, error)           { return Rules{}.Decide(e) }
func (c Counts) ExcludedBy(clause Clauses) int64      { return c.excludedBy(clause) }
func (t Tally) AppendBinary(b []byte) ([]byte, error) { return t.appendBinary(b) }

func ParseIndustry(s string) (Industry, error) { return parseIndustry(s) }
func ParseEndKind(s string) (EndKind, error)   { return parseEndKind(s) }

// IsRecordError is the test-only name of isRecordError (issue 20: a host
// acts on errcode.Of(err).Action()).
func IsRecordError(err error) bool { return isRecordError(err) }

// RecordCodes is the test-only name of recordCodes.
func RecordCodes() []errcode.Code { return recordCodes() }

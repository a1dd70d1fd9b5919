package param

// The unexported codes and limit, for the package's external tests (issue 20).
var (
	ErrSyntax      = errSyntax
	ErrNoName      = errNoName
	ErrNoFrom      = errNoFrom
	ErrUntilBefore = errUntilBefore
	ErrNoSource    = errNoSource
	ErrBadStatus   = errBadStatus
	ErrOverlap     = errOverlap
	ErrNegative    = errNegative
	ErrNoValue     = errNoValue
	ErrKind        = errKind
	ErrRange       = errRange
	ErrSingle      = errSingle
	ErrTooMany     = errTooMany
)

const MaxValues = maxValues

// Example is Spec's unexported example, for the external tests.
func (s Spec) Example() string { return s.example() }

package param

import (
	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
)

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

// The range of a Spec (unexported: Range says it), for the external tests.
func (s Spec) Places() int32                    { return s.places }
func (s Spec) Min() decimal.Decimal             { return s.min }
func (s Spec) Max() decimal.Decimal             { return s.max }
func (s Spec) MinDate() calendar.Date           { return s.minDate }
func (s Spec) MaxDate() calendar.Date           { return s.maxDate }
func (s Spec) WithMin(min decimal.Decimal) Spec { s.min = min; return s }

// DefaultSet is NewSet(Defaults()...) (unexported: NewSet is the one way),
// for the external tests.
func DefaultSet() *Set {
	s, _ := NewSet(Defaults()...) // valid by construction; TestDefaults checks it
	return s
}

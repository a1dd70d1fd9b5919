package analysis

import "github.com/shopspring/decimal"

// The unexported codes and limits, for the package's external tests (issue 20).
var (
	ErrNoCalendar = errNoCalendar
	ErrPolicy     = errPolicy
	ErrPeriod     = errPeriod
	ErrNoAsOf     = errNoAsOf
	ErrBadReform  = errBadReform
	ErrBadCase    = errBadCase
	MaxMonths     = maxMonths
	MaxIDBytes    = maxIDBytes
	MaxTitle      = maxTitle
)

// IsZero is Reform's unexported isZero, for the external tests.
func (r Reform) IsZero() bool { return r.isZero() }

// The counts a Distribution, Claims and Running no longer keep (issue 20:
// the JSON writes them), for the external tests.
func More(d Distribution) int               { return d.count(3, 5) }
func Less(d Distribution) int               { return d.count(0, 2) }
func Same(d Distribution) int               { return d.count(2, 3) }
func MoreBy(d Distribution) decimal.Decimal { return d.sum(3, 5) }
func ClaimsCases(c Claims) int              { return c.cases() }
func RunningOrders(r Running) int64 {
	var n int64
	for _, o := range r.OrdersRows {
		n += o.Orders
	}
	return n
}

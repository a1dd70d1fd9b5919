package benefits

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
)

// Payment is one monthly payment of a periodic item.
type Payment struct {
	Month       calendar.Month  `json:"month"`
	Kind        Kind            `json:"kind"`
	Beneficiary string          `json:"beneficiary,omitempty"`
	Amount      decimal.Decimal `json:"amount"`
	// Raised: 第四十五条第二款 raised a transitional level to the year's standard.
	Raised bool `json:"raised,omitempty"`
}

// ErrRange is returned for a month range that ends before it starts.
var ErrRange = errors.New("benefits: the range ends before it starts")

// Schedule returns the monthly payments of the award's periodic items for
// the months from and to (inclusive), each from the item's start month: the
// payroll an insurer runs. A transitional item (第四十五条) pays its 2024
// level before the commencement month, and from it on each month the
// greater of that level and the standard of the month's year; a year whose
// wage is missing is a *MissingBaseError.
func (a Award) Schedule(from, to calendar.Month) ([]Payment, error) {
	if to.Before(from) {
		return nil, ErrRange
	}
	var out []Payment
	for m := from; !m.After(to); {
		var err error
		if out, err = a.AppendPayments(out, m); err != nil {
			return nil, err
		}
		if m, err = m.AddMonths(1); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// AppendPayments appends the payments of month m to dst and returns it; it
// allocates only to grow dst, so a payroll over many awards can reuse one
// slice.
func (a Award) AppendPayments(dst []Payment, m calendar.Month) ([]Payment, error) {
	for i := range a.Items {
		it := &a.Items[i]
		if !it.Periodic || m.Before(it.StartMonth) {
			continue
		}
		p := Payment{Month: m, Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: it.Amount}
		if it.floor != nil && !m.Before(it.since) {
			annual, err := it.wageFor(m.Year())
			if err != nil {
				return dst, fmt.Errorf("the %d standard for %s: %w", m.Year(), it.Kind, err)
			}
			if std := it.recalc(annual); std.GreaterThan(*it.floor) {
				p.Amount, p.Raised = std, true
			}
		}
		dst = append(dst, p)
	}
	return dst, nil
}

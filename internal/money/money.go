// Package money guards the library's decimal arithmetic against amounts no
// real case has. shopspring/decimal accepts "1e2000000000" from JSON, and
// the first rounding or addition then tries to build 10^2000000000: it hangs
// and exhausts memory. Every host-supplied amount, rate or ratio is checked
// with Sane before any arithmetic.
package money

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Limits of a plausible figure: at most MaxDigits significant digits and an
// exponent between MinExponent and MaxExponent (so 10⁻¹⁸ to 10³⁰ 元 or
// ratio, far beyond any fund's figures and far inside what decimal handles
// at once).
const (
	MaxDigits   = 30
	MinExponent = -18
	MaxExponent = 18
)

// Sane returns nil for a plausible figure, or an error saying why not.
func Sane(d decimal.Decimal) error {
	e := d.Exponent()
	if e < MinExponent || e > MaxExponent {
		return fmt.Errorf("the figure's exponent %d is outside %d..%d: not a plausible amount or ratio", e, MinExponent, MaxExponent)
	}
	if d.NumDigits() > MaxDigits {
		return fmt.Errorf("the figure has more than %d digits: not a plausible amount or ratio", MaxDigits)
	}
	return nil
}

// Fixed2 is an amount in yuan that JSON carries as a string with exactly two
// decimals ("33404.10", "1036420.00", "-0.50"), the form every amount the
// library writes takes (an insurer's payroll or a ledger reads it as text and
// never through a float). Wire shapes of MarshalJSON methods use it for their
// amount fields.
//
// An amount that is not a whole number of fen is refused rather than rounded
// in passing: rounding is a rule's decision (half up to the fen, unless the
// rule says otherwise) and happens where the rule is, never in the writer.
// UnmarshalJSON reads a string or a bare number, checks it with Sane and
// accepts at most two decimals.
type Fixed2 decimal.Decimal

// ErrNotFen is returned for an amount with a fraction of a fen.
var ErrNotFen = fmt.Errorf("money: the amount has a fraction of a fen")

// MarshalJSON writes the amount as a JSON string with exactly two decimals.
func (f Fixed2) MarshalJSON() ([]byte, error) {
	d := decimal.Decimal(f)
	if !d.Equal(d.Truncate(2)) {
		return nil, fmt.Errorf("%w: %s", ErrNotFen, d.String())
	}
	return []byte(`"` + d.StringFixed(2) + `"`), nil
}

// UnmarshalJSON reads "12.30", "12.3", "12" or the bare number 12.30.
func (f *Fixed2) UnmarshalJSON(b []byte) error {
	var d decimal.Decimal
	if err := d.UnmarshalJSON(b); err != nil {
		return err
	}
	if err := Sane(d); err != nil {
		return err
	}
	if !d.Equal(d.Truncate(2)) {
		return fmt.Errorf("%w: %s", ErrNotFen, d.String())
	}
	*f = Fixed2(d)
	return nil
}

// Decimal returns the amount.
func (f Fixed2) Decimal() decimal.Decimal { return decimal.Decimal(f) }

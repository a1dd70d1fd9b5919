// Package money guards the library's decimal arithmetic against figures no
// real case has. shopspring/decimal accepts "1e2000000000" from JSON, and
// the first rounding or addition then tries to build 10^2000000000: it hangs
// and exhausts memory. Every host-supplied rate, ratio, wage or parameter is
// checked with Sane before any arithmetic. Amounts of money are not
// decimals: they are the exported package money's Amount (whole fen, its
// own strict parser), which needs no such guard. This package stays
// internal (a guard for any decimal is no part of the library's API, and
// every door applies it); a file that needs both imports it as guard.
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

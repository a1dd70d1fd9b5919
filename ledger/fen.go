package ledger

// Amounts in fen: every amount on the books is a whole number of fen, summed
// in int64 with checked additions.

import (
	"github.com/shopspring/decimal"
)

// addFen adds two amounts in fen, reporting false on overflow.
func addFen(a, b int64) (int64, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, false
	}
	return c, true
}

func inFen(d decimal.Decimal) bool {
	if d.Exponent() >= -2 {
		return true
	}
	return d.Equal(d.Round(2))
}

// maxLineFen bounds a line's amount (10¹² 元); a larger amount is refused.
// Sums of lines are checked besides (addFen): a posting whose debits or
// credits total more than int64 fen holds, or a balance that would, is
// ErrOverflow, never a wrapped number.
const maxLineFen = 100_000_000_000_000

// lineFen returns a line amount in fen, and false when it is negative, not
// in fen, or over maxLineFen.
func lineFen(d decimal.Decimal) (int64, bool) {
	if d.Sign() == 0 {
		return 0, true // checked first: a zero Decimal's other methods allocate
	}
	e := int(d.Exponent())
	if d.NumDigits() > 17 || e > 17 || e < -40 {
		return 0, false
	}
	c := d.CoefficientInt64() // at most 17 digits: it fits
	for ; e > -2; e-- {
		if c > maxLineFen || c < -maxLineFen {
			return 0, false
		}
		c *= 10
	}
	for ; e < -2; e++ {
		if c%10 != 0 {
			return 0, false // a fraction of a fen
		}
		c /= 10
	}
	return c, c >= 0 && c <= maxLineFen
}

// fenOf returns d in fen, for an amount Validate accepted.
func fenOf(d decimal.Decimal) int64 {
	c, _ := lineFen(d)
	return c
}

// fen2 writes an amount in fen as yuan with two decimals.
func fen2(f int64) string { return decimal.New(f, -2).StringFixed(2) }

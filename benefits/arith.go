package benefits

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// monthlyOf is (annual × factors…) ÷ 12, rounded half up to the fen once.
func monthlyOf(annual decimal.Decimal, factors ...decimal.Decimal) decimal.Decimal {
	if fen, ok := monthlyFen(annual, factors...); ok {
		return decimal.New(fen, -2)
	}
	x := annual
	for _, f := range factors {
		x = x.Mul(f)
	}
	return divRound12(x)
}

// monthlyFen is monthlyOf in fen computed in int64, for the usual case
// where every coefficient is small; ok is false when it is not (the caller
// then uses decimal arithmetic, which gives the same result).
func monthlyFen(annual decimal.Decimal, factors ...decimal.Decimal) (int64, bool) {
	c, e, ok := coef(annual)
	for _, f := range factors {
		if !ok {
			return 0, false
		}
		fc, fe, fok := coef(f)
		hi, lo := bits.Mul64(uint64(c), uint64(fc))
		if !fok || hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		c, e, ok = int64(lo), e+fe, true
	}
	if !ok {
		return 0, false
	}
	return divRound12Int(c, e)
}

// toFen is an amount already rounded to the fen, in fen.
func toFen(d decimal.Decimal) int64 {
	c, e, ok := coef(d)
	if !ok || e < -2 {
		return d.Shift(2).IntPart()
	}
	for ; e > -2; e-- {
		c *= 10
	}
	return c
}

// mulRound is a × b rounded half up to the fen.
func mulRound(a, b decimal.Decimal) decimal.Decimal {
	ca, ea, oka := coef(a)
	cb, eb, okb := coef(b)
	if hi, lo := bits.Mul64(uint64(ca), uint64(cb)); oka && okb && hi == 0 && lo <= math.MaxInt64/2 {
		n, e := int64(lo), ea+eb
		if e >= -2 {
			return decimal.New(n, int32(e)).Round(2)
		}
		d := int64(1)
		for k := e; k < -2; k++ {
			if d > math.MaxInt64/10 {
				return a.Mul(b).Round(2)
			}
			d *= 10
		}
		if n > (math.MaxInt64-d)/2 { // 2n + d would wrap
			return a.Mul(b).Round(2)
		}
		return decimal.New((2*n+d)/(2*d), -2)
	}
	return a.Mul(b).Round(2)
}

// coef returns d = c × 10^e with c an int64 ≥ 0, or false.
func coef(d decimal.Decimal) (int64, int, bool) {
	switch d.Sign() {
	case 0:
		return 0, 0, true
	case -1:
		return 0, 0, false
	}
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), int(d.Exponent()), true
}

// divRound12Int is (n × 10^e) ÷ 12 in fen, rounded half up, for n ≥ 0.
func divRound12Int(n int64, e int) (int64, bool) {
	if e < -16 || e > 16 {
		return 0, false
	}
	if k := 2 + e; k >= 0 { // x × 100 is the integer n × 10^k
		for ; k > 0; k-- {
			if n > math.MaxInt64/10 {
				return 0, false
			}
			n *= 10
		}
		if n > math.MaxInt64-6 {
			return 0, false
		}
		return (n + 6) / 12, true
	} else { // x × 100 = n ÷ 10^-k
		d := int64(12)
		for ; k < 0; k++ {
			d *= 10
		}
		if n > (math.MaxInt64-d)/2 {
			return 0, false
		}
		return (2*n + d) / (2 * d), true
	}
}

var twelve = decimal.NewFromInt(12)

// divRound12 is x ÷ 12 rounded half up (away from zero) to the fen. It
// works in int64 when x's coefficient allows (as every realistic amount
// does), and falls back to decimal.DivRound, which gives the same result,
// otherwise (TestDivRound12 checks both agree).
func divRound12(x decimal.Decimal) decimal.Decimal {
	if c, e, ok := coef(x); ok {
		if fen, ok := divRound12Int(c, e); ok {
			return decimal.New(fen, -2)
		}
	}
	return x.DivRound(twelve, 2)
}

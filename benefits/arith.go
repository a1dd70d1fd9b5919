package benefits

import (
	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/money"
)

// Amounts: every payment is a money.Amount, rounded once by the library's
// one rule (money.RoundDiv, money.Round: half up to the fen); what is not a
// payment (a wage, a ratio, a share, a factor) stays a decimal.

// monthlyOf is (annual × factors…) ÷ 12, rounded half up to the fen once
// (人社厅函〔2025〕79号 第三十八条: the annual figure × the ratio ÷ 12, divided
// last); an amount beyond money's range is money.ErrRange.
func monthlyOf(annual decimal.Decimal, factors ...decimal.Decimal) (money.Amount, error) {
	x := annual
	for _, f := range factors {
		x = x.Mul(f)
	}
	return money.RoundDiv(x, 12)
}

// plus and minus are a + b and a − b for amounts checked below 10¹⁵ 元
// (tooLarge) where they are read or computed: a few of them add up far
// inside money's range, so the result needs no overflow check.
func plus(a, b money.Amount) money.Amount {
	c, _ := a.Add(b)
	return c
}

func minus(a, b money.Amount) money.Amount {
	c, _ := a.Sub(b)
	return c
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

// Package money is the library's one shape for an amount of money: Amount,
// a whole number of fen (分, 0.01 元), with the one rounding rule of the
// library (Round: half up to the fen), checked arithmetic that refuses to
// wrap, and one text form, "1234.50", that JSON carries as a string.
//
// Every amount the library takes or gives — a bill's total, a benefit, a
// ledger line, a cost — is an Amount. Rates, ratios, shares, wages used as
// a base and parameters stay decimal.Decimal: a rule multiplies a decimal
// and then rounds once, where its article says (Round), never in passing.
//
// Round and RoundDiv (a quotient, such as an annual figure ÷ 12) are the
// library's one rounding rule, half up to the fen; FromDecimal converts
// exactly and refuses a fraction of a fen.
//
// An Amount is a value like time.Duration or netip.Addr: comparable with
// ==, usable as a map key, immutable, and its zero value is 0.00 元. It
// cannot hold a fraction of a fen, so a figure that has one (a tariff
// product, a share of a wage) must go through Round or FromDecimal, which
// say so. The range is that of int64 fen, ±92 233 720 368 547 758.07 元
// (MinFen, MaxFen): Add, Sub, Neg and Mul report false rather than wrap.
//
// The text form is exactly two decimals after a point, a leading minus for
// a negative amount, nothing else: "0.00", "1234.50", "-0.50". Parse and
// UnmarshalText read digits with an optional leading minus and an optional
// point followed by decimals ("12", "12.3", "12.30", "12.300"); they refuse
// a fraction of a fen ("12.301"), an exponent ("1e3"), a plus sign, a bare
// point (".5", "5."), NaN or infinity, spaces, and more than MaxText bytes,
// each with a typed error (*ParseError wrapping ErrSyntax, ErrFraction,
// ErrRange or ErrTooLong). JSON carries an amount as a string
// ("1234.50"): through MarshalText, never as a JSON number, so no reader
// ever passes it through a float.
package money

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/internal/redact"
)

// Amount is an amount of money in yuan, held as a whole number of fen. The
// zero value is 0.00 元.
type Amount struct {
	fen int64
}

// The range of an Amount, in fen.
const (
	MaxFen = math.MaxInt64 // 92233720368547758.07 元
	MinFen = math.MinInt64 // −92233720368547758.08 元
)

// MaxText is the longest text Parse and UnmarshalText read, in bytes: the
// 40 bytes jsonerr allows a number (MinFen's text has 21).
const MaxText = 40

// Errors of Parse, UnmarshalText, FromDecimal and Round. Parse and
// UnmarshalText return them inside a *ParseError.
var (
	// ErrSyntax: not an amount as written here: digits with an optional
	// leading minus and an optional point followed by decimals. An
	// exponent, a plus sign, a bare point, spaces, NaN and infinity are
	// refused.
	ErrSyntax = errors.New("money: not an amount (digits, an optional leading minus, an optional point and decimals: \"1234.50\")")
	// ErrFraction: the amount has a fraction of a fen. Only Round rounds.
	ErrFraction = errors.New("money: a fraction of a fen")
	// ErrRange: the amount is beyond ±92233720368547758.07 元.
	ErrRange = errors.New("money: out of range (about ±9.2×10¹⁶ 元)")
	// ErrTooLong: the text is longer than MaxText bytes.
	ErrTooLong = errors.New("money: the text is longer than 40 bytes")
)

// ParseError is a refusal of Parse or UnmarshalText: the text (at most
// redact.QuoteBytes of it, masked as every error of the library quotes
// input) and why (ErrSyntax, ErrFraction, ErrRange, ErrTooLong; errors.Is
// finds it).
type ParseError struct {
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	why := "refused"
	if e.Err != nil {
		why = e.Err.Error()
		if len(why) > len("money: ") && why[:len("money: ")] == "money: " {
			why = why[len("money: "):]
		}
	}
	return "money: parsing " + strconv.Quote(e.Text) + ": " + why
}

func (e *ParseError) Unwrap() error { return e.Err }

// Fen returns the amount of n fen: Fen(123450) is 1234.50 元.
func Fen(n int64) Amount { return Amount{n} }

// Parse reads an amount in yuan: "1234.50", "-0.50", "12", "12.3" or
// "12.300" (decimals past the fen must be zeros). See the package doc for
// what it refuses; every refusal is a *ParseError. Parse allocates nothing
// for an amount it accepts.
func Parse(s string) (Amount, error) {
	a, err := parse(s)
	if err != nil {
		return Amount{}, &ParseError{Text: redact.Value(s), Err: err}
	}
	return a, nil
}

// MustParse is Parse for literals in examples and tests: it panics on text
// Parse refuses. Never give it input from outside.
func MustParse(s string) Amount {
	a, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// parse reads s; its error is one of the sentinels. The whole text is
// scanned before any refusal but ErrTooLong, so a refusal names the first
// of syntax, range and a fraction of a fen that applies (range before the
// fraction, as FromDecimal).
func parse[T string | []byte](s T) (Amount, error) {
	if len(s) > MaxText {
		return Amount{}, ErrTooLong
	}
	i := 0
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		i++
	}
	var u uint64 // the magnitude in yuan, while it fits
	over := false
	start := i
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if u > (math.MaxUint64-9)/10 {
			over = true
		} else {
			u = u*10 + uint64(s[i]-'0')
		}
	}
	if i == start {
		return Amount{}, ErrSyntax // no digit before the point (".5", "", "-", "+1", "NaN")
	}
	var frac uint64 // the fen
	fraction := false
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			switch k := i - fs; {
			case k < 2:
				frac = frac*10 + uint64(s[i]-'0')
			case s[i] != '0':
				fraction = true
			}
		}
		switch i - fs {
		case 0:
			return Amount{}, ErrSyntax // "5."
		case 1:
			frac *= 10
		}
	}
	if i != len(s) {
		return Amount{}, ErrSyntax // an exponent, a space, anything else
	}
	if over || u > (math.MaxUint64-99)/100 {
		return Amount{}, ErrRange
	}
	u = u*100 + frac
	if neg && u > 1<<63 || !neg && u > MaxFen {
		return Amount{}, ErrRange
	}
	if fraction {
		return Amount{}, ErrFraction
	}
	if neg {
		return Amount{int64(-u)}, nil // -(1<<63) is MinFen: two's complement
	}
	return Amount{int64(u)}, nil
}

// FromDecimal returns d as an Amount, exactly: a d beyond the range is
// ErrRange, one with a fraction of a fen ErrFraction (round it with Round
// if a rule says so). It does no arithmetic on a d of absurd size (an exponent
// of a billion): the range is checked from d's digits and exponent first.
func FromDecimal(d decimal.Decimal) (Amount, error) {
	if d.Sign() == 0 {
		return Amount{}, nil
	}
	e := int(d.Exponent())
	if e > 18 {
		return Amount{}, ErrRange // a non-zero coefficient times 10¹⁹ or more
	}
	nd := d.NumDigits()
	if nd+e > 17 {
		return Amount{}, ErrRange // 10¹⁷ 元 or more
	}
	if e >= -2 {
		// coefficient × 10^(e+2) fen: at most 19 digits.
		if nd <= 18 {
			c := d.CoefficientInt64()
			for k := e + 2; k > 0; k-- {
				if c > MaxFen/10 || c < MinFen/10 {
					return Amount{}, ErrRange
				}
				c *= 10
			}
			return Amount{c}, nil
		}
		c := d.Coefficient() // 19 digits, so e is -2: the coefficient is the fen
		if !c.IsInt64() {
			return Amount{}, ErrRange
		}
		return Amount{c.Int64()}, nil
	}
	k := -2 - e // the digits past the fen, which must be zeros
	if k >= nd {
		return Amount{}, ErrFraction // a non-zero coefficient below 10^k
	}
	if nd <= 18 {
		c := d.CoefficientInt64()
		p := pow10[k]
		if c%p != 0 {
			return Amount{}, ErrFraction
		}
		return Amount{c / p}, nil
	}
	q, r := new(big.Int).QuoRem(d.Coefficient(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil), new(big.Int))
	if !q.IsInt64() {
		return Amount{}, ErrRange // the whole fen are out of range, whatever the fraction
	}
	if r.Sign() != 0 {
		return Amount{}, ErrFraction
	}
	return Amount{q.Int64()}, nil
}

var pow10 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Round returns d rounded to the fen, half up: the library's one rounding
// rule, that of decimal.Round(2), a half fen rounded away from zero (0.005
// to 0.01, −0.005 to −0.01). 沪人社福〔2025〕373号 states amounts in 元 but no
// rounding; the library's reading is that an amount a rule computes is
// rounded here once, at the end, where the rule gives it: each line of a
// levy bill, orders × the per-order rate (第十四条: 总单量与每单缴费标准之积; the
// bill's total is the sum of the rounded lines); each benefit item as a
// whole, and a periodic item per monthly payment (第三十八至四十一、四十五条,
// with 人社厅函〔2025〕79号 第三十八、三十九条: annual × ratio ÷ 12, divided last); a
// third party's and the fund's share of a medical cost (第三十四条). Sums of
// amounts (a bill's total, the books) are exact and never rounded. A d
// beyond the range is ErrRange; like FromDecimal, Round checks the range
// from d's digits and exponent before any arithmetic.
func Round(d decimal.Decimal) (Amount, error) {
	return RoundDiv(d, 1)
}

// RoundDiv returns d ÷ n rounded to the fen by Round's rule, half up, from
// the exact quotient (never from a quotient rounded first): a monthly
// amount from an annual one (n = 12, 人社厅函〔2025〕79号 第三十八条: the annual
// figure × the ratio ÷ 12, divided last and rounded once). n must be
// positive (ErrDivisor). Like Round it checks the range from d's digits and
// exponent before any arithmetic, and computes in 64 and 128-bit integers,
// allocating nothing, whenever d's coefficient has at most 18 digits.
func RoundDiv(d decimal.Decimal, n int64) (Amount, error) {
	if n <= 0 {
		return Amount{}, ErrDivisor
	}
	if d.Sign() == 0 {
		return Amount{}, nil
	}
	e := int(d.Exponent())
	nd := d.NumDigits()
	switch w := nd + e; { // |d| < 10^w, and |d ÷ n| ≤ |d|
	case w > 17+19:
		return Amount{}, ErrRange // 10³⁵ 元 or more ÷ at most 9.2×10¹⁸
	case w < -2:
		return Amount{}, nil // below 0.001 元: rounds to zero
	}
	if nd <= 18 && e >= -20 && e <= 17 {
		c := d.CoefficientInt64()
		u := uint64(c)
		if c < 0 {
			u = -u
		}
		if a, ok, fast := quo(c < 0, u, e+2, uint64(n)); fast {
			if !ok {
				return Amount{}, ErrRange
			}
			return a, nil
		}
	}
	if e >= -2 && n == 1 {
		return FromDecimal(d) // a whole number of fen already
	}
	return FromDecimal(d.DivRound(decimal.NewFromInt(n), 2))
}

var errNilAmount = errors.New("money: UnmarshalText into a nil *Amount")

// ErrDivisor: RoundDiv was given a divisor that is not positive.
var ErrDivisor = errors.New("money: the divisor is not positive")

// quo is ±u × 10^k ÷ den fen rounded half up (away from zero), in 128-bit
// integers: ok is false when it is out of range; fast is false when the
// figures do not fit the integer path (the caller then uses decimal).
func quo(neg bool, u uint64, k int, den uint64) (a Amount, ok, fast bool) {
	var hi, lo uint64
	switch {
	case k >= 0 && k <= 19:
		hi, lo = bits.Mul64(u, upow10[k])
	case k < 0 && k >= -19:
		var dhi uint64
		dhi, den = bits.Mul64(den, upow10[-k])
		if dhi != 0 {
			return Amount{}, false, false
		}
		lo = u
	default:
		return Amount{}, false, false
	}
	if hi >= den {
		return Amount{}, false, true // a quotient of 2⁶⁴ fen or more
	}
	q, r := bits.Div64(hi, lo, den)
	if r >= den-r { // 2r ≥ den: half a fen or more, away from zero
		q++
		if q == 0 {
			return Amount{}, false, true
		}
	}
	switch {
	case !neg && q <= MaxFen:
		return Amount{int64(q)}, true, true
	case neg && q <= 1<<63:
		return Amount{int64(-q)}, true, true
	}
	return Amount{}, false, true
}

var upow10 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// Add returns a + b, and false (with the zero Amount) when the sum is out
// of range.
func (a Amount) Add(b Amount) (Amount, bool) {
	c := a.fen + b.fen
	if (c > a.fen) != (b.fen > 0) {
		return Amount{}, false
	}
	return Amount{c}, true
}

// Sub returns a − b, and false (with the zero Amount) when the difference
// is out of range.
func (a Amount) Sub(b Amount) (Amount, bool) {
	c := a.fen - b.fen
	if (c < a.fen) != (b.fen > 0) {
		return Amount{}, false
	}
	return Amount{c}, true
}

// Neg returns −a, and false (with the zero Amount) for MinFen fen, whose
// negation is out of range.
func (a Amount) Neg() (Amount, bool) {
	if a.fen == MinFen {
		return Amount{}, false
	}
	return Amount{-a.fen}, true
}

// Mul returns a × n, and false (with the zero Amount) when the product is
// out of range: a month's payment times a number of months, a per-unit
// amount times a count.
func (a Amount) Mul(n int64) (Amount, bool) {
	if a.fen == 0 || n == 0 {
		return Amount{}, true
	}
	c := a.fen * n
	if c/n != a.fen || (a.fen == -1 && n == MinFen) || (n == -1 && a.fen == MinFen) {
		return Amount{}, false
	}
	return Amount{c}, true
}

// Cmp returns −1, 0 or +1 as a is less than, equal to or more than b.
func (a Amount) Cmp(b Amount) int {
	switch {
	case a.fen < b.fen:
		return -1
	case a.fen > b.fen:
		return 1
	}
	return 0
}

// Sign returns −1, 0 or +1 as a is negative, zero or positive.
func (a Amount) Sign() int {
	switch {
	case a.fen < 0:
		return -1
	case a.fen > 0:
		return 1
	}
	return 0
}

// IsZero reports whether a is 0.00 元 (the zero value). encoding/json's
// omitzero uses it.
func (a Amount) IsZero() bool { return a.fen == 0 }

// Fen returns a in fen.
func (a Amount) Fen() int64 { return a.fen }

// Decimal returns a in yuan as a decimal with exponent −2 (its String is
// a's), for arithmetic with rates and ratios.
func (a Amount) Decimal() decimal.Decimal { return decimal.New(a.fen, -2) }

// String returns a in yuan with exactly two decimals: "1234.50", "0.00",
// "-0.50".
func (a Amount) String() string {
	var b [24]byte
	return string(a.append(b[:0]))
}

// AppendText appends a's text form (String) to b.
func (a Amount) AppendText(b []byte) ([]byte, error) { return a.append(b), nil }

// MarshalText returns a's text form (String): JSON writes it as a string,
// "1234.50".
func (a Amount) MarshalText() ([]byte, error) {
	var b [24]byte
	return a.append(b[:0]), nil
}

// UnmarshalText reads an amount as Parse does (a JSON string's contents).
// On a refusal, a *ParseError, a is left unchanged.
func (a *Amount) UnmarshalText(text []byte) error {
	if a == nil {
		return errNilAmount
	}
	v, err := parse(text)
	if err != nil {
		return &ParseError{Text: redact.Value(string(text[:min(len(text), redact.QuoteBytes+64)])), Err: err}
	}
	*a = v
	return nil
}

func (a Amount) append(b []byte) []byte {
	u := uint64(a.fen)
	if a.fen < 0 {
		b = append(b, '-')
		u = -u // MinFen's magnitude, 1<<63, fits uint64
	}
	b = strconv.AppendUint(b, u/100, 10)
	c := u % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

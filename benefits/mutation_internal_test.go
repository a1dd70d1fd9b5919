package benefits

// The int64 arithmetic on its edges (issue 19 mutation study,
// testdata/mutation/README.md): every realistic amount takes the int64 path
// (the package doc's promise, and what keeps a payroll free of
// allocations), and at each bound of that path the result is either exact
// or handed to decimal arithmetic, never wrapped.

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Realistic figures take the int64 path and give the fen by hand:
// 111347 × 0.6 × 0.3 ÷ 12 = 1670.205 → 167021 fen (half up);
// 111347 × 0.6 × 27 ÷ 12 = 150318.45 → 15031845;
// 111347.01 × 0.6 × 0.9 ÷ 12 = 5010.61545 → 501062;
// 120000 × 0.6 ÷ 12 = 6000 → 600000.
func TestMonthlyFenTakesTheIntPath(t *testing.T) {
	d := decimal.RequireFromString
	for _, tc := range []struct {
		annual  string
		factors []string
		fen     int64
	}{
		{"111347", []string{"0.6", "0.3"}, 167021},
		{"111347", []string{"0.6", "27"}, 15031845},
		{"111347.01", []string{"0.6", "0.9"}, 501062},
		{"120000", []string{"0.6"}, 600000},
		{"0", []string{"0.6"}, 0},
		{"111347", nil, 927892}, // 9278.916… → 9278.92
	} {
		var fs []decimal.Decimal
		for _, f := range tc.factors {
			fs = append(fs, d(f))
		}
		fen, ok := monthlyFen(d(tc.annual), fs...)
		require.True(t, ok, "%s × %v", tc.annual, tc.factors)
		assert.Equal(t, tc.fen, fen, "%s × %v", tc.annual, tc.factors)
		assert.Equal(t, decimal.New(tc.fen, -2).String(), monthlyOf(d(tc.annual), fs...).String())
	}
	a, r, s := d("111347"), d("0.6"), d("0.3")
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _, _ = monthlyFen(a, r, s) }), "the int64 path allocates nothing")
	// Coefficients whose product passes int64: the decimal path, the same figure.
	big := d("9999999999.99")
	_, ok := monthlyFen(big, d("9999999999.99"))
	assert.False(t, ok)
	assert.Equal(t, big.Mul(big).DivRound(twelve, 2).String(), monthlyOf(big, big).String())
	// A negative factor or one of 19 digits is not for the int64 path.
	_, ok = monthlyFen(a, d("-0.6"))
	assert.False(t, ok)
	_, ok = monthlyFen(a, d("0.1234567890123456789"))
	assert.False(t, ok)
	_, ok = monthlyFen(d("-1"), r)
	assert.False(t, ok)
}

// divRound12Int on each bound: the exponent ±16 is in, ±17 out; a
// coefficient that would pass int64 when scaled or rounded is handed back.
func TestDivRound12IntBounds(t *testing.T) {
	for _, tc := range []struct {
		n  int64
		e  int
		ok bool
	}{
		{1, 16, true}, {1, 17, false}, {1, -16, true}, {1, -17, false},
		{math.MaxInt64 - 6, -2, true}, {math.MaxInt64 - 5, -2, false},
		{math.MaxInt64 / 10, -1, true}, {math.MaxInt64/10 + 1, -1, false},
		{(math.MaxInt64 - 120) / 2, -3, true}, {(math.MaxInt64-120)/2 + 1, -3, false},
		{5, -3, true}, {6, -3, true}, {7, -3, true}, // 0.005, 0.006, 0.007 ÷ 12: 0.00
		{60, -3, true}, {59, -3, true}, // 0.060 ÷ 12 = 0.005 → 0.01; 0.059 ÷ 12 → 0.00
		{6, -2, true}, {5, -2, true}, // 0.06 ÷ 12 = 0.005 → 0.01; 0.05 ÷ 12 → 0.00
	} {
		fen, ok := divRound12Int(tc.n, tc.e)
		require.Equal(t, tc.ok, ok, "%d e%d", tc.n, tc.e)
		if ok {
			want := decimal.New(tc.n, int32(tc.e)).DivRound(twelve, 2)
			assert.Equal(t, want.String(), decimal.New(fen, -2).String(), "%d e%d", tc.n, tc.e)
		}
	}
	// 1e16 ÷ 12 × 100 = 83333333333333333.3… fen.
	fen, _ := divRound12Int(1, 16)
	assert.Equal(t, int64(83333333333333333), fen)
	for _, x := range []decimal.Decimal{decimal.New(math.MaxInt64-5, -2), decimal.New(math.MaxInt64-6, -2), decimal.New(math.MaxInt64/10+1, -1), decimal.New((math.MaxInt64-120)/2+1, -3)} {
		assert.Equal(t, x.DivRound(twelve, 2).String(), divRound12(x).String(), "%s", x)
	}
}

// mulRound is a × b rounded half up to the fen on either side of the int64
// path's bound (a product coefficient of MaxInt64/2), with a factor of 19
// digits, and with scales that would pass int64.
func TestMulRoundBounds(t *testing.T) {
	d := decimal.RequireFromString
	for _, tc := range []struct{ a, b, want string }{
		{"56502", "20", "1130040.00"},
		{"3000000000", "2.000000001", "6000000003.00"},         // coefficient 6.000000003e18 > MaxInt64/2
		{"2000000000", "2.000000001", "4000000002.00"},         // 4.000000002e18 < MaxInt64/2
		{"4611686018427387903", "1", "4611686018427387903.00"}, // exactly MaxInt64/2
		{"4611686018427387904", "1", "4611686018427387904.00"}, // one more
		{"1", "1.005000000000000000", "1.01"},                  // 19 digits: the decimal path, half up (banker's: 1.00)
		{"1", "1.025000000000000000", "1.03"},                  // (banker's: 1.02)
		{"0.000000001", "0.000000000005", "0.00"},              // e = -21: 10^19 would pass int64
		{"1.5", "0.003", "0.00"},                               // 0.0045: under half a fen
		{"2.5", "0.003", "0.01"},                               // 0.0075 → 0.01
		{"1", "0.005", "0.01"},                                 // exactly half a fen: up
		{"1", "0.004999", "0.00"},
		{"123.45", "100", "12345.00"},
		// Issue 19: a product of coefficient up to MaxInt64/2 with three or
		// more places took the int64 path, where 2n + 10^k wrapped to a
		// negative amount (46116860184273.8790 × 10 gave −461168601842738.78).
		{"46116860184273.8790", "10", "461168601842738.79"},
		{"461168601842738.790", "10", "4611686018427387.90"},
		{"4611686018427387.89", "1", "4611686018427387.89"},
	} {
		a, b := d(tc.a), d(tc.b)
		want := a.Mul(b).Round(2)
		require.Equal(t, want.StringFixed(2), mulRound(a, b).StringFixed(2), "%s × %s (decimal)", tc.a, tc.b)
		assert.Equal(t, tc.want, mulRound(a, b).StringFixed(2), "%s × %s", tc.a, tc.b)
	}
}

// toFen reads an amount written with any number of places up to two:
// 1500 (exponent 0), 1500.5, 1.5e3, 15.00e2; one of three places is a
// whole number of fen after rounding, read as decimal does.
func TestToFenExponents(t *testing.T) {
	d := decimal.RequireFromString
	for s, want := range map[string]int64{"1500": 150000, "1500.5": 150050, "1500.25": 150025, "1.5e3": 150000, "15e2": 150000, "0": 0, "0.01": 1} {
		assert.Equal(t, want, toFen(d(s)), s)
	}
	x, y := d("1500.25"), d("1500")
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _, _ = toFen(x), toFen(y) }), "an amount in fen is read without decimal arithmetic")
	assert.Equal(t, int64(150025), toFen(d("1500.250")), "a trailing zero past the fen")
	assert.Equal(t, d("1500.250").Shift(2).IntPart(), toFen(d("1500.250")))
}

// coef on its bounds: zero, 18 digits in, 19 out, negative out.
func TestCoefBounds(t *testing.T) {
	d := decimal.RequireFromString
	c, e, ok := coef(d("0"))
	assert.True(t, ok)
	assert.Equal(t, [2]int64{0, 0}, [2]int64{c, int64(e)})
	c, e, ok = coef(d("123456789012345678"))
	assert.True(t, ok)
	assert.Equal(t, [2]int64{123456789012345678, 0}, [2]int64{c, int64(e)})
	_, _, ok = coef(d("1234567890123456789"))
	assert.False(t, ok)
	_, _, ok = coef(d("-1"))
	assert.False(t, ok)
	c, e, ok = coef(d("0.06"))
	assert.True(t, ok)
	assert.Equal(t, [2]int64{6, -2}, [2]int64{c, int64(e)})
}

// allocatePensions over the cap: the fen left go one each to the largest
// remainders, ties to the first name in byte order whatever the listing
// order, also when the remainders are exactly 1. Annual 480000000 × cap
// 0.000000001 ÷ 12 = 0.04 元 = 4 fen; three dependents of weight 1 (10⁻⁹):
// 4 × 1 ÷ 3 = 1 remainder 1 each; the one fen left goes to "a".
func TestAllocatePensionsTieAtRemainderOne(t *testing.T) {
	d := decimal.RequireFromString
	shares := []decimal.Decimal{d("0.000000001"), d("0.000000001"), d("0.000000001")}
	al, err := allocatePensions(d("480000000"), d("1"), d("0.000000001"), shares, []int64{1, 1, 1}, []string{"c", "b", "a"})
	require.NoError(t, err)
	assert.True(t, al.capped)
	assert.Equal(t, int64(4), al.totalFen)
	assert.Equal(t, []int64{1, 1, 2}, al.fen)
	al, err = allocatePensions(d("480000000"), d("1"), d("0.000000001"), shares, []int64{1, 1, 1}, []string{"a", "c", "b"})
	require.NoError(t, err)
	assert.Equal(t, []int64{2, 1, 1}, al.fen)
	// A cap beyond any plausible figure is refused, never wrapped.
	_, err = allocatePensions(d("1e30"), d("0.6"), d("0.6"), []decimal.Decimal{d("0.4")}, []int64{400_000_000}, []string{"s"})
	assert.ErrorIs(t, err, ErrBadCase)
	// A ratio of more than 9 places, or above 1, is refused.
	_, err = allocatePensions(d("120000"), d("0.6000000001"), d("0.6"), []decimal.Decimal{d("0.4")}, []int64{400_000_000}, []string{"s"})
	assert.ErrorIs(t, err, ErrBadCase)
	_, err = allocatePensions(d("120000"), d("0.6"), d("1.1"), []decimal.Decimal{d("0.4")}, []int64{400_000_000}, []string{"s"})
	assert.ErrorIs(t, err, ErrBadCase)
}

// nanoOf reads a ratio of at most 9 places between 0 and 1 as an integer
// of 10⁻⁹: 1 is 10⁹, 0.6 is 6 × 10⁸; 1.000000001 and 10 are refused.
func TestNanoOfBounds(t *testing.T) {
	d := decimal.RequireFromString
	for s, want := range map[string]int64{"1": 1_000_000_000, "0.6": 600_000_000, "0.000000001": 1, "0": 0, "1.000000000": 1_000_000_000} {
		n, err := nanoOf("x", d(s))
		require.NoError(t, err, s)
		assert.Equal(t, want, n, s)
	}
	for _, s := range []string{"1.000000001", "10", "0.0000000001", "-0.1", "2"} {
		_, err := nanoOf("x", d(s))
		assert.ErrorIs(t, err, ErrBadCase, s)
	}
}

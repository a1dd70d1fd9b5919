package benefits

// The integer arithmetic on its edges (issue 19 mutation study,
// testdata/mutation/README.md). The rounding of amounts and its int64 path
// moved to package money (issue 20), with their edge cases
// (money.TestRoundEdges); what stays here is the package's own.

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/money"
)

// monthlyOf by hand (its rounding is money.RoundDiv's, whose edges
// money's tests hold):
// 111347 × 0.6 × 0.3 ÷ 12 = 1670.205 → 1670.21 (half up);
// 111347 × 0.6 × 27 ÷ 12 = 150318.45;
// 111347.01 × 0.6 × 0.9 ÷ 12 = 5010.61545 → 5010.62;
// 120000 × 0.6 ÷ 12 = 6000.
func TestMonthlyOfByHand(t *testing.T) {
	d := decimal.RequireFromString
	for _, tc := range []struct {
		annual  string
		factors []string
		want    string
	}{
		{"111347", []string{"0.6", "0.3"}, "1670.21"},
		{"111347", []string{"0.6", "27"}, "150318.45"},
		{"111347.01", []string{"0.6", "0.9"}, "5010.62"},
		{"120000", []string{"0.6"}, "6000.00"},
		{"0", []string{"0.6"}, "0.00"},
		{"111347", nil, "9278.92"}, // 9278.916…
		{"9999999999.99", []string{"9999999999.99"}, "8333333333316666666.67"},
	} {
		var fs []decimal.Decimal
		for _, f := range tc.factors {
			fs = append(fs, d(f))
		}
		got, err := monthlyOf(d(tc.annual), fs...)
		if tc.want == "8333333333316666666.67" { // beyond money's range
			assert.ErrorIs(t, err, money.ErrRange)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.want, got.String(), "%s × %v", tc.annual, tc.factors)
	}
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

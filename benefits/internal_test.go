package benefits

import (
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// The int64 path of divRound12 agrees with decimal.DivRound.
func TestDivRound12(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		x := decimal.New(rapid.Int64Range(0, 1<<62).Draw(t, "coefficient"), int32(rapid.IntRange(-18, 18).Draw(t, "exponent")))
		got, want := divRound12(x), x.DivRound(decimal.NewFromInt(12), 2)
		if !got.Equal(want) {
			t.Fatalf("%s ÷ 12: %s, DivRound %s", x, got, want)
		}
	})
	for _, s := range []string{"0", "0.06", "0.05999", "0.18", "60127.38", "1402972.2", "5010.615", "9223372036854775807", "0.000000000000000001"} {
		x := decimal.RequireFromString(s)
		if got, want := divRound12(x), x.DivRound(decimal.NewFromInt(12), 2); !got.Equal(want) {
			t.Fatalf("%s ÷ 12: %s, DivRound %s", s, got, want)
		}
	}
}

// mulRound and toFen agree with decimal arithmetic.
func TestMulRoundAndToFen(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := decimal.New(rapid.Int64Range(0, 1<<40).Draw(t, "a"), int32(rapid.IntRange(-6, 3).Draw(t, "ea")))
		b := decimal.New(rapid.Int64Range(0, 1<<20).Draw(t, "b"), int32(rapid.IntRange(-6, 3).Draw(t, "eb")))
		if got, want := mulRound(a, b), a.Mul(b).Round(2); !got.Equal(want) {
			t.Fatalf("%s × %s: %s, want %s", a, b, got, want)
		}
		fen := decimal.New(rapid.Int64Range(0, 1<<50).Draw(t, "fen"), -2)
		if got := toFen(fen); got != fen.Shift(2).IntPart() {
			t.Fatalf("toFen(%s) = %d", fen, got)
		}
	})
}

package ledger

// Internal tests written for survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"encoding/json"
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/money"
)

// jsonLen is the length of a valid text (Post refuses any other) as
// encoding/json writes it, less the two quotes, wherever the escaped
// characters stand: the snapshot's string limit counts it.
func TestJSONLenIsTheEncodedLength(t *testing.T) {
	for _, s := range []string{
		"", "plain", "<a&b>", `"\`, "\n\r\t", "\b\f", "\x01\x1f",
		"\u2028", "\u2029", "a\u2028", "ab\u2029", "x\u2029y\u2028z", "\u2029\u2029",
		"职业伤害", "\xe2\x80\xa7", "e\xe2\x80\xa9",
	} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := jsonLen(s), len(b)-2; got != want {
			t.Errorf("jsonLen(%q) = %d, encoding/json writes %d: %s", s, got, want, b)
		}
	}
}

// A subject's day book keeps, while it is not wide, the exact sums of its
// positive and of its negative day movements (the bounds every running
// balance lies between, which let a rise skip the scan), and turns wide
// exactly when one of those sums would leave int64; lowest then reports the
// first running balance that would. Movements near the int64 limit are
// drawn, so both edges are met (round 7 of the mutation study).
func TestDayBookBoundsAreExactSums(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var b dayBook
		big1 := rapid.SampledFrom([]int64{math.MaxInt64, math.MaxInt64 - 1, math.MinInt64 + 1, math.MaxInt64 / 2, -math.MaxInt64 / 2, 1, -1, 0, 100})
		n := rapid.IntRange(1, 12).Draw(t, "n")
		for k := 0; k < n; k++ {
			day := rapid.Int32Range(0, 5).Draw(t, "day")
			var delta int64
			if rapid.Bool().Draw(t, "near") {
				delta = big1.Draw(t, "delta")
			} else {
				delta = rapid.Int64Range(-1000, 1000).Draw(t, "delta")
			}
			before := append([]money.Amount(nil), b.moves...)
			if !b.add(day, money.Fen(delta)) {
				if len(b.moves) != len(before) {
					t.Fatalf("a refused add changed the days")
				}
				continue
			}
			pos, neg := new(big.Int), new(big.Int)
			for _, m := range b.moves {
				if m.Sign() > 0 {
					pos.Add(pos, big.NewInt(m.Fen()))
				} else {
					neg.Add(neg, big.NewInt(m.Fen()))
				}
			}
			fits := pos.IsInt64() && neg.IsInt64()
			if b.wide == fits {
				t.Fatalf("wide %v with sums %s and %s", b.wide, pos, neg)
			}
			if !b.wide && (b.pos.Fen() != pos.Int64() || b.neg.Fen() != neg.Int64()) {
				t.Fatalf("bounds %d %d, sums %s %s", b.pos, b.neg, pos, neg)
			}
		}
	})
}

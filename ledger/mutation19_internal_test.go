package ledger

// Internal tests written for survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"encoding/json"
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
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

// Round 8: the checked additions every sum of the books goes through
// (第七十七条: a total is exact or refused, never wrapped) agree with exact
// arithmetic at the int64 edges and around zero, for amounts in fen and
// for counts alike.
func TestCheckedAdditionsAtTheEdges(t *testing.T) {
	vals := []int64{math.MinInt64 + 1, -2, -1, 0, 1, 2, math.MaxInt64 - 1, math.MaxInt64}
	for _, a := range vals {
		for _, b := range vals {
			exact := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
			if a != int64(int(a)) || b != int64(int(b)) {
				continue // a 32-bit int
			}
			n, ok := addInt(int(a), int(b))
			if ok != exact.IsInt64() || ok && int64(n) != exact.Int64() {
				t.Errorf("addInt(%d, %d) = %d, %v; exact %s", a, b, n, ok, exact)
			}
		}
	}
	// a sum that overflows is flagged and keeps its last good value
	s := sum{amount: money.Fen(math.MaxInt64 - 1), count: 3}
	s.add(money.Fen(1), 1)
	if s.err || s.amount.Fen() != math.MaxInt64 || s.count != 4 {
		t.Fatalf("%+v", s)
	}
	s.add(money.Fen(1), 1)
	if !s.err || s.amount.Fen() != math.MaxInt64 || s.count != 4 {
		t.Fatalf("%+v", s)
	}
	c := sum{count: math.MaxInt}
	c.add(money.Fen(0), 1)
	if !c.err {
		t.Fatal("a count past MaxInt is not flagged")
	}
	m := sum{amount: money.Fen(5)}
	m.sub(money.Fen(7))
	if m.err || m.amount.Fen() != -2 || m.count != 0 {
		t.Fatalf("%+v", m)
	}
}

// Round 8: a line amount is read exactly up to 10¹² 元 (maxLineFen), in
// any exponent a decimal can carry, and refused one fen past it, below
// zero, in a fraction of a fen, or
// with an exponent out of range (第十八条: amounts in fen).
func TestLineFenAtItsBounds(t *testing.T) {
	line := func(s string) (int64, bool) {
		a, err := money.FromDecimal(decimalOf(t, s))
		return a.Fen(), err == nil && lineOK(a)
	}
	for s, want := range map[string]int64{
		"0": 0, "0.01": 1, "1": 100, "1E12": maxLineFen, "1000000000000.00": maxLineFen, "999999999999.99": maxLineFen - 1,
		"100000000000000E-2": maxLineFen, "1E-2": 1, "10E-3": 1, "5E1": 5000,
		"10000000000000000E-4": maxLineFen, "1.0000000000000000": 100, "100000000000000000E-5": maxLineFen,
	} {
		f, ok := line(s)
		if !ok || f != want {
			t.Errorf("line amount %s = %d, %v; want %d", s, f, ok, want)
		}
	}
	for _, s := range []string{"1000000000000.01", "1E13", "1.0000000000000001E12", "-0.01", "-1E12", "0.001", "1E-3", "1E18", "1E-41", "10E-41",
		// coefficients whose scaling up by 10¹⁹ would wrap int64 to a few
		// thousand yuan (2²⁰ fen and −2⁶⁴ + 2²⁰ fen): refused before it can
		"5088642047018E17", "-30095730041814E17"} {
		if f, ok := line(s); ok {
			t.Errorf("line amount %s = %d, accepted", s, f)
		}
	}
}

func decimalOf(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

package money_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/money"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in  string
		fen int64
	}{
		{"0", 0}, {"0.00", 0}, {"-0", 0}, {"-0.00", 0}, {"00.5", 50},
		{"1", 100}, {"1.5", 150}, {"1.50", 150}, {"1.000", 100}, {"1.0500000", 105},
		{"1234.50", 123450}, {"-0.50", -50}, {"-0.01", -1}, {"0.01", 1},
		{"92233720368547758.07", math.MaxInt64},
		{"-92233720368547758.08", math.MinInt64},
		{"-92233720368547758.07", math.MinInt64 + 1},
		{"92233720368547758.07" + strings.Repeat("0", 20), math.MaxInt64}, // 40 bytes
		{"000000000000000000000000000000000001.00", 100},
	} {
		a, err := money.Parse(c.in)
		if err != nil || a.Fen() != c.fen {
			t.Errorf("Parse(%q) = %d fen, %v; want %d", c.in, a.Fen(), err, c.fen)
		}
	}
}

func TestParseRefuses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want error
	}{
		{"", money.ErrSyntax}, {"-", money.ErrSyntax}, {".", money.ErrSyntax}, {".5", money.ErrSyntax}, {"5.", money.ErrSyntax},
		{"+5", money.ErrSyntax}, {" 5", money.ErrSyntax}, {"5 ", money.ErrSyntax}, {"1e3", money.ErrSyntax}, {"1E-2", money.ErrSyntax},
		{"1.5e2", money.ErrSyntax}, {"NaN", money.ErrSyntax}, {"Inf", money.ErrSyntax}, {"-Infinity", money.ErrSyntax},
		{"1,000.00", money.ErrSyntax}, {"--1", money.ErrSyntax}, {"1.2.3", money.ErrSyntax}, {"0x10", money.ErrSyntax},
		{"１２", money.ErrSyntax}, {"12元", money.ErrSyntax}, {"1.001e5", money.ErrSyntax},
		{"1.001", money.ErrFraction}, {"0.005", money.ErrFraction}, {"-0.005", money.ErrFraction}, {"0.0000000001", money.ErrFraction},
		{"92233720368547758.08", money.ErrRange}, {"-92233720368547758.09", money.ErrRange},
		{"100000000000000000", money.ErrRange}, {"99999999999999999999999", money.ErrRange},
		{"184467440737095516.16", money.ErrRange}, // 2⁶⁴ fen: wraps a uint64
		{"92233720368547758.07" + strings.Repeat("0", 21), money.ErrTooLong},
		{strings.Repeat("9", 1000), money.ErrTooLong},
		{"999999999999999999999.001", money.ErrRange}, // the range is named before a fraction, as FromDecimal does
		{"92233720368547758.071", money.ErrFraction}, {"-92233720368547758.081", money.ErrFraction},
	} {
		a, err := money.Parse(c.in)
		if !errors.Is(err, c.want) || !a.IsZero() {
			t.Errorf("Parse(%q) = %s, %v; want %v", c.in, a, err, c.want)
		}
		var pe *money.ParseError
		if !errors.As(err, &pe) || len(pe.Text) > 40 {
			t.Errorf("Parse(%q): %v is not a short *ParseError", c.in, err)
		}
	}
}

// An identity number typed into an amount is not echoed (第七十九条).
func TestParseErrorMasks(t *testing.T) {
	_, err := money.Parse("31010519491231002X")
	if err == nil || strings.Contains(err.Error(), "310105") {
		t.Errorf("got %v", err)
	}
}

func TestMustParse(t *testing.T) {
	if got := money.MustParse("12.3"); got != money.Fen(1230) {
		t.Errorf("got %s", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"1.001\") did not panic")
		}
	}()
	money.MustParse("1.001")
}

func TestString(t *testing.T) {
	for fen, want := range map[int64]string{
		0: "0.00", 1: "0.01", -1: "-0.01", 50: "0.50", -50: "-0.50", 100: "1.00", 123450: "1234.50", -123456: "-1234.56",
		math.MaxInt64: "92233720368547758.07", math.MinInt64: "-92233720368547758.08",
	} {
		a := money.Fen(fen)
		if got := a.String(); got != want {
			t.Errorf("Fen(%d).String() = %q, want %q", fen, got, want)
		}
		if b, _ := a.MarshalText(); string(b) != want {
			t.Errorf("MarshalText = %q", b)
		}
		if b, _ := a.AppendText([]byte("x")); string(b) != "x"+want {
			t.Errorf("AppendText = %q", b)
		}
		if got := a.Decimal().StringFixed(2); got != want {
			t.Errorf("Decimal = %s", got)
		}
	}
}

// The wire form: a JSON string with two decimals, as the library wrote its
// amounts before Amount (with internal/money's Fixed2, now gone); the zero value is "0.00"
// and omitzero leaves it out.
func TestJSON(t *testing.T) {
	type doc struct {
		A money.Amount  `json:"a"`
		B money.Amount  `json:"b,omitzero"`
		P *money.Amount `json:"p,omitempty"`
	}
	b, err := json.Marshal(doc{A: money.MustParse("-1234.5")})
	if err != nil || string(b) != `{"a":"-1234.50"}` {
		t.Fatalf("got %s, %v", b, err)
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"a":"12.3","b":"0.01","p":"7"}`), &d); err != nil || d.A != money.Fen(1230) || d.B != money.Fen(1) || *d.P != money.Fen(700) {
		t.Fatalf("got %+v, %v", d, err)
	}
	for _, in := range []string{`{"a":12.3}`, `{"a":"1e3"}`, `{"a":"1.001"}`, `{"a":true}`, `{"a":"NaN"}`, `{"a":1}`} {
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
	m, err := json.Marshal(map[money.Amount]int{money.Fen(5): 1})
	if err != nil || string(m) != `{"0.05":1}` {
		t.Errorf("map key: %s, %v", m, err)
	}
}

func TestUnmarshalTextLeavesValueOnError(t *testing.T) {
	if err := (*money.Amount)(nil).UnmarshalText([]byte("1")); err == nil {
		t.Error("a nil *Amount accepted")
	}
	a := money.Fen(7)
	if err := a.UnmarshalText([]byte("1.001")); !errors.Is(err, money.ErrFraction) || a != money.Fen(7) {
		t.Errorf("got %s, %v", a, err)
	}
	if err := a.UnmarshalText([]byte(strings.Repeat("1", 1<<20))); !errors.Is(err, money.ErrTooLong) {
		t.Errorf("got %v", err)
	}
}

func TestFromDecimal(t *testing.T) {
	for _, c := range []struct {
		in   string
		fen  int64
		want error
	}{
		{"0", 0, nil}, {"0e-2000000000", 0, nil}, {"0e2000000000", 0, nil},
		{"1", 100, nil}, {"1.5", 150, nil}, {"1.000", 100, nil}, {"-0.5", -50, nil}, {"12e3", 1200000, nil},
		{"1.001", 0, money.ErrFraction}, {"0.005", 0, money.ErrFraction}, {"1e-2000000000", 0, money.ErrFraction},
		{"1234567890123456789012345e-30", 0, money.ErrFraction},
		{"12345678901234567890000000e-9", 1234567890123456789, nil}, // 26 digits
		{"92233720368547758.07", math.MaxInt64, nil}, {"-92233720368547758.08", math.MinInt64, nil},
		{"92233720368547758.070000", math.MaxInt64, nil},
		{"92233720368547758.08", 0, money.ErrRange}, {"-92233720368547758.09", 0, money.ErrRange},
		{"92233720368547758.0700001", 0, money.ErrFraction},
		{"1e17", 0, money.ErrRange}, {"9e16", 9000000000000000000, nil}, {"1e19", 0, money.ErrRange},
		{"1e2000000000", 0, money.ErrRange}, {"-1e2000000000", 0, money.ErrRange},
	} {
		d, err := decimal.NewFromString(c.in)
		if err != nil {
			t.Fatal(err)
		}
		a, err := money.FromDecimal(d)
		if !errors.Is(err, c.want) || (err == nil && a.Fen() != c.fen) {
			t.Errorf("FromDecimal(%s) = %d fen, %v; want %d, %v", c.in, a.Fen(), err, c.fen, c.want)
		}
	}
}

func TestRound(t *testing.T) {
	for _, c := range []struct {
		in   string
		fen  int64
		want error
	}{
		{"0", 0, nil}, {"0.004", 0, nil}, {"0.0049999", 0, nil}, {"0.005", 1, nil}, {"-0.005", -1, nil},
		{"-0.0049999", 0, nil}, {"0.015", 2, nil}, {"-0.015", -2, nil}, {"0.025", 3, nil}, // half up, not half even
		{"1.2345", 123, nil}, {"1.235", 124, nil}, {"2.675", 268, nil}, {"-2.675", -268, nil},
		{"0.0009", 0, nil}, {"1e-2000000000", 0, nil}, {"-1e-2000000000", 0, nil},
		{"92233720368547758.074999", math.MaxInt64, nil}, {"92233720368547758.075", 0, money.ErrRange},
		{"-92233720368547758.084999", math.MinInt64, nil}, {"-92233720368547758.085", 0, money.ErrRange},
		{"1e2000000000", 0, money.ErrRange}, {"123456789012345678.5", 0, money.ErrRange},
		{"99999999999999999.995", 0, money.ErrRange},
	} {
		a, err := money.Round(decimal.RequireFromString(c.in))
		if !errors.Is(err, c.want) || (err == nil && a.Fen() != c.fen) {
			t.Errorf("Round(%s) = %d fen, %v; want %d, %v", c.in, a.Fen(), err, c.fen, c.want)
		}
	}
}

func TestArithmeticEdges(t *testing.T) {
	max, min := money.Fen(math.MaxInt64), money.Fen(math.MinInt64)
	one := money.Fen(1)
	check := func(name string, got money.Amount, ok bool, want money.Amount, wantOK bool) {
		t.Helper()
		if ok != wantOK || (ok && got != want) || (!ok && !got.IsZero()) {
			t.Errorf("%s = %s, %v; want %s, %v", name, got, ok, want, wantOK)
		}
	}
	a, ok := max.Add(one)
	check("max+1", a, ok, money.Amount{}, false)
	a, ok = max.Add(money.Amount{})
	check("max+0", a, ok, max, true)
	a, ok = min.Add(money.Fen(-1))
	check("min-1 (Add)", a, ok, money.Amount{}, false)
	a, ok = min.Sub(one)
	check("min-1", a, ok, money.Amount{}, false)
	a, ok = max.Sub(money.Fen(-1))
	check("max-(-1)", a, ok, money.Amount{}, false)
	a, ok = money.Fen(0).Sub(min)
	check("0-min", a, ok, money.Amount{}, false)
	a, ok = money.Fen(-1).Sub(min)
	check("-1-min", a, ok, max, true)
	a, ok = max.Add(min)
	check("max+min", a, ok, money.Fen(-1), true)
	a, ok = min.Neg()
	check("-min", a, ok, money.Amount{}, false)
	a, ok = max.Neg()
	check("-max", a, ok, money.Fen(math.MinInt64+1), true)
	a, ok = min.Mul(-1)
	check("min×-1", a, ok, money.Amount{}, false)
	a, ok = money.Fen(-1).Mul(math.MinInt64)
	check("-1×min", a, ok, money.Amount{}, false)
	a, ok = money.Fen(1).Mul(math.MinInt64)
	check("1×min", a, ok, min, true)
	a, ok = max.Mul(2)
	check("max×2", a, ok, money.Amount{}, false)
	a, ok = money.Fen(math.MaxInt64 / 2).Mul(2)
	check("max/2×2", a, ok, money.Fen(math.MaxInt64-1), true)
	a, ok = money.Fen(math.MinInt64 / 2).Mul(2)
	check("min/2×2", a, ok, min, true)
	a, ok = money.Fen(math.MinInt64 / 2).Mul(-2)
	check("min/2×-2", a, ok, money.Amount{}, false)
	a, ok = money.Fen(0).Mul(math.MinInt64)
	check("0×min", a, ok, money.Amount{}, true)
	a, ok = money.Fen(3).Mul(0)
	check("3×0", a, ok, money.Amount{}, true)
	if max.Cmp(min) != 1 || min.Cmp(max) != -1 || one.Cmp(money.Fen(1)) != 0 {
		t.Error("Cmp")
	}
	if min.Sign() != -1 || max.Sign() != 1 || (money.Amount{}).Sign() != 0 || !(money.Amount{}).IsZero() || one.IsZero() {
		t.Error("Sign, IsZero")
	}
}

// bigFen is a's fen as a big.Int, for the properties' model.
func bigFen(a money.Amount) *big.Int { return big.NewInt(a.Fen()) }

func amounts() *rapid.Generator[money.Amount] {
	return rapid.Custom(func(t *rapid.T) money.Amount {
		switch rapid.IntRange(0, 3).Draw(t, "kind") {
		case 0:
			return money.Fen(rapid.Int64Range(-1000, 1000).Draw(t, "small"))
		case 1:
			return money.Fen(rapid.SampledFrom([]int64{math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, math.MaxInt64 / 2, math.MinInt64 / 2}).Draw(t, "edge"))
		}
		return money.Fen(rapid.Int64().Draw(t, "fen"))
	})
}

// Add, Sub, Neg and Mul give the exact result when it is in range, and
// false otherwise: checked against big.Int.
func TestArithmeticAgreesWithBigInt(t *testing.T) {
	inRange := func(z *big.Int) bool { return z.IsInt64() }
	rapid.Check(t, func(t *rapid.T) {
		a, b := amounts().Draw(t, "a"), amounts().Draw(t, "b")
		n := rapid.OneOf(rapid.Int64Range(-20, 20), rapid.Int64()).Draw(t, "n")
		type res struct {
			name  string
			got   money.Amount
			ok    bool
			exact *big.Int
		}
		var rs []res
		g, ok := a.Add(b)
		rs = append(rs, res{"Add", g, ok, new(big.Int).Add(bigFen(a), bigFen(b))})
		g, ok = a.Sub(b)
		rs = append(rs, res{"Sub", g, ok, new(big.Int).Sub(bigFen(a), bigFen(b))})
		g, ok = a.Neg()
		rs = append(rs, res{"Neg", g, ok, new(big.Int).Neg(bigFen(a))})
		g, ok = a.Mul(n)
		rs = append(rs, res{"Mul", g, ok, new(big.Int).Mul(bigFen(a), big.NewInt(n))})
		for _, r := range rs {
			if r.ok != inRange(r.exact) || (r.ok && r.got.Fen() != r.exact.Int64()) || (!r.ok && !r.got.IsZero()) {
				t.Fatalf("%s(%s, %s, %d) = %s, %v; exact %s", r.name, a, b, n, r.got, r.ok, r.exact)
			}
		}
		if a.Cmp(b) != bigFen(a).Cmp(bigFen(b)) || a.Sign() != bigFen(a).Sign() {
			t.Fatalf("Cmp or Sign of %s, %s", a, b)
		}
	})
}

// Add is commutative and associative whenever no step overflows.
func TestAddCommutativeAssociative(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := amounts().Draw(t, "a"), amounts().Draw(t, "b"), amounts().Draw(t, "c")
		ab, ok1 := a.Add(b)
		ba, ok2 := b.Add(a)
		if ok1 != ok2 || ab != ba {
			t.Fatalf("%s + %s: %s, %v; %s, %v", a, b, ab, ok1, ba, ok2)
		}
		bc, ok3 := b.Add(c)
		l, ok4 := ab.Add(c)
		r, ok5 := a.Add(bc)
		if ok1 && ok3 && ok4 && ok5 && l != r {
			t.Fatalf("(%s + %s) + %s = %s, %s + (%s + %s) = %s", a, b, c, l, a, b, c, r)
		}
		if d, ok := ab.Sub(b); ok1 && (!ok || d != a) {
			t.Fatalf("(%s + %s) − %s = %s, %v", a, b, b, d, ok)
		}
	})
}

// Parse(String(a)) is a; the text through JSON and back is a, and
// FromDecimal(a.Decimal()) is a.
func TestRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := amounts().Draw(t, "a")
		back, err := money.Parse(a.String())
		if err != nil || back != a {
			t.Fatalf("Parse(%q) = %s, %v", a.String(), back, err)
		}
		b, err := json.Marshal(a)
		if err != nil || string(b) != `"`+a.String()+`"` {
			t.Fatalf("json %s, %v", b, err)
		}
		var j money.Amount
		if err := json.Unmarshal(b, &j); err != nil || j != a {
			t.Fatalf("json back %s, %v", j, err)
		}
		if f, err := money.FromDecimal(a.Decimal()); err != nil || f != a {
			t.Fatalf("FromDecimal(%s) = %s, %v", a.Decimal(), f, err)
		}
		if r, err := money.Round(a.Decimal()); err != nil || r != a {
			t.Fatalf("Round(%s) = %s, %v", a.Decimal(), r, err)
		}
	})
}

// decimals draws a decimal of up to 30 digits with an exponent from −20 to
// 2, the range of what the rules compute.
func decimals() *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal {
		digits := rapid.StringMatching(`[1-9][0-9]{0,29}`).Draw(t, "digits")
		c, _ := new(big.Int).SetString(digits, 10)
		if rapid.Bool().Draw(t, "neg") {
			c.Neg(c)
		}
		return decimal.NewFromBigInt(c, rapid.Int32Range(-20, 2).Draw(t, "exp"))
	})
}

// Round is decimal.Round(2) for every decimal in range; FromDecimal accepts
// exactly the decimals in whole fen, and agrees with Round on them.
func TestRoundAgreesWithDecimal(t *testing.T) {
	maxD, minD := money.Fen(math.MaxInt64).Decimal(), money.Fen(math.MinInt64).Decimal()
	rapid.Check(t, func(t *rapid.T) {
		d := decimals().Draw(t, "d")
		want := d.Round(2)
		a, err := money.Round(d)
		inRange := want.Cmp(maxD) <= 0 && want.Cmp(minD) >= 0
		if inRange != (err == nil) || (err != nil && !errors.Is(err, money.ErrRange)) {
			t.Fatalf("Round(%s): %v (decimal.Round gives %s)", d, err, want)
		}
		if err == nil && !a.Decimal().Equal(want) {
			t.Fatalf("Round(%s) = %s, decimal.Round gives %s", d, a, want)
		}
		f, ferr := money.FromDecimal(d)
		whole := d.Equal(want)
		switch {
		case !whole && !errors.Is(ferr, money.ErrFraction) && !errors.Is(ferr, money.ErrRange):
			t.Fatalf("FromDecimal(%s) = %s, %v: a fraction of a fen accepted", d, f, ferr)
		case whole && inRange && (ferr != nil || f != a):
			t.Fatalf("FromDecimal(%s) = %s, %v; Round gives %s", d, f, ferr, a)
		case whole && !inRange && !errors.Is(ferr, money.ErrRange):
			t.Fatalf("FromDecimal(%s) = %s, %v: out of range accepted", d, f, ferr)
		}
	})
}

// Parse agrees with decimal on every text of the form it reads: it gives
// the same value when the text is in whole fen and in range, and says why
// not otherwise.
func TestParseAgreesWithDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`-?[0-9]{1,20}(\.[0-9]{1,6})?`).Draw(t, "s")
		d := decimal.RequireFromString(s)
		a, err := money.Parse(s)
		f, ferr := money.FromDecimal(d)
		switch {
		case ferr == nil && (err != nil || a != f):
			t.Fatalf("Parse(%q) = %s, %v; FromDecimal %s", s, a, err, f)
		case ferr != nil && !errors.Is(err, ferr):
			t.Fatalf("Parse(%q) = %s, %v; FromDecimal: %v", s, a, err, ferr)
		}
	})
}

// Whatever the text, Parse and UnmarshalText never panic, agree with each
// other, and what they accept prints back as an equal amount.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "1234.50", "-0.50", "1.000", "1.001", "1e3", ".5", "5.", "+1", "NaN", "92233720368547758.07", "-92233720368547758.08", "92233720368547758.08", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := money.Parse(s)
		var u money.Amount
		uerr := u.UnmarshalText([]byte(s))
		if (err == nil) != (uerr == nil) || a != u {
			t.Fatalf("Parse(%q) = %s, %v; UnmarshalText %s, %v", s, a, err, u, uerr)
		}
		if err != nil {
			var pe *money.ParseError
			if !errors.As(err, &pe) || !(errors.Is(err, money.ErrSyntax) || errors.Is(err, money.ErrFraction) || errors.Is(err, money.ErrRange) || errors.Is(err, money.ErrTooLong)) {
				t.Fatalf("Parse(%q): untyped %v", s, err)
			}
			return
		}
		d, derr := decimal.NewFromString(s)
		if derr != nil || !d.Equal(a.Decimal()) {
			t.Fatalf("Parse(%q) = %s, decimal reads %s, %v", s, a, d, derr)
		}
		if back, err := money.Parse(a.String()); err != nil || back != a {
			t.Fatalf("Parse(String(%s)) = %s, %v", a, back, err)
		}
	})
}

// Whatever the JSON, an Amount field reads it or refuses it without
// panicking, and what it reads writes back as the canonical string.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`"0"`, `"1234.5"`, `1234.5`, `"1e3"`, `null`, `"\u0031.00"`, `"-0.00"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a money.Amount
		if err := json.Unmarshal([]byte(s), &a); err != nil {
			return
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back money.Amount
		if err := json.Unmarshal(b, &back); err != nil || back != a || string(b) != `"`+a.String()+`"` {
			t.Fatalf("%s read as %s, written %s, read back %s, %v", s, a, b, back, err)
		}
	})
}

// Parse, UnmarshalText and AppendText allocate nothing for an amount they
// accept: a ledger snapshot of a million postings reads its amounts free.
func TestNoAllocations(t *testing.T) {
	text := []byte("-1234567.89")
	var a money.Amount
	buf := make([]byte, 0, 32)
	if n := testing.AllocsPerRun(100, func() {
		_, _ = money.Parse("1234567.89")
		_ = a.UnmarshalText(text)
		buf, _ = a.AppendText(buf[:0])
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

func TestRoundDiv(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int64
		fen  int64
		want error
	}{
		{"120000", 12, 1000000, nil}, {"1", 12, 8, nil}, {"0.06", 12, 1, nil}, {"0.0599", 12, 0, nil}, {"-0.06", 12, -1, nil},
		{"1", 3, 33, nil}, {"2", 3, 67, nil}, {"-2", 3, -67, nil}, {"0.05", 10, 1, nil}, {"0.0499999", 10, 0, nil},
		{"1106804.4", 12, 9223370, nil}, {"1e-2000000000", 12, 0, nil}, {"0", 12, 0, nil},
		{"1106804644422573096.89", 12, math.MaxInt64, nil}, {"1106804644422573096.90", 12, 0, money.ErrRange},
		{"-1106804644422573097.01", 12, math.MinInt64, nil}, {"-1106804644422573097.02", 12, 0, money.ErrRange},
		{"110680464442257309.689", 12, 922337203685477581, nil}, // 18 digits: the integer path
		{"1e2000000000", 12, 0, money.ErrRange}, {"1e30", 12, 0, money.ErrRange},
		{"123456789012345678901234567890e-28", 7, 176, nil}, // 30 digits: the decimal path
		{"1", 0, 0, money.ErrDivisor}, {"1", -12, 0, money.ErrDivisor},
	} {
		a, err := money.RoundDiv(decimal.RequireFromString(c.in), c.n)
		if !errors.Is(err, c.want) || (err == nil && a.Fen() != c.fen) {
			t.Errorf("RoundDiv(%s, %d) = %d fen, %v; want %d, %v", c.in, c.n, a.Fen(), err, c.fen, c.want)
		}
	}
}

// RoundDiv is the exact quotient rounded half away from zero to the fen:
// checked against big.Rat, on both the integer and the decimal path.
func TestRoundDivAgreesWithExactQuotient(t *testing.T) {
	max, min := big.NewRat(math.MaxInt64, 1), big.NewRat(math.MinInt64, 1)
	rapid.Check(t, func(t *rapid.T) {
		d := decimals().Draw(t, "d")
		n := rapid.OneOf(rapid.Int64Range(1, 400), rapid.Int64Range(1, math.MaxInt64)).Draw(t, "n")
		a, err := money.RoundDiv(d, n)
		// exact: d × 100 ÷ n fen, rounded half away from zero
		q := new(big.Rat).SetFrac(d.Coefficient(), big.NewInt(1))
		e := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.Exponent()+2))), nil))
		if d.Exponent()+2 >= 0 {
			q.Mul(q, e)
		} else {
			q.Quo(q, e)
		}
		q.Quo(q, big.NewRat(n, 1))
		neg := q.Sign() < 0
		q.Abs(q)
		whole, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
		if new(big.Int).Mul(rem, big.NewInt(2)).Cmp(q.Denom()) >= 0 {
			whole.Add(whole, big.NewInt(1))
		}
		if neg {
			whole.Neg(whole)
		}
		w := new(big.Rat).SetInt(whole)
		inRange := w.Cmp(max) <= 0 && w.Cmp(min) >= 0
		if inRange != (err == nil) || (err != nil && !errors.Is(err, money.ErrRange)) {
			t.Fatalf("RoundDiv(%s, %d): %v; exact %s fen", d, n, err, whole)
		}
		if err == nil && a.Fen() != whole.Int64() {
			t.Fatalf("RoundDiv(%s, %d) = %d fen; exact %s", d, n, a.Fen(), whole)
		}
	})
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// Round and RoundDiv allocate nothing for a decimal of up to 18 digits.
func TestRoundAllocatesNothing(t *testing.T) {
	x := decimal.RequireFromString("1234567.891234")
	if n := testing.AllocsPerRun(100, func() {
		_, _ = money.Round(x)
		_, _ = money.RoundDiv(x, 12)
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

// The edges of the integer path of Round and RoundDiv, moved here with the
// rounding from package benefits (issue 19 mutation study): products and
// quotients on either side of int64, a factor of 19 digits, scales that
// would pass int64, exactly half a fen. Each agrees with decimal's own
// Round and DivRound (half away from zero, never banker's).
func TestRoundEdges(t *testing.T) {
	d := decimal.RequireFromString
	for _, tc := range []struct{ a, b, want string }{
		{"56502", "20", "1130040.00"},
		{"3000000000", "2.000000001", "6000000003.00"},
		{"2000000000", "2.000000001", "4000000002.00"},
		{"4611686018427387903", "0.01", "46116860184273879.03"},
		{"1", "1.005000000000000000", "1.01"}, // 19 digits: the decimal path, half up (banker's: 1.00)
		{"1", "1.025000000000000000", "1.03"}, // (banker's: 1.02)
		{"0.000000001", "0.000000000005", "0.00"},
		{"1.5", "0.003", "0.00"}, // 0.0045: under half a fen
		{"2.5", "0.003", "0.01"}, // 0.0075
		{"1", "0.005", "0.01"},   // exactly half a fen: up
		{"1", "0.004999", "0.00"},
		{"-1", "0.005", "-0.01"},
		{"123.45", "100", "12345.00"},
		{"46116860184273.8790", "10", "461168601842738.79"},
		{"461168601842738.790", "10", "4611686018427387.90"},
		{"4611686018427387.89", "1", "4611686018427387.89"},
	} {
		x := d(tc.a).Mul(d(tc.b))
		a, err := money.Round(x)
		if err != nil || a.String() != tc.want || a.String() != x.Round(2).StringFixed(2) {
			t.Errorf("Round(%s × %s) = %s, %v; want %s (decimal %s)", tc.a, tc.b, a, err, tc.want, x.Round(2).StringFixed(2))
		}
	}
	twelve := decimal.NewFromInt(12)
	for _, s := range []string{"0", "0.06", "0.05999", "0.18", "60127.38", "1402972.2", "5010.615", "9223372036854775807e-2", "0.000000000000000001",
		"1e16", "1e-16", "92233720368547758.01", "92233720368547758.02", "922337203685477581e-1", "461168601842738.7", "0.005", "0.006", "0.007", "0.060", "0.059", "0.06", "0.05"} {
		x := d(s)
		a, err := money.RoundDiv(x, 12)
		if want := x.DivRound(twelve, 2); err != nil || a.Decimal().Cmp(want) != 0 {
			t.Errorf("RoundDiv(%s, 12) = %s, %v; DivRound %s", s, a, err, want)
		}
	}
}

package money_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/money"
)

func ExampleParse() {
	a, err := money.Parse("1234.5")
	fmt.Println(a, a.Fen(), err)
	_, err = money.Parse("0.001")
	fmt.Println(errors.Is(err, money.ErrFraction), err)
	_, err = money.Parse("1e3")
	fmt.Println(errors.Is(err, money.ErrSyntax))
	// Output:
	// 1234.50 123450 <nil>
	// true money: parsing "0.001": a fraction of a fen
	// true
}

// A rule multiplies decimals and rounds once, half up to the fen: 1 234 567
// orders at 0.0073 元 an order.
func ExampleRound() {
	exact := decimal.NewFromInt(1234567).Mul(decimal.RequireFromString("0.0073"))
	a, err := money.Round(exact)
	fmt.Println(exact, a, err)
	half, _ := money.Round(decimal.RequireFromString("-0.005"))
	fmt.Println(half)
	// Output:
	// 9012.3391 9012.34 <nil>
	// -0.01
}

func ExampleFromDecimal() {
	a, err := money.FromDecimal(decimal.RequireFromString("248.300"))
	fmt.Println(a, err)
	_, err = money.FromDecimal(decimal.RequireFromString("248.305"))
	fmt.Println(err)
	// Output:
	// 248.30 <nil>
	// money: a fraction of a fen
}

// Sums are checked: a sum that would leave the range is refused, never
// wrapped.
func ExampleAmount_Add() {
	sum, ok := money.MustParse("248.30").Add(money.MustParse("1.70"))
	fmt.Println(sum, ok)
	_, ok = money.Fen(money.MaxFen).Add(money.Fen(1))
	fmt.Println(ok)
	// Output:
	// 250.00 true
	// false
}

// JSON carries an amount as a string with two decimals; a number is
// refused.
func ExampleAmount_MarshalText() {
	b, _ := json.Marshal(struct {
		Total money.Amount `json:"total"`
	}{money.MustParse("-0.5")})
	fmt.Println(string(b))
	var back struct {
		Total money.Amount `json:"total"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"total":"12.3"}`), &back), back.Total)
	fmt.Println(json.Unmarshal([]byte(`{"total":12.3}`), &back) != nil)
	// Output:
	// {"total":"-0.50"}
	// <nil> 12.30
	// true
}

// A monthly amount from an annual figure: divided last and rounded once
// (人社厅函〔2025〕79号 第三十八条).
func ExampleRoundDiv() {
	annual := decimal.RequireFromString("125000").Mul(decimal.RequireFromString("0.6")).Mul(decimal.RequireFromString("0.75"))
	a, err := money.RoundDiv(annual, 12)
	fmt.Println(a, err)
	// Output:
	// 4687.50 <nil>
}

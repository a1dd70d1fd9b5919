package levy

import (
	"encoding/json"

	"github.com/zhishang/zhishang/internal/money"
)

// The JSON forms: every amount is a string with exactly two decimals
// (money.Fixed2: "1234.50"); a fraction of a fen is refused, never rounded
// by the writer. Line.Exact, the unrounded product, and the per-order rate
// stay exact decimal strings. The default decoding reads these forms back.

// MarshalJSON writes the line with a two-decimal amount.
func (l Line) MarshalJSON() ([]byte, error) {
	type plain Line
	return json.Marshal(struct {
		plain
		Amount money.Fixed2 `json:"amount"`
	}{plain(l), money.Fixed2(l.Amount)})
}

// MarshalJSON writes the bill with a two-decimal total.
func (b Bill) MarshalJSON() ([]byte, error) {
	type plain Bill
	return json.Marshal(struct {
		plain
		Total money.Fixed2 `json:"total"`
	}{plain(b), money.Fixed2(b.Total)})
}

// MarshalJSON writes the correction with two-decimal amounts.
func (c Correction) MarshalJSON() ([]byte, error) {
	type plain Correction
	return json.Marshal(struct {
		plain
		Paid money.Fixed2 `json:"paid"`
		Due  money.Fixed2 `json:"due"`
	}{plain(c), money.Fixed2(c.Paid), money.Fixed2(c.Due)})
}

// MarshalJSON writes the adjustment with a two-decimal amount.
func (a Adjustment) MarshalJSON() ([]byte, error) {
	type plain Adjustment
	return json.Marshal(struct {
		plain
		Amount money.Fixed2 `json:"amount"`
	}{plain(a), money.Fixed2(a.Amount)})
}

// MarshalJSON writes the day's difference with a two-decimal amount.
func (d DayDiff) MarshalJSON() ([]byte, error) {
	type plain DayDiff
	return json.Marshal(struct {
		plain
		Amount money.Fixed2 `json:"amount"`
	}{plain(d), money.Fixed2(d.Amount)})
}

// MarshalJSON writes the industry's difference with a two-decimal amount.
func (d IndustryDiff) MarshalJSON() ([]byte, error) {
	type plain IndustryDiff
	return json.Marshal(struct {
		plain
		Amount money.Fixed2 `json:"amount"`
	}{plain(d), money.Fixed2(d.Amount)})
}

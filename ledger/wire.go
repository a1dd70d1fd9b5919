package ledger

import (
	"encoding/json"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/internal/money"
)

// The JSON the package writes: every amount is a string with exactly two
// decimals (money.Fixed2: "248.30", "0.00"), never a float and never a
// shortened "248.3". Reading accepts what shopspring/decimal reads, and the
// checks of Post, Reconcile and Settle then refuse a fraction of a fen.

func fixed(d decimal.Decimal) money.Fixed2 { return money.Fixed2(d) }

func fixedOrNil(d decimal.Decimal) *money.Fixed2 {
	if d.IsZero() {
		return nil
	}
	f := money.Fixed2(d)
	return &f
}

// MarshalJSON writes the line with its amount in Fixed2 form; the zero side
// is left out.
func (l Line) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Subject Subject       `json:"subject"`
		Debit   *money.Fixed2 `json:"debit,omitempty"`
		Credit  *money.Fixed2 `json:"credit,omitempty"`
	}{l.Subject, fixedOrNil(l.Debit), fixedOrNil(l.Credit)})
}

// MarshalJSON writes the receipt with its amount in Fixed2 form.
func (r Receipt) MarshalJSON() ([]byte, error) {
	type alias Receipt
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(r), fixed(r.Amount)})
}

// MarshalJSON writes the collection record with its amount in Fixed2 form.
func (c Collection) MarshalJSON() ([]byte, error) {
	type alias Collection
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(c), fixed(c.Amount)})
}

// MarshalJSON writes the due amount in Fixed2 form.
func (d Due) MarshalJSON() ([]byte, error) {
	type alias Due
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(d), fixed(d.Amount)})
}

// MarshalJSON writes the adjustment with its amount in Fixed2 form.
func (a Adjustment) MarshalJSON() ([]byte, error) {
	type alias Adjustment
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(a), fixed(a.Amount)})
}

// MarshalJSON writes the match with its amounts in Fixed2 form.
func (m Match) MarshalJSON() ([]byte, error) {
	type alias Match
	return json.Marshal(struct {
		alias
		Received  money.Fixed2 `json:"received"`
		Collected money.Fixed2 `json:"collected"`
		Due       money.Fixed2 `json:"due"`
	}{alias(m), fixed(m.Received), fixed(m.Collected), fixed(m.Due)})
}

// MarshalJSON writes the open item with its amount in Fixed2 form.
func (it OpenItem) MarshalJSON() ([]byte, error) {
	type alias OpenItem
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(it), fixed(it.Amount)})
}

// MarshalJSON writes the payment with its amount in Fixed2 form.
func (p Payment) MarshalJSON() ([]byte, error) {
	type alias Payment
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(p), fixed(p.Amount)})
}

// MarshalJSON writes the item total with its amount in Fixed2 form.
func (t ItemTotal) MarshalJSON() ([]byte, error) {
	type alias ItemTotal
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(t), fixed(t.Amount)})
}

// MarshalJSON writes the settlement with its total in Fixed2 form.
func (s Settlement) MarshalJSON() ([]byte, error) {
	type alias Settlement
	return json.Marshal(struct {
		alias
		Total money.Fixed2 `json:"total"`
	}{alias(s), fixed(s.Total)})
}

// MarshalJSON writes the balance in Fixed2 form.
func (b BalanceRow) MarshalJSON() ([]byte, error) {
	type alias BalanceRow
	return json.Marshal(struct {
		alias
		Balance money.Fixed2 `json:"balance"`
	}{alias(b), fixed(b.Balance)})
}

// MarshalJSON writes the period's amount in Fixed2 form.
func (p PeriodTotal) MarshalJSON() ([]byte, error) {
	type alias PeriodTotal
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(p), fixed(p.Amount)})
}

// MarshalJSON writes the summary with its amounts in Fixed2 form.
func (s Summary) MarshalJSON() ([]byte, error) {
	type alias Summary
	return json.Marshal(struct {
		alias
		LevyIncome money.Fixed2 `json:"levy_income"`
		Refunds    money.Fixed2 `json:"refunds"`
		Interest   money.Fixed2 `json:"interest_income"`
		Income     money.Fixed2 `json:"income"`
		Spent      money.Fixed2 `json:"spent"`
		Balance    money.Fixed2 `json:"balance"`
		Held       money.Fixed2 `json:"held_in_suspense"`
		PriorYear  money.Fixed2 `json:"prior_year_levy"`
	}{alias(s), fixed(s.LevyIncome), fixed(s.Refunds), fixed(s.Interest), fixed(s.Income), fixed(s.Spent), fixed(s.Balance), fixed(s.Held), fixed(s.PriorYearLevy)})
}

// MarshalJSON writes the line with its amount in Fixed2 form.
func (l PriorYearLine) MarshalJSON() ([]byte, error) {
	type alias PriorYearLine
	return json.Marshal(struct {
		alias
		Amount money.Fixed2 `json:"amount"`
	}{alias(l), fixed(l.Amount)})
}

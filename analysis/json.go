package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	guard "github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/money"
)

// The results marshal themselves: every amount a string with two decimals,
// a ratio with its places ("" when it has no divisor). The what-if example
// prints this JSON and the golden cases expect it: one wire shape.

// decodeStrict reads data into v, refusing unknown keys.
func decodeStrict(what string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("analysis: %s: %w", what, err)
	}
	return nil
}

// amount reads an amount written with two decimals ("" is 0): the
// library's money text (money.Parse: whole fen, within its range), so a
// fraction of a fen or an exponent is refused before any arithmetic.
func amount(what, s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Zero, nil
	}
	a, err := money.Parse(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("analysis: %s: %w", what, err)
	}
	return a.Decimal(), nil
}

// countOK checks a count read from JSON: never negative, and sums of counts
// stay far from overflow (each at most maxCount).
func countOK(what string, n int) error {
	if n < 0 || n > maxCount {
		return fmt.Errorf("analysis: %s: %d is not a count from 0 to %d", what, n, maxCount)
	}
	return nil
}

// maxCount bounds each count a result reads back (2⁴⁰, about 10¹²: more
// cases or platforms than exist); a sum of a few of them cannot wrap.
const maxCount = 1 << 40

type figureJSON struct {
	Current string `json:"current"`
	Reform  string `json:"reform"`
	Delta   string `json:"delta"`
}

// MarshalJSON writes {"current", "reform", "delta"}, each with two
// decimals (Why is not written).
func (f Figure) MarshalJSON() ([]byte, error) {
	return json.Marshal(figureJSON{fixed(f.Current), fixed(f.Reform), fixed(f.Delta)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Figure) UnmarshalJSON(data []byte) error {
	var j figureJSON
	if err := decodeStrict("figure", data, &j); err != nil {
		return err
	}
	var err error
	*f = Figure{}
	if f.Current, err = amount("current", j.Current); err != nil {
		return err
	}
	if f.Reform, err = amount("reform", j.Reform); err != nil {
		return err
	}
	f.Delta, err = amount("delta", j.Delta)
	return err
}

type rowJSON struct {
	Key string `json:"key"`
	// Name is the Chinese name of an industry or item.
	Name    string `json:"name,omitempty"`
	Orders  int64  `json:"orders,omitempty"`
	Current string `json:"current"`
	Reform  string `json:"reform"`
	Delta   string `json:"delta"`
	// ChangePct is the change in percent of the current figure, to 2
	// places ("" when the current figure is 0).
	ChangePct string `json:"change_pct,omitempty"`
}

// MarshalJSON writes {"key", "name", "orders", "current", "reform",
// "delta", "change_pct"}: name the Chinese name of an industry's or an
// item's row (absent for the others), orders absent when 0, change_pct the
// change in percent of the current figure to 2 places (absent when the
// current figure is 0; for reading only, every sum is of the amounts).
func (r Row) MarshalJSON() ([]byte, error) {
	return json.Marshal(rowJSON{Key: r.Key, Name: r.name, Orders: r.Orders, Current: fixed(r.Current), Reform: fixed(r.Reform), Delta: fixed(r.Delta), ChangePct: percent(r.Figure)})
}

// UnmarshalJSON reads what MarshalJSON writes (change_pct is derived and
// not kept).
func (r *Row) UnmarshalJSON(data []byte) error {
	var j rowJSON
	if err := decodeStrict("row", data, &j); err != nil {
		return err
	}
	var f Figure
	if err := f.UnmarshalJSON(mustFigure(j.Current, j.Reform, j.Delta)); err != nil {
		return err
	}
	*r = Row{Key: j.Key, Orders: j.Orders, Figure: f, name: j.Name}
	if j.ChangePct != percent(f) {
		return fmt.Errorf("analysis: row %q: change_pct %q does not follow from the figures (%q)", j.Key, j.ChangePct, percent(f))
	}
	return nil
}

func mustFigure(cur, ref, delta string) []byte {
	b, _ := json.Marshal(figureJSON{cur, ref, delta})
	return b
}

// percent is the change as a percentage of the current figure, for
// reading (rounded to 2 places); "" when the current figure is 0.
func percent(f Figure) string {
	if f.Current.IsZero() {
		return ""
	}
	return f.Delta.Mul(decimal.NewFromInt(100)).DivRound(f.Current.Abs(), 2).StringFixed(2)
}

type cellJSON struct {
	Platform string               `json:"platform"`
	Industry eligibility.Industry `json:"industry"`
	Month    calendar.Month       `json:"month"`
	Orders   int64                `json:"orders"`
	Current  string               `json:"current"`
	Reform   string               `json:"reform"`
	Delta    string               `json:"delta"`
}

// MarshalJSON writes {"platform", "industry", "month", "orders",
// "current", "reform", "delta"}.
func (c Cell) MarshalJSON() ([]byte, error) {
	return json.Marshal(cellJSON{c.Platform, c.Industry, c.Month, c.Orders, fixed(c.Current), fixed(c.Reform), fixed(c.Delta)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Cell) UnmarshalJSON(data []byte) error {
	var j cellJSON
	if err := decodeStrict("cell", data, &j); err != nil {
		return err
	}
	var f Figure
	if err := f.UnmarshalJSON(mustFigure(j.Current, j.Reform, j.Delta)); err != nil {
		return err
	}
	*c = Cell{Platform: j.Platform, Industry: j.Industry, Month: j.Month, Orders: j.Orders, Figure: f}
	return nil
}

type bandJSON struct {
	Band  BandName `json:"band"`
	Name  string   `json:"name"`
	Count int      `json:"count"`
	Delta string   `json:"delta"`
	Keys  []string `json:"keys"`
}

type distributionJSON struct {
	Units    int        `json:"units"`
	More     int        `json:"more"`
	Less     int        `json:"less"`
	Same     int        `json:"same"`
	MoreBy   string     `json:"more_by"`
	LessBy   string     `json:"less_by"`
	Bands    []bandJSON `json:"bands"`
	Largest  *Row       `json:"largest_rise,omitempty"`
	Smallest *Row       `json:"largest_fall,omitempty"`
}

// MarshalJSON writes {"units", "more", "less", "same", "more_by",
// "less_by", "bands", "largest_rise", "largest_fall"}: the counts and sums
// (Units, More, Less, Same, MoreBy, LessBy), every band with its Chinese
// name, the largest rise and fall as rows (absent when there is none).
func (d Distribution) MarshalJSON() ([]byte, error) {
	j := distributionJSON{Units: d.count(0, 5), More: d.count(3, 5), Less: d.count(0, 2), Same: d.count(2, 3), MoreBy: fixed(d.sum(3, 5)), LessBy: fixed(d.sum(0, 2)), Bands: []bandJSON{}}
	for _, b := range d.Bands {
		keys := b.Keys
		if keys == nil {
			keys = []string{}
		}
		j.Bands = append(j.Bands, bandJSON{b.Name, b.Name.Chinese(), b.Count, fixed(b.Delta), keys})
	}
	if d.Largest.Key != "" {
		j.Largest = &d.Largest
	}
	if d.Smallest.Key != "" {
		j.Smallest = &d.Smallest
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes: the bands, largest rise
// and fall (the counts and sums follow from the bands).
func (d *Distribution) UnmarshalJSON(data []byte) error {
	var j distributionJSON
	if err := decodeStrict("distribution", data, &j); err != nil {
		return err
	}
	if len(j.Bands) != bandsCount {
		return fmt.Errorf("analysis: distribution: %d bands, want %d", len(j.Bands), bandsCount)
	}
	*d = Distribution{}
	for i, b := range j.Bands {
		if b.Band != bandNames[i] {
			return fmt.Errorf("analysis: distribution: band %d is %q, want %q", i+1, b.Band, bandNames[i])
		}
		delta, err := amount("band delta", b.Delta)
		if err != nil {
			return err
		}
		if err := countOK("band count", b.Count); err != nil {
			return err
		}
		d.Bands[i] = Band{Name: b.Band, Count: b.Count, Delta: delta, Keys: b.Keys}
	}
	if j.Largest != nil {
		d.Largest = *j.Largest
	}
	if j.Smallest != nil {
		d.Smallest = *j.Smallest
	}
	if j.Units != d.count(0, 5) || j.More != d.count(3, 5) || j.Less != d.count(0, 2) || j.Same != d.count(2, 3) ||
		j.MoreBy != fixed(d.sum(3, 5)) || j.LessBy != fixed(d.sum(0, 2)) {
		return fmt.Errorf("analysis: distribution: units, more, less, same, more_by or less_by do not follow from the bands")
	}
	return nil
}

// count is how many platforms or cases the bands from, to (a half-open
// range of band indexes) hold.
func (d Distribution) count(from, to int) int {
	n := 0
	for _, b := range d.Bands[from:to] {
		n += b.Count
	}
	return n
}

// sum is the sum of the changes of the bands from, to.
func (d Distribution) sum(from, to int) decimal.Decimal {
	s := decimal.Zero
	for _, b := range d.Bands[from:to] {
		s = s.Add(b.Delta)
	}
	return s
}

type amountJSON struct {
	Key    string `json:"key"`
	Orders int64  `json:"orders,omitempty"`
	Amount string `json:"amount"`
}

// MarshalJSON writes {"key", "orders", "amount"}: orders absent when 0,
// the amount with two decimals (Why is not written).
func (a Amount) MarshalJSON() ([]byte, error) {
	return json.Marshal(amountJSON{a.Key, a.Orders, fixed(a.Amount)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Amount) UnmarshalJSON(data []byte) error {
	var j amountJSON
	if err := decodeStrict("amount", data, &j); err != nil {
		return err
	}
	v, err := amount("amount", j.Amount)
	if err != nil {
		return err
	}
	*a = Amount{Key: j.Key, Orders: j.Orders, Amount: v}
	return nil
}

// ratio is a quotient's text, "" when it is not known.
func ratio(q Quotient) string {
	if !q.Known {
		return ""
	}
	return q.String()
}

// maxQuotientText is the longest quotient text read (a ratio to 4 places
// of any real fund is far shorter).
const maxQuotientText = 40

// quotientOf reads a quotient's text ("" is not known; its places are
// the digits written, which Value's exponent keeps).
func quotientOf(what, s string) (Quotient, error) {
	if s == "" {
		return Quotient{}, nil
	}
	if len(s) > maxQuotientText {
		return Quotient{}, fmt.Errorf("analysis: %s: %d characters, at most %d", what, len(s), maxQuotientText)
	}
	v, err := decimal.NewFromString(s)
	if err == nil {
		err = guard.Sane(v) // no exponent that would build a number of millions of digits
	}
	if err != nil {
		return Quotient{}, fmt.Errorf("analysis: %s: %w", what, err)
	}
	return Quotient{Value: v, Known: true}, nil
}

type booksJSON struct {
	Balance         string `json:"balance"`
	Collected       string `json:"collected"`
	PaidToCollected string `json:"paid_to_collected,omitempty"`
	MonthsCovered   string `json:"months_covered,omitempty"`
}

// MarshalJSON writes {"balance", "collected", "paid_to_collected",
// "months_covered"}: amounts with two decimals, the ratios with their
// places (absent when not known).
func (b Books) MarshalJSON() ([]byte, error) {
	return json.Marshal(booksJSON{fixed(b.Balance), fixed(b.Collected), ratio(b.PaidToCollected), ratio(b.MonthsCovered)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Books) UnmarshalJSON(data []byte) error {
	var j booksJSON
	if err := decodeStrict("books", data, &j); err != nil {
		return err
	}
	var out Books
	var err error
	if out.Balance, err = amount("balance", j.Balance); err != nil {
		return err
	}
	if out.Collected, err = amount("collected", j.Collected); err != nil {
		return err
	}
	if out.PaidToCollected, err = quotientOf("paid_to_collected", j.PaidToCollected); err != nil {
		return err
	}
	if out.MonthsCovered, err = quotientOf("months_covered", j.MonthsCovered); err != nil {
		return err
	}
	*b = out
	return nil
}

type claimsJSON struct {
	Cases     int     `json:"cases"`
	ByState   []Count `json:"by_state,omitempty"`
	Deadlines int     `json:"deadlines"`
	Met       int     `json:"met"`
	Open      int     `json:"open"`
	Overdue   int     `json:"overdue"`
	Unknown   int     `json:"unknown"`
	OverdueBy []Count `json:"overdue_by,omitempty"`
}

// MarshalJSON writes {"cases", "by_state", "deadlines", "met", "open",
// "overdue", "unknown", "overdue_by"}: cases the sum of by_state,
// deadlines the sum of the four standings.
func (c Claims) MarshalJSON() ([]byte, error) {
	return json.Marshal(claimsJSON{c.cases(), c.ByState, c.deadlines(), c.Met, c.Open, c.Overdue, c.Unknown, c.OverdueBy})
}

// UnmarshalJSON reads what MarshalJSON writes; cases and deadlines must
// be the sums they are.
func (c *Claims) UnmarshalJSON(data []byte) error {
	var j claimsJSON
	if err := decodeStrict("claims", data, &j); err != nil {
		return err
	}
	out := Claims{ByState: j.ByState, Met: j.Met, Open: j.Open, Overdue: j.Overdue, Unknown: j.Unknown, OverdueBy: j.OverdueBy}
	for _, n := range []int{j.Met, j.Open, j.Overdue, j.Unknown} {
		if err := countOK("claims: a standing's count", n); err != nil {
			return err
		}
	}
	for _, c := range append(append([]Count(nil), j.ByState...), j.OverdueBy...) {
		if err := countOK("claims: "+c.Key, c.N); err != nil {
			return err
		}
	}
	if j.Cases != out.cases() || j.Deadlines != out.deadlines() {
		return fmt.Errorf("analysis: claims: cases %d or deadlines %d are not the sums of by_state and the standings", j.Cases, j.Deadlines)
	}
	*c = out
	return nil
}

// cases is how many cases were analysed: the sum of ByState.
func (c Claims) cases() int {
	n := 0
	for _, s := range c.ByState {
		n += s.N
	}
	return n
}

// deadlines is how many deadlines the cases have.
func (c Claims) deadlines() int { return c.Met + c.Open + c.Overdue + c.Unknown }

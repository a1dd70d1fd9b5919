package levycount

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// Partial is the count of part of the input, and once every part is merged
// the count of the whole: an eligibility.Batch (its tally and counts) that
// is given one copy of each pair, and the file of each invalid line it
// lists. It is the accumulator of the pipeline's Combine and crosses the
// network as JSON (MarshalJSON), the tally in the library's own encoding.
type Partial struct {
	b eligibility.Batch
	// files[i] is the file of b.Invalid[i].
	files []string
}

// Batch returns the batch that holds the count: its tally, its counts and
// its invalid lines (the files of which InvalidLines gives).
func (p *Partial) Batch() *eligibility.Batch { return &p.b }

// InvalidLine is a line that was not counted because it is invalid: where it
// is and why.
type InvalidLine struct {
	File    string `json:"file"`
	Line    int64  `json:"line"`
	OrderID string `json:"order_id,omitempty"`
	Error   string `json:"error"`
}

// newPartial is an empty count for month (zero: every month).
func newPartial(month calendar.Month) Partial {
	return Partial{b: eligibility.Batch{Month: month, Seen: eligibility.Deduplicated{}}}
}

// add counts one item: an invalid line, or the one copy kept of a pair
// (its repeats counted as duplicates).
func (p *Partial) add(it item) {
	b := &p.b
	if it.Err != "" {
		b.Input++
		b.Invalid = append(b.Invalid, eligibility.Invalid{Line: it.Line, OrderID: it.OrderID, Err: errors.New(it.Err)})
		p.files = append(p.files, it.File)
		return
	}
	n := len(b.Invalid)
	_, _ = b.Add(it.Line, &it.Exec) // the batch records what it decides
	if len(b.Invalid) > n {
		p.files = append(p.files, it.File)
	}
	b.Input += it.Repeats
	b.Duplicates += it.Repeats
}

// merge adds q's counts to p's.
func (p *Partial) merge(q *Partial) {
	a, b := &p.b, &q.b
	a.Tally.Merge(&b.Tally)
	a.Input += b.Input
	a.Counted += b.Counted
	a.Excluded += b.Excluded
	a.Duplicates += b.Duplicates
	for i := range a.ExcludedBy {
		a.ExcludedBy[i] += b.ExcludedBy[i]
	}
	a.ExcludedOtherMonth += b.ExcludedOtherMonth
	a.Invalid = append(a.Invalid, b.Invalid...)
	p.files = append(p.files, q.files...)
}

// InvalidLines lists the invalid lines sorted by file and line.
func (p *Partial) InvalidLines() []InvalidLine {
	out := make([]InvalidLine, len(p.b.Invalid))
	for i, inv := range p.b.Invalid {
		out[i] = InvalidLine{File: p.files[i], Line: inv.Line, OrderID: inv.OrderID, Error: inv.Err.Error()}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// partialWire is Partial's JSON form.
type partialWire struct {
	Month              string             `json:"month,omitempty"`
	Tally              *eligibility.Tally `json:"tally"`
	Input              int64              `json:"input"`
	Counted            int64              `json:"counted"`
	Excluded           int64              `json:"excluded"`
	ExcludedBy         [4]int64           `json:"excluded_by"`
	ExcludedOtherMonth int64              `json:"excluded_other_month"`
	Duplicates         int64              `json:"duplicates"`
	Invalid            []InvalidLine      `json:"invalid"`
}

// MarshalJSON writes p with its tally in eligibility.Tally's JSON form.
func (p Partial) MarshalJSON() ([]byte, error) {
	b := &p.b
	w := partialWire{Tally: &b.Tally, Input: b.Input, Counted: b.Counted, Excluded: b.Excluded,
		ExcludedBy: b.ExcludedBy, ExcludedOtherMonth: b.ExcludedOtherMonth, Duplicates: b.Duplicates}
	if !b.Month.IsZero() {
		w.Month = b.Month.String()
	}
	if len(p.files) != len(b.Invalid) {
		return nil, fmt.Errorf("levycount: %d invalid lines but %d files", len(b.Invalid), len(p.files))
	}
	w.Invalid = make([]InvalidLine, len(b.Invalid))
	for i, inv := range b.Invalid {
		w.Invalid[i] = InvalidLine{File: p.files[i], Line: inv.Line, OrderID: inv.OrderID, Error: inv.Err.Error()}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Partial) UnmarshalJSON(data []byte) error {
	var w partialWire
	w.Tally = &eligibility.Tally{}
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("levycount: partial count: %w", err)
	}
	var month calendar.Month
	if w.Month != "" {
		m, err := calendar.ParseMonth(w.Month)
		if err != nil {
			return fmt.Errorf("levycount: partial count: %w", err)
		}
		month = m
	}
	q := newPartial(month)
	b := &q.b
	if w.Tally != nil {
		b.Tally = *w.Tally
	}
	b.Input, b.Counted, b.Excluded, b.Duplicates = w.Input, w.Counted, w.Excluded, w.Duplicates
	b.ExcludedBy, b.ExcludedOtherMonth = w.ExcludedBy, w.ExcludedOtherMonth
	for _, inv := range w.Invalid {
		b.Invalid = append(b.Invalid, eligibility.Invalid{Line: inv.Line, OrderID: inv.OrderID, Err: errors.New(inv.Error)})
		q.files = append(q.files, inv.File)
	}
	*p = q
	return nil
}

func encodePartial(p Partial) ([]byte, error) { return p.MarshalJSON() }

func decodePartial(data []byte) (Partial, error) {
	var p Partial
	err := p.UnmarshalJSON(data)
	return p, err
}

// countFn is the pipeline's Combine: it counts items into Partials and
// merges them.
type countFn struct {
	Month string // YYYY-MM, or "" for every month
}

func (fn *countFn) month() calendar.Month {
	m, err := calendar.ParseMonth(fn.Month)
	if err != nil {
		return calendar.Month{}
	}
	return m
}

func (fn *countFn) CreateAccumulator() Partial { return newPartial(fn.month()) }

func (fn *countFn) AddInput(p Partial, it item) Partial {
	p.add(it)
	return p
}

func (fn *countFn) MergeAccumulators(p, q Partial) Partial {
	p.merge(&q)
	return p
}

func (fn *countFn) ExtractOutput(p Partial) Partial { return p }

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
// the count of the whole: an eligibility.Batch (its Counts, Tally and
// invalid lines) and the file of each invalid line. Partials of parts that
// share no (order_id, worker_id) pair merge with Batch.Merge. It is the
// accumulator of the pipeline's Combine and crosses the network in the form
// MarshalJSON writes: the counts in eligibility.Counts' JSON, the tally in
// eligibility.Tally's binary form.
type Partial struct {
	b eligibility.Batch
	// files[i] is the file of b.Invalid[i], conflictFiles[i] that of
	// b.Conflicting[i].
	files, conflictFiles []string
}

// Batch returns the batch that holds the count: its counts, tally and
// invalid lines and conflicts (InvalidLines and ConflictLines give them
// with their files).
// A nil *Partial has none.
func (p *Partial) Batch() *eligibility.Batch {
	if p == nil {
		return nil
	}
	return &p.b
}

// InvalidLine is a line that was not counted because it is invalid: where it
// is and why (the library's text: values cut short, identity numbers masked).
type InvalidLine struct {
	File    string `json:"file"`
	Line    int64  `json:"line"`
	OrderID string `json:"order_id,omitempty"`
	Error   string `json:"error"`
}

// ConflictLine is an (order_id, worker_id) pair whose copies disagree, for
// the platform to verify and correct (第九条): the file and line of the
// first copy (in file and line order) that disagrees with the first, and
// the pair (cut short and masked by the library).
type ConflictLine struct {
	File     string `json:"file"`
	Line     int64  `json:"line"`
	OrderID  string `json:"order_id"`
	WorkerID string `json:"worker_id"`
}

// merge adds q to p (Batch.Merge: its sums checked, p unchanged on an
// error). Batch.Merge lists q's invalid lines while p's list has room
// (Batch.MaxInvalid) and counts the rest by reason: their files go too.
func (p *Partial) merge(q *Partial) error {
	n := len(p.b.Invalid)
	if err := p.b.Merge(&q.b); err != nil {
		return fmt.Errorf("levycount: %w", err)
	}
	p.files = append(p.files, q.files[:len(p.b.Invalid)-n]...)
	p.conflictFiles = append(p.conflictFiles, q.conflictFiles...)
	return nil
}

// ConflictLines lists the conflicting pairs sorted by file and line (none
// for a nil *Partial).
func (p *Partial) ConflictLines() []ConflictLine {
	if p == nil {
		return []ConflictLine{}
	}
	out := make([]ConflictLine, len(p.b.Conflicting))
	for i, c := range p.b.Conflicting {
		out[i] = ConflictLine{Line: c.Line, OrderID: c.OrderID, WorkerID: c.WorkerID}
		if i < len(p.conflictFiles) {
			out[i].File = p.conflictFiles[i]
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// InvalidLines lists the invalid lines sorted by file and line (none for a
// nil *Partial).
func (p *Partial) InvalidLines() []InvalidLine {
	if p == nil {
		return []InvalidLine{}
	}
	out := make([]InvalidLine, len(p.b.Invalid))
	for i, inv := range p.b.Invalid {
		out[i] = InvalidLine{Line: inv.Line, OrderID: inv.OrderID}
		if i < len(p.files) {
			out[i].File = p.files[i]
		}
		if inv.Err != nil {
			out[i].Error = inv.Err.Error()
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// partialWire is Partial's JSON form. Texts that echo the input (files,
// IDs, error texts) travel as bytes (base64), so that a byte that is not
// UTF-8 arrives as it left.
type partialWire struct {
	Month   string             `json:"month,omitempty"`
	Rules   eligibility.Rules  `json:"rules"`
	Counts  eligibility.Counts `json:"counts"`
	Tally   []byte             `json:"tally"` // eligibility.Tally.MarshalBinary
	Invalid []lineWire         `json:"invalid"`
	// InvalidUnlisted: the invalid lines past the ones listed, by reason
	// (eligibility.Batch.InvalidUnlisted).
	InvalidUnlisted map[string]int64 `json:"invalid_unlisted,omitempty"`
	Conflicts       []lineWire       `json:"conflicts"`
}

// lineWire is an invalid line (Text: the error) or a conflict (Text: the
// worker ID).
type lineWire struct {
	File    []byte `json:"file"`
	Line    int64  `json:"line"`
	OrderID []byte `json:"order_id"`
	Text    []byte `json:"text"`
}

// ErrPartialSyntax is wrapped by the errors of Partial.UnmarshalJSON.
var ErrPartialSyntax = errors.New("levycount: malformed partial count")

// MarshalJSON writes p: its month and rules, its counts, its tally (in
// eligibility.Tally's binary form) and its invalid lines.
func (p Partial) MarshalJSON() ([]byte, error) {
	b := &p.b
	if len(p.files) != len(b.Invalid) || len(p.conflictFiles) != len(b.Conflicting) {
		return nil, fmt.Errorf("levycount: %d invalid lines but %d files, %d conflicts but %d files",
			len(b.Invalid), len(p.files), len(b.Conflicting), len(p.conflictFiles))
	}
	tally, err := b.Tally.MarshalBinary()
	if err != nil {
		return nil, err
	}
	w := partialWire{Rules: b.Rules, Counts: b.Counts, Tally: tally, Invalid: []lineWire{}, InvalidUnlisted: b.InvalidUnlisted, Conflicts: []lineWire{}}
	for _, l := range p.InvalidLines() {
		w.Invalid = append(w.Invalid, lineWire{[]byte(l.File), l.Line, []byte(l.OrderID), []byte(l.Error)})
	}
	for _, c := range p.ConflictLines() {
		w.Conflicts = append(w.Conflicts, lineWire{[]byte(c.File), c.Line, []byte(c.OrderID), []byte(c.WorkerID)})
	}
	if !b.Month.IsZero() {
		w.Month = b.Month.String()
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: the tally must be
// a valid eligibility.Tally encoding, and the counts must list every
// invalid line.
func (p *Partial) UnmarshalJSON(data []byte) error {
	var w partialWire
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("%w: %v", ErrPartialSyntax, err)
	}
	var month calendar.Month
	if w.Month != "" {
		m, err := calendar.ParseMonth(w.Month)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrPartialSyntax, err)
		}
		month = m
	}
	q := Partial{b: eligibility.Batch{Month: month, Rules: w.Rules, Seen: eligibility.Deduplicated{}, Counts: w.Counts,
		InvalidUnlisted: w.InvalidUnlisted}}
	if err := q.b.Tally.UnmarshalBinary(w.Tally); err != nil {
		return fmt.Errorf("%w: %v", ErrPartialSyntax, err)
	}
	for _, inv := range w.Invalid {
		q.b.Invalid = append(q.b.Invalid, eligibility.Invalid{Line: inv.Line, OrderID: string(inv.OrderID), Err: errors.New(string(inv.Text))})
		q.files = append(q.files, string(inv.File))
	}
	for _, c := range w.Conflicts {
		q.b.Conflicting = append(q.b.Conflicting, eligibility.Conflict{Line: c.Line, OrderID: string(c.OrderID), WorkerID: string(c.Text)})
		q.conflictFiles = append(q.conflictFiles, string(c.File))
	}
	// Every invalid line listed or counted by reason, every count of zero
	// or more and the counts balanced (checked sums: eligibility's).
	if !q.b.Balanced() || w.Counts.Conflicts != int64(len(w.Conflicts)) {
		return fmt.Errorf("%w: %d invalid counted, %d listed and %d by reason; %d conflicts counted, %d listed; the counts must balance",
			ErrPartialSyntax, w.Counts.Invalid, len(w.Invalid), len(w.InvalidUnlisted), w.Counts.Conflicts, len(w.Conflicts))
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

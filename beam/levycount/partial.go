package levycount

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
)

// Partial is the count of part of the input, and once every part is merged
// the count of the whole: an eligibility.Batch (its counts, tally,
// invalid lines and conflicts) and the file of each invalid line and
// conflict. Partials of parts that share no (order_id, worker_id) pair
// merge with Batch.Merge. It is the accumulator of the pipeline's Combine
// and crosses the network in the form MarshalJSON writes: the batch in
// eligibility.Batch's binary form, and the files.
type Partial struct {
	b eligibility.Batch
	// files[i] is the file of b.Invalid()[i], conflictFiles[i] that of
	// b.Conflicting()[i].
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
	// Error is why, as its code and Chinese text (errcode.Wire, as
	// eligibility.Invalid writes it).
	Error *errcode.WireError `json:"error"`
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
	n := len(p.files)
	if err := p.b.Merge(&q.b); err != nil {
		return fmt.Errorf("levycount: %w", err)
	}
	p.files = append(p.files, q.files[:len(p.b.Invalid())-n]...)
	p.conflictFiles = append(p.conflictFiles, q.conflictFiles...)
	return nil
}

// ConflictLines lists the conflicting pairs sorted by file and line (none
// for a nil *Partial).
func (p *Partial) ConflictLines() []ConflictLine {
	if p == nil {
		return []ConflictLine{}
	}
	conflicts := p.b.Conflicting()
	out := make([]ConflictLine, len(conflicts))
	for i, c := range conflicts {
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
	invalid := p.b.Invalid()
	out := make([]InvalidLine, len(invalid))
	for i, inv := range invalid {
		out[i] = InvalidLine{Line: inv.Line, OrderID: inv.OrderID}
		if i < len(p.files) {
			out[i].File = p.files[i]
		}
		out[i].Error = errcode.Wire(inv.Err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// partialWire is Partial's JSON form: the batch in its binary form
// (eligibility.Batch.MarshalBinary), the files of its invalid lines and
// conflicts in the batch's order. Texts travel as bytes (base64), so
// that a file name that is not UTF-8 arrives as it left.
type partialWire struct {
	Batch         []byte   `json:"batch"`
	Files         [][]byte `json:"files"`
	ConflictFiles [][]byte `json:"conflict_files"`
}

// ErrPartialSyntax is wrapped by the errors of Partial.UnmarshalJSON.
var ErrPartialSyntax = errors.New("levycount: malformed partial count")

// MarshalJSON writes p: its batch (eligibility.Batch.MarshalBinary: its
// month and rules, counts, tally, invalid lines and conflicts) and the
// file of each invalid line and conflict.
func (p Partial) MarshalJSON() ([]byte, error) {
	b := &p.b
	invalid, conflicts := len(b.Invalid()), len(b.Conflicting())
	if len(p.files) != invalid || len(p.conflictFiles) != conflicts {
		return nil, fmt.Errorf("levycount: %d invalid lines but %d files, %d conflicts but %d files",
			invalid, len(p.files), conflicts, len(p.conflictFiles))
	}
	batch, err := b.MarshalBinary()
	if err != nil {
		return nil, err
	}
	w := partialWire{Batch: batch, Files: [][]byte{}, ConflictFiles: [][]byte{}}
	for _, f := range p.files {
		w.Files = append(w.Files, []byte(f))
	}
	for _, f := range p.conflictFiles {
		w.ConflictFiles = append(w.ConflictFiles, []byte(f))
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: the batch must
// be a valid eligibility.Batch encoding (its counts balanced, every
// invalid line listed or counted by reason), with a file for each invalid
// line and conflict it lists.
func (p *Partial) UnmarshalJSON(data []byte) error {
	var w partialWire
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("%w: %v", ErrPartialSyntax, err)
	}
	if len(w.Batch) == 0 {
		return fmt.Errorf("%w: no batch", ErrPartialSyntax)
	}
	q := Partial{b: eligibility.Batch{Seen: eligibility.Deduplicated{}}}
	if err := q.b.UnmarshalBinary(w.Batch); err != nil {
		return fmt.Errorf("%w: %w", ErrPartialSyntax, err)
	}
	if invalid, conflicts := len(q.b.Invalid()), len(q.b.Conflicting()); len(w.Files) != invalid || len(w.ConflictFiles) != conflicts {
		return fmt.Errorf("%w: %d invalid lines but %d files, %d conflicts but %d files",
			ErrPartialSyntax, invalid, len(w.Files), conflicts, len(w.ConflictFiles))
	}
	for _, f := range w.Files {
		q.files = append(q.files, string(f))
	}
	for _, f := range w.ConflictFiles {
		q.conflictFiles = append(q.conflictFiles, string(f))
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

package levycount

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/levy/monthreport"
)

func init() {
	register.DoFn2x1[context.Context, Partial, error](&writeFn{})
	register.DoFn2x1[context.Context, Partial, error](&writeTallyFn{})
}

// Report is the pipeline's output: monthreport.Report (the JSON of
// `examples/monthly-levy -json`), each invalid line and conflict with its
// file as well as its line.
type Report struct {
	Month      string           `json:"month"`
	Tallies    []TallyRow       `json:"tallies"`
	Bills      []BillRow        `json:"bills"`
	Input      int64            `json:"input"`
	Counted    int64            `json:"counted"`
	Excluded   int64            `json:"excluded"`
	ExcludedBy map[string]int64 `json:"excluded_by"`
	Duplicates int64            `json:"duplicates"`
	Conflicts  []ConflictLine   `json:"conflicts"`
	Invalid    []InvalidLine    `json:"invalid"`
	// InvalidUnlisted counts the invalid lines past the ones listed, by
	// reason (monthreport.Report.InvalidUnlisted).
	InvalidUnlisted map[string]int64 `json:"invalid_unlisted,omitempty"`
	// Unbilled are the platforms that could not be billed, with why
	// (monthreport.Report.Unbilled); none without a levy setup, which Notes
	// says once instead.
	Unbilled []levy.Unbilled `json:"unbilled,omitempty"`
	Notes    []string        `json:"notes,omitempty"`
	// Rulebook is the levy.Rulebook's Fingerprint: the calendar,
	// parameter set and terms the bills were computed from.
	Rulebook string `json:"rulebook,omitempty"`
}

// TallyRow is one platform and industry's counted orders in the month
// (monthreport.TallyRow).
type TallyRow = monthreport.TallyRow

// BillRow is one line of a platform's bill (monthreport.BillRow: 第十一、十二、十四条,
// orders × the rate per order, rounded half up to the fen once a line).
type BillRow = monthreport.BillRow

// NewReport makes the report of a whole count (of its month), with the
// bills of the platforms rb has terms for (none when rb is nil).
//
// A nil p is ErrNilPartial.
func NewReport(p *Partial, rb *levy.Rulebook) (Report, error) {
	if p == nil {
		return Report{}, ErrNilPartial
	}
	b := &p.b
	if !b.Balanced() {
		c := b.Counts()
		return Report{}, fmt.Errorf("levycount: internal error: %d rows, %d counted + %d excluded + %d invalid (%d listed) + %d duplicates",
			c.Input, c.Counted, c.Excluded, c.Invalid, len(b.Invalid()), c.Duplicates)
	}
	// The month report is the library's (monthreport.New); the pipeline
	// adds each invalid line's and conflict's file. Without a levy setup the
	// report is built over no terms, and says so once.
	noSetup := rb == nil
	if noSetup {
		var err error
		if rb, err = levy.NewRulebook(calendar.Default(), levy.DefaultParams()); err != nil {
			return Report{}, fmt.Errorf("levycount: %w", err)
		}
	}
	m, err := monthreport.New(b, rb)
	if err != nil {
		return Report{}, fmt.Errorf("levycount: %w", err)
	}
	var notes []string
	if noSetup {
		m.Unbilled, notes = nil, []string{"no levy setup: the tallies are shown but no bill"}
	}
	return Report{Month: m.Month, Tallies: m.Tallies, Bills: m.Bills, Input: m.Input, Counted: m.Counted,
		Excluded: m.Excluded, ExcludedBy: m.ExcludedBy, Duplicates: m.Duplicates,
		Conflicts: p.ConflictLines(), Invalid: p.InvalidLines(), InvalidUnlisted: m.InvalidUnlisted, Unbilled: m.Unbilled, Notes: notes,
		Rulebook: m.Rulebook}, nil
}

// ErrNilPartial is returned by NewReport for a nil *Partial.
var ErrNilPartial = errors.New("levycount: nil *Partial")

// Write adds to s the writing of the count (the PCollection Count returns)
// as a Report in indented JSON to path (any path Beam's file systems
// accept; one worker writes it). setup is a levy.Setup JSON for the bills,
// or nil for none.
func Write(s beam.Scope, count beam.PCollection, path string, setup []byte) {
	s = s.Scope("WriteReport")
	beam.ParDo0(s, &writeFn{Path: path, Setup: string(setup)}, count)
}

type writeFn struct {
	Path  string
	Setup string
}

func (fn *writeFn) ProcessElement(ctx context.Context, p Partial) error {
	var rb *levy.Rulebook
	if fn.Setup != "" {
		var err error
		if rb, err = levy.ParseSetup([]byte(fn.Setup), calendar.Default()); err != nil {
			return fmt.Errorf("levycount: levy setup: %w", err)
		}
	}
	rep, err := NewReport(&p, rb)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(ctx, fn.Path, data)
}

// WriteTally adds to s the writing of the count's tally (the PCollection
// Count returns) to path: the counted orders by platform, industry and
// Beijing day, in eligibility.Tally's JSON. It is what examples/what-if
// -tallies and package analysis read (第七十六条: a city's month measured
// from its tallies, not its orders); the report's tallies are by month and
// do not keep the days a change of rate within the month needs.
func WriteTally(s beam.Scope, count beam.PCollection, path string) {
	s = s.Scope("WriteTally")
	beam.ParDo0(s, &writeTallyFn{Path: path}, count)
}

type writeTallyFn struct {
	Path string
}

func (fn *writeTallyFn) ProcessElement(ctx context.Context, p Partial) error {
	data, err := json.MarshalIndent(p.Batch().Tally(), "", "  ")
	if err != nil {
		return fmt.Errorf("levycount: tally: %w", err)
	}
	return writeFile(ctx, fn.Path, data)
}

// writeFile writes data and a newline to path, on any of Beam's file
// systems.
func writeFile(ctx context.Context, path string, data []byte) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("levycount: %s: %w", path, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("levycount: %s: %w", path, err)
	}
	if _, err := w.Write(append(data, '\n')); err != nil {
		w.Close()
		return fmt.Errorf("levycount: %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("levycount: %s: %w", path, err)
	}
	return nil
}

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
)

func init() {
	register.DoFn2x1[context.Context, Partial, error](&writeFn{})
}

// Report is the pipeline's output: the keys of `examples/monthly-levy
// -json`, each invalid line and conflict with its file as well as its line.
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
	Notes      []string         `json:"notes,omitempty"`
}

// TallyRow is one platform and industry's counted orders in the month.
type TallyRow struct {
	Platform string `json:"platform"`
	Industry string `json:"industry"`
	Orders   int64  `json:"orders"`
}

// BillRow is one line of a platform's bill (第十一、十二、十四条): orders ×
// the rate per order, rounded half up to the fen once a line (levy.Rates.Bill).
type BillRow struct {
	Platform string `json:"platform"`
	Industry string `json:"industry"`
	Orders   int64  `json:"orders"`
	Rate     string `json:"rate"`
	Amount   string `json:"amount"`
	// DeclarationDeadline is the 第十四条 deadline, empty when it is
	// unknown: then DeclarationUnknown says why (the year whose schedule is
	// not loaded, DeclarationUnknownYear) and DeclarationNotBefore is the
	// day it is not before (as an unknown claims.Item).
	DeclarationDeadline    string        `json:"declaration_deadline,omitempty"`
	DeclarationNotBefore   calendar.Date `json:"declaration_not_before,omitzero"`
	DeclarationUnknown     string        `json:"declaration_unknown,omitempty"`
	DeclarationUnknownYear int           `json:"declaration_unknown_year,omitempty"`
	Provisional            bool          `json:"provisional,omitempty"`
}

// NewReport makes the report of a whole count (of its month), with the
// bills of the platforms rates knows (none when rates is nil).
//
// A nil p is ErrNilPartial.
func NewReport(p *Partial, rates *levy.Rates) (Report, error) {
	if p == nil {
		return Report{}, ErrNilPartial
	}
	b := &p.b
	month := b.Month
	if !b.Balanced() {
		return Report{}, fmt.Errorf("levycount: internal error: %d rows, %d counted + %d excluded + %d invalid (%d listed) + %d duplicates",
			b.Input, b.Counted, b.Excluded, b.Counts.Invalid, len(b.Invalid), b.Duplicates)
	}
	out := Report{Month: month.String(), Input: b.Input, Counted: b.Counted, Excluded: b.Excluded, Duplicates: b.Duplicates,
		Conflicts: p.ConflictLines(), Invalid: p.InvalidLines(), Tallies: []TallyRow{}, Bills: []BillRow{},
		ExcludedBy: map[string]int64{
			"not_registered_or_out_of_scope": b.ExcludedNotRegistered,
			"started_outside_shanghai":       b.ExcludedOutsideShanghai,
			"not_ended_or_cancelled":         b.ExcludedNotEnded,
			"counts_in_another_month":        b.ExcludedOtherMonth,
		}}
	for _, r := range b.Tally.Months() {
		out.Tallies = append(out.Tallies, TallyRow{Platform: r.Platform, Industry: r.Industry.String(), Orders: r.Orders})
	}
	if rates == nil {
		out.Notes = append(out.Notes, "no levy setup (-params): the tallies are shown but no bill")
		return out, nil
	}
	known := map[string]bool{}
	for _, pl := range rates.Platforms() {
		known[pl] = true
	}
	cal := calendar.Default()
	for _, pl := range b.Tally.Platforms() {
		if !known[pl] {
			out.Notes = append(out.Notes, fmt.Sprintf("no terms for %s in -params: its tally is shown but no bill", pl))
			continue
		}
		bill, err := rates.Bill(&b.Tally, pl, month, cal)
		if err != nil {
			return Report{}, fmt.Errorf("levycount: bill of %s: %w", pl, err)
		}
		for _, l := range bill.Lines {
			row := BillRow{Platform: pl, Industry: l.Industry.String(), Orders: l.Orders,
				Rate: l.PerOrder.String(), Amount: l.Amount.StringFixed(2), Provisional: l.Rate.Provisional()}
			if bill.Declaration != nil {
				row.DeclarationDeadline = bill.Declaration.Date.String()
			} else {
				for _, u := range bill.Unknown {
					if u.Name == levy.DeclarationDeadlineName {
						row.DeclarationNotBefore, row.DeclarationUnknown, row.DeclarationUnknownYear = u.NotBefore, u.Unknown, u.UnknownYear
					}
				}
			}
			out.Bills = append(out.Bills, row)
		}
	}
	return out, nil
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
	var rates *levy.Rates
	if fn.Setup != "" {
		var err error
		if rates, err = levy.ParseSetup([]byte(fn.Setup)); err != nil {
			return fmt.Errorf("levycount: levy setup: %w", err)
		}
	}
	rep, err := NewReport(&p, rates)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	fs, err := filesystem.New(ctx, fn.Path)
	if err != nil {
		return fmt.Errorf("levycount: %s: %w", fn.Path, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, fn.Path)
	if err != nil {
		return fmt.Errorf("levycount: %s: %w", fn.Path, err)
	}
	if _, err := w.Write(append(data, '\n')); err != nil {
		w.Close()
		return fmt.Errorf("levycount: %s: %w", fn.Path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("levycount: %s: %w", fn.Path, err)
	}
	return nil
}

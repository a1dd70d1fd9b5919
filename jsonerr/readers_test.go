package jsonerr_test

import (
	"errors"
	"testing"
	"time"

	"github.com/zhishang/zhishang/benefits"
	bcasefile "github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/all" // registers the kinds its cases name
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// reader is one JSON reader of the library; wraps says its error wraps the
// *jsonerr.Error (errors.As reaches it).
type reader struct {
	name  string
	read  func([]byte) error
	wraps bool
	// maxBytes is the reader's own document size when it states one
	// smaller than jsonerr.MaxBytes: a larger input is refused for size
	// first.
	maxBytes int
}

func readers() []reader {
	return []reader{
		{"claims/casefile.Parse", func(b []byte) error { _, err := casefile.Parse(b); return err }, true, 0},
		{"benefits/casefile.Parse", func(b []byte) error { _, err := bcasefile.Parse(b); return err }, true, 0},
		{"benefits.ParseAward", func(b []byte) error { _, err := benefits.ParseAward(b); return err }, true, 0},
		{"benefits.Item.UnmarshalJSON", func(b []byte) error { var v benefits.Item; return v.UnmarshalJSON(b) }, true, 0},
		{"benefits.Payment.UnmarshalJSON", func(b []byte) error { var v benefits.Payment; return v.UnmarshalJSON(b) }, true, 0},
		{"benefits.MedicalSplit.UnmarshalJSON", func(b []byte) error { var v benefits.MedicalSplit; return v.UnmarshalJSON(b) }, true, 0},
		{"levy.ParseSetup", func(b []byte) error { _, err := levy.ParseSetup(b, calendar.Default()); return err }, true, 0},
		{"calendar.ParseSchedule", func(b []byte) error { _, err := calendar.ParseSchedule(b); return err }, true, 0},
		{"calendar.ParseSchedules", func(b []byte) error { _, err := calendar.ParseSchedules(b); return err }, true, 0},
		{"calendar.ParseOverrides", func(b []byte) error { _, err := calendar.ParseOverrides(b); return err }, true, 0},
		{"ledger.ParseSnapshot", func(b []byte) error { _, err := ledger.ParseSnapshot(b); return err }, true, 0},
		{"golden.ParseCase", func(b []byte) error { _, err := golden.ParseCase(b); return err }, true, 0},
		{"param.Parse", func(b []byte) error { _, err := param.Parse(b); return err }, true, 0},
		{"benefits.ParseMedicalClaim", func(b []byte) error { _, err := benefits.ParseMedicalClaim(b); return err }, true, benefits.MaxClaimJSONBytes},
		{"eligibility.Tally.UnmarshalJSON", func(b []byte) error { var v eligibility.Tally; return v.UnmarshalJSON(b) }, true, 0},
	}
}

// TestEveryReaderRefusesTheHostileShapes feeds every JSON reader the same
// hostile inputs (megabytes of "[", of digits, of key; an exponent of a
// dozen characters; identity numbers as keys): each is refused, quickly,
// with a short message that echoes no identity number, and errors.As
// reaches the *jsonerr.Error with the expected kind.
func TestEveryReaderRefusesTheHostileShapes(t *testing.T) {
	for _, r := range readers() {
		for _, h := range jsontest.Inputs() {
			start := time.Now()
			err := r.read(h.Data)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("%s, %s: %v", r.name, h.Name, took)
			}
			if err == nil {
				t.Errorf("%s, %s: accepted", r.name, h.Name)
				continue
			}
			jsontest.Check(t, err)
			if !r.wraps {
				continue
			}
			var je *jsonerr.Error
			if !errors.As(err, &je) {
				t.Errorf("%s, %s: no *jsonerr.Error in %v", r.name, h.Name, err)
				continue
			}
			want := h.Kind
			if r.maxBytes > 0 && len(h.Data) > r.maxBytes {
				want = jsonerr.ErrTooLarge
			}
			if want != nil && !errors.Is(err, want) {
				t.Errorf("%s, %s: %v, want %v", r.name, h.Name, err, want)
			}
		}
	}
}

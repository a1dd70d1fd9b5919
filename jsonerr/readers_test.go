package jsonerr_test

import (
	"errors"
	"testing"
	"time"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/golden"
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
}

func readers() []reader {
	return []reader{
		{"claims.ParseCaseFile", func(b []byte) error { _, err := claims.ParseCaseFile(b); return err }, true},
		{"benefits.ParseCaseFile", func(b []byte) error { _, err := benefits.ParseCaseFile(b); return err }, true},
		{"benefits.ParseAward", func(b []byte) error { _, err := benefits.ParseAward(b); return err }, true},
		{"benefits.Item.UnmarshalJSON", func(b []byte) error { var v benefits.Item; return v.UnmarshalJSON(b) }, true},
		{"benefits.Payment.UnmarshalJSON", func(b []byte) error { var v benefits.Payment; return v.UnmarshalJSON(b) }, true},
		{"benefits.MedicalSplit.UnmarshalJSON", func(b []byte) error { var v benefits.MedicalSplit; return v.UnmarshalJSON(b) }, true},
		{"levy.ParseSetup", func(b []byte) error { _, err := levy.ParseSetup(b); return err }, true},
		{"calendar.ParseSchedule", func(b []byte) error { _, err := calendar.ParseSchedule(b); return err }, true},
		{"calendar.ParseSchedules", func(b []byte) error { _, err := calendar.ParseSchedules(b); return err }, true},
		{"calendar.ParseOverrides", func(b []byte) error { _, err := calendar.ParseOverrides(b); return err }, true},
		{"ledger.ParseSnapshot", func(b []byte) error { _, err := ledger.ParseSnapshot(b); return err }, true},
		{"golden.ParseCase", func(b []byte) error { _, err := golden.ParseCase(b); return err }, true},
		// param and eligibility belong to other work: they read through the
		// same door (the same limits and refusals) but quote its error
		// with %v, so errors.As does not reach it yet.
		{"param.Parse", func(b []byte) error { _, err := param.Parse(b); return err }, false},
		{"eligibility.Tally.UnmarshalJSON", func(b []byte) error { var v eligibility.Tally; return v.UnmarshalJSON(b) }, false},
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
			if h.Kind != nil && !errors.Is(err, h.Kind) {
				t.Errorf("%s, %s: %v, want %v", r.name, h.Name, err, h.Kind)
			}
		}
	}
}

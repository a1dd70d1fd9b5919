package analysis_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/levy"
)

// FuzzParseReform: a reform file is refused with a *ReformError, bounded
// and masked, or read into a reform that validates, writes itself back as
// the same file, and lays over the sample setup without a panic.
//
//	go test ./analysis -run '^$' -fuzz '^FuzzParseReform$' -fuzztime 1m
func FuzzParseReform(f *testing.F) {
	data, err := os.ReadFile(sampleReform)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"title": "空"}`))
	f.Add([]byte(`{"title": "x", "parameters": [], "terms": []}`))
	f.Add([]byte(`{"title": "x", "parameters": [{"name": "benefits.implementing_measures.commencement", "value": "2025-08-01", "source": "s", "status": "verified"}]}`))
	f.Add([]byte(`{"title": "x", "parameters": [{"name": "levy.base.ride_hailing", "value": "1e2000000000", "from": "2026-01-01", "source": "s", "status": "verified"}]}`))
	f.Add([]byte(`{"title": "x", "parameters": [{"name": "levy.base.ride_hailing", "value": "0.02", "from": "2026-01-01", "until": "2025-01-01", "source": "s", "status": "verified"}]}`))
	f.Add([]byte(`{"title": "x", "terms": [{"platform": "110101199003071234", "first_month": "2025-01"}]}`))
	f.Add([]byte(`{"title": "x", "terms": [{"platform": "p", "first_month": "2025-01", "floating": [{"year": 2026, "industry": "ride_hailing", "factor": "1e999999999", "source": "s"}]}]}`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	setupData, err := os.ReadFile(sampleSetup)
	if err != nil {
		f.Fatal(err)
	}
	var setup levy.Setup
	if err := json.Unmarshal(setupData, &setup); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := analysis.ParseReform(data)
		if err != nil {
			var re *analysis.ReformError
			if !errors.As(err, &re) || !errors.Is(err, analysis.ErrBadReform) {
				t.Fatalf("not a *ReformError: %T %v", err, err)
			}
			jsontest.Check(t, err)
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("read, but does not validate: %v", err)
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("does not write back: %v", err)
		}
		again, err := analysis.ParseReform(out)
		if err != nil {
			t.Fatalf("its own JSON refused: %v\n%s", err, out)
		}
		out2, err := json.Marshal(again)
		if err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("not the same reform once written and read:\n%s\n%s", out, out2)
		}
		if rb, err := r.Setup(setup).Rulebook(calendar.Default()); err == nil && rb.Fingerprint() == "" {
			t.Fatal("a rulebook without a fingerprint")
		}
		_ = r.CaseParameters(nil)
	})
}

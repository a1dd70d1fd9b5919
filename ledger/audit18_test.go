package ledger_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

func audit18Posting(t testing.TB, id, source string) ledger.Posting {
	return ledger.Posting{ID: id, Date: testdates.Day(t, "2026-04-21"), Period: testdates.Month(t, "2026-04"),
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: source,
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("10.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("10.00")}}}
}

// roundTrip writes j's snapshot as a host would (json.Marshal) and reads
// it back.
func roundTrip(t testing.TB, j *ledger.Journal) (*ledger.Journal, error) {
	b, err := json.Marshal(j.Snapshot())
	require.NoError(t, err)
	return ledger.ParseSnapshot(b)
}

// Audit of issue 18: Post accepted a source the snapshot reader refuses
// (longer than jsoncode.MaxString as JSON writes it: a host's books could
// be saved but never loaded again) or gives back changed (bytes that are
// not UTF-8 come back as U+FFFD, and the posting then conflicts with its
// own original).
func TestAudit18SourceRoundTrips(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("s", jsoncode.MaxString+1),
		strings.Repeat("<", jsoncode.MaxString/6+1), // json.Marshal writes \u003c
		strings.Repeat("\x01", jsoncode.MaxString/6+1),
		"bad\xffbyte",
	} {
		var j ledger.Journal
		_, err := j.Post(audit18Posting(t, "D1", src))
		assert.ErrorIs(t, err, ledger.ErrBadPosting, "%.40q", src)
		jsontest.Check(t, err)
	}
	for _, src := range []string{
		strings.Repeat("s", jsoncode.MaxString),
		strings.Repeat("<", jsoncode.MaxString/6),
		strings.Repeat("\"", jsoncode.MaxString/2),
		"s" + strings.Repeat("\u2028", (jsoncode.MaxString-1)/6),
		"s" + strings.Repeat("\b", (jsoncode.MaxString-1)/2),
	} {
		var j ledger.Journal
		_, err := j.Post(audit18Posting(t, "D1", src))
		require.NoError(t, err)
		k, err := roundTrip(t, &j)
		require.NoError(t, err, "%.40q", src)
		p, _ := k.Posting("D1")
		assert.Equal(t, src, p.Source)
	}
}

// Every source Post accepts comes back from a snapshot as it was.
func TestAudit18SourceRoundTripsProperty(t *testing.T) {
	base := audit18Posting(t, "D1", "")
	rapid.Check(t, func(rt *rapid.T) {
		t := rt
		piece := rapid.SampledFrom([]string{"s", "<", "&", "\"", "\\", "\n", "\x00", "\x1f", "\b", "\u2028", "\u2029", "汉", "\xff", "\u0085"})
		n := rapid.IntRange(1, 200).Draw(t, "n")
		var b strings.Builder
		for range n {
			b.WriteString(piece.Draw(t, "piece"))
		}
		// Repeat to reach the bound.
		src := strings.Repeat(b.String(), rapid.IntRange(1, 2*jsoncode.MaxString/b.Len()+1).Draw(t, "times"))
		var j ledger.Journal
		p := base
		p.Source = src
		if _, err := j.Post(p); err != nil {
			return
		}
		data, err := json.Marshal(j.Snapshot())
		if err != nil {
			t.Fatal(err)
		}
		k, err := ledger.ParseSnapshot(data)
		if err != nil {
			t.Fatalf("a posting Post accepted is refused by ParseSnapshot: %v", err)
		}
		if p, _ := k.Posting("D1"); p.Source != src {
			t.Fatalf("the source changed in a snapshot")
		}
	})
}

// Audit of issue 18: the ledger's own echo masked 18 digits (or 17 and X)
// only, so a 15- to 17-digit identity number in an ID reached the message;
// strconv.Quote wrote a byte that is not UTF-8 as \x85, whose digits joined
// the digits after it; and the cut at 64 bytes left 15 full-width digits
// of a longer run unmasked.
func TestAudit18EchoMasked(t *testing.T) {
	var j ledger.Journal
	for _, id := range []string{"110101900307123", "1101011990030712", "11010119900307123"} {
		_, err := j.Post(audit18Posting(t, id, "x"))
		require.NoError(t, err)
		_, err = j.Post(audit18Posting(t, id, "y"))
		assert.ErrorIs(t, err, ledger.ErrConflict)
		jsontest.Check(t, err)
	}
	err := j.Reverse("\x85"+"1234567890123456", "R1", testdates.Day(t, "2026-04-22"), "s")
	assert.ErrorIs(t, err, ledger.ErrUnknownID)
	jsontest.Check(t, err)
	err = j.Reverse(strings.Repeat("x", 46)+"１１０１０１１９９００３０７１２３４", "R1", testdates.Day(t, "2026-04-22"), "s")
	assert.ErrorIs(t, err, ledger.ErrUnknownID)
	jsontest.Check(t, err)
	// A posting that says it books a document, whose ID is not that
	// document's: the ref in full width is masked however the cut falls.
	p := audit18Posting(t, "treasury-receipt:T1", "s")
	p.Origin = ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "１１０１０１１９９００３０７１２３４", Seq: 1}
	p.Lines = []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("10.00")}, {Subject: ledger.Suspense, Credit: money.MustParse("10.00")}}
	_, err = j.Post(p)
	assert.ErrorIs(t, err, ledger.ErrReservedID)
	jsontest.Check(t, err)
	// A booking number of 18 digits is masked like one.
	for _, seq := range []int{110101199003071234, -110101199003071234} {
		p.Origin = ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "T1", Seq: seq}
		_, err = j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrBadPosting)
		jsontest.Check(t, err)
	}
}

// Audit of issue 18: Summary.WriteTable with a nil io.Writer panicked.
func TestAudit18WriteTableNilWriter(t *testing.T) {
	var s ledger.Summary
	assert.NotPanics(t, func() { assert.Error(t, s.WriteTable(nil)) })
	var b bytes.Buffer
	assert.NoError(t, s.WriteTable(&b))
}

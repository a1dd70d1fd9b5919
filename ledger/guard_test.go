package ledger_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

func postAll(t *testing.T, j *ledger.Journal, r ledger.Reconciliation) {
	t.Helper()
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err, p.ID)
	}
}

// Issue 18, IDs that alias: a receipt whose own ID looks like another's
// re-booking ("A#2" beside "A", reversed and reported again) made the
// re-reported receipt look booked already, so 100.00 the treasury held was
// neither income nor an open item. Every receipt the treasury reports is on
// the books once, whatever its ID looks like.
func TestReceiptIDsCannotAlias(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	rec := func(id string) ledger.Receipt {
		return ledger.Receipt{ID: id, Platform: "p", Period: m, Amount: money.MustParse("100.00"), EntryDate: testdates.Day(t, "2026-04-21")}
	}
	var j ledger.Journal
	r, err := j.Reconcile([]ledger.Receipt{rec("A")}, nil, nil, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	postAll(t, &j, r)
	require.NoError(t, j.Reverse(ledger.ReceiptPostingID("A"), "V1", testdates.Day(t, "2026-04-23"), "entered in error"))
	r, err = j.Reconcile([]ledger.Receipt{rec("A#2")}, nil, nil, testdates.Day(t, "2026-04-24"))
	require.NoError(t, err)
	postAll(t, &j, r)
	r, err = j.Reconcile([]ledger.Receipt{rec("A"), rec("A#2")}, nil, nil, testdates.Day(t, "2026-04-25"))
	require.NoError(t, err)
	postAll(t, &j, r)
	assert.Equal(t, "200.00", j.Total(ledger.SpecialAccount).String(), "both receipts are in the special account")
	assert.Equal(t, "200.00", j.Total(ledger.Suspense).String(), "both are open items")
	assert.Len(t, j.OpenItems(), 2)
	// reported again: nothing new
	r, err = j.Reconcile([]ledger.Receipt{rec("A"), rec("A#2")}, nil, nil, testdates.Day(t, "2026-04-25"))
	require.NoError(t, err)
	assert.Empty(t, r.Postings)
	// both are counted for the key: 200.00 received
	assert.Equal(t, "200.00", r.Matches[0].Received.String())

	// A receipt whose ID is itself a posting ID the package derives is a
	// receipt like any other: its posting's ID cannot be another's.
	var k ledger.Journal
	r, err = k.Reconcile([]ledger.Receipt{rec("X"), rec(ledger.ReceiptPostingID("X")), rec(ledger.ClearingPostingID("X"))}, nil, nil, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 3)
	seen := map[string]bool{}
	for _, p := range r.Postings {
		assert.False(t, seen[p.ID], p.ID)
		seen[p.ID] = true
	}
	postAll(t, &k, r)
	assert.Equal(t, "300.00", k.Total(ledger.Suspense).String())
}

// A posting the host writes may not take an ID of the form the package
// derives for a receipt, a clearing or a settlement: it would stand for a
// receipt that was never booked (ErrReservedID). A posting that says it
// books a receipt (Origin) must carry exactly the ID that receipt's booking
// has.
func TestReservedPostingIDs(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	hundred := money.MustParse("100.00")
	squat := ledger.Posting{ID: ledger.ReceiptPostingID("T9"), Date: testdates.Day(t, "2026-04-21"), Period: testdates.Month(t, "2026-04"), FeePeriod: m,
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "host",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: hundred}, {Subject: ledger.LevyIncome, Credit: hundred}}}
	var j ledger.Journal
	for _, id := range []string{ledger.ReceiptPostingID("T9"), ledger.ClearingPostingID("T9"), "treasury-receipt#2:T9", "benefit-paid:P1", "insurer-settlement:I:2026-04"} {
		p := squat
		p.ID = id
		_, err := j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrReservedID, id)
		assert.ErrorIs(t, err, ledger.ErrBadPosting, id)
	}
	// the receipt, reconciled, is booked under its own ID
	r, err := j.Reconcile([]ledger.Receipt{{ID: "T9", Platform: "p", Period: m, Amount: hundred, EntryDate: testdates.Day(t, "2026-04-21")}}, nil, nil, calendar.Date{})
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, ledger.ReceiptPostingID("T9"), r.Postings[0].ID)
	assert.Equal(t, ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "T9", Seq: 1}, r.Postings[0].Origin)
	forged := r.Postings[0]
	forged.ID = "T9-booking"
	_, err = j.Post(forged)
	assert.ErrorIs(t, err, ledger.ErrReservedID, "an origin with another ID")
	forged = r.Postings[0]
	forged.Origin.Seq = 2
	_, err = j.Post(forged)
	assert.ErrorIs(t, err, ledger.ErrReservedID, "an origin with another booking number")
	postAll(t, &j, r)
	// a second live booking of the same receipt, under the next number
	second := r.Postings[0]
	second.Origin.Seq = 2
	second.ID = second.Origin.PostingID()
	_, err = j.Post(second)
	assert.ErrorIs(t, err, ledger.ErrAlreadyBooked)
	assert.Equal(t, "100.00", j.Total(ledger.SpecialAccount).String())
	// the snapshot keeps the origin and loads
	k, err := ledger.Load(j.Snapshot())
	require.NoError(t, err)
	p, ok := k.Posting(ledger.ReceiptPostingID("T9"))
	require.True(t, ok)
	assert.Equal(t, "T9", p.Origin.Ref)
}

// Origin.PostingID is one-to-one: two different origins never share an ID,
// whatever their references hold.
func TestOriginPostingIDInjective(t *testing.T) {
	refs := []string{"A", "A#2", "A#2#3", "A:2", "#2:A", "2:A", "treasury-receipt:A", "treasury-receipt#2:A", "I:2026-04", "I", "suspense-clear:A", ":", "#"}
	kinds := []ledger.OriginKind{ledger.TreasuryReceipt, ledger.SuspenseClearing, ledger.BenefitPayment, ledger.InsurerSettlement}
	seen := map[string]ledger.Origin{}
	for _, k := range kinds {
		for _, ref := range refs {
			for seq := 1; seq <= 3; seq++ {
				for _, month := range []string{"", "2026-04", "2026-05"} {
					o := ledger.Origin{Kind: k, Ref: ref, Seq: seq}
					if (k == ledger.InsurerSettlement) != (month != "") {
						continue
					}
					if month != "" {
						o.Month = testdates.Month(t, month)
					}
					id := o.PostingID()
					if prev, dup := seen[id]; dup {
						t.Fatalf("%+v and %+v share the ID %q", prev, o, id)
					}
					seen[id] = o
				}
			}
		}
	}
}

// IDs that differ only by characters nobody can see are refused: they would
// make one receipt, record, platform or document count twice.
func TestInvisibleIDsRefused(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	hundred := money.MustParse("100.00")
	invisible := map[string]string{
		"zero-width space":          "T1\u200b",
		"zero-width joiner":         "T\u200d1",
		"word joiner":               "T1\u2060",
		"byte-order mark":           "\ufeffT1",
		"soft hyphen":               "T\u00ad1",
		"variation selector":        "T1\ufe0f",
		"variation selector 17":     "T1\U000E0100",
		"Mongolian FVS":             "T1\u180b",
		"Hangul filler":             "T1\u3164",
		"halfwidth Hangul filler":   "T1\uffa0",
		"Hangul choseong filler":    "T1\u115f",
		"Hangul jungseong filler":   "T1\u1160",
		"combining grapheme joiner": "T1\u034f",
		"blank braille":             "T1\u2800",
		"ideographic space":         "T1\u3000",
		"no-break space":            "T1\u00a0",
		"space":                     "T 1",
		"tab":                       "T1\t",
		"tag character":             "T1\U000E0041",
		"right-to-left override":    "T1\u202e",
		"private use":               "T1\ue000",
		"unassigned":                "T1\U000E0080",
		"control":                   "T1\x00",
		"not UTF-8":                 "T1\xff",
		"empty":                     "",
		"too long":                  strings.Repeat("T", ledger.MaxIDBytes+1),
	}
	for name, id := range invisible {
		_, err := ledger.Reconcile([]ledger.Receipt{{ID: id, Platform: "p", Period: m, Amount: hundred, EntryDate: testdates.Day(t, "2026-04-21")}}, nil, nil)
		assert.ErrorIs(t, err, ledger.ErrBadID, "receipt %s", name)
		assert.ErrorIs(t, err, ledger.ErrBadRecord, "receipt %s", name)
		var ie *ledger.IDError
		if assert.ErrorAs(t, err, &ie, name) {
			assert.Less(t, len(err.Error()), 300, "the error is bounded: %s", name)
		}
		_, err = ledger.Reconcile(nil, []ledger.Collection{{ID: id, Platform: "p", Period: m, Amount: hundred}}, nil)
		assert.ErrorIs(t, err, ledger.ErrBadID, "collection %s", name)
		_, err = ledger.Reconcile([]ledger.Receipt{{ID: "T1", Platform: "p" + id, Period: m, Amount: hundred, EntryDate: testdates.Day(t, "2026-04-21")}}, nil, nil)
		if id != "" {
			assert.ErrorIs(t, err, ledger.ErrBadID, "platform %s", name)
		}
		_, err = ledger.Reconcile(nil, nil, []ledger.Due{{Platform: "p" + id, Period: m, Amount: hundred}})
		if id != "" {
			assert.ErrorIs(t, err, ledger.ErrBadID, "bill's platform %s", name)
		}
		p := receiptPosting(t, "x", "1.00")
		p.ID = id
		var j ledger.Journal
		_, err = j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrBadPosting, "posting %s", name)
		if id != "" {
			p = receiptPosting(t, "x", "1.00")
			p.Counterparty.ID += id
			_, err = j.Post(p)
			assert.ErrorIs(t, err, ledger.ErrBadID, "counterparty %s", name)
		}
		_, err = ledger.Settle("I", m, []ledger.Payment{{ID: "P" + id, Date: testdates.Day(t, "2026-03-03"), Insurer: "I", Worker: "w", Subject: ledger.Medical, Amount: hundred}},
			money.Amount{}, testdates.Day(t, "2026-04-05"))
		if id != "" {
			assert.ErrorIs(t, err, ledger.ErrBadPayment, "payment %s", name)
			assert.ErrorIs(t, err, ledger.ErrBadID, "payment %s", name)
		}
		assert.Equal(t, 0, j.Len())
	}
	// visible IDs of every script pass
	for _, id := range []string{"T1", "国库-2026-0001", "Ｔ１", "한글", "T#2", "a:b", "é", "e\u0301", "👍🏽", "🇨🇳"} {
		_, err := ledger.Reconcile([]ledger.Receipt{{ID: id, Platform: "平台甲", Period: m, Amount: hundred, EntryDate: testdates.Day(t, "2026-04-21")}}, nil, nil)
		assert.NoError(t, err, id)
	}
}

// Issue 18, smaller: the negative-balance error ended in "on " with no
// date (the day was rebuilt from the zero Date, which has none).
func TestNegativeErrorNamesTheDay(t *testing.T) {
	var j ledger.Journal
	_, err := j.Post(receiptPosting(t, "in", "1.00"))
	require.NoError(t, err)
	out := receiptPosting(t, "out", "1.01")
	out.Lines = []ledger.Line{{Subject: ledger.LevyIncome, Debit: amt("1.01")}, {Subject: ledger.SpecialAccount, Credit: amt("1.01")}}
	_, err = j.Post(out)
	require.ErrorIs(t, err, ledger.ErrNegative)
	assert.True(t, strings.HasSuffix(err.Error(), " on 2026-04-20"), err.Error())
	// and a refusal that names a missing date says so
	_, err = ledger.ClearHeld("CH", ledger.OpenItem{PostingID: "x", Amount: amt("1.00"), Date: testdates.Day(t, "2026-04-20")}, calendar.Date{}, money.Amount{}, "p")
	require.ErrorIs(t, err, ledger.ErrBadClearing)
	assert.NotContains(t, err.Error(), "on ")
	assert.Contains(t, err.Error(), "no date")
	_, _, err = ledger.AgreementEnd{Insurer: "x", Reason: ledger.Fraud}.BanEnds()
	require.ErrorIs(t, err, ledger.ErrBadAgreementEnd)
	assert.NotContains(t, err.Error(), "  ")
}

// Issue 18, counts that wrap: the running balance of the special account by
// day was summed unchecked. 9.2×10¹⁶ 元 in on 1 March, out on 3 March,
// then in again on 2 March: every total and every period's balance fits
// int64 fen, but the balance as of 2 March does not. It was accepted, and
// the day book held a wrapped balance from then on (a later outflow would
// be judged against it). Now ErrOverflow, and so is a day whose own
// movement would wrap; books whose movements add up past the range but
// whose balances as of every day fit are still accepted.
func TestDayBookOverflow(t *testing.T) {
	const unit = 100_000_000_000_000 // 10¹² 元 in fen, the largest line
	n := math.MaxInt64 / unit        // 92 233 lines
	big := money.Fen(unit)
	cp := ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}
	var in, out []ledger.Line // shared: Post keeps a copy
	for i := 0; i < int(n); i++ {
		in = append(in, ledger.Line{Subject: ledger.SpecialAccount, Debit: big}, ledger.Line{Subject: ledger.FundBalance, Credit: big})
		out = append(out, ledger.Line{Subject: ledger.FundBalance, Debit: big}, ledger.Line{Subject: ledger.SpecialAccount, Credit: big})
	}
	posting := func(id, day string, into bool) ledger.Posting {
		p := ledger.Posting{ID: id, Date: testdates.Day(t, day), Period: testdates.Month(t, "2026-03"), Counterparty: cp, Source: "t", Lines: out}
		if into {
			p.Lines = in
		}
		return p
	}
	var j ledger.Journal
	_, err := j.Post(posting("in1", "2026-03-01", true))
	require.NoError(t, err)
	_, err = j.Post(posting("out3", "2026-03-03", false))
	require.NoError(t, err)
	before := fmt.Sprint(j.Balances())
	_, err = j.Post(posting("in2", "2026-03-02", true))
	require.ErrorIs(t, err, ledger.ErrOverflow)
	assert.False(t, errors.Is(err, ledger.ErrNegative))
	assert.Equal(t, before, fmt.Sprint(j.Balances()), "a refused posting changes nothing")
	assert.Equal(t, 2, j.Len())
	_, err = j.Post(posting("in1b", "2026-03-01", true))
	require.ErrorIs(t, err, ledger.ErrOverflow, "1 March's movement would wrap")
	assert.Equal(t, before, fmt.Sprint(j.Balances()))
	_, err = j.Post(posting("in4", "2026-03-04", true))
	require.NoError(t, err, "in, out, in again later: every day's balance fits")
	_, err = j.Post(posting("out5", "2026-03-05", false))
	require.NoError(t, err, "and out again")
	assert.True(t, j.Total(ledger.SpecialAccount).IsZero())
	_, err = j.Post(posting("in2", "2026-03-02", true))
	require.ErrorIs(t, err, ledger.ErrOverflow, "still refused after the book went past the fast bound and back")
	// a posting on the same day as one whose day sum is near the limit
	var k ledger.Journal
	_, err = k.Post(posting("in1", "2026-03-01", true))
	require.NoError(t, err)
	_, err = k.Post(posting("out1", "2026-03-01", false))
	require.NoError(t, err)
	_, err = k.Post(posting("in1b", "2026-03-01", true))
	require.NoError(t, err, "the day nets to 9.2×10¹⁶ 元: in range")
}

// Issue 18, counts that wrap: the summary's balance is income − expenditure;
// an expenditure of exactly −2⁶³ fen (recoveries credited to an expense
// subject) was negated unchecked and the balance came out −9.2×10¹⁶ 元
// where it is +9.2×10¹⁶ 元, out of range. Now ErrOverflow.
func TestSummaryNegationOverflow(t *testing.T) {
	const unit = 100_000_000_000_000
	half := uint64(1) << 62 // fen
	cp := ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}
	posting := func(id string, debit ledger.Subject) ledger.Posting {
		p := ledger.Posting{ID: id, Date: testdates.Day(t, "2026-03-01"), Period: testdates.Month(t, "2026-03"), Counterparty: cp, Source: "t"}
		left := half
		for left > 0 {
			f := uint64(unit)
			if left < f {
				f = left
			}
			a := money.Fen(int64(f))
			p.Lines = append(p.Lines, ledger.Line{Subject: debit, Debit: a}, ledger.Line{Subject: ledger.Medical, Credit: a})
			left -= f
		}
		return p
	}
	var j ledger.Journal
	_, err := j.Post(posting("a", ledger.FundBalance))
	require.NoError(t, err)
	_, err = j.Post(posting("b", ledger.SpecialAccount))
	require.NoError(t, err)
	require.Equal(t, "-92233720368547758.08", j.Total(ledger.Medical).String())
	_, err = j.Summarize(2026, ledger.Participants{})
	assert.ErrorIs(t, err, ledger.ErrOverflow)
}

// FuzzReconcileHostileIDs feeds Reconcile and Post receipt, collection and
// platform IDs chosen to collide with each other's posting IDs or to differ
// only by invisible characters, and amounts up to and past int64 fen. It
// checks: nothing panics; every error is typed and bounded in length; a
// posting the package builds carries the ID its Origin gives; every
// receipt accepted is on the books exactly once, with its amount, through
// a reversal and a re-booking; the special account holds exactly what the
// receipts brought, all of it income or in suspense.
func FuzzReconcileHostileIDs(f *testing.F) {
	f.Add("A", "A#2", "treasury-receipt:A", int64(10000), int64(10000), int64(10000), "p", true, 1)
	f.Add("T1", "T1\u200b", "T1\ufe0f", int64(1), int64(2), int64(3), "p\u3164", false, 0)
	f.Add("T1", "treasury-receipt#2:T1", "suspense-clear:T1", int64(math.MaxInt64), int64(math.MaxInt64/100), int64(-1), "p", true, 2)
	f.Add("\u2800", " ", "x\x00", int64(100_000_000_000_000), int64(100_000_000_000_001), int64(0), "", true, 12)
	f.Add("a:2026-04", "a", "benefit-paid:a", int64(5), int64(5), int64(5), "insurer-settlement:a", false, 18)
	f.Fuzz(func(t *testing.T, id1, id2, id3 string, a1, a2, a3 int64, platform string, reverse bool, exp int) {
		m, _ := calendar.ParseMonth("2026-03")
		d, _ := calendar.ParseDate("2026-04-21")
		amount := func(a int64) money.Amount { // a fen × 10^|exp%24|, as far as it fits
			b := money.Fen(a)
			for k := 0; k < exp%24 || k < -exp%24; k++ {
				c, ok := b.Mul(10)
				if !ok {
					break
				}
				b = c
			}
			return b
		}
		rs := []ledger.Receipt{
			{ID: id1, Platform: platform, Period: m, Amount: amount(a1), EntryDate: d},
			{ID: id2, Platform: platform, Period: m, Amount: amount(a2), EntryDate: d},
			{ID: id3, Platform: "p", Period: m, Amount: amount(a3), EntryDate: d},
		}
		cs := []ledger.Collection{{ID: id1, Platform: platform, Period: m, Amount: amount(a1)}, {ID: id2, Platform: "p", Period: m, Amount: amount(a2)}}
		bs := []ledger.Due{{Platform: platform, Period: m, Amount: amount(a1)}}
		typed := func(err error) {
			t.Helper()
			if err == nil {
				return
			}
			for _, target := range []error{ledger.ErrBadRecord, ledger.ErrOverflow, ledger.ErrBadPosting, ledger.ErrConflict, ledger.ErrBadClearing, ledger.ErrNegative, ledger.ErrClosed} {
				if errors.Is(err, target) {
					if n := len(err.Error()); n > 1200 {
						t.Fatalf("an error of %d bytes: %.200s…", n, err)
					}
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		var j ledger.Journal
		booked := map[string]money.Amount{} // receipt ID → amount on the books
		reconcile := func(on calendar.Date) bool {
			r, err := j.Reconcile(rs, cs, bs, on)
			typed(err)
			if err != nil {
				return false
			}
			for _, p := range r.Postings {
				if p.Origin.IsZero() || p.Origin.PostingID() != p.ID {
					t.Fatalf("posting %q has origin %+v", p.ID, p.Origin)
				}
				_, err := j.Post(p)
				typed(err)
				if err != nil {
					t.Fatalf("Reconcile proposed %q, which Post refuses: %v", p.ID, err)
				}
			}
			for _, x := range rs {
				if !x.Amount.IsZero() {
					booked[x.ID] = x.Amount
				}
			}
			return true
		}
		check := func() {
			t.Helper()
			live := map[string]int{}
			var in money.Amount
			for _, p := range j.Postings() {
				if p.Origin.Kind != ledger.TreasuryReceipt {
					continue
				}
				if _, rev := j.Posting("R-" + p.ID); rev {
					continue
				}
				live[p.Origin.Ref]++
				in = plus(in, p.Lines[0].Debit)
			}
			var want money.Amount
			for id, a := range booked {
				if live[id] != 1 {
					t.Fatalf("receipt %q is on the books %d times", id, live[id])
				}
				want = plus(want, a)
			}
			if len(live) != len(booked) {
				t.Fatalf("%d receipts on the books, %d reported", len(live), len(booked))
			}
			if in != want || j.Total(ledger.SpecialAccount) != want {
				t.Fatalf("special account %s, receipts %s, bookings %s", j.Total(ledger.SpecialAccount), want, in)
			}
			if got := plus(j.Total(ledger.LevyIncome), j.Total(ledger.Suspense)); got != want {
				t.Fatalf("income + suspense = %s, received %s", got, want)
			}
		}
		if !reconcile(calendar.Date{}) {
			return
		}
		check()
		// a host posting under each ID: never one of the derived form
		for _, id := range []string{id1, id2, id3, ledger.ReceiptPostingID(id1)} {
			p := ledger.Posting{ID: id, Date: d, Period: calendar.MonthOfDate(d), Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}, Source: "host",
				Lines: []ledger.Line{{Subject: ledger.Medical, Debit: money.Fen(1)}, {Subject: ledger.FundBalance, Credit: money.Fen(1)}}}
			dup, err := j.Post(p)
			typed(err)
			if err == nil && !dup && (strings.HasPrefix(id, "treasury-receipt:") || strings.HasPrefix(id, "treasury-receipt#")) {
				t.Fatalf("host posting %q accepted", id)
			}
		}
		check()
		if !reverse {
			return
		}
		// the first receipt's booking reversed, then all reported again
		o, live := ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: id1, Seq: 1}, false
		if p, ok := j.Posting(o.PostingID()); ok {
			if err := j.Reverse(p.ID, "R-"+p.ID, d, "wrong"); err == nil {
				delete(booked, id1)
				live = true
			}
		}
		check()
		on, _ := calendar.ParseDate("2026-04-25")
		if reconcile(on) && live && !amount(a1).IsZero() {
			if _, ok := j.Posting(ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: id1, Seq: 2}.PostingID()); !ok {
				t.Fatalf("receipt %q, reversed and reported again, is not booked again", id1)
			}
		}
		check()
	})
}

package ledger_test

// Tests written for the survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// A line amount written with more decimals than fen is read by its value:
// 1.000 and 1.0000 are one yuan (a spreadsheet's export); 1.001, 1.005 and
// 1.009 are fractions of a fen, refused where a snapshot is read (a
// money.Amount cannot hold one).
func TestLineAmountTrailingZerosAndFractions(t *testing.T) {
	var j ledger.Journal
	for i, a := range []string{"1.000", "1.0000", "2.50000"} {
		_, err := j.Post(receiptPosting(t, "z"+string(rune('a'+i)), a))
		require.NoError(t, err, a)
	}
	snapshot := func(a string) []byte {
		return []byte(`{"postings":[{"id":"f","date":"2026-04-20","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t",` +
			`"lines":[{"subject":"ozb.asset.special_account","debit":"` + a + `"},{"subject":"ozb.income.levy","credit":"` + a + `"}]}],"closed":[]}`)
	}
	_, err := ledger.ParseSnapshot(snapshot("1.000"))
	require.NoError(t, err)
	for _, a := range []string{"1.001", "1.005", "1.009", "0.0001"} {
		_, err := ledger.ParseSnapshot(snapshot(a))
		assert.ErrorIs(t, err, ledger.ErrSnapshotJSON, a)
	}
}

// 第五十六、五十七条: an insurer's payment of a fraction of a fen is refused
// where it is read (0.005, 0.0051: a money.Amount cannot hold one, so two
// payments of 0.005 never sum to a fen); one written with trailing zeros is
// whole fen.
func TestSettlementPaymentInFen(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	pay := func(a string) ledger.Payment {
		return ledger.Payment{ID: "p", Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: ledger.Medical, Amount: money.MustParse(a)}
	}
	for _, a := range []string{"0.005", "1.001", "0.0051"} {
		var p ledger.Payment
		err := json.Unmarshal([]byte(`{"id":"p","amount":"`+a+`"}`), &p)
		assert.ErrorIs(t, err, money.ErrFraction, a)
	}
	s, err := ledger.Settle("ins", m, []ledger.Payment{pay("1.230")}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	require.NoError(t, err)
	assert.Equal(t, "1.23", s.Total.String())
	// 第五十七条: the settlement's Chinese explanation gives each item's
	// amount to the fen.
	zh := strings.Join(s.Explain(explain.Chinese), "\n")
	assert.Contains(t, zh, "1 笔，1.23 元")
	assert.NotContains(t, zh, "1.230")
}

// An ID is valid UTF-8: a byte that starts no character (0x80, a
// continuation byte) is refused where it stands, like any other.
func TestIDWithAStrayContinuationByte(t *testing.T) {
	for _, id := range []string{"a\x80b", "\x80", "ab\xc0"} {
		var j ledger.Journal
		_, err := j.Post(receiptPosting(t, id, "1.00"))
		assert.ErrorIs(t, err, ledger.ErrBadID, "%q", id)
	}
}

// 第十八条: a receipt held in suspense whose money entered the treasury in
// one year and which was booked in the next is held whole in one year or
// the other, never split by a fen between them.
func TestHeldReceiptAcrossTheYearIsWhole(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-11")
	a := money.MustParse("100.00")
	rc := []ledger.Receipt{{ID: "H1", Platform: "p-H1", Period: m, Amount: a, EntryDate: testdates.Day(t, "2026-12-30")}}
	r, err := j.Reconcile(rc, []ledger.Collection{{ID: "C-H1", Platform: "p-H1", Period: m, Amount: plus(a, money.Fen(7))}},
		[]ledger.Due{{Platform: "p-H1", Period: m, Amount: a}}, testdates.Day(t, "2027-01-05"))
	require.NoError(t, err)
	postAll(t, &j, r)
	require.True(t, j.IsOpen(ledger.ReceiptPostingID("H1")))
	total := money.Amount{}
	for _, y := range []int{2026, 2027} {
		s := summary(t, &j, y)
		assert.True(t, s.Held.IsZero() || s.Held == a, "%d: held %s", y, s.Held)
		total = plus(total, s.Held)
	}
	assert.True(t, total.Cmp(a) >= 0, "held at the end of one year at least")
}

// A refused line or collection is named by its place, counted from 1.
func TestLedgerRefusalsNameTheEntry(t *testing.T) {
	p := receiptPosting(t, "x", "1.00")
	p.Lines = append(p.Lines, ledger.Line{Subject: ledger.LevyIncome, Credit: amt("-0.01")})
	var j ledger.Journal
	_, err := j.Post(p)
	require.ErrorIs(t, err, ledger.ErrBadPosting)
	assert.Contains(t, err.Error(), "line 3:")

	m := testdates.Month(t, "2026-03")
	ok := ledger.Collection{ID: "C1", Platform: "p", Period: m, Amount: amt("1.00")}
	_, err = j.Reconcile(nil, []ledger.Collection{ok, {ID: "C2", Platform: "p", Amount: amt("1.00")}}, nil, testdates.Day(t, "2026-04-20"))
	require.ErrorIs(t, err, ledger.ErrBadRecord)
	assert.Contains(t, err.Error(), "collection #2")
}

// A record whose platform is not a valid ID is named by its place and ID.
func TestRecordPlatformRefusalNamesTheRecord(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	var j ledger.Journal
	_, err := j.Reconcile(nil, []ledger.Collection{
		{ID: "C1", Platform: "p", Period: m, Amount: amt("1.00")},
		{ID: "C2", Platform: "p q", Period: m, Amount: amt("1.00")},
	}, nil, testdates.Day(t, "2026-04-20"))
	require.ErrorIs(t, err, ledger.ErrBadRecord)
	assert.Contains(t, err.Error(), `collection #2 "C2": platform`)
}

// 第五十六条: an insurer's advance is paid under an expenditure subject of
// the scheme; a known subject that is not an expenditure (the levy income,
// the special account) is refused like an unknown one.
func TestSettlementPaymentUnderAnExpenditureSubject(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	for _, sub := range []ledger.Subject{ledger.LevyIncome, ledger.SpecialAccount, "cash"} {
		p := ledger.Payment{ID: "p", Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: sub, Amount: amt("1.00")}
		_, err := ledger.Settle("ins", m, []ledger.Payment{p}, money.Amount{}, testdates.Day(t, "2026-04-10"))
		assert.ErrorIs(t, err, ledger.ErrBadPayment, string(sub))
	}
}

// A reconciliation's matches are listed by fee period, then platform,
// whatever order the records come in.
func TestMatchesListedByPeriodThenPlatform(t *testing.T) {
	feb, mar := testdates.Month(t, "2026-02"), testdates.Month(t, "2026-03")
	var j ledger.Journal
	r, err := j.Reconcile(nil, []ledger.Collection{
		{ID: "C1", Platform: "a", Period: mar, Amount: amt("1.00")},
		{ID: "C2", Platform: "b", Period: feb, Amount: amt("1.00")},
		{ID: "C3", Platform: "a", Period: feb, Amount: amt("1.00")},
	}, nil, testdates.Day(t, "2026-04-20"))
	require.NoError(t, err)
	require.Len(t, r.Matches, 3)
	got := []string{}
	for _, m := range r.Matches {
		got = append(got, m.Key.Period.String()+" "+m.Key.Platform)
	}
	assert.Equal(t, []string{"2026-02 a", "2026-02 b", "2026-03 a"}, got)
}

// A posting that would take the special account below zero says by how
// much, to the fen.
func TestNegativeBalanceSaidToTheFen(t *testing.T) {
	var j ledger.Journal
	_, err := j.Post(receiptPosting(t, "in", "1.00"))
	require.NoError(t, err)
	p := receiptPosting(t, "over", "1.25")
	p.Lines = []ledger.Line{{Subject: ledger.LevyIncome, Debit: amt("1.25")}, {Subject: ledger.SpecialAccount, Credit: amt("1.25")}}
	_, err = j.Post(p)
	require.ErrorIs(t, err, ledger.ErrNegative)
	assert.Contains(t, err.Error(), "at -0.25 on")
}

// Refused receipts and collections are named by their place: a receipt
// with no fee period, a collection with a bad ID.
func TestMoreRecordRefusalsNameTheRecord(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	var j ledger.Journal
	_, err := j.Reconcile([]ledger.Receipt{
		{ID: "R1", Platform: "p", Period: m, Amount: amt("1.00"), EntryDate: testdates.Day(t, "2026-04-10")},
		{ID: "R2", Platform: "p", Amount: amt("1.00"), EntryDate: testdates.Day(t, "2026-04-10")},
	}, nil, nil, testdates.Day(t, "2026-04-20"))
	require.ErrorIs(t, err, ledger.ErrBadRecord)
	assert.Contains(t, err.Error(), `receipt #2 "R2": no fee period`)
	_, err = j.Reconcile(nil, []ledger.Collection{
		{ID: "C1", Platform: "p", Period: m, Amount: amt("1.00")},
		{ID: "C 2", Platform: "p", Period: m, Amount: amt("1.00")},
	}, nil, testdates.Day(t, "2026-04-20"))
	require.ErrorIs(t, err, ledger.ErrBadRecord)
	assert.Contains(t, err.Error(), "collection #2: ID")
}

// 第五十七条: a settlement books each insurer payment under an ID derived
// from the payment alone, the same in every run and every version, so that
// settling the month again posts nothing twice.
func TestSettlementPostingIDsAreStable(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	pay := ledger.Payment{ID: "P1", Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: ledger.Medical, Amount: amt("1.00")}
	s, err := ledger.Settle("ins", m, []ledger.Payment{pay}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	require.NoError(t, err)
	require.NotEmpty(t, s.Postings)
	assert.Equal(t, "benefit-paid:P1", s.Postings[0].ID)
	again, err := ledger.Settle("ins", m, []ledger.Payment{pay}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	require.NoError(t, err)
	assert.Equal(t, s.Postings, again.Postings)
}

// 第十八条: a receipt entered in a closed period is booked in the first open
// period after it, up to the reconciliation's month; a reconciliation dated
// before the money entered the treasury cannot book it, even with an open
// period there to book it in.
func TestClosedPeriodReceiptNotBeforeItsEntry(t *testing.T) {
	var j ledger.Journal
	j.Close(testdates.Month(t, "2026-11"))
	_, err := heldAgain(t, &j, "E", "50.00", "2026-11-20", "2026-11-19")
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
	r, err := heldAgain(t, &j, "E", "50.00", "2026-11-20", "2026-12-02")
	require.NoError(t, err)
	require.NotEmpty(t, r.Postings)
	assert.Equal(t, "2026-12", r.Postings[0].Period.String())
}

// A receipt whose amount is refused is named by its place.
func TestReceiptAmountRefusalNamesTheReceipt(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	var j ledger.Journal
	_, err := j.Reconcile([]ledger.Receipt{
		{ID: "R1", Platform: "p", Period: m, Amount: amt("1.00"), EntryDate: testdates.Day(t, "2026-04-10")},
		{ID: "R2", Platform: "p", Period: m, Amount: amt("-1.00"), EntryDate: testdates.Day(t, "2026-04-10")},
	}, nil, nil, testdates.Day(t, "2026-04-20"))
	require.ErrorIs(t, err, ledger.ErrBadRecord)
	assert.Contains(t, err.Error(), `receipt #2 "R2": the amount`)
}

// Round 7. 第十六条 with 第十八条: a held receipt paid back in full in the next
// year (a clearing refunding everything, as ClearHeld writes it, or as a
// host writes it booked in the month the money entered), then that clearing
// reversed: the entry year still holds the receipt to the fen, no more, and
// the next year holds it again once the clearing is undone.
func TestFullRefundClearingReversedAcrossTheYear(t *testing.T) {
	for _, inEntryMonth := range []bool{false, true} {
		var j ledger.Journal
		_, err := heldThenAgreed(t, &j, "T1", "100.00", "2026-12-30", "2026-12-31", "2026-12-31")
		require.NoError(t, err)
		p, err := ledger.ClearHeld("CH", j.OpenItems()[0], testdates.Day(t, "2027-01-05"), amt("100.00"), "p")
		require.NoError(t, err)
		if inEntryMonth {
			p.Period = testdates.Month(t, "2026-12")
		}
		_, err = j.Post(p)
		require.NoError(t, err)
		require.NoError(t, j.Reverse("CH", "CH-rev", testdates.Day(t, "2027-01-20"), "paid back by mistake"))
		s26, s27 := summary(t, &j, 2026), summary(t, &j, 2027)
		assert.Equal(t, "100.00", s26.Held.String(), "booked in the entry month: %v", inEntryMonth)
		assert.Equal(t, 1, s26.HeldCount, inEntryMonth)
		assert.Equal(t, "100.00", s27.Held.String(), inEntryMonth)
		assert.True(t, s26.LevyIncome.IsZero(), inEntryMonth)
		assert.True(t, s27.LevyIncome.IsZero(), inEntryMonth)
	}
}

// 第七十七条: a payment posted and reversed in the same year leaves no
// expenditure line (not a line of 0.00 with no payments) in that year's
// summary.
func TestReversedPaymentLeavesNoExpenditureLine(t *testing.T) {
	var j ledger.Journal
	p := ledger.Posting{ID: "d", Date: testdates.Day(t, "2026-04-03"), Period: testdates.Month(t, "2026-04"),
		Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}, Source: "t",
		Lines: []ledger.Line{{Subject: ledger.BenefitSubject(benefits.DisabilityAllowance), Debit: amt("300.00")}, {Subject: ledger.InsurerPayable, Credit: amt("300.00")}}}
	_, err := j.Post(p)
	require.NoError(t, err)
	require.NoError(t, j.Reverse("d", "d-rev", testdates.Day(t, "2026-04-30"), "entered twice"))
	s := summary(t, &j, 2026)
	assert.Empty(t, s.Expenditure)
	assert.True(t, s.Spent.IsZero())
}

// A reversal mirrors its original whole: one that reverses only some of
// its lines (a balanced half of a posting of four lines) and one that also
// clears an open item are refused (ErrFalseReversal), and the original
// stays unreversed.
func TestReversalMirrorsTheWholePosting(t *testing.T) {
	var j ledger.Journal
	orig := receiptPosting(t, "r", "5.00")
	orig.Lines = []ledger.Line{{Subject: ledger.SpecialAccount, Debit: amt("5.00")}, {Subject: ledger.SpecialAccount, Debit: amt("5.00")},
		{Subject: ledger.LevyIncome, Credit: amt("5.00")}, {Subject: ledger.LevyIncome, Credit: amt("5.00")}}
	_, err := j.Post(orig)
	require.NoError(t, err)
	half := orig
	half.ID, half.Reverses = "half", "r"
	half.Lines = []ledger.Line{{Subject: ledger.SpecialAccount, Credit: amt("5.00")}, {Subject: ledger.LevyIncome, Debit: amt("5.00")}}
	_, err = j.Post(half)
	assert.ErrorIs(t, err, ledger.ErrFalseReversal, "half a posting")

	held := receiptPosting(t, "h", "7.00")
	held.Lines = []ledger.Line{{Subject: ledger.SpecialAccount, Debit: amt("7.00")}, {Subject: ledger.Suspense, Credit: amt("7.00")}}
	_, err = j.Post(held)
	require.NoError(t, err)
	whole := orig
	whole.ID, whole.Reverses, whole.Clears = "whole", "r", "h"
	whole.Lines = []ledger.Line{{Subject: ledger.SpecialAccount, Credit: amt("5.00")}, {Subject: ledger.SpecialAccount, Credit: amt("5.00")},
		{Subject: ledger.LevyIncome, Debit: amt("5.00")}, {Subject: ledger.LevyIncome, Debit: amt("5.00")}}
	_, err = j.Post(whole)
	assert.Error(t, err, "a reversal that clears")
	assert.True(t, j.IsOpen("h"))
	whole.Clears = ""
	_, err = j.Post(whole)
	require.NoError(t, err, "the exact mirror")
}

// A line amount of 17 significant digits that is whole fen (1 元 written
// with 16 decimals) is read by its value.
func TestLineAmountOfSeventeenDigits(t *testing.T) {
	var j ledger.Journal
	_, err := j.Post(receiptPosting(t, "z", "1.0000000000000000"))
	require.NoError(t, err)
	s := summary(t, &j, 2026)
	assert.Equal(t, "1.00", s.LevyIncome.String())
}

// An insurer's payment refused for its ID is named by its place, counted
// from 1 (第五十六条).
func TestSettlementRefusalNamesThePayment(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	pay := func(id string) ledger.Payment {
		return ledger.Payment{ID: id, Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: ledger.Medical, Amount: amt("1.00")}
	}
	_, err := ledger.Settle("ins", m, []ledger.Payment{pay("p1"), pay("p 2")}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.Contains(t, err.Error(), "payment #2:")
}

// Round 8. 第十七条: the reasons a reconciliation gives quote each amount
// to the fen, as the records have it.
func TestReconciliationReasonsQuoteTheAmounts(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	on := testdates.Day(t, "2026-04-20")
	var j ledger.Journal
	r, err := j.Reconcile(
		[]ledger.Receipt{{ID: "R1", Platform: "a", Period: m, Amount: amt("100.05"), EntryDate: testdates.Day(t, "2026-04-10")},
			{ID: "R2", Platform: "b", Period: m, Amount: amt("7.00"), EntryDate: testdates.Day(t, "2026-04-10")}},
		[]ledger.Collection{{ID: "C2", Platform: "b", Period: m, Amount: amt("7.10")}, {ID: "C3", Platform: "c", Period: m, Amount: amt("0.05")}},
		[]ledger.Due{{Platform: "d", Period: m, Amount: amt("12.34")}}, on)
	require.NoError(t, err)
	reasons := map[string]string{}
	for _, x := range r.Matches {
		reasons[x.Key.Platform] = x.Reason
	}
	assert.Contains(t, reasons["a"], "the treasury received 100.05 元 that")
	assert.Contains(t, reasons["b"], "the treasury received 7.00 元, the tax bureau collected 7.10 元")
	assert.Contains(t, reasons["c"], "the tax bureau collected 0.05 元 that")
	assert.Contains(t, reasons["d"], "an order summary of 12.34 元 but")
}

// 第十六条: ClearHeld refuses an item holding nothing and one past the
// largest amount a line may carry (10¹² 元), whatever the refund.
func TestClearHeldRefusesAnEmptyOrHugeItem(t *testing.T) {
	it := ledger.OpenItem{PostingID: "h", Date: testdates.Day(t, "2026-04-10"), FeePeriod: testdates.Month(t, "2026-03"),
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}}
	for _, a := range []string{"0.00", "1000000000000.01"} {
		it.Amount = amt(a)
		_, err := ledger.ClearHeld("c", it, testdates.Day(t, "2026-04-20"), money.Amount{}, "p")
		assert.ErrorIs(t, err, ledger.ErrBadClearing, a)
	}
	it.Amount = amt("1000000000000.00")
	_, err := ledger.ClearHeld("c", it, testdates.Day(t, "2026-04-20"), money.Amount{}, "p")
	require.NoError(t, err, "the largest amount")
}

// 第十六、十八条: a clearing's source says what it did: all into levy income
// (nothing paid back), all paid back, or a part paid back — one fen is a
// part.
func TestClearHeldSourceSaysWhatMoved(t *testing.T) {
	it := ledger.OpenItem{PostingID: "h", Date: testdates.Day(t, "2026-04-10"), FeePeriod: testdates.Month(t, "2026-03"),
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Amount: amt("5.00")}
	for back, want := range map[string]string{"0": "cleared into levy income", "5.00": "refunded to acct", "0.01": "0.01 refunded to acct"} {
		p, err := ledger.ClearHeld("c", it, testdates.Day(t, "2026-04-20"), amt(back), "acct")
		require.NoError(t, err, back)
		assert.Contains(t, p.Explain(explain.English), want, back)
	}
}

// Round 8: every refusal that names an item by its place counts from 1 in
// the order the caller gave, whatever order the records are worked in
// (receipts are worked in the order of their IDs): the clerk finds the row
// of the import that was refused (第十八条 reconciliation, 第五十七条
// settlement).
func TestEveryPlaceInARefusalCountsFromOne(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	on := testdates.Day(t, "2026-04-20")
	entered := testdates.Day(t, "2026-04-10")
	okR := ledger.Receipt{ID: "R9", Platform: "p", Period: m, Amount: amt("1.00"), EntryDate: entered}
	okC := ledger.Collection{ID: "C1", Platform: "p", Period: m, Amount: amt("1.00")}
	for name, c := range map[string]struct {
		receipts    []ledger.Receipt
		collections []ledger.Collection
		want        string
	}{
		"receipt without an entry date": {receipts: []ledger.Receipt{okR, {ID: "R1", Platform: "p", Period: m, Amount: amt("1.00")}}, want: `receipt #2 "R1": no entry date`},
		"receipt with a bad ID":         {receipts: []ledger.Receipt{okR, {ID: "R 1", Platform: "p", Period: m, Amount: amt("1.00"), EntryDate: entered}}, want: "receipt #2: ID"},
		"receipt with a bad platform":   {receipts: []ledger.Receipt{okR, {ID: "R1", Platform: "p q", Period: m, Amount: amt("1.00"), EntryDate: entered}}, want: `receipt #2 "R1": platform`},
		"third receipt":                 {receipts: []ledger.Receipt{okR, {ID: "R8", Platform: "p", Period: m, Amount: amt("1.00"), EntryDate: entered}, {ID: "R1", Platform: "p", Amount: amt("1.00"), EntryDate: entered}}, want: `receipt #3 "R1": no fee period`},
		"collection below zero":         {collections: []ledger.Collection{okC, {ID: "C2", Platform: "p", Period: m, Amount: amt("-1.00")}}, want: `collection #2 "C2": the amount`},
		"collection with a bad ID":      {collections: []ledger.Collection{okC, {ID: "", Platform: "p", Period: m, Amount: amt("1.00")}}, want: "collection #2: ID"},
	} {
		var j ledger.Journal
		_, err := j.Reconcile(c.receipts, c.collections, nil, on)
		require.ErrorIs(t, err, ledger.ErrBadRecord, name)
		assert.Contains(t, err.Error(), c.want, name)
	}

	// A posting's line that is not a subject of the scheme is named by its
	// place (第七十七条: the scheme's own subjects).
	p := receiptPosting(t, "x", "1.00")
	p.Lines[1].Subject = "cash"
	var j ledger.Journal
	_, err := j.Post(p)
	require.ErrorIs(t, err, ledger.ErrNotScheme)
	assert.Contains(t, err.Error(), "line 2:")

	// 第五十七条: a payment ID given twice is named at its second place.
	pay := func(id string) ledger.Payment {
		return ledger.Payment{ID: id, Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: ledger.Medical, Amount: amt("1.00")}
	}
	_, err = ledger.Settle("ins", m, []ledger.Payment{pay("p1"), pay("p2"), pay("p1")}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.Contains(t, err.Error(), `payment #3: repeated ID "p1"`)
}

// Round 8. 第七十七条: interest and an expenditure booked in the next year's
// period (the books of their own year closed), then reversed there, are
// listed among the earlier year's items with their own signs: the
// original positive, the reversal negative, so the two cancel.
func TestPriorYearInterestAndExpenditureReversed(t *testing.T) {
	var j ledger.Journal
	jan := testdates.Month(t, "2027-01")
	post := func(id, date string, d, c ledger.Subject, a string) {
		_, err := j.Post(ledger.Posting{ID: id, Date: testdates.Day(t, date), Period: jan, Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}, Source: "t",
			Lines: []ledger.Line{{Subject: d, Debit: amt(a)}, {Subject: c, Credit: amt(a)}}})
		require.NoError(t, err)
	}
	post("i", "2026-12-21", ledger.SpecialAccount, ledger.InterestIncome, "3.50")
	post("x", "2026-12-22", ledger.BenefitSubject(benefits.DisabilityAllowance), ledger.InsurerPayable, "2.25")
	require.NoError(t, j.Reverse("i", "i-rev", testdates.Day(t, "2027-01-05"), "interest entered twice"))
	require.NoError(t, j.Reverse("x", "x-rev", testdates.Day(t, "2027-01-06"), "paid twice"))
	s := summary(t, &j, 2027)
	got := []string{}
	for _, l := range s.PriorYear {
		got = append(got, l.PostingID+" "+l.Amount.String())
	}
	assert.Equal(t, []string{"i 3.50", "x 2.25", "i-rev -3.50", "x-rev -2.25"}, got)
	assert.True(t, s.Interest.IsZero())
	assert.Equal(t, 0, s.InterestCount)
	assert.Empty(t, s.Expenditure)
	assert.Empty(t, summary(t, &j, 2026).PriorYear)
}

// Round 8. 第十八条: a receipt entered in a closed period is booked in the
// first open period after it only up to the reconciliation's month: a
// reconciliation dated in the closed month itself, after the entry, has no
// period to book it in and is refused (never booked in a later month than
// its own); the entry's day itself, or a day of the open month, books it.
func TestClosedPeriodReceiptBookedNoLaterThanTheReconciliation(t *testing.T) {
	var j ledger.Journal
	j.Close(testdates.Month(t, "2026-11"))
	for _, on := range []string{"2026-11-25", "2026-11-30", "2026-11-20"} {
		_, err := heldAgain(t, &j, "E", "50.00", "2026-11-20", on)
		require.ErrorIs(t, err, ledger.ErrBadRecord, on)
		assert.Contains(t, err.Error(), "first open period after it", on)
	}
	r, err := heldAgain(t, &j, "E", "50.00", "2026-11-20", "2026-12-01")
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, "2026-12", r.Postings[0].Period.String())
}

// Found by TestJournalStateMachine (session of issue 19's round 8): a
// receipt held in suspense, cleared, and its clearing reversed, is held
// again only from that reversal's date. A reversal of the receipt dated
// before it would take out of suspense money the books then held for other
// items, and a later clearing of one of those, dated before, could no
// longer be posted (第十七、十八条). Refused (ErrFalseReversal); on or after
// the date it is booked.
func TestReceiptReversalNotBeforeItIsHeldAgain(t *testing.T) {
	var j ledger.Journal
	_, err := heldThenAgreed(t, &j, "T1", "1.00", "2026-03-10", "2026-03-12", "2026-03-12")
	require.NoError(t, err)
	p, err := ledger.ClearHeld("CH", j.OpenItems()[0], testdates.Day(t, "2026-04-05"), money.Amount{}, "p")
	require.NoError(t, err)
	_, err = j.Post(p)
	require.NoError(t, err)
	require.NoError(t, j.Reverse("CH", "CH-rev", testdates.Day(t, "2026-12-01"), "cleared by mistake"))
	held := ledger.ReceiptPostingID("T1")
	require.True(t, j.IsOpen(held))
	err = j.Reverse(held, "T1-rev", testdates.Day(t, "2026-04-15"), "entered twice")
	require.ErrorIs(t, err, ledger.ErrFalseReversal)
	assert.Contains(t, err.Error(), "2026-12-01")
	require.True(t, j.IsOpen(held), "nothing booked")
	require.NoError(t, j.Reverse(held, "T1-rev", testdates.Day(t, "2026-12-01"), "entered twice"))
	assert.False(t, j.IsOpen(held))
}

// Round 9. 第十八条 under RefuseClosedYear: a treasury receipt that entered
// in a closed December, planned while the rule was BookInOpenYear (booked in
// the next January), is refused by Post once the rule is RefuseClosedYear;
// a posting the host wrote itself (no treasury origin) is not the
// treasury's money and is booked.
func TestRefuseClosedYearAppliesToTreasuryReceipts(t *testing.T) {
	var j ledger.Journal
	j.Close(testdates.Month(t, "2026-12"))
	m := testdates.Month(t, "2026-11")
	a := amt("80.00")
	r, err := j.Reconcile([]ledger.Receipt{{ID: "R1", Platform: "p", Period: m, Amount: a, EntryDate: testdates.Day(t, "2026-12-30")}},
		[]ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: a}}, []ledger.Due{{Platform: "p", Period: m, Amount: a}},
		testdates.Day(t, "2027-01-10"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	rc := r.Postings[0]
	require.Equal(t, "2027-01", rc.Period.String())
	require.NoError(t, j.SetClosedYearRule(ledger.RefuseClosedYear))
	_, err = j.Post(rc)
	assert.ErrorIs(t, err, ledger.ErrClosedYear)

	own := receiptPosting(t, "own", "5.00")
	own.Date, own.Period = testdates.Day(t, "2026-12-30"), testdates.Month(t, "2027-01")
	_, err = j.Post(own)
	require.NoError(t, err)
}

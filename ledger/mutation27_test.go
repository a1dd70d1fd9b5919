package ledger_test

// Tests for the paths the coverage of ledger left unmet (issue 19, session
// 27): each refusal and edge is reached and its exact outcome asserted.

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// A value outside an enum's list has no Chinese name; a subject outside the
// chart is named as it is.
func TestLedgerChineseOfValuesOutsideTheLists(t *testing.T) {
	assert.Empty(t, ledger.EndReason("bogus").Chinese())
	assert.Empty(t, ledger.OriginKind("bogus").Chinese())
	assert.Empty(t, ledger.Type("bogus").Chinese())
	assert.Empty(t, ledger.ClosedYearRule(99).Chinese())
	assert.Empty(t, ledger.Outcome("bogus").Chinese())
	assert.Equal(t, "bogus", ledger.Subject("bogus").Chinese())
	assert.Equal(t, "ozb.expense.bogus", ledger.Subject("ozb.expense.bogus").Chinese())
	assert.NotEmpty(t, ledger.BookInOpenYear.Chinese())
	assert.NotEqual(t, ledger.BookInOpenYear.Chinese(), ledger.RefuseClosedYear.Chinese())
}

// A closed-year rule reads back from its name, each of the two.
func TestClosedYearRuleReadsItsNames(t *testing.T) {
	for _, want := range []ledger.ClosedYearRule{ledger.BookInOpenYear, ledger.RefuseClosedYear} {
		b, err := want.MarshalText()
		require.NoError(t, err)
		got := ledger.ClosedYearRule(99)
		require.NoError(t, got.UnmarshalText(b), string(b))
		assert.Equal(t, want, got, string(b))
	}
	var r ledger.ClosedYearRule
	assert.ErrorIs(t, r.UnmarshalText([]byte("book_in_closed_year")), ledger.ErrBadRule)
}

// The nil *IDError still says what it is; the nil Journal has no open
// item; a negative size hint is an empty journal that works.
func TestLedgerNilAndNegative(t *testing.T) {
	assert.Equal(t, "invalid ID", (*ledger.IDError)(nil).Error())
	var nj *ledger.Journal
	since, ok := nj.OpenSince("r1")
	assert.False(t, ok)
	assert.True(t, since.IsZero())
	j := ledger.NewJournal(-5)
	dup, err := j.Post(receiptPosting(t, "x", "1.00"))
	require.NoError(t, err)
	assert.False(t, dup)
	assert.Len(t, j.Postings(), 1)
}

// A posting with no date or no period is refused, naming which and the
// posting.
func TestPostingWithoutDateOrPeriod(t *testing.T) {
	var j ledger.Journal
	p := receiptPosting(t, "x", "1.00")
	p.Date = calendar.Date{}
	_, err := j.Post(p)
	require.ErrorIs(t, err, ledger.ErrBadPosting)
	assert.True(t, strings.HasSuffix(err.Error(), `"x": no date`), err.Error())
	p = receiptPosting(t, "x", "1.00")
	p.Period = calendar.Month{}
	_, err = j.Post(p)
	require.ErrorIs(t, err, ledger.ErrBadPosting)
	assert.True(t, strings.HasSuffix(err.Error(), `"x": no period`), err.Error())
	assert.Empty(t, j.Postings())
}

// A posting that says it books a document is refused when its Origin does
// not fit the posting: each rule names itself.
func TestOriginRefusals(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	for _, tc := range []struct {
		want             string
		o                ledger.Origin
		reverses, clears string
	}{
		{want: `origin: unknown kind "bogus"`, o: ledger.Origin{Kind: "bogus", Ref: "r1", Seq: 1}},
		{want: "origin: a month is for an insurer settlement, and only for one", o: ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "r1", Seq: 1, Month: m}},
		{want: "origin: a month is for an insurer settlement, and only for one", o: ledger.Origin{Kind: ledger.InsurerSettlement, Ref: "ins", Seq: 1}},
		{want: "origin: a posting that books a document reverses nothing", o: ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "r1", Seq: 1}, reverses: "y"},
		{want: "origin: a suspense-clear posting clears a receipt held in suspense", o: ledger.Origin{Kind: ledger.SuspenseClearing, Ref: "r1", Seq: 1}},
		{want: "origin: a treasury-receipt posting clears nothing", o: ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "r1", Seq: 1}, clears: "y"},
		{want: "origin: ref: ", o: ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "r 1", Seq: 1}},
	} {
		var j ledger.Journal
		p := receiptPosting(t, "x", "1.00")
		p.Origin, p.Reverses, p.Clears = tc.o, tc.reverses, tc.clears
		_, err := j.Post(p)
		require.ErrorIs(t, err, ledger.ErrBadPosting, tc.want)
		assert.Contains(t, err.Error(), `"x": `+tc.want, err.Error())
	}
}

// A reversal of an ID the journal lacks, and a clearing of a posting that
// holds nothing in suspense, are refused naming both IDs; a clearing
// booked for one receipt that points at a posting booking another is
// refused naming the receipt and the posting.
func TestReversalAndClearingOfWhatIsNotThere(t *testing.T) {
	var j ledger.Journal
	_, err := j.Post(receiptPosting(t, "r0", "1.00"))
	require.NoError(t, err)

	p := receiptPosting(t, "y", "1.00")
	p.Lines[0], p.Lines[1] = ledger.Line{Subject: ledger.SpecialAccount, Credit: amt("1.00")}, ledger.Line{Subject: ledger.LevyIncome, Debit: amt("1.00")}
	p.Reverses = "nope"
	_, err = j.Post(p)
	require.ErrorIs(t, err, ledger.ErrUnknownID)
	assert.True(t, strings.HasSuffix(err.Error(), `: "y" reverses "nope"`), err.Error())

	c := receiptPosting(t, "c1", "1.00")
	c.Clears = "r0"
	_, err = j.Post(c)
	require.ErrorIs(t, err, ledger.ErrBadClearing)
	assert.True(t, strings.HasSuffix(err.Error(), `: "c1" clears "r0", which holds nothing in suspense`), err.Error())

	o := ledger.Origin{Kind: ledger.SuspenseClearing, Ref: "r9", Seq: 1}
	c = receiptPosting(t, o.PostingID(), "1.00")
	c.Origin, c.Clears = o, "r0"
	_, err = j.Post(c)
	require.ErrorIs(t, err, ledger.ErrBadClearing)
	assert.True(t, strings.HasSuffix(err.Error(), `clears receipt "r9", but "r0" does not book it`), err.Error())
	assert.Len(t, j.Postings(), 1)
}

// 第五十七条: a payment by another insurer is refused naming both insurers;
// a worker ID that validID refuses is refused naming the payment, not the
// worker; payments whose total passes money's range are refused.
func TestSettleRefusalsNameThePayment(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	on := testdates.Day(t, "2026-04-10")
	pay := func(id string) ledger.Payment {
		return ledger.Payment{ID: id, Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: ledger.Medical, Amount: amt("1.00")}
	}
	other := pay("p1")
	other.Insurer = "other"
	_, err := ledger.Settle("ins", m, []ledger.Payment{other}, money.Amount{}, on)
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.True(t, strings.HasSuffix(err.Error(), `: payment "p1" is by "other", not "ins"`), err.Error())

	badWorker := pay("p1")
	badWorker.Worker = "310101 19900101"
	_, err = ledger.Settle("ins", m, []ledger.Payment{badWorker}, money.Amount{}, on)
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.ErrorIs(t, err, ledger.ErrBadID)
	assert.Contains(t, err.Error(), `: payment "p1": worker: `)
	assert.NotContains(t, err.Error(), "19900101")

	big1, big2 := pay("p1"), pay("p2")
	big1.Amount, big2.Amount = amt("92233720368547758.07"), amt("0.01")
	_, err = ledger.Settle("ins", m, []ledger.Payment{big1, big2}, money.Amount{}, on)
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.True(t, strings.HasSuffix(err.Error(), ": the month's total is more than one posting line may carry (10¹² 元)"), err.Error())
	// One payment: the sum fits money, and the total is said with its figure.
	_, err = ledger.Settle("ins", m, []ledger.Payment{big1}, money.Amount{}, on)
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.True(t, strings.HasSuffix(err.Error(), ": the month's total 92233720368547758.07 元 is more than one posting line may carry (10¹² 元)"), err.Error())
	big1.Amount = amt("1000000000000.00")
	s, err := ledger.Settle("ins", m, []ledger.Payment{big1}, money.Amount{}, on)
	require.NoError(t, err)
	assert.Equal(t, "1000000000000.00", s.Total.String())
}

// A settlement for the calendar's last month has no month after it to be
// settled in: refused, not wrapped. A 第六十四条 ban that would end past
// 9999 cannot be given: BanEnds, CheckInsurer and CheckPayments refuse the
// end, naming why.
func TestSettlementAndBanPastTheLastYear(t *testing.T) {
	_, err := ledger.Settle("ins", testdates.Month(t, "9999-12"), nil, money.Amount{}, testdates.Day(t, "9999-12-31"))
	require.ErrorIs(t, err, ledger.ErrBadPayment)
	assert.True(t, strings.HasPrefix(err.Error(), ledger.ErrBadPayment.Error()+": "), err.Error())

	end := ledger.AgreementEnd{Insurer: "ins", Ended: testdates.Day(t, "9997-03-01"), Reason: ledger.Fraud}
	_, _, err = end.BanEnds()
	require.ErrorIs(t, err, ledger.ErrBadAgreementEnd)
	assert.True(t, strings.HasPrefix(err.Error(), ledger.ErrBadAgreementEnd.Error()+": "), err.Error())
	assert.ErrorIs(t, ledger.CheckInsurer("ins", testdates.Day(t, "9997-03-02"), []ledger.AgreementEnd{end}), ledger.ErrBadAgreementEnd)
	assert.ErrorIs(t, ledger.CheckPayments(nil, []ledger.AgreementEnd{end}), ledger.ErrBadAgreementEnd)
	// One year earlier the ban ends on 9999-02-28 (no 29 February in 9999).
	end.Ended = testdates.Day(t, "9996-02-29")
	last, bans, err := end.BanEnds()
	require.NoError(t, err)
	assert.True(t, bans)
	assert.Equal(t, "9999-02-28", last.String())
}

// A snapshot lists the closed periods in order, whatever order they were
// closed in, and an empty journal's postings as [], not null.
func TestSnapshotOrderAndEmpty(t *testing.T) {
	var j ledger.Journal
	for _, m := range []string{"2026-05", "2026-01", "2026-03"} {
		j.Close(testdates.Month(t, m))
	}
	s := j.Snapshot()
	require.NotNil(t, s.Postings)
	assert.Empty(t, s.Postings)
	require.Len(t, s.Closed, 3)
	assert.Equal(t, []string{"2026-01", "2026-03", "2026-05"}, []string{s.Closed[0].String(), s.Closed[1].String(), s.Closed[2].String()})
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"postings":[]`)
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// WriteTable returns the writer's error; a summary made by hand with
// negative refunds shows them as their amount (−(−x) is x).
func TestWriteTableErrorsAndNegativeRefunds(t *testing.T) {
	err := ledger.Summary{}.WriteTable(failingWriter{})
	require.Error(t, err)
	assert.Equal(t, "disk full", err.Error())
	var b strings.Builder
	require.NoError(t, ledger.Summary{Refunds: amt("-12.34")}.WriteTable(&b))
	assert.Regexp(t, `of which refunds paid \(第十六条\)\s+12\.34\b`, b.String())
	assert.NotContains(t, b.String(), "-12.34")
	b.Reset()
	require.NoError(t, ledger.Summary{Refunds: amt("12.34")}.WriteTable(&b))
	assert.Regexp(t, `of which refunds paid \(第十六条\)\s+-12\.34\b`, b.String())
}

// 第十七条: the receipts (or collections) of one platform and period whose
// sum passes money's range are refused naming the platform and period;
// each is within a line's 10¹² 元, so it takes 92234 of them.
func TestReconcileSumsPastMoneysRange(t *testing.T) {
	if testing.Short() {
		t.Skip("92234 records (about a second)")
	}
	m := testdates.Month(t, "2026-03")
	entry := testdates.Day(t, "2026-04-10")
	const n = 92234 // × 10¹² 元 > 92233720368547758.07 元
	receipts := make([]ledger.Receipt, n)
	collections := make([]ledger.Collection, n)
	for i := range receipts {
		id := "r" + strconv.Itoa(i)
		receipts[i] = ledger.Receipt{ID: id, Platform: "p", Period: m, EntryDate: entry, Amount: amt("1000000000000.00")}
		collections[i] = ledger.Collection{ID: "c" + strconv.Itoa(i), Platform: "p", Period: m, Amount: amt("1000000000000.00")}
	}
	var j ledger.Journal
	_, err := j.Reconcile(receipts, nil, nil, entry)
	require.ErrorIs(t, err, ledger.ErrOverflow)
	assert.True(t, strings.HasSuffix(err.Error(), `: the receipts of "p" 2026-03`), err.Error())
	_, err = j.Reconcile(nil, collections, nil, entry)
	require.ErrorIs(t, err, ledger.ErrOverflow)
	assert.True(t, strings.HasSuffix(err.Error(), `: the collections of "p" 2026-03`), err.Error())
	// One fewer fits.
	_, err = j.Reconcile(receipts[:n-1], nil, nil, entry)
	assert.NotErrorIs(t, err, ledger.ErrOverflow)
	assert.Empty(t, j.Postings(), "Reconcile posts nothing itself")
}

// 第十八条: a receipt held in suspense is cleared once; a second clearing of
// it is refused naming the receipt's posting and the clearing that cleared
// it.
func TestSecondClearingNamesTheFirst(t *testing.T) {
	var j ledger.Journal
	r, err := heldThenAgreed(t, &j, "R1", "10.00", "2026-12-03", "2026-12-04", "2026-12-10")
	require.NoError(t, err)
	items := j.OpenItems()
	require.Len(t, items, 1)
	held := ledger.ReceiptPostingID("R1")
	require.Equal(t, held, items[0].PostingID)
	postAll(t, &j, r)
	require.False(t, j.IsOpen(held))
	var by string
	for _, p := range j.Postings() {
		if p.Clears == held {
			by = p.ID
		}
	}
	require.NotEmpty(t, by)
	again, err := ledger.ClearHeld("c-again", items[0], testdates.Day(t, "2026-12-11"), money.Amount{}, "acct")
	require.NoError(t, err)
	_, err = j.Post(again)
	require.ErrorIs(t, err, ledger.ErrBadClearing)
	assert.True(t, strings.HasSuffix(err.Error(), `: "`+held+`" is already cleared by "`+by+`"`), err.Error())
}

package ledger_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// heldThenAgreed books receipt id (entered on entry, fee period 2026-11,
// amount) held in suspense (the tax bureau's record is 0.07 off, reconciled
// on heldOn), and returns the reconciliation that finds it consistent on
// on, not yet posted.
func heldThenAgreed(t *testing.T, j *ledger.Journal, id, amount, entry, heldOn, on string) (ledger.Reconciliation, error) {
	t.Helper()
	m := testdates.Month(t, "2026-11")
	a := money.MustParse(amount)
	rc := []ledger.Receipt{{ID: id, Platform: "p-" + id, Period: m, Amount: a, EntryDate: testdates.Day(t, entry)}}
	bills := []ledger.Due{{Platform: "p-" + id, Period: m, Amount: a}}
	r, err := j.Reconcile(rc, []ledger.Collection{{ID: "C-" + id, Platform: "p-" + id, Period: m, Amount: plus(a, money.Fen(7))}}, bills, testdates.Day(t, heldOn))
	require.NoError(t, err)
	postAll(t, j, r)
	require.True(t, j.IsOpen(ledger.ReceiptPostingID(id)))
	return j.Reconcile(rc, []ledger.Collection{{ID: "C-" + id + "-corrected", Platform: "p-" + id, Period: m, Amount: a}}, bills, testdates.Day(t, on))
}

func summary(t *testing.T, j *ledger.Journal, year int) ledger.Summary {
	t.Helper()
	s, err := j.Summarize(year, ledger.Participants{})
	require.NoError(t, err)
	return s
}

// Issue 19, 第十八条: a receipt that entered the treasury on 2026-12-30,
// held in suspense and cleared by the reconciliation of 2027-01-10, was
// income of 2027 (the clearing was dated and booked 2027-01-10), and the
// 2026 summary showed it held. 第十八条 books income by the treasury's entry
// date: it is 2026's income, booked in 2026-12; the clearing keeps its own
// date, and both dates are on the posting.
func TestIncomeBookedAtEntryDate(t *testing.T) {
	var j ledger.Journal
	r, err := heldThenAgreed(t, &j, "T1", "100.00", "2026-12-30", "2026-12-31", "2027-01-10")
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	c := r.Postings[0]
	assert.Equal(t, "2027-01-10", c.Date.String(), "the day the clearing was done")
	assert.Equal(t, "2026-12-30", c.EntryDate.String(), "the day the money entered the treasury")
	assert.Equal(t, "2026-12", c.Period.String(), "booked in the entry month's period")
	assert.Contains(t, c.Explain(explain.English), "2026-12-30")
	postAll(t, &j, r)
	assert.Equal(t, "100.00", j.Balance(ledger.LevyIncome, testdates.Month(t, "2026-12")).String())
	assert.True(t, j.Balance(ledger.Suspense, testdates.Month(t, "2026-12")).IsZero())

	s := summary(t, &j, 2026)
	assert.Equal(t, "100.00", s.LevyIncome.String(), "2026's income: it entered the treasury then")
	assert.Equal(t, 1, s.LevyCount)
	assert.True(t, s.Held.IsZero(), "not also held at the end of 2026")
	assert.Equal(t, 0, s.HeldCount)
	assert.Empty(t, s.PriorYear)
	s = summary(t, &j, 2027)
	assert.True(t, s.LevyIncome.IsZero(), "not 2027's")
	assert.Equal(t, 0, s.LevyCount)
	assert.True(t, s.Held.IsZero())

	// The clearing reversed in 2027 (December still open): 2026 has the
	// money held again, not income; its entry date goes with the reversal.
	require.NoError(t, j.Reverse(c.ID, "R1", testdates.Day(t, "2027-02-01"), "cleared in error"))
	rev, _ := j.Posting("R1")
	assert.Equal(t, c.EntryDate, rev.EntryDate)
	s = summary(t, &j, 2026)
	assert.True(t, s.LevyIncome.IsZero())
	assert.Equal(t, 0, s.LevyCount)
	assert.Equal(t, "100.00", s.Held.String())
	assert.Equal(t, 1, s.HeldCount)
	s = summary(t, &j, 2027)
	assert.True(t, s.LevyIncome.IsZero())
	assert.Equal(t, "100.00", s.Held.String())
	assert.Equal(t, 1, s.HeldCount)

	// The snapshot keeps both dates.
	b, err := json.Marshal(j.Snapshot())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"entry_date":"2026-12-30"`)
	k, err := ledger.ParseSnapshot(b)
	require.NoError(t, err)
	assert.Equal(t, summary(t, &j, 2026), summary(t, k, 2026))
}

// The year boundary: money entered on 31 December is that year's income,
// on 1 January the next year's, both cleared on 10 January.
func TestEntryDateYearBoundary(t *testing.T) {
	var j ledger.Journal
	for _, c := range []struct{ id, amount, entry string }{{"DEC31", "100.00", "2026-12-31"}, {"JAN01", "200.00", "2027-01-01"}} {
		r, err := heldThenAgreed(t, &j, c.id, c.amount, c.entry, "2027-01-02", "2027-01-10")
		require.NoError(t, err)
		postAll(t, &j, r)
	}
	assert.Empty(t, j.OpenItems())
	s := summary(t, &j, 2026)
	assert.Equal(t, "100.00", s.LevyIncome.String())
	assert.Equal(t, 1, s.LevyCount)
	assert.True(t, s.Held.IsZero())
	s = summary(t, &j, 2027)
	assert.Equal(t, "200.00", s.LevyIncome.String())
	assert.Equal(t, 1, s.LevyCount)
	c, _ := j.Posting(ledger.ClearingPostingID("DEC31"))
	assert.Equal(t, "2026-12", c.Period.String())
	c, _ = j.Posting(ledger.ClearingPostingID("JAN01"))
	assert.Equal(t, "2027-01", c.Period.String())
}

// A closed year is not rewritten: cleared after 2026-12 is closed, the
// income is booked in 2027-01 and counted in 2027, listed as an earlier
// year's with its entry date; the 2026 summary is what it was at the close.
// Under RefuseClosedYear the clearing waits until the host reopens the
// period, and then is booked in 2026.
func TestClosedYearNotRewritten(t *testing.T) {
	var j ledger.Journal
	r, err := heldThenAgreed(t, &j, "T1", "300.00", "2026-12-30", "2026-12-31", "2027-01-10")
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	j.Close(testdates.Month(t, "2026-12"))
	cashView := func(s ledger.Summary) string { // the accrual view (ByFeePeriod) is as the books stand now
		s.ByFeePeriod = nil
		b, err := json.Marshal(s)
		require.NoError(t, err)
		return string(b)
	}
	closedAt := cashView(summary(t, &j, 2026))

	// RefuseClosedYear: refused by Reconcile and by Post, nothing changes.
	require.NoError(t, j.SetClosedYearRule(ledger.RefuseClosedYear))
	assert.Equal(t, ledger.RefuseClosedYear, j.ClosedYear())
	_, err = j.Post(r.Postings[0])
	assert.ErrorIs(t, err, ledger.ErrClosed, "the plan made while 2026-12 was open books in it: refused once it is closed")
	again, err := heldAgain(t, &j, "T1", "300.00", "2026-12-30", "2027-01-10")
	assert.ErrorIs(t, err, ledger.ErrClosedYear)
	assert.ErrorIs(t, err, ledger.ErrClosed)
	assert.Empty(t, again.Postings)
	assert.True(t, j.IsOpen(ledger.ReceiptPostingID("T1")))

	// The default: booked in 2027-01, an item of an earlier year.
	require.NoError(t, j.SetClosedYearRule(ledger.BookInOpenYear))
	again, err = heldAgain(t, &j, "T1", "300.00", "2026-12-30", "2027-01-10")
	require.NoError(t, err)
	require.Len(t, again.Postings, 1)
	c := again.Postings[0]
	assert.Equal(t, "2027-01", c.Period.String())
	assert.Equal(t, "2026-12-30", c.EntryDate.String())
	assert.Contains(t, c.Explain(explain.English), "closed")
	// the same posting is refused under RefuseClosedYear by Post as well
	require.NoError(t, j.SetClosedYearRule(ledger.RefuseClosedYear))
	_, err = j.Post(c)
	assert.ErrorIs(t, err, ledger.ErrClosedYear)
	require.NoError(t, j.SetClosedYearRule(ledger.BookInOpenYear))
	_, err = j.Post(c)
	require.NoError(t, err)

	assert.JSONEq(t, closedAt, cashView(summary(t, &j, 2026)), "the closed year's summary is not rewritten")
	s := summary(t, &j, 2026)
	assert.Equal(t, "300.00", s.Held.String(), "held at the end of 2026, as published")
	s = summary(t, &j, 2027)
	assert.Equal(t, "300.00", s.LevyIncome.String())
	assert.Equal(t, "300.00", s.PriorYearLevy.String())
	assert.True(t, s.Held.IsZero())
	require.Len(t, s.PriorYear, 1)
	assert.Equal(t, ledger.PriorYearLine{PostingID: c.ID, Subject: ledger.LevyIncome, EntryDate: testdates.Day(t, "2026-12-30"),
		BookedOn: testdates.Day(t, "2027-01-10"), Period: testdates.Month(t, "2027-01"), Amount: money.Fen(30000)}, s.PriorYear[0])
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"prior_year_levy":"300.00"`)
	assert.Contains(t, string(b), `"entry_date":"2026-12-30","booked_on":"2027-01-10","period":"2027-01","amount":"300.00"`)
	var table strings.Builder
	require.NoError(t, s.WriteTable(&table))
	assert.Contains(t, table.String(), "of which entered in an earlier, closed year")
	assert.Contains(t, table.String(), "entered 2026-12-30, booked 2027-01-10 in 2027-01")

	// Reopened under RefuseClosedYear: booked back in 2026-12, 2026's income.
	var k ledger.Journal
	require.NoError(t, k.SetClosedYearRule(ledger.RefuseClosedYear))
	_, err = heldThenAgreed(t, &k, "T1", "300.00", "2026-12-30", "2026-12-31", "2027-01-10")
	require.NoError(t, err)
	k.Close(testdates.Month(t, "2026-12"))
	_, err = heldAgain(t, &k, "T1", "300.00", "2026-12-30", "2027-01-10")
	require.ErrorIs(t, err, ledger.ErrClosedYear)
	k.Reopen(testdates.Month(t, "2026-12"))
	assert.False(t, k.Closed(testdates.Month(t, "2026-12")))
	r, err = heldAgain(t, &k, "T1", "300.00", "2026-12-30", "2027-01-10")
	require.NoError(t, err)
	postAll(t, &k, r)
	assert.Equal(t, "2026-12", r.Postings[0].Period.String())
	assert.Equal(t, "300.00", summary(t, &k, 2026).LevyIncome.String())
}

// heldAgain reconciles receipt id (as heldThenAgreed books it) with the
// records in agreement on on.
func heldAgain(t *testing.T, j *ledger.Journal, id, amount, entry, on string) (ledger.Reconciliation, error) {
	t.Helper()
	m := testdates.Month(t, "2026-11")
	a := money.MustParse(amount)
	return j.Reconcile([]ledger.Receipt{{ID: id, Platform: "p-" + id, Period: m, Amount: a, EntryDate: testdates.Day(t, entry)}},
		[]ledger.Collection{{ID: "C-" + id + "-corrected", Platform: "p-" + id, Period: m, Amount: a}},
		[]ledger.Due{{Platform: "p-" + id, Period: m, Amount: a}}, testdates.Day(t, on))
}

// A receipt entered in a closed year and first reported after the close:
// booked in the open year as an earlier year's income (default), refused
// under RefuseClosedYear.
func TestLateReceiptInClosedYear(t *testing.T) {
	for _, rule := range []ledger.ClosedYearRule{ledger.BookInOpenYear, ledger.RefuseClosedYear} {
		var j ledger.Journal
		require.NoError(t, j.SetClosedYearRule(rule))
		j.Close(testdates.Month(t, "2026-12"))
		r, err := heldAgain(t, &j, "T1", "300.00", "2026-12-30", "2027-01-10")
		if rule == ledger.RefuseClosedYear {
			assert.ErrorIs(t, err, ledger.ErrClosedYear)
			continue
		}
		require.NoError(t, err)
		postAll(t, &j, r)
		p := r.Postings[0]
		assert.Equal(t, "2026-12-30", p.Date.String())
		assert.True(t, p.EntryDate.IsZero(), "a receipt's Date is its entry date")
		assert.Equal(t, "2027-01", p.Period.String())
		assert.True(t, summary(t, &j, 2026).LevyIncome.IsZero())
		s := summary(t, &j, 2027)
		assert.Equal(t, "300.00", s.LevyIncome.String())
		assert.Equal(t, "300.00", s.PriorYearLevy.String())
		require.Len(t, s.PriorYear, 1)
		assert.Equal(t, "2026-12-30", s.PriorYear[0].EntryDate.String())
	}
}

// The first open period after a closed entry month: in the same year the
// income stays that year's; only when the rest of the year is closed does
// it move to the next.
func TestBookInFirstOpenPeriod(t *testing.T) {
	var j ledger.Journal
	_, err := heldThenAgreed(t, &j, "N", "50.00", "2026-11-20", "2026-11-25", "2027-01-10")
	require.NoError(t, err)
	j.Close(testdates.Month(t, "2026-11"))
	r, err := heldAgain(t, &j, "N", "50.00", "2026-11-20", "2027-01-10")
	require.NoError(t, err)
	require.NoError(t, j.SetClosedYearRule(ledger.RefuseClosedYear)) // the year is not closed: nothing to refuse
	postAll(t, &j, r)
	assert.Equal(t, "2026-12", r.Postings[0].Period.String())
	assert.Contains(t, r.Postings[0].Explain(explain.English), "closed period")
	assert.Equal(t, "50.00", summary(t, &j, 2026).LevyIncome.String())
	assert.Empty(t, summary(t, &j, 2026).PriorYear)

	// Every period from the entry month to the reconciliation's is closed.
	var k ledger.Journal
	_, err = heldThenAgreed(t, &k, "N", "50.00", "2026-11-20", "2026-11-25", "2027-01-10")
	require.NoError(t, err)
	for _, m := range []string{"2026-11", "2026-12", "2027-01"} {
		k.Close(testdates.Month(t, m))
	}
	_, err = heldAgain(t, &k, "N", "50.00", "2026-11-20", "2027-01-10")
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
}

// Post checks the entry date: only on a clearing or a reversal, never after
// the posting's date, never in a month after its period, and equal to the
// date of the receipt it clears; a reversal mirrors it.
func TestEntryDateChecked(t *testing.T) {
	var j ledger.Journal
	_, err := heldThenAgreed(t, &j, "T1", "10.00", "2026-04-21", "2026-04-22", "2026-04-28")
	require.NoError(t, err)
	it := j.OpenItems()[0]
	assert.Equal(t, "2026-04", it.BookIn.String())
	ok, err := ledger.ClearHeld("CH", it, testdates.Day(t, "2026-05-10"), money.Amount{}, "p")
	require.NoError(t, err)
	assert.Equal(t, "2026-04-21", ok.EntryDate.String())
	assert.Equal(t, "2026-04", ok.Period.String(), "nothing paid back: booked by the entry date")
	assert.NoError(t, ok.Validate())

	bad := ok
	bad.Clears = ""
	assert.ErrorIs(t, bad.Validate(), ledger.ErrBadPosting, "an entry date on a posting that clears nothing")
	bad = ok
	bad.EntryDate = testdates.Day(t, "2026-05-11")
	bad.Period = testdates.Month(t, "2026-05")
	assert.ErrorIs(t, bad.Validate(), ledger.ErrBadPosting, "entered after the posting's date")
	bad = ok
	bad.Period = testdates.Month(t, "2026-03")
	assert.ErrorIs(t, bad.Validate(), ledger.ErrBadPosting, "booked before the money came in")
	bad = ok
	bad.EntryDate = testdates.Day(t, "2026-04-22")
	_, err = j.Post(bad)
	assert.ErrorIs(t, err, ledger.ErrBadClearing, "not the date the receipt entered")
	assert.True(t, j.IsOpen(it.PostingID))

	_, err = j.Post(ok)
	require.NoError(t, err)
	rev := ledger.Posting{ID: "R", Date: testdates.Day(t, "2026-05-11"), Period: ok.Period, FeePeriod: ok.FeePeriod, Counterparty: ok.Counterparty,
		Source: "x", Reverses: ok.ID, Lines: []ledger.Line{{Subject: ledger.LevyIncome, Debit: ok.Lines[1].Credit}, {Subject: ledger.Suspense, Credit: ok.Lines[0].Debit}}}
	_, err = j.Post(rev)
	assert.ErrorIs(t, err, ledger.ErrFalseReversal, "a reversal without the entry date does not mirror")
	rev.EntryDate = ok.EntryDate
	_, err = j.Post(rev)
	require.NoError(t, err)
	assert.True(t, j.IsOpen(it.PostingID))

	// A receipt on the books reported again with another entry date.
	_, err = heldAgain(t, &j, "T1", "10.00", "2026-04-20", "2026-05-12")
	assert.ErrorIs(t, err, ledger.ErrDuplicateRecord)

	// The rule's text form.
	var r ledger.ClosedYearRule
	require.NoError(t, r.UnmarshalText([]byte("refuse_closed_year")))
	assert.Equal(t, ledger.RefuseClosedYear, r)
	b, err := ledger.BookInOpenYear.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "book_in_open_year", string(b))
	assert.ErrorIs(t, r.UnmarshalText([]byte("310101199001011234")), ledger.ErrBadRule)
	assert.NotContains(t, r.UnmarshalText([]byte("310101199001011234")).Error(), "310101199001011234", "第七十九条")
	_, err = ledger.ClosedYearRule(9).MarshalText()
	assert.ErrorIs(t, err, ledger.ErrBadRule)
	assert.ErrorIs(t, j.SetClosedYearRule(9), ledger.ErrBadRule)
	assert.Equal(t, ledger.BookInOpenYear, j.ClosedYear())
	var nj *ledger.Journal
	assert.ErrorIs(t, nj.SetClosedYearRule(ledger.RefuseClosedYear), ledger.ErrNilJournal)
	assert.Equal(t, ledger.BookInOpenYear, nj.ClosedYear())
	nj.Reopen(testdates.Month(t, "2026-01"))
	var np *ledger.ClosedYearRule
	assert.ErrorIs(t, np.UnmarshalText([]byte("book_in_open_year")), ledger.ErrBadRule)
	assert.Equal(t, "ClosedYearRule(9)", ledger.ClosedYearRule(9).String())
}

// ClearHeld across a year end: with nothing paid back the income is the
// entry year's; with a part paid back it is booked when the money moves
// (第十六条), so the income part is an earlier year's in the next, and the
// whole amount was held at the end of the entry year.
func TestClearHeldAcrossYearEnd(t *testing.T) {
	for _, back := range []string{"0", "40.00"} {
		var j ledger.Journal
		_, err := heldThenAgreed(t, &j, "T1", "100.00", "2026-12-30", "2026-12-31", "2026-12-31")
		require.NoError(t, err)
		p, err := ledger.ClearHeld("CH", j.OpenItems()[0], testdates.Day(t, "2027-01-05"), money.MustParse(back), "p")
		require.NoError(t, err)
		_, err = j.Post(p)
		require.NoError(t, err)
		s26, s27 := summary(t, &j, 2026), summary(t, &j, 2027)
		if back == "0" {
			assert.Equal(t, "2026-12", p.Period.String())
			assert.Equal(t, "100.00", s26.LevyIncome.String())
			assert.True(t, s26.Held.IsZero())
			assert.True(t, s27.LevyIncome.IsZero())
			continue
		}
		assert.Equal(t, "2027-01", p.Period.String())
		assert.True(t, s26.LevyIncome.IsZero())
		assert.Equal(t, "100.00", s26.Held.String())
		assert.Equal(t, 1, s26.HeldCount)
		assert.Equal(t, "60.00", s27.LevyIncome.String())
		assert.Equal(t, "60.00", s27.PriorYearLevy.String())
		assert.Equal(t, "40.00", s27.Refunds.String())
		assert.True(t, s27.Held.IsZero())
		assert.Equal(t, 0, s27.HeldCount)
	}
}

// A clearing written before issue 19 (no entry date) loads and counts on
// its own date, as it did.
func TestLegacyClearingCountsOnItsDate(t *testing.T) {
	j, err := ledger.ParseSnapshot([]byte(`{"postings":[` +
		`{"id":"T1","date":"2026-12-30","period":"2026-12","fee_period":"2026-11","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]},` +
		`{"id":"C1","date":"2027-01-10","period":"2027-01","counterparty":{"kind":"platform","id":"p"},"source":"t","clears":"T1","lines":[{"subject":"ozb.liability.suspense","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	require.NoError(t, err)
	assert.True(t, summary(t, j, 2026).LevyIncome.IsZero())
	assert.Equal(t, "10.00", summary(t, j, 2026).Held.String())
	assert.Equal(t, "10.00", summary(t, j, 2027).LevyIncome.String())
	assert.Empty(t, summary(t, j, 2027).PriorYear)
	_, err = ledger.ParseSnapshot([]byte(`{"postings":[{"id":"D1","date":"2026-04-21","entry_date":"2026-04-20","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	assert.True(t, errors.Is(err, ledger.ErrBadPosting), "an entry date on a posting that clears nothing: %v", err)
}

// Found by TestJournalStateMachine: a receipt booked late in 2027-01 (its
// December closed), then December reopened and the records agreeing: the
// clearing was booked back in 2026-12, before the receipt itself, and the
// 2026 summary held −1.30. A clearing is never booked before the period of
// the receipt it clears; its income is then 2027's, an earlier year's.
func TestClearingNotBeforeItsReceipt(t *testing.T) {
	var j ledger.Journal
	j.Close(testdates.Month(t, "2026-12"))
	m := testdates.Month(t, "2026-11")
	rc := []ledger.Receipt{{ID: "T1", Platform: "p", Period: m, Amount: money.MustParse("1.30"), EntryDate: testdates.Day(t, "2026-12-20")}}
	bills := []ledger.Due{{Platform: "p", Period: m, Amount: rc[0].Amount}}
	r, err := j.Reconcile(rc, []ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("1.31")}}, bills, testdates.Day(t, "2027-01-25"))
	require.NoError(t, err)
	postAll(t, &j, r)
	assert.Equal(t, "2027-01", r.Postings[0].Period.String())
	j.Reopen(testdates.Month(t, "2026-12"))
	assert.Equal(t, "2027-01", j.OpenItems()[0].BookIn.String())
	r, err = j.Reconcile(rc, []ledger.Collection{{ID: "C2", Platform: "p", Period: m, Amount: rc[0].Amount}}, bills, testdates.Day(t, "2027-01-26"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	c := r.Postings[0]
	assert.Equal(t, "2027-01", c.Period.String())
	back := c
	back.Period = testdates.Month(t, "2026-12")
	_, err = j.Post(back)
	assert.ErrorIs(t, err, ledger.ErrBadClearing, "booked before the receipt it clears")
	postAll(t, &j, r)
	s := summary(t, &j, 2026)
	assert.True(t, s.Held.IsZero())
	assert.True(t, s.LevyIncome.IsZero())
	s = summary(t, &j, 2027)
	assert.Equal(t, "1.30", s.LevyIncome.String())
	assert.Equal(t, "1.30", s.PriorYearLevy.String())
	assert.True(t, s.Held.IsZero())
}

// Found by TestJournalStateMachine: a held receipt refunded by ClearHeld in
// April 2026, the refund reversed in January 2027 (booked in April, its
// period), then the records agreeing: the reversal put the money back in
// suspense as of 2027 while the clearing took it out as of its entry date
// in 2026, and the 2026 summary held −0.01. A reversal counts where its
// original counts: it takes the original back, in the original's period.
func TestReversalCountsWithItsOriginal(t *testing.T) {
	var j ledger.Journal
	_, err := heldThenAgreed(t, &j, "T1", "0.01", "2026-03-20", "2026-03-25", "2026-03-25")
	require.NoError(t, err) // not posted: the records agree only later
	p, err := ledger.ClearHeld("CH", j.OpenItems()[0], testdates.Day(t, "2026-04-15"), money.MustParse("0.01"), "p")
	require.NoError(t, err)
	_, err = j.Post(p)
	require.NoError(t, err)
	require.NoError(t, j.Reverse("CH", "CH-R", testdates.Day(t, "2027-01-15"), "refunded in error"))
	for _, m := range []string{"2026-03", "2026-04"} {
		j.Close(testdates.Month(t, m))
	}
	r, err := heldAgain(t, &j, "T1", "0.01", "2026-03-20", "2027-01-25")
	require.NoError(t, err)
	postAll(t, &j, r)
	assert.Equal(t, "2026-05", r.Postings[0].Period.String(), "the first open period after the entry month")
	s := summary(t, &j, 2026)
	assert.True(t, s.Held.IsZero(), "held at the end of 2026: %s", s.Held)
	assert.Equal(t, 0, s.HeldCount)
	assert.Equal(t, "0.01", s.LevyIncome.String())
	assert.True(t, s.Refunds.IsZero(), "the refund was taken back")
	assert.Equal(t, 0, s.RefundCount)
	s = summary(t, &j, 2027)
	assert.True(t, s.Held.IsZero())
	assert.True(t, s.Refunds.IsZero())
	assert.True(t, s.LevyIncome.IsZero())

	// A receipt of 2026-12-30 reversed on 2027-01-05: in neither year.
	var k ledger.Journal
	rc := receiptPosting(t, "D1", "50.00")
	rc.Date, rc.Period = testdates.Day(t, "2026-12-30"), testdates.Month(t, "2026-12")
	_, err = k.Post(rc)
	require.NoError(t, err)
	require.NoError(t, k.Reverse("D1", "D1-R", testdates.Day(t, "2027-01-05"), "entered in error"))
	for _, y := range []int{2026, 2027} {
		s := summary(t, &k, y)
		assert.True(t, s.LevyIncome.IsZero(), "%d", y)
		assert.Equal(t, 0, s.LevyCount, "%d", y)
	}
}

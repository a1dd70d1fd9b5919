package ledger_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

func amt(s string) money.Amount { return money.MustParse(s) }

func receiptPosting(t testdates.T, id, amount string) ledger.Posting {
	t.Helper()
	return ledger.Posting{ID: id, Date: testdates.Day(t, "2026-04-20"), Period: testdates.Month(t, "2026-04"),
		FeePeriod: testdates.Month(t, "2026-03"), Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "测试",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: amt(amount)}, {Subject: ledger.LevyIncome, Credit: amt(amount)}}}
}

// A line is one positive amount on one side: neither side, both sides and
// a negative amount are refused; one fen is accepted (a fraction of a fen
// no money.Amount holds, and a snapshot that carries one is refused where
// it is read). Debits must equal credits to the fen.
func TestPostingLineRefusals(t *testing.T) {
	for name, lines := range map[string][]ledger.Line{
		"neither debit nor credit": {{Subject: ledger.SpecialAccount}, {Subject: ledger.LevyIncome, Credit: amt("1.00")}},
		"zero debit, zero credit":  {{Subject: ledger.SpecialAccount, Debit: amt("0"), Credit: amt("0")}, {Subject: ledger.LevyIncome, Credit: amt("0")}},
		"both sides":               {{Subject: ledger.SpecialAccount, Debit: amt("1.00"), Credit: amt("1.00")}, {Subject: ledger.LevyIncome, Credit: amt("0.00")}},
		"negative debit":           {{Subject: ledger.SpecialAccount, Debit: amt("-1.00")}, {Subject: ledger.LevyIncome, Debit: amt("1.00")}},
		"one line":                 {{Subject: ledger.SpecialAccount, Debit: amt("1.00")}},
		"not a scheme subject":     {{Subject: "cash", Debit: amt("1.00")}, {Subject: ledger.LevyIncome, Credit: amt("1.00")}},
	} {
		p := receiptPosting(t, "x", "1.00")
		p.Lines = lines
		var j ledger.Journal
		_, err := j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrBadPosting, name)
		assert.Equal(t, 0, j.Len(), name)
	}
	var j ledger.Journal
	_, err := j.Post(receiptPosting(t, "fen", "0.01"))
	assert.NoError(t, err, "one fen")
	for name, credit := range map[string]string{"one fen short": "0.99", "one fen over": "1.01"} {
		p := receiptPosting(t, "u-"+strings.ReplaceAll(name, " ", "-"), "1.00") // an ID is one word (validID)
		p.Lines[1].Credit = amt(credit)
		_, err := j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrUnbalanced, name)
	}
}

// Post is idempotent by ID: the same document again is a duplicate; the
// same ID with its lines in another order, or any other content, is a
// conflict (a different document), never a duplicate.
func TestRepostSameID(t *testing.T) {
	var j ledger.Journal
	p := receiptPosting(t, "r1", "248.33")
	dup, err := j.Post(p)
	require.NoError(t, err)
	assert.False(t, dup)
	dup, err = j.Post(receiptPosting(t, "r1", "248.33"))
	require.NoError(t, err)
	assert.True(t, dup, "the same document again")

	shuffled := receiptPosting(t, "r1", "248.33")
	shuffled.Lines[0], shuffled.Lines[1] = shuffled.Lines[1], shuffled.Lines[0]
	dup, err = j.Post(shuffled)
	assert.ErrorIs(t, err, ledger.ErrConflict, "reshuffled lines")
	assert.False(t, dup)
	for name, change := range map[string]func(*ledger.Posting){
		"one fen more":   func(p *ledger.Posting) { p.Lines[0].Debit, p.Lines[1].Credit = amt("248.34"), amt("248.34") },
		"the next day":   func(p *ledger.Posting) { p.Date = testdates.Day(t, "2026-04-21") },
		"another period": func(p *ledger.Posting) { p.FeePeriod = testdates.Month(t, "2026-02") },
		"another source": func(p *ledger.Posting) { p.Source = "另一张凭证" },
	} {
		q := receiptPosting(t, "r1", "248.33")
		change(&q)
		_, err := j.Post(q)
		assert.ErrorIs(t, err, ledger.ErrConflict, name)
	}
	assert.Equal(t, 1, j.Len())
	assert.Equal(t, "248.33", j.Total(ledger.LevyIncome).String(), "nothing booked twice")
}

// A closed period refuses a posting; the next period takes it.
func TestClosedPeriodBoundary(t *testing.T) {
	var j ledger.Journal
	j.Close(testdates.Month(t, "2026-04"))
	_, err := j.Post(receiptPosting(t, "a", "1.00"))
	assert.ErrorIs(t, err, ledger.ErrClosed)
	p := receiptPosting(t, "b", "1.00")
	p.Date, p.Period = testdates.Day(t, "2026-05-01"), testdates.Month(t, "2026-05")
	_, err = j.Post(p)
	assert.NoError(t, err, "the first day of the next period")
	assert.False(t, j.Closed(testdates.Month(t, "2026-05")))
}

// 第十七、十八条: the treasury's amount must equal the collection's, and the
// amount paid must equal the bill, to the fen: one fen more is not
// consistent (an overpayment), one fen less neither.
func TestPaymentAgainstBillBoundaries(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	bill := []ledger.Due{{Platform: "p", Period: m, Amount: amt("248.33")}}
	for paid, want := range map[string]ledger.Outcome{"248.33": ledger.Consistent, "248.34": ledger.PaymentMismatch, "248.32": ledger.PaymentMismatch, "496.66": ledger.PaymentMismatch} {
		rec, err := ledger.Reconcile(
			[]ledger.Receipt{{ID: "r", Platform: "p", Period: m, Amount: amt(paid), EntryDate: testdates.Day(t, "2026-04-20")}},
			[]ledger.Collection{{ID: "c", Platform: "p", Period: m, Amount: amt(paid)}}, bill)
		require.NoError(t, err, paid)
		require.Len(t, rec.Matches, 1)
		assert.Equal(t, ledger.Matched, rec.Matches[0].Treasury, paid)
		assert.Equal(t, want, rec.Matches[0].Orders, "paid %s against a bill of 248.33", paid)
		assert.Equal(t, want == ledger.Consistent, rec.Matches[0].Booked, paid)
		assert.Equal(t, want != ledger.Consistent, rec.Matches[0].Held, "paid %s: held in suspense unless consistent", paid)
	}
	for collected, want := range map[string]ledger.Outcome{"248.33": ledger.Matched, "248.34": ledger.AmountMismatch, "248.32": ledger.AmountMismatch} {
		rec, err := ledger.Reconcile(
			[]ledger.Receipt{{ID: "r", Platform: "p", Period: m, Amount: amt("248.33"), EntryDate: testdates.Day(t, "2026-04-20")}},
			[]ledger.Collection{{ID: "c", Platform: "p", Period: m, Amount: amt(collected)}}, bill)
		require.NoError(t, err, collected)
		assert.Equal(t, want, rec.Matches[0].Treasury, "collected %s, received 248.33", collected)
	}
}

// 第五十六条: a payment exactly at the warning limit is not flagged; one fen
// above it is. A zero limit flags nothing.
func TestWarningLimitBoundary(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	pay := func(id, a string) ledger.Payment {
		return ledger.Payment{ID: id, Date: testdates.Day(t, "2026-03-10"), Insurer: "ins", Worker: "w", Subject: ledger.Medical, Amount: amt(a)}
	}
	s, err := ledger.Settle("ins", m, []ledger.Payment{pay("below", "49999.99"), pay("at", "50000.00"), pay("above", "50000.01")}, amt("50000"), testdates.Day(t, "2026-04-10"))
	require.NoError(t, err)
	require.Len(t, s.Review, 1, "%+v", s.Review)
	assert.Equal(t, "above", s.Review[0].ID)
	assert.Equal(t, "150000.00", s.Total.String())
	s, err = ledger.Settle("ins", m, []ledger.Payment{pay("big", "1000000.00")}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	require.NoError(t, err)
	assert.Empty(t, s.Review, "no limit set")
	// Settled in the next month: its first and last day accepted, the
	// payment month's last day and the month after next refused.
	for d, ok := range map[string]bool{"2026-04-01": true, "2026-04-30": true, "2026-03-31": false, "2026-05-01": false} {
		_, err := ledger.Settle("ins", m, []ledger.Payment{pay("x", "1.00")}, money.Amount{}, testdates.Day(t, d))
		assert.Equal(t, ok, err == nil, "settled on %s: %v", d, err)
	}
	// A payment dated on the month's first and last day is the month's; the days either side are not.
	for d, ok := range map[string]bool{"2026-02-28": false, "2026-03-01": true, "2026-03-31": true, "2026-04-01": false} {
		p := pay("x", "1.00")
		p.Date = testdates.Day(t, d)
		_, err := ledger.Settle("ins", m, []ledger.Payment{p}, money.Amount{}, testdates.Day(t, "2026-04-10"))
		assert.Equal(t, ok, err == nil, "paid on %s: %v", d, err)
	}
	_, err = ledger.Settle("ins", m, []ledger.Payment{pay("zero", "0.00")}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	assert.ErrorIs(t, err, ledger.ErrBadPayment, "a zero payment")
	_, err = ledger.Settle("ins", m, []ledger.Payment{pay("fen", "0.01")}, money.Amount{}, testdates.Day(t, "2026-04-10"))
	assert.NoError(t, err, "one fen")
}

// 第七十七条 on a cash basis: a receipt entered on 31 December is that
// year's income, one on 1 January the next year's, whatever fee period it
// belongs to.
func TestSummaryYearBoundary(t *testing.T) {
	var j ledger.Journal
	for id, d := range map[string]string{"dec31": "2026-12-31", "jan01": "2027-01-01", "jan01prev": "2026-01-01", "dec31prev": "2025-12-31"} {
		day := testdates.Day(t, d)
		p := receiptPosting(t, id, "100.00")
		p.Date, p.Period, p.FeePeriod = day, calendar.MonthOfDate(day), testdates.Month(t, "2025-11")
		_, err := j.Post(p)
		require.NoError(t, err, id)
	}
	s, err := j.Summarize(2026, ledger.Participants{})
	require.NoError(t, err)
	assert.Equal(t, "200.00", s.LevyIncome.String(), "2026-01-01 and 2026-12-31 only")
	assert.Equal(t, 2, s.LevyCount)
	s, err = j.Summarize(2027, ledger.Participants{})
	require.NoError(t, err)
	assert.Equal(t, "100.00", s.LevyIncome.String())
}

// Any reordering of a posting's lines under its ID is a conflict; only the
// same lines in the same order are the same document.
func TestRepostPermutedLines(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(2, 5).Draw(rt, "lines")
		p := receiptPosting(rt, "p", "1.00")
		p.Lines = nil
		total := int64(0)
		for i := 0; i < n-1; i++ {
			f := int64(rapid.IntRange(1, 100000).Draw(rt, "fen"))
			total += f
			p.Lines = append(p.Lines, ledger.Line{Subject: ledger.SpecialAccount, Debit: money.Fen(f)})
		}
		p.Lines = append(p.Lines, ledger.Line{Subject: ledger.LevyIncome, Credit: money.Fen(total)})
		var j ledger.Journal
		if _, err := j.Post(p); err != nil {
			rt.Fatal(err)
		}
		perm := rapid.Permutation(p.Lines).Draw(rt, "order")
		q := p
		q.Lines = perm
		identical := true
		for i := range perm {
			if perm[i].Subject != p.Lines[i].Subject || perm[i].Debit != p.Lines[i].Debit || perm[i].Credit != p.Lines[i].Credit {
				identical = false
			}
		}
		dup, err := j.Post(q)
		switch {
		case identical && (err != nil || !dup):
			rt.Fatalf("the same lines again: duplicate %v, %v", dup, err)
		case !identical && !errors.Is(err, ledger.ErrConflict):
			rt.Fatalf("reordered lines: duplicate %v, %v; want a conflict", dup, err)
		}
		if j.Len() != 1 {
			rt.Fatalf("%d postings", j.Len())
		}
	})
}

// The special account may reach zero, never a fen below (ErrNegative);
// a reversal of an unknown posting and a subject outside the scheme are
// refused.
func TestLedgerRefusalEdges(t *testing.T) {
	var j ledger.Journal
	_, err := j.Post(receiptPosting(t, "in", "1.00"))
	require.NoError(t, err)
	out := func(id, a string) ledger.Posting {
		p := receiptPosting(t, id, a)
		p.Lines = []ledger.Line{{Subject: ledger.LevyIncome, Debit: amt(a)}, {Subject: ledger.SpecialAccount, Credit: amt(a)}}
		return p
	}
	_, err = j.Post(out("over", "1.01"))
	assert.ErrorIs(t, err, ledger.ErrNegative, "one fen more than the account holds")
	_, err = j.Post(out("all", "1.00"))
	require.NoError(t, err, "down to exactly zero")
	assert.True(t, j.Total(ledger.SpecialAccount).IsZero())
	_, err = j.Post(out("more", "0.01"))
	assert.ErrorIs(t, err, ledger.ErrNegative, "one fen below zero")

	err = j.Reverse("nothing", "rev", testdates.Day(t, "2026-04-21"), "测试")
	assert.ErrorIs(t, err, ledger.ErrUnknownID)
	p := receiptPosting(t, "cash", "1.00")
	p.Lines[1].Subject = "bank.cash"
	_, err = j.Post(p)
	assert.ErrorIs(t, err, ledger.ErrNotScheme)
	var nilJ *ledger.Journal
	_, err = nilJ.Post(receiptPosting(t, "x", "1.00"))
	assert.ErrorIs(t, err, ledger.ErrNilJournal)
}

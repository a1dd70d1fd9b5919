package ledger_test

// Round 17 of the mutation study (issue 19).

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// A reversal mirrors its original line for line, as many times as each
// line appears: a balanced posting that repeats one mirrored line in place
// of another is no reversal (it would move 10.00 out of the special
// account twice and leave the medical expense untouched).
func TestReversalMirrorsEachLineOnce(t *testing.T) {
	var j ledger.Journal
	d := testdates.Day(t, "2026-04-21")
	m := testdates.Month(t, "2026-04")
	cp := ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}
	ten := money.MustParse("10.00")
	_, err := j.Post(ledger.Posting{ID: "D1", Date: d, Period: m, Counterparty: cp, Source: "t",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: ten}, {Subject: ledger.Medical, Debit: ten},
			{Subject: ledger.LevyIncome, Credit: ten}, {Subject: ledger.LevyIncome, Credit: ten}}})
	require.NoError(t, err)
	_, err = j.Post(ledger.Posting{ID: "F1", Date: d, Period: m, Counterparty: cp, Source: "t", Reverses: "D1",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Credit: ten}, {Subject: ledger.SpecialAccount, Credit: ten},
			{Subject: ledger.LevyIncome, Debit: ten}, {Subject: ledger.LevyIncome, Debit: ten}}})
	assert.ErrorIs(t, err, ledger.ErrFalseReversal)
	_, err = j.Post(ledger.Posting{ID: "R1", Date: d, Period: m, Counterparty: cp, Source: "t", Reverses: "D1",
		Lines: []ledger.Line{{Subject: ledger.LevyIncome, Debit: ten}, {Subject: ledger.Medical, Credit: ten},
			{Subject: ledger.LevyIncome, Debit: ten}, {Subject: ledger.SpecialAccount, Credit: ten}}})
	require.NoError(t, err, "the true mirror, its lines in another order")
	assert.True(t, j.Total(ledger.LevyIncome).IsZero())
	assert.True(t, j.Total(ledger.Medical).IsZero())
	assert.True(t, j.Total(ledger.SpecialAccount).IsZero())
}

// Open items are listed by their date first (the oldest held money first),
// then by posting ID: an item already held comes before a newer one whose
// ID sorts first (round 18 of the mutation study).
func TestOpenItemsByDateThenID(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-03")
	held := func(id, platform, entry string) ledger.Receipt {
		return ledger.Receipt{ID: id, Platform: platform, Period: m, Amount: money.MustParse("1.00"), EntryDate: testdates.Day(t, entry)}
	}
	// Z is held first (no collection record: 第十七条) and booked.
	r, err := j.Reconcile([]ledger.Receipt{held("Z", "z", "2026-04-10")}, nil, nil, testdates.Day(t, "2026-04-30"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	// A, a day later, sorts first by ID; B, the same day as Z, after it.
	r, err = j.Reconcile([]ledger.Receipt{held("A", "a", "2026-04-11"), held("B", "b", "2026-04-10")}, nil, nil, testdates.Day(t, "2026-04-30"))
	require.NoError(t, err)
	var ids []string
	for _, it := range r.OpenItems {
		ids = append(ids, it.Receipt)
	}
	assert.Equal(t, []string{"B", "Z", "A"}, ids)
}

package ledger_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// Issue 21: the second step of 第十八条 checks a payment against the ledger's
// own due amounts (platform, period, amount), summed per platform and
// period.

func TestReconcileDueOnly(t *testing.T) {
	mar, apr := testdates.Month(t, "2026-03"), testdates.Month(t, "2026-04")
	d := money.MustParse
	r, err := ledger.Reconcile(nil, nil, []ledger.Due{
		{Platform: "pb", Period: apr, Amount: d("7.50")},
		{Platform: "pa", Period: mar, Amount: d("248.33")},
		{Platform: "pa", Period: mar, Amount: d("1.67")},
	})
	require.NoError(t, err)
	require.Len(t, r.Matches, 2)
	// in key order: period, then platform
	assert.Equal(t, ledger.Key{Platform: "pa", Period: mar}, r.Matches[0].Key)
	assert.Equal(t, ledger.Key{Platform: "pb", Period: apr}, r.Matches[1].Key)
	for i, want := range []string{"250.00", "7.50"} {
		m := r.Matches[i]
		assert.Equal(t, ledger.MissingTreasury, m.Treasury, m.Key)
		assert.Equal(t, ledger.MissingPayment, m.Orders, m.Key)
		assert.Equal(t, want, m.Due.String(), m.Key)
		assert.True(t, m.Received.IsZero() && m.Collected.IsZero(), m.Key)
		assert.False(t, m.Booked || m.Held, m.Key)
		assert.Contains(t, m.Reason, want+" 元")
	}
	assert.Empty(t, r.Postings, "nothing received, nothing booked")
	assert.Empty(t, r.OpenItems)
}

func TestReconcileWithoutDue(t *testing.T) {
	mar := testdates.Month(t, "2026-03")
	amt := money.MustParse("248.33")
	r, err := ledger.Reconcile(
		[]ledger.Receipt{{ID: "T1", Platform: "pa", Period: mar, Amount: amt, EntryDate: testdates.Day(t, "2026-04-20")}},
		[]ledger.Collection{{ID: "C1", Platform: "pa", Period: mar, Amount: amt}}, nil)
	require.NoError(t, err)
	require.Len(t, r.Matches, 1)
	m := r.Matches[0]
	assert.Equal(t, ledger.Matched, m.Treasury)
	assert.Equal(t, ledger.MissingBill, m.Orders, "no due amount to check the payment against (第十八条)")
	assert.True(t, m.Due.IsZero())
	assert.False(t, m.Booked)
	assert.True(t, m.Held)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, ledger.Suspense, r.Postings[0].Lines[1].Subject, "held in suspense, not income")
	require.Len(t, r.OpenItems, 1)
	assert.True(t, amt == r.OpenItems[0].Amount)
}

func TestReconcileDueSummed(t *testing.T) {
	mar := testdates.Month(t, "2026-03")
	d := money.MustParse
	reconcile := func(due ...ledger.Due) ledger.Match {
		t.Helper()
		r, err := ledger.Reconcile(
			[]ledger.Receipt{{ID: "T1", Platform: "pa", Period: mar, Amount: d("248.33"), EntryDate: testdates.Day(t, "2026-04-20")}},
			[]ledger.Collection{{ID: "C1", Platform: "pa", Period: mar, Amount: d("248.33")}}, due)
		require.NoError(t, err)
		for _, m := range r.Matches {
			if m.Key == (ledger.Key{Platform: "pa", Period: mar}) {
				return m
			}
		}
		t.Fatal("no match for pa 2026-03")
		return ledger.Match{}
	}
	other := ledger.Due{Platform: "pb", Period: mar, Amount: d("1000.00")} // another key: not added in
	parts := []ledger.Due{
		{Platform: "pa", Period: mar, Amount: d("100.00")},
		{Platform: "pa", Period: mar, Amount: d("0.00")},
		{Platform: "pa", Period: mar, Amount: d("148.3")},
		{Platform: "pa", Period: mar, Amount: d("0.03")},
	}
	for _, due := range [][]ledger.Due{
		parts,
		{parts[3], other, parts[2], parts[1], parts[0]},
	} {
		m := reconcile(due...)
		assert.Equal(t, ledger.Consistent, m.Orders, "100.00 + 0.00 + 148.30 + 0.03 = 248.33")
		assert.Equal(t, "248.33", m.Due.String())
		assert.True(t, m.Booked)
	}
	// one fen short in the sum: the payment does not match
	m := reconcile(parts[0], parts[2])
	assert.Equal(t, ledger.PaymentMismatch, m.Orders)
	assert.Equal(t, "248.30", m.Due.String())
	assert.False(t, m.Booked)
	assert.True(t, m.Held)
	// a single due amount, written with a trailing zero
	m = reconcile(ledger.Due{Platform: "pa", Period: mar, Amount: d("248.330")})
	assert.Equal(t, ledger.Consistent, m.Orders)
	assert.True(t, m.Due == d("248.33"))
}

func TestReconcileDueRefused(t *testing.T) {
	mar := testdates.Month(t, "2026-03")
	d := money.MustParse
	for name, due := range map[string]ledger.Due{
		"no platform":        {Period: mar, Amount: d("1.00")},
		"invisible platform": {Platform: "pa\u200b", Period: mar, Amount: d("1.00")},
		"no period":          {Platform: "pa", Amount: d("1.00")},
		"negative":           {Platform: "pa", Period: mar, Amount: d("-1.00")},
		"over 10^12 元":       {Platform: "pa", Period: mar, Amount: d("1000000000000.01")},
	} {
		_, err := ledger.Reconcile(nil, nil, []ledger.Due{{Platform: "pa", Period: mar, Amount: d("1.00")}, due})
		require.ErrorIs(t, err, ledger.ErrBadRecord, name)
		assert.Contains(t, err.Error(), "due #2", name)
		if name == "no platform" || name == "invisible platform" {
			assert.ErrorIs(t, err, ledger.ErrBadID, name)
		}
	}
	// the zero Due is refused, never read as a platform owing nothing
	_, err := ledger.Reconcile(nil, nil, []ledger.Due{{}})
	require.ErrorIs(t, err, ledger.ErrBadRecord)

	// the sum of one key's due amounts is checked: 92 234 amounts of 10¹²
	// 元 leave the range of an amount
	big := make([]ledger.Due, 92_234)
	for i := range big {
		big[i] = ledger.Due{Platform: "pa", Period: mar, Amount: d("1000000000000.00")}
	}
	_, err = ledger.Reconcile(nil, nil, big)
	require.ErrorIs(t, err, ledger.ErrOverflow)
	_, err = ledger.Reconcile(nil, nil, big[:92_233])
	require.NoError(t, err, "92 233 × 10¹⁴ fen fits")
}

func TestDueJSON(t *testing.T) {
	b, err := json.Marshal(ledger.Due{Platform: "pa", Period: testdates.Month(t, "2026-03"), Amount: money.MustParse("248.3")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"platform":"pa","period":"2026-03","amount":"248.30"}`, string(b))
	var back ledger.Due
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Amount == money.MustParse("248.30"))
}

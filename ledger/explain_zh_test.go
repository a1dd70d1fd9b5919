package ledger_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// Every outcome of the two steps has a Chinese reason with the figures of
// the English one.
func TestReconciliationExplainZH(t *testing.T) {
	mar := testdates.Month(t, "2026-03")
	d := money.MustParse
	rc := func(p, amt string) ledger.Receipt {
		return ledger.Receipt{ID: "T-" + p, Platform: p, Period: mar, Amount: d(amt), EntryDate: testdates.Day(t, "2026-04-20")}
	}
	cl := func(p, amt string) ledger.Collection {
		return ledger.Collection{ID: "C-" + p, Platform: p, Period: mar, Amount: d(amt)}
	}
	due := func(p, amt string) ledger.Due { return ledger.Due{Platform: p, Period: mar, Amount: d(amt)} }
	r, err := ledger.Reconcile(
		[]ledger.Receipt{rc("ok", "248.33"), rc("notax", "124.00"), rc("mismatch", "248.30"), rc("nobill", "10.00"), rc("wrongpay", "20.00")},
		[]ledger.Collection{cl("ok", "248.33"), cl("notreasury", "5.00"), cl("mismatch", "248.33"), cl("nobill", "10.00"), cl("wrongpay", "20.00")},
		[]ledger.Due{due("ok", "248.33"), due("nopay", "7.50"), due("wrongpay", "21.00"), due("mismatch", "248.33"), due("notax", "124.00"), due("notreasury", "5.00")})
	require.NoError(t, err)
	require.Len(t, r.Matches, 7)
	var en []string
	for _, m := range r.Matches {
		en = append(en, m.Key.Platform+" "+m.Key.Period.String()+": "+m.Reason)
	}
	zh := r.Explain(explain.Chinese)
	zhcheck.Check(t, en, zh, true)
	assert.Contains(t, zh, "mismatch 2026-03：国库收到 248.30 元，税务部门征收 248.33 元（第十七条）：挂账暂存")
	assert.Contains(t, zh, "wrongpay 2026-03：实缴 20.00 元，单量汇总 × 费率应为 21.00 元（第十八条）：挂账暂存")
}

func TestRefundZH(t *testing.T) {
	mar := testdates.Month(t, "2026-03")
	for _, a := range []ledger.Adjustment{
		{Platform: "p", Period: mar, Direction: ledger.RefundDue, Amount: money.MustParse("12.30")},
		{Platform: "p", Period: mar, Direction: ledger.TopUpDue, Amount: money.MustParse("0.03")},
	} {
		p, ok, err := ledger.Refund("r1", a, testdates.Day(t, "2026-05-06"), "对公账户")
		require.NoError(t, err)
		require.True(t, ok)
		zhcheck.Check(t, []string{p.Explain(explain.English), a.Amount.String()}, []string{p.Explain(explain.Chinese)}, false)
		assert.Contains(t, p.Explain(explain.Chinese), "第十六条")
	}
	// Nothing to book, and a direction off the list: no posting, the
	// second refused with its code (there is no text to render).
	_, ok, err := ledger.Refund("r0", ledger.Adjustment{Direction: ledger.NoneDue}, testdates.Day(t, "2026-05-06"), "")
	require.NoError(t, err)
	assert.False(t, ok)
	for _, d := range []ledger.Direction{"", "退款"} {
		_, ok, err = ledger.Refund("r0", ledger.Adjustment{Direction: d, Amount: money.MustParse("1.00")}, testdates.Day(t, "2026-05-06"), "对公账户")
		assert.False(t, ok)
		assert.ErrorIs(t, err, ledger.ErrBadDirection, "%q", d)
	}
}

func TestExplainZHZeroValues(t *testing.T) {
	assert.NotPanics(t, func() {
		_ = ledger.Match{}.ReasonZH()
		_ = ledger.Reconciliation{}.Explain(explain.Chinese)
		_ = ledger.Settlement{}.Explain(explain.Chinese)
		_ = ledger.Reconciliation{}.Explain(explain.English)
		_ = ledger.Settlement{}.Explain(explain.English)
	})
}

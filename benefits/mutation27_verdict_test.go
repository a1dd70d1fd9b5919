package benefits_test

// A charge's verdict from its findings (issue 19, round of seed 13): a
// refusal wins over a pending finding whatever their order; the standard
// price on its edge.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
)

func TestLineVerdictRefusalWinsOverPending(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		edit                 func(b *benefits.Bill)
		verdict              benefits.Verdict
		pay, notPay, pending string
	}{
		{"payable", func(*benefits.Bill) {}, benefits.Payable, "45.50", "0.00", "0.00"},
		// pending (materials) after refused (out of the catalogue)
		{"out of catalogue, materials missing", func(b *benefits.Bill) {
			b.Lines[0].Catalogue = benefits.FactNo
			b.Submitted = []benefits.MedicalMaterial{benefits.MedReceipt}
		}, benefits.NotPayable, "0.00", "45.50", "0.00"},
		// pending (designation unknown) before refused (out of the catalogue)
		{"designation unknown, out of catalogue", func(b *benefits.Bill) {
			b.Provider.Designated = benefits.FactUnknown
			b.Lines[0].Catalogue = benefits.FactNo
		}, benefits.NotPayable, "0.00", "45.50", "0.00"},
		{"materials missing alone", func(b *benefits.Bill) { b.Submitted = []benefits.MedicalMaterial{benefits.MedReceipt} }, benefits.Pending, "0.00", "0.00", "45.50"},
		{"catalogue unknown alone", func(b *benefits.Bill) { b.Lines[0].Catalogue = benefits.FactUnknown }, benefits.Pending, "0.00", "0.00", "45.50"},
		{"standard price equal", func(b *benefits.Bill) { b.Lines[0].Allowed = amtp("45.50") }, benefits.Payable, "45.50", "0.00", "0.00"},
		{"standard price a fen below", func(b *benefits.Bill) { b.Lines[0].Allowed = amtp("45.49") }, benefits.Payable, "45.49", "0.01", "0.00"},
		{"standard price zero", func(b *benefits.Bill) { b.Lines[0].Allowed = amtp("0") }, benefits.NotPayable, "0.00", "45.50", "0.00"},
		{"nothing charged", func(b *benefits.Bill) { b.Lines[0].Amount = amt("0") }, benefits.Payable, "0.00", "0.00", "0.00"},
	} {
		b := outpatient(t, "B1", "2026-03-03", "45.50")
		tc.edit(&b)
		r := assess(t, claimOf(t, b))
		require.Len(t, r.Lines, 1, tc.name)
		l := r.Lines[0]
		assert.Equal(t, tc.verdict, l.Verdict, "%s: %v", tc.name, rulesOf(l))
		assert.Equal(t, [3]string{tc.pay, tc.notPay, tc.pending}, [3]string{l.Payable.String(), l.NotPayable.String(), l.Pending.String()}, tc.name)
		above := false
		for _, f := range l.Findings {
			if f.Rule == benefits.RuleAboveStandard {
				above = true
				assert.Equal(t, tc.notPay, f.Amount().String(), tc.name)
			}
		}
		assert.Equal(t, tc.name == "standard price a fen below" || tc.name == "standard price zero", above, tc.name)
	}
}

package ledger_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// A payment on the ban's last day is inside the 3 years of 第六十四条; the
// day after is not (a second auditor's hand mutation went unnoticed).
func TestPaymentOnTheBansLastDay(t *testing.T) {
	end := ledger.AgreementEnd{Insurer: "x", Ended: testdates.Day(t, "2026-05-10"), Reason: ledger.Fraud}
	assert.ErrorIs(t, ledger.CheckPayments([]ledger.Payment{{ID: "P", Insurer: "x", Date: testdates.Day(t, "2029-05-10")}}, []ledger.AgreementEnd{end}), ledger.ErrInsurerBanned)
	assert.NoError(t, ledger.CheckPayments([]ledger.Payment{{ID: "P", Insurer: "x", Date: testdates.Day(t, "2029-05-11")}}, []ledger.AgreementEnd{end}))
}

// The settlement's Chinese lines cite 第五十七条 for the settlement and
// 第五十六条 for a payment above the warning limit.
func TestSettlementChineseCitesItsArticles(t *testing.T) {
	p := ledger.Payment{ID: "big", Insurer: "ins", Worker: "w1", Date: testdates.Day(t, "2026-03-05"), Subject: ledger.Medical, Amount: money.MustParse("50000.01")}
	s, err := ledger.Settle("ins", testdates.Month(t, "2026-03"), []ledger.Payment{p}, money.MustParse("50000"), testdates.Day(t, "2026-04-10"))
	require.NoError(t, err)
	zh := s.Explain(explain.Chinese)
	assert.Equal(t, "ins 2026-03 垫付的待遇合计 50000.01 元，于 2026-04 结算（第五十七条）", zh[0])
	assert.Equal(t, "  big 超过预警金额，需复核（第五十六条）", zh[len(zh)-1])
}

// Each of 第六十四条's reasons names its own item in Chinese.
func TestEndReasonsChineseNameTheirItem(t *testing.T) {
	for r, item := range map[ledger.EndReason]string{ledger.FailedAnnualReview: "（一）", ledger.SeriousFailure: "（二）",
		ledger.Misappropriation: "（三）", ledger.Fraud: "（四）", ledger.InformationSecurity: "（五）", ledger.OtherViolation: "（六）"} {
		assert.Contains(t, r.Chinese(), item, r)
		for other, o := range map[ledger.EndReason]string{ledger.FailedAnnualReview: "（一）", ledger.SeriousFailure: "（二）",
			ledger.Misappropriation: "（三）", ledger.Fraud: "（四）", ledger.InformationSecurity: "（五）", ledger.OtherViolation: "（六）"} {
			if other != r {
				assert.NotContains(t, r.Chinese(), o, r)
			}
		}
	}
}

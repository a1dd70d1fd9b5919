package claims_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/money"
)

// The Chinese reason of a late application names the platform's 30 days
// (第二十一条第一款, 第二十二条第二款), the day the window ended and the day
// the application came (an auditor's hand mutation: "90日" went unnoticed).
func TestLateCostsReasonNamesThe30Days(t *testing.T) {
	d := calendar.MustParseDate
	rb, err := claims.NewRulebook(calendar.Default(), claims.Rules{})
	require.NoError(t, err)
	c := claims.Case{Accident: d("2025-03-03"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: d("2025-04-03"), AcceptedOn: d("2025-04-10"), Clarity: claims.NotClear}
	split, err := rb.SplitLateCosts(c, []claims.Cost{{Date: d("2025-03-03"), Amount: money.MustParse("100.00")}})
	require.NoError(t, err)
	assert.Contains(t, split.Reasons, "平台企业的申请期限 2025-04-02 届满，2025-04-03 才提出申请：平台企业未在30日内提出申请（第二十二条第二款）")
	assert.Equal(t, "100.00", split.Platform.String())
	assert.Equal(t, "0.00", split.Fund.String())
}

// A cost the missing identity check caused is the platform's, and its
// reason cites 第六十九条第二款 (a second auditor's hand mutation went
// unnoticed).
func TestIdentityHarmCostReasonCites69Paragraph2(t *testing.T) {
	accident := calendar.MustParseDate("2026-03-10")
	cc := costCase{FiledOn: calendar.MustParseDate("2026-03-12"), AcceptedOn: calendar.MustParseDate("2026-03-13"), IdentityNotVerified: true}
	harm := claims.Cost{Date: accident, Item: "门诊", Amount: money.MustParse("40"), IdentityHarm: true}
	s, err := splitCosts(book(t), accident, cc, []claims.Cost{harm})
	require.NoError(t, err)
	assert.Contains(t, s.Reasons, "2026-03-10 门诊 40.00 元：因未核验身份产生，由平台企业承担（第六十九条第二款）")
	assert.Equal(t, "40.00", s.Platform.String())
}

package benefits_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// The Chinese explanation says the disability allowance starts the month
// after the assessment (第三十八条), with that month (an auditor's hand
// mutation: "当月" for "次月" went unnoticed).
func TestAllowanceStartsTheMonthAfterTheAssessmentInChinese(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	a, err := mustRulebook(t, params, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 3})
	require.NoError(t, err)
	assert.Contains(t, strings.Join(a.Explain(explain.Chinese), "\n"), "自 2024-10 起（鉴定结论作出的次月，第三十八条）")
}

// A veteran's old injury recurring gets no one-time grant, and the Chinese
// note cites 第四十二条 (a second auditor's hand mutation went unnoticed).
func TestVeteranNoteCitesArticle42(t *testing.T) {
	ps, err := newParams(commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional), yearWage(t, 2025, "120000"), yearWage(t, 2026, "130000"), yearWage(t, 2027, "140000"))
	require.NoError(t, err)
	a, err := mustRulebook(t, ps, benefits.Rules{WarningLimit: money.MustParse("6000")}).Compute(benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2027-02-10"), Grade: 1, Veteran: true})
	require.NoError(t, err)
	assert.Contains(t, strings.Join(a.Explain(explain.Chinese), "\n"), "退役军人旧伤复发：不支付一次性伤残补助金（第四十二条）")
}

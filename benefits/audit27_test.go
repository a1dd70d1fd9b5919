package benefits_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
)

// The Chinese explanation says the disability allowance starts the month
// after the assessment (第三十八条), with that month (an auditor's hand
// mutation: "当月" for "次月" went unnoticed).
func TestAllowanceStartsTheMonthAfterTheAssessmentInChinese(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	a, err := mustRulebook(t, params, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 3})
	require.NoError(t, err)
	assert.Contains(t, strings.Join(a.ExplainZH(), "\n"), "自 2024-10 起（鉴定结论作出的次月，第三十八条）")
}

package benefits_test

// The platform's own lines (第四十六条) added up: their total in money's
// range is listed, one beyond it refused (issue 19, round of seed 13).

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

// Each line is below 10¹⁵ 元; 92 of 999999999999999.99 add up to
// 91999999999999999.08 元, inside money's range (about 9.22 × 10¹⁶ 元);
// 93 pass it: ErrBadCase naming the platform's total, never a wrapped sum.
func TestPlatformTotalAtMoneysRange(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	line := benefits.PlatformLine{Kind: benefits.LivingAllowance, Amount: money.MustParse("999999999999999.99")}
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 10}
	for i := 0; i < 92; i++ {
		c.Platform = append(c.Platform, line)
	}
	a, err := rb.Compute(c)
	require.NoError(t, err)
	assert.Equal(t, "91999999999999999.08", a.PlatformTotal.String())
	assert.Len(t, a.Platform, 92)
	c.Platform = append(c.Platform, line)
	_, err = rb.Compute(c)
	require.ErrorIs(t, err, benefits.ErrBadCase)
	assert.Contains(t, err.Error(), "platform's total")
}

package benefits_test

// A posthumous child's first pension month on its edges (因工死亡职工供养亲属
// 范围规定 第二条; 第四十条), issue 19 round of seed 13.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
)

// Death 2024-04-20: the pensions start in 2024-05. A child born after the
// death in April or in May starts with the others; one born on 1 June
// starts in June. Spouse 111347 × 0.6 × 0.4 ÷ 12 = 2226.94, child × 0.3 =
// 1670.205 → 1670.21; the monthly total is the first month's.
func TestPosthumousChildFirstMonthEdges(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	for _, tc := range []struct {
		birth   string
		items   []string
		monthly string
	}{
		{"2024-04-21", []string{"s 2024-05– 2226.94", "c 2024-05–2042-04 1670.21"}, "3897.15"},
		{"2024-05-31", []string{"s 2024-05– 2226.94", "c 2024-05–2042-05 1670.21"}, "3897.15"},
		{"2024-06-01", []string{"s 2024-05– 2226.94", "c 2024-06–2042-06 1670.21"}, "2226.94"},
	} {
		a, err := rb.Compute(deathCase(t, spouse(), child(t, "c", tc.birth)))
		require.NoError(t, err, tc.birth)
		assert.Equal(t, tc.items, pensionItems(a), tc.birth)
		assert.Equal(t, tc.monthly, a.MonthlyTotal.String(), tc.birth)
	}
}

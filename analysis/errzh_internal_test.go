package analysis

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// Issue 22: the period's and the case IDs' refusals say in Chinese what
// the English says, with its figures.
func TestRefusalsInChinese(t *testing.T) {
	m := calendar.MustParseMonth
	months := func(p Period) error { _, err := p.Months(); return err }
	for _, c := range []struct {
		name string
		err  error
		zh   string
	}{
		{"reversed", months(Period{From: m("2026-04"), To: m("2026-03")}), "分析或测算期间不合要求：起止月份缺失、颠倒，或超过120个月：终止月份 2026-03 早于起始月份 2026-04"},
		{"too long", months(Period{From: m("2016-01"), To: m("2026-03")}), "分析或测算期间不合要求：起止月份缺失、颠倒，或超过120个月：共 123 个月，最多 120 个月"},
		{"long id", checkID(strings.Repeat("a", maxIDBytes+1), map[string]bool{}), ""},
		{"twice", checkID("c1", map[string]bool{"c1": true}), `案件编号缺失、重复、过长或含不可见字符：该案件不计入，其余照常计算：编号 c1 出现两次（按第一次出现的计算）`},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Error(t, c.err)
			var zh interface{ Chinese() string }
			require.True(t, errors.As(c.err, &zh))
			assert.Empty(t, zhcheck.Missing([]string{c.err.Error()}, []string{zh.Chinese()}), "EN: %s\nZH: %s", c.err, zh.Chinese())
			if c.zh != "" {
				assert.Equal(t, c.zh, zh.Chinese())
			}
		})
	}
}

package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

func TestDeadlineExplainZH(t *testing.T) {
	c := calendar.Default()
	var all []calendar.Deadline
	d, err := c.WithinDays(testdates.Day(t, "2025-09-01"), 30)
	require.NoError(t, err)
	all = append(all, d)
	zh := d.Explain(explain.Chinese)
	assert.Contains(t, zh, "事件发生日 2025-09-01（不计入）加 30 日，原定最后一日为 2025-10-01")
	assert.Contains(t, zh, "计算所得期限：2025-10-09（星期四）")
	assert.Contains(t, zh[len(zh)-1], "期限：2025-10-09")

	d, err = c.DeclarationDeadline(testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	all = append(all, d)
	assert.Contains(t, d.Explain(explain.Chinese), "申报期内连续 3 日休假（2026-04-04 至 2026-04-06）：顺延 3 日")

	d, err = c.WithinWorkdays(testdates.Day(t, "2026-09-28"), 10)
	require.NoError(t, err)
	all = append(all, d)
	d, err = c.WithinMonths(testdates.Day(t, "2025-02-17"), 12)
	require.NoError(t, err)
	all = append(all, d)
	d, err = c.DayOfMonth(testdates.Month(t, "2026-10"), 5)
	require.NoError(t, err)
	all = append(all, d)
	for _, d := range all {
		zhcheck.Check(t, d.Explain(explain.English), d.Explain(explain.Chinese), true)
	}
}

func TestDeadlineExplainZHZeroValue(t *testing.T) {
	assert.NotPanics(t, func() { _ = calendar.Deadline{}.Explain(explain.Chinese) })
	assert.Equal(t, "星期一", calendar.WeekdayZH(1))
}

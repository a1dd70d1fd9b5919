package claims_test

// Round 17 of the mutation study (issue 19).

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// The extension cap (第二十二条第一款: no extension past the 工伤保险条例
// 第十七条 period) bounds extensions; it is no step anyone must take, so a
// case looked at after the cap has passed shows it open, never overdue,
// while the 30-day platform window it bounds is overdue.
func TestExtensionCapIsNeverOverdue(t *testing.T) {
	c := claims.Case{Accident: testdates.Day(t, "2025-09-01"), State: claims.StateReported, ReportedOn: testdates.Day(t, "2025-09-02")}
	items, err := book(t).Deadlines(c, testdates.Day(t, "2026-11-30"))
	require.NoError(t, err)
	var capItem, platform *claims.Item
	for i := range items {
		switch items[i].Articles {
		case "第二十二条第一款":
			capItem = &items[i]
		case "第二十一条第一款":
			if platform == nil {
				platform = &items[i]
			}
		}
	}
	require.NotNil(t, capItem, "%+v", items)
	require.NotNil(t, platform, "%+v", items)
	require.True(t, capItem.Deadline.Known(), "%v", capItem.Deadline.Err())
	assert.True(t, capItem.Deadline.Date.Before(testdates.Day(t, "2026-11-30")), "the cap has passed: %s", capItem.Deadline.Date)
	assert.Equal(t, calendar.StandingOpen, capItem.Standing)
	assert.Equal(t, calendar.StandingOverdue, platform.Standing)
}

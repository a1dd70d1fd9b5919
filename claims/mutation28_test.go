package claims_test

// Round 17 of the mutation study (issue 19).

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/errcode"
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

// 第二十八条's attribution counts each order once: the same platform's
// order ID given twice is refused (code bad_order), wherever the copy is.
func TestAttributeRefusesAnOrderGivenTwice(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
	o := claims.Order{Platform: "p", OrderID: "o1", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-50 * time.Minute)}
	other := claims.Order{Platform: "q", OrderID: "o1", AcceptedAt: at.Add(-2 * time.Hour), StartedAt: at.Add(-time.Hour)}
	for _, orders := range [][]claims.Order{{o, o}, {o, other, o}, {other, o, o}} {
		_, err := book(t).Attribute(claims.Accident{At: at}, orders)
		require.Error(t, err)
		assert.Equal(t, "bad_order", errcode.Of(err).Code(), "%v", err)
	}
	// The same ID on two platforms is two orders.
	a, err := book(t).Attribute(claims.Accident{At: at}, []claims.Order{o, other})
	require.NoError(t, err)
	assert.Len(t, a.Candidates, 2)
}

// 第二十六条 under the found-clear clock, when neither limit can be counted
// (both run into a year whose schedule is not loaded) and the 7 working
// days from the day facts were found clear cannot end before the 30 from
// acceptance: the 30 bind, unknown, not before their own earliest day.
func TestDecisionDeadlineBothUnknownThirtyBind(t *testing.T) {
	fc := claims.Rules{DecisionClock: claims.ClockFromFoundClear}
	c := claims.Case{Accident: testdates.Day(t, "2026-12-01"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: testdates.Day(t, "2026-12-30"), AcceptedOn: testdates.Day(t, "2026-12-30"), Clarity: claims.Clear,
		ClearOn: testdates.Day(t, "2027-01-25")}
	thirty, err := book(t).DecisionDeadline(c) // from acceptance: the 30
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	require.False(t, thirty.Known())
	dl, err := book(t, fc).DecisionDeadline(c)
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.False(t, dl.Known())
	assert.Equal(t, thirty.NotBefore(), dl.NotBefore(), "the 30 bind: not before their earliest day")
}

// The duplicate's refusal says in Chinese which two entries repeat.
func TestAttributeDuplicateOrderChinese(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
	o := claims.Order{Platform: "p", OrderID: "o1", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-50 * time.Minute)}
	_, err := book(t).Attribute(claims.Accident{At: at}, []claims.Order{o, o})
	var zh interface{ Chinese() string }
	require.ErrorAs(t, err, &zh)
	assert.Equal(t, `订单数据不合要求：第 2 条：平台企业 "p" 的订单 "o1" 与第 1 条重复`, zh.Chinese())
}

// Round 19 (issue 19): the Chinese of an order's refusal names its entry by
// number, counted from 1 as the English does.
func TestOrderRefusalNamesItsEntryInChinese(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
	ok := claims.Order{Platform: "p", OrderID: "o1", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-50 * time.Minute)}
	bad := claims.Order{Platform: "q", OrderID: "o2", StartedAt: at.Add(-50 * time.Minute)}
	_, err := book(t).Attribute(claims.Accident{At: at}, []claims.Order{ok, bad})
	var zh interface{ Chinese() string }
	require.ErrorAs(t, err, &zh)
	assert.Contains(t, err.Error(), "#2 (o2)")
	assert.Contains(t, zh.Chinese(), "第 2 条（o2）：没有接单时刻")
}

// Round 19: an extension with a request date but no applicant is no
// "no extension": it is refused for its applicant (第二十二条第一款: the
// platform or the worker's side asks).
func TestExtensionWithoutApplicantIsRefused(t *testing.T) {
	c := claims.Case{Accident: testdates.Day(t, "2026-03-02"),
		PlatformExtension: claims.Extension{RequestedOn: testdates.Day(t, "2026-03-20"), Reason: "伤情待查"}}
	_, err := book(t).ApplicationWindows(c)
	require.Error(t, err)
	assert.Equal(t, "bad_applicant", errcode.Of(err).Code(), "%v", err)
}

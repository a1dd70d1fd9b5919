package eligibility_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
)

func boolRow(registered, inScope, ended, endKind string) string {
	return "o1,w1,platform-a,instant_delivery," + registered + "," + inScope +
		",2026-03-31T23:00:00+08:00,2026-03-31T23:10:00+08:00,310101," + ended + "," + endKind
}

// registered and in_scope are "true" or "false": a 1, a 0, another case
// or spaces are refused, never read as a boolean.
func TestCSVBooleanRefusals(t *testing.T) {
	for _, b := range []string{"true", "false"} {
		e, err := eligibility.ParseRecord(boolRow(b, "true", "2026-03-31T23:30:00+08:00", "delivered"))
		require.NoError(t, err, b)
		assert.Equal(t, b == "true", e.Registered, b)
	}
	for _, b := range []string{"1", "0", "TRUE", "True", "t", "yes", " true", "true ", ""} {
		_, err := eligibility.ParseRecord(boolRow(b, "true", "2026-03-31T23:30:00+08:00", "delivered"))
		assert.ErrorIs(t, err, eligibility.ErrNotBool, "registered %q", b)
		_, err = eligibility.ParseRecord(boolRow("true", b, "2026-03-31T23:30:00+08:00", "delivered"))
		assert.ErrorIs(t, err, eligibility.ErrNotBool, "in_scope %q", b)
	}
	// Through ReadCSV the row is invalid, counted as such, and nothing is tallied.
	b := eligibility.Batch{Month: testdates.Month(t, "2026-03")}
	csv := eligibility.CSVHeader + "\n" + boolRow("1", "1", "2026-03-31T23:30:00+08:00", "delivered") + "\n"
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(csv), &b))
	assert.Equal(t, int64(1), b.Counts().Invalid)
	assert.Len(t, b.Invalid(), 1)
	assert.Equal(t, int64(0), b.Counts().Counted)
	assert.True(t, b.Balanced())
}

// 第十条: an execution counts on the Beijing day it ended, up to 24:00: an
// end at 23:59:59.999999999 Beijing is that day, at 24:00 (00:00 of the
// next day, 16:00 UTC) the next; a batch of March counts the first and
// excludes the second as another month's.
func TestEndsAtMidnightBeijing(t *testing.T) {
	for ended, want := range map[string]string{
		"2026-03-31T23:59:59.999999999+08:00": "2026-03-31",
		"2026-03-31T15:59:59.999999999Z":      "2026-03-31",
		"2026-04-01T00:00:00+08:00":           "2026-04-01",
		"2026-03-31T16:00:00Z":                "2026-04-01",
		"2026-03-31T00:00:00+08:00":           "2026-03-31",
		"2026-03-30T16:00:00Z":                "2026-03-31",
	} {
		tm, err := time.Parse(time.RFC3339Nano, ended)
		require.NoError(t, err)
		e := eligibility.Execution{OrderID: "o", WorkerID: "w", Platform: "p", Industry: eligibility.InstantDelivery, Registered: true, InScope: true,
			AcceptedAt: tm.Add(-time.Hour), StartedAt: tm.Add(-time.Hour), StartDivision: "310101", EndedAt: tm, EndKind: eligibility.Delivered}
		d, err := eligibility.Decide(&e)
		require.NoError(t, err, ended)
		assert.True(t, d.Counted, ended)
		assert.Equal(t, want, d.Day.String(), "ended %s", ended)

		b := eligibility.Batch{Month: testdates.Month(t, "2026-03")}
		_, err = b.Add(1, &e)
		require.NoError(t, err)
		inMarch := strings.HasPrefix(want, "2026-03")
		assert.Equal(t, map[bool]int64{true: 1, false: 0}[inMarch], b.Counts().Counted, ended)
		assert.Equal(t, map[bool]int64{true: 0, false: 1}[inMarch], b.Counts().ExcludedOtherMonth, ended)
		assert.True(t, b.Balanced())
	}
}

// An execution that never ended is excluded under 第十条第一款第（三）项 and
// shows in that clause's count; so does a cancelled one; each failing
// clause is counted once per execution.
func TestNeverEndedInTheClauseCounts(t *testing.T) {
	b := eligibility.Batch{Month: testdates.Month(t, "2026-03")}
	csv := eligibility.CSVHeader + "\n" +
		"o1,w1,p,instant_delivery,true,true,2026-03-10T10:00:00+08:00,2026-03-10T10:05:00+08:00,310101,,\n" +
		"o2,w1,p,instant_delivery,true,true,2026-03-10T10:00:00+08:00,2026-03-10T10:05:00+08:00,310101,2026-03-10T10:30:00+08:00,cancelled\n" +
		"o3,w1,p,instant_delivery,false,true,2026-03-10T10:00:00+08:00,2026-03-10T10:05:00+08:00,320101,,\n" +
		"o4,w1,p,instant_delivery,true,true,2026-03-10T10:00:00+08:00,2026-03-10T10:05:00+08:00,310101,2026-03-10T10:30:00+08:00,delivered\n"
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(csv), &b))
	assert.Equal(t, int64(4), b.Counts().Input)
	assert.Equal(t, int64(1), b.Counts().Counted)
	assert.Equal(t, int64(3), b.Counts().Excluded)
	assert.Equal(t, int64(3), b.Counts().ExcludedBy(eligibility.ClauseEnded), "o1 never ended, o2 cancelled, o3 never ended")
	assert.Equal(t, int64(1), b.Counts().ExcludedBy(eligibility.ClauseRegistered))
	assert.Equal(t, int64(1), b.Counts().ExcludedBy(eligibility.ClauseInShanghai))
	assert.True(t, b.Balanced())
}

// A Tally holds 2020-01-01 to 2039-12-31 Beijing: an end in the first and
// the last second of that span is decided, one second outside it is an
// error, never a guessed day.
func TestTallyDaysEdges(t *testing.T) {
	for ended, ok := range map[string]bool{
		"2020-01-01T00:00:00+08:00": true, "2019-12-31T23:59:59+08:00": false,
		"2039-12-31T23:59:59+08:00": true, "2040-01-01T00:00:00+08:00": false,
	} {
		tm, err := time.Parse(time.RFC3339, ended)
		require.NoError(t, err)
		e := eligibility.Execution{OrderID: "o", WorkerID: "w", Platform: "p", Industry: eligibility.RideHailing, Registered: true, InScope: true,
			AcceptedAt: tm.Add(-time.Minute), StartedAt: tm.Add(-time.Minute), StartDivision: "310101", EndedAt: tm, EndKind: eligibility.Delivered}
		d, err := eligibility.Decide(&e)
		if ok {
			require.NoError(t, err, ended)
			assert.Equal(t, ended[:10], d.Day.String(), ended)
		} else {
			assert.ErrorIs(t, err, eligibility.ErrTimeOutsideCovered, ended)
		}
	}
}

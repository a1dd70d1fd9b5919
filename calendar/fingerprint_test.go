package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

func TestFingerprintFollowsTheSchedulesAndOverrides(t *testing.T) {
	def := calendar.Default()
	require.Len(t, def.Fingerprint(), 64)

	// The same schedules, loaded again in another order: the same fingerprint.
	s := def.Schedules()
	rev := make([]calendar.Schedule, len(s))
	for i := range s {
		rev[len(s)-1-i] = s[i]
	}
	again, err := calendar.New(rev...)
	require.NoError(t, err)
	require.Equal(t, def.Fingerprint(), again.Fingerprint())

	// One year fewer: another fingerprint.
	fewer, err := calendar.New(s[1:]...)
	require.NoError(t, err)
	require.NotEqual(t, def.Fingerprint(), fewer.Fingerprint())

	// An override changes it; the receiver keeps its own.
	period, err := calendar.ParseMonth("2022-03")
	require.NoError(t, err)
	day, err := calendar.ParseDate("2022-06-30")
	require.NoError(t, err)
	over, err := def.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: period, Date: day, Source: "沪税 test"})
	require.NoError(t, err)
	require.NotEqual(t, def.Fingerprint(), over.Fingerprint())
	require.Equal(t, again.Fingerprint(), def.Fingerprint())

	// A source is part of what a calendar was built from.
	s2 := def.Schedules()
	s2[0].Source += " (copy)"
	src, err := calendar.New(s2...)
	require.NoError(t, err)
	require.NotEqual(t, def.Fingerprint(), src.Fingerprint())

	// nil and zero calendars: the fingerprint of no years, never a panic.
	var nilCal *calendar.Calendar
	require.Equal(t, (&calendar.Calendar{}).Fingerprint(), nilCal.Fingerprint())
	empty, err := calendar.New()
	require.NoError(t, err)
	require.Equal(t, nilCal.Fingerprint(), empty.Fingerprint())
	require.NotEqual(t, nilCal.Fingerprint(), def.Fingerprint())
}

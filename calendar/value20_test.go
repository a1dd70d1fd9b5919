package calendar_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

// A Deadline is a value (issue 20): it carries the days behind it, so one
// read back from JSON is == to the one written and explains itself the
// same, in English and Chinese, with the same days off.
func TestDeadlineRoundTripExplainsItselfTheSame(t *testing.T) {
	c := calendar.Default()
	p2609 := month(t, "2026-09")
	s2026 := c.Schedules()[len(c.Schedules())-1]
	s2026.Source = "调用方的 2026 年安排（测试）"
	replaced, err := c.With(s2026)
	require.NoError(t, err)
	official, err := c.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: month(t, "2026-12"), Date: day(t, "2027-01-20"), Source: exampleSource})
	require.NoError(t, err)
	var dls []calendar.Deadline
	add := func(dl calendar.Deadline, err error) {
		t.Helper()
		require.NoError(t, err)
		dls = append(dls, dl)
	}
	add(c.DeclarationDeadline(p2609))                          // extended over National Day
	add(c.WithinWorkdays(day(t, "2026-02-10"), 7))             // over the Spring Festival
	add(c.WithinDays(day(t, "2026-09-01"), 30))                // moved over National Day
	add(c.WithinMonths(day(t, "2025-03-15"), 12))              // a Sunday moved over
	add(c.PushDeadline(month(t, "2026-10")))                   // the 5th in the holiday
	add(replaced.DeclarationDeadline(p2609))                   // a replaced schedule
	add(official.DeclarationDeadline(month(t, "2026-12")))     // official, computed unknown
	unknown, err := c.DeclarationDeadline(month(t, "2026-12")) // unknown
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	dls = append(dls, unknown)
	require.NotEmpty(t, dls[5].ReplacedSchedules())
	for _, dl := range dls {
		b, err := json.Marshal(dl)
		require.NoError(t, err)
		var back calendar.Deadline
		require.NoError(t, json.Unmarshal(b, &back), string(b))
		assert.True(t, dl == back, string(b))
		assert.Equal(t, dl.Explain(explain.English), back.Explain(explain.English))
		assert.Equal(t, dl.Explain(explain.Chinese), back.Explain(explain.Chinese))
		assert.Equal(t, dl.MovedOver(), back.MovedOver())
		assert.Equal(t, dl.NotCounted(), back.NotCounted())
		assert.Equal(t, dl.ReplacedSchedules(), back.ReplacedSchedules())
		assert.Equal(t, dl.Known(), back.Known())
		assert.Equal(t, dl.NotBefore(), back.NotBefore())
		assert.Equal(t, dl.Err(), back.Err())
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
	}
	// == compares what a deadline says, not which calendar computed it.
	again, err := calendar.Default().WithOverrides()
	require.NoError(t, err)
	dl, err := again.DeclarationDeadline(p2609)
	require.NoError(t, err)
	assert.True(t, dl == dls[0])
	assert.False(t, dls[5] == dls[0], "the replaced schedule is part of what it says")
}

// Every Calendar method that computes a deadline returns the unknown
// Deadline beside a *YearNotCoveredError: Known false, no date, the year
// (Err) and the day it cannot be earlier than (NotBefore).
func TestUnknownDeadlineBesideTheError(t *testing.T) {
	c := calendar.Default() // 2019–2026
	cases := []struct {
		name      string
		get       func() (calendar.Deadline, error)
		notBefore string
	}{
		{"declaration 2026-12", func() (calendar.Deadline, error) { return c.DeclarationDeadline(month(t, "2026-12")) }, "2027-01-15"},
		{"push 2027-01", func() (calendar.Deadline, error) { return c.PushDeadline(month(t, "2027-01")) }, "2027-01-05"},
		{"rates 2027", func() (calendar.Deadline, error) { return c.RateDeadline(2027) }, "2027-01-05"},
		{"30 days from 2026-12-20", func() (calendar.Deadline, error) { return c.WithinDays(day(t, "2026-12-20"), 30) }, "2027-01-19"},
		{"12 months from 2026-03-15", func() (calendar.Deadline, error) { return c.WithinMonths(day(t, "2026-03-15"), 12) }, "2027-03-15"},
		// 2026-12-28 Monday: 29, 30, 31 are working days (3 counted),
		// then every 2027 day counts: the 10th is 2027-01-07.
		{"10 working days from 2026-12-28", func() (calendar.Deadline, error) { return c.WithinWorkdays(day(t, "2026-12-28"), 10) }, "2027-01-07"},
		// Before the calendar every day of 2018 counts (12-31), then
		// 2019's working days: 01-01 is New Year's Day, 01-02 and 01-03 count.
		{"3 working days from 2018-12-30", func() (calendar.Deadline, error) { return c.WithinWorkdays(day(t, "2018-12-30"), 3) }, "2019-01-03"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dl, err := tc.get()
			require.ErrorIs(t, err, calendar.ErrNotCovered)
			assert.False(t, dl.Known())
			assert.True(t, dl.Date.IsZero())
			assert.True(t, dl.Computed.IsZero())
			assert.Equal(t, tc.notBefore, dl.NotBefore().String())
			assert.Equal(t, err, dl.Err())
			assert.ErrorIs(t, dl.Err(), calendar.ErrNotCovered)
			assert.Nil(t, dl.MovedOver())
			assert.Nil(t, dl.NotCounted())
			assert.Contains(t, dl.Explain(explain.English)[len(dl.Explain(explain.English))-1], "deadline: unknown, not before "+tc.notBefore)
			assert.Contains(t, dl.Explain(explain.Chinese)[len(dl.Explain(explain.Chinese))-1], "不早于 "+tc.notBefore)
			for _, line := range dl.Explain(explain.English) {
				assert.NotContains(t, line, "0001-01-01")
			}
		})
	}
	// Other errors give the zero Deadline.
	var nilCal *calendar.Calendar
	dl, err := nilCal.WithinWorkdays(day(t, "2026-01-05"), 3)
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	assert.Equal(t, calendar.Deadline{}, dl)
	dl, err = c.WithinDays(day(t, "2026-01-05"), 0)
	assert.Error(t, err)
	assert.Equal(t, calendar.Deadline{}, dl)
	assert.NoError(t, dl.Err())
	assert.False(t, dl.Known())
}

// Computing a deadline allocates nothing: the days behind it are a
// substring of its calendar's.
func TestComputingDeadlinesAllocatesNothing(t *testing.T) {
	c := calendar.Default()
	start := day(t, "2026-02-10")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = c.WithinWorkdays(start, 7) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = c.WithinDays(start, 30) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = c.WithinMonths(start, 6) }))
	oct := month(t, "2026-10")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = c.PushDeadline(oct) }))
	dl, err := c.WithinWorkdays(start, 7)
	require.NoError(t, err)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = dl.StandingOn(start, calendar.Date{}) }))
}

// A step's standing against its deadline: met, overdue, open, or unknown
// when the deadline is and the day tells nothing.
func TestStandingOn(t *testing.T) {
	c := calendar.Default()
	known, err := c.WithinDays(day(t, "2026-03-02"), 30) // 2026-04-01
	require.NoError(t, err)
	unknown, err := c.WithinDays(day(t, "2026-12-20"), 30) // not before 2027-01-19
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	none := calendar.Date{}
	for _, tc := range []struct {
		dl         calendar.Deadline
		asOf, done string
		want       calendar.Standing
	}{
		{known, "2026-04-01", "", calendar.StandingOpen},
		{known, "2026-04-02", "", calendar.StandingOverdue},
		{known, "", "", calendar.StandingOpen},
		{known, "2026-05-01", "2026-04-01", calendar.StandingMet},
		{known, "2026-03-10", "2026-04-02", calendar.StandingOverdue},
		{unknown, "2027-01-19", "", calendar.StandingOpen},
		{unknown, "2027-01-20", "", calendar.StandingUnknown},
		{unknown, "2027-02-20", "2027-01-19", calendar.StandingMet},
		{unknown, "2027-02-20", "2027-01-20", calendar.StandingUnknown},
		{calendar.Deadline{}, "2026-01-01", "", calendar.StandingUnknown},
	} {
		asOf, done := none, none
		if tc.asOf != "" {
			asOf = day(t, tc.asOf)
		}
		if tc.done != "" {
			done = day(t, tc.done)
		}
		assert.Equal(t, tc.want, tc.dl.StandingOn(asOf, done), "%s as of %q done %q", tc.dl.NotBefore(), tc.asOf, tc.done)
	}
	for _, s := range []calendar.Standing{calendar.StandingUnknown, calendar.StandingOpen, calendar.StandingMet, calendar.StandingOverdue} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back calendar.Standing
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	var s calendar.Standing
	assert.Error(t, s.UnmarshalText([]byte("late")))
	_, err = calendar.Standing(9).MarshalText()
	assert.Error(t, err)
}

// A Deadline read from JSON that does not hold together is refused.
func TestDeadlineJSONRefusals(t *testing.T) {
	for _, in := range []string{
		`{}`,
		`{"rule":"within_days","start":"2026-03-02","n":30,"raw":"2026-04-01"}`,
		`{"rule":"within_days","start":"2026-03-02","n":30,"raw":"2026-04-01","computed":"2026-04-01","date":"2026-04-02"}`,
		`{"rule":"within_days","start":"2026-03-02","n":30,"raw":"2026-04-01","computed":"2026-04-01","date":"2026-04-01","not_before":"2026-04-01"}`,
		`{"rule":"within_days","start":"2026-03-02","n":30,"raw":"2026-04-01","computed":"2026-04-01","date":"2026-04-01","computed_unknown_year":2027}`,
		`{"rule":"within_days","start":"2026-03-02","n":30,"raw":"2026-04-01","computed":"2026-04-01","date":"2026-04-01","moved_over":[{"date":"2026-01-03","weekday":"Saturday","kind":"weekend"}]}`,
		`{"rule":"within_days","start":"2026-03-02","n":30,"raw":"2026-04-01","computed":"2026-04-01","date":"2026-04-01","colour":"red"}`,
	} {
		var dl calendar.Deadline
		err := json.Unmarshal([]byte(in), &dl)
		require.Error(t, err, in)
		assert.True(t, errors.Is(err, calendar.ErrBadDeadline), "%s: %v", in, err)
	}
	b, err := json.Marshal(calendar.Deadline{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
	var dl calendar.Deadline
	require.NoError(t, json.Unmarshal(b, &dl))
	assert.Equal(t, calendar.Deadline{}, dl)
}

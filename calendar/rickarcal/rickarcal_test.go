package rickarcal_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/calendar/rickarcal"
)

// The rickar/cal adapter gives the same answers as the calendar on every day
// of 2019–2026, and WorkdaysFrom agrees with AddWorkdays.
func TestRickarAdapterAgreesOnEveryDay(t *testing.T) {
	c := calendar.Default()
	a := rickarcal.New(c)
	bc := a.BusinessCalendar()
	d := calendar.MustParseDate("2019-01-01")
	last := calendar.MustParseDate("2026-12-31")
	for !d.After(last) {
		want, err := c.IsWorkday(d)
		require.NoError(t, err)
		assert.Equal(t, want, bc.IsWorkday(d.In(calendar.Beijing())), d.String())
		// 10 working days on, where both stay inside 2019–2026.
		if got, err := c.AddWorkdays(d, 10); err == nil {
			viaRickar := bc.WorkdaysFrom(d.In(time.UTC), 10)
			assert.Equal(t, got.String(), viaRickar.Format(time.DateOnly), "10 working days after %s", d)
		}
		d, _ = d.AddDays(1)
	}
	require.NoError(t, a.Err())
	n := bc.WorkdaysInRange(calendar.MustParseDate("2026-01-01").In(time.UTC), calendar.MustParseDate("2026-12-31").In(time.UTC))
	assert.Equal(t, 248, n)
	require.NoError(t, a.Err())
}

func TestRickarAdapterReportsUncoveredDays(t *testing.T) {
	a := rickarcal.New(calendar.Default())
	bc := a.BusinessCalendar()
	// WorkdaysFrom walks into 2027; it still returns, and Err says the
	// answer must be discarded.
	_ = bc.WorkdaysFrom(time.Date(2026, 12, 30, 12, 0, 0, 0, time.UTC), 5)
	var nc *calendar.YearNotCoveredError
	require.True(t, errors.As(a.Err(), &nc), "%v", a.Err())
	assert.Equal(t, 2027, nc.Year)
}

// A nil adapter, or one over a nil calendar, answers the Monday-to-Friday
// placeholder and reports calendar.ErrNilCalendar.
func TestNilAdapter(t *testing.T) {
	a := rickarcal.New(nil)
	assert.True(t, a.IsWorkday(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)))
	assert.ErrorIs(t, a.Err(), calendar.ErrNilCalendar)
	var na *rickarcal.Adapter
	assert.False(t, na.IsWorkday(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)))
	assert.ErrorIs(t, na.Err(), calendar.ErrNilCalendar)
}

package calendar_test

// Round 18 of the mutation study (issue 19).

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// The first and the last day a calendar covers are covered: the day
// before and the day after are not (国务院办公厅 schedules are whole years).
func TestFirstAndLastCoveredDays(t *testing.T) {
	c := calendar.Default()
	years := c.Years()
	first, last := slices.Min(years), slices.Max(years)
	d0, err := calendar.DateOf(first, 1, 1)
	require.NoError(t, err)
	k, err := c.Kind(d0)
	require.NoError(t, err)
	assert.Equal(t, calendar.StatutoryHoliday, k, "1 January is a statutory holiday (元旦)")
	before, err := d0.AddDays(-1)
	require.NoError(t, err)
	_, err = c.Kind(before)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	dn, err := calendar.DateOf(last, 12, 31)
	require.NoError(t, err)
	_, err = c.Kind(dn)
	require.NoError(t, err)
	after, err := dn.AddDays(1)
	require.NoError(t, err)
	_, err = c.Kind(after)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

package calendar_test

// Tests written for the survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// WorkdaysBetween gives 0, never a partial count, beside an error for
// either end in a year the calendar lacks.
func TestWorkdaysBetweenUncoveredIsZero(t *testing.T) {
	cal := calendar.Default()
	in, err := calendar.ParseDate("2026-06-01")
	require.NoError(t, err)
	out, err := calendar.ParseDate("2027-01-04")
	require.NoError(t, err)
	for _, ab := range [][2]calendar.Date{{out, in}, {in, out}} {
		n, err := cal.WorkdaysBetween(ab[0], ab[1])
		require.ErrorIs(t, err, calendar.ErrNotCovered)
		require.Zero(t, n)
	}
}

package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

// DayInfo.String names the festival and, only when there is one, the
// notice (mutation round 14).
func TestDayInfoStringNamesItsNotice(t *testing.T) {
	d := calendar.MustParseDate("2026-02-16")
	with := calendar.DayInfo{Date: d, Kind: calendar.StatutoryHoliday, Festival: "spring_festival", Source: "国办发明电〔2025〕7号"}
	assert.Equal(t, "2026-02-16 Monday 法定节假日 (春节; 国办发明电〔2025〕7号)", with.String())
	without := with
	without.Source = ""
	assert.Equal(t, "2026-02-16 Monday 法定节假日 (春节)", without.String())
	plain := calendar.DayInfo{Date: calendar.MustParseDate("2026-02-14"), Kind: calendar.OrdinaryWeekend, Source: "ignored without a festival"}
	assert.Equal(t, "2026-02-14 Saturday 公休日", plain.String())
	info, err := calendar.Default().Day(d)
	require.NoError(t, err)
	assert.Contains(t, info.String(), "(春节; 国办发明电〔2025〕7号")
}

// An official deadline (Override) is found for every period of the
// calendar's precomputed table, its first included (December of the year
// before the first covered year), by DeclarationDue and
// DeclarationDeadline alike (mutation round 14: the table's first period
// was never overridden in a test).
func TestOverrideAtEveryEdgeOfTheTable(t *testing.T) {
	base := calendar.Default()
	for _, p := range []string{"2018-11", "2018-12", "2019-01", "2026-11", "2026-12", "2027-01"} {
		period := calendar.MustParseMonth(p)
		next, err := period.AddMonths(2)
		require.NoError(t, err)
		official := next.First()
		c, err := base.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: period, Date: official, Source: "test notice"})
		require.NoError(t, err)
		due, err := c.DeclarationDue(period)
		require.NoError(t, err, p)
		assert.Equal(t, official, due, p)
		dl, err := c.DeclarationDeadline(period)
		require.NoError(t, err, p)
		assert.Equal(t, official, dl.Date, p)
		assert.True(t, dl.Official(), p)
	}
}

// AddMonths reaches the calendar's last month (9999-12) and its first
// (0001-01), and not one past either.
func TestAddMonthsAtTheRangesEnds(t *testing.T) {
	m, err := calendar.MustParseMonth("9999-11").AddMonths(1)
	require.NoError(t, err)
	assert.Equal(t, "9999-12", m.String())
	_, err = calendar.MustParseMonth("9999-12").AddMonths(1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	m, err = calendar.MustParseMonth("0001-02").AddMonths(-1)
	require.NoError(t, err)
	assert.Equal(t, "0001-01", m.String())
	_, err = calendar.MustParseMonth("0001-01").AddMonths(-1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	m, err = calendar.MustParseMonth("0001-01").AddMonths(12*9999 - 1)
	require.NoError(t, err)
	assert.Equal(t, "9999-12", m.String())
}

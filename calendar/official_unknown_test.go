package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

// An example official deadline as a host would load it (the date is
// illustrative: the tax administration publishes the real one).
const exampleSource = "国家税务总局2027年1月份申报纳税期限（示例，由调用方提供）"

// A declaration whose count runs into a year with no schedule loaded is
// unknown (a *YearNotCoveredError) unless the host has loaded the official
// deadline: then the official date stands and the computed one is unknown,
// with explanations that print no zero date (第十四条).
func TestOfficialDeadlineOverUncoveredYear(t *testing.T) {
	base := calendar.Default() // 2019–2026
	cases := []struct {
		name   string
		cal    *calendar.Calendar
		period string
		date   string
		year   int
	}{
		{"last period of the table (2026-12 → January 2027)", base, "2026-12", "2027-01-20", 2027},
		{"period off the table (2027-03)", base, "2027-03", "2027-04-20", 2027},
		{"year missing inside the table (2025-06 without 2025)", without(t, 2025), "2025-06", "2025-07-15", 2025},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := month(t, tc.period)
			_, err := tc.cal.DeclarationDeadline(p)
			var nc *calendar.YearNotCoveredError
			require.True(t, errors.As(err, &nc), "without an override: %v", err)
			assert.Equal(t, tc.year, nc.Year)
			_, err = tc.cal.DeclarationDue(p)
			assert.ErrorIs(t, err, calendar.ErrNotCovered)

			want := day(t, tc.date)
			c, err := tc.cal.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: want, Source: exampleSource})
			require.NoError(t, err)
			dl, err := c.DeclarationDeadline(p)
			require.NoError(t, err)
			assert.Equal(t, want, dl.Date)
			assert.True(t, dl.Official())
			assert.Equal(t, exampleSource, dl.Override.Source)
			assert.True(t, dl.Computed.IsZero(), "computed %s", dl.Computed)
			assert.Equal(t, tc.year, notCoveredYear(dl.Err()))
			assert.Equal(t, calendar.RuleDeclaration, dl.Rule)
			assert.Equal(t, p.Last(), dl.Start)
			assert.Equal(t, 15, dl.N)
			assert.Equal(t, 0, dl.Extension)
			assert.Nil(t, dl.MovedOver())
			assert.Nil(t, dl.NotCounted())
			assert.Nil(t, dl.ReplacedSchedules())
			due, err := c.DeclarationDue(p)
			require.NoError(t, err)
			assert.Equal(t, want, due)

			en, zh := dl.Explain(explain.English), dl.Explain(explain.Chinese)
			for _, lines := range [][]string{en, zh} {
				for _, l := range lines {
					assert.NotContains(t, l, "0001")
					assert.NotContains(t, l, "Sunday")
					assert.NotContains(t, l, "星期日")
					assert.NotContains(t, l, "()")
					assert.NotContains(t, l, "（）")
				}
			}
			assert.Contains(t, strings.Join(en, "\n"), "computed deadline: unknown: year "+itoa(tc.year)+" is not covered")
			assert.Contains(t, strings.Join(en, "\n"), "official deadline "+tc.date+" set by "+exampleSource+" applies")
			assert.Equal(t, "deadline: "+tc.date, en[len(en)-1])
			assert.Contains(t, strings.Join(zh, "\n"), "计算所得期限：未知（"+itoa(tc.year)+" 年放假安排尚未载入）")
			assert.Contains(t, strings.Join(zh, "\n"), "适用 "+exampleSource+" 公布的正式期限 "+tc.date)
			assert.Equal(t, "期限："+tc.date, zh[len(zh)-1])

			b, err := json.Marshal(dl)
			require.NoError(t, err)
			var got map[string]any
			require.NoError(t, json.Unmarshal(b, &got))
			assert.NotContains(t, got, "computed")
			assert.Equal(t, float64(tc.year), got["computed_unknown_year"])
			assert.Equal(t, tc.date, got["date"])

			// The calendar without the override still refuses.
			_, err = tc.cal.DeclarationDeadline(p)
			assert.ErrorIs(t, err, calendar.ErrNotCovered)
		})
	}
}

// Loading the year later gives the computed date back, the official one
// still taking precedence.
func TestOfficialDeadlineThenYearLoaded(t *testing.T) {
	p := month(t, "2025-12")
	c, err := without(t, 2026).WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: day(t, "2026-01-21"), Source: exampleSource})
	require.NoError(t, err)
	dl, err := c.DeclarationDeadline(p)
	require.NoError(t, err)
	assert.Equal(t, 2026, notCoveredYear(dl.Err()))
	assert.True(t, dl.Computed.IsZero())
	var s2026 calendar.Schedule
	for _, s := range calendar.Default().Schedules() {
		if s.Year == 2026 {
			s2026 = s
		}
	}
	c, err = c.With(s2026)
	require.NoError(t, err)
	dl, err = c.DeclarationDeadline(p)
	require.NoError(t, err)
	assert.NoError(t, dl.Err())
	assert.Equal(t, "2026-01-20", dl.Computed.String())
	assert.Equal(t, "2026-01-21", dl.Date.String())
	assert.Contains(t, dl.Explain(explain.English), "official deadline 2026-01-21 set by "+exampleSource+" takes precedence over the computed 2026-01-20")
}

// The official deadline over an uncovered year is a lookup too.
func TestOfficialDeadlineOverUncoveredYearAllocatesNothing(t *testing.T) {
	p := month(t, "2026-12")
	c, err := calendar.Default().WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: p, Date: day(t, "2027-01-20"), Source: exampleSource})
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := c.DeclarationDeadline(p); err != nil {
			t.Fatal(err)
		}
		if _, err := c.DeclarationDue(p); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// notCoveredYear is the year a *calendar.YearNotCoveredError in err names, or 0.
func notCoveredYear(err error) int {
	var nc *calendar.YearNotCoveredError
	if errors.As(err, &nc) {
		return nc.Year
	}
	return 0
}

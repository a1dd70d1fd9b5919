package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

// Each refusal of WithOverrides names the override it refuses by its place
// in the call (#1, #2, …), for every check (mutation round 13: the number
// was asserted by no test).
func TestOverrideRefusalNamesItsPlace(t *testing.T) {
	src := "test notice"
	good := calendar.Override{Rule: calendar.RuleDeclaration, Period: calendar.MustParseMonth("2022-03"), Date: calendar.MustParseDate("2022-05-31"), Source: src}
	for name, bad := range map[string]calendar.Override{
		"rule must be declaration": {Rule: calendar.RuleWithinDays, Period: calendar.MustParseMonth("2022-04"), Date: calendar.MustParseDate("2022-06-30"), Source: src},
		"no date":                  {Rule: calendar.RuleDeclaration, Period: calendar.MustParseMonth("2022-04"), Source: src},
		"no period":                {Rule: calendar.RuleDeclaration, Date: calendar.MustParseDate("2022-06-30"), Source: src},
		"no source":                {Rule: calendar.RuleDeclaration, Period: calendar.MustParseMonth("2022-04"), Date: calendar.MustParseDate("2022-06-30"), Source: " "},
		"is not after the period":  {Rule: calendar.RuleDeclaration, Period: calendar.MustParseMonth("2022-04"), Date: calendar.MustParseDate("2022-04-30"), Source: src},
	} {
		for place, list := range map[string][]calendar.Override{
			"override #1:": {bad},
			"override #2:": {good, bad},
			"override #3:": {good, {Rule: calendar.RuleDeclaration, Period: calendar.MustParseMonth("2022-02"), Date: calendar.MustParseDate("2022-04-30"), Source: src}, bad},
		} {
			_, err := calendar.Default().WithOverrides(list...)
			require.ErrorIs(t, err, calendar.ErrBadOverride, name)
			assert.Contains(t, err.Error(), place, name)
			assert.Contains(t, err.Error(), name)
		}
	}
	_, err := calendar.Default().WithOverrides(good, good)
	require.ErrorIs(t, err, calendar.ErrDuplicateOverride)
	assert.Contains(t, err.Error(), "override #2 (declaration 2022-03)")
}

// A declaration deadline states its extension: the days off in runs of 3
// or more in its period (第十四条). Every deadline the calendar computes
// holds to that through JSON; one read from JSON whose extension is not
// what its days off give, or a count that is not a declaration with an
// extension, is refused (ErrBadDeadline) rather than explained with a
// figure its days do not show.
func TestDeadlineExtensionHoldsTogether(t *testing.T) {
	cal := calendar.Default()
	seen := map[int]bool{}
	for m := calendar.MustParseMonth("2019-01"); m.Before(calendar.MustParseMonth("2026-12")); m, _ = m.AddMonths(1) {
		dl, err := cal.DeclarationDeadline(m)
		require.NoError(t, err, m)
		seen[dl.Extension] = true
		b, err := json.Marshal(dl)
		require.NoError(t, err)
		var back calendar.Deadline
		require.NoError(t, json.Unmarshal(b, &back), "%s: %s", m, b)
		assert.Equal(t, dl, back, m)
		assert.Equal(t, dl.Explain(explain.English), back.Explain(explain.English), m)
	}
	assert.True(t, seen[0] && len(seen) > 1, "the years hold periods with and without an extension: %v", seen)

	dl, err := cal.DeclarationDeadline(calendar.MustParseMonth("2026-09")) // National Day: 7 days off in the period
	require.NoError(t, err)
	require.Positive(t, dl.Extension)
	lines := strings.Join(dl.Explain(explain.English), "\n")
	assert.Contains(t, lines, "extension 7 days, counted as working days after 2026-10-15")
	b, err := json.Marshal(dl)
	require.NoError(t, err)
	for _, ext := range []int{0, 1, 2, 6, 8, -1} {
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		if ext == 0 {
			delete(m, "extension")
		} else {
			m["extension"] = ext
		}
		bad, err := json.Marshal(m)
		require.NoError(t, err)
		var back calendar.Deadline
		err = json.Unmarshal(bad, &back)
		assert.True(t, errors.Is(err, calendar.ErrBadDeadline), "extension %d: %v", ext, err)
	}
	within, err := cal.WithinDays(calendar.MustParseDate("2026-03-02"), 30)
	require.NoError(t, err)
	b, err = json.Marshal(within)
	require.NoError(t, err)
	withExt := strings.Replace(string(b), `"n":30,`, `"n":30,"extension":3,`, 1)
	require.NotEqual(t, string(b), withExt)
	var back calendar.Deadline
	assert.ErrorIs(t, json.Unmarshal([]byte(withExt), &back), calendar.ErrBadDeadline)
}

// The zero Month and values outside an enum's list answer with their
// documented zero results, never a panic (the zero values of the package's
// types mean something; mutation round 13's class: paths no test met).
func TestZeroAndInvalidValuesAnswer(t *testing.T) {
	var m calendar.Month
	assert.Equal(t, 0, m.Year())
	assert.Equal(t, time.Month(0), m.Month())
	assert.True(t, m.First().IsZero())
	assert.True(t, m.Last().IsZero())
	assert.Equal(t, "", m.String())
	_, err := m.AddMonths(1)
	assert.ErrorIs(t, err, calendar.ErrZeroDate)
	assert.True(t, calendar.MonthOfDate(calendar.Date{}).IsZero())
	m2 := calendar.MustParseMonth("2026-03")
	require.NoError(t, m2.UnmarshalText(nil))
	assert.True(t, m2.IsZero(), "empty text is the zero Month")
	for _, bad := range []time.Month{0, 13, -1} {
		_, err := calendar.MonthOf(2026, bad)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "is not 1..12")
	}
	got, err := calendar.MonthOf(2026, time.December)
	require.NoError(t, err)
	assert.Equal(t, "2026-12", got.String())
	assert.Equal(t, 2026, got.Year())
	assert.Equal(t, time.December, got.Month())
	assert.Equal(t, "2026-12-01", got.First().String())
	assert.Equal(t, "2026-12-31", got.Last().String())

	assert.Equal(t, time.Sunday, calendar.Date{}.Weekday())
	assert.Equal(t, time.Monday, calendar.MustParseDate("2026-12-07").Weekday())

	assert.Equal(t, "DayKind(200)", calendar.DayKind(200).String())
	assert.Equal(t, "DayKind(200)", calendar.DayKind(200).Chinese(), "a kind outside the list is named, not blank")
	assert.Equal(t, "Rule(200)", calendar.Rule(200).String())
	assert.Equal(t, "", calendar.Rule(200).Basis())
	_, err = calendar.Rule(200).MarshalText()
	assert.ErrorContains(t, err, "invalid Rule 200")
	_, err = calendar.Rule(0).MarshalText()
	assert.ErrorContains(t, err, "invalid Rule 0")
	assert.Contains(t, calendar.RuleDeclaration.Basis(), "第十四条")
	assert.Equal(t, "Standing(9)", calendar.Standing(9).String())
	assert.Equal(t, "", calendar.Standing(9).Chinese())
	var sp *calendar.Standing
	assert.ErrorContains(t, sp.UnmarshalText([]byte("open")), "nil *Standing")
	var dp *calendar.Deadline
	assert.ErrorContains(t, dp.UnmarshalJSON([]byte(`{}`)), "nil *Deadline")
}

// Each refusal of a Deadline read from JSON is met, with its reason.
func TestDeadlineJSONEachRefusal(t *testing.T) {
	cal := calendar.Default()
	known, err := cal.WithinDays(calendar.MustParseDate("2026-03-02"), 30)
	require.NoError(t, err)
	b, err := json.Marshal(known)
	require.NoError(t, err)
	edit := func(f func(map[string]any)) []byte {
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		f(m)
		out, err := json.Marshal(m)
		require.NoError(t, err)
		return out
	}
	for reason, in := range map[string][]byte{
		"computed_unknown_year -1":    edit(func(m map[string]any) { m["computed_unknown_year"] = -1 }),
		"computed_unknown_year 10000": edit(func(m map[string]any) { m["computed_unknown_year"] = 10000 }),
		"neither date nor not_before": edit(func(m map[string]any) { delete(m, "date") }),
		"is not the override's": edit(func(m map[string]any) {
			m["override"] = map[string]any{"rule": "declaration", "period": "2026-02", "date": "2026-04-30", "source": "x"}
		}),
		"is not the computed":      edit(func(m map[string]any) { m["date"] = "2026-04-02" }),
		"want either computed or":  edit(func(m map[string]any) { delete(m, "computed") }),
		"no rule":                  edit(func(m map[string]any) { delete(m, "rule") }),
		"both date and not_before": edit(func(m map[string]any) { m["not_before"] = "2026-04-01" }),
	} {
		var dl calendar.Deadline
		err := json.Unmarshal(in, &dl)
		require.ErrorIs(t, err, calendar.ErrBadDeadline, reason)
		assert.Contains(t, err.Error(), reason)
		assert.Equal(t, calendar.Deadline{}, dl, "a refused Deadline is left as it was")
	}
	var back calendar.Deadline
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, known, back)
}

// WithinMonths refuses what cannot be counted, each with its reason.
func TestWithinMonthsRefusals(t *testing.T) {
	cal := calendar.Default()
	_, err := cal.WithinMonths(calendar.MustParseDate("2026-01-31"), 0)
	assert.ErrorContains(t, err, "a period of 0 months: want at least 1")
	_, err = cal.WithinMonths(calendar.Date{}, 1)
	assert.ErrorIs(t, err, calendar.ErrZeroDate)
	_, err = cal.WithinMonths(calendar.MustParseDate("9999-12-15"), 1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	dl, err := cal.WithinMonths(calendar.MustParseDate("2026-01-31"), 1)
	require.NoError(t, err)
	assert.Equal(t, "2026-02-28", dl.Raw.String(), "the 31st of a 28-day month is its last day")
}

package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
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
		assert.Equal(t, dl.Explanation(), back.Explanation(), m)
	}
	assert.True(t, seen[0] && len(seen) > 1, "the years hold periods with and without an extension: %v", seen)

	dl, err := cal.DeclarationDeadline(calendar.MustParseMonth("2026-09")) // National Day: 7 days off in the period
	require.NoError(t, err)
	require.Positive(t, dl.Extension)
	lines := strings.Join(dl.Explanation(), "\n")
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

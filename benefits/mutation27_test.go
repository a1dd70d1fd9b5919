package benefits_test

// Tests for the survivors of the issue 19 mutation round of seed 13 (30
// mutants on main at 5c470a0), and for the class they stand for: each
// refusal reached at its own site and named by its error and the part of
// its message that tells it from its neighbours, each edge met on it and
// either side. They assert figures, codes and fields, not explanation
// wording.

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
)

// An award without platform lines (第四十六条) writes neither "platform"
// nor "platform_total"; with one line, both, the total its amount.
func TestAwardJSONPlatformTotalOnlyWithLines(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 10}
	a, err := rb.Compute(c)
	require.NoError(t, err)
	require.Empty(t, a.Platform)
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &keys))
	assert.NotContains(t, keys, "platform_total")
	assert.NotContains(t, keys, "platform")

	c.Platform = []benefits.PlatformLine{{Kind: benefits.LivingAllowance, Amount: amt("300.50"),
		From: testdates.Month(t, "2024-05"), To: testdates.Month(t, "2024-05")}}
	a, err = rb.Compute(c)
	require.NoError(t, err)
	data, err = json.Marshal(a)
	require.NoError(t, err)
	keys = nil
	require.NoError(t, json.Unmarshal(data, &keys))
	require.Contains(t, keys, "platform_total")
	assert.JSONEq(t, `"300.50"`, string(keys["platform_total"]))
	assert.Contains(t, keys, "platform")
}

// 第三十四条: the medical amount the documents assign to the third party
// cannot exceed the total medical cost: a fen above is refused as a bad
// medical (naming the determined amount), the total itself is accepted
// (the fund's top-up then zero) and a fen below leaves the fund a fen.
func TestDeterminedMedicalAtTheTotal(t *testing.T) {
	m := benefits.Medical{Total: amt("1000.00"), Eligible: amt("800.00"), DeterminedMedical: amtp("1000.01")}
	_, err := benefits.SplitMedical(m)
	require.ErrorIs(t, err, benefits.ErrBadMedical)
	assert.Contains(t, err.Error(), "determined medical amount 1000.01")

	m.DeterminedMedical = amtp("1000.00")
	s, err := benefits.SplitMedical(m)
	require.NoError(t, err)
	assert.Equal(t, "1000.00", s.ThirdParty.String())
	assert.Equal(t, "0.00", s.Fund.String())

	m.DeterminedMedical = amtp("799.99")
	s, err = benefits.SplitMedical(m)
	require.NoError(t, err)
	assert.Equal(t, "799.99", s.ThirdParty.String())
	assert.Equal(t, "0.01", s.Fund.String())
}

// Fact on its whole domain: Known is true for a yes or a no, false for
// unknown; IsZero the reverse.
func TestFactKnownOnEveryValue(t *testing.T) {
	for f, want := range map[benefits.Fact]bool{benefits.FactUnknown: false, benefits.FactYes: true, benefits.FactNo: true} {
		assert.Equal(t, want, f.Known(), "Known(%d)", f)
		assert.Equal(t, !want, f.IsZero(), "IsZero(%d)", f)
	}
}

// ScheduleNeeds: a bad range on a good rulebook is exactly ErrRange with
// an empty list and the rulebook's fingerprint (nothing computed); a
// missing rulebook is ErrNoRulebook whatever the range; a good range
// computes.
func TestScheduleNeedsBadRangeVersusBadRulebook(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 5}
	from, to := testdates.Month(t, "2024-10"), testdates.Month(t, "2024-12")
	for name, r := range map[string][2]calendar.Month{"zero": {{}, to}, "backwards": {to, from}} {
		n, err := rb.ScheduleNeeds(c, r[0], r[1])
		assert.Equal(t, benefits.ErrRange, err, name)
		assert.Equal(t, []benefits.Need{}, n.List, name)
		assert.Equal(t, rb.Fingerprint(), n.Rulebook, name)
	}
	var none *benefits.Rulebook
	_, err := none.ScheduleNeeds(c, to, from)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	assert.NotErrorIs(t, err, benefits.ErrRange)
	_, err = none.ScheduleNeeds(c, from, to)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)

	n, err := rb.ScheduleNeeds(c, from, from)
	require.NoError(t, err)
	assert.Equal(t, rb.Fingerprint(), n.Rulebook)
}

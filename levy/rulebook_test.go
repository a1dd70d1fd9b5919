package levy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Issue 21: the fingerprint is what the rulebook was built from (calendar,
// parameter set, terms) and nothing else: the order the terms, levels and
// floatings were given in does not change it; another calendar, parameter
// or term does. Every result records it.
func TestRulebookFingerprint(t *testing.T) {
	src := "核定（测试数据）"
	a := levy.Terms{Platform: "a", FirstMonth: testdates.Month(t, "2025-01"),
		InstantDelivery: []levy.LevelAssignment{
			{From: testdates.Month(t, "2026-01"), Level: levy.LevelHigher, Source: src},
			{From: testdates.Month(t, "2026-07"), Level: levy.LevelLower, Source: src},
		},
		Floating: []levy.Floating{
			{Year: 2027, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2026, Industry: eligibility.InstantDelivery, Rate: dec("0.3"), Source: src},
		}}
	b := levy.Terms{Platform: "b", FirstMonth: testdates.Month(t, "2025-07")}
	one := rulebook(t, levy.DefaultParams(), a, b)
	fp := one.Fingerprint()
	require.Len(t, fp, 64)

	swapped := a
	swapped.InstantDelivery = []levy.LevelAssignment{a.InstantDelivery[1], a.InstantDelivery[0]}
	swapped.Floating = []levy.Floating{a.Floating[1], a.Floating[0]}
	assert.Equal(t, fp, rulebook(t, levy.DefaultParams(), b, swapped).Fingerprint(), "the same terms in another order")
	assert.Equal(t, "a", swapped.Platform)
	assert.Equal(t, levy.LevelLower, swapped.InstantDelivery[0].Level, "the host's slices are not sorted in place")

	other := b
	other.FirstMonth = testdates.Month(t, "2025-08")
	params, err := levy.NewParams(param.Value{Name: levy.ParamRideHailing, Value: dec("0.02"), From: testdates.Day(t, "2027-01-01"), Source: src, Status: param.Verified})
	require.NoError(t, err)
	cal, err := calendar.Default().WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: testdates.Month(t, "2026-03"),
		Date: testdates.Day(t, "2026-04-30"), Source: src})
	require.NoError(t, err)
	for name, r := range map[string]*levy.Rulebook{
		"another term":      rulebook(t, levy.DefaultParams(), a, other),
		"a term less":       rulebook(t, levy.DefaultParams(), a),
		"another parameter": rulebook(t, params, a, b),
		"another calendar":  rulebookOn(t, cal, levy.DefaultParams(), a, b),
	} {
		assert.NotEqual(t, fp, r.Fingerprint(), name)
		assert.Len(t, r.Fingerprint(), 64, name)
	}

	// Every result records it; a bill's JSON carries it as "rulebook".
	var tl eligibility.Tally
	tl.AddN("a", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"), 10)
	period := testdates.Month(t, "2026-03")
	rate, err := one.RateOn("a", eligibility.InstantDelivery, testdates.Day(t, "2026-03-02"))
	require.NoError(t, err)
	assert.Equal(t, fp, rate.Rulebook)
	bill, err := one.Bill(&tl, "a", period)
	require.NoError(t, err)
	assert.Equal(t, fp, bill.Rulebook)
	assert.Equal(t, fp, bill.Lines[0].Rate.Rulebook)
	rec, err := one.Reconcile(&tl, &tl, "a", period)
	require.NoError(t, err)
	assert.Equal(t, fp, rec.Rulebook)
	data, err := json.Marshal(bill)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, fp, got["rulebook"])
	data, err = json.Marshal(rec)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"rulebook":"`+fp+`"`)
}

// Partial answers (issue 21): Bills bills every platform of the month it
// can; a platform without terms, without a level or before the
// commencement is listed with why, and the others are billed as Bill
// bills them alone. Platforms with orders only in another month are not
// billed for this one.
func TestBillsPartial(t *testing.T) {
	later := param.Value{Name: param.Commencement, Date: testdates.Day(t, "2026-03-10"), Source: "host", Status: param.Verified}
	params, err := levy.NewParams(later)
	require.NoError(t, err)
	r := rulebook(t, params,
		levy.Terms{Platform: "ok", FirstMonth: testdates.Month(t, "2026-03")},
		levy.Terms{Platform: "nolevel", FirstMonth: testdates.Month(t, "2024-01")},
		levy.Terms{Platform: "early", FirstMonth: testdates.Month(t, "2026-03")},
		levy.Terms{Platform: "april", FirstMonth: testdates.Month(t, "2026-03")})
	var tl eligibility.Tally
	tl.AddN("ok", eligibility.RideHailing, testdates.Day(t, "2026-03-12"), 100)
	tl.AddN("nolevel", eligibility.InstantDelivery, testdates.Day(t, "2026-03-12"), 1)
	tl.AddN("early", eligibility.RideHailing, testdates.Day(t, "2026-03-09"), 1)
	tl.AddN("noterms", eligibility.RideHailing, testdates.Day(t, "2026-03-12"), 1)
	tl.AddN("april", eligibility.RideHailing, testdates.Day(t, "2026-04-01"), 1)
	period := testdates.Month(t, "2026-03")

	bills, unbilled, err := r.Bills(&tl, period)
	require.NoError(t, err)
	require.Len(t, bills, 1)
	alone, err := r.Bill(&tl, "ok", period)
	require.NoError(t, err)
	assert.Equal(t, alone, bills[0])
	assert.Equal(t, "1.00", bills[0].Total.String())
	require.Len(t, unbilled, 3)
	assert.Equal(t, "early", unbilled[0].Platform)
	var me *param.MissingError
	require.ErrorAs(t, unbilled[0].Err, &me, "before the host's commencement: no base amount")
	assert.Equal(t, levy.ParamRideHailing, me.Name)
	assert.Equal(t, "2026-03-09", me.Date.String())
	assert.Equal(t, "nolevel", unbilled[1].Platform)
	assert.ErrorIs(t, unbilled[1].Err, levy.ErrNoLevel)
	assert.Equal(t, "noterms", unbilled[2].Platform)
	assert.ErrorIs(t, unbilled[2].Err, levy.ErrNoTerms)

	_, _, err = r.Bills(&tl, calendar.Month{})
	assert.ErrorIs(t, err, calendar.ErrZeroDate)
	bills, unbilled, err = r.Bills(&eligibility.Tally{}, period)
	require.NoError(t, err)
	assert.Empty(t, bills)
	assert.Empty(t, unbilled)
}

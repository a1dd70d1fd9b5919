package levy_test

// Tests written for the survivors of the issue 19 mutation study
// (testdata/mutation): each pins an edge no other test sat on.

import (
	"errors"
	"math"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// A refused entry of the terms is named by its place in the list, counted
// from 1, so a clerk finds it in the file.
func TestTermsRefusalNamesTheEntry(t *testing.T) {
	m := testdates.Month(t, "2025-01")
	src := "核定（测试数据）"
	ok := levy.LevelAssignment{From: m, Level: levy.LevelLower, Source: src}
	for name, tc := range map[string]struct {
		terms levy.Terms
		want  string
	}{
		"level without from": {levy.Terms{Platform: "p", FirstMonth: m,
			InstantDelivery: []levy.LevelAssignment{ok, {Level: levy.LevelLower, Source: src}}}, "instant_delivery #2: no from"},
		"level without source": {levy.Terms{Platform: "p", FirstMonth: m,
			InstantDelivery: []levy.LevelAssignment{ok, {From: testdates.Month(t, "2026-01"), Level: levy.LevelLower}}}, "instant_delivery #2: no source"},
		"level unknown": {levy.Terms{Platform: "p", FirstMonth: m,
			InstantDelivery: []levy.LevelAssignment{ok, {From: testdates.Month(t, "2025-07"), Level: levy.LevelHigher, Source: src}, {From: testdates.Month(t, "2026-01"), Level: "middle", Source: src}}}, "instant_delivery #3: level"},
		"floating without source": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2027, Industry: eligibility.RideHailing, Factor: dec("1.1")}}}, "floating #2: no source"},
		"level twice in a month": {levy.Terms{Platform: "p", FirstMonth: m,
			InstantDelivery: []levy.LevelAssignment{ok, {From: testdates.Month(t, "2025-07"), Level: levy.LevelHigher, Source: src}, {From: m, Level: levy.LevelHigher, Source: src}}}, "instant_delivery #3: a second level from 2025-01"},
		"floating implausible": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2027, Industry: eligibility.RideHailing, Factor: dec("1e40"), Source: src}}}, "floating #2: an implausible factor or rate"},
		"floating negative": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2027, Industry: eligibility.RideHailing, Rate: dec("-0.01"), Source: src}}}, "floating #2: negative"},
		"floating both": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2027, Industry: eligibility.RideHailing, Factor: dec("1.1"), Rate: dec("0.01"), Source: src}}}, "floating #2: give exactly one"},
		"floating without industry": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2027, Factor: dec("1.1"), Source: src}}}, "floating #2: no industry"},
		"floating year out of range": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 10000, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src}}}, "floating #2: year 10000"},
		"floating twice": {levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src},
			{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.2"), Source: src}}}, "floating #2: a second floating for 2026"},
	} {
		err := tc.terms.Validate()
		require.ErrorIs(t, err, levy.ErrBadTerms, name)
		assert.Contains(t, err.Error(), tc.want, name)
		// The Chinese says it too, with every figure (issue 22: programs
		// printed 费率设置不合要求（详情见 -lang en）).
		var zh interface{ Chinese() string }
		require.True(t, errors.As(err, &zh), name)
		assert.Contains(t, zh.Chinese(), "费率设置不合要求：平台 \"p\"：", name)
		for _, f := range regexp.MustCompile(`[0-9][0-9-]*`).FindAllString(err.Error(), -1) {
			assert.Contains(t, zh.Chinese(), f, "%s: %s", name, err)
		}
	}
}

// 第十一条: levels given out of order still apply by their From: the
// latest level in force in the month, not the last one listed.
func TestLevelsOutOfOrder(t *testing.T) {
	src := "核定（测试数据）"
	r := rulebook(t, levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2024-01"),
		InstantDelivery: []levy.LevelAssignment{
			{From: testdates.Month(t, "2026-01"), Level: levy.LevelHigher, Source: src},
			{From: testdates.Month(t, "2025-07"), Level: levy.LevelLower, Source: src},
		}})
	assert.Equal(t, levy.LevelLower, rateOn(t, r, "p", eligibility.InstantDelivery, "2025-12-31").Level.Level)
	assert.Equal(t, levy.LevelHigher, rateOn(t, r, "p", eligibility.InstantDelivery, "2026-03-02").Level.Level)
	assert.Equal(t, "0.25", rateOn(t, r, "p", eligibility.InstantDelivery, "2026-03-02").PerOrder.String())
}

// 第十一条第三款: a new notice that sets the same figure from mid-month is
// another input: the bill keeps one line per value in force, each citing
// its own source, although the two lines bill at the same rate.
func TestSameFigureFromANewNoticeIsANewLine(t *testing.T) {
	def := levy.DefaultParams()
	old, err := def.Lookup(levy.ParamRideHailing, testdates.Day(t, "2026-03-01"))
	require.NoError(t, err)
	renewed := param.Value{Name: levy.ParamRideHailing, Value: old.Value, From: testdates.Day(t, "2026-03-16"),
		Source: "示例重新发布的通知（测试数据）", Status: param.Verified}
	params, err := def.With(renewed)
	require.NoError(t, err)
	r := rulebook(t, params, levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")})
	var tl eligibility.Tally
	for _, d := range []string{"2026-03-15", "2026-03-16"} {
		tl.AddN("p", eligibility.RideHailing, testdates.Day(t, d), 100)
	}
	b, err := r.Bill(&tl, "p", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	require.Len(t, b.Lines, 2, "%s", b)
	assert.Equal(t, old.Source, b.Lines[0].Rate.Base.Source)
	assert.Equal(t, renewed.Source, b.Lines[1].Rate.Base.Source)
	assert.True(t, b.Lines[0].PerOrder.Equal(b.Lines[1].PerOrder))
}

// 第十二条第二款: the explanation of a rate that does not float yet names
// the year and the year before it, whose end the months are counted to.
func TestNoFloatingExplanationNamesTheYears(t *testing.T) {
	r := rulebook(t, levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: testdates.Month(t, "2025-07")})
	rate := rateOn(t, r, "p", eligibility.RideHailing, "2026-08-03")
	require.False(t, rate.Floats)
	assert.Contains(t, rate.Explain(explain.English), "no floating in 2026: under 12 fee months by the end of 2025 (第十二条第二款, 累计至下一年度浮动)")
	assert.Contains(t, rate.Explain(explain.Chinese), "2026 年不浮动：截至 2025 年底累计缴费不满 12 个月（第十二条第二款，累计至下一年度浮动）")
}

// NewParams moves the embedded base amounts only by a commencement the
// host gives: any other value (a new figure from a later day) leaves them
// in force from the embedded commencement.
func TestNewParamsMovesTheDefaultsOnlyByACommencement(t *testing.T) {
	s, err := levy.NewParams(param.Value{Name: levy.ParamRideHailing, Value: dec("0.02"), From: testdates.Day(t, "2026-01-01"), Source: "示例通知（测试数据）", Status: param.Verified})
	require.NoError(t, err)
	for _, name := range []param.Name{levy.ParamRideHailing, levy.ParamIntraCityFreight, levy.ParamInstantLower} {
		v, err := s.Lookup(name, testdates.Day(t, "2025-07-01"))
		require.NoError(t, err, name)
		assert.Equal(t, "2025-07-01", v.From.String(), name)
	}
	_, err = s.Lookup(levy.ParamRideHailing, testdates.Day(t, "2025-06-30"))
	assert.ErrorIs(t, err, param.ErrMissingValue, "before the commencement")
}

// A commencement without a date, or one outside its range, is refused for
// what it is (no value, out of range), not for what the defaults would
// become if it were used.
func TestNewParamsRefusesABadCommencementForItself(t *testing.T) {
	_, err := levy.NewParams(param.Value{Name: param.Commencement, Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_no_value"))
	_, err = levy.NewParams(param.Value{Name: param.Commencement, Date: testdates.Day(t, "2019-12-31"), Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_range"))
}

// A bill whose lines' orders of one industry do not fit an int64 gives no
// count, 0, beside the overflow error: never a partial sum.
func TestBillOrdersOverflowGivesNoCount(t *testing.T) {
	b := levy.Bill{Lines: []levy.Line{
		{Industry: eligibility.RideHailing, Orders: math.MaxInt64},
		{Industry: eligibility.RideHailing, Orders: 1},
		{Industry: eligibility.IntraCityFreight, Orders: 5},
	}}
	n, err := b.Orders(eligibility.RideHailing)
	require.ErrorIs(t, err, eligibility.ErrCountOverflow)
	assert.Zero(t, n)
	n, err = b.Orders(eligibility.IntraCityFreight)
	require.NoError(t, err)
	assert.Equal(t, int64(5), n)
}

// An overflowing line is named by its place in the bill, counted from 1.
func TestBillOrdersOverflowNamesTheLine(t *testing.T) {
	b := levy.Bill{Lines: []levy.Line{
		{Industry: eligibility.IntraCityFreight, Orders: 5},
		{Industry: eligibility.RideHailing, Orders: math.MaxInt64},
		{Industry: eligibility.RideHailing, Orders: 1},
	}}
	_, err := b.Orders(eligibility.RideHailing)
	require.ErrorIs(t, err, eligibility.ErrCountOverflow)
	assert.Contains(t, err.Error(), "bill line 3 orders")
}

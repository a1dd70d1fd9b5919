package levy_test

// Tests for the paths the coverage of levy left unmet (issue 19, session
// 27): each refusal and edge is reached and its exact outcome asserted.

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// A level or adjustment kind outside the list: the level echoes the value,
// the kind has no Chinese name.
func TestChineseOfValuesOutsideTheLists(t *testing.T) {
	assert.Equal(t, "bogus", levy.Level("bogus").Chinese())
	assert.Equal(t, "", levy.Level("").Chinese())
	assert.Equal(t, "较低档", levy.LevelLower.Chinese())
	assert.Equal(t, "较高档", levy.LevelHigher.Chinese())
	for _, k := range []levy.AdjustmentKind{"", "bogus"} {
		assert.Empty(t, k.Chinese(), string(k))
	}
	assert.Equal(t, "无需退补", levy.NoneDue.Chinese())
}

// Bill.Amount of lines made by hand whose sum passes money's range is
// (zero, false); below it, the exact sum of the industry's lines only.
func TestBillAmountOfHandLines(t *testing.T) {
	maxAmt, err := money.Parse("92233720368547758.07")
	require.NoError(t, err)
	one, err := money.Parse("0.01")
	require.NoError(t, err)
	b := levy.Bill{Lines: []levy.Line{
		{Industry: eligibility.RideHailing, Amount: maxAmt},
		{Industry: eligibility.InstantDelivery, Amount: one},
	}}
	a, ok := b.Amount(eligibility.RideHailing)
	require.True(t, ok)
	assert.Equal(t, "92233720368547758.07", a.String())
	a, ok = b.Amount(eligibility.InstantDelivery)
	require.True(t, ok)
	assert.Equal(t, "0.01", a.String())
	b.Lines = append(b.Lines, levy.Line{Industry: eligibility.RideHailing, Amount: one})
	a, ok = b.Amount(eligibility.RideHailing)
	assert.False(t, ok)
	assert.True(t, a.IsZero(), a.String())
	a, ok = b.Amount(eligibility.IntraCityFreight)
	assert.True(t, ok)
	assert.True(t, a.IsZero())
}

// 第十四条: a line whose orders × rate pass money's range is refused, naming
// the industry, the line's first day, the orders and the rate; two lines
// that fit but whose total does not are refused as the bill's total.
func TestBillBeyondMoneysRange(t *testing.T) {
	r := sampleRulebook(t)
	period := testdates.Month(t, "2026-03")
	day := testdates.Day(t, "2026-03-02")
	rate, err := r.RateOn("platform-a", eligibility.IntraCityFreight, day)
	require.NoError(t, err)
	require.Equal(t, "0.18", rate.PerOrder.String())

	var tl eligibility.Tally
	require.NoError(t, tl.AddN("platform-a", eligibility.IntraCityFreight, day, math.MaxInt64))
	_, err = r.Bill(&tl, "platform-a", period)
	require.ErrorIs(t, err, money.ErrRange)
	want := "levy: bill line " + eligibility.IntraCityFreight.String() + " from 2026-03-02: 9223372036854775807 orders × 0.18: "
	assert.True(t, strings.HasPrefix(err.Error(), want), err.Error())

	// Each line fits (0.18 × ⌊(2⁶³−1)/18⌋ and 0.01 × ⌊(2⁶³−1)/2⌋); their sum
	// does not.
	var two eligibility.Tally
	require.NoError(t, two.AddN("platform-a", eligibility.IntraCityFreight, day, math.MaxInt64/18))
	require.NoError(t, two.AddN("platform-a", eligibility.RideHailing, day, math.MaxInt64/2))
	_, err = r.Bill(&two, "platform-a", period)
	require.ErrorIs(t, err, money.ErrRange)
	assert.Equal(t, "levy: the bill's total: "+money.ErrRange.Error(), err.Error())
	// The same lines one at a time are billed.
	var freight eligibility.Tally
	require.NoError(t, freight.AddN("platform-a", eligibility.IntraCityFreight, day, math.MaxInt64/18))
	b, err := r.Bill(&freight, "platform-a", period)
	require.NoError(t, err)
	assert.Equal(t, "92233720368547758.00", b.Total.String()) // 512409557603043100 × 0.18

	// Reconcile names the side whose bill failed.
	_, err = r.Reconcile(&two, &eligibility.Tally{}, "platform-a", period)
	require.ErrorIs(t, err, money.ErrRange)
	assert.True(t, strings.HasPrefix(err.Error(), "declared: levy: the bill's total"), err.Error())
	_, err = r.Reconcile(&eligibility.Tally{}, &two, "platform-a", period)
	require.ErrorIs(t, err, money.ErrRange)
	assert.True(t, strings.HasPrefix(err.Error(), "reported: levy: the bill's total"), err.Error())
}

// A setup whose parameters the defaults do not accept is refused by
// Setup.Rulebook with param's error, naming the parameter.
func TestSetupWithABadParameter(t *testing.T) {
	from := testdates.Day(t, "2026-01-01")
	s := levy.Setup{Parameters: []param.Value{{Name: "no_such_parameter", From: from}}}
	_, err := s.Rulebook(calendar.Default())
	require.Error(t, err)
	var ve *param.ValueError
	if assert.ErrorAs(t, err, &ve) {
		assert.Equal(t, 0, ve.Index)
	}
	assert.Contains(t, err.Error(), "no_such_parameter")
	_, err = levy.Setup{}.Rulebook(nil)
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
}

// The refusals name what they refuse: a correction's negative amount, a
// platform given terms twice, the month with no instant-delivery level and
// the month before enrolment.
func TestLevyRefusalsNameTheirFigures(t *testing.T) {
	neg, err := money.Parse("-0.01")
	require.NoError(t, err)
	for name, c := range map[string]levy.Correction{
		"paid": {Platform: "platform-a", Period: testdates.Month(t, "2026-03"), Paid: neg},
		"due":  {Platform: "platform-a", Period: testdates.Month(t, "2026-03"), Due: neg},
	} {
		_, err := levy.Correct(c)
		require.ErrorIs(t, err, levy.ErrBadCorrection, name)
		assert.True(t, strings.HasSuffix(err.Error(), ": a negative amount"), "%s: %v", name, err)
	}

	terms := levy.Terms{Platform: "platform-x", FirstMonth: testdates.Month(t, "2025-07")}
	_, err = levy.NewRulebook(calendar.Default(), levy.DefaultParams(), terms, terms)
	require.ErrorIs(t, err, levy.ErrBadTerms)
	assert.True(t, strings.HasSuffix(err.Error(), `: two terms for platform "platform-x"`), err.Error())

	r, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(), terms)
	require.NoError(t, err)
	// 第十一条第二款: the first year (2025-07 to 2026-06) needs no level;
	// 2026-07 does, and none was assigned.
	_, err = r.RateOn("platform-x", eligibility.InstantDelivery, testdates.Day(t, "2026-06-30"))
	require.NoError(t, err)
	_, err = r.RateOn("platform-x", eligibility.InstantDelivery, testdates.Day(t, "2026-07-01"))
	require.ErrorIs(t, err, levy.ErrNoLevel)
	assert.True(t, strings.HasSuffix(err.Error(), `: "platform-x" 2026-07`), err.Error())
	_, err = r.RateOn("platform-x", eligibility.RideHailing, testdates.Day(t, "2025-06-30"))
	require.ErrorIs(t, err, levy.ErrNotEnrolled)
	assert.True(t, strings.HasSuffix(err.Error(), `: "platform-x" first enrolled 2025-07, not 2025-06`), err.Error())
	_, err = r.RateOn("platform-y", eligibility.RideHailing, testdates.Day(t, "2026-06-30"))
	require.ErrorIs(t, err, levy.ErrNoTerms)
	assert.True(t, strings.HasSuffix(err.Error(), `: "platform-y"`), err.Error())
}

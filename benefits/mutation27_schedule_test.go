package benefits_test

// Schedule on its edges (issue 19, round of seed 13): the calendar's last
// month, a 第四十五条 level or standard beyond any amount, a pension share
// that is not a ratio.

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// A range ending in the calendar's last month (9999-12) is valid: the
// schedule pays it and stops there. It failed with the calendar's range
// error, the month after 9999-12 not existing (fixed in this round). A
// grade-3 allowance from 2024-10 (111347 × 0.6 × 0.8 ÷ 12 = 4453.88):
// one payment a month.
func TestScheduleThroughTheCalendarsLastMonth(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 3}
	a, err := rb.Compute(c)
	require.NoError(t, err)
	last := testdates.Month(t, "9999-12")
	for _, tc := range []struct {
		from, to string
		months   []string
	}{
		{"9999-12", "9999-12", []string{"9999-12"}},
		{"9999-11", "9999-12", []string{"9999-11", "9999-12"}},
		{"9999-11", "9999-11", []string{"9999-11"}},
		{"2024-09", "2024-10", []string{"2024-10", "2024-10"}}, // the grant and the first allowance
	} {
		pays, err := rb.Schedule(a, testdates.Month(t, tc.from), testdates.Month(t, tc.to))
		require.NoError(t, err, "%s..%s", tc.from, tc.to)
		var got []string
		for _, p := range pays {
			got = append(got, p.Month.String())
			if p.Kind == benefits.DisabilityAllowance {
				assert.Equal(t, "4453.88", p.Amount.String())
			}
		}
		assert.Equal(t, tc.months, got, "%s..%s", tc.from, tc.to)
	}
	n, err := rb.ScheduleNeeds(c, last, last)
	require.NoError(t, err)
	assert.False(t, n.AnyMissing())
}

// A 第四十五条 item whose 2024 level (120000 × f ÷ 12), or whose year's
// standard (the 2025 nursing base 240000 × f ÷ 12), is beyond money's
// range is refused as a bad award, naming which; never wrapped. At f = 6 ×
// 10¹² the level is 6 × 10¹⁶ 元, inside the range, the standard 1.2 ×
// 10¹⁷, outside; at 10¹³ the level is outside.
func TestScheduleRebasedBeyondAnyAmount(t *testing.T) {
	rb := mustRulebook(t, rebasedParams(t), benefits.Rules{})
	since, start := testdates.Month(t, "2025-07"), testdates.Month(t, "2025-08")
	award := func(f string) benefits.Award {
		return benefits.Award{Items: []benefits.Item{{Kind: benefits.NursingAllowance, Periodic: true, StartMonth: start, Amount: money.MustParse("1"),
			Rebase: &benefits.Rebase{Since: since, Basis: benefits.ParamNursingBase, Factors: []decimal.Decimal{decimal.RequireFromString(f)}}}}}
	}
	_, err := rb.Schedule(award("10000000000000"), start, start)
	require.ErrorIs(t, err, benefits.ErrBadAward)
	assert.ErrorIs(t, err, money.ErrRange)
	assert.Contains(t, err.Error(), "the 2024 level")
	_, err = rb.Schedule(award("6000000000000"), start, start)
	require.ErrorIs(t, err, benefits.ErrBadAward)
	assert.ErrorIs(t, err, money.ErrRange)
	assert.Contains(t, err.Error(), "the 2025 standard")
	// Before the commencement month the item's own amount is paid.
	pays, err := rb.Schedule(award("6000000000000"), testdates.Month(t, "2025-06"), testdates.Month(t, "2025-06"))
	require.NoError(t, err)
	assert.Empty(t, pays, "not started yet")
	pays, err = rb.Schedule(award("0.5"), start, start)
	require.NoError(t, err)
	require.Len(t, pays, 1)
	assert.Equal(t, "10000.00", pays[0].Amount.String())
	assert.True(t, pays[0].Raised)
}

// Survivor pensions recomputed (a posthumous child joining) with a share
// that is not a ratio are refused as a bad case naming the share's
// beneficiary; while all are paid alike the items' amounts stand.
func TestSchedulePensionShareNotARatio(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	d := decimal.RequireFromString
	a := benefits.Award{Items: []benefits.Item{
		{Kind: benefits.SurvivorPension, Beneficiary: "a", Share: d("1.5"), Periodic: true, StartMonth: testdates.Month(t, "2024-05"), Amount: money.MustParse("1")},
		{Kind: benefits.SurvivorPension, Beneficiary: "b", Share: d("0.3"), Periodic: true, StartMonth: testdates.Month(t, "2024-07"), Amount: money.MustParse("2")},
	}}
	a.SetPensions(&benefits.PensionBasis{Wage: d("111347"), Ratio: d("0.6"), Cap: d("0.6")})
	pays, err := rb.Schedule(a, testdates.Month(t, "2024-05"), testdates.Month(t, "2024-05"))
	require.Error(t, err, "a alone is paid by recomputing (the two did not start together)")
	assert.ErrorIs(t, err, benefits.ErrBadCase)
	assert.Contains(t, err.Error(), "share of a")
	assert.Nil(t, pays)
	a.Items[0].Share = d("0.4")
	pays, err = rb.Schedule(a, testdates.Month(t, "2024-07"), testdates.Month(t, "2024-07"))
	require.NoError(t, err)
	// 111347 × 0.6 × 0.4 ÷ 12 = 2226.94; × 0.3 = 1670.205 → 1670.21
	got := map[string]string{}
	for _, p := range pays {
		got[p.Beneficiary] = p.Amount.String()
	}
	assert.Equal(t, map[string]string{"a": "2226.94", "b": "1670.21"}, got)
	a.Items[1].StartMonth = a.Items[0].StartMonth
	pays, err = rb.Schedule(a, testdates.Month(t, "2024-07"), testdates.Month(t, "2024-07"))
	require.NoError(t, err)
	got = map[string]string{}
	for _, p := range pays {
		got[p.Beneficiary] = p.Amount.String()
	}
	assert.Equal(t, map[string]string{"a": "1.00", "b": "2.00"}, got, "all started together and paid: the items' amounts")
}

// An item rebased under 第四十五条 (injury before the 《实施办法》
// commenced) cites the article in its formula, in English and in the
// Chinese explanation; one not rebased does not. (Asserted by the
// article only, not the wording.)
func TestFormulaCitesArticle45OnlyWhenRebased(t *testing.T) {
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 3, Nursing: benefits.NursingPartly}
	for _, tc := range []struct {
		commencement string
		rebased      bool
	}{{"2025-07-01", true}, {"2024-01-01", false}} {
		ps, err := paramsWithCommencement(t, tc.commencement).With(
			param.Value{Name: benefits.ParamNursingBase, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2024-01-01"), Source: "t", Status: param.Provisional},
			param.Value{Name: benefits.ParamNursingRatio(benefits.NursingPartly), Value: decimal.RequireFromString("0.3"), From: testdates.Day(t, "2024-01-01"), Source: "t", Status: param.Provisional})
		require.NoError(t, err)
		a, err := mustRulebook(t, ps, benefits.Rules{}).Compute(c)
		require.NoError(t, err, tc.commencement)
		periodic := 0
		for _, it := range a.Items {
			if !it.Periodic {
				continue
			}
			periodic++
			assert.Equal(t, tc.rebased, it.Rebase != nil, "%s %s", tc.commencement, it.Kind)
			assert.Equal(t, tc.rebased, strings.Contains(it.Formula(), "第四十五条"), "%s %s: %s", tc.commencement, it.Kind, it.Formula())
		}
		assert.Equal(t, 2, periodic, tc.commencement)
		zh := strings.Join(a.Explain(explain.Chinese), "\n")
		assert.Equal(t, tc.rebased, strings.Contains(zh, "第四十五条"), tc.commencement)
	}
}

package benefits

// Internal tests for the survivors of the issue 19 mutation round of seed
// 13 (see mutation27_test.go).

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// allocatePensions over the cap, two dependents of the same name (a
// decoded award may carry them) and equal remainders: the fen left goes to
// the first listed. 480000000 × 0.000000001 ÷ 12 = 4 fen over three of
// weight 1: 1 each, remainder 1 each; the fen left goes to the first "a"
// (ahead of "b", and of the second "a", listed later).
func TestAllocatePensionsSameNameTieGoesToFirstListed(t *testing.T) {
	d := decimal.RequireFromString
	shares := []decimal.Decimal{d("0.000000001"), d("0.000000001"), d("0.000000001")}
	al, err := allocatePensions(d("480000000"), d("1"), d("0.000000001"), shares, []int64{1, 1, 1}, []string{"b", "a", "a"})
	require.NoError(t, err)
	assert.Equal(t, []int64{1, 2, 1}, al.fen)
	al, err = allocatePensions(d("480000000"), d("1"), d("0.000000001"), shares, []int64{1, 1, 1}, []string{"a", "a", "b"})
	require.NoError(t, err)
	assert.Equal(t, []int64{2, 1, 1}, al.fen)
}

// Item.validate refuses an implausible share or rebase factor (one the
// strict JSON layer would already refuse, for an item built otherwise),
// naming which, and a parameter that is not valid.
func TestItemValidateEachFigure(t *testing.T) {
	d := decimal.RequireFromString
	it := Item{Kind: SurvivorPension, Share: decimal.New(1, 30)}
	err := it.validate()
	assert.ErrorIs(t, err, ErrBadAward)
	assert.Contains(t, err.Error(), "survivor_pension share: the figure's exponent")
	it.Share = d("0.4")
	require.NoError(t, it.validate())
	it.Rebase = &Rebase{Factors: []decimal.Decimal{d("0.6"), decimal.New(1, -40)}}
	err = it.validate()
	assert.ErrorIs(t, err, ErrBadAward)
	assert.Contains(t, err.Error(), "rebase factor #2: the figure's exponent")
	it.Rebase = nil
	it.Params = []param.Value{{Name: ParamWage, Value: d("111347"), From: calendar.MustParseDate("2024-01-01"), Status: param.Verified}}
	err = it.validate()
	assert.ErrorIs(t, err, ErrBadAward)
	assert.Contains(t, err.Error(), codetest.Named(param.Codes(), "parameter_no_source").Error())
	assert.Contains(t, err.Error(), "parameter "+ParamWage)
	it.Params[0].Source = "t"
	assert.NoError(t, it.validate())
}

// calc.monthly and calc.round keep the first amount beyond money's range
// in k.err (ErrBadCase wrapping money.ErrRange) and give zero; a later one
// does not replace it; an amount in range leaves k.err alone.
func TestCalcKeepsTheFirstOutOfRangeAmount(t *testing.T) {
	d := decimal.RequireFromString
	k := &calc{}
	assert.Equal(t, "9278.92", k.monthly(d("111347")).String())
	assert.Equal(t, "1.01", k.round(d("1.005")).String())
	require.NoError(t, k.err)
	assert.True(t, k.monthly(d("1e30")).IsZero())
	require.ErrorIs(t, k.err, ErrBadCase)
	assert.ErrorIs(t, k.err, money.ErrRange)
	first := k.err
	assert.True(t, k.round(d("1e30")).IsZero())
	assert.Same(t, first, k.err, "the first kept")
	assert.Equal(t, "2.00", k.round(d("2")).String())
	assert.Same(t, first, k.err)

	k = &calc{}
	assert.True(t, k.round(d("-1e30")).IsZero())
	require.ErrorIs(t, k.err, ErrBadCase)
	first = k.err
	k.monthly(d("1e30"))
	assert.Same(t, first, k.err, "the first kept")
}

// allocatePensions with no weight at all at a cap of zero: nothing to
// share, no division by zero.
func TestAllocatePensionsZeroWeightsZeroCap(t *testing.T) {
	d := decimal.RequireFromString
	al, err := allocatePensions(d("111347"), d("0.6"), d("0"), []decimal.Decimal{d("0"), d("0")}, []int64{0, 0}, []string{"a", "b"})
	require.NoError(t, err)
	assert.Equal(t, []int64{0, 0}, al.fen)
	assert.Equal(t, int64(0), al.wsum)
	assert.False(t, al.capped)
	// Zero weights under a positive cap: each pension zero.
	al, err = allocatePensions(d("111347"), d("0.6"), d("0.6"), []decimal.Decimal{d("0")}, []int64{0}, []string{"a"})
	require.NoError(t, err)
	assert.Equal(t, []int64{0}, al.fen)
	assert.False(t, al.capped)
}

// baseWhy names the year of the case and, for a wage or an income, the
// year before whose figure it is; every name gives its own text.
func TestBaseWhyYears(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range []struct {
		name       param.Name
		has, hasNo []string
	}{
		{ParamWage, []string{"2027", "2026"}, []string{"2028"}},
		{ParamIncome, []string{"2027", "2026"}, []string{"2028"}},
		{ParamNursingBase, []string{"2027"}, []string{"2026", "2028"}},
		{"other", []string{"2027"}, []string{"2026", "2028"}},
	} {
		s, zh := baseWhy(tc.name, 2027, whyOnly)
		for _, text := range []string{s, zh} {
			for _, h := range tc.has {
				assert.Contains(t, text, h, tc.name)
			}
			for _, h := range tc.hasNo {
				assert.NotContains(t, text, h, tc.name)
			}
			assert.False(t, seen[text], "%s: its own text", tc.name)
			seen[text] = true
		}
	}
}

// needList.add lists a parameter once per day: the same name and day
// again is dropped, another day of it or another name is listed; a Need
// without a mark is marked missing.
func TestNeedListAddOncePerDay(t *testing.T) {
	d1, d2 := calendar.MustParseDate("2025-01-01"), calendar.MustParseDate("2026-01-01")
	l := &needList{}
	l.add(Need{Param: "a", On: d1, Why: "first"})
	l.add(Need{Param: "a", On: d1, Why: "again"})
	l.add(Need{Param: "a", On: d2})
	l.add(Need{Param: "b", On: d1, Mark: NeedProvisional})
	require.Len(t, l.list, 3)
	assert.Equal(t, Need{Mark: NeedMissing, Param: "a", On: d1, Why: "first"}, l.list[0])
	assert.Equal(t, d2, l.list[1].On)
	assert.Equal(t, NeedProvisional, l.list[2].Mark)
}

package benefits

// Internal tests for the survivors of the issue 19 mutation round of seed
// 13 (see mutation27_test.go).

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
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
	assert.Contains(t, err.Error(), param.ErrNoSource.Error())
	assert.Contains(t, err.Error(), "parameter "+ParamWage)
	it.Params[0].Source = "t"
	assert.NoError(t, it.validate())
}

package benefits

// Internal tests for the survivors of the issue 19 mutation round of seed
// 13 (see mutation27_test.go).

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

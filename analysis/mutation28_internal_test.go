package analysis

// Round 17 of the mutation study (issue 19): the distribution's extremes are
// the most a unit gains and the most it loses, whatever the order of the
// rows (第七十六条: the what-if names who is hit hardest).

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestDistributionExtremesInEitherOrder(t *testing.T) {
	d := decimal.RequireFromString
	row := func(key, cur, ref string) Row { return Row{Key: key, Figure: figure(d(cur), d(ref))} }
	rows := []Row{
		row("a", "100", "90"),  // −10
		row("b", "100", "70"),  // −30: the smallest, after another loser
		row("c", "100", "80"),  // −20
		row("d", "100", "105"), // +5
		row("e", "100", "125"), // +25: the largest, after another gainer
		row("f", "100", "110"), // +10
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {2, 0, 1, 5, 3, 4}} {
		in := make([]Row, len(rows))
		for i, j := range order {
			in[i] = rows[j]
		}
		got := distribution(in)
		assert.Equal(t, "b", got.Smallest.Key, "order %v", order)
		assert.Equal(t, "-30", got.Smallest.Delta.String(), "order %v", order)
		assert.Equal(t, "e", got.Largest.Key, "order %v", order)
		assert.Equal(t, "25", got.Largest.Delta.String(), "order %v", order)
		assert.Equal(t, 3, got.count(0, 2))
		assert.Equal(t, 3, got.count(3, 5))
		assert.Equal(t, "-60", got.sum(0, 2).String())
		assert.Equal(t, "40", got.sum(3, 5).String())
	}
}

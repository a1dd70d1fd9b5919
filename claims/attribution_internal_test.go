package claims

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/explain"
)

// An attribution Attribute did not make has no Chinese sentence (its
// English is its Reasons), and no panic.
func TestAttributionZHOfAnAttributionNotMadeByAttribute(t *testing.T) {
	a := Attribution{Outcome: Investigate, Candidates: []OrderRef{{Platform: "a", OrderID: "1"}}, Reasons: []string{"r"}}
	assert.Nil(t, a.Explain(explain.Chinese))
	assert.Equal(t, []string{"r"}, a.Explain(explain.English))
}

// 第二十八条's overlap tolerance is inclusive: a route exactly
// Rules.OverlapMeters from the accident place passes within it; a hair
// less tolerance and it does not (round 17 of the mutation study).
func TestOverlapToleranceIsInclusive(t *testing.T) {
	acc := Accident{Place: Point{Lat: 31.2304, Lon: 121.4737}}
	a := Order{Route: []Point{{Lat: 31.2310, Lon: 121.4700}, {Lat: 31.2310, Lon: 121.4800}}}
	b := Order{Route: []Point{{Lat: 31.2304, Lon: 121.4737}}}
	d := distanceToRoute(acc.Place, a.Route)
	assert.Greater(t, d, 50.0)
	assert.True(t, nearAccident(d)(a, b, acc), "exactly at the tolerance: within it")
	assert.True(t, nearAccident(d)(b, a, acc), "symmetric")
	assert.False(t, nearAccident(math.Nextafter(d, 0))(a, b, acc), "just beyond it")
}

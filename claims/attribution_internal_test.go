package claims

import (
	"testing"
	"time"
)

// An attribution the orders do not bear out (one executing candidate, but
// Investigate) gets no Chinese sentence from attributionZH, and no panic.
func TestAttributionZHOfAnAttributionNotMadeByAttribute(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	p := Point{Lat: 31.2304, Lon: 121.4737}
	acc := Accident{At: at, Place: p}
	one := []Order{{Platform: "a", OrderID: "1", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-time.Minute), Route: []Point{p}}}
	a := Attribution{Outcome: Investigate, Candidates: []OrderRef{{Platform: "a", OrderID: "1"}}}
	if zh := attributionZH(acc, one, nearAccident(200), a); zh != nil {
		t.Fatalf("got %q", zh)
	}
}

package claims_test

// Tests that catch the mutants that survived the issue 19 mutation study
// (testdata/mutation/README.md): each sits on an exact edge (a distance, a
// day, a position) with a case on it and one either side, and asserts the
// very value the edge decides.

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims"
)

// metersPerDegree is the length of one degree of latitude on the mean
// sphere NearAccident uses (6371008.8 m × π / 180).
const metersPerDegree = 6371008.8 * math.Pi / 180

// offset is the point dn meters north and de meters east of p.
func offset(p claims.Point, dn, de float64) claims.Point {
	return claims.Point{Lat: p.Lat + dn/metersPerDegree, Lon: p.Lon + de/(metersPerDegree*math.Cos(p.Lat*math.Pi/180))}
}

// haversine is the great-circle distance in meters: an oracle apart from
// the flat projection NearAccident computes with (they agree to well under
// a meter within a city).
func haversine(a, b claims.Point) float64 {
	const r = 6371008.8
	rad := math.Pi / 180
	dLat, dLon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// 第二十八条's default overlap judgement (NearAccident) on its edge: a route
// whose nearest point is d meters from the accident overlaps within d + 1
// meters and not within d − 1, whatever the route's shape: one point north
// or east of the place (the longitude scaled by the latitude), a segment
// passing beside it (the nearest point inside the segment), a segment
// pointing away from it or towards it and ending short (the nearest point
// an end), a route with a point repeated (a segment of length zero), a route
// turning a corner.
func TestNearAccidentOnTheDistance(t *testing.T) {
	p := claims.Point{Lat: 31.2304, Lon: 121.4737}
	acc := claims.Accident{At: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Place: p}
	for name, tc := range map[string]struct {
		route   []claims.Point
		nearest claims.Point // the route's point nearest the place
	}{
		"one point 150 m north":                    {[]claims.Point{offset(p, 150, 0)}, offset(p, 150, 0)},
		"one point 150 m east":                     {[]claims.Point{offset(p, 0, 150)}, offset(p, 0, 150)},
		"one point 120 m south, 90 m west":         {[]claims.Point{offset(p, -120, -90)}, offset(p, -120, -90)},
		"passing 150 m north, west to east":        {[]claims.Point{offset(p, 150, -500), offset(p, 150, 500)}, offset(p, 150, 0)},
		"passing 150 m east, north to south":       {[]claims.Point{offset(p, 700, 150), offset(p, -300, 150)}, offset(p, 0, 150)},
		"from 150 m north going away":              {[]claims.Point{offset(p, 150, 0), offset(p, 1000, 0)}, offset(p, 150, 0)},
		"coming from 1000 m, ending 150 m north":   {[]claims.Point{offset(p, 1000, 0), offset(p, 150, 0)}, offset(p, 150, 0)},
		"coming from the east, ending 180 m short": {[]claims.Point{offset(p, 0, 900), offset(p, 0, 180)}, offset(p, 0, 180)},
		"a point repeated":                         {[]claims.Point{offset(p, 150, 0), offset(p, 150, 0), offset(p, 1000, 0)}, offset(p, 150, 0)},
		"only a point repeated":                    {[]claims.Point{offset(p, 0, -160), offset(p, 0, -160)}, offset(p, 0, -160)},
		"a corner 160 m away":                      {[]claims.Point{offset(p, 900, 160), offset(p, 160, 160), offset(p, 160, 900)}, offset(p, 160, 160)},
		"the second segment passes nearest":        {[]claims.Point{offset(p, 2000, 2000), offset(p, 1000, 2000), offset(p, 130, 1000), offset(p, 130, -1000)}, offset(p, 130, 0)},
	} {
		d := haversine(p, tc.nearest)
		require.Greater(t, d, 50.0, name)
		o := claims.Order{Platform: "a", OrderID: "1", Route: tc.route}
		far := claims.Order{Platform: "b", OrderID: "2", Route: []claims.Point{offset(p, 0, 0)}}
		assert.True(t, claims.NearAccident(d+1)(o, far, acc), "%s: nearest %.1f m, within %.1f", name, d, d+1)
		assert.False(t, claims.NearAccident(d-1)(o, far, acc), "%s: nearest %.1f m, not within %.1f", name, d, d-1)
		assert.False(t, claims.NearAccident(d-1)(far, o, acc), "%s: symmetric", name)
	}
	// A route with no points overlaps nothing, however wide the tolerance.
	assert.False(t, claims.NearAccident(1e9)(claims.Order{}, claims.Order{Route: []claims.Point{p}}, acc))
	// Both routes must pass near: one at 150 m and one at 250 m are within 260, not within 200.
	a := claims.Order{Route: []claims.Point{offset(p, 150, 0)}}
	b := claims.Order{Route: []claims.Point{offset(p, 0, 250)}}
	assert.True(t, claims.NearAccident(260)(a, b, acc))
	assert.False(t, claims.NearAccident(200)(a, b, acc))
	assert.False(t, claims.NearAccident(200)(b, a, acc))
}

// Attribute's input errors name the order by its position in the input,
// counted from 1, and by its ID: the host must find the row.
func TestAttributeErrorsNameThePosition(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	acc := claims.Accident{At: at, Place: claims.Point{Lat: 31.2304, Lon: 121.4737}}
	good := claims.Order{Platform: "a", OrderID: "ok", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-time.Hour)}
	for want, bad := range map[string]claims.Order{
		"claims: invalid order #2: no platform or order ID":            {OrderID: "x", AcceptedAt: at, StartedAt: at},
		"claims: invalid order #2 (x): no accepted_at or started_at":   {Platform: "a", OrderID: "x", AcceptedAt: at},
		"claims: invalid order #2 (x): started before it was accepted": {Platform: "a", OrderID: "x", AcceptedAt: at, StartedAt: at.Add(-time.Nanosecond)},
		"claims: invalid order #2 (x): ended before it started":        {Platform: "a", OrderID: "x", AcceptedAt: at, StartedAt: at, EndedAt: at.Add(-time.Nanosecond)},
	} {
		_, err := claims.Attribute(acc, []claims.Order{good, bad}, claims.NearAccident(200))
		assert.ErrorIs(t, err, claims.ErrBadOrder, want)
		assert.EqualError(t, err, want)
	}
	// On the edge: started at the instant it was accepted, ended at the
	// instant it started: valid.
	edge := claims.Order{Platform: "a", OrderID: "x", AcceptedAt: at, StartedAt: at, EndedAt: at}
	_, err := claims.Attribute(acc, []claims.Order{good, edge}, claims.NearAccident(200))
	assert.NoError(t, err)
}

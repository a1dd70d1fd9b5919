package testdates

import (
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
)

// Near draws a date within spread days of one of the anchors (a boundary:
// a deadline, an effective date, a first day), weighted towards the anchor
// itself and the days either side, where comparison bugs live. It fails the
// test on an empty anchor list or a date out of range.
func Near(t *rapid.T, label string, spread int, anchors ...calendar.Date) calendar.Date {
	t.Helper()
	if len(anchors) == 0 {
		t.Fatalf("testdates.Near: no anchors")
	}
	a := rapid.SampledFrom(anchors).Draw(t, label+" anchor")
	off := rapid.OneOf(
		rapid.IntRange(-1, 1),
		rapid.IntRange(-spread, spread),
	).Draw(t, label+" offset")
	d, err := a.AddDays(off)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return d
}

// Around returns the day before d, d and the day after: the three days a
// boundary test checks.
func Around(t T, d calendar.Date) [3]calendar.Date {
	t.Helper()
	before, err := d.AddDays(-1)
	if err != nil {
		t.Fatalf("%v", err)
	}
	after, err := d.AddDays(1)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return [3]calendar.Date{before, d, after}
}

package ledger

// Balances by day for the subjects that may never go below zero
// (NonNegative): taken in the order the money moved.

import (
	"slices"
)

// dayBook is a subject's net movements by day, the days in order. Every
// day's movement fits int64 (add refuses what would not). pos and neg are
// the sums of the positive and of the negative movements: while both fit
// (wide false), every running balance lies between them, so none can
// overflow and a rise needs no scan. When they would not fit (books of
// 9×10¹⁶ 元 and more), wide is set and every change is followed by a
// checked scan (lowest).
type dayBook struct {
	days     []int32
	moves    []int64
	pos, neg int64
	wide     bool
}

// add adds delta to day's movement; it reports false, and changes nothing,
// when the movement would leave int64.
func (b *dayBook) add(day int32, delta int64) bool {
	i, found := slices.BinarySearch(b.days, day)
	var old int64
	if found {
		old = b.moves[i]
	}
	m, ok := addFen(old, delta)
	if !ok {
		return false
	}
	if !found {
		b.days = slices.Insert(b.days, i, day)
		b.moves = slices.Insert(b.moves, i, 0)
	}
	b.moves[i] = m
	if b.wide {
		b.recount()
		return true
	}
	// old's share comes out of pos and neg exactly (it was in them, so what
	// remains fits), then m's share goes in, checked.
	b.pos -= max(old, 0)
	b.neg -= min(old, 0)
	p, ok1 := addFen(b.pos, max(m, 0))
	n, ok2 := addFen(b.neg, min(m, 0))
	if !ok1 || !ok2 {
		b.recount()
		return true
	}
	b.pos, b.neg = p, n
	return true
}

// recount sums pos and neg afresh, setting wide when either would overflow.
func (b *dayBook) recount() {
	b.pos, b.neg, b.wide = 0, 0, false
	for _, m := range b.moves {
		var ok bool
		if m > 0 {
			b.pos, ok = addFen(b.pos, m)
		} else {
			b.neg, ok = addFen(b.neg, m)
		}
		if !ok {
			b.wide = true
			return
		}
	}
}

// lowest reports the first day on or after from on which the running
// balance is below zero, and that balance (neg); or, over, the first day on
// which the running balance would leave int64 (the sums are checked).
func (b *dayBook) lowest(from int32) (day int32, low int64, neg, over bool) {
	var run int64
	for i, d := range b.days {
		var ok bool
		if run, ok = addFen(run, b.moves[i]); !ok {
			return d, 0, false, true
		}
		if d >= from && run < 0 {
			return d, run, true, false
		}
	}
	return 0, 0, false, false
}

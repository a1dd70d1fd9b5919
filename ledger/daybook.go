package ledger

// Balances by day for the subjects that may never go below zero
// (nonNegative): taken in the order the money moved.

import (
	"slices"

	"github.com/zhishang/zhishang/money"
)

// dayBook is a subject's net movements by day, the days in order. Every
// day's movement fits an Amount (add refuses what would not). pos and neg are
// the sums of the positive and of the negative movements: while both fit
// (wide false), every running balance lies between them, so none can
// overflow and a rise needs no scan. When they would not fit (books of
// 9×10¹⁶ 元 and more), wide is set and every change is followed by a
// checked scan (lowest).
type dayBook struct {
	days     []int32
	moves    []money.Amount
	pos, neg money.Amount
	wide     bool
}

// add adds delta to day's movement; it reports false, and changes nothing,
// when the movement would leave the range of an Amount.
func (b *dayBook) add(day int32, delta money.Amount) bool {
	i, found := slices.BinarySearch(b.days, day)
	var old money.Amount
	if found {
		old = b.moves[i]
	}
	m, ok := old.Add(delta)
	if !ok {
		return false
	}
	if !found {
		b.days = slices.Insert(b.days, i, day)
		b.moves = slices.Insert(b.moves, i, money.Amount{})
	}
	b.moves[i] = m
	if b.wide {
		b.recount()
		return true
	}
	// old's share comes out of pos and neg exactly (it was in them, so what
	// remains fits), then m's share goes in, checked.
	b.pos, _ = b.pos.Sub(positive(old))
	b.neg, _ = b.neg.Sub(negative(old))
	p, ok1 := b.pos.Add(positive(m))
	n, ok2 := b.neg.Add(negative(m))
	if !ok1 || !ok2 {
		b.recount()
		return true
	}
	b.pos, b.neg = p, n
	return true
}

// recount sums pos and neg afresh, setting wide when either would overflow.
func (b *dayBook) recount() {
	b.pos, b.neg, b.wide = money.Amount{}, money.Amount{}, false
	for _, m := range b.moves {
		var ok bool
		if m.Sign() > 0 {
			b.pos, ok = b.pos.Add(m)
		} else {
			b.neg, ok = b.neg.Add(m)
		}
		if !ok {
			b.wide = true
			return
		}
	}
}

// lowest reports the first day on or after from on which the running
// balance is below zero, and that balance (neg); or, over, the first day on
// which the running balance would leave the range of an Amount (the sums
// are checked).
func (b *dayBook) lowest(from int32) (day int32, low money.Amount, neg, over bool) {
	var run money.Amount
	for i, d := range b.days {
		var ok bool
		if run, ok = run.Add(b.moves[i]); !ok {
			return d, money.Amount{}, false, true
		}
		if d >= from && run.Sign() < 0 {
			return d, run, true, false
		}
	}
	return 0, money.Amount{}, false, false
}

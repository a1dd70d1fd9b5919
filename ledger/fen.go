package ledger

// Amounts: every amount on the books is a money.Amount, a whole number of
// fen; sums and balances use its checked arithmetic.

import (
	"github.com/zhishang/zhishang/money"
)

// maxLineFen bounds a line's amount (10¹² 元, in fen); a larger amount is
// refused. Sums of lines are checked besides (money.Amount.Add): a posting
// whose debits or credits total more than an Amount holds, or a balance
// that would, is code overflow, never a wrapped number.
const maxLineFen = 100_000_000_000_000

// lineOK reports whether a may stand on a line, or in a record: from 0 to
// 10¹² 元.
func lineOK(a money.Amount) bool { return a.Sign() >= 0 && a.Fen() <= maxLineFen }

// Where a checked sum cannot overflow — one within a posting's debit and
// credit totals, which Validate bounded (each line at most 10¹² 元, and the
// totals checked), or the exact inverse of a sum that fitted — the call
// site discards the ok of money.Amount's Add, Sub or Neg (x, _ = a.Add(b))
// and says why beside it.

// net is a line's debit − credit (each at most 10¹² 元: it fits).
func net(l Line) money.Amount {
	d, _ := l.Debit.Sub(l.Credit)
	return d
}

// positive and negative are the parts of a above and below zero.
func positive(a money.Amount) money.Amount {
	if a.Sign() > 0 {
		return a
	}
	return money.Amount{}
}

func negative(a money.Amount) money.Amount {
	if a.Sign() < 0 {
		return a
	}
	return money.Amount{}
}

// larger and smaller are the larger and the smaller of a and b.
func larger(a, b money.Amount) money.Amount {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func smaller(a, b money.Amount) money.Amount {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

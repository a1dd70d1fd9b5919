package eligibility

import (
	"fmt"
	"math"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// ErrCountOverflow is wrapped by every error of a count that would pass
// math.MaxInt64 (9223372036854775807), the most an int64 count holds: no
// count of the package ever wraps around to a negative or small number.
// The error is an *OverflowError saying which count.
var ErrCountOverflow = errcode.New("count_overflow", errcode.Stop,
	"a count would pass 9223372036854775807 (the most an int64 holds)",
	"计数超出可处理的范围（int64 的最大值）")

// OverflowError is a count addition refused because its sum would not fit
// in an int64: What is the count ("tally total", "counts.input", "bill
// line orders" and the like; an echoed platform or ID is cut short and
// masked), Have its value before, Add what was to be added. Nothing is
// changed by the refused addition. It wraps ErrCountOverflow.
type OverflowError struct {
	What string
	Have int64
	Add  int64
}

func (e *OverflowError) Error() string {
	return fmt.Sprintf("eligibility: %s: %d + %d: %v", e.What, e.Have, e.Add, ErrCountOverflow)
}

// Unwrap returns ErrCountOverflow.
func (e *OverflowError) Unwrap() error { return ErrCountOverflow }

// errNegativeCount is returned (wrapped) for a count below zero where only
// counts of zero or more make sense: a Counts merged, a tally decoded.
var errNegativeCount = errcode.New("negative_count", errcode.Stop,
	"eligibility: a negative count",
	"计数为负数")

// addCount returns have + n, or an *OverflowError naming what when the sum
// would pass math.MaxInt64, or an error wrapping negative_count when have
// or n is negative.
func addCount(what string, have, n int64) (int64, error) {
	if have < 0 || n < 0 {
		return have, errzh.With(fmt.Errorf("%w: %s: %d + %d", errNegativeCount, what, have, n), "%s：%d + %d", whatZH(what), have, n)
	}
	if n > math.MaxInt64-have {
		return have, &OverflowError{What: what, Have: have, Add: n}
	}
	return have + n, nil
}

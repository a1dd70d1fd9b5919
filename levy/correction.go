package levy

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/money"
)

// AdjustmentKind is the direction of a correction (第十六条).
type AdjustmentKind string

const (
	Refund  AdjustmentKind = "refund" // 多缴: the overpayment is returned to the platform
	TopUp   AdjustmentKind = "top_up" // 少缴: the platform pays the shortfall
	NoneDue AdjustmentKind = "none"   // paid exactly what was due
)

// Correction is what a platform paid for a fee period and what was due.
type Correction struct {
	Platform string          `json:"platform"`
	Period   calendar.Month  `json:"period"` // 费款所属期: the period it belongs to
	Paid     decimal.Decimal `json:"paid" strict:"required,decimals=2"`
	Due      decimal.Decimal `json:"due" strict:"required,decimals=2"`
	Reason   string          `json:"reason,omitempty"` // e.g. 操作错误, 系统故障
}

// Adjustment is the refund or top-up of a correction, tied to its period.
type Adjustment struct {
	Platform string          `json:"platform"`
	Period   calendar.Month  `json:"period"`
	Kind     AdjustmentKind  `json:"kind"`
	Amount   decimal.Decimal `json:"amount" strict:"required,decimals=2"` // never negative
}

// ErrBadCorrection is wrapped by Correct's errors.
var ErrBadCorrection = errcode.New("bad_correction", errcode.Stop,
	"levy: invalid correction",
	"退补数据不合要求")

// Correct returns the refund or top-up of c (第十六条: 多缴费款的，可以申请退还；
// 少缴费款的，应按照规定予以补足), tied to c's period (退款所属费款账期). Paid
// and due are amounts of money: they must not be negative nor carry more
// than two decimal places (fen), so no rounding happens here.
func Correct(c Correction) (Adjustment, error) {
	switch {
	case c.Platform == "":
		return Adjustment{}, fmt.Errorf("%w: no platform", ErrBadCorrection)
	case c.Period.IsZero():
		return Adjustment{}, fmt.Errorf("%w: no period", ErrBadCorrection)
	case c.Paid.IsNegative() || c.Due.IsNegative():
		return Adjustment{}, fmt.Errorf("%w: a negative amount", ErrBadCorrection)
	case money.Sane(c.Paid) != nil || money.Sane(c.Due) != nil:
		return Adjustment{}, fmt.Errorf("%w: an implausible amount", ErrBadCorrection)
	case !c.Paid.Equal(c.Paid.Round(2)) || !c.Due.Equal(c.Due.Round(2)):
		return Adjustment{}, fmt.Errorf("%w: amounts are in fen (at most two decimal places)", ErrBadCorrection)
	}
	a := Adjustment{Platform: c.Platform, Period: c.Period}
	switch diff := c.Paid.Sub(c.Due); diff.Sign() {
	case 1:
		a.Kind, a.Amount = Refund, diff
	case -1:
		a.Kind, a.Amount = TopUp, diff.Neg()
	default:
		a.Kind, a.Amount = NoneDue, decimal.Zero
	}
	return a, nil
}

// String describes the adjustment.
func (a Adjustment) String() string {
	switch a.Kind {
	case Refund:
		return fmt.Sprintf("refund %s 元 to %s for the period %s (第十六条)", a.Amount.StringFixed(2), a.Platform, a.Period)
	case TopUp:
		return fmt.Sprintf("%s tops up %s 元 for the period %s (第十六条)", a.Platform, a.Amount.StringFixed(2), a.Period)
	}
	return fmt.Sprintf("%s paid exactly what was due for %s", a.Platform, a.Period)
}

package levy

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
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
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`           // 费款所属期: the period it belongs to
	Reason   string         `json:"reason,omitempty"` // e.g. 操作错误, 系统故障
	// Paid and Due are the last fields: JSON has always written them last.
	Paid money.Amount `json:"paid" strict:"required"`
	Due  money.Amount `json:"due" strict:"required"`
}

// Adjustment is the refund or top-up of a correction, tied to its period.
type Adjustment struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Kind     AdjustmentKind `json:"kind"`
	Amount   money.Amount   `json:"amount" strict:"required"` // never negative
}

// errBadCorrection is wrapped by Correct's errors.
var errBadCorrection = errcode.New("bad_correction", errcode.Stop,
	"levy: invalid correction",
	"退补数据不合要求")

// Correct returns the refund or top-up of c (第十六条: 多缴费款的，可以申请退还；
// 少缴费款的，应按照规定予以补足), tied to c's period (退款所属费款账期). Paid
// and due must not be negative; they are whole fen (money.Amount), so no
// rounding happens here.
func Correct(c Correction) (Adjustment, error) {
	switch {
	case c.Platform == "":
		return Adjustment{}, errzh.With(fmt.Errorf("%w: no platform", errBadCorrection),
			"没有写明平台")
	case c.Period.IsZero():
		return Adjustment{}, errzh.With(fmt.Errorf("%w: no period", errBadCorrection),
			"没有写明费款所属期")
	case c.Paid.Sign() < 0 || c.Due.Sign() < 0:
		return Adjustment{}, errzh.With(fmt.Errorf("%w: a negative amount", errBadCorrection),
			"金额为负数")
	}
	a := Adjustment{Platform: c.Platform, Period: c.Period}
	// Both are from 0 to money.MaxFen: the difference either way fits.
	switch c.Paid.Cmp(c.Due) {
	case 1:
		a.Kind = Refund
		a.Amount, _ = c.Paid.Sub(c.Due)
	case -1:
		a.Kind = TopUp
		a.Amount, _ = c.Due.Sub(c.Paid)
	default:
		a.Kind = NoneDue
	}
	return a, nil
}

package benefits

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
)

// PlatformKind names what the platform pays itself during the treatment
// period (第四十六条), not the fund.
type PlatformKind string

const (
	// LivingAllowance: 生活保障费 while the worker stops work for treatment
	// (第四十六条第一款).
	LivingAllowance PlatformKind = "living_allowance"
	// TreatmentNursing: nursing a worker who cannot look after himself
	// needs during the treatment period (第四十六条第二款).
	TreatmentNursing PlatformKind = "treatment_nursing"
)

// Chinese is the line's name in the regulation's words.
func (k PlatformKind) Chinese() string {
	switch k {
	case LivingAllowance:
		return "生活保障费"
	case TreatmentNursing:
		return "治疗期内生活护理费用"
	}
	return ""
}

// PlatformLine is an amount the platform pays (第四十六条). The regulation
// sets no amount: the host gives it, and the award lists it apart from the
// fund's items and totals.
type PlatformLine struct {
	Kind PlatformKind `json:"kind"`
	// Platform names the platform that pays (所在平台企业), optional.
	Platform string `json:"platform,omitempty"`
	// Amount is the whole amount for the period.
	Amount money.Amount `json:"amount" strict:"required"`
	// From and To, optional, are the months it covers.
	From calendar.Month `json:"from,omitzero"`
	To   calendar.Month `json:"to,omitzero"`
	// Basis says how the host reached the amount (an agreement, an insurance policy, 第四十六条第三款).
	Basis string `json:"basis,omitempty"`
}

var errPlatformLine = errors.New("want kind living_allowance or treatment_nursing, an amount not negative and below 10¹⁵ 元, and from ≤ to")

func (l PlatformLine) validate() error {
	switch {
	case l.Kind != LivingAllowance && l.Kind != TreatmentNursing,
		l.Amount.Sign() < 0, tooLarge(l.Amount),
		!l.From.IsZero() && !l.To.IsZero() && l.To.Before(l.From):
		return fmt.Errorf("%w (kind %s, amount %s)", errPlatformLine, shown(string(l.Kind)), shownNumber(l.Amount.String()))
	}
	return nil
}

package golden

import (
	"errors"
	"strconv"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

func benefitsCode(err error) string {
	var mb *benefits.MissingBaseError
	var me *param.MissingError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &mb):
		return "missing_base:" + mb.Param + ":" + strconv.Itoa(mb.Year)
	case errors.As(err, &me):
		return "missing_parameter:" + me.Name
	}
	for _, ct := range []codeTarget{
		{"not_covered", benefits.ErrNotCovered},
		{"death_not_covered", benefits.ErrDeathNotCovered},
		{"transitional", benefits.ErrTransitional},
		{"bad_case", benefits.ErrBadCase},
		{"no_third_party_basis", benefits.ErrNoThirdPartyBasis},
		{"bad_medical", benefits.ErrBadMedical},
	} {
		code, target := ct.code, ct.target
		if errors.Is(err, target) {
			return code
		}
	}
	return levyCode(err)
}

type itemOut struct {
	Kind        benefits.Kind  `json:"kind"`
	Beneficiary string         `json:"beneficiary,omitempty"`
	Amount      string         `json:"amount"`
	StartMonth  calendar.Month `json:"start_month,omitzero"`
	Flagged     bool           `json:"flagged,omitempty"`
}

type paymentOut struct {
	Month       calendar.Month `json:"month"`
	Kind        benefits.Kind  `json:"kind"`
	Beneficiary string         `json:"beneficiary,omitempty"`
	Amount      string         `json:"amount"`
	Raised      bool           `json:"raised,omitempty"`
}

type medicalOut struct {
	ThirdParty string `json:"third_party,omitempty"`
	Fund       string `json:"fund,omitempty"`
	Worker     string `json:"worker,omitempty"`
	Error      string `json:"error,omitempty"`
}

type awardOutput struct {
	Items        []itemOut    `json:"items,omitempty"`
	OneTimeTotal string       `json:"one_time_total,omitempty"`
	MonthlyTotal string       `json:"monthly_total,omitempty"`
	Provisional  bool         `json:"provisional,omitempty"`
	Flagged      bool         `json:"flagged,omitempty"`
	Medical      *medicalOut  `json:"medical,omitempty"`
	Schedule     []paymentOut `json:"schedule,omitempty"`
	Error        string       `json:"error,omitempty"`
}

func benefitsKinds() map[string]kind {
	return map[string]kind{
		// benefits.award: a benefits.CaseFile: the award, its schedule and the medical split.
		"benefits.award": define(func(in benefits.CaseFile) (awardOutput, []string) {
			if err := in.Case.Validate(); err != nil {
				return awardOutput{Error: benefitsCode(err)}, []string{err.Error()}
			}
			r, err := in.Calculate()
			if err != nil {
				return awardOutput{Error: benefitsCode(err)}, []string{err.Error()}
			}
			out := awardOutput{OneTimeTotal: r.Award.OneTimeTotal.StringFixed(2), MonthlyTotal: r.Award.MonthlyTotal.StringFixed(2),
				Provisional: r.Award.Provisional, Flagged: r.Award.Flagged}
			for _, it := range r.Award.Items {
				out.Items = append(out.Items, itemOut{Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: it.Amount.StringFixed(2), StartMonth: it.StartMonth, Flagged: it.Flagged})
			}
			for _, p := range r.Schedule {
				out.Schedule = append(out.Schedule, paymentOut{Month: p.Month, Kind: p.Kind, Beneficiary: p.Beneficiary, Amount: p.Amount.StringFixed(2), Raised: p.Raised})
			}
			if m := r.Medical; m != nil {
				out.Medical = &medicalOut{ThirdParty: m.ThirdParty.StringFixed(2), Fund: m.Fund.StringFixed(2), Worker: m.Worker.StringFixed(2)}
			}
			return out, r.Explanation
		}),
		// benefits.medical: 第三十四条.
		"benefits.medical": define(func(in benefits.Medical) (medicalOut, []string) {
			s, err := benefits.SplitMedical(in)
			if err != nil {
				return medicalOut{Error: benefitsCode(err)}, []string{err.Error()}
			}
			return medicalOut{ThirdParty: s.ThirdParty.StringFixed(2), Fund: s.Fund.StringFixed(2), Worker: s.Worker.StringFixed(2)}, s.Explanation
		}),
	}
}

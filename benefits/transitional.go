package benefits

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// 第四十五条: the periodic items of an injury or death before the
// 《实施办法》 commenced, rebased on the 2024 wage and raised to each year's
// standard; the commencement and the 2024 wage parameters.

// Rebase is 第四十五条 for one periodic item (伤残津贴, 供养亲属抚恤金,
// 生活护理费) of an injury or death before the 《实施办法》 commenced: before
// Since the item is paid at its own level (the W of the year of injury or
// death); from Since on at its level on the 2024 wage (第一款), and each
// year, if that year's standard is higher, at the standard (第二款).
//
// Reading: an item once raised keeps its raised level in later years
// ("定期待遇水平高于当年待遇计发标准的，仍按原待遇标准享受"): the level paid in a
// month is the greatest of the 2024 level and the standards of the years
// from Since's year to the month's.
type Rebase struct {
	// Since is the month the 《实施办法》 commenced (paramCommencement).
	Since calendar.Month `json:"since"`
	// Basis names the parameter whose value in force on 1 January of a year
	// sets that year's standard: ParamWage, or ParamNursingBase for the
	// nursing allowance.
	Basis param.Name `json:"basis"`
	// Factors: the item's monthly amount is base × factors ÷ 12. Survivor
	// pensions have none: they are recomputed together under the cap.
	Factors []decimal.Decimal `json:"factors,omitempty"`
}

// since reports whether 第四十五条 applies to an injury or death on day:
// the 《实施办法》's commencement month, and true when day is before it.
func (k *calc) since(day calendar.Date) (calendar.Month, bool) {
	c := k.commencement
	if k.needs != nil {
		k.needs.rest(c, "第四十五条: whether the periodic items are rebased on the 2024 wage rests on this date",
			"第四十五条：按月支付的项目是否按2024年工资重新计发，取决于这一日期")
	}
	if !day.Before(c.Date) {
		return calendar.Month{}, false
	}
	return calendar.MonthOfDate(c.Date), true
}

// wage2024 is the 2024 wage for 第四十五条.
func (k *calc) wage2024() (param.Value, error) {
	v, err := wage2024(k.params)
	var mb *MissingBaseError
	if err != nil && k.needs != nil && errors.As(err, &mb) {
		on, _ := calendar.DateOf(2025, 1, 1)
		why, whyZH := baseWhy(ParamWage, 2025, whyRebase)
		k.needs.add(Need{Param: ParamWage, On: on, Why: why, WhyZH: whyZH})
		return param.Value{Name: ParamWage, Value: placeholderOne, From: on, Source: "(missing)", Status: param.Provisional}, nil
	}
	return v, err
}

// rebase applies 第四十五条 to a periodic item: from since on it is paid at
// the 2024 wage × factors ÷ 12, each year at least that year's standard.
// When the item starts on or after since its Amount is the 2024 level.
func (k *calc) rebase(it *Item, since calendar.Month, basis param.Name, factors ...decimal.Decimal) error {
	it.Rebase = &Rebase{Since: since, Basis: basis, Factors: factors}
	it.Articles = append(it.Articles, "第四十五条")
	it.formula.since = since
	if !it.StartMonth.Before(since) {
		// From its first month: the 2024 level, or a higher standard of a
		// year from the commencement's to the start's (第四十五条第二款).
		w24, err := k.wage2024()
		if err != nil {
			return err
		}
		amount, _, err := scheduler{params: k.params, needs: k.needs}.rebased(it.Rebase, it.StartMonth)
		if errors.Is(err, money.ErrRange) {
			err = fmt.Errorf("%w: %w", errBadCase, err) // a figure of the case's parameters, not of an award
		}
		var mb *MissingBaseError
		if errors.As(err, &mb) {
			// A later year's figure not yet published: state the 2024 level,
			// say so, and leave the raise to the schedule (partial answer).
			amount, err = monthlyOf(w24.Value, factors...)
			if err != nil {
				err = withZH(fmt.Errorf("%w: the 2024 level: %w", errBadCase, err), "%s：2024年的水平：%s", errBadCase.Chinese(), zhOf(err))
			}
			it.Provisional = true
			k.award.note(note{kind: nStandardMissing, who: it.Kind.Chinese(), year: mb.Year, param: string(mb.Param)})
		}
		if err != nil {
			return err
		}
		it.Amount = amount
		it.Params = append(it.Params, w24)
		it.formula.wage2024 = w24.Value
		it.formula.at2024 = true
		it.Provisional = it.Provisional || w24.Status == param.Provisional
	}
	return nil
}

// commencement is the 《实施办法》's commencement (its Date is the day), or
// an error naming paramCommencement (wrapping transitional and a
// *param.MissingError): NewRulebook refuses a set without it.
func commencement(params *param.Set) (param.Value, error) {
	v, err := params.Lookup(paramCommencement, lastDay)
	if err != nil {
		// The parameter missing first (errcode.Of), then errTransitional.
		return param.Value{}, fmt.Errorf("%[2]w: %[1]w", &param.MissingError{Name: paramCommencement}, errTransitional)
	}
	return v, nil
}

// wage2024 is the 2024 annual wage: ParamWage2024, or ParamWage for
// injuries in 2025 (NewRulebook checked that both, when given, agree);
// neither is a *MissingBaseError for ParamWage in 2025.
func wage2024(params *param.Set) (param.Value, error) {
	if v, err := params.Lookup(ParamWage2024, lastDay); err == nil {
		return v, nil
	}
	if v, err := params.Lookup(ParamWage, jan2025); err == nil {
		return v, nil
	}
	return param.Value{}, &MissingBaseError{Param: ParamWage, Year: 2025}
}

// wage2024Alias is ParamWage2024 standing for a missing ParamWage of 2025
// (the same figure, 第四十五条): ok when name is ParamWage, d is in 2025 and
// the host gave ParamWage2024.
func wage2024Alias(params *param.Set, name param.Name, d calendar.Date) (param.Value, bool) {
	if name != ParamWage || d.Year() != 2025 {
		return param.Value{}, false
	}
	v, err := params.Lookup(ParamWage2024, lastDay)
	return v, err == nil
}

package benefits

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// The award: its items and totals, and Compute, which looks the parameters
// up and hands the case to the disability (disability.go) or death
// (death.go) rules; 第四十三条 (the levy paid for the month of injury) and
// 第五十六条 (the warning limit) are applied here.

// Kind names a benefit item the fund pays. Kind.Chinese gives its name in
// the regulation's words.
type Kind string

const (
	OneTimeDisabilityGrant Kind = "one_time_disability_grant" // 一次性伤残补助金
	DisabilityAllowance    Kind = "disability_allowance"      // 伤残津贴 (monthly)
	OneTimeAllowance       Kind = "one_time_allowance"        // 一次性津贴 (grades 5, 6)
	NursingAllowance       Kind = "nursing_allowance"         // 生活护理费 (monthly)
	FuneralGrant           Kind = "funeral_grant"             // 丧葬补助金
	SurvivorPension        Kind = "survivor_pension"          // 供养亲属抚恤金 (monthly, one item a dependent)
	DeathGrant             Kind = "death_grant"               // 一次性职业伤害死亡补助金
)

// Chinese is the item's name in the regulation's words ("伤残津贴"), or ""
// for an unknown kind.
func (k Kind) Chinese() string {
	switch k {
	case OneTimeDisabilityGrant:
		return "一次性伤残补助金"
	case DisabilityAllowance:
		return "伤残津贴"
	case OneTimeAllowance:
		return "一次性津贴"
	case NursingAllowance:
		return "生活护理费"
	case FuneralGrant:
		return "丧葬补助金"
	case SurvivorPension:
		return "供养亲属抚恤金"
	case DeathGrant:
		return "一次性职业伤害死亡补助金"
	}
	return ""
}

// Item is one benefit of an award.
type Item struct {
	Kind Kind
	// Beneficiary names the dependent of a survivor pension.
	Beneficiary string
	// Share is a survivor pension's share of the death base (the lone
	// bonus included); zero for other items.
	Share decimal.Decimal
	// Amount is the payment, rounded half up to the fen: the whole one-time
	// item, or the monthly amount of a periodic item in StartMonth.
	// StartMonth is the month a one-time item is due, or a periodic item's
	// first month: the month after the assessment conclusion for disability
	// items (第三十八条), the month after the death for the death items
	// (reading, as for the pensions: 第四十条 pays once the relatives'
	// materials are verified, a date the library cannot know). The
	// schedule (Rulebook.Schedule) gives each month's amount: a dependent's
	// end, the cap recomputed and 第四十五条 can change it.
	Amount     money.Amount
	Periodic   bool
	StartMonth calendar.Month
	// EndMonth is the last month a periodic item is paid (a dependent's
	// end); zero when it has none.
	EndMonth calendar.Month
	// Rebase is 第四十五条 for a periodic item of an injury or death before
	// the 《实施办法》's commencement; nil otherwise.
	Rebase   *Rebase
	Params   []param.Value
	Articles []string
	// Provisional: the item rests on a provisional parameter or reading.
	Provisional bool
	// Flagged: above the warning limit (第五十六条).
	Flagged bool
	// formula builds the computation in words and figures when asked
	// (Formula): building it eagerly would be most of Compute's time.
	formula formula
}

// Award is what the fund pays for a case, and apart from it what the
// platform pays (第四十六条).
type Award struct {
	Items []Item
	// OneTimeTotal is the sum of the one-time items.
	OneTimeTotal money.Amount
	// MonthlyTotal is what the periodic items pay in the first month any is
	// paid: the sum of the amounts of the items starting that month (a
	// posthumous child's pension, starting later, is not in it; the schedule
	// gives every month's total).
	MonthlyTotal money.Amount
	// Situation is the death situation the award was computed in
	// (Case.DeathSituation); NoDeathSituation for a disability award.
	Situation DeathSituation
	// pensions is set when the award has survivor pensions: what the
	// schedule recomputes them from (kept in the award's JSON).
	pensions *pensionBasis
	// Platform are the platform's own lines (第四十六条), never the fund's:
	// they are not in OneTimeTotal, MonthlyTotal or the schedule.
	Platform      []PlatformLine
	PlatformTotal money.Amount
	Provisional   bool
	Flagged       bool
	// Rulebook is the Fingerprint of the Rulebook that computed the award
	// ("" for an award built by hand).
	Rulebook string
	// notes are built when asked for (Notes, Explanation, JSON).
	notes []note
}

// Errors of Compute.
var (
	errBadCase = errcode.New("bad_case", errcode.Stop,
		"benefits: invalid case",
		"待遇案件数据不合要求")
	ErrNotCovered = errcode.New("not_covered", errcode.Stop,
		"benefits: no award: the platform did not pay the levy for the month of the injury (第四十三条)",
		"平台未缴纳受伤当月的职业伤害保障费，不予支付待遇（第四十三条）")
	// ErrDeathNotCovered: a death of another cause than the occupational
	// injury, other than a grade 1–4 worker's after the treatment period,
	// is in none of the three death situations (DeathSituation).
	ErrDeathNotCovered = errcode.New("death_not_covered", errcode.Stop,
		"benefits: a death of another cause is covered only for a grade 1–4 worker after the treatment period (funeral grant and survivor pensions)",
		"非因职业伤害死亡的，只有一至四级伤残者在治疗期满后死亡才支付丧葬补助金和供养亲属抚恤金")
)

// calc holds one computation's lookups.
type calc struct {
	params *param.Set
	// commencement is the 《实施办法》's (第四十五条), which NewRulebook found.
	commencement param.Value
	award        *Award
	// needs, when set, records every missing parameter instead of failing
	// on the first (Needs).
	needs *needList
	// err is the first amount beyond money's range (monthly), reported
	// once the items are computed.
	err error
}

// monthly is monthlyOf; an amount beyond money's range is kept in k.err
// (errBadCase) and given as zero.
func (k *calc) monthly(annual decimal.Decimal, factors ...decimal.Decimal) money.Amount {
	a, err := monthlyOf(annual, factors...)
	if err != nil && k.err == nil {
		k.err = withZH(fmt.Errorf("%w: an amount beyond any plausible figure (a wage or income parameter is wrong): %w", errBadCase, err), "%s：金额超出任何合理的数额（工资或收入参数有误）：%s", errBadCase.Chinese(), zhOf(err))
	}
	return a
}

var placeholderOne = decimal.NewFromInt(1)

// round is money.Round (half up to the fen); an amount beyond money's range
// is kept in k.err, as monthly does.
func (k *calc) round(d decimal.Decimal) money.Amount {
	a, err := money.Round(d)
	if err != nil && k.err == nil {
		k.err = withZH(fmt.Errorf("%w: an amount beyond any plausible figure (a wage or income parameter is wrong): %w", errBadCase, err), "%s：金额超出任何合理的数额（工资或收入参数有误）：%s", errBadCase.Chinese(), zhOf(err))
	}
	return a
}

// tooLarge reports an amount of 10¹⁵ 元 or more, either way: beyond any
// fund, so that a few of them add up far inside money's range.
func tooLarge(a money.Amount) bool {
	const limit = 100_000_000_000_000_000 // 10¹⁵ 元 in fen
	return a.Fen() >= limit || a.Fen() <= -limit
}

// lookup is the value of name on day on; in Needs mode a missing value is
// recorded and a placeholder returned.
func (k *calc) lookup(name param.Name, on calendar.Date, why, whyZH string) (param.Value, error) {
	v, err := k.params.Lookup(name, on)
	if err == nil {
		return v, nil
	}
	var me *param.MissingError
	if k.needs != nil && errors.As(err, &me) {
		k.needs.add(Need{Param: name, On: on, Why: why, WhyZH: whyZH})
		return param.Value{Name: name, Value: placeholderOne, From: on, Source: "(missing)", Status: param.Provisional}, nil
	}
	return param.Value{}, err
}

func (k *calc) value(name param.Name, on calendar.Date) (param.Value, error) {
	return k.lookup(name, on, "", "")
}

// wage returns the annual wage for injuries or deaths on day d.
func (k *calc) wage(d calendar.Date) (param.Value, error) {
	return k.base(ParamWage, d)
}

// base looks up a wage or income figure by the year of injury or death: a
// missing one is a *MissingBaseError.
func (k *calc) base(name param.Name, d calendar.Date) (param.Value, error) {
	// The W of 2025 is the 2024 wage: NewRulebook checked that every
	// ParamWage in force on a day of 2025 agrees with ParamWage2024.
	v, err := k.params.Lookup(name, d)
	if err != nil {
		var me *param.MissingError
		if errors.As(err, &me) {
			if w, ok := wage2024Alias(k.params, name, d); ok {
				return w, nil
			}
			if k.needs != nil {
				why, whyZH := baseWhy(name, d.Year(), whyOnly)
				k.needs.add(Need{Param: name, On: d, Why: why, WhyZH: whyZH})
				return param.Value{Name: name, Value: placeholderOne, From: d, Source: "(missing)", Status: param.Provisional}, nil
			}
			return param.Value{}, &MissingBaseError{Param: name, Year: d.Year()}
		}
		return param.Value{}, err
	}
	return v, nil
}

// Compute returns the award of a case, computed from rb's parameters and
// rules.
//
// Disability (no death): the one-time disability grant (grades 1–10, not for
// a veteran, 第四十二条), the monthly disability allowance (grades 1–4), the
// one-time allowance (grades 5–6), and the nursing allowance (a level given),
// all on the disability base = ratio × W of the year of injury; periodic
// items start the month after the assessment conclusion (第三十八条).
//
// Death (Case.DeathSituation): (一) a death caused by the occupational
// injury, whenever it happens — the default when the case does not state the
// cause — and (二) such a death within the treatment period (第四十一条): the
// funeral grant, survivor pensions and the one-time death grant, on W and the
// national income of the year of death. (三) A grade 1–4 worker dying after
// the treatment period of another cause: the funeral grant and survivor
// pensions (provisional reading, as 工伤保险条例 第三十九条第三款). Any other
// death: ErrDeathNotCovered. Pensions start the month after the death
// (provisional reading).
//
// Survivor pensions (人社厅函〔2025〕79号 第三十九条): spouse 40%, each other dependent 30%,
// a lone elder or orphan +10 points, of the death base (0.6 × W); their sum
// may not exceed 60% of W itself ("不应高于…月平均工资的60%"). Reading: a sum
// over the cap is cut in proportion, each dependent keeping the same
// fraction of its share, and the fen are allocated by largest remainder
// (ties by the dependents' names, so that the order they are listed in
// changes nothing) so that the pensions add up to the cap exactly; a sum exactly at the cap is shared out the same way, so that
// rounding each pension up cannot take the sum a fen past it.
//
// 第四十五条: an injury or death before the 《实施办法》's commencement
// (paramCommencement) gets its one-time items on the W of its year, and its
// periodic items (伤残津贴, 供养亲属抚恤金, 生活护理费) from the commencement
// month on at the 2024 wage, each year at least that year's standard (see
// Rebase; the schedule applies it).
//
// The award records rb's Fingerprint (Award.Rulebook). A bad case is
// bad_case (Case.Validate); a figure rb's parameters lack for the case's
// years is a *MissingBaseError or a *param.MissingError naming it (Needs
// lists them all at once); a nil or zero rb is no_rulebook.
func (rb *Rulebook) Compute(c Case) (Award, error) {
	if err := rb.ok(); err != nil {
		return Award{}, err
	}
	return rb.compute(c, nil)
}

// compute is Compute; with needs set (Needs) it records every missing
// parameter instead of failing on the first.
func (rb *Rulebook) compute(c Case, needs *needList) (Award, error) {
	if err := c.Validate(); err != nil {
		return Award{}, err
	}
	if c.PaidMonths != nil {
		m := calendar.MonthOfDate(c.Injury)
		paid := false
		for _, p := range c.PaidMonths {
			paid = paid || p == m
		}
		if !paid {
			return Award{}, detail(ErrNotCovered, "受伤当月 %s", "%s", m)
		}
	}
	n := 3
	if c.Death != nil {
		n = 2 + len(c.Death.Dependents)
	}
	award := &Award{Items: make([]Item, 0, n), Rulebook: rb.fingerprint}
	k := &calc{params: rb.set, commencement: rb.commencement, award: award, needs: needs}
	var err error
	if c.Death != nil {
		err = k.death(c)
	} else {
		err = k.disability(c)
	}
	if err == nil {
		err = k.err
	}
	if err != nil {
		return Award{}, err
	}
	var oneTime, monthly money.Amount
	var firstMonth calendar.Month
	for _, it := range award.Items {
		if it.Periodic && (firstMonth.IsZero() || it.StartMonth.Before(firstMonth)) {
			firstMonth = it.StartMonth
		}
	}
	for i := range award.Items {
		it := &award.Items[i]
		if tooLarge(it.Amount) {
			return Award{}, withZH(fmt.Errorf("%w: %s %s 元 is beyond any plausible figure (a wage or income parameter is wrong)", errBadCase, it.Kind, it.Amount),
				"%s：%s %s 元超出任何合理的数额（工资或收入参数有误）", errBadCase.Chinese(), it.Kind.Chinese(), it.Amount)
		}
		if !rb.rules.WarningLimit.IsZero() && it.Amount.Cmp(rb.rules.WarningLimit) > 0 {
			it.Flagged, award.Flagged = true, true
		}
		ok := true
		if it.Periodic {
			if it.StartMonth == firstMonth {
				monthly, ok = monthly.Add(it.Amount)
			}
		} else {
			oneTime, ok = oneTime.Add(it.Amount)
		}
		if !ok {
			return Award{}, detail(errBadCase, "待遇合计超出任何合理的数额", "the award's total is beyond any plausible figure")
		}
		award.Provisional = award.Provisional || it.Provisional
	}
	award.OneTimeTotal, award.MonthlyTotal = oneTime, monthly
	if len(c.Platform) > 0 {
		award.Platform = slices.Clone(c.Platform)
		var total money.Amount
		for _, l := range c.Platform {
			var ok bool
			if total, ok = total.Add(l.Amount); !ok {
				return Award{}, detail(errBadCase, "平台企业自行支付的合计超出任何合理的数额", "the platform's total is beyond any plausible figure")
			}
		}
		award.PlatformTotal = total
		award.note(note{kind: nPlatform})
	}
	if award.Flagged {
		award.note(note{kind: nWarning, limit: rb.rules.WarningLimit.Decimal()})
	}
	return *award, nil
}

func (k *calc) add(it Item) { k.award.Items = append(k.award.Items, it) }

// Formula is the item's computation in words and figures.
func (it Item) Formula() string { return it.formula.String() }

package benefits

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/param"
)

// The parameters: their names and the embedded defaults with their
// sources (NewRulebook checks a host's set).

// Parameter names. Ratios and multipliers are exact decimals; wages and
// incomes are annual figures in 元.
const (
	// ParamWage is W × 12 for injuries (or deaths) in a year: the previous
	// year's Shanghai urban private-sector average annual wage
	// (上年度本市城镇私营单位就业人员平均工资, 第四十五条). Each value is in force
	// for the days of the year it applies to.
	ParamWage param.Name = "benefits.prev_year_shanghai_private_annual_wage"
	// ParamIncome is the previous year's national per-capita disposable
	// income of urban residents (上一年度全国城镇居民人均可支配收入), by the year
	// of death.
	ParamIncome param.Name = "benefits.prev_year_national_urban_disposable_income"

	ParamDisabilityBaseRatio param.Name = "benefits.disability_base_ratio"    // 待遇计发基数 = ratio × W (0.6, provisional)
	ParamDeathBaseRatio      param.Name = "benefits.death_base_ratio"         // the death items' base = ratio × W (0.6)
	ParamFuneralMonths       param.Name = "benefits.funeral_grant_months"     // 丧葬补助金: 6 months of the death base
	ParamDeathGrantMultiple  param.Name = "benefits.death_grant_multiple"     // 一次性职业伤害死亡补助金: 20 × income
	ParamPensionSpouse       param.Name = "benefits.pension_share.spouse"     // 供养亲属抚恤金: 40% of the death base
	ParamPensionOther        param.Name = "benefits.pension_share.other"      // each other dependent: 30%
	ParamPensionLoneBonus    param.Name = "benefits.pension_share.lone_bonus" // 孤寡老人或者孤儿: +10 points
	// ParamPensionCap is the survivor pensions' cap as a ratio of W itself,
	// not of the death base: their sum may not exceed 0.6 × W (人社厅函〔2025〕79号 第三十九条:
	// "核定的各供养亲属的抚恤金之和不应高于上年度统筹地区城镇私营单位就业人员月平均工资的60%").
	ParamPensionCap param.Name = "benefits.pension_share.cap"
	// ParamNursingBase and the ratio of each level (ParamNursingRatio) are
	// host-supplied: the scheme's nursing allowance percentages and base
	// are not published.
	ParamNursingBase param.Name = "benefits.nursing_base_annual"

	// paramCommencement is the 《实施办法》's commencement (第四十五条), a
	// date parameter: param.Commencement, the name a host sets (one way to
	// reach it), embedded in param.Defaults (2025-07-01, provisional) and
	// read by levy too; a host's value replaces it. NewRulebook refuses a set
	// without it (built without param.Defaults), naming it.
	paramCommencement = param.Commencement
	// ParamWage2024 is the 2024 Shanghai urban private-sector average
	// annual wage (2024年本市城镇私营单位就业人员平均工资), the base of
	// 第四十五条's periodic items. It is the same figure as ParamWage for
	// injuries in 2025: a host may give either, once; if it gives both they
	// must agree (NewRulebook refuses them otherwise: transitional_conflict).
	// Host-supplied (not yet published).
	ParamWage2024 param.Name = "benefits.transitional.wage_2024_annual"
)

// The names of the grade tables and of the nursing levels' ratios, read
// through ParamGrantMonths, ParamAllowanceRatio,
// ParamOneTimeAllowanceMonths and ParamNursingRatio.
const (
	paramGrantMonths1  param.Name = "benefits.disability_grant_months.grade1"
	paramGrantMonths2  param.Name = "benefits.disability_grant_months.grade2"
	paramGrantMonths3  param.Name = "benefits.disability_grant_months.grade3"
	paramGrantMonths4  param.Name = "benefits.disability_grant_months.grade4"
	paramGrantMonths5  param.Name = "benefits.disability_grant_months.grade5"
	paramGrantMonths6  param.Name = "benefits.disability_grant_months.grade6"
	paramGrantMonths7  param.Name = "benefits.disability_grant_months.grade7"
	paramGrantMonths8  param.Name = "benefits.disability_grant_months.grade8"
	paramGrantMonths9  param.Name = "benefits.disability_grant_months.grade9"
	paramGrantMonths10 param.Name = "benefits.disability_grant_months.grade10"

	paramAllowanceRatio1 param.Name = "benefits.disability_allowance_ratio.grade1"
	paramAllowanceRatio2 param.Name = "benefits.disability_allowance_ratio.grade2"
	paramAllowanceRatio3 param.Name = "benefits.disability_allowance_ratio.grade3"
	paramAllowanceRatio4 param.Name = "benefits.disability_allowance_ratio.grade4"

	paramOneTimeAllowanceMonths5 param.Name = "benefits.one_time_allowance_months.grade5"
	paramOneTimeAllowanceMonths6 param.Name = "benefits.one_time_allowance_months.grade6"

	paramNursingRatioFull   param.Name = "benefits.nursing_ratio.full"
	paramNursingRatioMostly param.Name = "benefits.nursing_ratio.mostly"
	paramNursingRatioPartly param.Name = "benefits.nursing_ratio.partly"
)

// Params returns the Specs of every parameter benefits reads, by name, in
// a new slice: the constants above, the grade tables and the nursing
// levels' ratios, and the 《实施办法》's commencement (param.Commencement).
// Each is registered in param (param.Specs), so a reader refuses any other
// name.
func Params() []param.Spec {
	names := []param.Name{ParamWage, ParamIncome, ParamDisabilityBaseRatio, ParamDeathBaseRatio, ParamFuneralMonths,
		ParamDeathGrantMultiple, ParamPensionSpouse, ParamPensionOther, ParamPensionLoneBonus, ParamPensionCap,
		ParamNursingBase, paramCommencement, ParamWage2024}
	names = append(names, grantMonthNames[:]...)
	names = append(names, allowanceRatioNames[:]...)
	names = append(names, paramOneTimeAllowanceMonths5, paramOneTimeAllowanceMonths6,
		paramNursingRatioFull, paramNursingRatioMostly, paramNursingRatioPartly)
	slices.Sort(names)
	out := make([]param.Spec, len(names))
	for i, n := range names {
		out[i], _ = n.Spec() // registered (param's TestEveryListedNameIsRegistered)
		out[i].Name = n
	}
	return out
}

var (
	lastDay, _ = calendar.DateOf(9999, 12, 31)
	jan2025, _ = calendar.DateOf(2025, 1, 1)
)

// Why a base figure is needed (Need.Why, Need.WhyZH): the figure's purpose
// for the year, then what else rests on it.
const (
	whyOnly     = ""
	whyStandard = "benefits.need.standard" // 第四十五条第二款: the year's standard
	whyRebase   = "benefits.need.rebase"   // 第四十五条: the periodic items are rebased on it
)

// baseWhy says, in English and in Chinese from the same step, what a
// missing wage, income or nursing base of the given year is for, with what
// else rests on it (whyStandard, whyRebase).
func baseWhy(name param.Name, year int, also string) (en, zh string) {
	key := "benefits.need.other"
	switch name {
	case ParamWage:
		key = "benefits.need.wage"
	case ParamIncome:
		key = "benefits.need.income"
	case ParamNursingBase:
		key = "benefits.need.nursing_base"
	}
	e := explain.Explanation{{Key: key, Inputs: []explain.Value{
		{Name: "year", Value: strconv.Itoa(year)}, {Name: "prev", Value: strconv.Itoa(year - 1)}}}}
	if also != whyOnly {
		e = append(e, explain.Step{Key: also})
	}
	en, _ = catalogues().In(explain.English).Text(e)
	zh, _ = catalogues().In(explain.Chinese).Text(e)
	return en, zh
}

// ParamGrantMonths is the one-time disability grant's months for a grade
// (1–10); for another grade it is "", a name no set holds (a lookup of it
// is an *param.UnknownNameError).
func ParamGrantMonths(grade int) param.Name {
	if grade >= 1 && grade <= 10 {
		return grantMonthNames[grade-1]
	}
	return ""
}

// ParamAllowanceRatio is the monthly disability allowance's ratio for
// grades 1–4; "" for another grade.
func ParamAllowanceRatio(grade int) param.Name {
	if grade >= 1 && grade <= 4 {
		return allowanceRatioNames[grade-1]
	}
	return ""
}

// The names of the grade tables, by grade.
var (
	grantMonthNames = [10]param.Name{paramGrantMonths1, paramGrantMonths2, paramGrantMonths3, paramGrantMonths4, paramGrantMonths5,
		paramGrantMonths6, paramGrantMonths7, paramGrantMonths8, paramGrantMonths9, paramGrantMonths10}
	allowanceRatioNames = [4]param.Name{paramAllowanceRatio1, paramAllowanceRatio2, paramAllowanceRatio3, paramAllowanceRatio4}
)

// ParamOneTimeAllowanceMonths is the one-time allowance's months for
// grades 5–6; "" for another grade.
func ParamOneTimeAllowanceMonths(grade int) param.Name {
	switch grade {
	case 5:
		return paramOneTimeAllowanceMonths5
	case 6:
		return paramOneTimeAllowanceMonths6
	}
	return ""
}

// ParamNursingRatio is the nursing allowance's ratio of a level (生活护理费,
// host-supplied); "" for NursingNone or a level not in the list.
func ParamNursingRatio(level Nursing) param.Name {
	switch level {
	case NursingFull:
		return paramNursingRatioFull
	case NursingMostly:
		return paramNursingRatioMostly
	case NursingPartly:
		return paramNursingRatioPartly
	}
	return ""
}

// Sources of the defaults.
const (
	srcRegulation = "人社厅函〔2025〕79号 第三十八、三十九条 (the national 规程 Shanghai follows through 《实施办法》 沪人社规〔2025〕17号)"
	srcWage       = "中国统计年鉴 reprint of the Shanghai urban private-sector average annual wage"
	srcIncome     = "国家统计局 国民经济和社会发展统计公报 (national per-capita disposable income of urban residents)"
)

// Defaults returns the embedded parameters with their sources and status
// (shared/reference/README.md §3): the grade tables, the ratios, the
// published wages and incomes. Years whose figure is not published (the
// wage for injuries in 2023 and from 2025 on) have no value: the host
// supplies them, and a lookup without one is a *MissingBaseError.
func Defaults() []param.Value {
	ever, _ := calendar.DateOf(1, 1, 1)
	var out []param.Value
	add := func(name param.Name, v string, status param.Status, src string) {
		out = append(out, param.Value{Name: name, Value: decimal.RequireFromString(v), From: ever, Source: src, Status: status})
	}
	for g, m := range []string{"27", "25", "23", "21", "18", "16", "13", "11", "9", "7"} {
		add(ParamGrantMonths(g+1), m, param.Verified, srcRegulation)
	}
	for g, r := range []string{"0.90", "0.85", "0.80", "0.75"} {
		add(ParamAllowanceRatio(g+1), r, param.Verified, srcRegulation)
	}
	add(ParamOneTimeAllowanceMonths(5), "30", param.Verified, srcRegulation)
	add(ParamOneTimeAllowanceMonths(6), "25", param.Verified, srcRegulation)
	add(ParamDisabilityBaseRatio, "0.6", param.Provisional, "inferred: the defining clause was not found; the death items use this base and a reported Shanghai grade-9 case (injured 2024-04, 近五万元) fits 9 × 0.6 × 111347 ÷ 12 = 50106.15")
	add(ParamDeathBaseRatio, "0.6", param.Verified, srcRegulation)
	add(ParamFuneralMonths, "6", param.Verified, srcRegulation)
	add(ParamDeathGrantMultiple, "20", param.Verified, srcRegulation)
	add(ParamPensionSpouse, "0.4", param.Verified, srcRegulation)
	add(ParamPensionOther, "0.3", param.Verified, srcRegulation)
	add(ParamPensionLoneBonus, "0.1", param.Verified, srcRegulation)
	add(ParamPensionCap, "0.6", param.Verified, srcRegulation)
	year := func(name param.Name, y int, v string, status param.Status, src string) {
		from, _ := calendar.DateOf(y, 1, 1)
		until, _ := calendar.DateOf(y, 12, 31)
		out = append(out, param.Value{Name: name, Value: decimal.RequireFromString(v), From: from, Until: until, Source: src, Status: status})
	}
	year(ParamWage, 2022, "96011", param.Secondary, "2021 figure: "+srcWage)
	year(ParamWage, 2024, "111347", param.Secondary, "2023 figure: "+srcWage)
	year(ParamIncome, 2023, "49283", param.Verified, "2022 figure: "+srcIncome)
	year(ParamIncome, 2024, "51821", param.Verified, "2023 figure: "+srcIncome)
	year(ParamIncome, 2025, "54188", param.Verified, "2024 figure: "+srcIncome)
	year(ParamIncome, 2026, "56502", param.Verified, "2025 figure: "+srcIncome)
	return out
}

// DefaultParams returns a param.Set of param.Defaults (the 《实施办法》's
// commencement, which levy reads too) and Defaults.
func DefaultParams() *param.Set {
	s, _ := param.NewSet(append(param.Defaults(), Defaults()...)...) // valid by construction; TestDefaults checks it
	return s
}

// MissingBaseError is a wage or income figure the calculation needs for a
// year that no parameter gives (not yet published, or not shipped): the
// host supplies it.
type MissingBaseError struct {
	Param param.Name
	Year  int // the year of injury or death the figure is for
}

func (e *MissingBaseError) Error() string {
	if e == nil {
		return "benefits: a base figure is missing: the host must supply it"
	}
	return fmt.Sprintf("benefits: no %s for injuries or deaths in %d (the previous year's figure): the host must supply it", e.Param, e.Year)
}

// Unwrap returns ErrMissingBase, the code of every *MissingBaseError.
func (e *MissingBaseError) Unwrap() error { return ErrMissingBase }

// Chinese names the figure missing and the year, for a clerk.
func (e *MissingBaseError) Chinese() string {
	if e == nil {
		return ErrMissingBase.Chinese()
	}
	return fmt.Sprintf("缺少计发基数 %s（%d年受伤或死亡所用的上一年度数值）：须由调用方提供", e.Param, e.Year)
}

// ErrMissingBase is the code of every *MissingBaseError: a wage or income
// figure the calculation needs is not given.
var ErrMissingBase = errcode.New("missing_base", errcode.Stop,
	"benefits: a base figure is missing: the host must supply it",
	"缺少计发基数（所需年度的上年度本市城镇私营单位就业人员平均工资等尚未提供）")

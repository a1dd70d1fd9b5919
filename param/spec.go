package param

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/redact"
)

// Name is a parameter's name, as written in JSON ("name":
// "levy.base.ride_hailing"). Each package that reads parameters declares
// the names it reads as constants of this type and lists their Specs
// (levy.Params, benefits.Params; Commencement here), and every name is
// registered here with its kind and unit (Spec): a reader refuses a name
// that is not registered with an *UnknownNameError naming the nearest
// registered one, so a misspelt name never leaves the default it meant to
// replace silently in force. A name is never built at run time.
type Name string

// Spec returns the registered Spec of n (its kind, unit, places and
// range); ok is false for a name the library does not know.
func (n Name) Spec() (Spec, bool) {
	s, ok := specs[n]
	return s, ok
}

// Kind is what a parameter's value is: an exact decimal or a calendar day.
type Kind uint8

const (
	// KindDecimal: an exact decimal (元 per order, 元 a year, a ratio, months).
	KindDecimal Kind = iota + 1
	// KindDate: a calendar day, written "YYYY-MM-DD" (the 《实施办法》's commencement).
	KindDate
)

// String is "decimal" or "date" ("" for the zero Kind).
func (k Kind) String() string {
	switch k {
	case KindDecimal:
		return "decimal"
	case KindDate:
		return "date"
	}
	return ""
}

// Spec is what the library knows of one parameter name: the kind of its
// value, its unit, how many decimal places it may have and the range a
// value must lie in. Every name a value may have is registered (Specs): a
// value of an unknown name is refused, so that a misspelt name cannot leave
// the default it meant to replace silently in force.
//
// The ranges are plausibility bounds, not the law: wide enough for any
// figure a notice could set, narrow enough that a slip (a wage in 万元, a
// percentage written 60 for 0.6, a zero) is refused on reading. None of
// them admits 0: a parameter that is 0 would silently zero what rests on it.
type Spec struct {
	Name Name
	Kind Kind
	// Unit of the value: 元/单, 元/年, 比例 (a ratio, 0.6 for 60%), 个月,
	// 倍 (a multiple), 日期.
	Unit string
	// places is the most decimal places a decimal value may have; min
	// and max bound a decimal value, minDate and maxDate a date value,
	// both included: Range says them.
	places           int32
	min, max         decimal.Decimal
	minDate, maxDate calendar.Date
	// Single: the parameter is one fact, not a series of dated values (the
	// commencement date). Its value has no from and no until; a host's
	// value replaces the default.
	Single bool
	// Title says what the parameter is, with its article.
	Title string
}

// example is how a value of s is written in JSON, for error messages:
// "value": "2025-07-01" for a date, "value": "0.01" (元/单) for a decimal.
func (s Spec) example() string {
	if s.Kind == KindDate {
		return `"value": "2025-07-01"`
	}
	sample := map[string]string{unitYuanPerOrder: "0.01", unitYuanPerYear: "120000", unitRatio: "0.6", unitMonths: "6", unitMultiple: "20"}[s.Unit]
	if sample == "" {
		sample = s.min.String()
	}
	return fmt.Sprintf(`"value": "%s" (%s)`, sample, s.Unit)
}

// Range describes the allowed values: "0.0001 to 10 元/单, at most 4
// decimal places" or "2020-01-01 to 2099-12-31".
func (s Spec) Range() string {
	if s.Kind == KindDate {
		return s.minDate.String() + " to " + s.maxDate.String()
	}
	return fmt.Sprintf("%s to %s %s, at most %d decimal places", s.min, s.max, s.Unit, s.places)
}

// Units of the registered parameters.
const (
	unitYuanPerOrder = "元/单"
	unitYuanPerYear  = "元/年"
	unitRatio        = "比例"
	unitMonths       = "个月"
	unitMultiple     = "倍"
	unitDate         = "日期"
)

// Commencement names the 《实施办法》's commencement (沪人社规〔2025〕17号):
// a date, one for all time. Levy and benefits read this one value: the
// embedded base amounts of 第十一条 take effect on it (levy.Defaults), and
// 第四十五条 rebases the periodic items of injuries and deaths before it
// (benefits). Defaults embeds 2025-07-01 (provisional); a host overrides it
// with its own value: {"name": "benefits.implementing_measures.commencement",
// "value": "2025-07-01", "source": "…", "status": "verified"} (no from: the
// date is the value). The "benefits." prefix is historical; the name is kept
// so that hosts' files keep working.
const Commencement Name = "benefits.implementing_measures.commencement"

// specs is the registry, built once and never changed (Specs returns copies).
var specs = buildSpecs()

func buildSpecs() map[Name]Spec {
	d := decimal.RequireFromString
	day := func(s string) calendar.Date { v, _ := calendar.ParseDate(s); return v }
	m := map[Name]Spec{}
	add := func(s Spec) { m[s.Name] = s }
	levyBase := func(name Name, title string) {
		add(Spec{Name: name, Kind: KindDecimal, Unit: unitYuanPerOrder, places: 4, min: d("0.0001"), max: d("10"),
			Title: title + " (行业缴费基准额, 沪人社福〔2025〕373号 第十一条)"})
	}
	levyBase("levy.base.ride_hailing", "出行 per-order base amount")
	levyBase("levy.base.instant_delivery.lower", "即时配送 per-order base amount, lower level")
	levyBase("levy.base.instant_delivery.higher", "即时配送 per-order base amount, higher level")
	levyBase("levy.base.instant_delivery.new_platform", "即时配送 per-order base amount of a new platform's first year (第十一条第二款)")
	levyBase("levy.base.intra_city_freight", "同城货运 per-order base amount")

	annual := func(name Name, title string) {
		add(Spec{Name: name, Kind: KindDecimal, Unit: unitYuanPerYear, places: 2, min: d("1000"), max: d("10000000"), Title: title})
	}
	annual("benefits.prev_year_shanghai_private_annual_wage", "W × 12: the previous year's Shanghai urban private-sector average annual wage (上年度本市城镇私营单位就业人员平均工资, 第四十五条)")
	annual("benefits.prev_year_national_urban_disposable_income", "the previous year's national per-capita urban disposable income (上一年度全国城镇居民人均可支配收入), for the death grant")
	annual("benefits.nursing_base_annual", "the nursing allowance's annual base (生活护理费, 第三十八条), host-supplied")
	annual("benefits.transitional.wage_2024_annual", "the 2024 Shanghai urban private-sector average annual wage (第四十五条)")

	ratio := func(name Name, title string) {
		add(Spec{Name: name, Kind: KindDecimal, Unit: unitRatio, places: 9, min: d("0.000000001"), max: d("1"), Title: title})
	}
	ratio("benefits.disability_base_ratio", "待遇计发基数 as a ratio of W (人社厅函〔2025〕79号 第三十八条)")
	ratio("benefits.death_base_ratio", "the death items' base as a ratio of W (人社厅函〔2025〕79号 第三十九条)")
	ratio("benefits.pension_share.spouse", "供养亲属抚恤金: a spouse's share of the death base (人社厅函〔2025〕79号 第三十九条)")
	ratio("benefits.pension_share.other", "供养亲属抚恤金: each other dependent's share of the death base (人社厅函〔2025〕79号 第三十九条)")
	ratio("benefits.pension_share.lone_bonus", "供养亲属抚恤金: the bonus of a lone elder or orphan (孤寡老人或者孤儿, 人社厅函〔2025〕79号 第三十九条)")
	ratio("benefits.pension_share.cap", "供养亲属抚恤金: the pensions' cap as a ratio of W (人社厅函〔2025〕79号 第三十九条)")
	for i, name := range []Name{"benefits.disability_allowance_ratio.grade1", "benefits.disability_allowance_ratio.grade2",
		"benefits.disability_allowance_ratio.grade3", "benefits.disability_allowance_ratio.grade4"} {
		ratio(name, fmt.Sprintf("伤残津贴 of grade %d as a ratio of the disability base (人社厅函〔2025〕79号 第三十八条)", i+1))
	}
	ratio("benefits.nursing_ratio.full", "生活护理费 of the level full as a ratio of the nursing base (host-supplied)")
	ratio("benefits.nursing_ratio.mostly", "生活护理费 of the level mostly as a ratio of the nursing base (host-supplied)")
	ratio("benefits.nursing_ratio.partly", "生活护理费 of the level partly as a ratio of the nursing base (host-supplied)")

	months := func(name Name, title string) {
		add(Spec{Name: name, Kind: KindDecimal, Unit: unitMonths, places: 2, min: d("1"), max: d("120"), Title: title})
	}
	for i, name := range []Name{"benefits.disability_grant_months.grade1", "benefits.disability_grant_months.grade2",
		"benefits.disability_grant_months.grade3", "benefits.disability_grant_months.grade4", "benefits.disability_grant_months.grade5",
		"benefits.disability_grant_months.grade6", "benefits.disability_grant_months.grade7", "benefits.disability_grant_months.grade8",
		"benefits.disability_grant_months.grade9", "benefits.disability_grant_months.grade10"} {
		g := i + 1
		months(name, fmt.Sprintf("一次性伤残补助金 of grade %d, in months of the disability base (人社厅函〔2025〕79号 第三十八条)", g))
	}
	months("benefits.one_time_allowance_months.grade5", "一次性津贴 of grade 5, in months of the disability base (人社厅函〔2025〕79号 第三十八条)")
	months("benefits.one_time_allowance_months.grade6", "一次性津贴 of grade 6, in months of the disability base (人社厅函〔2025〕79号 第三十八条)")
	months("benefits.funeral_grant_months", "丧葬补助金 in months of the death base (人社厅函〔2025〕79号 第三十九条)")
	add(Spec{Name: "benefits.death_grant_multiple", Kind: KindDecimal, Unit: unitMultiple, places: 2, min: d("1"), max: d("100"),
		Title: "一次性职业伤害死亡补助金 as a multiple of the national income (人社厅函〔2025〕79号 第三十九条)"})

	add(Spec{Name: Commencement, Kind: KindDate, Unit: unitDate, minDate: day("2020-01-01"), maxDate: day("2099-12-31"), Single: true,
		Title: "the 《实施办法》's commencement (沪人社规〔2025〕17号; 第四十五条, 第十一条)"})
	return m
}

// Specs returns every registered parameter, by name.
func Specs() []Spec {
	out := make([]Spec, 0, len(specs))
	for _, s := range specs {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// maxShown is the most characters of a host's text an error repeats.
const maxShown = 64

// shown quotes a host's text for an error message, bounded and never
// echoing anything shaped like an identity number (第七十九条): a text of
// at most maxShown characters without a run of six digits is quoted whole;
// another is shown by its first three characters and its length.
func shown(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= maxShown && !identityShaped(s) && utf8.ValidString(s) && redact.Printable(s) == s {
		return fmt.Sprintf("%q", s)
	}
	i, k := 0, 0
	for k < 3 && i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isDigit(r) || r == utf8.RuneError || redact.Printable(string(r)) != string(r) {
			break
		}
		i += w
		k++
	}
	return fmt.Sprintf("%q…(%d characters)", strings.ToValidUTF8(s[:i], "?"), n)
}

// identityShaped reports a run of six or more digits, ASCII or full width
// (an identity, phone or bank number would have one).
func identityShaped(s string) bool {
	run := 0
	for _, r := range s {
		if isDigit(r) {
			run++
			if run >= 6 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// suggest names the registered parameter nearest to an unknown name (at
// most 3 edits away), or "".
func suggest(name Name) Name {
	if len(name) > 100 {
		return ""
	}
	var best Name
	bestD := 4
	for n := range specs {
		if d := editDistance(string(name), string(n), 4); d < bestD || (d == bestD && d < 4 && n < best) {
			best, bestD = n, d
		}
	}
	if bestD > 3 {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance of a and b in bytes, or limit
// when it is at least limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if rowMin >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}

// isDigit reports an ASCII or a full-width digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// Chinese is the kind's Chinese name: 数额 (a decimal) or 日期 (a date); ""
// for a value outside the list.
func (k Kind) Chinese() string {
	switch k {
	case KindDecimal:
		return "数额"
	case KindDate:
		return "日期"
	}
	return ""
}

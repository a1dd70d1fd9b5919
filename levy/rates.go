// Package levy turns counted orders into the platform's monthly
// occupational-injury levy (职业伤害保障费) under 沪人社福〔2025〕373号: the
// per-order rate of each industry (第十一条) with its yearly floating
// (第十二条), the monthly bill and its declaration deadline (第十四条, 第九条),
// the reconciliation of declared against reported orders (第九条, 第十四条第二款),
// refunds and top-ups (第十六条), and the registration deadline (第十三条).
// A Rulebook (NewRulebook, ParseSetup) holds what the levy is computed
// from: the holiday calendar, the parameter set and the platforms' terms,
// checked once; the rates, bills and deadlines are its methods, and each
// result records the rulebook's Fingerprint. Package levy/monthreport
// puts a month's tallies and bills into the report examples/monthly-levy
// and the Beam pipeline write.
//
// Money is exact (github.com/shopspring/decimal): a per-order rate is kept
// as the parameters give it, and a bill line (orders × rate) is rounded half
// up to the fen once, at the line. A bill's total is the sum of its rounded
// lines.
//
// Partial answers: a bill's amounts never depend on the holiday calendar.
// A deadline of the bill (第十四条 declaration, 第九条 push) that falls in a
// year whose State Council schedule is not loaded (period 2026-12: January
// 2027) is an unknown calendar.Deadline in the Bill, with its
// *calendar.YearNotCoveredError and the day it is not before; the lines and
// the total are still given, and are the same once the year is loaded.
// Bill and Reconcile fail only for bad arguments and rates that cannot be
// found; Bills bills every platform of a month it can and lists the
// others with why. RegistrationDeadline (第十三条), a single deadline,
// returns the error itself.
//
// Explanations are data (package explain): a rate, a bill, a
// reconciliation and an adjustment are described by steps with named
// figures (a rule key, its articles, each figure as text; a parameter by
// param.Value.Steps), and Explain(explain.English)/String (for developers) and
// Explain(explain.Chinese) (for clerks) render the same steps through the
// templates Messages lists, one list a language. A known deadline's
// working-day count under its line is calendar's own text.
package levy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/param"
)

// Parameter names of the per-order base amounts (行业缴费基准额, 第十一条), in 元 per order.
const (
	ParamRideHailing        param.Name = "levy.base.ride_hailing"                  // 出行: 0.01
	ParamInstantLower       param.Name = "levy.base.instant_delivery.lower"        // 即时配送: 0.07
	ParamInstantHigher      param.Name = "levy.base.instant_delivery.higher"       // 即时配送: 0.25
	ParamInstantNewPlatform param.Name = "levy.base.instant_delivery.new_platform" // 即时配送, a new platform's first year: 0.07
	ParamIntraCityFreight   param.Name = "levy.base.intra_city_freight"            // 同城货运: 0.18
)

// Params returns the Specs of the parameters levy reads, in a new slice:
// the base amounts of 第十一条 (ParamRideHailing …) and the 《实施办法》's
// commencement (param.Commencement, the day they take effect). Each is
// registered in param (param.Specs), so a reader refuses any other name.
func Params() []param.Spec {
	out := make([]param.Spec, 0, len(baseParams)+1)
	for _, name := range append(baseParams[:len(baseParams):len(baseParams)], param.Commencement) {
		s, _ := name.Spec() // registered (param's TestEveryListedNameIsRegistered)
		s.Name = name
		out = append(out, s)
	}
	return out
}

// Defaults returns the embedded base amounts of 第十一条, in force from the
// 《实施办法》's commencement (沪人社规〔2025〕17号), the date param embeds
// (param.Commencement in param.Defaults: 2025-07-01, provisional). A host
// adjusts them (第十一条第三款: "国家或本市对缴费基准额进行调整的，按照调整后的标准执行")
// by laying its own values over them with param.Set.With; a value with a
// later From takes over from that day. A day before the commencement has no
// embedded base amount: a host that bills it supplies its own values.
func Defaults() []param.Value {
	return defaultsFrom(embeddedCommencement())
}

// embeddedCommencement is the commencement param embeds.
func embeddedCommencement() calendar.Date {
	for _, v := range param.Defaults() {
		if v.Name == param.Commencement {
			return v.Date
		}
	}
	return calendar.Date{}
}

// defaultsFrom is Defaults in force from day from.
func defaultsFrom(from calendar.Date) []param.Value {
	src := "沪人社福〔2025〕373号 第十一条; in force in Shanghai from the 《实施办法》's commencement (沪人社规〔2025〕17号, " + string(param.Commencement) + ")"
	v := func(name param.Name, amount, clause string) param.Value {
		return param.Value{Name: name, Value: decimal.RequireFromString(amount), From: from, Source: src + clause, Status: param.Verified}
	}
	return []param.Value{
		v(ParamRideHailing, "0.01", ""),
		v(ParamInstantLower, "0.07", ""),
		v(ParamInstantHigher, "0.25", ""),
		v(ParamInstantNewPlatform, "0.07", " 第二款 (新参加试点的即时配送平台企业首年)"),
		v(ParamIntraCityFreight, "0.18", ""),
	}
}

// DefaultParams returns a param.Set of param.Defaults (the commencement)
// and Defaults.
func DefaultParams() *param.Set {
	s, _ := param.NewSet(append(param.Defaults(), Defaults()...)...) // the defaults are valid; TestDefaults checks it
	return s
}

// NewParams returns the defaults with the host's values laid over them
// (param.Set.With), the embedded base amounts taking effect on the
// commencement in force: the host's param.Commencement when values give one,
// else the embedded date. So levy and benefits read one commencement, which
// a host overrides in one place.
func NewParams(values ...param.Value) (*param.Set, error) {
	from := embeddedCommencement()
	for _, v := range values {
		if v.Name == param.Commencement && !v.Date.IsZero() && v.Validate() == nil {
			from = v.Date
		}
	}
	s, err := param.NewSet(append(param.Defaults(), defaultsFrom(from)...)...)
	if err != nil {
		return nil, err
	}
	return s.With(values...)
}

// Level is which of the two instant-delivery base amounts the agency assigned
// a platform (第十一条: 每单 0.07 元、0.25 元).
type Level string

const (
	LevelLower  Level = "lower"  // 0.07 (ParamInstantLower)
	LevelHigher Level = "higher" // 0.25 (ParamInstantHigher)
)

// LevelAssignment is the level the agency assigned a platform from a month on.
type LevelAssignment struct {
	From   calendar.Month `json:"from"`
	Level  Level          `json:"level"`
	Source string         `json:"source"`
}

// Floating is a platform's floated rate for one industry and one calendar
// year (第十二条: 自浮动当年的 1 月 1 日起执行). The agency sets it; its bands
// are not published, so the host supplies either a Factor applied to the
// base amount, or the floated Rate itself.
type Floating struct {
	Year     int                  `json:"year"`
	Industry eligibility.Industry `json:"industry"`
	Factor   decimal.Decimal      `json:"factor,omitzero"` // e.g. 1.1: base × 1.1
	Rate     decimal.Decimal      `json:"rate,omitzero"`   // e.g. 0.08 元 per order
	Source   string               `json:"source"`
}

// Terms are what the agency set for one platform headquarters (平台企业总部).
type Terms struct {
	Platform string `json:"platform"`
	// FirstMonth is the first fee month of the platform's first enrolment
	// (首次参保).
	FirstMonth calendar.Month `json:"first_month"`
	// InstantDelivery are the instant-delivery levels assigned to the
	// platform, each from a month on (needed only after its first year).
	InstantDelivery []LevelAssignment `json:"instant_delivery,omitempty"`
	Floating        []Floating        `json:"floating,omitempty"`
}

// Errors of rate lookups and terms.
var (
	ErrNoTerms = errcode.New("no_terms", errcode.Stop,
		"levy: no terms for the platform (first enrolment month, levels, floating)",
		"缺少平台的费率条款（首次参保月份、档次、浮动）")
	ErrNotEnrolled = errcode.New("not_enrolled", errcode.Stop,
		"levy: the platform was not enrolled in that month",
		"平台该月未参保")
	ErrNoLevel = errcode.New("no_level", errcode.Stop,
		"levy: no instant-delivery level (0.07 or 0.25) assigned to the platform for that month",
		"缺少平台该月的即时配送缴费档次（每单0.07元或0.25元，第十一条）")
	errBadTerms = errcode.New("bad_terms", errcode.Stop,
		"levy: invalid terms",
		"费率设置不合要求")
	// errNoParams is returned by NewRulebook without a parameter set, or
	// with one that holds no value of a base amount.
	errNoParams = errcode.New("no_params", errcode.Stop,
		"levy: no parameter set",
		"没有提供参数集")
)

// Validate checks t: a platform that passes eligibility's ID rule
// (eligibility.CheckID: no white space or invisible code point), a first month, levels "lower" or "higher"
// with a source and no two from the same month, and floatings with a year,
// an industry, exactly one positive factor or rate, a source, and no two for
// one year and industry.
func (t Terms) Validate() error {
	bad := func(zh, en string, args ...any) error {
		return &termsError{en: "platform " + echo(t.Platform) + ": " + fmt.Sprintf(en, args...),
			zh: "平台 " + echo(t.Platform) + "：" + fmt.Sprintf(zh, args...)}
	}
	if strings.TrimSpace(t.Platform) == "" {
		return &termsError{en: "no platform", zh: "没有写明平台（platform）"}
	}
	if err := eligibility.CheckID("platform", t.Platform); err != nil {
		// The tallies' platforms pass eligibility's ID rule: terms for a
		// platform that does not would never be found.
		return fmt.Errorf("%w: %w", errBadTerms, err)
	}
	if t.FirstMonth.IsZero() {
		return bad("没有首个缴费月（first_month）", "no first_month")
	}
	months := map[calendar.Month]bool{}
	for i, a := range t.InstantDelivery {
		switch {
		case a.From.IsZero():
			return bad("即时配送第 %d 项：没有起始月（from）", "instant_delivery #%d: no from", i+1)
		case a.Level != LevelLower && a.Level != LevelHigher:
			return bad("即时配送第 %d 项：档次 %s，应为 lower 或 higher", "instant_delivery #%d: level %s, want lower or higher", i+1, echo(string(a.Level)))
		case strings.TrimSpace(a.Source) == "":
			return bad("即时配送第 %d 项：没有出处（source）", "instant_delivery #%d: no source", i+1)
		case months[a.From]:
			return bad("即时配送第 %d 项：自 %s 起已有一个档次", "instant_delivery #%d: a second level from %s", i+1, a.From)
		}
		months[a.From] = true
	}
	type key struct {
		y int
		i eligibility.Industry
	}
	seen := map[key]bool{}
	for i, f := range t.Floating {
		switch {
		case f.Year < 1 || f.Year > 9999:
			return bad("浮动第 %d 项：年份 %s 不对", "floating #%d: year %s", i+1, echoInt(f.Year))
		case !slices.Contains(eligibility.Industries[:], f.Industry):
			return bad("浮动第 %d 项：没有行业（industry）", "floating #%d: no industry", i+1)
		case f.Factor.IsZero() == f.Rate.IsZero():
			return bad("浮动第 %d 项：浮动系数（factor）与费率（rate）应写且只写一个", "floating #%d: give exactly one of factor and rate", i+1)
		case f.Factor.IsNegative() || f.Rate.IsNegative():
			return bad("浮动第 %d 项：为负数", "floating #%d: negative", i+1)
		case money.Sane(f.Factor) != nil || money.Sane(f.Rate) != nil:
			return bad("浮动第 %d 项：浮动系数或费率不合常理", "floating #%d: an implausible factor or rate", i+1)
		case strings.TrimSpace(f.Source) == "":
			return bad("浮动第 %d 项：没有出处（source）", "floating #%d: no source", i+1)
		case seen[key{f.Year, f.Industry}]:
			return bad("浮动第 %d 项：%d 年 %s 已有一项浮动", "floating #%d: a second floating for %d %s", i+1, f.Year, f.Industry)
		}
		seen[key{f.Year, f.Industry}] = true
	}
	return nil
}

// termsError is terms Validate refuses: code bad_terms with what is wrong, in
// English (Error) and in Chinese (Chinese), the same figures in both.
type termsError struct{ en, zh string }

func (e *termsError) Error() string   { return errBadTerms.Error() + ": " + e.en }
func (e *termsError) Chinese() string { return errBadTerms.Chinese() + "：" + e.zh }
func (e *termsError) Unwrap() error   { return errBadTerms }

// InFirstYear reports whether month m is in the platform's first year: the
// twelve fee months from FirstMonth on (第十一条第二款: 新参加试点的平台企业首年
// 按照国家确定的行业缴费基准额缴费).
func (t Terms) InFirstYear(m calendar.Month) bool {
	last, err := t.FirstMonth.AddMonths(11)
	return err == nil && !m.Before(t.FirstMonth) && !m.After(last)
}

// Floats reports whether the platform's rate floats in year (第十二条第二款:
// 首次参保且缴费不满 1 年的，累计至下一年度浮动).
//
// Reading: floating for a year takes effect on 1 January, so the year of
// contributions is counted up to the end of the year before. A platform
// floats in year Y when its fee months from FirstMonth to December of Y−1
// are at least 12, that is when FirstMonth is January of Y−1 or earlier.
// First enrolled in 2025-01: 12 months by 2025-12, floats from 2026.
// First enrolled in 2025-07: 6 months by 2025-12, does not float in 2026,
// floats from 2027.
func (t Terms) Floats(year int) bool {
	jan, err := calendar.MonthOf(year-1, 1)
	return err == nil && !t.FirstMonth.IsZero() && !t.FirstMonth.After(jan)
}

func (t Terms) level(m calendar.Month) (LevelAssignment, bool) {
	var best LevelAssignment
	found := false
	for _, a := range t.InstantDelivery {
		if !a.From.After(m) && (!found || a.From.After(best.From)) {
			best, found = a, true
		}
	}
	return best, found
}

func (t Terms) floating(year int, ind eligibility.Industry) (Floating, bool) {
	for _, f := range t.Floating {
		if f.Year == year && f.Industry == ind {
			return f, true
		}
	}
	return Floating{}, false
}

// Rate is the per-order rate of one platform and industry on one day, with
// how it was reached.
type Rate struct {
	Platform string
	Industry eligibility.Industry
	Day      calendar.Date
	// PerOrder is the rate in 元 per order, exact (not rounded).
	PerOrder decimal.Decimal
	// Base is the base amount parameter used, with its source and status.
	Base param.Value
	// Level is the instant-delivery level used ("" for other industries and
	// in the first year).
	Level LevelAssignment
	// FirstYear: the day is in the platform's first year (第十一条第二款).
	FirstYear bool
	// Floats: the platform floats in the day's year (第十二条); Floating is
	// what was applied (zero when none was set for the year and industry).
	Floats   bool
	Floating Floating
	// Rulebook is the Fingerprint of the Rulebook that found the rate.
	Rulebook string
}

// Provisional reports whether the rate rests on a provisional parameter.
func (r Rate) Provisional() bool { return r.Base.Status == param.Provisional }

// sameAs reports whether two rates of the same platform and industry come
// from the same inputs (so their days can share a bill line).
func (r Rate) sameAs(o Rate) bool {
	return r.PerOrder.Equal(o.PerOrder) && r.Base.Name == o.Base.Name && r.Base.From == o.Base.From &&
		r.FirstYear == o.FirstYear && r.Floats == o.Floats && r.Level == o.Level &&
		r.Floating.Year == o.Floating.Year && r.Floating.Source == o.Floating.Source
}

// RateOn returns the per-order rate of platform and industry on day.
//
// In the platform's first year it is the national base amount of the
// industry (即时配送: 0.07, ParamInstantNewPlatform) and does not float.
// After it, it is the industry's base amount (即时配送: the level the agency
// assigned), floated in the years Terms.Floats allows by the host-supplied
// Floating of the year and industry.
func (r *Rulebook) RateOn(platform string, industry eligibility.Industry, day calendar.Date) (Rate, error) {
	if err := r.ok(); err != nil {
		return Rate{}, err
	}
	if day.IsZero() {
		return Rate{}, calendar.ErrZeroDate
	}
	t, ok := r.terms[platform]
	if !ok {
		return Rate{}, errzh.With(fmt.Errorf("%w: %s", ErrNoTerms, echo(platform)),
			"平台 %s", echo(platform))
	}
	if !slices.Contains(eligibility.Industries[:], industry) {
		return Rate{}, eligibility.ErrUnknownIndustry
	}
	m := calendar.MonthOfDate(day)
	if m.Before(t.FirstMonth) {
		return Rate{}, errzh.With(fmt.Errorf("%w: %s first enrolled %s, not %s", ErrNotEnrolled, echo(platform), t.FirstMonth, m),
			"平台 %s 首次参保月份为 %s，不是 %s", echo(platform), t.FirstMonth, m)
	}
	rate := Rate{Platform: platform, Industry: industry, Day: day, FirstYear: t.InFirstYear(m), Rulebook: r.fingerprint}
	var name param.Name
	switch {
	case industry == eligibility.RideHailing:
		name = ParamRideHailing
	case industry == eligibility.IntraCityFreight:
		name = ParamIntraCityFreight
	case rate.FirstYear:
		name = ParamInstantNewPlatform
	default:
		a, ok := t.level(m)
		if !ok {
			return Rate{}, errzh.With(fmt.Errorf("%w: %s %s", ErrNoLevel, echo(platform), m),
				"平台 %s %s", echo(platform), m)
		}
		rate.Level = a
		name = ParamInstantLower
		if a.Level == LevelHigher {
			name = ParamInstantHigher
		}
	}
	base, err := r.set.Lookup(name, day)
	if err != nil {
		return Rate{}, err
	}
	rate.Base = base
	rate.PerOrder = base.Value
	if !rate.FirstYear && t.Floats(day.Year()) {
		rate.Floats = true
		if f, ok := t.floating(day.Year(), industry); ok {
			rate.Floating = f
			if !f.Factor.IsZero() {
				rate.PerOrder = base.Value.Mul(f.Factor)
			} else {
				rate.PerOrder = f.Rate
			}
		}
	}
	return rate, nil
}

package benefits

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// The rulebook: the parameter set and the host's rules, checked once, and
// every computation that reads them.

// Rulebook is what benefits are computed from: a parameter set (the grade
// tables and ratios of 人社厅函〔2025〕79号 第三十八、三十九条, the wages and
// incomes by year, the 《实施办法》's commencement and the 2024 wage of
// 第四十五条, the host's nursing figures) and the host's Rules (第五十六条).
// NewRulebook checks them once; its methods (Compute, Needs, ScheduleNeeds,
// Schedule, Payroll, Assess) never check them again, and a set the check
// refuses can reach none of them. A Rulebook is immutable and safe for
// concurrent use.
//
// Every Award, Needs and ClaimResult a Rulebook computes records its
// Fingerprint (Rulebook), so that an auditor can tell what a result was
// computed from.
//
// The zero Rulebook, like a nil *Rulebook, holds nothing: its methods
// return no_rulebook.
//
//	rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{})
//	a, err := rb.Compute(benefits.Case{Injury: injury, Assessment: assessed, Grade: 7})
//	fmt.Println(a.OneTimeTotal, a.Rulebook == rb.Fingerprint()) // injured in 2024: 72375.55 true
type Rulebook struct {
	set          *param.Set
	rules        Rules
	commencement param.Value // the 《实施办法》's (第四十五条), looked up once
	fingerprint  string
}

// Rules are the host's settings.
type Rules struct {
	// WarningLimit flags every payment above it for extra review
	// (第五十六条); zero means no limit is set.
	WarningLimit money.Amount `json:"warning_limit,omitzero"`
}

// Errors of NewRulebook and of a Rulebook's methods.
var (
	// errNoRulebook is returned by the methods of a nil or zero *Rulebook
	// (build one with NewRulebook).
	errNoRulebook = errcode.New("no_rulebook", errcode.FixCall,
		"benefits: no rulebook (a nil or zero *Rulebook): build one with NewRulebook",
		"没有提供规则集（须由 NewRulebook 等生成）")
	// errBadRules: Rules that NewRulebook refuses (a warning limit
	// negative).
	errBadRules = errcode.New("bad_rules", errcode.Stop,
		"benefits: invalid rules",
		"规则设置不合要求（如预警金额为负数）")
	// errNoParams: NewRulebook was given no parameter set (nil).
	errNoParams = errcode.New("no_params", errcode.Stop,
		"benefits: no parameter set (nil): use DefaultParams, or DefaultParams().With(the host's values)",
		"没有提供参数集")
	// errTransitional: the set lacks what 第四十五条 needs of every set
	// (the commencement), or gives it twice (with transitional_conflict).
	errTransitional = errcode.New("transitional", errcode.Stop,
		"benefits: 第四十五条 needs the 《实施办法》's commencement date (embedded in param.Defaults) and the 2024 wage (host-supplied)",
		"《实施办法》施行前受伤的案件，缺少过渡期参数（第四十五条）")
	// errWage2024Conflict: the 2024 wage is given twice (ParamWage2024 and
	// ParamWage for 2025) with different values. It is an transitional
	// (errors.Is), and the first code of its errors (errcode.Of).
	errWage2024Conflict = errcode.New("transitional_conflict", errcode.Stop,
		"benefits: the 2024 wage is given twice with different values (第四十五条)",
		"2024年工资给了两次且数值不同（第四十五条）").Under(errTransitional)
)

// NewRulebook checks set and rules once and returns the rulebook that
// computes from them. set is DefaultParams, or DefaultParams().With(the
// host's values) (param.Set.With checks each value against its param.Spec:
// kind, range, places, one commencement), or a host's own set. Refused:
//   - a nil set: no_params;
//   - a set without the 《实施办法》's commencement (a set built without
//     param.Defaults): transitional wrapping a *param.MissingError naming
//     paramCommencement (第四十五条 needs it for every case with a periodic
//     item);
//   - the 2024 wage given more than once as ParamWage2024, or given both as
//     ParamWage2024 and as a ParamWage in force on a day of 2025 with
//     another figure: transitional and transitional_conflict;
//   - rules whose WarningLimit is negative, not in whole fen, or not a
//     plausible figure: bad_rules.
//
// Figures a case needs for its own years (a wage not yet published, the
// nursing base) are not refused here: Compute names what it lacks
// (*MissingBaseError, *param.MissingError), and Needs lists it.
func NewRulebook(set *param.Set, rules Rules) (*Rulebook, error) {
	if set == nil {
		return nil, errNoParams
	}
	start, err := commencement(set)
	if err != nil {
		return nil, err
	}
	if err := checkWage2024(set); err != nil {
		return nil, err
	}
	if err := rules.validate(); err != nil {
		return nil, err
	}
	// Canonical: the limit is written as a decimal without trailing zeros,
	// as before it was a money.Amount, so that a rulebook keeps its
	// Fingerprint (a limit of 100000 and of 100000.00 is one rulebook).
	rulesJSON, err := json.Marshal(struct {
		WarningLimit decimal.Decimal `json:"warning_limit,omitzero"`
	}{rules.WarningLimit.Decimal()})
	if err != nil {
		return nil, withZH(fmt.Errorf("%w: %w", errBadRules, err), "%s：%s", errBadRules.Chinese(), zhOf(err)) // valid rules marshal
	}
	// No calendar: the line other packages' rulebooks give the calendar's
	// fingerprint is empty.
	sum := sha256.Sum256([]byte("benefits/rulebook/v1\n" + "\n" + set.Fingerprint() + "\n" + string(rulesJSON)))
	return &Rulebook{set: set, rules: rules, commencement: start, fingerprint: hex.EncodeToString(sum[:])}, nil
}

// validate checks the rules (NewRulebook).
func (r Rules) validate() error {
	if r.WarningLimit.Sign() < 0 {
		return detail(errBadRules, "预警金额 %s：不能为负", "warning limit %s: not negative", r.WarningLimit)
	}
	return nil
}

// checkWage2024 checks the 2024 wage of 第四十五条 is one figure: given
// once as ParamWage2024, and equal to every ParamWage value in force on a
// day of 2025 (the same figure: the W of injuries in 2025).
func checkWage2024(s *param.Set) error {
	n := 0
	for _, v := range s.Values() {
		if v.Name == ParamWage2024 {
			n++
		}
	}
	if n > 1 {
		return withZH(fmt.Errorf("%s: %w: %s is given %d times: the 2024 wage is one figure", errTransitional, errWage2024Conflict, ParamWage2024, n),
			"%s：%s 给了 %d 次：2024年工资只有一个数", errWage2024Conflict.Chinese(), ParamWage2024, n)
	}
	w24, err := s.Lookup(ParamWage2024, lastDay)
	if err != nil {
		return nil
	}
	if w, err := s.Lookup(ParamWage, jan2025); err == nil && !w.Value.Equal(w24.Value) {
		return withZH(fmt.Errorf("%s: %w: %s = %s, %s for 2025 = %s", errTransitional, errWage2024Conflict, ParamWage2024, w24.Value, ParamWage, w.Value),
			"%s：%s = %s，2025年的 %s = %s", errWage2024Conflict.Chinese(), ParamWage2024, w24.Value, ParamWage, w.Value)
	}
	// Every ParamWage value in force on a day of 2025, not only on
	// 1 January, is the 2024 figure too.
	dec31, _ := calendar.DateOf(2025, 12, 31)
	for _, v := range s.Values() {
		if v.Name == ParamWage && !v.From.After(dec31) && (v.Until.IsZero() || !v.Until.Before(jan2025)) && !v.Value.Equal(w24.Value) {
			return withZH(fmt.Errorf("%s: %w: %s = %s, %s from %s = %s", errTransitional, errWage2024Conflict, ParamWage2024, w24.Value, ParamWage, v.From, v.Value),
				"%s：%s = %s，自 %s 起的 %s = %s", errWage2024Conflict.Chinese(), ParamWage2024, w24.Value, v.From, ParamWage, v.Value)
		}
	}
	return nil
}

// ok returns errNoRulebook for a nil or zero rb.
func (rb *Rulebook) ok() error {
	if rb == nil || rb.set == nil {
		return errNoRulebook
	}
	return nil
}

// Fingerprint identifies what rb was built from: a SHA-256, in 64
// lowercase hexadecimal digits, of "benefits/rulebook/v1", an empty line
// (where other packages' rulebooks put their calendar's fingerprint:
// benefits reads no calendar), the parameter set's param.Set.Fingerprint
// and the canonical JSON of the rules (the warning limit to the fen), one
// a line. Two rulebooks with the same fingerprint compute alike. Every
// Award, Needs and ClaimResult rb computes records it (Rulebook). A nil or
// zero rb has none ("").
func (rb *Rulebook) Fingerprint() string {
	if rb.ok() != nil {
		return ""
	}
	return rb.fingerprint
}

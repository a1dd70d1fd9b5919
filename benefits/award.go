package benefits

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/param"
)

// Kind names a benefit item.
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

// Periodic reports whether k is paid monthly.
func (k Kind) Periodic() bool {
	return k == DisabilityAllowance || k == NursingAllowance || k == SurvivorPension
}

// Nursing is the dependency level for the nursing allowance.
type Nursing string

const (
	NursingNone   Nursing = ""
	NursingFull   Nursing = "full"   // 生活完全不能自理
	NursingMostly Nursing = "mostly" // 生活大部分不能自理
	NursingPartly Nursing = "partly" // 生活部分不能自理
)

// Relation of a dependent to the deceased.
type Relation string

const (
	Spouse Relation = "spouse"
	Other  Relation = "other" // each other dependent relative
)

// Dependent is a relative the deceased supported (供养亲属).
type Dependent struct {
	Name     string   `json:"name"`
	Relation Relation `json:"relation"`
	// Lone: a lone elder or an orphan (孤寡老人或者孤儿), +10 points.
	Lone bool `json:"lone,omitempty"`
}

// Death describes a death from the occupational injury.
type Death struct {
	Date calendar.Date `json:"date"`
	// DuringTreatment: died within the treatment period (第四十一条).
	DuringTreatment bool        `json:"during_treatment"`
	Dependents      []Dependent `json:"dependents,omitempty"`
}

// Transitional is what 第四十五条 needs for injuries or deaths before the
// 《实施办法》 took effect: its commencement date and the 2024 wage. Both are
// host-supplied (shared/reference/README.md §3: unknown).
type Transitional struct {
	Commencement calendar.Date   `json:"commencement"`
	Wage2024     decimal.Decimal `json:"wage_2024_annual"` // 2024 Shanghai urban private-sector average annual wage
	Source       string          `json:"source"`
}

// Case is what the calculator needs to know of one injury.
type Case struct {
	Injury calendar.Date `json:"injury"`
	// Assessment is the day of the work-ability assessment conclusion
	// (劳动能力鉴定结论); periodic disability items start the month after it
	// (第三十八条).
	Assessment calendar.Date `json:"assessment,omitzero"`
	Grade      int           `json:"grade,omitempty"` // disability grade 1–10, 0 for none
	Nursing    Nursing       `json:"nursing,omitempty"`
	// Veteran: a veteran's old injury recurring (第四十二条): every item but
	// the one-time disability grant.
	Veteran bool   `json:"veteran,omitempty"`
	Death   *Death `json:"death,omitempty"`
	// PaidMonths, when given, are the months the platform paid the levy
	// for: an injury in another month has no award (第四十三条).
	PaidMonths []calendar.Month `json:"paid_months,omitempty"`
}

// Rules are host settings.
type Rules struct {
	// WarningLimit flags every payment above it for extra review
	// (第五十六条); zero means no limit is set.
	WarningLimit decimal.Decimal `json:"warning_limit,omitzero"`
	// Transitional, when set, applies 第四十五条 to injuries and deaths
	// before Commencement.
	Transitional *Transitional `json:"transitional,omitempty"`
}

func (r Rules) validate() error {
	if err := money.Sane(r.WarningLimit); err != nil || r.WarningLimit.IsNegative() {
		return fmt.Errorf("%w: warning limit %s", ErrBadCase, r.WarningLimit)
	}
	if t := r.Transitional; t != nil {
		if err := money.Sane(t.Wage2024); err != nil || t.Wage2024.IsNegative() {
			return fmt.Errorf("%w: 2024 wage %s", ErrBadCase, t.Wage2024)
		}
	}
	return nil
}

// Item is one benefit of an award.
type Item struct {
	Kind Kind `json:"kind"`
	// Beneficiary names the dependent of a survivor pension.
	Beneficiary string `json:"beneficiary,omitempty"`
	// Amount is the payment: the whole one-time item, or the monthly amount
	// of a periodic item (from StartMonth), rounded half up to the fen.
	Amount     decimal.Decimal `json:"amount"`
	Periodic   bool            `json:"periodic"`
	StartMonth calendar.Month  `json:"start_month,omitzero"`
	// formula builds the computation in words and figures when asked
	// (Formula): building it eagerly would be most of Compute's time.
	formula  formula
	Params   []param.Value `json:"params"`
	Articles []string      `json:"articles"`
	// Provisional: the item rests on a provisional parameter or reading.
	Provisional bool `json:"provisional,omitempty"`
	// Flagged: above the warning limit (第五十六条).
	Flagged bool `json:"flagged,omitempty"`
	// transitional: for 第四十五条, the periodic item's level at the 2024
	// wage, to compare with each year's standard.
	floor   *decimal.Decimal
	since   calendar.Month // the commencement month
	recalc  func(annual decimal.Decimal) decimal.Decimal
	wageFor func(year int) (decimal.Decimal, error)
}

// Award is what the fund pays for a case.
type Award struct {
	Items []Item `json:"items"`
	// OneTimeTotal is the sum of the one-time items.
	OneTimeTotal decimal.Decimal `json:"one_time_total"`
	// MonthlyTotal is the sum of the periodic items' monthly amounts at their start.
	MonthlyTotal decimal.Decimal `json:"monthly_total"`
	Provisional  bool            `json:"provisional"`
	Flagged      bool            `json:"flagged"`
	// notes are built when asked for (Notes, Explanation, JSON).
	notes []func() string
}

// Errors of Compute.
var (
	ErrBadCase         = errors.New("benefits: invalid case")
	ErrNotCovered      = errors.New("benefits: no award: the platform did not pay the levy for the month of the injury (第四十三条)")
	ErrDeathNotCovered = errors.New("benefits: a death after the treatment period is covered only for grades 1–4 (funeral grant and survivor pensions)")
	ErrTransitional    = errors.New("benefits: 第四十五条 needs the commencement date and the 2024 wage (host-supplied)")
)

// Validate checks c.
func (c Case) Validate() error {
	bad := func(f string, a ...any) error { return fmt.Errorf("%w: %s", ErrBadCase, fmt.Sprintf(f, a...)) }
	switch {
	case c.Injury.IsZero():
		return bad("no injury date")
	case c.Grade < 0 || c.Grade > 10:
		return bad("grade %d (want 1–10, or 0 for none)", c.Grade)
	case c.Grade > 0 && c.Assessment.IsZero():
		return bad("a grade needs the assessment date")
	case !c.Assessment.IsZero() && c.Assessment.Before(c.Injury):
		return bad("assessment %s before the injury %s", c.Assessment, c.Injury)
	case c.Nursing != NursingNone && c.Nursing != NursingFull && c.Nursing != NursingMostly && c.Nursing != NursingPartly:
		return bad("nursing %q (want full, mostly or partly)", c.Nursing)
	case c.Nursing != NursingNone && c.Grade == 0:
		return bad("a nursing level needs a grade")
	case c.Death == nil && c.Grade == 0:
		return bad("neither a grade nor a death: nothing to award")
	}
	if d := c.Death; d != nil {
		switch {
		case d.Date.IsZero():
			return bad("a death without its date")
		case d.Date.Before(c.Injury):
			return bad("death %s before the injury %s", d.Date, c.Injury)
		}
		for i, p := range d.Dependents {
			if strings.TrimSpace(p.Name) == "" || (p.Relation != Spouse && p.Relation != Other) {
				return bad("dependent #%d needs a name and a relation (spouse or other)", i+1)
			}
		}
		if countSpouses(d.Dependents) > 1 {
			return bad("more than one spouse")
		}
	}
	return nil
}

func countSpouses(ds []Dependent) int {
	n := 0
	for _, d := range ds {
		if d.Relation == Spouse {
			n++
		}
	}
	return n
}

// calc holds one computation's lookups.
type calc struct {
	params *param.Set
	rules  Rules
	award  *Award
}

func (k *calc) value(name string, on calendar.Date) (param.Value, error) {
	return k.params.Lookup(name, on)
}

// wage returns the annual wage for injuries or deaths on day d.
func (k *calc) wage(d calendar.Date) (param.Value, error) {
	v, err := k.params.Lookup(ParamWage, d)
	if err != nil {
		var me *param.MissingError
		if errors.As(err, &me) {
			return param.Value{}, &MissingBaseError{Param: ParamWage, Year: d.Year()}
		}
		return param.Value{}, err
	}
	return v, nil
}

// monthlyOf is (annual × factors…) ÷ 12, rounded half up to the fen once.
func monthlyOf(annual decimal.Decimal, factors ...decimal.Decimal) decimal.Decimal {
	if fen, ok := monthlyFen(annual, factors...); ok {
		return decimal.New(fen, -2)
	}
	x := annual
	for _, f := range factors {
		x = x.Mul(f)
	}
	return divRound12(x)
}

// monthlyFen is monthlyOf in fen computed in int64, for the usual case
// where every coefficient is small; ok is false when it is not (the caller
// then uses decimal arithmetic, which gives the same result).
func monthlyFen(annual decimal.Decimal, factors ...decimal.Decimal) (int64, bool) {
	c, e, ok := coef(annual)
	for _, f := range factors {
		if !ok {
			return 0, false
		}
		fc, fe, fok := coef(f)
		hi, lo := bits.Mul64(uint64(c), uint64(fc))
		if !fok || hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		c, e, ok = int64(lo), e+fe, true
	}
	if !ok {
		return 0, false
	}
	return divRound12Int(c, e)
}

// toFen is an amount already rounded to the fen, in fen.
func toFen(d decimal.Decimal) int64 {
	c, e, ok := coef(d)
	if !ok || e < -2 {
		return d.Shift(2).IntPart()
	}
	for ; e > -2; e-- {
		c *= 10
	}
	return c
}

// mulRound is a × b rounded half up to the fen.
func mulRound(a, b decimal.Decimal) decimal.Decimal {
	ca, ea, oka := coef(a)
	cb, eb, okb := coef(b)
	if hi, lo := bits.Mul64(uint64(ca), uint64(cb)); oka && okb && hi == 0 && lo <= math.MaxInt64/2 {
		n, e := int64(lo), ea+eb
		if e >= -2 {
			return decimal.New(n, int32(e)).Round(2)
		}
		d := int64(1)
		for k := e; k < -2; k++ {
			if d > math.MaxInt64/10 {
				return a.Mul(b).Round(2)
			}
			d *= 10
		}
		return decimal.New((2*n+d)/(2*d), -2)
	}
	return a.Mul(b).Round(2)
}

// coef returns d = c × 10^e with c an int64 ≥ 0, or false.
func coef(d decimal.Decimal) (int64, int, bool) {
	switch d.Sign() {
	case 0:
		return 0, 0, true
	case -1:
		return 0, 0, false
	}
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), int(d.Exponent()), true
}

// divRound12Int is (n × 10^e) ÷ 12 in fen, rounded half up, for n ≥ 0.
func divRound12Int(n int64, e int) (int64, bool) {
	if e < -16 || e > 16 {
		return 0, false
	}
	if k := 2 + e; k >= 0 { // x × 100 is the integer n × 10^k
		for ; k > 0; k-- {
			if n > math.MaxInt64/10 {
				return 0, false
			}
			n *= 10
		}
		if n > math.MaxInt64-6 {
			return 0, false
		}
		return (n + 6) / 12, true
	} else { // x × 100 = n ÷ 10^-k
		d := int64(12)
		for ; k < 0; k++ {
			d *= 10
		}
		if n > (math.MaxInt64-d)/2 {
			return 0, false
		}
		return (2*n + d) / (2 * d), true
	}
}

var twelve = decimal.NewFromInt(12)

// divRound12 is x ÷ 12 rounded half up (away from zero) to the fen. It
// works in int64 when x's coefficient allows (as every realistic amount
// does), and falls back to decimal.DivRound, which gives the same result,
// otherwise (TestDivRound12 checks both agree).
func divRound12(x decimal.Decimal) decimal.Decimal {
	if c, e, ok := coef(x); ok {
		if fen, ok := divRound12Int(c, e); ok {
			return decimal.New(fen, -2)
		}
	}
	return x.DivRound(twelve, 2)
}

// Compute returns the award of a case from the parameters (DefaultParams,
// or a host's set over them) and the rules.
//
// Disability (no death): the one-time disability grant (grades 1–10, not for
// a veteran, 第四十二条), the monthly disability allowance (grades 1–4), the
// one-time allowance (grades 5–6), and the nursing allowance (a level given),
// all on the disability base = ratio × W of the year of injury; periodic
// items start the month after the assessment conclusion (第三十八条).
//
// Death during treatment (第四十一条): the funeral grant, survivor pensions
// and the one-time death grant, on W and the national income of the year of
// death. A grade 1–4 worker dying after treatment: the funeral grant and
// survivor pensions (provisional reading, as 工伤保险条例 第三十九条).
// Pensions start the month after the death (provisional reading).
//
// Survivor pensions: spouse 40%, each other dependent 30%, a lone elder or
// orphan +10 points, of the death base; their sum may not exceed 60% of W.
// Reading: a sum over the cap is cut in proportion, each dependent keeping
// the same fraction of its share, and the fen are allocated by largest
// remainder (ties in the dependents' order) so that the pensions add up to
// the cap exactly.
func Compute(c Case, params *param.Set, rules Rules) (Award, error) {
	if err := c.Validate(); err != nil {
		return Award{}, err
	}
	if err := rules.validate(); err != nil {
		return Award{}, err
	}
	if c.PaidMonths != nil {
		m := calendar.MonthOfDate(c.Injury)
		paid := false
		for _, p := range c.PaidMonths {
			paid = paid || p == m
		}
		if !paid {
			return Award{}, fmt.Errorf("%w: %s", ErrNotCovered, m)
		}
	}
	n := 3
	if c.Death != nil {
		n = 2 + len(c.Death.Dependents)
	}
	award := &Award{Items: make([]Item, 0, n)}
	k := &calc{params: params, rules: rules, award: award}
	var err error
	if c.Death != nil {
		err = k.death(c)
	} else {
		err = k.disability(c)
	}
	if err != nil {
		return Award{}, err
	}
	var oneTime, monthly int64 // in fen: every amount is a whole number of fen
	for i := range award.Items {
		it := &award.Items[i]
		if !rules.WarningLimit.IsZero() && it.Amount.GreaterThan(rules.WarningLimit) {
			it.Flagged, award.Flagged = true, true
		}
		fen := toFen(it.Amount)
		if it.Periodic {
			monthly += fen
		} else {
			oneTime += fen
		}
		award.Provisional = award.Provisional || it.Provisional
	}
	award.OneTimeTotal, award.MonthlyTotal = decimal.New(oneTime, -2), decimal.New(monthly, -2)
	if award.Flagged {
		limit := rules.WarningLimit
		award.note(func() string {
			return fmt.Sprintf("a payment exceeds the warning limit %s 元: extra review (第五十六条)", limit.StringFixed(2))
		})
	}
	return *award, nil
}

func (k *calc) transitional(day calendar.Date) (*Transitional, error) {
	t := k.rules.Transitional
	if t == nil || !day.Before(t.Commencement) {
		return nil, nil
	}
	if t.Commencement.IsZero() || !t.Wage2024.IsPositive() {
		return nil, ErrTransitional
	}
	return t, nil
}

func (k *calc) disability(c Case) error {
	w, err := k.wage(c.Injury)
	if err != nil {
		return err
	}
	ratio, err := k.value(ParamDisabilityBaseRatio, c.Injury)
	if err != nil {
		return err
	}
	trans, err := k.transitional(c.Injury)
	if err != nil {
		return err
	}
	start, err := calendar.MonthOfDate(c.Assessment).AddMonths(1)
	if err != nil {
		return err
	}
	prov := w.Status == param.Provisional || ratio.Status == param.Provisional
	if !c.Veteran {
		months, err := k.value(ParamGrantMonths(c.Grade), c.Injury)
		if err != nil {
			return err
		}
		k.add(Item{Kind: OneTimeDisabilityGrant, Amount: monthlyOf(w.Value, ratio.Value, months.Value),
			formula:  formula{kind: fMonths, a: months.Value, b: ratio.Value, c: w.Value},
			Params:   []param.Value{w, ratio, months},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, Provisional: prov})
	} else {
		k.award.note(func() string { return "veteran's old injury recurring: no one-time disability grant (第四十二条)" })
	}
	periodic := func(kind Kind, factor param.Value, arts []string, label string) {
		it := Item{Kind: kind, Periodic: true, StartMonth: start, Articles: arts, Provisional: prov,
			Amount:  monthlyOf(w.Value, ratio.Value, factor.Value),
			formula: formula{kind: fPeriodic, label: label, a: factor.Value, b: ratio.Value, c: w.Value, start: start},
			Params:  []param.Value{w, ratio, factor}}
		if trans != nil {
			level := monthlyOf(trans.Wage2024, ratio.Value, factor.Value)
			it.Amount = level
			it.floor = &level
			f, r := factor.Value, ratio.Value
			it.recalc = func(annual decimal.Decimal) decimal.Decimal { return monthlyOf(annual, r, f) }
			it.wageFor = k.wageForYear
			it.since = calendar.MonthOfDate(trans.Commencement)
			it.formula = formula{kind: fTransitional, label: label, a: f, b: r, c: trans.Wage2024, since: trans.Commencement}
			it.Articles = append(it.Articles, "第四十五条")
		}
		k.add(it)
	}
	if c.Grade <= 4 {
		r, err := k.value(ParamAllowanceRatio(c.Grade), c.Injury)
		if err != nil {
			return err
		}
		periodic(DisabilityAllowance, r, []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, "grade "+strconv.Itoa(c.Grade)+" allowance")
	}
	if c.Grade == 5 || c.Grade == 6 {
		months, err := k.value(ParamOneTimeAllowanceMonths(c.Grade), c.Injury)
		if err != nil {
			return err
		}
		k.add(Item{Kind: OneTimeAllowance, Amount: monthlyOf(w.Value, ratio.Value, months.Value),
			formula:  formula{kind: fMonths, a: months.Value, b: ratio.Value, c: w.Value},
			Params:   []param.Value{w, ratio, months},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, Provisional: prov})
	}
	if c.Nursing != NursingNone {
		nb, err := k.value(ParamNursingBase, c.Injury)
		if err != nil {
			return err
		}
		nr, err := k.value(ParamNursingRatio+string(c.Nursing), c.Injury)
		if err != nil {
			return err
		}
		k.add(Item{Kind: NursingAllowance, Periodic: true, StartMonth: start,
			Amount:   monthlyOf(nb.Value, nr.Value),
			formula:  formula{kind: fNursing, label: string(c.Nursing), a: nr.Value, b: nb.Value, start: start},
			Params:   []param.Value{nb, nr},
			Articles: []string{"第三十八条"}, Provisional: nb.Status == param.Provisional || nr.Status == param.Provisional})
	}
	return nil
}

// wageForYear is the annual wage that sets a year's standard: the figure for
// injuries in that year.
func (k *calc) wageForYear(year int) (decimal.Decimal, error) {
	d, err := calendar.DateOf(year, 1, 1)
	if err != nil {
		return decimal.Decimal{}, err
	}
	v, err := k.wage(d)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return v.Value, nil
}

func (k *calc) death(c Case) error {
	d := c.Death
	if !d.DuringTreatment && !(c.Grade >= 1 && c.Grade <= 4) {
		return ErrDeathNotCovered
	}
	w, err := k.wage(d.Date)
	if err != nil {
		return err
	}
	ratio, err := k.value(ParamDeathBaseRatio, d.Date)
	if err != nil {
		return err
	}
	months, err := k.value(ParamFuneralMonths, d.Date)
	if err != nil {
		return err
	}
	prov := w.Status == param.Provisional || ratio.Status == param.Provisional
	afterTreatment := !d.DuringTreatment
	arts := []string{"第四十条", "第四十一条", "人社厅函〔2025〕79号 第三十九条"}
	if afterTreatment {
		arts = []string{"第四十条", "人社厅函〔2025〕79号 第三十九条", "工伤保险条例 第三十九条 (by analogy, provisional)"}
		k.award.note(func() string {
			return "a grade 1–4 worker who died after the treatment period: funeral grant and survivor pensions only (provisional reading)"
		})
	}
	k.add(Item{Kind: FuneralGrant, Amount: monthlyOf(w.Value, ratio.Value, months.Value),
		formula:  formula{kind: fMonths, a: months.Value, b: ratio.Value, c: w.Value},
		Params:   []param.Value{w, ratio, months},
		Articles: arts, Provisional: prov || afterTreatment})
	if err := k.pensions(c, w, ratio, arts, prov || afterTreatment); err != nil {
		return err
	}
	if !afterTreatment {
		inc, err := k.params.Lookup(ParamIncome, d.Date)
		if err != nil {
			var me *param.MissingError
			if errors.As(err, &me) {
				return &MissingBaseError{Param: ParamIncome, Year: d.Date.Year()}
			}
			return err
		}
		mult, err := k.value(ParamDeathGrantMultiple, d.Date)
		if err != nil {
			return err
		}
		k.add(Item{Kind: DeathGrant, Amount: mulRound(inc.Value, mult.Value),
			formula:  formula{kind: fDeathGrant, a: mult.Value, b: inc.Value},
			Params:   []param.Value{inc, mult},
			Articles: arts, Provisional: inc.Status == param.Provisional})
	}
	return nil
}

func (k *calc) pensions(c Case, w, ratio param.Value, arts []string, prov bool) error {
	d := c.Death
	if len(d.Dependents) == 0 {
		return nil
	}
	get := func(name string) (param.Value, error) { return k.value(name, d.Date) }
	spouse, err := get(ParamPensionSpouse)
	if err != nil {
		return err
	}
	other, err := get(ParamPensionOther)
	if err != nil {
		return err
	}
	bonus, err := get(ParamPensionLoneBonus)
	if err != nil {
		return err
	}
	capShare, err := get(ParamPensionCap)
	if err != nil {
		return err
	}
	start, err := calendar.MonthOfDate(d.Date).AddMonths(1)
	if err != nil {
		return err
	}
	// Shares as integers of 10⁻⁹, so that summing and comparing them needs
	// no decimal arithmetic.
	nano := func(v param.Value) (int64, error) {
		c, e, ok := coef(v.Value)
		if !ok || e < -9 || e > 0 || c > 1_000_000_000 {
			return 0, fmt.Errorf("benefits: %s = %s: want a ratio between 0 and 1 with at most 9 decimal places", v.Name, v.Value)
		}
		for k := 9 + e; k > 0; k-- {
			c *= 10
		}
		return c, nil
	}
	wSpouse, err := nano(spouse)
	if err != nil {
		return err
	}
	wOther, err := nano(other)
	if err != nil {
		return err
	}
	wBonus, err := nano(bonus)
	if err != nil {
		return err
	}
	wCap, err := nano(capShare)
	if err != nil {
		return err
	}
	// One record a dependent, in one allocation.
	type dep struct {
		share  decimal.Decimal
		weight int64 // the share in 10⁻⁹
		fen    int64
		rem    int64
		i      int
	}
	deps := make([]dep, len(d.Dependents))
	var wsum int64
	for i, p := range d.Dependents {
		s, wt := other.Value, wOther
		if p.Relation == Spouse {
			s, wt = spouse.Value, wSpouse
		}
		if p.Lone {
			s, wt = s.Add(bonus.Value), wt+wBonus
		}
		deps[i] = dep{share: s, weight: wt, i: i}
		wsum += wt
	}
	params := []param.Value{w, ratio, spouse, other, bonus, capShare}
	// At or over the cap the pensions share out the cap's rounded total, so
	// that rounding each one up cannot take their sum past it (at exactly
	// the cap, rounding 0.3 + 0.3 separately could).
	capped := wsum > wCap
	if wsum < wCap {
		for i := range deps {
			fen, ok := monthlyFen(w.Value, ratio.Value, deps[i].share)
			if !ok {
				fen = toFen(monthlyOf(w.Value, ratio.Value, deps[i].share))
			}
			deps[i].fen = fen
		}
	} else {
		// Cut in proportion: the cap's monthly total, rounded half up to the
		// fen, is shared out in fen in proportion to the shares; each gets
		// the floor of its part and the fen left over go to the largest
		// remainders (ties in the dependents' order).
		totalFen, ok := monthlyFen(w.Value, ratio.Value, capShare.Value)
		if !ok {
			totalFen = toFen(monthlyOf(w.Value, ratio.Value, capShare.Value))
		}
		var allocated int64
		for i := range deps {
			q, r := bits.Mul64(uint64(totalFen), uint64(deps[i].weight))
			fenPart, rem := bits.Div64(q, r, uint64(wsum))
			deps[i].fen, deps[i].rem = int64(fenPart), int64(rem)
			allocated += int64(fenPart)
		}
		order := make([]*dep, len(deps))
		for i := range deps {
			order[i] = &deps[i]
		}
		slices.SortStableFunc(order, func(a, b *dep) int { return cmp.Compare(b.rem, a.rem) })
		for j := 0; allocated < totalFen && j < len(order); j++ {
			order[j].fen++
			allocated++
		}
		if capped {
			k.award.note(func() string {
				return fmt.Sprintf("the dependents' shares add up to %s of the death base, over the cap %s: each is cut in proportion and the pensions add up to %s 元 a month",
					decimal.New(wsum, -9), capShare.Value, decimal.New(totalFen, -2).StringFixed(2))
			})
		}
	}
	for i, p := range d.Dependents {
		f := formula{kind: fPension, label: string(p.Relation), a: deps[i].share, b: ratio.Value, c: w.Value, start: start,
			lone: p.Lone, d: bonus.Value, capped: capped, e: capShare.Value, nanos: wsum}
		k.add(Item{Kind: SurvivorPension, Beneficiary: p.Name, Periodic: true, StartMonth: start, Amount: decimal.New(deps[i].fen, -2),
			// Provisional: the start month (the month after the death) is a reading.
			formula: f, Params: params, Articles: arts, Provisional: true})
	}
	return nil
}

func (k *calc) add(it Item) { k.award.Items = append(k.award.Items, it) }

// Formula is the item's computation in words and figures.
func (it Item) Formula() string { return it.formula.String() }

type formulaKind uint8

const (
	fNone formulaKind = iota
	fMonths
	fPeriodic
	fTransitional
	fNursing
	fDeathGrant
	fPension
)

// formula holds what an item's formula text needs, so that Compute builds
// no text: the text is made when asked for.
type formula struct {
	kind          formulaKind
	label         string
	a, b, c, d, e decimal.Decimal
	start         calendar.Month
	since         calendar.Date
	lone, capped  bool
	nanos         int64 // the dependents' shares in 10⁻⁹, for a capped pension
}

func (f formula) String() string {
	switch f.kind {
	case fMonths:
		return fmt.Sprintf("%s months × %s × W = %s × %s × %s ÷ 12", f.a, f.b, f.a, f.b, f.c)
	case fPeriodic:
		return fmt.Sprintf("%s %s × %s × W = %s × %s × %s ÷ 12 a month, from %s (the month after the assessment, 第三十八条)", f.label, f.a, f.b, f.a, f.b, f.c, f.start)
	case fTransitional:
		return fmt.Sprintf("%s %s × %s × W(2024) = %s × %s × %s ÷ 12 a month (第四十五条第一款: injury before %s); from %s each year at least that year's standard (第四十五条第二款)",
			f.label, f.a, f.b, f.a, f.b, f.c, f.since, f.since)
	case fNursing:
		return fmt.Sprintf("%s × nursing base %s ÷ 12 a month (%s), from %s", f.a, f.b, f.label, f.start)
	case fDeathGrant:
		return fmt.Sprintf("%s × the previous year's national per-capita urban disposable income %s", f.a, f.b)
	case fPension:
		s := fmt.Sprintf("%s share %s × %s × W = %s × %s × %s ÷ 12 a month from %s", f.label, f.a, f.b, f.a, f.b, f.c, f.start)
		if f.lone {
			s += " (lone elder or orphan: +" + f.d.String() + ")"
		}
		if f.capped {
			s += fmt.Sprintf(", cut in proportion to the cap %s (× %s / %s)", f.e, f.e, decimal.New(f.nanos, -9))
		}
		return s
	}
	return ""
}

// MarshalJSON writes the item with its formula.
func (it Item) MarshalJSON() ([]byte, error) {
	type plain Item // without the method, to avoid recursion
	return json.Marshal(struct {
		plain
		Formula string `json:"formula"`
	}{plain(it), it.Formula()})
}

func (a *Award) note(f func() string) { a.notes = append(a.notes, f) }

// Notes are the award's remarks: readings applied, warnings.
func (a Award) Notes() []string {
	out := make([]string, len(a.notes))
	for i, f := range a.notes {
		out[i] = f()
	}
	return out
}

// MarshalJSON writes the award with its notes.
func (a Award) MarshalJSON() ([]byte, error) {
	type plain Award
	return json.Marshal(struct {
		plain
		Notes []string `json:"notes,omitempty"`
	}{plain(a), a.Notes()})
}

// Explanation lists the award for a clerk.
func (a Award) Explanation() []string {
	var out []string
	for _, it := range a.Items {
		who := ""
		if it.Beneficiary != "" {
			who = " to " + it.Beneficiary
		}
		per := ""
		if it.Periodic {
			per = " a month"
		}
		line := fmt.Sprintf("%s%s: %s 元%s = %s, rounded half up to the fen (%s)", it.Kind, who, it.Amount.StringFixed(2), per, it.Formula(), strings.Join(it.Articles, "; "))
		if it.Provisional {
			line += " [PROVISIONAL]"
		}
		if it.Flagged {
			line += " [ABOVE THE WARNING LIMIT: extra review, 第五十六条]"
		}
		out = append(out, line)
		for _, p := range it.Params {
			out = append(out, "    "+p.String())
		}
	}
	out = append(out, fmt.Sprintf("one-time items: %s 元; monthly items: %s 元 a month", a.OneTimeTotal.StringFixed(2), a.MonthlyTotal.StringFixed(2)))
	out = append(out, a.Notes()...)
	return out
}

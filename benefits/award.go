package benefits

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/param"
)

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

// Periodic reports whether k is paid monthly (the 定期待遇 of 第四十五条).
func (k Kind) Periodic() bool {
	return k == DisabilityAllowance || k == NursingAllowance || k == SurvivorPension
}

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
//
// A pension may carry an end: for a child (Child, with Birth) the month of
// the 18th birthday (年满18周岁, 因工死亡职工供养亲属范围规定 第四条), or the
// month of End, a date the host gives (the dependent's death, the end of the
// entitlement found by the agency). Reading (provisional): the pension is
// paid for the month in which the entitlement ends and stops from the next;
// from then on the remaining pensions are recomputed, cap included.
type Dependent struct {
	// Name names the pension's beneficiary: each dependent of a death has
	// its own (a name given twice is ErrBadCase).
	Name     string   `json:"name"`
	Relation Relation `json:"relation"`
	// Lone: a lone elder or an orphan (孤寡老人或者孤儿), +10 points.
	Lone bool `json:"lone,omitempty"`
	// Child: a child under 18 whose pension ends at 18; Birth is then its
	// birth date. A child who cannot work at 18 has no Child flag (its
	// pension goes on) or an End the host gives.
	Child bool          `json:"child,omitempty"`
	Birth calendar.Date `json:"birth,omitzero"`
	// End, when set, is the last day of the entitlement (host-given).
	End calendar.Date `json:"end,omitzero"`
}

// LastMonth is the last month the dependent's pension is paid: the month
// of End or of the 18th birthday of a Child, whichever comes first; the
// zero Month when the pension has no end.
func (p Dependent) LastMonth() (calendar.Month, error) {
	end := p.End
	if p.Child {
		y, m, d := p.Birth.Date()
		if m == time.February && d == 29 {
			d = 28 // no 29 February in the 18th year: the month is what counts
		}
		at18, err := calendar.DateOf(y+18, m, d)
		if err != nil {
			return calendar.Month{}, fmt.Errorf("%w: %s's 18th birthday: %v", ErrBadCase, p.Name, err)
		}
		if end.IsZero() || at18.Before(end) {
			end = at18
		}
	}
	if end.IsZero() {
		return calendar.Month{}, nil
	}
	return calendar.MonthOfDate(end), nil
}

// DeathCause is what a death was caused by (死因): a fact apart from when
// it happened (DeathTiming). The zero value is CauseInjury.
type DeathCause string

const (
	// CauseInjury: the death was caused by the occupational injury
	// (因职业伤害死亡). "" means the same: a death in a case file is read as
	// caused by the injury unless the host says otherwise, and the award
	// says that it was so read.
	CauseInjury DeathCause = "occupational_injury"
	// CauseOther: the death had another cause (e.g. an illness unrelated to
	// the injury). Only a grade 1–4 worker dying after the treatment period
	// is then covered (工伤保险条例 第三十九条第三款).
	CauseOther DeathCause = "other"
)

// DeathTiming is when a death happened relative to the treatment period
// (职业伤害治疗期). The zero value is "not stated".
type DeathTiming string

const (
	TimingNotStated       DeathTiming = ""
	TimingDuringTreatment DeathTiming = "during_treatment" // 治疗期内
	TimingAfterTreatment  DeathTiming = "after_treatment"  // 治疗期满后
)

// DeathSituation is which of the three death situations a case is in
// (工伤保险条例 第三十九条; 人社厅函〔2025〕79号 第三十九条; 373号 第四十条、
// 第四十一条). Case.DeathSituation decides it from the cause, the timing
// and the grade.
type DeathSituation uint8

const (
	// NoDeathSituation: no death, or a death none of the three covers.
	NoDeathSituation DeathSituation = iota
	// DeathFromInjury (一): a death caused by the occupational injury,
	// whenever it happens (第四十条; 条例 第三十九条第一款): 丧葬补助金,
	// 供养亲属抚恤金 and 一次性职业伤害死亡补助金.
	DeathFromInjury
	// DeathDuringTreatment (二): a death caused by the injury within the
	// treatment period (第四十一条; 条例 第三十九条第二款): the same three items.
	DeathDuringTreatment
	// DeathAfterTreatmentGrade1to4 (三): a grade 1–4 worker who dies after
	// the treatment period of any cause (条例 第三十九条第三款, by analogy):
	// 丧葬补助金 and 供养亲属抚恤金 only.
	DeathAfterTreatmentGrade1to4
)

// String is the situation's number and words, e.g. "(一) death caused by
// the occupational injury".
func (s DeathSituation) String() string {
	switch s {
	case DeathFromInjury:
		return "(一) death caused by the occupational injury"
	case DeathDuringTreatment:
		return "(二) death caused by the occupational injury within the treatment period"
	case DeathAfterTreatmentGrade1to4:
		return "(三) a grade 1–4 worker's death after the treatment period"
	}
	return "no death situation"
}

// situationCodes are the JSON forms of the situations.
var situationCodes = [...]string{NoDeathSituation: "", DeathFromInjury: "from_injury",
	DeathDuringTreatment: "during_treatment", DeathAfterTreatmentGrade1to4: "after_treatment_grade_1_4"}

// MarshalText writes from_injury, during_treatment or
// after_treatment_grade_1_4 ("" for NoDeathSituation).
func (s DeathSituation) MarshalText() ([]byte, error) {
	if int(s) >= len(situationCodes) {
		return nil, fmt.Errorf("%w: death situation %d", ErrBadAward, s)
	}
	return []byte(situationCodes[s]), nil
}

// UnmarshalText reads what MarshalText writes.
func (s *DeathSituation) UnmarshalText(b []byte) error {
	if s == nil {
		return fmt.Errorf("%w: decoding into a nil pointer", ErrBadAward)
	}
	for i, c := range situationCodes {
		if c == string(b) {
			*s = DeathSituation(i)
			return nil
		}
	}
	return fmt.Errorf("%w: death situation %s", ErrBadAward, shown(string(b)))
}

// Chinese is the situation in the regulation's words.
func (s DeathSituation) Chinese() string {
	switch s {
	case DeathFromInjury:
		return "（一）因职业伤害死亡"
	case DeathDuringTreatment:
		return "（二）在职业伤害治疗期内因职业伤害导致死亡"
	case DeathAfterTreatmentGrade1to4:
		return "（三）1–4 级伤残者在职业伤害治疗期满后死亡"
	}
	return "不属于死亡待遇情形"
}

// Death describes a worker's death: its date, what caused it and when it
// happened relative to the treatment period, and the dependents.
//
// Reading (工伤保险条例 第三十九条, which 人社厅函〔2025〕79号 第三十九条 and
// 373号 第四十条、第四十一条 follow): the cause decides first. A death caused by
// the injury is paid all three death items whenever it happens; a death of
// another cause only for a grade 1–4 worker after the treatment period
// (funeral grant and pensions). 第四十一条 and 条例 第三十九条第二款 speak of a
// death in the treatment period "因职业伤害导致", so a death of another cause
// in the treatment period is not covered (ErrDeathNotCovered).
type Death struct {
	Date calendar.Date `json:"date"`
	// Cause: "" or CauseInjury unless the host knows otherwise.
	Cause DeathCause `json:"cause,omitempty"`
	// Timing: needed only for a death of another cause.
	Timing     DeathTiming `json:"timing,omitempty"`
	Dependents []Dependent `json:"dependents,omitempty"`
}

// DeathSituation returns which of the three death situations c is in, or
// NoDeathSituation and ErrDeathNotCovered for a death none covers
// (NoDeathSituation and nil for a case without a death). It does not
// validate the rest of the case.
func (c Case) DeathSituation() (DeathSituation, error) {
	d := c.Death
	if d == nil {
		return NoDeathSituation, nil
	}
	switch d.Cause {
	case "", CauseInjury:
		if d.Timing == TimingDuringTreatment {
			return DeathDuringTreatment, nil
		}
		return DeathFromInjury, nil
	case CauseOther:
		switch d.Timing {
		case TimingAfterTreatment:
			if c.Grade >= 1 && c.Grade <= 4 {
				return DeathAfterTreatmentGrade1to4, nil
			}
			return NoDeathSituation, fmt.Errorf("%w (grade %d)", ErrDeathNotCovered, c.Grade)
		case TimingDuringTreatment:
			return NoDeathSituation, fmt.Errorf("%w: a death of another cause within the treatment period", ErrDeathNotCovered)
		case TimingNotStated:
			return NoDeathSituation, fmt.Errorf("%w: a death of another cause needs its timing (during_treatment or after_treatment)", ErrBadCase)
		}
	}
	return NoDeathSituation, fmt.Errorf("%w: death cause %.32q, timing %.32q", ErrBadCase, d.Cause, d.Timing)
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
	// Platform are the amounts the platform pays itself (第四十六条), as the
	// host gives them: listed on the award apart from the fund's items.
	Platform []PlatformLine `json:"platform,omitempty"`
}

// Rules are host settings.
type Rules struct {
	// WarningLimit flags every payment above it for extra review
	// (第五十六条); zero means no limit is set.
	WarningLimit decimal.Decimal `json:"warning_limit,omitzero" strict:"decimals=2"`
}

func (r Rules) validate() error {
	if err := money.Sane(r.WarningLimit); err != nil || r.WarningLimit.IsNegative() {
		return fmt.Errorf("%w: warning limit %s", ErrBadCase, r.WarningLimit)
	}
	return nil
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
	// schedule (Award.Schedule) gives each month's amount: a dependent's
	// end, the cap recomputed and 第四十五条 can change it.
	Amount     decimal.Decimal
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
	// Since is the month the 《实施办法》 commenced (ParamCommencement).
	Since calendar.Month `json:"since"`
	// Basis names the parameter whose value in force on 1 January of a year
	// sets that year's standard: ParamWage, or ParamNursingBase for the
	// nursing allowance.
	Basis string `json:"basis"`
	// Factors: the item's monthly amount is base × factors ÷ 12. Survivor
	// pensions have none: they are recomputed together under the cap.
	Factors []decimal.Decimal `json:"factors,omitempty"`
}

// PensionBasis is what the schedule needs to recompute the survivor
// pensions when a dependent's pension ends (人社厅函〔2025〕79号 第三十九条).
type PensionBasis struct {
	// Wage is W × 12 of the year of death.
	Wage decimal.Decimal `json:"wage_annual"`
	// Ratio is the death base's ratio of W (0.6): each share is of ratio × W.
	Ratio decimal.Decimal `json:"death_base_ratio"`
	// Cap is the pensions' cap as a ratio of W (0.6): their sum may not
	// exceed Cap × W.
	Cap decimal.Decimal `json:"cap_of_wage"`
}

// Award is what the fund pays for a case, and apart from it what the
// platform pays (第四十六条).
type Award struct {
	Items []Item
	// OneTimeTotal is the sum of the one-time items.
	OneTimeTotal decimal.Decimal
	// MonthlyTotal is what the periodic items pay in the first month any is
	// paid: the sum of the amounts of the items starting that month (a
	// posthumous child's pension, starting later, is not in it; the schedule
	// gives every month's total).
	MonthlyTotal decimal.Decimal
	// Situation is the death situation the award was computed in
	// (Case.DeathSituation); NoDeathSituation for a disability award.
	Situation DeathSituation
	// Pensions is set when the award has survivor pensions.
	Pensions *PensionBasis
	// Platform are the platform's own lines (第四十六条), never the fund's:
	// they are not in OneTimeTotal, MonthlyTotal or the schedule.
	Platform      []PlatformLine
	PlatformTotal decimal.Decimal
	Provisional   bool
	Flagged       bool
	// notes are built when asked for (Notes, Explanation, JSON).
	notes []note
}

// Errors of Compute.
var (
	ErrBadCase    = errors.New("benefits: invalid case")
	ErrNoParams   = errors.New("benefits: no parameter set (nil): use DefaultParams or NewParams")
	ErrNotCovered = errors.New("benefits: no award: the platform did not pay the levy for the month of the injury (第四十三条)")
	// ErrDeathNotCovered: a death of another cause than the occupational
	// injury, other than a grade 1–4 worker's after the treatment period,
	// is in none of the three death situations (DeathSituation).
	ErrDeathNotCovered = errors.New("benefits: a death of another cause is covered only for a grade 1–4 worker after the treatment period (funeral grant and survivor pensions)")
	ErrTransitional    = errors.New("benefits: 第四十五条 needs the 《实施办法》's commencement date (embedded in param.Defaults) and the 2024 wage (host-supplied)")
	// ErrWage2024Conflict: the 2024 wage is given twice (ParamWage2024 and
	// ParamWage for 2025) with different values.
	ErrWage2024Conflict = errors.New("benefits: the 2024 wage is given twice with different values (第四十五条)")
)

// Validate checks c.
func (c Case) Validate() error {
	bad := func(f string, a ...any) error { return fmt.Errorf("%w: %s", ErrBadCase, fmt.Sprintf(f, a...)) }
	switch {
	case c.Injury.IsZero():
		return bad("no injury date")
	case c.Grade < 0 || c.Grade > 10:
		return bad("grade %s (want 1–10, or 0 for none)", shownNumber(strconv.Itoa(c.Grade)))
	case c.Grade > 0 && c.Assessment.IsZero():
		return bad("a grade needs the assessment date")
	case !c.Assessment.IsZero() && c.Assessment.Before(c.Injury):
		return bad("assessment %s before the injury %s", c.Assessment, c.Injury)
	case c.Nursing != NursingNone && c.Nursing != NursingFull && c.Nursing != NursingMostly && c.Nursing != NursingPartly:
		return bad("nursing %s (want full, mostly or partly)", shown(string(c.Nursing)))
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
		case d.Cause != "" && d.Cause != CauseInjury && d.Cause != CauseOther:
			return bad("death cause %.32q (want occupational_injury or other)", d.Cause)
		case d.Timing != TimingNotStated && d.Timing != TimingDuringTreatment && d.Timing != TimingAfterTreatment:
			return bad("death timing %.32q (want during_treatment or after_treatment)", d.Timing)
		case d.Cause == CauseOther && d.Timing == TimingNotStated:
			return bad("a death of another cause needs its timing (during_treatment or after_treatment)")
		}
		for i, p := range d.Dependents {
			if strings.TrimSpace(p.Name) == "" {
				return bad("dependent #%d needs a name", i+1)
			}
			// The award and the schedule name a pension by its beneficiary,
			// and the fen of pensions at the cap go by name: a name given
			// twice would let the order decide (第四十条).
			for j, q := range d.Dependents[:i] {
				if strings.TrimSpace(q.Name) == strings.TrimSpace(p.Name) {
					return bad("dependent #%d has the name of dependent #%d: each dependent is named once", i+1, j+1)
				}
			}
			if p.Relation != Spouse && p.Relation != Other {
				return bad("dependent #%d: relation %s: want spouse or other", i+1, shown(string(p.Relation)))
			}
			if p.Child != !p.Birth.IsZero() {
				return bad("dependent #%d: a child's pension needs its birth date, and a birth date is given only for a child", i+1)
			}
			if p.Child && p.Relation != Other {
				return bad("dependent #%d: a child's relation is other", i+1)
			}
			if !p.End.IsZero() && !p.End.After(d.Date) {
				return bad("dependent #%d: an end on or before the death", i+1)
			}
			if p.Birth.After(d.Date) {
				// A posthumous child (遗腹子女) is a dependent child: its pension
				// starts with its birth month. Born within a year of the death.
				if limit, err := d.Date.AddDays(366); err != nil || p.Birth.After(limit) {
					return bad("dependent #%d: born more than a year after the death", i+1)
				}
			}
		}
		if countSpouses(d.Dependents) > 1 {
			return bad("more than one spouse")
		}
	}
	for i, l := range c.Platform {
		if err := l.validate(); err != nil {
			return bad("platform line #%d: %v", i+1, err)
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
	// needs, when set, records every missing parameter instead of failing
	// on the first (Needs).
	needs *needList
}

var placeholderOne = decimal.NewFromInt(1)

// tooLarge reports an amount of 10¹⁵ 元 or more: beyond any fund, and past
// what sums of amounts in int64 fen hold (the alternative is a silent wrap).
// It compares digits, not values, so that it allocates nothing; near the
// bound it compares values, since NumDigits counts by a floating-point
// logarithm below 2⁵³ and reads 10¹⁵ itself as 15 digits.
func tooLarge(d decimal.Decimal) bool {
	if d.Sign() == 0 {
		return false
	}
	if k := d.NumDigits() + int(d.Exponent()); k != 15 && k != 16 {
		return k > 15
	}
	return d.Abs().Cmp(tenTo15) >= 0
}

var tenTo15 = decimal.New(1, 15)

// lookup is the value of name on day on; in Needs mode a missing value is
// recorded and a placeholder returned.
func (k *calc) lookup(name string, on calendar.Date, why string) (param.Value, error) {
	v, err := k.params.Lookup(name, on)
	if err == nil {
		return v, nil
	}
	var me *param.MissingError
	if k.needs != nil && errors.As(err, &me) {
		k.needs.add(Need{Param: name, On: on, Why: why})
		return param.Value{Name: name, Value: placeholderOne, From: on, Source: "(missing)", Status: param.Provisional}, nil
	}
	return param.Value{}, err
}

func (k *calc) value(name string, on calendar.Date) (param.Value, error) {
	return k.lookup(name, on, "")
}

// wage returns the annual wage for injuries or deaths on day d.
func (k *calc) wage(d calendar.Date) (param.Value, error) {
	return k.base(ParamWage, d)
}

// base looks up a wage or income figure by the year of injury or death: a
// missing one is a *MissingBaseError.
func (k *calc) base(name string, d calendar.Date) (param.Value, error) {
	v, err := k.params.Lookup(name, d)
	if err == nil && name == ParamWage && d.Year() == 2025 {
		// The W of 2025 is the 2024 wage: a ParamWage2024 must agree with the
		// value in force on this very day, not only on 1 January.
		if w24, e := k.params.Lookup(ParamWage2024, lastDay); e == nil && !w24.Value.Equal(v.Value) {
			return param.Value{}, fmt.Errorf("%w: %w: %s = %s, %s on %s = %s", ErrTransitional, ErrWage2024Conflict, ParamWage2024, w24.Value, ParamWage, d, v.Value)
		}
	}
	if err != nil {
		var me *param.MissingError
		if errors.As(err, &me) {
			if w, ok := wage2024Alias(k.params, name, d); ok {
				return w, nil
			}
			if k.needs != nil {
				k.needs.add(Need{Param: name, On: d, Why: baseWhy(name, d.Year())})
				return param.Value{Name: name, Value: placeholderOne, From: d, Source: "(missing)", Status: param.Provisional}, nil
			}
			return param.Value{}, &MissingBaseError{Param: name, Year: d.Year()}
		}
		return param.Value{}, err
	}
	return v, nil
}

// since reports whether 第四十五条 applies to an injury or death on day:
// the 《实施办法》's commencement month, and true when day is before it.
func (k *calc) since(day calendar.Date) (calendar.Month, bool, error) {
	c, err := commencement(k.params)
	if err != nil {
		if k.needs != nil {
			k.needs.add(Need{Param: ParamCommencement, Why: "第四十五条: the 《实施办法》's commencement date decides whether the periodic items are rebased on the 2024 wage"})
			return calendar.Month{}, false, nil
		}
		return calendar.Month{}, false, err
	}
	if k.needs != nil {
		k.needs.rest(c, "第四十五条: whether the periodic items are rebased on the 2024 wage rests on this date")
	}
	if !day.Before(c.Date) {
		return calendar.Month{}, false, nil
	}
	return calendar.MonthOfDate(c.Date), true, nil
}

// wage2024 is the 2024 wage for 第四十五条.
func (k *calc) wage2024() (param.Value, error) {
	v, err := wage2024(k.params)
	var mb *MissingBaseError
	if err != nil && k.needs != nil && errors.As(err, &mb) {
		on, _ := calendar.DateOf(2025, 1, 1)
		k.needs.add(Need{Param: ParamWage, On: on, Why: baseWhy(ParamWage, 2025) + "; 第四十五条 rebases the periodic items on it"})
		return param.Value{Name: ParamWage, Value: placeholderOne, From: on, Source: "(missing)", Status: param.Provisional}, nil
	}
	return v, err
}

// Compute returns the award of a case from the parameters (DefaultParams,
// NewParams, or a host's set over them) and the rules.
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
// (ParamCommencement) gets its one-time items on the W of its year, and its
// periodic items (伤残津贴, 供养亲属抚恤金, 生活护理费) from the commencement
// month on at the 2024 wage, each year at least that year's standard (see
// Rebase; the schedule applies it). A case with a periodic item needs the
// commencement date: without it the answer is an error naming it.
//
// params nil is ErrNoParams.
func Compute(c Case, params *param.Set, rules Rules) (Award, error) {
	return compute(c, params, rules, nil)
}

func compute(c Case, params *param.Set, rules Rules, needs *needList) (Award, error) {
	if params == nil {
		return Award{}, ErrNoParams
	}
	if err := c.Validate(); err != nil {
		return Award{}, err
	}
	if err := rules.validate(); err != nil {
		return Award{}, err
	}
	// The 2024 wage given twice differently is an error for every case, not
	// only for those that use it (NewParams checks it more fully, once).
	if _, err := wage2024(params); errors.Is(err, ErrWage2024Conflict) {
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
	k := &calc{params: params, rules: rules, award: award, needs: needs}
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
	var firstMonth calendar.Month
	for _, it := range award.Items {
		if it.Periodic && (firstMonth.IsZero() || it.StartMonth.Before(firstMonth)) {
			firstMonth = it.StartMonth
		}
	}
	for i := range award.Items {
		it := &award.Items[i]
		if tooLarge(it.Amount) {
			return Award{}, fmt.Errorf("%w: %s %s 元 is beyond any plausible figure (a wage or income parameter is wrong)", ErrBadCase, it.Kind, it.Amount)
		}
		if !rules.WarningLimit.IsZero() && it.Amount.GreaterThan(rules.WarningLimit) {
			it.Flagged, award.Flagged = true, true
		}
		fen := toFen(it.Amount)
		if it.Periodic {
			if it.StartMonth == firstMonth {
				monthly += fen
			}
		} else {
			oneTime += fen
		}
		award.Provisional = award.Provisional || it.Provisional
	}
	award.OneTimeTotal, award.MonthlyTotal = decimal.New(oneTime, -2), decimal.New(monthly, -2)
	if len(c.Platform) > 0 {
		award.Platform = slices.Clone(c.Platform)
		var total int64
		for _, l := range c.Platform {
			total += toFen(l.Amount)
		}
		award.PlatformTotal = decimal.New(total, -2)
		award.note(note{kind: nPlatform})
	}
	if award.Flagged {
		award.note(note{kind: nWarning, a: rules.WarningLimit})
	}
	return *award, nil
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
		k.add(Item{Kind: OneTimeDisabilityGrant, StartMonth: start, Amount: monthlyOf(w.Value, ratio.Value, months.Value),
			formula:  formula{kind: fMonths, a: months.Value, b: ratio.Value, c: w.Value},
			Params:   []param.Value{w, ratio, months},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, Provisional: prov})
	} else {
		k.award.note(note{kind: nVeteran})
	}
	var since calendar.Month
	var rebase bool
	if c.Grade <= 4 || c.Nursing != NursingNone {
		if since, rebase, err = k.since(c.Injury); err != nil {
			return err
		}
	}
	if c.Grade <= 4 {
		r, err := k.value(ParamAllowanceRatio(c.Grade), c.Injury)
		if err != nil {
			return err
		}
		it := Item{Kind: DisabilityAllowance, Periodic: true, StartMonth: start, Provisional: prov,
			Amount:   monthlyOf(w.Value, ratio.Value, r.Value),
			formula:  formula{kind: fPeriodic, n: c.Grade, a: r.Value, b: ratio.Value, c: w.Value, start: start},
			Params:   []param.Value{w, ratio, r},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}}
		if rebase {
			if err := k.rebase(&it, since, ParamWage, ratio.Value, r.Value); err != nil {
				return err
			}
		}
		k.add(it)
	}
	if c.Grade == 5 || c.Grade == 6 {
		months, err := k.value(ParamOneTimeAllowanceMonths(c.Grade), c.Injury)
		if err != nil {
			return err
		}
		k.add(Item{Kind: OneTimeAllowance, StartMonth: start, Amount: monthlyOf(w.Value, ratio.Value, months.Value),
			formula:  formula{kind: fMonths, a: months.Value, b: ratio.Value, c: w.Value},
			Params:   []param.Value{w, ratio, months},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, Provisional: prov})
	}
	if c.Nursing != NursingNone {
		nb, err := k.lookup(ParamNursingBase, c.Injury, "生活护理费: the scheme's nursing base (annual) is host-supplied")
		if err != nil {
			return err
		}
		nr, err := k.lookup(ParamNursingRatio+string(c.Nursing), c.Injury, "生活护理费: the scheme's percentage for this level is host-supplied")
		if err != nil {
			return err
		}
		it := Item{Kind: NursingAllowance, Periodic: true, StartMonth: start,
			Amount:   monthlyOf(nb.Value, nr.Value),
			formula:  formula{kind: fNursing, label: string(c.Nursing), a: nr.Value, b: nb.Value, start: start},
			Params:   []param.Value{nb, nr},
			Articles: []string{"第三十八条"}, Provisional: nb.Status == param.Provisional || nr.Status == param.Provisional}
		if rebase {
			if err := k.rebase(&it, since, ParamNursingBase, nr.Value); err != nil {
				return err
			}
		}
		k.add(it)
	}
	return nil
}

// rebase applies 第四十五条 to a periodic item: from since on it is paid at
// the 2024 wage × factors ÷ 12, each year at least that year's standard.
// When the item starts on or after since its Amount is the 2024 level.
func (k *calc) rebase(it *Item, since calendar.Month, basis string, factors ...decimal.Decimal) error {
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
		var mb *MissingBaseError
		if errors.As(err, &mb) {
			// A later year's figure not yet published: state the 2024 level,
			// say so, and leave the raise to the schedule (partial answer).
			amount, err = monthlyOf(w24.Value, factors...), nil
			it.Provisional = true
			k.award.note(note{kind: nText, text: fmt.Sprintf("%s: the %d standard (%s) is not given yet: its first month is stated at the 2024 level; the schedule raises it once the figure is given (第四十五条第二款)", it.Kind.Chinese(), mb.Year, mb.Param)})
		}
		if err != nil {
			return err
		}
		it.Amount = amount
		it.Params = append(it.Params, w24)
		it.formula.d = w24.Value
		it.formula.at2024 = true
		it.Provisional = it.Provisional || w24.Status == param.Provisional
	}
	return nil
}

func (k *calc) death(c Case) error {
	d := c.Death
	sit, err := c.DeathSituation()
	if err != nil {
		return err
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
	afterTreatment := sit == DeathAfterTreatmentGrade1to4
	// 373号 第四十条 pays the death items; 第四十一条 (the application after a
	// death during the treatment period) is cited only for such a death, and
	// not for the pensions, whose shares and cap are the national 规程's
	// (人社厅函〔2025〕79号 第三十九条).
	var arts, pensionArts []string
	switch sit {
	case DeathDuringTreatment:
		arts = []string{"第四十条", "第四十一条", "人社厅函〔2025〕79号 第三十九条", "工伤保险条例 第三十九条第二款"}
		pensionArts = []string{"第四十条", "人社厅函〔2025〕79号 第三十九条"}
	case DeathAfterTreatmentGrade1to4:
		arts = []string{"第四十条", "人社厅函〔2025〕79号 第三十九条", "工伤保险条例 第三十九条第三款 (by analogy, provisional)"}
		pensionArts = arts
	default:
		arts = []string{"第四十条", "人社厅函〔2025〕79号 第三十九条", "工伤保险条例 第三十九条第一款"}
		pensionArts = []string{"第四十条", "人社厅函〔2025〕79号 第三十九条"}
	}
	k.award.Situation = sit
	k.award.note(note{kind: nDeathSituation, situation: sit, causeNotStated: d.Cause == ""})
	due, err := calendar.MonthOfDate(d.Date).AddMonths(1)
	if err != nil {
		return err
	}
	k.add(Item{Kind: FuneralGrant, StartMonth: due, Amount: monthlyOf(w.Value, ratio.Value, months.Value),
		formula:  formula{kind: fMonths, a: months.Value, b: ratio.Value, c: w.Value},
		Params:   []param.Value{w, ratio, months},
		Articles: arts, Provisional: prov || afterTreatment})
	if err := k.pensions(c, w, ratio, pensionArts); err != nil {
		return err
	}
	if !afterTreatment {
		inc, err := k.base(ParamIncome, d.Date)
		if err != nil {
			return err
		}
		mult, err := k.value(ParamDeathGrantMultiple, d.Date)
		if err != nil {
			return err
		}
		k.add(Item{Kind: DeathGrant, StartMonth: due, Amount: mulRound(inc.Value, mult.Value),
			formula:  formula{kind: fDeathGrant, a: mult.Value, b: inc.Value},
			Params:   []param.Value{inc, mult},
			Articles: arts, Provisional: inc.Status == param.Provisional})
	}
	return nil
}

// nanoOf is a ratio between 0 and 1 in integers of 10⁻⁹, so that summing
// and comparing shares needs no decimal arithmetic.
func nanoOf(name string, v decimal.Decimal) (int64, error) {
	c, e, ok := coef(v)
	if !ok || e < -9 || e > 0 || c > 1_000_000_000 {
		return 0, fmt.Errorf("%w: %s = %s: want a ratio between 0 and 1 with at most 9 decimal places", ErrBadCase, name, v)
	}
	for k := 9 + e; k > 0; k-- {
		c *= 10
	}
	if c > 1_000_000_000 {
		return 0, fmt.Errorf("%w: %s = %s: want a ratio between 0 and 1", ErrBadCase, name, v)
	}
	return c, nil
}

// allocation is the survivor pensions of one month.
type allocation struct {
	fen      []int64 // each dependent's pension in fen
	wsum     int64   // the shares' sum in 10⁻⁹ of the death base
	totalFen int64   // at or over the cap: the cap's monthly total
	capped   bool    // over the cap: cut in proportion
}

// allocatePensions shares the pensions of dependents with the given shares
// (in 10⁻⁹ of the death base, shares[i] the decimal of weights[i]) at the
// annual wage: each is annual × ratio × share ÷ 12 rounded half up to the
// fen while their sum is under cap × W; at or over it, cap × W ÷ 12 rounded
// half up is shared out in proportion, fen by largest remainder (ties in the
// dependents' order).
func allocatePensions(annual, ratio, capOfW decimal.Decimal, shares []decimal.Decimal, weights []int64, names []string) (allocation, error) {
	rN, err := nanoOf(ParamDeathBaseRatio, ratio)
	if err != nil {
		return allocation{}, err
	}
	cN, err := nanoOf(ParamPensionCap, capOfW)
	if err != nil {
		return allocation{}, err
	}
	al := allocation{fen: make([]int64, len(weights))}
	for _, w := range weights {
		al.wsum += w
	}
	// Σshares × ratio against cap, both in 10⁻¹⁸ of W, in 128 bits.
	h1, l1 := bits.Mul64(uint64(al.wsum), uint64(rN))
	h2, l2 := bits.Mul64(uint64(cN), 1_000_000_000)
	order := cmp.Compare(h1, h2)
	if order == 0 {
		order = cmp.Compare(l1, l2)
	}
	total, ok := monthlyFen(annual, capOfW)
	if !ok {
		t := monthlyOf(annual, capOfW)
		if tooLarge(t) {
			return allocation{}, fmt.Errorf("%w: the pensions' cap %s 元 a month is beyond any plausible figure", ErrBadCase, t)
		}
		total = toFen(t)
	}
	if order < 0 {
		var sum int64
		for i := range weights {
			fen, ok := monthlyFen(annual, ratio, shares[i])
			if !ok {
				fen = toFen(monthlyOf(annual, ratio, shares[i]))
			}
			al.fen[i] = fen
			sum += fen
		}
		if sum <= total {
			return al, nil
		}
		// Just under the cap, rounding each up can pass it by a fen (host
		// shares such as 0.333333333): share the cap out instead.
		clear(al.fen)
	}
	al.capped = order > 0
	al.totalFen = total
	if al.wsum == 0 {
		return al, nil
	}
	var remBuf [16]uint64
	rem := remBuf[:0]
	if len(weights) > len(remBuf) {
		rem = make([]uint64, 0, len(weights))
	}
	var allocated int64
	for i, w := range weights {
		q, r := bits.Mul64(uint64(total), uint64(w))
		part, rm := bits.Div64(q, r, uint64(al.wsum))
		al.fen[i] = int64(part)
		rem = append(rem, rm)
		allocated += int64(part)
	}
	// The fen left (fewer than the dependents) go one each to the largest
	// remainders, ties to the first name (byte order), then the first listed. Each pick has
	// a remainder above zero (the remainders add up to the fen left), so
	// zeroing it takes it out of the running.
	for ; allocated < total; allocated++ {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] || (rem[i] == rem[best] && rem[i] != 0 && names[i] < names[best]) {
				best = i
			}
		}
		if rem[best] == 0 {
			break
		}
		al.fen[best]++
		rem[best] = 0
	}
	return al, nil
}

// pensions adds the survivor pensions; each is provisional (the start month
// is a reading), whatever the parameters' status.
func (k *calc) pensions(c Case, w, ratio param.Value, arts []string) error {
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
	capOfW, err := get(ParamPensionCap)
	if err != nil {
		return err
	}
	start, err := calendar.MonthOfDate(d.Date).AddMonths(1)
	if err != nil {
		return err
	}
	since, rebase, err := k.since(d.Date)
	if err != nil {
		return err
	}
	params := []param.Value{w, ratio, spouse, other, bonus, capOfW}
	wSpouse, err := nanoOf(spouse.Name, spouse.Value)
	if err != nil {
		return err
	}
	wOther, err := nanoOf(other.Name, other.Value)
	if err != nil {
		return err
	}
	wBonus, err := nanoOf(bonus.Name, bonus.Value)
	if err != nil {
		return err
	}
	// Each dependent's first month: the month after the death, or for a
	// posthumous child (遗腹子女, 因工死亡职工供养亲属范围规定 第二条) its birth
	// month if later (reading, provisional). A dependent whose entitlement
	// ends before its first month gets no pension; the others are shared as
	// if it were absent.
	type dep struct {
		p          Dependent
		share      decimal.Decimal
		weight     int64
		start, end calendar.Month
		fen        int64
		capped     bool
		nanos      int64
		annual     decimal.Decimal
		done       bool
	}
	deps := make([]dep, 0, len(d.Dependents))
	for _, p := range d.Dependents {
		end, err := p.LastMonth()
		if err != nil {
			return err
		}
		first := start
		if p.Child {
			if bm := calendar.MonthOfDate(p.Birth); bm.After(first) {
				first = bm
			}
		}
		if !end.IsZero() && end.Before(first) {
			k.award.note(note{kind: nText, text: p.Name + ": the entitlement ends (" + end.String() + ") before the first pension month (" + first.String() + "): no pension; the others are shared without it"})
			continue
		}
		sh, wt := other.Value, wOther
		if p.Relation == Spouse {
			sh, wt = spouse.Value, wSpouse
		}
		if p.Lone {
			sh, wt = sh.Add(bonus.Value), wt+wBonus
		}
		deps = append(deps, dep{p: p, share: sh, weight: wt, start: first, end: end})
	}
	if len(deps) == 0 {
		return nil
	}
	// Each item's Amount is its pension in its first month, shared with the
	// dependents paid that month (usually all, at once).
	var w24 param.Value
	haveW24 := false
	for i := range deps {
		if deps[i].done {
			continue
		}
		sm := deps[i].start
		annual := w.Value
		if rebase && !sm.Before(since) {
			if !haveW24 {
				if w24, err = k.wage2024(); err != nil {
					return err
				}
				params, haveW24 = append(params, w24), true
			}
			// The 2024 wage, or a higher W of a year from the commencement's
			// to the first month's (第四十五条第二款).
			var mb *MissingBaseError
			if annual, _, err = (scheduler{params: k.params, needs: k.needs}).bestWage(&Rebase{Since: since}, sm); errors.As(err, &mb) {
				annual, err = w24.Value, nil
				k.award.note(note{kind: nText, text: fmt.Sprintf("%s: the %d standard (%s) is not given yet: the first month is stated on the 2024 wage; the schedule raises it once the figure is given (第四十五条第二款)", SurvivorPension.Chinese(), mb.Year, mb.Param)})
			}
			if err != nil {
				return err
			}
		}
		var shares []decimal.Decimal
		var weights []int64
		var idx []int
		var names []string
		for j := range deps {
			if !deps[j].start.After(sm) && (deps[j].end.IsZero() || !deps[j].end.Before(sm)) {
				shares, weights, idx, names = append(shares, deps[j].share), append(weights, deps[j].weight), append(idx, j), append(names, deps[j].p.Name)
			}
		}
		al, err := allocatePensions(annual, ratio.Value, capOfW.Value, shares, weights, names)
		if err != nil {
			return err
		}
		if al.capped && sm == start {
			k.award.note(note{kind: nCapped, a: decimal.New(al.wsum, -9), b: ratio.Value, c: capOfW.Value, d: decimal.New(al.totalFen, -2)})
		}
		for n, j := range idx {
			if deps[j].start == sm {
				deps[j].fen, deps[j].capped, deps[j].nanos, deps[j].annual, deps[j].done = al.fen[n], al.capped, al.wsum, annual, true
			}
		}
	}
	k.award.Pensions = &PensionBasis{Wage: w.Value, Ratio: ratio.Value, Cap: capOfW.Value}
	var rb *Rebase // one for all the pensions: they are rebased together
	if rebase {
		arts = append(arts[:len(arts):len(arts)], "第四十五条")
		rb = &Rebase{Since: since, Basis: ParamWage}
	}
	for _, x := range deps {
		at2024 := rebase && !x.start.Before(since)
		f := formula{kind: fPension, label: string(x.p.Relation), a: x.share, b: ratio.Value, c: w.Value, start: x.start,
			lone: x.p.Lone, e: capOfW.Value, capped: x.capped, nanos: x.nanos, since: since, at2024: at2024}
		if at2024 {
			f.d = x.annual
		}
		k.add(Item{Kind: SurvivorPension, Beneficiary: x.p.Name, Share: x.share, Periodic: true, StartMonth: x.start, EndMonth: x.end,
			Amount: decimal.New(x.fen, -2), formula: f, Params: params, Articles: arts,
			// Provisional: the start month (the month after the death) is a reading.
			Provisional: true, Rebase: rb})
	}
	return nil
}

func (k *calc) add(it Item) { k.award.Items = append(k.award.Items, it) }

// Formula is the item's computation in words and figures.
func (it Item) Formula() string { return it.formula.String() }

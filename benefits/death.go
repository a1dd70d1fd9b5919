package benefits

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

// Death benefits (第四十条、第四十一条; 工伤保险条例 第三十九条): the three death
// situations, the funeral grant and the one-time death grant. The survivor
// pensions are in pensions.go.

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
		return nil, detail(errBadAward, "死亡情形 %d 不在列表中", "death situation %d", s)
	}
	return []byte(situationCodes[s]), nil
}

// UnmarshalText reads what MarshalText writes.
func (s *DeathSituation) UnmarshalText(b []byte) error {
	if s == nil {
		return detail(errBadAward, "解码目标为 nil", "decoding into a nil pointer")
	}
	for i, c := range situationCodes {
		if c == string(b) {
			*s = DeathSituation(i)
			return nil
		}
	}
	return detail(errBadAward, "死亡情形 %s 不在列表中", "death situation %s", shown(string(b)))
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
			return NoDeathSituation, withZH(fmt.Errorf("%w (grade %d)", ErrDeathNotCovered, c.Grade), "%s（伤残等级 %d）", ErrDeathNotCovered.Chinese(), c.Grade)
		case TimingDuringTreatment:
			return NoDeathSituation, detail(ErrDeathNotCovered, "治疗期内非因职业伤害死亡", "a death of another cause within the treatment period")
		case TimingNotStated:
			return NoDeathSituation, detail(errBadCase, "非因职业伤害死亡的，须写明死亡时间（during_treatment 或 after_treatment）", "a death of another cause needs its timing (during_treatment or after_treatment)")
		}
	}
	return NoDeathSituation, detail(errBadCase, "死亡原因 %.32q，死亡时间 %.32q", "death cause %.32q, timing %.32q", d.Cause, d.Timing)
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
		arts = []string{"第四十条", "人社厅函〔2025〕79号 第三十九条", "工伤保险条例 第三十九条第三款（参照，暂定）"}
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
	k.add(Item{Kind: FuneralGrant, StartMonth: due, Amount: k.monthly(w.Value, ratio.Value, months.Value),
		formula:  formula{kind: fMonths, factor: months.Value, ratio: ratio.Value, wage: w.Value},
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
		k.add(Item{Kind: DeathGrant, StartMonth: due, Amount: k.round(inc.Value.Mul(mult.Value)),
			formula:  formula{kind: fDeathGrant, factor: mult.Value, base: inc.Value},
			Params:   []param.Value{inc, mult},
			Articles: arts, Provisional: inc.Status == param.Provisional})
	}
	return nil
}

package benefits

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zhishang/zhishang/calendar"
)

// The case: what the calculator needs to know of one injury, and its
// validation.

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

// Validate checks c. Its refusals carry the code bad_case and say what is wrong
// in Chinese too (Chinese(), with every figure of the English).
func (c Case) Validate() error {
	bad := func(zh, en string, a ...any) error {
		return &caseError{en: fmt.Sprintf(en, a...), zh: fmt.Sprintf(zh, a...)}
	}
	switch {
	case c.Injury.IsZero():
		return bad("没有受伤日期", "no injury date")
	case c.Grade < 0 || c.Grade > 10:
		return bad("伤残等级 %s（应为 1–10，无等级写 0）", "grade %s (want 1–10, or 0 for none)", shownNumber(strconv.Itoa(c.Grade)))
	case c.Grade > 0 && c.Assessment.IsZero():
		return bad("有伤残等级的，须写明鉴定日期", "a grade needs the assessment date")
	case !c.Assessment.IsZero() && c.Assessment.Before(c.Injury):
		return bad("鉴定日期 %s 早于受伤日期 %s", "assessment %s before the injury %s", c.Assessment, c.Injury)
	case c.Nursing != NursingNone && c.Nursing != NursingFull && c.Nursing != NursingMostly && c.Nursing != NursingPartly:
		return bad("护理等级 %s（应为 full、mostly 或 partly）", "nursing %s (want full, mostly or partly)", shown(string(c.Nursing)))
	case c.Nursing != NursingNone && c.Grade == 0:
		return bad("有护理等级的，须有伤残等级", "a nursing level needs a grade")
	case c.Death == nil && c.Grade == 0:
		return bad("既没有伤残等级，也没有死亡：没有可计发的待遇", "neither a grade nor a death: nothing to award")
	}
	if d := c.Death; d != nil {
		switch {
		case d.Date.IsZero():
			return bad("死亡没有日期", "a death without its date")
		case d.Date.Before(c.Injury):
			return bad("死亡日期 %s 早于受伤日期 %s", "death %s before the injury %s", d.Date, c.Injury)
		case d.Cause != "" && d.Cause != CauseInjury && d.Cause != CauseOther:
			return bad("死亡原因 %.32q（应为 occupational_injury 或 other）", "death cause %.32q (want occupational_injury or other)", d.Cause)
		case d.Timing != TimingNotStated && d.Timing != TimingDuringTreatment && d.Timing != TimingAfterTreatment:
			return bad("死亡时间 %.32q（应为 during_treatment 或 after_treatment）", "death timing %.32q (want during_treatment or after_treatment)", d.Timing)
		case d.Cause == CauseOther && d.Timing == TimingNotStated:
			return bad("其他原因死亡的，须写明死亡时间（during_treatment 或 after_treatment）", "a death of another cause needs its timing (during_treatment or after_treatment)")
		}
		for i, p := range d.Dependents {
			if strings.TrimSpace(p.Name) == "" {
				return bad("第 %d 名供养亲属没有姓名", "dependent #%d needs a name", i+1)
			}
			// The award and the schedule name a pension by its beneficiary,
			// and the fen of pensions at the cap go by name: a name given
			// twice would let the order decide (第四十条).
			for j, q := range d.Dependents[:i] {
				if strings.TrimSpace(q.Name) == strings.TrimSpace(p.Name) {
					return bad("第 %d 名供养亲属与第 %d 名同名：每名供养亲属只写一次", "dependent #%d has the name of dependent #%d: each dependent is named once", i+1, j+1)
				}
			}
			if p.Relation != Spouse && p.Relation != Other {
				return bad("第 %d 名供养亲属：关系 %s：应为 spouse 或 other", "dependent #%d: relation %s: want spouse or other", i+1, shown(string(p.Relation)))
			}
			if p.Child != !p.Birth.IsZero() {
				return bad("第 %d 名供养亲属：子女的抚恤金须写明出生日期，出生日期也只为子女填写", "dependent #%d: a child's pension needs its birth date, and a birth date is given only for a child", i+1)
			}
			if p.Child && p.Relation != Other {
				return bad("第 %d 名供养亲属：子女的关系应为 other", "dependent #%d: a child's relation is other", i+1)
			}
			if !p.End.IsZero() && !p.End.After(d.Date) {
				return bad("第 %d 名供养亲属：终止日期不晚于死亡日期", "dependent #%d: an end on or before the death", i+1)
			}
			if p.Birth.After(d.Date) {
				// A posthumous child (遗腹子女) is a dependent child: its pension
				// starts with its birth month. Born within a year of the death.
				if limit, err := d.Date.AddDays(366); err != nil || p.Birth.After(limit) {
					return bad("第 %d 名供养亲属：出生在死亡一年以后", "dependent #%d: born more than a year after the death", i+1)
				}
			}
		}
		if countSpouses(d.Dependents) > 1 {
			return bad("配偶多于一名", "more than one spouse")
		}
	}
	for i, l := range c.Platform {
		if err := l.validate(); err != nil {
			return &caseError{en: fmt.Sprintf("platform line #%d: %v", i+1, err),
				zh: fmt.Sprintf("平台企业自行支付的第 %d 项：应为种类 living_allowance 或 treatment_nursing，金额不为负且低于 10¹⁵ 元，起始月不晚于终止月（种类 %s，金额 %s）",
					i+1, shown(string(l.Kind)), shownNumber(l.Amount.String()))}
		}
	}
	return nil
}

// caseError is a case Validate refuses: errBadCase with what is wrong, in
// English (Error) and in Chinese (Chinese), the same figures in both.
type caseError struct{ en, zh string }

func (e *caseError) Error() string   { return errBadCase.Error() + ": " + e.en }
func (e *caseError) Chinese() string { return errBadCase.Chinese() + "：" + e.zh }
func (e *caseError) Unwrap() error   { return errBadCase }

func countSpouses(ds []Dependent) int {
	n := 0
	for _, d := range ds {
		if d.Relation == Spouse {
			n++
		}
	}
	return n
}

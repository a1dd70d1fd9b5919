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

// Validate checks c.
func (c Case) Validate() error {
	bad := func(f string, a ...any) error { return fmt.Errorf("%w: %s", errBadCase, fmt.Sprintf(f, a...)) }
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

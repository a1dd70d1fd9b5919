package benefits

import (
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

// Disability benefits (第三十八条; 人社厅函〔2025〕79号 第三十八条): the one-time
// disability grant, the disability allowance, the one-time allowance and
// the nursing allowance; a veteran's old injury (第四十二条).

// Nursing is the dependency level for the nursing allowance.
type Nursing string

const (
	NursingNone   Nursing = ""
	NursingFull   Nursing = "full"   // 生活完全不能自理
	NursingMostly Nursing = "mostly" // 生活大部分不能自理
	NursingPartly Nursing = "partly" // 生活部分不能自理
)

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
		k.add(Item{Kind: OneTimeDisabilityGrant, StartMonth: start, Amount: k.monthly(w.Value, ratio.Value, months.Value),
			formula:  formula{kind: fMonths, factor: months.Value, ratio: ratio.Value, wage: w.Value},
			Params:   []param.Value{w, ratio, months},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, Provisional: prov})
	} else {
		k.award.note(note{kind: nVeteran})
	}
	var since calendar.Month
	var rebase bool
	if c.Grade <= 4 || c.Nursing != NursingNone {
		since, rebase = k.since(c.Injury)
	}
	if c.Grade <= 4 {
		r, err := k.value(ParamAllowanceRatio(c.Grade), c.Injury)
		if err != nil {
			return err
		}
		it := Item{Kind: DisabilityAllowance, Periodic: true, StartMonth: start, Provisional: prov,
			Amount:   k.monthly(w.Value, ratio.Value, r.Value),
			formula:  formula{kind: fPeriodic, grade: c.Grade, factor: r.Value, ratio: ratio.Value, wage: w.Value, start: start},
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
		k.add(Item{Kind: OneTimeAllowance, StartMonth: start, Amount: k.monthly(w.Value, ratio.Value, months.Value),
			formula:  formula{kind: fMonths, factor: months.Value, ratio: ratio.Value, wage: w.Value},
			Params:   []param.Value{w, ratio, months},
			Articles: []string{"第三十八条", "人社厅函〔2025〕79号 第三十八条"}, Provisional: prov})
	}
	if c.Nursing != NursingNone {
		nb, err := k.lookup(ParamNursingBase, c.Injury, "生活护理费: the scheme's nursing base (annual) is host-supplied",
			"生活护理费：本市生活护理费的年度基数须由调用方提供")
		if err != nil {
			return err
		}
		nr, err := k.lookup(ParamNursingRatio(c.Nursing), c.Injury, "生活护理费: the scheme's percentage for this level is host-supplied",
			"生活护理费：该护理等级的比例须由调用方提供")
		if err != nil {
			return err
		}
		it := Item{Kind: NursingAllowance, Periodic: true, StartMonth: start,
			Amount:   k.monthly(nb.Value, nr.Value),
			formula:  formula{kind: fNursing, label: string(c.Nursing), factor: nr.Value, base: nb.Value, start: start},
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

package benefits

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// Survivor pensions (供养亲属抚恤金, 第四十条; 人社厅函〔2025〕79号 第三十九条): the
// dependents, their shares and the cap shared out by largest remainder.

// Relation of a dependent to the deceased.
type Relation string

const (
	Spouse Relation = "spouse"
	Other  Relation = "other" // each other dependent relative
)

// Chinese returns the relation's Chinese name (第四十条): 配偶 or
// 其他供养亲属; "" for a value that is not a Relation.
//
//	benefits.Spouse.Chinese() // "配偶"
func (r Relation) Chinese() string {
	switch r {
	case Spouse:
		return "配偶"
	case Other:
		return "其他供养亲属"
	}
	return ""
}

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
	// its own (a name given twice is bad_case).
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

// lastMonth is the last month the dependent's pension is paid: the month
// of End or of the 18th birthday of a Child, whichever comes first; the
// zero Month when the pension has no end.
func (p Dependent) lastMonth() (calendar.Month, error) {
	end := p.End
	if p.Child {
		y, m, d := p.Birth.Date()
		if m == time.February && d == 29 {
			d = 28 // no 29 February in the 18th year: the month is what counts
		}
		at18, err := calendar.DateOf(y+18, m, d)
		if err != nil {
			return calendar.Month{}, &detailError{code: errBadCase, en: fmt.Sprintf("%s's 18th birthday: %v", p.Name, err), zh: fmt.Sprintf("%s 的 18 周岁生日：%s", p.Name, zhOf(err))}
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

// pensionBasis is what the schedule needs to recompute the survivor
// pensions when a dependent's pension ends (人社厅函〔2025〕79号 第三十九条).
type pensionBasis struct {
	// Wage is W × 12 of the year of death.
	Wage decimal.Decimal `json:"wage_annual"`
	// Ratio is the death base's ratio of W (0.6): each share is of ratio × W.
	Ratio decimal.Decimal `json:"death_base_ratio"`
	// Cap is the pensions' cap as a ratio of W (0.6): their sum may not
	// exceed Cap × W.
	Cap decimal.Decimal `json:"cap_of_wage"`
}

// nanoOf is a ratio between 0 and 1 in integers of 10⁻⁹, so that summing
// and comparing shares needs no decimal arithmetic.
func nanoOf(name string, v decimal.Decimal) (int64, error) {
	c, e, ok := coef(v)
	if !ok || e < -9 || e > 0 || c > 1_000_000_000 {
		return 0, detail(errBadCase, "%s = %s：应为 0 与 1 之间、最多 9 位小数的比例", "%s = %s: want a ratio between 0 and 1 with at most 9 decimal places", name, v)
	}
	for k := 9 + e; k > 0; k-- {
		c *= 10
	}
	if c > 1_000_000_000 {
		return 0, detail(errBadCase, "%s = %s：应为 0 与 1 之间的比例", "%s = %s: want a ratio between 0 and 1", name, v)
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
	rN, err := nanoOf(string(ParamDeathBaseRatio), ratio)
	if err != nil {
		return allocation{}, err
	}
	cN, err := nanoOf(string(ParamPensionCap), capOfW)
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
	t, err := monthlyOf(annual, capOfW)
	if err != nil || tooLarge(t) {
		return allocation{}, detail(errBadCase, "抚恤金每月上限超出任何合理的数额（%s × %s ÷ 12）", "the pensions' cap a month is beyond any plausible figure (%s × %s ÷ 12)", shownNumber(annual.String()), shownNumber(capOfW.String()))
	}
	total := t.Fen()
	if order < 0 {
		var sum int64 // under the cap: at most the cap's total and a fen a pension
		for i := range weights {
			a, err := monthlyOf(annual, ratio, shares[i])
			if err != nil {
				return allocation{}, withZH(fmt.Errorf("%w: a pension beyond any plausible figure: %w", errBadCase, err), "%s：抚恤金超出任何合理的数额：%s", errBadCase.Chinese(), zhOf(err))
			}
			al.fen[i] = a.Fen()
			sum += a.Fen()
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
	get := func(name param.Name) (param.Value, error) { return k.value(name, d.Date) }
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
	since, rebase := k.since(d.Date)
	params := []param.Value{w, ratio, spouse, other, bonus, capOfW}
	wSpouse, err := nanoOf(string(spouse.Name), spouse.Value)
	if err != nil {
		return err
	}
	wOther, err := nanoOf(string(other.Name), other.Value)
	if err != nil {
		return err
	}
	wBonus, err := nanoOf(string(bonus.Name), bonus.Value)
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
		end, err := p.lastMonth()
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
			k.award.note(note{kind: nEntitlementEnds, who: p.Name, end: end, first: first})
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
				k.award.note(note{kind: nStandardMissing, who: SurvivorPension.Chinese(), year: mb.Year, param: string(mb.Param), pension: true})
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
			k.award.note(note{kind: nCapped, shares: decimal.New(al.wsum, -9), ratio: ratio.Value, capOfW: capOfW.Value, total: decimal.New(al.totalFen, -2)})
		}
		for n, j := range idx {
			if deps[j].start == sm {
				deps[j].fen, deps[j].capped, deps[j].nanos, deps[j].annual, deps[j].done = al.fen[n], al.capped, al.wsum, annual, true
			}
		}
	}
	k.award.pensions = &pensionBasis{Wage: w.Value, Ratio: ratio.Value, Cap: capOfW.Value}
	var rb *Rebase // one for all the pensions: they are rebased together
	if rebase {
		arts = append(arts[:len(arts):len(arts)], "第四十五条")
		rb = &Rebase{Since: since, Basis: ParamWage}
	}
	for _, x := range deps {
		at2024 := rebase && !x.start.Before(since)
		f := formula{kind: fPension, label: string(x.p.Relation), factor: x.share, ratio: ratio.Value, wage: w.Value, start: x.start,
			lone: x.p.Lone, capOfW: capOfW.Value, capped: x.capped, nanos: x.nanos, since: since, at2024: at2024}
		if at2024 {
			f.wage2024 = x.annual
		}
		k.add(Item{Kind: SurvivorPension, Beneficiary: x.p.Name, Share: x.share, Periodic: true, StartMonth: x.start, EndMonth: x.end,
			Amount: money.Fen(x.fen), formula: f, Params: params, Articles: arts,
			// Provisional: the start month (the month after the death) is a reading.
			Provisional: true, Rebase: rb})
	}
	return nil
}

package benefits

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// Payment is one payment of an item in a month: a one-time item in the
// month it is due, a periodic item each month (Item.Periodic tells which).
type Payment struct {
	Month       calendar.Month `json:"month"`
	Kind        Kind           `json:"kind"`
	Beneficiary string         `json:"beneficiary,omitempty"`
	Amount      money.Amount   `json:"amount"`
	// Raised: 第四十五条第二款 raised the item to a year's standard above its
	// 2024 level.
	Raised bool `json:"raised,omitempty"`
}

// Errors of Schedule.
var (
	errRange = errcode.New("bad_range", errcode.FixCall,
		"benefits: the range ends before it starts",
		"日期范围的结束早于开始")
	// errBadAward: an award whose survivor pensions lack their basis (an
	// Award not made by Compute or ParseAward).
	errBadAward = errcode.New("bad_award", errcode.Stop,
		"benefits: invalid award",
		"待遇核定结果不合要求（供养亲属抚恤金缺少计发依据：不是由 Compute 或 ParseAward 生成的结果）")
)

// Schedule returns the payments of the award for the months from and to
// (inclusive): the payroll an insurer runs. A one-time item is paid once, in
// the month it is due (its StartMonth); a periodic item each month from its
// start month to its end month (a dependent's end). When a
// dependent's pension has ended, the remaining pensions are recomputed from
// the next month on, the cap included (人社厅函〔2025〕79号 第三十九条). A 第四十五条 item
// (Rebase) pays its own level before the commencement month, and from it on
// the greatest of its 2024 level and the standards of the years from the
// commencement's to the month's, as rb's parameters give them: rb is the
// rulebook the award was computed by (Award.Rulebook), or a newer one with
// the later years' figures; a year whose figure rb lacks is a
// *MissingBaseError. A nil or zero rb is no_rulebook.
func (rb *Rulebook) Schedule(a Award, from, to calendar.Month) ([]Payment, error) {
	if err := rb.ok(); err != nil {
		return nil, err
	}
	return scheduler{params: rb.set}.schedule(a, from, to)
}

// scheduler looks up the yearly figures; with needs set it records the
// missing ones instead of failing; with cache set (a Payroll) it keeps the
// month's 第四十五条 amounts.
type scheduler struct {
	params *param.Set
	needs  *needList
	cache  *monthCache
}

// monthCache holds one month's 第四十五条 results, so that a payroll over
// many awards looks each figure up and computes each level once.
type monthCache struct {
	month   calendar.Month
	entries []cacheEntry
}

type cacheEntry struct {
	since   calendar.Month
	basis   param.Name
	factors []decimal.Decimal
	amount  money.Amount
	raised  bool
	err     error
}

func (c *monthCache) find(rb *Rebase) *cacheEntry {
	for i := range c.entries {
		e := &c.entries[i]
		if e.since != rb.Since || e.basis != rb.Basis || len(e.factors) != len(rb.Factors) {
			continue
		}
		same := true
		for j := range e.factors {
			same = same && e.factors[j].Equal(rb.Factors[j])
		}
		if same {
			return e
		}
	}
	return nil
}

// Payroll pays one month over many awards (an insurer's monthly run), as
// Rulebook.Schedule does for that month: it looks each yearly figure up and
// computes each 第四十五条 level once for the month, so that the payments
// of awards alike allocate nothing beyond dst's growth. A Payroll is for
// one goroutine; the zero Payroll pays nothing (no_rulebook).
type Payroll struct {
	s     scheduler
	month calendar.Month
}

// Payroll returns the payroll of month m over rb's parameters; a zero m is
// bad_range, a nil or zero rb no_rulebook.
func (rb *Rulebook) Payroll(m calendar.Month) (*Payroll, error) {
	if err := rb.ok(); err != nil {
		return nil, err
	}
	if m.IsZero() {
		return nil, errRange
	}
	return &Payroll{s: scheduler{params: rb.set, cache: &monthCache{month: m}}, month: m}, nil
}

// Append appends the award's payments of the payroll's month to dst and
// returns it; it allocates only to grow dst (and when pensions must be
// recomputed), so that a run over many awards can reuse one slice.
func (p *Payroll) Append(dst []Payment, a Award) ([]Payment, error) {
	if p == nil || p.s.params == nil {
		return dst, errNoRulebook
	}
	return p.s.appendPayments(a, dst, p.month)
}

func (s scheduler) schedule(a Award, from, to calendar.Month) ([]Payment, error) {
	if from.IsZero() || to.Before(from) {
		return nil, errRange
	}
	var out []Payment
	for m := from; ; {
		var err error
		if out, err = s.appendPayments(a, out, m); err != nil {
			return nil, err
		}
		// Stop on the last month rather than past it: the month after
		// 9999-12 does not exist, and a range ending there is valid.
		if m == to {
			return out, nil
		}
		if m, err = m.AddMonths(1); err != nil {
			return nil, err
		}
	}
}

// annual is the figure of basis for injuries in year y (in force on 1 January).
func (s scheduler) annual(basis param.Name, y int) (decimal.Decimal, error) {
	d, err := calendar.DateOf(y, 1, 1)
	if err != nil {
		return decimal.Decimal{}, err
	}
	v, err := s.params.Lookup(basis, d)
	if err != nil {
		var me *param.MissingError
		if errors.As(err, &me) {
			if w, ok := wage2024Alias(s.params, basis, d); ok {
				return w.Value, nil
			}
			if s.needs != nil {
				why, whyZH := baseWhy(basis, y, whyStandard)
				s.needs.add(Need{Param: basis, On: d, Why: why, WhyZH: whyZH})
				return placeholderOne, nil
			}
			return decimal.Decimal{}, &MissingBaseError{Param: basis, Year: y}
		}
		return decimal.Decimal{}, err
	}
	return v.Value, nil
}

func (s scheduler) wage2024() (decimal.Decimal, error) {
	v, err := wage2024(s.params)
	var mb *MissingBaseError
	if err != nil && s.needs != nil && errors.As(err, &mb) {
		why, whyZH := baseWhy(ParamWage, 2025, whyRebase)
		s.needs.add(Need{Param: ParamWage, On: jan2025, Why: why, WhyZH: whyZH})
		return placeholderOne, nil
	}
	return v.Value, err
}

func (s scheduler) appendPayments(a Award, dst []Payment, m calendar.Month) ([]Payment, error) {
	pensionsDone := false
	for i := range a.Items {
		it := &a.Items[i]
		if !it.Periodic {
			if m == it.StartMonth {
				dst = append(dst, Payment{Month: m, Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: it.Amount})
			}
			continue
		}
		if m.Before(it.StartMonth) {
			continue
		}
		if it.Kind == SurvivorPension {
			if !pensionsDone {
				var err error
				if dst, err = s.pensions(a, dst, m); err != nil {
					return dst, withZH(fmt.Errorf("%s %s: %w", SurvivorPension.Chinese(), m, err), "%s %s：%s", SurvivorPension.Chinese(), m, zhOf(err))
				}
				pensionsDone = true
			}
			continue
		}
		if !it.EndMonth.IsZero() && m.After(it.EndMonth) {
			continue
		}
		p := Payment{Month: m, Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: it.Amount}
		if rb := it.Rebase; rb != nil && !m.Before(rb.Since) {
			var err error
			if c := s.cache; c != nil && c.month == m {
				e := c.find(rb)
				if e == nil {
					amount, raised, err := s.rebased(rb, m)
					c.entries = append(c.entries, cacheEntry{since: rb.Since, basis: rb.Basis, factors: rb.Factors, amount: amount, raised: raised, err: err})
					e = &c.entries[len(c.entries)-1]
				}
				p.Amount, p.Raised, err = e.amount, e.raised, e.err
			} else {
				p.Amount, p.Raised, err = s.rebased(rb, m)
			}
			if err != nil {
				return dst, withZH(fmt.Errorf("%s %s: %w", it.Kind.Chinese(), m, err), "%s %s：%s", it.Kind.Chinese(), m, zhOf(err))
			}
		}
		dst = append(dst, p)
	}
	return dst, nil
}

// rebased is a 第四十五条 item's amount in month m (on or after Since): the
// greatest of its 2024 level and the standards of the years since; raised
// when above the level.
func (s scheduler) rebased(rb *Rebase, m calendar.Month) (money.Amount, bool, error) {
	w24, err := s.wage2024()
	if err != nil {
		return money.Amount{}, false, err
	}
	level, err := monthlyOf(w24, rb.Factors...)
	if err != nil {
		return money.Amount{}, false, withZH(fmt.Errorf("%w: the 2024 level: %w", errBadAward, err), "%s：2024年的水平：%s", errBadAward.Chinese(), zhOf(err))
	}
	amount := level
	for y := rb.Since.Year(); y <= m.Year(); y++ {
		base, err := s.annual(rb.Basis, y)
		if err != nil {
			return money.Amount{}, false, withZH(fmt.Errorf("the %d standard: %w", y, err), "%d年的标准：%s", y, zhOf(err))
		}
		std, err := monthlyOf(base, rb.Factors...)
		if err != nil {
			return money.Amount{}, false, withZH(fmt.Errorf("%w: the %d standard: %w", errBadAward, y, err), "%s：%d年的标准：%s", errBadAward.Chinese(), y, zhOf(err))
		}
		if std.Cmp(amount) > 0 {
			amount = std
		}
	}
	return amount, amount.Cmp(level) > 0, nil
}

// bestWage is the wage survivor pensions under 第四十五条 are paid on in
// month m: the greatest of the 2024 wage and the W of the years from the
// commencement's to m's (the pensions' levels rise with W, so the group is
// compared on it, and the cap holds).
func (s scheduler) bestWage(rb *Rebase, m calendar.Month) (best, w24 decimal.Decimal, err error) {
	if w24, err = s.wage2024(); err != nil {
		return best, w24, err
	}
	best = w24
	for y := rb.Since.Year(); y <= m.Year(); y++ {
		base, err := s.annual(ParamWage, y)
		if err != nil {
			return best, w24, withZH(fmt.Errorf("the %d standard: %w", y, err), "%d年的标准：%s", y, zhOf(err))
		}
		if base.GreaterThan(best) {
			best = base
		}
	}
	return best, w24, nil
}

// pensions appends month m's survivor pensions: the items' amounts while
// every dependent is paid and 第四十五条 does not apply; otherwise the
// pensions of the dependents still paid, recomputed under the cap at the
// month's wage.
func (s scheduler) pensions(a Award, dst []Payment, m calendar.Month) ([]Payment, error) {
	pb := a.pensions
	if pb == nil {
		return dst, detail(errBadAward, "供养亲属抚恤金缺少计发基础（待遇结果中的抚恤金部分）", "survivor pensions without their basis (the award's pensions)")
	}
	var rb *Rebase
	var first calendar.Month
	all, n := true, 0
	for i := range a.Items {
		it := &a.Items[i]
		if it.Kind != SurvivorPension {
			continue
		}
		if n == 0 {
			rb, first = it.Rebase, it.StartMonth
		}
		n++
		// The items' amounts hold while every one is paid and all started
		// together (a posthumous child starts later: then recompute).
		if m.Before(it.StartMonth) || (!it.EndMonth.IsZero() && m.After(it.EndMonth)) || it.StartMonth != first {
			all = false
		}
	}
	rebased := rb != nil && !m.Before(rb.Since)
	if all && !rebased {
		for i := range a.Items {
			if it := &a.Items[i]; it.Kind == SurvivorPension {
				dst = append(dst, Payment{Month: m, Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: it.Amount})
			}
		}
		return dst, nil
	}
	annual, raised := pb.Wage, false
	if rebased {
		best, w24, err := s.bestWage(rb, m)
		if err != nil {
			return dst, err
		}
		annual, raised = best, best.GreaterThan(w24)
	}
	shares := make([]decimal.Decimal, 0, n)
	weights := make([]int64, 0, n)
	names := make([]string, 0, n)
	active := make([]*Item, 0, n)
	for i := range a.Items {
		it := &a.Items[i]
		if it.Kind != SurvivorPension || m.Before(it.StartMonth) || (!it.EndMonth.IsZero() && m.After(it.EndMonth)) {
			continue
		}
		w, err := nanoOf("share of "+it.Beneficiary, it.Share)
		if err != nil {
			return dst, err
		}
		shares, weights, active, names = append(shares, it.Share), append(weights, w), append(active, it), append(names, it.Beneficiary)
	}
	if len(active) == 0 {
		return dst, nil
	}
	al, err := allocatePensions(annual, pb.Ratio, pb.Cap, shares, weights, names)
	if err != nil {
		return dst, err
	}
	for i, it := range active {
		dst = append(dst, Payment{Month: m, Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: money.Fen(al.fen[i]), Raised: raised})
	}
	return dst, nil
}

package levy

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// Line is one line of a bill: the orders of one industry over days that
// share one rate, their rate and the amount.
type Line struct {
	Industry eligibility.Industry `json:"industry"`
	From     calendar.Date        `json:"from"`
	To       calendar.Date        `json:"to"`
	Orders   int64                `json:"orders"`
	PerOrder decimal.Decimal      `json:"rate"`
	// Exact is Orders × PerOrder before rounding.
	Exact decimal.Decimal `json:"exact"`
	// Amount is Exact rounded half up to the fen (0.01 元).
	Amount decimal.Decimal `json:"amount"`
	Rate   Rate            `json:"-"`
}

// Bill is a platform headquarters' levy for one fee period (第十四条): each
// industry's orders × the per-order rate in force, the declaration deadline
// and the agency's push date.
type Bill struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Lines    []Line         `json:"lines"`
	// Total is the sum of the lines' rounded amounts.
	Total decimal.Decimal `json:"total"`
	// Declaration is the 第十四条 deadline to declare and pay.
	Declaration calendar.Deadline `json:"declaration_deadline"`
	// Push is the 第九条 date by which the agency pushes the period's order
	// totals and rates to the tax office (the 5th of the next month, extended).
	Push calendar.Deadline `json:"push_deadline"`
	// Provisional is true when a rate rests on a provisional parameter.
	Provisional bool `json:"provisional"`
}

// Orders returns the bill's orders of one industry.
func (b Bill) Orders(industry eligibility.Industry) int64 {
	var n int64
	for _, l := range b.Lines {
		if l.Industry == industry {
			n += l.Orders
		}
	}
	return n
}

// Amount returns the bill's amount for one industry (the sum of its rounded lines).
func (b Bill) Amount(industry eligibility.Industry) decimal.Decimal {
	sum := decimal.Zero
	for _, l := range b.Lines {
		if l.Industry == industry {
			sum = sum.Add(l.Amount)
		}
	}
	return sum
}

var fen = int32(2)

// Bill computes the levy of platform for period from the counted orders in
// t (only the days of period are read): 第十四条 "按照全国信息平台累计的本市上月
// 总单量与市社保经办机构确定的每单缴费标准之积计算应缴费额".
//
// For each industry the days of the period are grouped into runs that share
// one rate (normally the whole month; a rate adjusted mid-month splits it,
// 第十一条第三款); each run is a line, Orders × PerOrder rounded half up to
// the fen. The total is the sum of the lines. The declaration deadline and
// the push date come from cal.
func (r *Rates) Bill(t *eligibility.Tally, platform string, period calendar.Month, cal *calendar.Calendar) (Bill, error) {
	if r == nil {
		return Bill{}, fmt.Errorf("%w: nil *Rates", ErrNoTerms)
	}
	if cal == nil {
		return Bill{}, calendar.ErrNilCalendar
	}
	if period.IsZero() {
		return Bill{}, calendar.ErrZeroDate
	}
	if err := r.checkBillArgs(t, platform); err != nil {
		return Bill{}, err
	}
	b := Bill{Platform: platform, Period: period, Total: decimal.Zero}
	for _, ind := range eligibility.Industries {
		var cur *Line
		for d := period.First(); !d.After(period.Last()); d = next(d) {
			n := t.Count(platform, ind, d)
			if n == 0 {
				continue
			}
			rate, err := r.RateOn(platform, ind, d)
			if err != nil {
				return Bill{}, err
			}
			if cur == nil || !cur.Rate.sameAs(rate) {
				b.Lines = append(b.Lines, Line{Industry: ind, From: d, PerOrder: rate.PerOrder, Rate: rate})
				cur = &b.Lines[len(b.Lines)-1]
			}
			cur.To = d
			cur.Orders += n
		}
	}
	for i := range b.Lines {
		l := &b.Lines[i]
		l.Exact = decimal.NewFromInt(l.Orders).Mul(l.PerOrder)
		l.Amount = l.Exact.Round(fen)
		b.Total = b.Total.Add(l.Amount)
		if l.Rate.Provisional() {
			b.Provisional = true
		}
	}
	var err error
	if b.Declaration, err = cal.DeclarationDeadline(period); err != nil {
		return Bill{}, err
	}
	pushMonth, err := period.AddMonths(1)
	if err != nil {
		return Bill{}, err
	}
	if b.Push, err = cal.PushDeadline(pushMonth); err != nil {
		return Bill{}, err
	}
	return b, nil
}

func next(d calendar.Date) calendar.Date {
	n, _ := d.AddDays(1) // the days of a month are in range
	return n
}

// Explanation lists the bill for a clerk to check by hand: each line's
// orders, rate and its source, the rounding, the total and the deadlines.
func (b Bill) Explanation() []string {
	out := []string{fmt.Sprintf("bill of %s for the fee period %s (第十四条: 上月总单量 × 每单缴费标准)", b.Platform, b.Period)}
	for _, l := range b.Lines {
		out = append(out, fmt.Sprintf("%s %s %s..%s: %d orders × %s 元 = %s, rounded half up to the fen: %s 元",
			l.Industry, l.Industry.Chinese(), l.From, l.To, l.Orders, l.PerOrder, l.Exact, l.Amount.StringFixed(2)))
		for _, e := range l.Rate.Explanation() {
			out = append(out, "    "+e)
		}
	}
	if len(b.Lines) == 0 {
		out = append(out, "no counted orders in the period")
	}
	out = append(out, fmt.Sprintf("total: %s 元 (the sum of the rounded lines)", b.Total.StringFixed(2)))
	if b.Provisional {
		out = append(out, "PROVISIONAL: a rate rests on a provisional parameter")
	}
	out = append(out, fmt.Sprintf("declare and pay by %s (第十四条)", b.Declaration.Date))
	for _, e := range b.Declaration.Explanation() {
		out = append(out, "    "+e)
	}
	out = append(out, fmt.Sprintf("the agency pushes the totals and rates to the tax office by %s (第九条)", b.Push.Date))
	return out
}

// String returns the explanation, one line per step.
func (b Bill) String() string { return strings.Join(b.Explanation(), "\n") }

package levy

import (
	"fmt"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
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
	// Amount is Exact rounded half up to the fen (money.Round).
	Amount money.Amount `json:"amount"`
	Rate   Rate         `json:"-"`
}

// Bill is a platform headquarters' levy for one fee period (第十四条): each
// industry's orders × the per-order rate in force, the declaration deadline
// and the agency's push date.
//
// The lines and the total never depend on the holiday calendar. A deadline
// that falls in a year whose State Council schedule is not loaded (the
// deadlines of period 2026-12 fall in January 2027) is an unknown
// calendar.Deadline (Known false; Err names the year, NotBefore the day it
// cannot be earlier than): the bill is still given, never with a guessed
// date.
type Bill struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Lines    []Line         `json:"lines"`
	// Declaration is the 第十四条 deadline to declare and pay; unknown
	// (Known false, Err, NotBefore the 15th) when it falls in a year not
	// covered.
	Declaration calendar.Deadline `json:"declaration_deadline,omitzero"`
	// Push is the 第九条 date by which the agency pushes the period's order
	// totals and rates to the tax office (the 5th of the next month,
	// extended); unknown (NotBefore the 5th) when it falls in a year not
	// covered.
	Push calendar.Deadline `json:"push_deadline,omitzero"`
	// Provisional is true when a rate rests on a provisional parameter.
	Provisional bool `json:"provisional"`
	// Rulebook is the Fingerprint of the Rulebook that computed the bill:
	// its calendar, parameter set and terms.
	Rulebook string `json:"rulebook,omitempty"`
	// Total is the sum of the lines' rounded amounts (the last field: JSON
	// has always written it last).
	Total money.Amount `json:"total"`
}

// Orders returns the bill's orders of one industry: the sum of its lines,
// checked. A line of negative orders (negative_orders) or a sum past
// math.MaxInt64 (an *eligibility.OverflowError, eligibility.ErrCountOverflow)
// is an error; neither happens to a bill from Rulebook.Bill.
func (b Bill) Orders(industry eligibility.Industry) (int64, error) {
	var n int64
	for i, l := range b.Lines {
		if l.Industry != industry {
			continue
		}
		var err error
		if n, err = addOrders(fmt.Sprintf("bill line %d orders", i+1), n, l.Orders); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// errNegativeOrders is returned for a bill line or a tally count of fewer
// than zero orders.
var errNegativeOrders = errcode.New("negative_orders", errcode.FixCall,
	"levy: a negative number of orders",
	"订单数为负数")

// addOrders returns have + n orders, or an *eligibility.OverflowError when
// the sum would pass math.MaxInt64 (negative_orders for a negative n).
func addOrders(what string, have, n int64) (int64, error) {
	if n < 0 || have < 0 {
		return have, errzh.With(fmt.Errorf("%w: %s: %d + %d", errNegativeOrders, what, have, n),
			"%s：%d + %d", what, have, n)
	}
	if n > math.MaxInt64-have {
		return have, &eligibility.OverflowError{What: what, Have: have, Add: n}
	}
	return have + n, nil
}

// Amount returns the bill's amount for one industry (the sum of its
// rounded lines), and false when the sum is out of money's range (possible
// only for lines made by hand: Rulebook.Bill checks its total).
func (b Bill) Amount(industry eligibility.Industry) (money.Amount, bool) {
	var sum money.Amount
	for _, l := range b.Lines {
		if l.Industry == industry {
			var ok bool
			if sum, ok = sum.Add(l.Amount); !ok {
				return money.Amount{}, false
			}
		}
	}
	return sum, true
}

// Bill computes the levy of platform for period from the counted orders in
// t (only the days of period are read): 第十四条 "按照全国信息平台累计的本市上月
// 总单量与市社保经办机构确定的每单缴费标准之积计算应缴费额".
//
// For each industry the days of the period are grouped into runs that share
// one rate (normally the whole month; a rate adjusted mid-month splits it,
// 第十一条第三款); each run is a line, Orders × PerOrder rounded half up to
// the fen. The total is the sum of the lines. The declaration deadline and
// the push date come from r's calendar.
//
// A deadline in a year the calendar does not cover (a
// *calendar.YearNotCoveredError) does not fail the bill: it is the unknown
// calendar.Deadline, with its error (Err) and the day it is not before
// (NotBefore); the lines and the total are the same as with the year loaded.
// Errors are only for bad arguments (a nil or zero r, no_rulebook; a nil
// tally, no_tally; a zero period; a platform without terms,
// ErrNoTerms), for a rate that cannot be found, and for orders that do not
// fit: every sum of orders is checked (a Tally's total fits an int64, so a
// Tally the eligibility package built never fails it), and a line's orders
// past math.MaxInt64 are an *eligibility.OverflowError
// (eligibility.ErrCountOverflow), never a wrapped, negative bill; a line or
// a total beyond money's range (about 9.2×10¹⁶ 元) is money.ErrRange.
func (r *Rulebook) Bill(t *eligibility.Tally, platform string, period calendar.Month) (Bill, error) {
	if err := r.ok(); err != nil {
		return Bill{}, err
	}
	if period.IsZero() {
		return Bill{}, calendar.ErrZeroDate
	}
	if err := r.checkBillArgs(t, platform); err != nil {
		return Bill{}, err
	}
	b := Bill{Platform: platform, Period: period, Rulebook: r.fingerprint}
	for _, ind := range eligibility.Industries {
		var cur *Line
		for d := period.First(); !d.IsZero() && !d.After(period.Last()); d = next(d) { // next of 9999-12-31 is the zero Date
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
			if cur.Orders, err = addOrders(fmt.Sprintf("bill line orders (%s from %s)", ind, cur.From), cur.Orders, n); err != nil {
				return Bill{}, err
			}
		}
	}
	for i := range b.Lines {
		l := &b.Lines[i]
		l.Exact = decimal.NewFromInt(l.Orders).Mul(l.PerOrder)
		var err error
		if l.Amount, err = money.Round(l.Exact); err != nil {
			return Bill{}, fmt.Errorf("levy: bill line %s from %s: %d orders × %s: %w", l.Industry, l.From, l.Orders, l.PerOrder, err)
		}
		var ok bool
		if b.Total, ok = b.Total.Add(l.Amount); !ok {
			return Bill{}, fmt.Errorf("levy: the bill's total: %w", money.ErrRange)
		}
		if l.Rate.Provisional() {
			b.Provisional = true
		}
	}
	pushMonth, err := period.AddMonths(1)
	if err != nil {
		return Bill{}, err
	}
	if b.Declaration, err = r.cal.DeclarationDeadline(period); err != nil && b.Declaration.Err() == nil {
		return Bill{}, err
	}
	if b.Push, err = r.cal.DayOfMonth(pushMonth, 5); err != nil && b.Push.Err() == nil {
		return Bill{}, err
	}
	return b, nil
}

func next(d calendar.Date) calendar.Date {
	n, _ := d.AddDays(1) // the days of a month are in range
	return n
}

// String returns the explanation, one line per step.
func (b Bill) String() string { return strings.Join(b.Explain(explain.English), "\n") }

package ledger

// Refunds and top-ups of a fee period, and the settling of a receipt held
// in suspense (第三章 申报缴费: 第十六条).

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/levy"
)

// Refund is the posting of a 第十六条 refund or top-up (levy.Adjustment) paid
// or received on date. It carries the fee period it belongs to (FeePeriod:
// 退款所属费款账期) and is booked in the accounting period of date, when the
// money moves, so a refund for a fee period whose accounting period is
// closed is still booked. A refund debits levy income and credits the
// special account; a top-up the reverse. id is the host's document ID; a
// NoneDue adjustment has no posting (ok = false). A top-up paid through the
// tax bureau reaches the treasury's receipt report: book it through
// Reconcile (as a receipt), not here, or it is booked twice; Refund's top-up
// is for money the receipt report does not carry.
func Refund(id string, a levy.Adjustment, date calendar.Date, direction string) (p Posting, ok bool) {
	if a.Kind == levy.NoneDue || a.Amount.IsZero() {
		return Posting{}, false
	}
	p = Posting{ID: id, Date: date, Period: calendar.MonthOfDate(date), FeePeriod: a.Period, Counterparty: Counterparty{Kind: "platform", ID: a.Platform}}
	if a.Kind == levy.Refund {
		p.Source = "第十六条 refund for fee period " + a.Period.String() + " (退款所属费款账期) to " + direction
		p.Lines = []Line{{Subject: LevyIncome, Debit: a.Amount}, {Subject: SpecialAccount, Credit: a.Amount}}
	} else {
		p.Source = "第十六条 top-up for fee period " + a.Period.String()
		p.Lines = []Line{{Subject: SpecialAccount, Debit: a.Amount}, {Subject: LevyIncome, Credit: a.Amount}}
	}
	return p, true
}

// ClearHeld is the posting that settles an open item other than by a
// reconciliation: on date, of the held amount, refund goes back to the
// platform (第十六条, to direction) and the rest becomes levy income. It
// debits Suspense by exactly what the item holds, carries the item's fee
// period, and is dated date (the day the clearing is done) with the item's
// entry date (EntryDate: it.Date, 资金缴纳入库时间). Its accounting period:
// when nothing is paid back (refund zero), the item's BookIn (the entry
// month when open, 第十八条; the month of it.Date when BookIn is zero), so
// the income counts in the year the money entered the treasury, as a
// clearing by Reconcile does; when money is paid back, the period of date,
// when the money moves (第十六条, as Refund), so a part that becomes income
// then counts in date's year (an item of an earlier year, Summary.PriorYear,
// when date is in a later year than the entry). A refund that is negative,
// not in fen or more than the item holds is ErrBadClearing.
func ClearHeld(id string, it OpenItem, date calendar.Date, refund decimal.Decimal, direction string) (Posting, error) {
	held, okH := lineFen(it.Amount)
	back, okR := lineFen(refund)
	if !okH || held == 0 || !okR || back > held || date.IsZero() || date.Before(it.Date) || it.Date.IsZero() {
		return Posting{}, fmt.Errorf("%w: %s: refund %s of %s held, dated %s (received %s)", ErrBadClearing, echo(it.PostingID), refund.StringFixed(2), it.Amount.StringFixed(2), dateText(date), dateText(it.Date))
	}
	per := calendar.MonthOfDate(date)
	if back == 0 {
		in := it.BookIn
		if in.IsZero() || in.Before(calendar.MonthOfDate(it.Date)) {
			in = calendar.MonthOfDate(it.Date)
		}
		if !in.After(per) {
			per = in
		}
	}
	p := Posting{ID: id, Date: date, EntryDate: it.Date, Period: per, FeePeriod: it.FeePeriod, Counterparty: it.Counterparty, Clears: it.PostingID,
		Lines: []Line{{Subject: Suspense, Debit: it.Amount}}}
	if income := held - back; income > 0 {
		p.Lines = append(p.Lines, Line{Subject: LevyIncome, Credit: fenDec(income)})
	}
	if back > 0 {
		p.Lines = append(p.Lines, Line{Subject: SpecialAccount, Credit: refund})
	}
	switch {
	case back == 0:
		p.Source = "held receipt " + it.PostingID + " cleared into levy income; 第十七、十八条"
	case back == held:
		p.Source = "held receipt " + it.PostingID + " refunded to " + direction + "; 第十六条"
	default:
		p.Source = "held receipt " + it.PostingID + ": " + refund.StringFixed(2) + " refunded to " + direction + " (第十六条), the rest levy income"
	}
	return p, nil
}

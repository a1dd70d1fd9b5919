package ledger

// Refunds and top-ups of a fee period, and the settling of a receipt held
// in suspense (第三章 申报缴费: 第十六条).

import (
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
)

// Direction is the way the money of a 第十六条 correction moves: back to
// the platform that paid too much (多缴费款的，可以申请退还), from the platform
// that paid too little (少缴费款的，应按照规定予以补足), or neither. Its text is
// package levy's spelling of an adjustment's kind (levy.AdjustmentKind),
// so an adjustment levy writes reads as the ledger's. The zero Direction
// is no direction: Refund refuses it (code bad_direction).
//
//	var d ledger.Direction
//	err := d.UnmarshalText([]byte("refund")) // ledger.RefundDue
type Direction string

// The directions of 第十六条.
const (
	// RefundDue: 多缴退还, the overpayment goes back to the platform.
	RefundDue Direction = "refund"
	// TopUpDue: 少缴补缴, the platform pays the shortfall.
	TopUpDue Direction = "top_up"
	// NoneDue: 无需退补, the platform paid exactly what was due.
	NoneDue Direction = "none"
)

// code bad_direction: a Direction that is not RefundDue, TopUpDue or NoneDue
// (the zero Direction among them), given to parseDirection, read from JSON
// or passed to Refund.
var errBadDirection = errcode.New("bad_direction", errcode.Stop,
	"ledger: unknown direction of a refund or top-up",
	"退补方向缺失或不在列表中（退还 refund、补缴 top_up、无需退补 none）：不予记账，不按补缴或退还猜测")

// parseDirection reads a direction: "refund", "top_up" or "none"; anything
// else, the empty text too, is code bad_direction (the text quoted, cut to 64
// bytes and masked, never echoed whole).
func parseDirection(s string) (Direction, error) {
	switch d := Direction(s); d {
	case RefundDue, TopUpDue, NoneDue:
		return d, nil
	}
	if s == "" {
		return "", errzh.With(fmt.Errorf("%w: no direction", errBadDirection), "没有写退补方向")
	}
	return "", errzh.With(fmt.Errorf("%w: %s (want refund, top_up or none)", errBadDirection, echo(s)), "所填 %s（应为 refund、top_up 或 none）", echo(s))
}

// UnmarshalText reads a direction as parseDirection does, so a JSON
// document with an unknown one is refused where it is read.
func (d *Direction) UnmarshalText(b []byte) error {
	if d == nil {
		return errzh.With(fmt.Errorf("%w: nil *Direction", errBadDirection), "没有提供退补方向（*Direction 为 nil）")
	}
	v, err := parseDirection(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Chinese returns the term a clerk reads (退还, 补缴, 无需退补), or "" for a
// direction that is not one of the three.
func (d Direction) Chinese() string {
	switch d {
	case RefundDue:
		return "退还"
	case TopUpDue:
		return "补缴"
	case NoneDue:
		return "无需退补"
	}
	return ""
}

// Adjustment is a 第十六条 refund or top-up of a platform's fee period as
// the ledger books it: the platform, the fee period it belongs to (退款所属
// 费款账期), its Direction and the amount. It is the ledger's own record:
// a host that computes the correction with package levy converts at its
// edge, the spellings being the same (JSON "kind", as levy writes it):
//
//	ledger.Adjustment{Platform: a.Platform, Period: a.Period, Direction: ledger.Direction(a.Kind), Amount: a.Amount}
type Adjustment struct {
	Platform  string         `json:"platform"`
	Period    calendar.Month `json:"period"`
	Direction Direction      `json:"kind"`
	Amount    money.Amount   `json:"amount" strict:"required"` // never negative
}

// Refund is the posting of a 第十六条 refund or top-up (Adjustment) paid
// or received on date. It carries the fee period it belongs to (FeePeriod:
// 退款所属费款账期) and is booked in the accounting period of date, when the
// money moves, so a refund for a fee period whose accounting period is
// closed is still booked. A refund debits levy income and credits the
// special account, paid to the account to (the platform's account the tax
// bureau's refund push names, kept in the posting's Basis.To); a top-up
// the reverse. id is the host's document ID. A NoneDue adjustment, or one
// of 0.00, has no posting (ok = false); an adjustment whose Direction is
// not one of the three is code bad_direction. The rest (the ID, the platform,
// the amount) Post checks (Posting.Validate). A top-up paid through
// the tax bureau reaches the treasury's receipt report: book it through
// Reconcile (as a receipt), not here, or it is booked twice; Refund's
// top-up is for money the receipt report does not carry.
func Refund(id string, a Adjustment, date calendar.Date, to string) (p Posting, ok bool, err error) {
	if _, err := parseDirection(string(a.Direction)); err != nil {
		return Posting{}, false, errzh.With(fmt.Errorf("%w (posting %s)", err, echo(id)), "%s（凭证 %s）", strings.TrimPrefix(errzh.Of(err), errBadDirection.Chinese()+"："), echo(id))
	}
	if a.Direction == NoneDue || a.Amount.IsZero() {
		return Posting{}, false, nil
	}
	p = Posting{ID: id, Date: date, Period: calendar.MonthOfDate(date), FeePeriod: a.Period, Counterparty: Counterparty{Kind: PlatformParty, ID: a.Platform}}
	if a.Direction == RefundDue {
		p.Basis = Basis{Rule: RuleRefund, To: to}
		p.Lines = []Line{{Subject: LevyIncome, Debit: a.Amount}, {Subject: SpecialAccount, Credit: a.Amount}}
	} else {
		p.Basis = Basis{Rule: RuleTopUp}
		p.Lines = []Line{{Subject: SpecialAccount, Debit: a.Amount}, {Subject: LevyIncome, Credit: a.Amount}}
	}
	return p, true, nil
}

// ClearHeld is the posting that settles an open item other than by a
// reconciliation: on date, of the held amount, refund goes back to the
// platform (第十六条, to the account to) and the rest becomes levy income. It
// debits Suspense by exactly what the item holds, carries the item's fee
// period, and is dated date (the day the clearing is done) with the item's
// entry date (EntryDate: it.Date, 资金缴纳入库时间). Its accounting period:
// when nothing is paid back (refund zero), the item's BookIn (the entry
// month when open, 第十八条; the month of it.Date when BookIn is zero), so
// the income counts in the year the money entered the treasury, as a
// clearing by Reconcile does; when money is paid back, the period of date,
// when the money moves (第十六条, as Refund), so a part that becomes income
// then counts in date's year (an item of an earlier year, Summary.PriorYear,
// when date is in a later year than the entry). A refund that is negative
// or more than the item holds is code bad_clearing.
func ClearHeld(id string, it OpenItem, date calendar.Date, refund money.Amount, to string) (Posting, error) {
	held, back := it.Amount, refund
	if !lineOK(held) || held.IsZero() || !lineOK(back) || back.Cmp(held) > 0 || date.IsZero() || date.Before(it.Date) || it.Date.IsZero() {
		return Posting{}, errzh.With(fmt.Errorf("%w: %s: refund %s of %s held, dated %s (received %s)", errBadClearing, echo(it.PostingID), refund, it.Amount, dateText(date), dateText(it.Date)),
			"%s：暂收 %s 中退还 %s，日期 %s（收到于 %s）", echo(it.PostingID), it.Amount, refund, dateZH(date), dateZH(it.Date))
	}
	per := calendar.MonthOfDate(date)
	if back.IsZero() {
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
	if income, _ := held.Sub(back); income.Sign() > 0 { // both from 0 to 10¹² 元
		p.Lines = append(p.Lines, Line{Subject: LevyIncome, Credit: income})
	}
	if back.Sign() > 0 {
		p.Lines = append(p.Lines, Line{Subject: SpecialAccount, Credit: refund})
	}
	switch {
	case back.IsZero():
		p.Basis = Basis{Rule: RuleHeldCleared}
	case back == held:
		p.Basis = Basis{Rule: RuleHeldRefunded, To: to}
	default:
		p.Basis = Basis{Rule: RuleHeldSplit, To: to}
	}
	return p, nil
}

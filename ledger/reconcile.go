package ledger

import (
	"errors"
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/levy"
)

// Receipt is a line of the treasury's receipt report (国库入库报表).
type Receipt struct {
	ID        string          `json:"id"`
	Platform  string          `json:"platform"`
	Period    calendar.Month  `json:"period"`
	Amount    decimal.Decimal `json:"amount"`
	EntryDate calendar.Date   `json:"entry_date"` // 资金缴纳入库时间
}

// Collection is a line of the tax bureau's collection records (社税平台推送的征缴信息).
type Collection struct {
	ID       string          `json:"id"`
	Platform string          `json:"platform"`
	Period   calendar.Month  `json:"period"`
	Amount   decimal.Decimal `json:"amount"`
}

// Key is a platform's fee period.
type Key struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
}

// Outcome of a reconciliation step for one key.
type Outcome string

const (
	Matched         Outcome = "matched"
	MissingTreasury Outcome = "missing_in_treasury"   // collected but not in the receipt report
	MissingTax      Outcome = "missing_in_tax"        // received but not in the collection records
	AmountMismatch  Outcome = "amount_mismatch"       // both, with different amounts
	Consistent      Outcome = "consistent"            // payment = orders × rate
	PaymentMismatch Outcome = "payment_mismatch"      // payment ≠ orders × rate
	MissingBill     Outcome = "missing_order_summary" // no order summary for a payment
	MissingPayment  Outcome = "missing_payment"       // an order summary with no payment
)

// Match is the result for one platform's period.
type Match struct {
	Key Key `json:"key"`
	// Treasury is the first step (第十七条), Orders the second (第十八条).
	Treasury Outcome `json:"treasury"`
	Orders   Outcome `json:"orders,omitempty"`
	// Received is the treasury amount, Collected the tax bureau's, Due the
	// order summaries × rate.
	Received  decimal.Decimal `json:"received"`
	Collected decimal.Decimal `json:"collected"`
	Due       decimal.Decimal `json:"due"`
	EntryDate calendar.Date   `json:"entry_date,omitzero"`
	Booked    bool            `json:"booked"`
	Reason    string          `json:"reason"`
}

// Reconciliation is the result of both steps for a set of periods.
type Reconciliation struct {
	Matches []Match `json:"matches"`
	// Postings are the income postings of the keys that passed both steps,
	// ready for Journal.Post (their IDs are derived from the key, so posting
	// them again changes nothing).
	Postings []Posting `json:"postings"`
}

// ErrBadRecord is wrapped by Reconcile's input errors.
var ErrBadRecord = errors.New("ledger: invalid reconciliation record")

// Reconcile runs the reconciliation of 第十七、十八条:
//
//  1. treasury receipts against the tax bureau's collection records, summed
//     per platform and period: matched, missing on either side, or an amount
//     mismatch (第十七条第二款: 核对国库资金和社税平台推送的征缴信息);
//  2. for the matched keys, the amount paid against the national platform's
//     order summaries × rate, given as the bills package levy computes
//     (第十八条: 比对平台企业实缴信息和全国信息平台订单汇总信息): consistent, or
//     the discrepancy.
//
// Reading: each platform's period is judged and booked on its own; a key
// that passes both is booked as income, dated by its treasury entry date
// (the latest, when it was paid in parts), in its fee period. The work is
// O(n log n) in the records (maps, then one sort for a stable order).
func Reconcile(receipts []Receipt, collections []Collection, bills []levy.Bill) (Reconciliation, error) {
	type side struct {
		amount decimal.Decimal
		date   calendar.Date
		ids    []string
		seen   bool
	}
	recv := map[Key]*side{}
	coll := map[Key]*side{}
	add := func(m map[Key]*side, k Key, amt decimal.Decimal, date calendar.Date, id string) {
		s := m[k]
		if s == nil {
			s = &side{amount: decimal.New(0, -2)}
			m[k] = s
		}
		s.amount, s.seen = s.amount.Add(amt), true
		s.ids = append(s.ids, id)
		if date.After(s.date) {
			s.date = date
		}
	}
	for i, r := range receipts {
		if r.ID == "" || r.Platform == "" || r.Period.IsZero() || r.EntryDate.IsZero() || r.Amount.IsNegative() || money.Sane(r.Amount) != nil || !inFen(r.Amount) {
			return Reconciliation{}, fmt.Errorf("%w: receipt #%d (%s)", ErrBadRecord, i+1, r.ID)
		}
		add(recv, Key{r.Platform, r.Period}, r.Amount, r.EntryDate, r.ID)
	}
	for i, c := range collections {
		if c.ID == "" || c.Platform == "" || c.Period.IsZero() || c.Amount.IsNegative() || money.Sane(c.Amount) != nil || !inFen(c.Amount) {
			return Reconciliation{}, fmt.Errorf("%w: collection #%d (%s)", ErrBadRecord, i+1, c.ID)
		}
		add(coll, Key{c.Platform, c.Period}, c.Amount, calendar.Date{}, c.ID)
	}
	due := map[Key]decimal.Decimal{}
	for _, b := range bills {
		if err := money.Sane(b.Total); err != nil {
			return Reconciliation{}, fmt.Errorf("%w: bill of %s %s: %v", ErrBadRecord, b.Platform, b.Period, err)
		}
		k := Key{b.Platform, b.Period}
		if prev, dup := due[k]; dup {
			return Reconciliation{}, fmt.Errorf("%w: two bills for %s %s (%s and %s)", ErrBadRecord, k.Platform, k.Period, prev, b.Total)
		}
		due[k] = b.Total
	}
	keys := map[Key]bool{}
	for k := range recv {
		keys[k] = true
	}
	for k := range coll {
		keys[k] = true
	}
	for k := range due {
		keys[k] = true
	}
	var out Reconciliation
	zero := decimal.New(0, -2)
	for k := range keys {
		m := Match{Key: k, Received: zero, Collected: zero, Due: zero}
		r, c := recv[k], coll[k]
		if r != nil {
			m.Received, m.EntryDate = r.amount, r.date
		}
		if c != nil {
			m.Collected = c.amount
		}
		d, hasBill := due[k]
		if hasBill {
			m.Due = d
		}
		switch {
		case r == nil && c == nil:
			m.Treasury = MissingTreasury
			m.Orders = MissingPayment
			m.Reason = fmt.Sprintf("an order summary of %s 元 but no payment recorded by the tax bureau or the treasury", d.StringFixed(2))
		case r == nil:
			m.Treasury = MissingTreasury
			m.Reason = fmt.Sprintf("the tax bureau collected %s 元 that the treasury report does not show (第十七条)", m.Collected.StringFixed(2))
		case c == nil:
			m.Treasury = MissingTax
			m.Reason = fmt.Sprintf("the treasury received %s 元 that the collection records do not show (第十七条)", m.Received.StringFixed(2))
		case !r.amount.Equal(c.amount):
			m.Treasury = AmountMismatch
			m.Reason = fmt.Sprintf("the treasury received %s 元, the tax bureau collected %s 元 (第十七条)", m.Received.StringFixed(2), m.Collected.StringFixed(2))
		default:
			m.Treasury = Matched
			switch {
			case !hasBill:
				m.Orders = MissingBill
				m.Reason = "matched with the treasury, but no order summary × rate to check the payment against (第十八条)"
			case !d.Equal(m.Received):
				m.Orders = PaymentMismatch
				m.Reason = fmt.Sprintf("paid %s 元, the order summaries × rate make %s 元 (第十八条)", m.Received.StringFixed(2), d.StringFixed(2))
			default:
				m.Orders = Consistent
				m.Booked = true
				m.Reason = fmt.Sprintf("matched (第十七条) and consistent with the order summaries (第十八条): booked as income on %s", m.EntryDate)
				out.Postings = append(out.Postings, Posting{
					ID: "levy-income:" + k.Platform + ":" + k.Period.String(), Date: m.EntryDate, Period: k.Period,
					Counterparty: Counterparty{Kind: "platform", ID: k.Platform},
					Source:       "treasury receipts " + joinIDs(r.ids) + "; 第十七、十八、四十九条",
					Lines:        []Line{{Subject: SpecialAccount, Debit: m.Received}, {Subject: LevyIncome, Credit: m.Received}},
				})
			}
		}
		out.Matches = append(out.Matches, m)
	}
	sort.Slice(out.Matches, func(a, b int) bool { return keyLess(out.Matches[a].Key, out.Matches[b].Key) })
	sort.Slice(out.Postings, func(a, b int) bool { return out.Postings[a].ID < out.Postings[b].ID })
	return out, nil
}

func keyLess(a, b Key) bool {
	if a.Period != b.Period {
		return a.Period.Before(b.Period)
	}
	return a.Platform < b.Platform
}

func joinIDs(ids []string) string {
	s := append([]string(nil), ids...)
	sort.Strings(s)
	out := ""
	for i, id := range s {
		if i > 0 {
			out += ","
		}
		out += id
	}
	return out
}

// Refund is the posting of a 第十六条 refund or top-up (levy.Adjustment) paid
// or received on date: a refund debits the period's levy income (so that the
// income of the period it belongs to stays right) and credits the special
// account; a top-up the reverse. id is the host's document ID; a NoneDue
// adjustment has no posting (ok = false).
func Refund(id string, a levy.Adjustment, date calendar.Date, direction string) (p Posting, ok bool) {
	if a.Kind == levy.NoneDue || a.Amount.IsZero() {
		return Posting{}, false
	}
	p = Posting{ID: id, Date: date, Period: a.Period, Counterparty: Counterparty{Kind: "platform", ID: a.Platform}}
	if a.Kind == levy.Refund {
		p.Source = "第十六条 refund to " + direction
		p.Lines = []Line{{Subject: LevyIncome, Debit: a.Amount}, {Subject: SpecialAccount, Credit: a.Amount}}
	} else {
		p.Source = "第十六条 top-up"
		p.Lines = []Line{{Subject: SpecialAccount, Debit: a.Amount}, {Subject: LevyIncome, Credit: a.Amount}}
	}
	return p, true
}

package golden

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
)

func ledgerCode(err error) string {
	for _, ct := range []codeTarget{
		{"unbalanced", ledger.ErrUnbalanced},
		{"conflict", ledger.ErrConflict},
		{"closed", ledger.ErrClosed},
		{"unknown_id", ledger.ErrUnknownID},
		{"reversed", ledger.ErrReversed},
		{"not_scheme", ledger.ErrNotScheme},
		{"bad_posting", ledger.ErrBadPosting},
		{"bad_record", ledger.ErrBadRecord},
		{"bad_payment", ledger.ErrBadPayment},
	} {
		code, target := ct.code, ct.target
		if errors.Is(err, target) {
			return code
		}
	}
	return levyCode(err)
}

type dueIn struct {
	Platform string          `json:"platform"`
	Period   calendar.Month  `json:"period"`
	Amount   decimal.Decimal `json:"amount"`
}

type matchOut struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Treasury ledger.Outcome `json:"treasury"`
	Orders   ledger.Outcome `json:"orders,omitempty"`
	Booked   bool           `json:"booked,omitempty"`
	Date     calendar.Date  `json:"booked_on,omitzero"`
}

type reconcileLedgerOutput struct {
	Matches []matchOut `json:"matches,omitempty"`
	Error   string     `json:"error,omitempty"`
}

type lineOut2 struct {
	Subject ledger.Subject `json:"subject"`
	Debit   string         `json:"debit,omitempty"`
	Credit  string         `json:"credit,omitempty"`
}

func linesOut(ls []ledger.Line) []lineOut2 {
	var out []lineOut2
	for _, l := range ls {
		o := lineOut2{Subject: l.Subject}
		if l.Debit.IsPositive() {
			o.Debit = l.Debit.StringFixed(2)
		}
		if l.Credit.IsPositive() {
			o.Credit = l.Credit.StringFixed(2)
		}
		out = append(out, o)
	}
	return out
}

type refundOutput struct {
	Period calendar.Month `json:"period,omitzero"`
	Lines  []lineOut2     `json:"lines,omitempty"`
	None   bool           `json:"none,omitempty"`
	Error  string         `json:"error,omitempty"`
}

type itemTotalOut struct {
	Subject ledger.Subject `json:"subject"`
	Count   int            `json:"count"`
	Amount  string         `json:"amount"`
}

type settlementOutput struct {
	ByItem   []itemTotalOut `json:"by_item,omitempty"`
	Total    string         `json:"total,omitempty"`
	SettleIn calendar.Month `json:"settle_in,omitzero"`
	Review   []string       `json:"review,omitempty"`
	Error    string         `json:"error,omitempty"`
}

type balanceOut struct {
	Subject ledger.Subject `json:"subject"`
	Period  calendar.Month `json:"period"`
	Balance string         `json:"balance"`
}

type journalOutput struct {
	Balances   []balanceOut `json:"balances,omitempty"`
	Duplicates int          `json:"duplicates,omitempty"`
	Error      string       `json:"error,omitempty"`
}

func ledgerKinds() map[string]kind {
	return map[string]kind{
		// ledger.reconcile: 第十七、十八条.
		"ledger.reconcile": define(func(in struct {
			Receipts    []ledger.Receipt    `json:"receipts"`
			Collections []ledger.Collection `json:"collections"`
			Due         []dueIn             `json:"due"`
		}) (reconcileLedgerOutput, []string) {
			var bills []levy.Bill
			for _, d := range in.Due {
				bills = append(bills, levy.Bill{Platform: d.Platform, Period: d.Period, Total: d.Amount})
			}
			r, err := ledger.Reconcile(in.Receipts, in.Collections, bills)
			if err != nil {
				return reconcileLedgerOutput{Error: ledgerCode(err)}, []string{err.Error()}
			}
			var out reconcileLedgerOutput
			var expl []string
			for _, m := range r.Matches {
				mo := matchOut{Platform: m.Key.Platform, Period: m.Key.Period, Treasury: m.Treasury, Orders: m.Orders, Booked: m.Booked}
				if m.Booked {
					mo.Date = m.EntryDate
				}
				out.Matches = append(out.Matches, mo)
				expl = append(expl, m.Key.Platform+" "+m.Key.Period.String()+": "+m.Reason)
			}
			return out, expl
		}),
		// ledger.refund: 第十六条.
		"ledger.refund": define(func(in struct {
			Adjustment levy.Adjustment `json:"adjustment"`
			Date       calendar.Date   `json:"date"`
			Direction  string          `json:"direction"`
		}) (refundOutput, []string) {
			p, ok := ledger.Refund("refund-1", in.Adjustment, in.Date, in.Direction)
			if !ok {
				return refundOutput{None: true}, []string{"nothing to refund or top up"}
			}
			var j ledger.Journal
			if _, err := j.Post(p); err != nil {
				return refundOutput{Error: ledgerCode(err)}, []string{err.Error()}
			}
			return refundOutput{Period: p.Period, Lines: linesOut(p.Lines)}, []string{p.Source}
		}),
		// ledger.settlement: 第五十七条 and 第五十六条.
		"ledger.settlement": define(func(in struct {
			Insurer      string           `json:"insurer"`
			Month        calendar.Month   `json:"month"`
			Payments     []ledger.Payment `json:"payments"`
			WarningLimit decimal.Decimal  `json:"warning_limit"`
			SettleOn     calendar.Date    `json:"settle_on"`
		}) (settlementOutput, []string) {
			s, err := ledger.Settle(in.Insurer, in.Month, in.Payments, in.WarningLimit, in.SettleOn)
			if err != nil {
				return settlementOutput{Error: ledgerCode(err)}, []string{err.Error()}
			}
			out := settlementOutput{Total: s.Total.StringFixed(2), SettleIn: s.SettleIn}
			for _, t := range s.ByItem {
				out.ByItem = append(out.ByItem, itemTotalOut{t.Subject, t.Count, t.Amount.StringFixed(2)})
			}
			for _, p := range s.Review {
				out.Review = append(out.Review, p.ID)
			}
			return out, []string{"settle " + s.Total.StringFixed(2) + " in " + s.SettleIn.String()}
		}),
		// ledger.journal: postings, reversals and closings in order; the balances after them.
		"ledger.journal": define(func(in struct {
			Steps []struct {
				Post    *ledger.Posting `json:"post,omitempty"`
				Reverse *struct {
					ID     string        `json:"id"`
					NewID  string        `json:"new_id"`
					Date   calendar.Date `json:"date"`
					Source string        `json:"source"`
				} `json:"reverse,omitempty"`
				Close calendar.Month `json:"close,omitzero"`
			} `json:"steps"`
		}) (journalOutput, []string) {
			var j ledger.Journal
			var out journalOutput
			for _, st := range in.Steps {
				var err error
				switch {
				case st.Post != nil:
					var dup bool
					if dup, err = j.Post(*st.Post); dup {
						out.Duplicates++
					}
				case st.Reverse != nil:
					err = j.Reverse(st.Reverse.ID, st.Reverse.NewID, st.Reverse.Date, st.Reverse.Source)
				case !st.Close.IsZero():
					j.Close(st.Close)
				}
				if err != nil {
					return journalOutput{Error: ledgerCode(err)}, []string{err.Error()}
				}
			}
			for _, b := range j.Balances() {
				out.Balances = append(out.Balances, balanceOut{b.Subject, b.Period, b.Balance.StringFixed(2)})
			}
			return out, []string{"postings: " + strconv.Itoa(j.Len())}
		}),
	}
}

// Package ledgerkinds registers the golden kinds of package ledger
// (ledger.journal, ledger.reconcile, …) with the runner. Import it for its
// effect: a test that runs ledger's cases links the runner, ledger and what
// ledger depends on (calendar, param, benefits), nothing else.
package ledgerkinds

import (
	"encoding/json"
	"strconv"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"

	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/golden/calendarkinds"
	"github.com/zhishang/zhishang/internal/golden/paramkinds"
)

// ledgerCode names an error for an "error" field: its code (the first it
// carries), with the name of a parameter missing or the year not covered.
func ledgerCode(err error) string {
	if code := paramkinds.Code(err); code != "" {
		return code
	}
	return calendarkinds.Code(err)
}

// dueIn is a due amount as a case writes it (ledger.Due's fields, which the
// dictionary lists one by one).
type dueIn struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Amount   money.Amount   `json:"amount"`
}

func dues(in []dueIn) []ledger.Due {
	out := make([]ledger.Due, len(in))
	for i, d := range in {
		out[i] = ledger.Due(d)
	}
	return out
}

type matchOut struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Treasury ledger.Outcome `json:"treasury"`
	Orders   ledger.Outcome `json:"orders,omitempty"`
	Booked   bool           `json:"booked,omitempty"`
	Held     bool           `json:"held,omitempty"`
	Date     calendar.Date  `json:"booked_on,omitzero"`
}

type openItemOut struct {
	PostingID string         `json:"posting_id"`
	FeePeriod calendar.Month `json:"fee_period,omitzero"`
	Amount    string         `json:"amount"`
}

func openItemsOut(items []ledger.OpenItem) []openItemOut {
	var out []openItemOut
	for _, it := range items {
		out = append(out, openItemOut{it.PostingID, it.FeePeriod, it.Amount.String()})
	}
	return out
}

type postingOut struct {
	ID        string         `json:"id"`
	Date      calendar.Date  `json:"date"`
	Period    calendar.Month `json:"period"`
	FeePeriod calendar.Month `json:"fee_period,omitzero"`
	Clears    string         `json:"clears,omitempty"`
	Lines     []lineOut2     `json:"lines"`
}

type reconcileLedgerOutput struct {
	Matches   []matchOut    `json:"matches,omitempty"`
	Postings  []postingOut  `json:"postings,omitempty"`
	OpenItems []openItemOut `json:"open_items,omitempty"`
	Error     string        `json:"error,omitempty"`
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
		if l.Debit.Sign() > 0 {
			o.Debit = l.Debit.String()
		}
		if l.Credit.Sign() > 0 {
			o.Credit = l.Credit.String()
		}
		out = append(out, o)
	}
	return out
}

type refundOutput struct {
	Period    calendar.Month `json:"period,omitzero"`
	FeePeriod calendar.Month `json:"fee_period,omitzero"`
	Lines     []lineOut2     `json:"lines,omitempty"`
	None      bool           `json:"none,omitempty"`
	Error     string         `json:"error,omitempty"`
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

type summaryOut struct {
	Basis       string         `json:"basis"`
	LevyIncome  string         `json:"levy_income"`
	LevyCount   int            `json:"levy_count"`
	Refunds     string         `json:"refunds"`
	RefundCount int            `json:"refund_count"`
	Interest    string         `json:"interest_income"`
	Spent       string         `json:"spent"`
	Expenditure []itemTotalOut `json:"expenditure,omitempty"`
	Balance     string         `json:"balance"`
	Held        string         `json:"held_in_suspense"`
	HeldCount   int            `json:"held_count"`
	ByFeePeriod []balanceOut   `json:"by_fee_period,omitempty"`
	// PriorYearLevy and PriorYear: income of an earlier, closed year booked
	// in this one (第十八条 with 第七十七条); absent when there is none.
	PriorYearLevy string         `json:"prior_year_levy,omitempty"`
	PriorYear     []priorYearOut `json:"prior_year,omitempty"`
}

type priorYearOut struct {
	PostingID string         `json:"posting_id"`
	Subject   ledger.Subject `json:"subject"`
	EntryDate calendar.Date  `json:"entry_date"`
	BookedOn  calendar.Date  `json:"booked_on"`
	Period    calendar.Month `json:"period"`
	Amount    string         `json:"amount"`
}

// clearingOut is a posting that clears a receipt held in suspense: the day
// the clearing was done (date) and the day the money entered the treasury
// (entry_date, the income's accounting date, 第十八条), and the period it is
// booked in.
type clearingOut struct {
	ID        string         `json:"id"`
	Clears    string         `json:"clears"`
	Date      calendar.Date  `json:"date"`
	EntryDate calendar.Date  `json:"entry_date,omitzero"`
	Period    calendar.Month `json:"period"`
}

type totalOut struct {
	Subject ledger.Subject `json:"subject"`
	Total   string         `json:"total"`
}

type journalOutput struct {
	Balances   []balanceOut  `json:"balances,omitempty"`
	Totals     []totalOut    `json:"totals,omitempty"`
	OpenItems  []openItemOut `json:"open_items,omitempty"`
	Clearings  []clearingOut `json:"clearings,omitempty"`
	Summary    *summaryOut   `json:"summary,omitempty"`
	Duplicates int           `json:"duplicates,omitempty"`
	Error      string        `json:"error,omitempty"`
}

type insurerOutput struct {
	Allowed bool          `json:"allowed"`
	BanEnds calendar.Date `json:"ban_ends,omitzero"`
	Error   string        `json:"error,omitempty"`
}

func init() {
	golden.RegisterCodes("ledger", ledger.Codes()...)
	golden.Names(ledger.PlatformParty, ledger.InsurerParty, ledger.WorkerParty, ledger.TreasuryParty, ledger.BankParty, ledger.PayeeParty)
	golden.Names(ledger.Matched, ledger.MissingTreasury, ledger.MissingTax, ledger.AmountMismatch, ledger.Consistent,
		ledger.PaymentMismatch, ledger.MissingBill, ledger.MissingPayment)
	golden.Names(ledger.SpecialAccount, ledger.LevyIncome, ledger.InterestIncome, ledger.InsurerPayable, ledger.AssessmentFee,
		ledger.ServiceFee, ledger.Medical, ledger.Suspense, ledger.FundBalance)
	// Every fixed list's Chinese names, as the types give them.
	golden.Names(ledger.FailedAnnualReview, ledger.SeriousFailure, ledger.Misappropriation, ledger.Fraud, ledger.InformationSecurity, ledger.OtherViolation, ledger.Expired)
	golden.Names(ledger.TreasuryReceipt, ledger.SuspenseClearing, ledger.BenefitPayment, ledger.InsurerSettlement)
	golden.Names(ledger.Asset, ledger.Liability, ledger.Income, ledger.Expense, ledger.NetAssets)
	golden.Names(ledger.BookInOpenYear, ledger.RefuseClosedYear)
	golden.Names(ledger.RuleReceipt, ledger.RuleReceiptHeld, ledger.RuleReceiptCleared, ledger.RuleRefund, ledger.RuleTopUp,
		ledger.RuleHeldCleared, ledger.RuleHeldRefunded, ledger.RuleHeldSplit, ledger.RuleInsurerPayment, ledger.RuleMonthlySettlement)
	golden.Register(map[string]golden.Kind{
		// ledger.reconcile: 第十七、十八条.
		"ledger.reconcile": golden.Define(func(in struct {
			Receipts    []ledger.Receipt    `json:"receipts"`
			Collections []ledger.Collection `json:"collections"`
			Due         []dueIn             `json:"due"`
		}) (reconcileLedgerOutput, golden.Explained) {
			r, err := ledger.Reconcile(in.Receipts, in.Collections, dues(in.Due))
			if err != nil {
				return reconcileLedgerOutput{Error: ledgerCode(err)}, golden.Refused(err, ledgerCode(err))
			}
			var out reconcileLedgerOutput
			var expl []string
			for _, p := range r.Postings {
				out.Postings = append(out.Postings, postingOut{p.ID, p.Date, p.Period, p.FeePeriod, p.Clears, linesOut(p.Lines)})
			}
			out.OpenItems = openItemsOut(r.OpenItems)
			for _, m := range r.Matches {
				mo := matchOut{Platform: m.Key.Platform, Period: m.Key.Period, Treasury: m.Treasury, Orders: m.Orders, Booked: m.Booked, Held: m.Held}
				if m.Booked {
					mo.Date = m.EntryDate
				}
				out.Matches = append(out.Matches, mo)
				expl = append(expl, m.Key.Platform+" "+m.Key.Period.String()+": "+m.Reason)
			}
			return out, golden.Explained{EN: expl, ZH: r.Explain(explain.Chinese)}
		}),
		// ledger.refund: 第十六条.
		"ledger.refund": golden.Define(func(in struct {
			Adjustment ledger.Adjustment `json:"adjustment"`
			Date       calendar.Date     `json:"date"`
			// To is the account the refund is paid to (its key in a case
			// is "direction").
			To string `json:"direction"`
		}) (refundOutput, golden.Explained) {
			p, ok, err := ledger.Refund("refund-1", in.Adjustment, in.Date, in.To)
			if err != nil {
				return refundOutput{Error: ledgerCode(err)}, golden.Refused(err, ledgerCode(err))
			}
			if !ok {
				return refundOutput{None: true}, golden.Explained{EN: []string{"nothing to refund or top up"}, ZH: []string{"无需退还或补缴"}}
			}
			if err := p.Validate(); err != nil {
				return refundOutput{Error: ledgerCode(err)}, golden.Refused(err, ledgerCode(err))
			}
			return refundOutput{Period: p.Period, FeePeriod: p.FeePeriod, Lines: linesOut(p.Lines)}, golden.Explained{EN: []string{p.Explain(explain.English)}, ZH: []string{p.Explain(explain.Chinese)}}
		}),
		// ledger.settlement: 第五十七条 and 第五十六条.
		"ledger.settlement": golden.Define(func(in struct {
			Insurer      string           `json:"insurer"`
			Month        calendar.Month   `json:"month"`
			Payments     []ledger.Payment `json:"payments"`
			WarningLimit money.Amount     `json:"warning_limit"`
			SettleOn     calendar.Date    `json:"settle_on"`
		}) (settlementOutput, golden.Explained) {
			s, err := ledger.Settle(in.Insurer, in.Month, in.Payments, in.WarningLimit, in.SettleOn)
			if err != nil {
				return settlementOutput{Error: ledgerCode(err)}, golden.Refused(err, ledgerCode(err))
			}
			out := settlementOutput{Total: s.Total.String(), SettleIn: s.SettleIn}
			for _, t := range s.ByItem {
				out.ByItem = append(out.ByItem, itemTotalOut{t.Subject, t.Count, t.Amount.String()})
			}
			for _, p := range s.Review {
				out.Review = append(out.Review, p.ID)
			}
			return out, golden.Explained{EN: []string{"settle " + s.Total.String() + " in " + s.SettleIn.String()}, ZH: s.Explain(explain.Chinese)}
		}),
		// ledger.journal: postings, reversals, refunds, reconciliations and
		// closings in order; the balances, totals, open items (and the
		// year's summary) after them. The first refused step ends the case
		// with its error code.
		"ledger.journal": golden.Define(func(in struct {
			Steps []struct {
				Post    *ledger.Posting `json:"post,omitempty"`
				Reverse *struct {
					ID     string        `json:"id"`
					NewID  string        `json:"new_id"`
					Date   calendar.Date `json:"date"`
					Source string        `json:"source"`
				} `json:"reverse,omitempty"`
				Refund *struct {
					ID         string            `json:"id"`
					Adjustment ledger.Adjustment `json:"adjustment"`
					Date       calendar.Date     `json:"date"`
					To         string            `json:"direction"` // the account paid to
				} `json:"refund,omitempty"`
				Reconcile *struct {
					Receipts    []ledger.Receipt    `json:"receipts"`
					Collections []ledger.Collection `json:"collections"`
					Due         []dueIn             `json:"due"`
					On          calendar.Date       `json:"on"`
				} `json:"reconcile,omitempty"`
				// Load replaces the books with a stored snapshot, read as
				// ledger.ParseSnapshot reads it.
				Load   json.RawMessage `json:"load,omitempty"`
				Close  calendar.Month  `json:"close,omitzero"`
				Reopen calendar.Month  `json:"reopen,omitzero"`
			} `json:"steps"`
			Summarize int `json:"summarize,omitempty"`
			// ClosedYearRule: money that entered the treasury in a closed
			// year (第十八条 with 第七十七条); book_in_open_year unless given.
			ClosedYearRule ledger.ClosedYearRule `json:"closed_year_rule,omitempty"`
		}) (journalOutput, golden.Explained) {
			j := new(ledger.Journal)
			var out journalOutput
			var expl, zh []string
			if err := j.SetClosedYearRule(in.ClosedYearRule); err != nil {
				return journalOutput{Error: ledgerCode(err)}, golden.Refused(err, ledgerCode(err))
			}
			for _, st := range in.Steps {
				var err error
				post := func(p ledger.Posting) {
					if err != nil {
						return
					}
					var dup bool
					if dup, err = j.Post(p); dup {
						out.Duplicates++
					}
				}
				switch {
				case st.Post != nil:
					post(*st.Post)
				case st.Reverse != nil:
					err = j.Reverse(st.Reverse.ID, st.Reverse.NewID, st.Reverse.Date, st.Reverse.Source)
				case st.Refund != nil:
					var p ledger.Posting
					var ok bool
					if p, ok, err = ledger.Refund(st.Refund.ID, st.Refund.Adjustment, st.Refund.Date, st.Refund.To); ok {
						post(p)
					}
				case st.Reconcile != nil:
					var r ledger.Reconciliation
					r, err = j.Reconcile(st.Reconcile.Receipts, st.Reconcile.Collections, dues(st.Reconcile.Due), st.Reconcile.On)
					for _, m := range r.Matches {
						expl = append(expl, m.Key.Platform+" "+m.Key.Period.String()+": "+m.Reason)
					}
					zh = append(zh, r.Explain(explain.Chinese)...)
					for _, p := range r.Postings {
						post(p)
					}
				case st.Load != nil:
					var k *ledger.Journal
					if k, err = ledger.ParseSnapshot(st.Load); err == nil {
						j = k
						err = j.SetClosedYearRule(in.ClosedYearRule) // the host's setting, not in a snapshot
					}
				case !st.Close.IsZero():
					j.Close(st.Close)
				case !st.Reopen.IsZero():
					j.Reopen(st.Reopen)
				}
				if err != nil {
					code := ledgerCode(err)
					return journalOutput{Error: code}, golden.Explained{EN: append(expl, err.Error()), ZH: append(zh, "未能计算："+golden.RefusalZH(err, code))}
				}
			}
			for _, b := range j.Balances() {
				out.Balances = append(out.Balances, balanceOut{b.Subject, b.Period, b.Balance.String()})
			}
			for _, s := range ledger.Subjects() {
				if t := j.Total(s); !t.IsZero() {
					out.Totals = append(out.Totals, totalOut{s, t.String()})
				}
			}
			out.OpenItems = openItemsOut(j.OpenItems())
			for _, p := range j.Postings() {
				if p.Clears != "" {
					out.Clearings = append(out.Clearings, clearingOut{p.ID, p.Clears, p.Date, p.EntryDate, p.Period})
				}
			}
			if in.Summarize != 0 {
				s, err := j.Summarize(in.Summarize, ledger.Participants{})
				if err != nil {
					code := ledgerCode(err)
					return journalOutput{Error: code}, golden.Explained{EN: append(expl, err.Error()), ZH: append(zh, "未能计算："+golden.RefusalZH(err, code))}
				}
				so := &summaryOut{Basis: s.Basis, LevyIncome: s.LevyIncome.String(), LevyCount: s.LevyCount, Refunds: s.Refunds.String(),
					RefundCount: s.RefundCount, Interest: s.Interest.String(), Spent: s.Spent.String(), Balance: s.Balance.String(),
					Held: s.Held.String(), HeldCount: s.HeldCount}
				for _, e := range s.Expenditure {
					so.Expenditure = append(so.Expenditure, itemTotalOut{e.Subject, e.Count, e.Amount.String()})
				}
				for _, f := range s.ByFeePeriod {
					so.ByFeePeriod = append(so.ByFeePeriod, balanceOut{Subject: ledger.LevyIncome, Period: f.Period, Balance: f.Amount.String()})
				}
				if len(s.PriorYear) > 0 {
					so.PriorYearLevy = s.PriorYearLevy.String()
				}
				for _, l := range s.PriorYear {
					so.PriorYear = append(so.PriorYear, priorYearOut{l.PostingID, l.Subject, l.EntryDate, l.BookedOn, l.Period, l.Amount.String()})
				}
				out.Summary = so
			}
			return out, golden.Explained{EN: append(expl, "postings: "+strconv.Itoa(j.Len())), ZH: append(zh, "账上记账凭证共 "+strconv.Itoa(j.Len())+" 笔")}
		}),
		// ledger.insurer: 第六十四条, whether an insurer may be chosen on a
		// day, and whether its payments may be settled.
		"ledger.insurer": golden.Define(func(in struct {
			Insurer  string                `json:"insurer"`
			On       calendar.Date         `json:"on"`
			Ends     []ledger.AgreementEnd `json:"ends"`
			Payments []ledger.Payment      `json:"payments"`
		}) (insurerOutput, golden.Explained) {
			var out insurerOutput
			for _, e := range in.Ends {
				if last, bans, err := e.BanEnds(); err == nil && bans && e.Insurer == in.Insurer {
					out.BanEnds = last
				}
			}
			if err := ledger.CheckInsurer(in.Insurer, in.On, in.Ends); err != nil {
				out.Error = ledgerCode(err)
				return out, golden.Refused(err, out.Error)
			}
			if err := ledger.CheckPayments(in.Payments, in.Ends); err != nil {
				out.Error = ledgerCode(err)
				return out, golden.Refused(err, out.Error)
			}
			out.Allowed = true
			return out, golden.Explained{EN: []string{in.Insurer + " may be chosen on " + in.On.String() + " (第六十四条)"}, ZH: []string{in.On.String() + " 可以选择 " + in.Insurer + "（第六十四条）"}}
		}),
	})
}

package ledger

import (
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
)

// Participants are the counts the host supplies for the yearly summary: the
// ledger does not know them and does not check them.
type Participants struct {
	Platforms int64 `json:"platforms"`
	Workers   int64 `json:"workers"`
	Injuries  int64 `json:"injuries"` // confirmed occupational injuries
}

// cashBasis names the accounting basis of Summary: cash (收付实现制).
const cashBasis = "cash"

// Summary is the scheme's yearly public summary (第七十七条: 参保、收支等情况):
// participants, income, expenditure by item, and the balance, on a cash
// basis (收付实现制): every amount is counted in the year its money moved,
// by the posting's Date, whatever fee period it belongs to; levy income
// cleared out of suspense by the day the money entered the treasury
// (第十八条, Posting.EntryDate); and an amount booked in a later year's
// period than its date (its year's books were closed) in that later year,
// listed in PriorYear (Journal.Summarize). Counts are postings, net of
// reversals: a reversal counts −1 where its original counted +1. The
// amounts are the last fields, in the order JSON has always written them.
type Summary struct {
	Year  int    `json:"year"`
	Basis string `json:"basis"` // always "cash" (收付实现制)
	// Participants are the host's counts, given as it supplied them.
	Participants Participants `json:"participants_from_host"`
	// LevyCount is the receipts (and clearings out of suspense) credited to
	// levy income.
	LevyCount int `json:"levy_count"`
	// RefundCount is the refunds paid in the year (Refunds).
	RefundCount int `json:"refund_count"`
	// InterestCount is the interest postings.
	InterestCount int         `json:"interest_count"`
	Expenditure   []ItemTotal `json:"expenditure"`
	// HeldCount is the open items held in suspense at the year's end (Held).
	HeldCount int `json:"held_count"`
	// ByFeePeriod is the accrual view, a second view beside the cash one:
	// levy income net of refunds by the fee period it belongs to
	// (费款所属期), for the fee periods of the year, as the books stand now
	// (whenever the money moved).
	ByFeePeriod []PeriodTotal `json:"by_fee_period"`
	// PriorYear lists every amount of the year's income and expenditure
	// that belongs by date to an earlier year (PriorYearLine), in the order
	// of the postings; empty, not nil, when there is none.
	PriorYear []PriorYearLine `json:"prior_year"`

	// LevyIncome is the levy income of the year net of refunds.
	LevyIncome money.Amount `json:"levy_income"`
	// Refunds are the 第十六条 refunds paid in the year: of levy income
	// (already deducted from LevyIncome) and of receipts held in suspense
	// (ClearHeld; never income).
	Refunds  money.Amount `json:"refunds"`
	Interest money.Amount `json:"interest_income"`
	Income   money.Amount `json:"income"`
	Spent    money.Amount `json:"spent"`
	// Balance is income − expenditure for the year.
	Balance money.Amount `json:"balance"`
	// Held is what the treasury received and the books hold in suspense
	// (暂收款) at the year's end, not yet income.
	Held money.Amount `json:"held_in_suspense"`
	// PriorYearLevy is the part of LevyIncome that entered the treasury in
	// an earlier year whose books were closed when it was booked
	// (ClosedYearRule BookInOpenYear), or that a clearing which also paid
	// money back booked when that money moved (ClearHeld): counted here,
	// since the earlier year's summary is not rewritten.
	PriorYearLevy money.Amount `json:"prior_year_levy"`
}

// PriorYearLine is an amount a year's summary counts though it belongs by
// date to an earlier year: it was booked in one of this year's periods
// because the earlier year's books were closed (以前年度入库、本年记账).
type PriorYearLine struct {
	// PostingID is the posting that books it.
	PostingID string  `json:"posting_id"`
	Subject   Subject `json:"subject"`
	// EntryDate is the day it belongs to: for levy income the day the
	// money entered the treasury (资金缴纳入库时间, 第十八条), for another
	// amount the posting's date.
	EntryDate calendar.Date `json:"entry_date"`
	// BookedOn is the posting's Date: for a clearing out of suspense, the
	// day the clearing was done.
	BookedOn calendar.Date `json:"booked_on"`
	// Period is the accounting period it is booked in, of this year.
	Period calendar.Month `json:"period"`
	// Amount is in the subject's natural sign (income, expenditure),
	// negative for a reversal or a refund.
	Amount money.Amount `json:"amount"`
}

// PeriodTotal is an amount for one fee period.
type PeriodTotal struct {
	Period calendar.Month `json:"period"`
	Amount money.Amount   `json:"amount"`
}

// sum is a checked sum of amounts and a count.
type sum struct {
	amount money.Amount
	count  int
	err    bool
}

func (s *sum) add(a money.Amount, n int) {
	amount, ok1 := s.amount.Add(a)
	count, ok2 := addInt(s.count, n)
	if !ok1 || !ok2 {
		s.err = true
		return
	}
	s.amount, s.count = amount, count
}

// sub subtracts a, checked (money.Amount.Sub).
func (s *sum) sub(a money.Amount) {
	amount, ok := s.amount.Sub(a)
	if !ok {
		s.err = true
		return
	}
	s.amount = amount
}

// addInt adds two counts, reporting false on overflow (int is 32 or 64
// bits).
func addInt(a, b int) (int, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, false
	}
	return c, true
}

// bookYear returns the year the summary counts an amount dated d and booked
// in period in: d's year, or period's when that is later (the books of d's
// year were closed when it was booked: late is true, an item of an earlier
// year).
func bookYear(d calendar.Date, period calendar.Month) (year int, late bool) {
	if y, py := d.Year(), period.Year(); py > y {
		return py, true
	}
	return d.Year(), false
}

// Summarize adds up the year on a cash basis (the social-insurance funds'
// accounts are kept on a cash basis: 社会保险基金会计制度, 财会〔2017〕28号,
// 总说明 第五条: 一般采用收付实现制): the postings dated in year, whatever
// their fee period. Levy income is net of refunds; the expenditure is by
// item with the number of payments; what sits in suspense at the year's end
// is shown apart. Reading: a benefit counts on the day the insurer paid it
// to the worker on the fund's behalf (委托承办, 第五十五、五十七条: the money
// reached the beneficiary then); the fund's settlement with the insurer the
// next month pays what it owes the insurer and is no second expenditure.
//
// Money held in suspense and cleared into income later is income as of the
// day it entered the treasury (第十八条: 按照市税务局反馈的资金缴纳入库时间…
// 完成…记账; Posting.EntryDate), not as of the clearing: it counts as levy
// income, and in LevyCount, in the year it entered the treasury, and is not
// Held at that year's end, even when the reconciliation clears it the next
// year (entered 2026-12-30, cleared 2027-01-10: 2026's income). A clearing
// without an EntryDate (written before issue 19) counts on its Date. What a
// clearing pays back (ClearHeld's refund) counts on its Date: the money
// left then.
//
// A reversal counts in the year its original counts in, with the opposite
// sign and −1 in the counts: it takes the original back in the original's
// period (no money moves), so a receipt of 2026-12-30 reversed on
// 2027-01-05 leaves neither year with it.
//
// A closed year is not rewritten: an amount booked in a period of a later
// year than its date (EntryDate, or Date) — the books of its own year were
// closed when it was booked (ClosedYearRule BookInOpenYear) — counts in the
// year of its period, and is listed in PriorYear with the day it belongs
// to. (The accrual view, ByFeePeriod, is as the books stand now: it takes
// in what a later year books for the year's fee periods.) Sums are
// money.Amount with checked additions: a sum out of range is code overflow.
func (j *Journal) Summarize(year int, p Participants) (Summary, error) {
	if j == nil {
		return Summary{}, errNilJournal
	}
	var levy, refunds, interest, held, prior sum
	exp := map[Subject]*sum{}
	byFee := map[calendar.Month]*sum{}
	lines := []PriorYearLine{}
	for _, c := range j.chunks {
		for i := range c {
			q := &c[i]
			// A reversal takes its original back (no money moves) in the
			// original's period: it counts where the original counts.
			dated, sign, clears := q.Date, 1, q.Clears != ""
			if q.Reverses != "" {
				sign = -1
				if i, ok := j.byID[q.Reverses]; ok {
					o := j.at(i)
					dated = o.Date
					// A clearing that pays a held receipt back (ClearHeld's
					// refund) is a refund too, though the money never was
					// income.
					clears = o.Clears != ""
				}
			}
			cashY, cashLate := bookYear(dated, q.Period)
			incY, incLate, entry := cashY, cashLate, dated
			if !q.EntryDate.IsZero() {
				incY, incLate = bookYear(q.EntryDate, q.Period)
				entry = q.EntryDate
			}
			fee := q.FeePeriod
			if fee.IsZero() {
				fee = q.Period
			}
			late := func(s Subject, amount money.Amount, on calendar.Date) {
				lines = append(lines, PriorYearLine{PostingID: q.ID, Subject: s, EntryDate: on, BookedOn: q.Date, Period: q.Period, Amount: amount})
			}
			var sus, inc money.Amount // the posting's net credits (within its totals)
			for _, l := range q.Lines {
				dr := net(l)      // debit − credit
				cr, _ := dr.Neg() // credit − debit
				switch {
				case l.Subject == SpecialAccount:
					if clears && cashY == year {
						refunds.add(cr, sign)
					}
				case l.Subject == Suspense:
					sus, _ = sus.Add(cr)
				case l.Subject == LevyIncome:
					inc, _ = inc.Add(cr)
					if fee.Year() == year {
						s := byFee[fee]
						if s == nil {
							s = &sum{}
							byFee[fee] = s
						}
						s.add(cr, 0)
					}
					if incY != year {
						continue
					}
					if (l.Credit.Sign() > 0) == (sign > 0) { // a receipt, or the reversal of one
						levy.add(cr, sign)
					} else { // a refund, or the reversal of one
						refunds.add(dr, sign)
						levy.add(cr, 0)
					}
					if incLate {
						prior.add(cr, 0)
						late(l.Subject, cr, entry)
					}
				case l.Subject == InterestIncome && cashY == year:
					interest.add(cr, sign)
					if cashLate {
						late(l.Subject, cr, dated)
					}
				case TypeOf(l.Subject) == Expense && cashY == year:
					s := exp[l.Subject]
					if s == nil {
						s = &sum{}
						exp[l.Subject] = s
					}
					s.add(dr, sign)
					if cashLate {
						late(l.Subject, dr, dated)
					}
				}
			}
			if !sus.IsZero() {
				held.addHeld(sus, inc, incY, cashY, year)
			}
		}
	}
	s := Summary{Year: year, Basis: cashBasis, Participants: p,
		LevyIncome: levy.amount, LevyCount: levy.count, Refunds: refunds.amount, RefundCount: refunds.count,
		Interest: interest.amount, InterestCount: interest.count,
		Held: held.amount, HeldCount: held.count, Expenditure: []ItemTotal{}, ByFeePeriod: []PeriodTotal{},
		PriorYearLevy: prior.amount, PriorYear: lines}
	bad := levy.err || refunds.err || interest.err || held.err || prior.err
	var spent sum
	for sub, e := range exp {
		bad = bad || e.err
		if !e.amount.IsZero() || e.count != 0 {
			s.Expenditure = append(s.Expenditure, ItemTotal{Subject: sub, Count: e.count, Amount: e.amount})
			spent.add(e.amount, 0)
		}
	}
	for m, e := range byFee {
		bad = bad || e.err
		s.ByFeePeriod = append(s.ByFeePeriod, PeriodTotal{Period: m, Amount: e.amount})
	}
	income := sum{amount: levy.amount}
	income.add(interest.amount, 0)
	bal := sum{amount: income.amount}
	bal.sub(spent.amount)
	if bad || spent.err || income.err || bal.err {
		return Summary{}, errzh.With(fmt.Errorf("%w: the summary of %d", errOverflow, year),
			"%d 年的汇总", year)
	}
	s.Income, s.Spent, s.Balance = income.amount, spent.amount, bal.amount
	sort.Slice(s.Expenditure, func(a, b int) bool { return s.Expenditure[a].Subject < s.Expenditure[b].Subject })
	sort.Slice(s.ByFeePeriod, func(a, b int) bool { return s.ByFeePeriod[a].Period.Before(s.ByFeePeriod[b].Period) })
	return s, nil
}

// addHeld adds to the suspense held at the end of year what a posting moves
// into it (sus, its net credit; negative out of it): the part the
// posting's income comes out of (inc, its net credit to levy income) as of
// incY, the year of its entry date, and the rest (money paid back, or a
// receipt held) as of cashY (for a posting without an EntryDate the two
// years are one). The open-item count moves with the last part to move.
// Every figure lies within the posting's totals: nothing here overflows.
func (s *sum) addHeld(sus, inc money.Amount, incY, cashY, year int) {
	n := 1
	if sus.Sign() < 0 {
		n = -1
	}
	if incY == cashY {
		if cashY <= year {
			s.add(sus, n)
		}
		return
	}
	// The income part, within what the posting moves in suspense.
	var zero, part money.Amount
	out, _ := inc.Neg()
	if sus.Sign() < 0 {
		part = larger(sus, smaller(zero, out))
	} else {
		part = smaller(sus, larger(zero, out))
	}
	rest, _ := sus.Sub(part) // sus and part have the same sign, |part| ≤ |sus|
	var amount money.Amount
	if incY <= year {
		amount = part
	}
	if cashY <= year {
		amount, _ = amount.Add(rest) // between 0 and sus
	}
	last := incY
	if !rest.IsZero() {
		last = max(incY, cashY)
	}
	if last > year {
		n = 0
	}
	s.add(amount, n)
}

// WriteTable writes the summary as a readable table.
// A nil w is an error.
func (s Summary) WriteTable(w io.Writer) error {
	if w == nil {
		return errors.New("ledger: WriteTable: nil io.Writer")
	}
	row := func(label string, amount fmt.Stringer, count string) string {
		return fmt.Sprintf("  %-46s %16s %s", label, amount, count)
	}
	n := func(c int) string { return fmt.Sprintf("(%d)", c) }
	lines := []string{
		fmt.Sprintf("Occupational-injury protection fund, %d, cash basis (第七十七条)", s.Year),
		fmt.Sprintf("  as supplied by the host: platforms %d, workers %d, confirmed injuries %d", s.Participants.Platforms, s.Participants.Workers, s.Participants.Injuries),
		row("income: levy (net of refunds)", s.LevyIncome, n(s.LevyCount)),
		row("  of which refunds paid (第十六条)", minus(s.Refunds), n(s.RefundCount)),
	}
	if len(s.PriorYear) > 0 {
		lines = append(lines, row("  of which entered in an earlier, closed year", s.PriorYearLevy, ""))
	}
	lines = append(lines,
		row("income: interest", s.Interest, n(s.InterestCount)),
		row("income", s.Income, ""))
	for _, e := range s.Expenditure {
		lines = append(lines, row("expenditure: "+string(e.Subject), e.Amount, n(e.Count)))
	}
	lines = append(lines,
		row("expenditure", s.Spent, ""),
		row("balance (income − expenditure)", s.Balance, ""),
		row("held in suspense at year end (暂收款)", s.Held, n(s.HeldCount)))
	for _, l := range s.PriorYear {
		lines = append(lines, fmt.Sprintf("  earlier year: %s %s, entered %s, booked %s in %s: %s", l.PostingID, l.Subject, l.EntryDate, l.BookedOn, l.Period, l.Amount))
	}
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, trimRight(l)); err != nil {
			return err
		}
	}
	return nil
}

// minus is −a as text (an Amount cannot hold −money.MinFen).
type minus money.Amount

func (a minus) String() string {
	t := money.Amount(a).String()
	switch {
	case t[0] == '-':
		return t[1:]
	case money.Amount(a).IsZero():
		return t
	}
	return "-" + t
}

func trimRight(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

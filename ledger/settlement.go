package ledger

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
)

// Payment is one benefit payment the insurer made on the fund's behalf
// (第五十五、五十七条).
type Payment struct {
	ID      string          `json:"id"`
	Date    calendar.Date   `json:"date"`
	Insurer string          `json:"insurer"`
	Worker  string          `json:"worker"`
	Subject Subject         `json:"subject"` // an expense subject: BenefitSubject(kind), Medical, AssessmentFee
	Amount  decimal.Decimal `json:"amount"`
}

// Settlement is what the fund settles with an insurer for one month's
// payments, by expenditure item (第五十七条: 按月结算), and the payments above
// the warning limit listed for review (第五十六条).
type Settlement struct {
	Insurer  string          `json:"insurer"`
	Month    calendar.Month  `json:"month"`     // the month the insurer paid
	SettleIn calendar.Month  `json:"settle_in"` // the month the fund settles: the next one
	ByItem   []ItemTotal     `json:"by_item"`
	Total    decimal.Decimal `json:"total"`
	// Review lists the payments above the warning limit (第五十六条).
	Review []Payment `json:"review"`
	// Postings book the payments as expenditure owed to the insurer; Settle
	// is the posting that pays the insurer from the special account.
	Postings []Posting `json:"postings"`
	Settle   Posting   `json:"settle"`
}

// ItemTotal is one expenditure item's total.
type ItemTotal struct {
	Subject Subject         `json:"subject"`
	Count   int             `json:"count"`
	Amount  decimal.Decimal `json:"amount"`
}

// ErrBadPayment is wrapped by Settle's input errors.
var ErrBadPayment = errors.New("ledger: invalid benefit payment")

// Settle computes an insurer's settlement for the payments it made in month:
// totals by expenditure item, the payments above warningLimit (zero: none
// set) for extra review, the postings that book each payment (debit its
// expense subject, credit InsurerPayable, in the payment's month), and the
// posting that settles the insurer on settleOn, a day of the next month
// (debit InsurerPayable, credit SpecialAccount). Payments of other months or
// insurers, or repeated IDs, are errors, not silently dropped.
func Settle(insurer string, month calendar.Month, payments []Payment, warningLimit decimal.Decimal, settleOn calendar.Date) (Settlement, error) {
	next, err := month.AddMonths(1)
	if err != nil {
		return Settlement{}, err
	}
	if calendar.MonthOfDate(settleOn) != next {
		return Settlement{}, fmt.Errorf("%w: settlement on %s is not in %s, the month after %s (第五十七条)", ErrBadPayment, settleOn, next, month)
	}
	if err := money.Sane(warningLimit); err != nil {
		return Settlement{}, fmt.Errorf("%w: warning limit: %v", ErrBadPayment, err)
	}
	s := Settlement{Insurer: insurer, Month: month, SettleIn: next, Total: decimal.New(0, -2), Review: []Payment{}}
	byItem := map[Subject]*ItemTotal{}
	seen := map[string]bool{}
	for i, p := range payments {
		switch {
		case p.ID == "" || seen[p.ID]:
			return Settlement{}, fmt.Errorf("%w: payment #%d: missing or repeated ID %q", ErrBadPayment, i+1, p.ID)
		case p.Insurer != insurer:
			return Settlement{}, fmt.Errorf("%w: payment %q is by %q, not %q", ErrBadPayment, p.ID, p.Insurer, insurer)
		case calendar.MonthOfDate(p.Date) != month:
			return Settlement{}, fmt.Errorf("%w: payment %q dated %s is not in %s", ErrBadPayment, p.ID, p.Date, month)
		case TypeOf(p.Subject) != Expense || !Known(p.Subject):
			return Settlement{}, fmt.Errorf("%w: payment %q: %q is not an expenditure subject of the scheme", ErrBadPayment, p.ID, p.Subject)
		case !p.Amount.IsPositive() || money.Sane(p.Amount) != nil || !inFen(p.Amount):
			return Settlement{}, fmt.Errorf("%w: payment %q: amount %s", ErrBadPayment, p.ID, p.Amount)
		case strings.TrimSpace(p.Worker) == "":
			return Settlement{}, fmt.Errorf("%w: payment %q: no worker", ErrBadPayment, p.ID)
		}
		seen[p.ID] = true
		t := byItem[p.Subject]
		if t == nil {
			t = &ItemTotal{Subject: p.Subject, Amount: decimal.New(0, -2)}
			byItem[p.Subject] = t
		}
		t.Count++
		t.Amount = t.Amount.Add(p.Amount)
		s.Total = s.Total.Add(p.Amount)
		if !warningLimit.IsZero() && p.Amount.GreaterThan(warningLimit) {
			s.Review = append(s.Review, p)
		}
		s.Postings = append(s.Postings, Posting{ID: "benefit-paid:" + p.ID, Date: p.Date, Period: month,
			Counterparty: Counterparty{Kind: "worker", ID: p.Worker}, Source: "insurer " + insurer + " payment " + p.ID + "; 第五十、五十七条",
			Lines: []Line{{Subject: p.Subject, Debit: p.Amount}, {Subject: InsurerPayable, Credit: p.Amount}}})
	}
	for _, t := range byItem {
		s.ByItem = append(s.ByItem, *t)
	}
	sort.Slice(s.ByItem, func(a, b int) bool { return s.ByItem[a].Subject < s.ByItem[b].Subject })
	if s.Total.IsPositive() {
		s.Settle = Posting{ID: "insurer-settlement:" + insurer + ":" + month.String(), Date: settleOn, Period: month,
			Counterparty: Counterparty{Kind: "insurer", ID: insurer}, Source: "第五十七条 monthly settlement",
			Lines: []Line{{Subject: InsurerPayable, Debit: s.Total}, {Subject: SpecialAccount, Credit: s.Total}}}
	}
	return s, nil
}

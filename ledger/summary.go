package ledger

import (
	"fmt"
	"io"
	"sort"

	"github.com/shopspring/decimal"
)

// Participants are the counts the host supplies for the yearly summary.
type Participants struct {
	Platforms int64 `json:"platforms"`
	Workers   int64 `json:"workers"`
	Injuries  int64 `json:"injuries"` // confirmed occupational injuries
}

// Summary is the scheme's yearly public summary (第七十七条): participants,
// income, expenditure by item, and the balance.
type Summary struct {
	Year         int             `json:"year"`
	Participants Participants    `json:"participants"`
	LevyIncome   decimal.Decimal `json:"levy_income"`
	Interest     decimal.Decimal `json:"interest_income"`
	Income       decimal.Decimal `json:"income"`
	Expenditure  []ItemTotal     `json:"expenditure"`
	Spent        decimal.Decimal `json:"spent"`
	// Balance is income − expenditure for the year.
	Balance decimal.Decimal `json:"balance"`
}

// Summarize adds up the year's periods: income (levy net of refunds, and
// interest) and expenditure by item, from the balances of the journal.
func (j *Journal) Summarize(year int, p Participants) Summary {
	zero := decimal.New(0, -2)
	s := Summary{Year: year, Participants: p, LevyIncome: zero, Interest: zero, Spent: zero, Expenditure: []ItemTotal{}}
	exp := map[Subject]decimal.Decimal{}
	for k := range j.balance {
		if k.period.Year() != year {
			continue
		}
		b := j.Balance(k.subject, k.period)
		switch {
		case k.subject == LevyIncome:
			s.LevyIncome = s.LevyIncome.Add(b)
		case k.subject == InterestIncome:
			s.Interest = s.Interest.Add(b)
		case TypeOf(k.subject) == Expense:
			if v, ok := exp[k.subject]; ok {
				exp[k.subject] = v.Add(b)
			} else {
				exp[k.subject] = b
			}
		}
	}
	for sub, amt := range exp {
		if !amt.IsZero() {
			s.Expenditure = append(s.Expenditure, ItemTotal{Subject: sub, Amount: amt})
			s.Spent = s.Spent.Add(amt)
		}
	}
	sort.Slice(s.Expenditure, func(a, b int) bool { return s.Expenditure[a].Subject < s.Expenditure[b].Subject })
	s.Income = s.LevyIncome.Add(s.Interest)
	s.Balance = s.Income.Sub(s.Spent)
	return s
}

// WriteTable writes the summary as a readable table.
func (s Summary) WriteTable(w io.Writer) error {
	lines := []string{
		fmt.Sprintf("Occupational-injury protection fund, %d (第七十七条)", s.Year),
		fmt.Sprintf("  platforms %d, workers %d, confirmed injuries %d", s.Participants.Platforms, s.Participants.Workers, s.Participants.Injuries),
		fmt.Sprintf("  %-40s %16s", "income: levy (net of refunds)", s.LevyIncome.StringFixed(2)),
		fmt.Sprintf("  %-40s %16s", "income: interest", s.Interest.StringFixed(2)),
		fmt.Sprintf("  %-40s %16s", "income", s.Income.StringFixed(2)),
	}
	for _, e := range s.Expenditure {
		lines = append(lines, fmt.Sprintf("  %-40s %16s", "expenditure: "+string(e.Subject), e.Amount.StringFixed(2)))
	}
	lines = append(lines,
		fmt.Sprintf("  %-40s %16s", "expenditure", s.Spent.StringFixed(2)),
		fmt.Sprintf("  %-40s %16s", "balance (income − expenditure)", s.Balance.StringFixed(2)))
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	return nil
}

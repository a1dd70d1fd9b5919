package ledger

// Balances of a subject by period and over all periods.

import (
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
)

// Balance returns subject's balance in period in its natural sign: debits −
// credits for assets and expenses, credits − debits for liabilities, net
// assets and income.
func (j *Journal) Balance(s Subject, period calendar.Month) money.Amount {
	if j == nil {
		return money.Amount{}
	}
	return natural(s, j.balance[cell{s, period}])
}

// Total returns subject's balance over all periods, in its natural sign.
func (j *Journal) Total(s Subject) money.Amount {
	if j == nil {
		return money.Amount{}
	}
	return natural(s, j.total[s])
}

// natural is a balance (debits − credits) in s's natural sign. Post keeps
// every balance of a subject whose sign it turns above money.MinFen, so the
// negation fits.
func natural(s Subject, raw money.Amount) money.Amount {
	if negated(s) {
		neg, _ := raw.Neg()
		return neg
	}
	return raw
}

// negated reports whether s's natural sign is credits − debits.
func negated(s Subject) bool {
	t := TypeOf(s)
	return t == Liability || t == Income || t == NetAssets
}

// BalanceRow is one subject's balance in one period.
type BalanceRow struct {
	Subject Subject        `json:"subject"`
	Period  calendar.Month `json:"period"`
	Balance money.Amount   `json:"balance"`
}

// Balances returns every non-zero balance, by period then subject.
func (j *Journal) Balances() []BalanceRow {
	if j == nil {
		return nil
	}
	var out []BalanceRow
	for k := range j.balance {
		if b := j.Balance(k.subject, k.period); !b.IsZero() {
			out = append(out, BalanceRow{k.subject, k.period, b})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Period != out[b].Period {
			return out[a].Period.Before(out[b].Period)
		}
		return out[a].Subject < out[b].Subject
	})
	return out
}

package ledger

// Balances of a subject by period and over all periods.

import (
	"sort"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
)

// Balance returns subject's balance in period in its natural sign: debits −
// credits for assets and expenses, credits − debits for liabilities, net
// assets and income.
func (j *Journal) Balance(s Subject, period calendar.Month) decimal.Decimal {
	if j == nil {
		return natural(s, 0)
	}
	return natural(s, j.balance[cell{s, period}])
}

// Total returns subject's balance over all periods, in its natural sign.
func (j *Journal) Total(s Subject) decimal.Decimal {
	if j == nil {
		return natural(s, 0)
	}
	return natural(s, j.total[s])
}

func natural(s Subject, fen int64) decimal.Decimal {
	d := decimal.New(fen, -2)
	if t := TypeOf(s); t == Liability || t == Income || t == NetAssets {
		d = d.Neg()
	}
	return d
}

// BalanceRow is one subject's balance in one period.
type BalanceRow struct {
	Subject Subject         `json:"subject"`
	Period  calendar.Month  `json:"period"`
	Balance decimal.Decimal `json:"balance"`
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

package ledger_test

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// basisScenario books, through the package's own functions, one posting of
// every kind the package builds: receipts as income and held in suspense,
// a clearing by reconciliation booked late (its entry month closed), a
// receipt booked late, the three ways ClearHeld settles an item, a refund,
// a top-up, an insurer's payments and monthly settlement, and a host's
// posting and reversal. The same code, run by the version before issue 20,
// wrote testdata/journal-before-issue20.json (English sentences in
// "source"): it only calls what both versions have.
func basisScenario() (*ledger.Journal, error) {
	d := func(s string) calendar.Date { v, _ := calendar.ParseDate(s); return v }
	m := func(s string) calendar.Month { v, _ := calendar.ParseMonth(s); return v }
	a := money.MustParse
	feb, mar, apr := m("2026-02"), m("2026-03"), m("2026-04")
	j := ledger.NewJournal(0)
	post := func(ps ...ledger.Posting) error {
		for _, p := range ps {
			if _, err := j.Post(p); err != nil {
				return fmt.Errorf("%s: %w", p.ID, err)
			}
		}
		return nil
	}
	if err := post(ledger.Posting{ID: "OPEN", Date: d("2026-01-02"), Period: m("2026-01"),
		Counterparty: ledger.Counterparty{Kind: ledger.BankParty, ID: "special-account"}, Source: "opening balance",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: a("100000.00")}, {Subject: ledger.FundBalance, Credit: a("100000.00")}}}); err != nil {
		return nil, err
	}
	receipts := []ledger.Receipt{
		{ID: "T1", Platform: "platform-a", Period: feb, Amount: a("100.00"), EntryDate: d("2026-03-20")},
		{ID: "T2", Platform: "platform-b", Period: feb, Amount: a("50.00"), EntryDate: d("2026-03-21")},
		{ID: "T3", Platform: "platform-c", Period: feb, Amount: a("30.00"), EntryDate: d("2026-03-22")},
		{ID: "T4", Platform: "platform-d", Period: feb, Amount: a("40.00"), EntryDate: d("2026-03-22")},
		{ID: "T5", Platform: "platform-e", Period: feb, Amount: a("40.00"), EntryDate: d("2026-03-23")},
	}
	collections := []ledger.Collection{{ID: "C1", Platform: "platform-a", Period: feb, Amount: a("100.00")}}
	due := []ledger.Due{{Platform: "platform-a", Period: feb, Amount: a("100.00")}, {Platform: "platform-b", Period: feb, Amount: a("50.00")},
		{Platform: "platform-c", Period: feb, Amount: a("30.00")}, {Platform: "platform-d", Period: feb, Amount: a("40.00")},
		{Platform: "platform-e", Period: feb, Amount: a("40.00")}, {Platform: "platform-f", Period: feb, Amount: a("60.00")}}
	r, err := j.Reconcile(receipts, collections, due, d("2026-03-25"))
	if err != nil {
		return nil, err
	}
	if err := post(r.Postings...); err != nil {
		return nil, err
	}
	s, err := ledger.Settle("insurer-x", mar, []ledger.Payment{
		{ID: "P1", Date: d("2026-03-05"), Insurer: "insurer-x", Worker: "w1", Subject: ledger.Medical, Amount: a("500.00")},
		{ID: "P2", Date: d("2026-03-06"), Insurer: "insurer-x", Worker: "w2", Subject: ledger.Medical, Amount: a("300.00")},
	}, money.Amount{}, d("2026-04-12"))
	if err != nil {
		return nil, err
	}
	if err := post(s.Postings...); err != nil {
		return nil, err
	}
	j.Close(mar)
	receipts = append(receipts, ledger.Receipt{ID: "T6", Platform: "platform-f", Period: feb, Amount: a("60.00"), EntryDate: d("2026-03-28")})
	collections = append(collections, ledger.Collection{ID: "C2", Platform: "platform-b", Period: feb, Amount: a("50.00")},
		ledger.Collection{ID: "C6", Platform: "platform-f", Period: feb, Amount: a("60.00")})
	if r, err = j.Reconcile(receipts, collections, due, d("2026-04-10")); err != nil {
		return nil, err
	}
	if err := post(r.Postings...); err != nil {
		return nil, err
	}
	if err := post(s.Settle); err != nil {
		return nil, err
	}
	for _, it := range j.OpenItems() {
		var p ledger.Posting
		switch it.Counterparty.ID {
		case "platform-c":
			p, err = ledger.ClearHeld("CH3", it, d("2026-04-15"), a("10.00"), "platform-c 基本存款账户")
		case "platform-d":
			p, err = ledger.ClearHeld("CH4", it, d("2026-04-15"), money.Amount{}, "")
		case "platform-e":
			p, err = ledger.ClearHeld("CH5", it, d("2026-04-15"), a("40.00"), "platform-e 基本存款账户")
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := post(p); err != nil {
			return nil, err
		}
	}
	for _, x := range []struct {
		id  string
		adj ledger.Adjustment
		to  string
	}{
		{"RF1", ledger.Adjustment{Platform: "platform-a", Period: feb, Direction: ledger.RefundDue, Amount: a("1.67")}, "platform-a 基本存款账户"},
		{"TU1", ledger.Adjustment{Platform: "platform-a", Period: feb, Direction: ledger.TopUpDue, Amount: a("0.50")}, ""},
	} {
		p, ok, err := ledger.Refund(x.id, x.adj, d("2026-04-16"), x.to)
		if err != nil || !ok {
			return nil, fmt.Errorf("%s: %v %v", x.id, ok, err)
		}
		if err := post(p); err != nil {
			return nil, err
		}
	}
	if err := j.Reverse("RF1", "RV1", d("2026-04-20"), "refund entered twice"); err != nil {
		return nil, err
	}
	_ = apr
	return j, nil
}

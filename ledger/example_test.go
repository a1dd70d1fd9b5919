package ledger_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

func mustMonth(s string) calendar.Month { m, _ := calendar.ParseMonth(s); return m }
func mustDay(s string) calendar.Date    { d, _ := calendar.ParseDate(s); return d }

// Posting the same document twice changes nothing.
func ExampleJournal_Post() {
	var j ledger.Journal
	p := ledger.Posting{ID: "tax-2026-04-0001", Date: mustDay("2026-04-20"), Period: mustMonth("2026-03"),
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "platform-b"}, Source: "treasury receipt T1",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("248.33")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("248.33")}}}
	dup1, err1 := j.Post(p)
	dup2, err2 := j.Post(p)
	fmt.Println(dup1, err1, dup2, err2, j.Len(), j.Balance(ledger.LevyIncome, mustMonth("2026-03")))
	// Output: false <nil> true <nil> 1 248.33
}

// Corrections are reversals, never deletions.
func ExampleJournal_Reverse() {
	var j ledger.Journal
	_, _ = j.Post(ledger.Posting{ID: "D1", Date: mustDay("2026-04-20"), Period: mustMonth("2026-03"),
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "receipt",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("10.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("10.00")}}})
	err := j.Reverse("D1", "R1", mustDay("2026-04-25"), "entered twice")
	fmt.Println(err, j.Len(), j.Balance(ledger.LevyIncome, mustMonth("2026-03")).String())
	// Output: <nil> 2 0.00
}

func ExampleReconcile() {
	r, _ := ledger.Reconcile(
		[]ledger.Receipt{{ID: "T1", Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.33"), EntryDate: mustDay("2026-04-21")}},
		[]ledger.Collection{{ID: "C1", Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.33")}},
		[]ledger.Due{{Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.33")}})
	m := r.Matches[0]
	fmt.Println(m.Treasury, m.Orders, m.Booked, r.Postings[0].Date)
	// Output: matched consistent true 2026-04-21
}

func ExampleSettle() {
	grant := ledger.BenefitSubject(benefits.OneTimeDisabilityGrant)
	s, _ := ledger.Settle("insurer-x", mustMonth("2026-04"), []ledger.Payment{
		{ID: "P1", Date: mustDay("2026-04-03"), Insurer: "insurer-x", Worker: "w1", Subject: grant, Amount: money.MustParse("116914.35")},
		{ID: "P2", Date: mustDay("2026-04-10"), Insurer: "insurer-x", Worker: "w2", Subject: ledger.Medical, Amount: money.MustParse("9170.00")},
	}, money.MustParse("100000"), mustDay("2026-05-12"))
	fmt.Println(s.Total, s.SettleIn, len(s.Review), s.Review[0].ID)
	// Output: 126084.35 2026-05 1 P1
}

// A refund for March, a fee period whose accounting period is closed, is
// booked in May, when it is paid, and carries its fee period.
func ExampleRefund() {
	p, _, _ := ledger.Refund("refund-0001", ledger.Adjustment{Platform: "platform-b", Period: mustMonth("2026-03"), Direction: ledger.RefundDue, Amount: money.MustParse("1.67")}, mustDay("2026-05-10"), "platform-b's account")
	fmt.Println(p.Period, p.FeePeriod, p.Lines[0].Subject, p.Lines[0].Debit, p.Lines[1].Subject, p.Lines[1].Credit)
	// Output: 2026-05 2026-03 ozb.income.levy 1.67 ozb.asset.special_account 1.67
}

// A receipt whose records do not agree is held in suspense; a corrected
// collection record clears it into income.
func ExampleJournal_Reconcile() {
	var j ledger.Journal
	receipts := []ledger.Receipt{{ID: "T1", Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.30"), EntryDate: mustDay("2026-04-21")}}
	bills := []ledger.Due{{Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.30")}}
	r, _ := j.Reconcile(receipts, []ledger.Collection{{ID: "C1", Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.33")}}, bills, mustDay("2026-04-22"))
	for _, p := range r.Postings {
		_, _ = j.Post(p)
	}
	fmt.Println(r.Matches[0].Treasury, len(r.OpenItems), j.Total(ledger.Suspense), j.Total(ledger.LevyIncome))
	r, _ = j.Reconcile(receipts, []ledger.Collection{{ID: "C1-corrected", Platform: "platform-b", Period: mustMonth("2026-03"), Amount: money.MustParse("248.30")}}, bills, mustDay("2026-04-28"))
	for _, p := range r.Postings {
		_, _ = j.Post(p)
	}
	fmt.Println(r.Matches[0].Orders, r.Postings[0].ID, len(r.OpenItems), j.Total(ledger.Suspense), j.Total(ledger.LevyIncome))
	// Output:
	// amount_mismatch 1 248.30 0.00
	// consistent suspense-clear:T1 0 0.00 248.30
}

func ExampleSummary_WriteTable() {
	var j ledger.Journal
	_, _ = j.Post(ledger.Posting{ID: "D1", Date: mustDay("2026-04-20"), Period: mustMonth("2026-04"), FeePeriod: mustMonth("2026-03"),
		Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "receipt",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("248.33")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("248.33")}}})
	s, _ := j.Summarize(2026, ledger.Participants{Platforms: 1, Workers: 900, Injuries: 0})
	_ = s.WriteTable(os.Stdout)
	// Output:
	// Occupational-injury protection fund, 2026, cash basis (第七十七条)
	//   as supplied by the host: platforms 1, workers 900, confirmed injuries 0
	//   income: levy (net of refunds)                            248.33 (1)
	//     of which refunds paid (第十六条)                             0.00 (0)
	//   income: interest                                           0.00 (0)
	//   income                                                   248.33
	//   expenditure                                                0.00
	//   balance (income − expenditure)                           248.33
	//   held in suspense at year end (暂收款)                         0.00 (0)
}

// An insurer whose agreement ended for failing its annual review (第六十四条
// (一)) may not be chosen again for three years.
func ExampleCheckInsurer() {
	ends := []ledger.AgreementEnd{{Insurer: "insurer-x", Ended: mustDay("2026-05-10"), Reason: ledger.FailedAnnualReview}}
	last, _, _ := ends[0].BanEnds()
	fmt.Println(last)
	fmt.Println(ledger.CheckInsurer("insurer-x", mustDay("2029-05-10"), ends) != nil)
	fmt.Println(ledger.CheckInsurer("insurer-x", mustDay("2029-05-11"), ends))
	// Output:
	// 2029-05-10
	// true
	// <nil>
}

// Money that entered the treasury on 30 December, held in suspense and
// cleared by the reconciliation of 10 January, is the income of the year it
// entered (第十八条: booked by 资金缴纳入库时间; 第七十七条): the clearing keeps
// its own date and carries the entry date.
func ExampleJournal_Summarize() {
	var j ledger.Journal
	fee := mustMonth("2026-11")
	receipts := []ledger.Receipt{{ID: "T1", Platform: "platform-b", Period: fee, Amount: money.MustParse("300.00"), EntryDate: mustDay("2026-12-30")}}
	bills := []ledger.Due{{Platform: "platform-b", Period: fee, Amount: money.MustParse("300.00")}}
	r, _ := j.Reconcile(receipts, []ledger.Collection{{ID: "C1", Platform: "platform-b", Period: fee, Amount: money.MustParse("300.07")}}, bills, mustDay("2026-12-31"))
	for _, p := range r.Postings {
		_, _ = j.Post(p)
	}
	r, _ = j.Reconcile(receipts, []ledger.Collection{{ID: "C1-corrected", Platform: "platform-b", Period: fee, Amount: money.MustParse("300.00")}}, bills, mustDay("2027-01-10"))
	for _, p := range r.Postings {
		_, _ = j.Post(p)
		fmt.Println(p.ID, "done", p.Date, "entered", p.EntryDate, "booked in", p.Period)
	}
	for _, year := range []int{2026, 2027} {
		s, _ := j.Summarize(year, ledger.Participants{})
		fmt.Println(year, "levy income", s.LevyIncome.String(), "held at year end", s.Held.String())
	}
	// Output:
	// suspense-clear:T1 done 2027-01-10 entered 2026-12-30 booked in 2026-12
	// 2026 levy income 300.00 held at year end 0.00
	// 2027 levy income 0.00 held at year end 0.00
}

// A posting the package builds keeps what happened as data (its Basis);
// the English and Chinese are rendered from it, never stored.
func ExamplePosting_Explain() {
	p, _, _ := ledger.Refund("RF-2026-05-001", ledger.Adjustment{Platform: "platform-b", Period: mustMonth("2026-03"),
		Direction: ledger.RefundDue, Amount: money.MustParse("1.67")}, mustDay("2026-05-10"), "platform-b 基本存款账户")
	b, _ := json.Marshal(p.Basis)
	fmt.Println(string(b))
	fmt.Println(p.Explain(explain.English))
	fmt.Println(p.Explain(explain.Chinese))
	// Output:
	// {"rule":"refund","to":"platform-b 基本存款账户"}
	// refund of 1.67 for fee period 2026-03 (退款所属费款账期) to platform-b 基本存款账户; 第十六条
	// 退还 1.67 元，属 2026-03 费款账期（退款所属费款账期），退至 platform-b 基本存款账户（第十六条）
}

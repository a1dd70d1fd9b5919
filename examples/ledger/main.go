// Command ledger walks one month of the scheme's books end to end: the bills
// the platforms declare (from their order executions, 第十、十四条), what the
// tax bureau collected and the treasury received, the two-step
// reconciliation (第十七、十八条, with one deliberate mismatch), the income
// booked, a refund (第十六条), the interest, the benefits the insurer paid
// and its settlement the next month (第五十六、五十七条), the fees of
// 第五十条, the closing of the period, and the year's summary (第七十七条).
//
// Usage:
//
//	go run ./examples/ledger                 # the sample month: testdata/ledger/month-2026-03.json
//	go run ./examples/ledger -json           # the books (snapshot), reconciliation, settlement and summary as JSON
//	go run ./examples/ledger -month FILE.json
//	cd examples/ledger && go run .           # the same sample, from the example's folder
//
// Tables are aligned by display width (a CJK character takes two cells) and
// yes/no answers read 是/否. The sample month names its order and setup files
// relative to the module root; they are found from the root or from this
// folder.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// month is the sample month's file.
type month struct {
	Period calendar.Month `json:"period"`
	Orders string         `json:"orders"`
	Setup  string         `json:"setup"`
	// Opening is the money already in the special account (基金结余).
	Opening struct {
		ID     string        `json:"id"`
		Date   calendar.Date `json:"date"`
		Amount money.Amount  `json:"amount" strict:"required"`
	} `json:"opening"`
	Collections []ledger.Collection `json:"collections"`
	Receipts    []ledger.Receipt    `json:"receipts"`
	Refunds     []struct {
		ID         string            `json:"id"`
		Date       calendar.Date     `json:"date"`
		To         string            `json:"direction"` // the account a refund is paid to
		Adjustment ledger.Adjustment `json:"adjustment"`
	} `json:"refunds"`
	Interest struct {
		ID     string        `json:"id"`
		Date   calendar.Date `json:"date"`
		Amount money.Amount  `json:"amount" strict:"required"`
	} `json:"interest"`
	Insurer      string           `json:"insurer"`
	Payments     []ledger.Payment `json:"payments"`
	WarningLimit money.Amount     `json:"warning_limit"`
	SettleOn     calendar.Date    `json:"settle_on"`
	Fees         []struct {
		ID           string         `json:"id"`
		Date         calendar.Date  `json:"date"`
		Subject      ledger.Subject `json:"subject"`
		Amount       money.Amount   `json:"amount" strict:"required"`
		Counterparty string         `json:"counterparty"`
	} `json:"fees"`
	Participants ledger.Participants `json:"participants"`
}

type output struct {
	Bills          []billOut             `json:"bills"`
	Reconciliation ledger.Reconciliation `json:"reconciliation"`
	Settlement     ledger.Settlement     `json:"settlement"`
	Books          ledger.Snapshot       `json:"books"`
	Balances       []ledger.BalanceRow   `json:"balances"`
	Summary        ledger.Summary        `json:"summary"`
}

type billOut struct {
	Platform string `json:"platform"`
	Total    string `json:"total"`
	// DeclarationDeadline is absent when it is unknown (its year's
	// schedule is not loaded): Unknown lists it, as levy.Bill does.
	DeclarationDeadline calendar.Date `json:"declaration_deadline,omitzero"`
	Unknown             []unknownOut  `json:"unknown_deadlines,omitempty"`
}

// unknownOut is a bill's deadline that cannot be computed (its year's
// schedule is not loaded): its JSON key, articles, the day it is not
// before and why.
type unknownOut struct {
	Name        string        `json:"name"`
	Articles    string        `json:"articles"`
	NotBefore   calendar.Date `json:"not_before,omitzero"`
	Unknown     string        `json:"unknown"`
	UnknownYear int           `json:"unknown_year,omitempty"`
}

// unknownDeadlines lists b's unknown deadlines.
func unknownDeadlines(b levy.Bill) []unknownOut {
	var out []unknownOut
	for _, x := range []struct {
		name, articles string
		dl             calendar.Deadline
	}{{"declaration_deadline", "第十四条", b.Declaration}, {"push_deadline", "第九条", b.Push}} {
		if err := x.dl.Err(); !x.dl.Known() && err != nil {
			u := unknownOut{Name: x.name, Articles: x.articles, NotBefore: x.dl.NotBefore(), Unknown: err.Error()}
			var nc *calendar.YearNotCoveredError
			if errors.As(err, &nc) {
				u.UnknownYear = nc.Year
			}
			out = append(out, u)
		}
	}
	return out
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ledger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("month", "testdata/ledger/month-2026-03.json", "the sample month `file`")
	asJSON := fs.Bool("json", false, "print the books and results as JSON")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: ledger [-month FILE] [-json]\n\n")
		fs.PrintDefaults()
	}
	if code, ok := cli.Parse(fs, args); !ok {
		return code
	}
	out, log, err := walk(*path)
	if err != nil {
		fmt.Fprintf(stderr, "ledger: %v\n", err)
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, out); err != nil {
			fmt.Fprintf(stderr, "ledger: %v\n", err)
			return 1
		}
		return 0
	}
	_, _ = io.Copy(stdout, &log)
	return 0
}

func walk(path string) (output, bytes.Buffer, error) {
	var log bytes.Buffer
	var out output
	data, err := cli.ReadInput(textout.Locate(path), nil)
	if err != nil {
		return out, log, err
	}
	var m month
	// Strict, as the library's readers: no unknown key, no key in another
	// case or written twice, nothing after the value.
	if err := strictjson.Decode(data, &m); err != nil {
		return out, log, fmt.Errorf("%s: %w", path, err)
	}
	cal := calendar.Default()
	say := func(f string, a ...any) { fmt.Fprintf(&log, f+"\n", a...) }

	// 1. The bills, from the month's order executions.
	bills, err := declare(m, cal)
	if err != nil {
		return out, log, err
	}
	say("1. Bills declared for %s (第十四条)", m.Period)
	rows := [][]string{{"平台", "应缴金额（元）", "申报期限"}}
	for _, b := range bills {
		due, by := "", b.Declaration.Date
		if !by.IsZero() {
			due = by.String()
		}
		unknown := unknownDeadlines(b)
		for _, u := range unknown {
			if u.Name == "declaration_deadline" {
				why := u.Unknown
				if u.UnknownYear != 0 {
					why = fmt.Sprintf("%d 年放假安排尚未载入", u.UnknownYear)
				}
				due = fmt.Sprintf("未知（%s；不早于 %s）", why, u.NotBefore)
			}
		}
		rows = append(rows, []string{b.Platform, b.Total.String(), due})
		out.Bills = append(out.Bills, billOut{b.Platform, b.Total.String(), by, unknown})
	}
	log.WriteString(table(rows, 1))

	// 2–3. Collections, receipts, reconciliation.
	say("\n2. Collected by the tax bureau: %d records; received by the treasury: %d receipts", len(m.Collections), len(m.Receipts))
	var due []ledger.Due
	for _, b := range bills {
		due = append(due, ledger.Due{Platform: b.Platform, Period: b.Period, Amount: b.Total}) // all the ledger needs of a bill
	}
	rec, err := ledger.Reconcile(m.Receipts, m.Collections, due)
	if err != nil {
		return out, log, err
	}
	out.Reconciliation = rec
	say("\n3. Reconciliation (第十七、十八条)")
	rows = [][]string{{"平台", "费款所属期", "国库对账（第十七条）", "订单核对（第十八条）", "记为收入", "说明"}}
	for _, x := range rec.Matches {
		orders := string(x.Orders)
		if orders == "" {
			orders = "—"
		}
		rows = append(rows, []string{x.Key.Platform, x.Key.Period.String(), string(x.Treasury), orders, textout.YesNo(x.Booked), x.Reason})
	}
	log.WriteString(textout.Table("   ", rows))

	j := ledger.NewJournal(64)
	post := func(p ledger.Posting) error {
		if _, err := j.Post(p); err != nil {
			return err
		}
		say("   posted %-40s %s", p.ID, describe(p))
		return nil
	}
	if m.Opening.ID != "" {
		say("\n   Opening balance of the special account (基金结余)")
		if err := post(ledger.Posting{ID: m.Opening.ID, Date: m.Opening.Date, Period: calendar.MonthOfDate(m.Opening.Date),
			Counterparty: ledger.Counterparty{Kind: ledger.BankParty, ID: "special-account"}, Source: "opening balance",
			Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: m.Opening.Amount}, {Subject: ledger.FundBalance, Credit: m.Opening.Amount}}}); err != nil {
			return out, log, err
		}
	}
	say("\n4. Every receipt booked: income for the periods that passed both steps, suspense (暂收款) for the rest (第十七、十八、四十九条)")
	for _, p := range rec.Postings {
		if err := post(p); err != nil {
			return out, log, err
		}
	}
	for _, it := range rec.OpenItems {
		say("   OPEN ITEM %s %s %s 元: %s", it.PostingID, it.FeePeriod, it.Amount.String(), it.Reason)
	}
	say("\n5. Refunds and top-ups (第十六条)")
	for _, r := range m.Refunds {
		p, ok, err := ledger.Refund(r.ID, r.Adjustment, r.Date, r.To)
		if err != nil {
			return out, log, err
		}
		if ok {
			if err := post(p); err != nil {
				return out, log, err
			}
		}
	}
	say("\n6. Interest (第四条)")
	if m.Interest.ID != "" {
		if err := post(ledger.Posting{ID: m.Interest.ID, Date: m.Interest.Date, Period: calendar.MonthOfDate(m.Interest.Date),
			Counterparty: ledger.Counterparty{Kind: ledger.BankParty, ID: "special-account"}, Source: "interest on the special account; 第四条",
			Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: m.Interest.Amount}, {Subject: ledger.InterestIncome, Credit: m.Interest.Amount}}}); err != nil {
			return out, log, err
		}
	}
	say("\n7. Benefits paid by %s in %s, settled in the next month (第五十七条)", m.Insurer, m.Period)
	set, err := ledger.Settle(m.Insurer, m.Period, m.Payments, m.WarningLimit, m.SettleOn)
	if err != nil {
		return out, log, err
	}
	out.Settlement = set
	for _, p := range set.Postings {
		if err := post(p); err != nil {
			return out, log, err
		}
	}
	rows = [][]string{{"支出科目", "笔数", "金额（元）"}}
	for _, it := range set.ByItem {
		rows = append(rows, []string{string(it.Subject), fmt.Sprint(it.Count), it.Amount.String()})
	}
	log.WriteString(table(rows, 1, 2))
	for _, p := range set.Review {
		say("   REVIEW (第五十六条): payment %s of %s 元 is above the warning limit %s 元", p.ID, p.Amount.String(), m.WarningLimit.String())
	}
	if err := post(set.Settle); err != nil {
		return out, log, err
	}
	say("\n8. Fees (第五十条: 劳动能力鉴定费, 委托承办服务费)")
	for _, f := range m.Fees {
		if err := post(ledger.Posting{ID: f.ID, Date: f.Date, Period: calendar.MonthOfDate(f.Date),
			Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: f.Counterparty}, Source: "第五十条",
			Lines: []ledger.Line{{Subject: f.Subject, Debit: f.Amount}, {Subject: ledger.SpecialAccount, Credit: f.Amount}}}); err != nil {
			return out, log, err
		}
	}
	j.Close(m.Period)
	say("\n9. Period %s closed: later postings to it are refused", m.Period)
	out.Books = j.Snapshot()
	out.Balances = j.Balances()
	say("\n10. Balances")
	rows = [][]string{{"期间", "科目", "余额（元）"}}
	for _, b := range out.Balances {
		rows = append(rows, []string{b.Period.String(), string(b.Subject), b.Balance.String()})
	}
	log.WriteString(table(rows, 2))
	if out.Summary, err = j.Summarize(m.Period.Year(), m.Participants); err != nil {
		return out, log, err
	}
	sum := out.Summary
	n := func(c int) string { return fmt.Sprintf("%d", c) }
	refunds, _ := sum.Refunds.Neg() // a year's refunds are far inside the range
	say("\n11. %d 年职业伤害保障基金收支情况（第七十七条，收付实现制）", sum.Year)
	say("   参保平台 %d 家，参保人员 %d 人，确认职业伤害 %d 人（调用方提供）", sum.Participants.Platforms, sum.Participants.Workers, sum.Participants.Injuries)
	rows = [][]string{{"项目", "金额（元）", "笔数"},
		{"收入：保障费（扣除退费）", sum.LevyIncome.String(), n(sum.LevyCount)},
		{"  其中：退费（第十六条）", refunds.String(), n(sum.RefundCount)}}
	if len(sum.PriorYear) > 0 { // money of a closed year booked in this one (第十八条)
		rows = append(rows, []string{"  其中：以前年度入库、本年记账", sum.PriorYearLevy.String(), ""})
	}
	rows = append(rows, []string{"收入：利息", sum.Interest.String(), n(sum.InterestCount)},
		[]string{"收入合计", sum.Income.String(), ""})
	for _, e := range sum.Expenditure {
		rows = append(rows, []string{"支出：" + string(e.Subject), e.Amount.String(), n(e.Count)})
	}
	rows = append(rows, []string{"支出合计", sum.Spent.String(), ""},
		[]string{"结余（收入 − 支出）", sum.Balance.String(), ""},
		[]string{"年末暂收款（未核对一致）", sum.Held.String(), n(sum.HeldCount)})
	log.WriteString(table(rows, 1, 2))
	return out, log, nil
}

// table formats rows indented by three spaces, columns aligned by display
// width; the columns named in right are right-aligned (amounts).
func table(rows [][]string, right ...int) string {
	ws := textout.Columns(rows)
	aligned := make([][]string, len(rows))
	for i, r := range rows {
		aligned[i] = append([]string(nil), r...)
		for _, c := range right {
			if c < len(r) {
				aligned[i][c] = textout.PadLeft(r[c], ws[c])
			}
		}
	}
	return textout.Table("   ", aligned)
}

func describe(p ledger.Posting) string {
	s := ""
	for _, l := range p.Lines {
		if l.Debit.Sign() > 0 {
			s += fmt.Sprintf("Dr %s %s ", l.Subject, l.Debit.String())
		} else {
			s += fmt.Sprintf("Cr %s %s ", l.Subject, l.Credit.String())
		}
	}
	return s + "(" + p.Date.String() + ")"
}

// declare computes the month's bills from the order executions (第十、十四条).
func declare(m month, cal *calendar.Calendar) ([]levy.Bill, error) {
	setup, err := cli.ReadFile(textout.Locate(m.Setup), jsonerr.MaxBytes)
	if err != nil {
		return nil, err
	}
	rb, err := levy.ParseSetup(setup, cal)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(textout.Locate(m.Orders))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := &eligibility.Batch{Month: m.Period}
	if err := eligibility.ReadCSV(f, b); err != nil {
		return nil, err
	}
	var bills []levy.Bill
	tally := b.Tally()
	for _, p := range tally.Platforms() {
		bill, err := rb.Bill(tally, p, m.Period)
		if err != nil {
			return nil, err
		}
		bills = append(bills, bill)
	}
	return bills, nil
}

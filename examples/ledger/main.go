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
//	go run ./examples/ledger -lang en        # the developers' view: subject codes, the postings' English explanations (Posting.Explain)
//	cd examples/ledger && go run .           # the same sample, from the example's folder
//
// Everything a clerk reads is Chinese: each posting is a 登记 line with 借
// and 贷 and the subjects' Chinese names (ledger.Subject.Chinese), and its
// 摘要 (ledger.Posting.Explain); the reconciliation's outcomes and reasons
// (Outcome.Chinese, Match.ReasonZH); 未清项; the balances, each subject's
// movement in a period and its running balance (余额: the balance at the
// period's end); the yearly summary by subject name. -h is Chinese too.
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
	"sort"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/explain"
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
	path := fs.String("month", "testdata/ledger/month-2026-03.json", "样例月份的数据`文件`（JSON：账单所用的订单与参数文件、国库入库、税务征收、退费、利息、待遇支付、费用）")
	asJSON := fs.Bool("json", false, "以 JSON 输出账簿与各步结果（供程序读取）")
	lang := fs.String("lang", "zh", "输出`语言`：zh 中文（经办人员阅读），en 英文（开发人员查看科目代码与英文来源）")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "用法：go run ./examples/ledger [-month 文件] [-json] [-lang zh|en]\n\n走一遍一个月的账：平台账单、对账、记账、退费、利息、待遇结算、费用、结账、各科目余额和年度收支情况。\n\n")
		msg.PrintDefaultsZH(stderr, fs)
	}
	if code, ok := msg.ParseFlags(fs, args, false); !ok {
		return code
	}
	if *lang != "zh" && *lang != "en" {
		fmt.Fprintf(stderr, "ledger: -lang 只能是 zh 或 en，这里是 %q\n", *lang)
		fs.Usage()
		return 2
	}
	out, log, err := walk(*path, *lang == "en")
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

// walk books the month in path and writes what a clerk reads, in Chinese,
// or in English for developers (en: subject codes, the postings' English
// Source).
func walk(path string, en bool) (output, bytes.Buffer, error) {
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
	tr := func(zh, en_ string) string {
		if en {
			return en_
		}
		return zh
	}
	name := func(s ledger.Subject) string { // a subject as the reader reads it
		if en {
			return string(s)
		}
		return s.Chinese()
	}

	// 1. The bills, from the month's order executions.
	bills, err := declare(m, cal)
	if err != nil {
		return out, log, err
	}
	say(tr("1. %s 各平台应申报缴纳的保障费（第十四条）", "1. Bills declared for %s (第十四条)"), m.Period)
	rows := [][]string{{tr("平台", "platform"), tr("应缴金额（元）", "total (元)"), tr("申报期限", "declaration deadline")}}
	for _, b := range bills {
		due, by := "", b.Declaration.Date
		if !by.IsZero() {
			due = by.String()
		}
		unknown := unknownDeadlines(b)
		for _, u := range unknown {
			if u.Name == "declaration_deadline" {
				due = unknownDue(u, b.Declaration.Err(), en)
			}
		}
		rows = append(rows, []string{b.Platform, b.Total.String(), due})
		out.Bills = append(out.Bills, billOut{b.Platform, b.Total.String(), by, unknown})
	}
	log.WriteString(table(rows, 1))

	// 2–3. Collections, receipts, reconciliation.
	say(tr("\n2. 税务部门征收记录 %d 条，国库入库记录 %d 条", "\n2. Collected by the tax bureau: %d records; received by the treasury: %d receipts"), len(m.Collections), len(m.Receipts))
	var due []ledger.Due
	for _, b := range bills {
		due = append(due, ledger.Due{Platform: b.Platform, Period: b.Period, Amount: b.Total}) // all the ledger needs of a bill
	}
	rec, err := ledger.Reconcile(m.Receipts, m.Collections, due)
	if err != nil {
		return out, log, err
	}
	out.Reconciliation = rec
	say(tr("\n3. 对账（第十七、十八条）", "\n3. Reconciliation (第十七、十八条)"))
	rows = [][]string{{tr("平台", "platform"), tr("费款所属期", "fee period"), tr("国库对账（第十七条）", "treasury (第十七条)"),
		tr("订单核对（第十八条）", "orders (第十八条)"), tr("记为收入", "booked"), tr("说明", "reason")}}
	outcome := func(o ledger.Outcome) string {
		switch {
		case o == "":
			return "—"
		case en:
			return string(o)
		}
		return o.Chinese()
	}
	for _, x := range rec.Matches {
		reason := x.ReasonZH()
		if en {
			reason = x.Reason
		}
		rows = append(rows, []string{x.Key.Platform, x.Key.Period.String(), outcome(x.Treasury), outcome(x.Orders), yesNo(x.Booked, en), reason})
	}
	log.WriteString(textout.Table("   ", rows))

	j := ledger.NewJournal(64)
	post := func(p ledger.Posting) error {
		if _, err := j.Post(p); err != nil {
			return err
		}
		if en {
			say("   posted %-40s %s", p.ID, describeEN(p))
			return nil
		}
		say("   登记 %s（%s）：%s", p.ID, p.Date, describe(p))
		say("        摘要：%s", p.Explain(explain.Chinese))
		return nil
	}
	if m.Opening.ID != "" {
		say(tr("\n   财政专户期初余额（基金结余）", "\n   Opening balance of the special account (基金结余)"))
		if err := post(ledger.Posting{ID: m.Opening.ID, Date: m.Opening.Date, Period: calendar.MonthOfDate(m.Opening.Date),
			Counterparty: ledger.Counterparty{Kind: ledger.BankParty, ID: "special-account"}, Source: "财政专户期初余额，对方科目基金结余",
			Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: m.Opening.Amount}, {Subject: ledger.FundBalance, Credit: m.Opening.Amount}}}); err != nil {
			return out, log, err
		}
	}
	say(tr("\n4. 国库入库逐笔记账：两步核对一致的记为保障费收入，其余挂暂收款（第十七、十八、四十九条）",
		"\n4. Every receipt booked: income for the periods that passed both steps, suspense (暂收款) for the rest (第十七、十八、四十九条)"))
	for _, p := range rec.Postings {
		if err := post(p); err != nil {
			return out, log, err
		}
	}
	for _, it := range rec.OpenItems {
		if en {
			say("   OPEN ITEM %s %s %s 元: %s", it.PostingID, it.FeePeriod, it.Amount.String(), it.Reason)
			continue
		}
		say("   未清项 %s：费款所属期 %s，暂收 %s 元。%s", it.PostingID, it.FeePeriod, it.Amount.String(), openReasonZH(rec, it))
	}
	say(tr("\n5. 退费与补缴（第十六条）", "\n5. Refunds and top-ups (第十六条)"))
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
	say(tr("\n6. 利息（第四条）", "\n6. Interest (第四条)"))
	if m.Interest.ID != "" {
		if err := post(ledger.Posting{ID: m.Interest.ID, Date: m.Interest.Date, Period: calendar.MonthOfDate(m.Interest.Date),
			Counterparty: ledger.Counterparty{Kind: ledger.BankParty, ID: "special-account"}, Source: "财政专户利息收入（第四条）",
			Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: m.Interest.Amount}, {Subject: ledger.InterestIncome, Credit: m.Interest.Amount}}}); err != nil {
			return out, log, err
		}
	}
	say(tr("\n7. %s 在 %s 垫付的待遇，次月结算（第五十七条）", "\n7. Benefits paid by %s in %s, settled in the next month (第五十七条)"), m.Insurer, m.Period)
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
	rows = [][]string{{tr("支出科目", "expense subject"), tr("笔数", "count"), tr("金额（元）", "amount (元)")}}
	for _, it := range set.ByItem {
		rows = append(rows, []string{name(it.Subject), fmt.Sprint(it.Count), it.Amount.String()})
	}
	log.WriteString(table(rows, 1, 2))
	for _, p := range set.Review {
		say(tr("   需复核（第五十六条）：支付记录 %s 金额 %s 元，超过预警金额 %s 元", "   REVIEW (第五十六条): payment %s of %s 元 is above the warning limit %s 元"),
			p.ID, p.Amount.String(), m.WarningLimit.String())
	}
	if err := post(set.Settle); err != nil {
		return out, log, err
	}
	say(tr("\n8. 费用（第五十条：劳动能力鉴定费、委托承办服务费）", "\n8. Fees (第五十条: 劳动能力鉴定费, 委托承办服务费)"))
	for _, f := range m.Fees {
		if err := post(ledger.Posting{ID: f.ID, Date: f.Date, Period: calendar.MonthOfDate(f.Date),
			Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: f.Counterparty}, Source: "第五十条：" + f.Subject.Chinese() + "，付 " + f.Counterparty,
			Lines: []ledger.Line{{Subject: f.Subject, Debit: f.Amount}, {Subject: ledger.SpecialAccount, Credit: f.Amount}}}); err != nil {
			return out, log, err
		}
	}
	j.Close(m.Period)
	say(tr("\n9. %s 期间已结账：此后记入该期间的分录一律拒绝", "\n9. Period %s closed: later postings to it are refused"), m.Period)
	out.Books = j.Snapshot()
	out.Balances = j.Balances()
	say(tr("\n10. 各科目余额（按期间：本期发生额，及截至该期末的余额）", "\n10. Balances (by period: the period's movement, and the balance at its end)"))
	running, err := runningBalances(out.Balances)
	if err != nil {
		return out, log, err
	}
	rows = [][]string{{tr("科目", "subject"), tr("期间", "period"), tr("本期发生额（元）", "movement (元)"), tr("余额（元）", "balance (元)")}}
	for _, b := range running {
		rows = append(rows, []string{name(b.Subject), b.Period.String(), b.Movement.String(), b.Balance.String()})
	}
	log.WriteString(table(rows, 2, 3))
	if out.Summary, err = j.Summarize(m.Period.Year(), m.Participants); err != nil {
		return out, log, err
	}
	sum := out.Summary
	n := func(c int) string { return fmt.Sprintf("%d", c) }
	refunds, _ := sum.Refunds.Neg() // a year's refunds are far inside the range
	say(tr("\n11. %d 年职业伤害保障基金收支情况（第七十七条，收付实现制）", "\n11. The fund in %d, cash basis (第七十七条)"), sum.Year)
	say(tr("   参保平台 %d 家，参保人员 %d 人，确认职业伤害 %d 人（调用方提供）", "   as supplied by the caller: platforms %d, workers %d, confirmed injuries %d"),
		sum.Participants.Platforms, sum.Participants.Workers, sum.Participants.Injuries)
	rows = [][]string{{tr("项目", "item"), tr("金额（元）", "amount (元)"), tr("笔数", "count")},
		{tr("收入：保障费（扣除退费）", "income: levy (net of refunds)"), sum.LevyIncome.String(), n(sum.LevyCount)},
		{tr("  其中：退费（第十六条）", "  of which refunds (第十六条)"), refunds.String(), n(sum.RefundCount)}}
	if len(sum.PriorYear) > 0 { // money of a closed year booked in this one (第十八条)
		rows = append(rows, []string{tr("  其中：以前年度入库、本年记账", "  of which entered in an earlier year"), sum.PriorYearLevy.String(), ""})
	}
	rows = append(rows, []string{tr("收入：利息", "income: interest"), sum.Interest.String(), n(sum.InterestCount)},
		[]string{tr("收入合计", "income"), sum.Income.String(), ""})
	for _, e := range sum.Expenditure {
		item := "expenditure: " + string(e.Subject)
		if !en { // 支出：丧葬补助金, not 支出：丧葬补助金支出
			item = "支出：" + strings.TrimSuffix(e.Subject.Chinese(), "支出")
		}
		rows = append(rows, []string{item, e.Amount.String(), n(e.Count)})
	}
	rows = append(rows, []string{tr("支出合计", "expenditure"), sum.Spent.String(), ""},
		[]string{tr("结余（收入 − 支出）", "balance (income − expenditure)"), sum.Balance.String(), ""},
		[]string{tr("年末暂收款（未核对一致）", "held in suspense at year end (暂收款)"), sum.Held.String(), n(sum.HeldCount)})
	log.WriteString(table(rows, 1, 2))
	return out, log, nil
}

// unknownDue is a declaration deadline that cannot be computed: why, and
// the day it is not before.
func unknownDue(u unknownOut, err error, en bool) string {
	if en {
		return fmt.Sprintf("unknown (%s; not before %s)", u.Unknown, u.NotBefore)
	}
	why := errcode.Of(err).Chinese()
	if u.UnknownYear != 0 {
		why = fmt.Sprintf("%d 年放假安排尚未载入", u.UnknownYear)
	}
	return fmt.Sprintf("未知（%s；不早于 %s）", why, u.NotBefore)
}

// openReasonZH says why an open item is held, from the reconciliation's
// match of its platform and fee period (Match.ReasonZH).
func openReasonZH(rec ledger.Reconciliation, it ledger.OpenItem) string {
	for _, x := range rec.Matches {
		if x.Key.Platform == it.Counterparty.ID && x.Key.Period == it.FeePeriod {
			return x.ReasonZH()
		}
	}
	return "对账尚未一致：挂账暂存（第十七、十八条）"
}

func yesNo(b, en bool) string {
	if en {
		return fmt.Sprint(b)
	}
	return textout.YesNo(b)
}

// balanceLine is a subject's movement in a period and its balance at the
// period's end: the sum of its movements in that period and every earlier
// one (a running balance).
type balanceLine struct {
	Subject  ledger.Subject
	Period   calendar.Month
	Movement money.Amount
	Balance  money.Amount
}

// runningBalances turns the journal's balances by period (each the
// period's movement, in the subject's natural sign) into a running
// balance, subject by subject in the order of ledger.Subjects (assets,
// liabilities, net assets, income, expenditure), periods in order.
func runningBalances(rows []ledger.BalanceRow) ([]balanceLine, error) {
	rank := map[ledger.Subject]int{}
	for i, s := range ledger.Subjects() {
		rank[s] = i
	}
	sorted := append([]ledger.BalanceRow(nil), rows...)
	sort.SliceStable(sorted, func(a, b int) bool {
		x, y := sorted[a], sorted[b]
		if x.Subject != y.Subject {
			return rank[x.Subject] < rank[y.Subject]
		}
		return x.Period.Before(y.Period)
	})
	var out []balanceLine
	var bal money.Amount
	for i, r := range sorted {
		if i == 0 || r.Subject != sorted[i-1].Subject {
			bal = money.Amount{}
		}
		var ok bool
		if bal, ok = bal.Add(r.Balance); !ok {
			return nil, fmt.Errorf("%s 的余额超出金额的范围", r.Subject)
		}
		out = append(out, balanceLine{r.Subject, r.Period, r.Balance, bal})
	}
	return out, nil
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

// describe is a posting's lines as a clerk reads them: 借 and 贷 with the
// subjects' Chinese names and the amounts in 元.
func describe(p ledger.Posting) string {
	var parts []string
	for _, l := range p.Lines {
		if l.Debit.Sign() > 0 {
			parts = append(parts, "借 "+l.Subject.Chinese()+" "+l.Debit.String()+" 元")
		} else {
			parts = append(parts, "贷 "+l.Subject.Chinese()+" "+l.Credit.String()+" 元")
		}
	}
	return strings.Join(parts, "，")
}

// describeEN is a posting's lines for a developer: Dr and Cr with the
// subjects' codes, and the date.
func describeEN(p ledger.Posting) string {
	s := ""
	for _, l := range p.Lines {
		if l.Debit.Sign() > 0 {
			s += fmt.Sprintf("Dr %s %s ", l.Subject, l.Debit.String())
		} else {
			s += fmt.Sprintf("Cr %s %s ", l.Subject, l.Credit.String())
		}
	}
	return s + "(" + p.Date.String() + "): " + p.Explain(explain.English)
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

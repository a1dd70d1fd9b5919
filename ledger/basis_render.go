package ledger

// Rendering a posting's basis: steps of package explain (rule key,
// articles, named values read from the posting) and one catalogue per
// language. Nothing rendered here is stored or compared.

import (
	"slices"
	"strings"
	"sync"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/money"
)

// The keys of the explanations of what is not a BasisRule: a posting the
// host wrote (its own words), and a reversal the host wrote.
const (
	keyPrefix   = "ledger.basis."
	keyHost     = keyPrefix + "host"
	keyReversal = keyPrefix + "reversal"
	keyArticles = keyPrefix + "articles"
	// The notes a receipt or clearing booked after its entry month was
	// closed carries (第十八条 with 第七十七条).
	keyLatePeriod = keyPrefix + "note.late_period"
	keyLateYear   = keyPrefix + "note.late_year"
)

// ruleArticles are the articles each rule books under.
var ruleArticles = map[BasisRule][]string{
	RuleReceipt:           {"第十七条", "第十八条", "第四十九条"},
	RuleReceiptHeld:       {"第十七条", "第十八条"},
	RuleReceiptCleared:    {"第十七条", "第十八条", "第四十九条"},
	RuleRefund:            {"第十六条"},
	RuleTopUp:             {"第十六条"},
	RuleHeldCleared:       {"第十七条", "第十八条"},
	RuleHeldRefunded:      {"第十六条"},
	RuleHeldSplit:         {"第十六条", "第十八条"},
	RuleInsurerPayment:    {"第五十条", "第五十七条"},
	RuleMonthlySettlement: {"第五十七条"},
}

// messagesEN and messagesZH are the sentences of each rule and note, with
// {name} for a named value of the step (Posting.Steps). Changing one
// changes what Explain says, never what a posting is: no posting holds
// them, and Post compares no text (TestRewordingIsNoConflict).
var messagesEN = []explain.Entry{
	{Key: keyPrefix + string(RuleReceipt), Template: "treasury receipt {receipt} of {amount} entered {entered}: levy income for fee period {fee_period}"},
	{Key: keyPrefix + string(RuleReceiptHeld), Template: "treasury receipt {receipt} of {amount} entered {entered}: held in suspense (暂收款) until the records of fee period {fee_period} agree"},
	{Key: keyPrefix + string(RuleReceiptCleared), Template: "treasury receipt {receipt} of {amount} cleared from suspense, the records of fee period {fee_period} now agreeing: levy income as of its entry date {entered}"},
	{Key: keyPrefix + string(RuleRefund), Template: "refund of {amount} for fee period {fee_period} (退款所属费款账期) to {to}"},
	{Key: keyPrefix + string(RuleTopUp), Template: "top-up of {amount} for fee period {fee_period}"},
	{Key: keyPrefix + string(RuleHeldCleared), Template: "held receipt {held} ({amount}) cleared into levy income"},
	{Key: keyPrefix + string(RuleHeldRefunded), Template: "held receipt {held} ({amount}) refunded to {to}"},
	{Key: keyPrefix + string(RuleHeldSplit), Template: "held receipt {held} ({amount}): {refund} refunded to {to}, the rest ({income}) levy income"},
	{Key: keyPrefix + string(RuleInsurerPayment), Template: "insurer {insurer} payment {payment} of {amount}, owed to the insurer"},
	{Key: keyPrefix + string(RuleMonthlySettlement), Template: "insurer {insurer} settled {amount} for the payments of {month}"},
	{Key: keyHost, Template: "{text}"},
	{Key: keyReversal, Template: "reversal of {reverses}: {text}"},
	{Key: keyLatePeriod, Template: " (entered in a closed period: booked in {booked_in})"},
	{Key: keyLateYear, Template: " (entered in a year whose books were closed: booked in {booked_in}, an item of an earlier year)"},
	{Key: keyArticles, Template: "; {articles}"},
}

var messagesZH = []explain.Entry{
	{Key: keyPrefix + string(RuleReceipt), Template: "国库入库 {receipt}，{amount} 元，入库日期 {entered}：计入职业伤害保障费收入，属 {fee_period} 费款账期"},
	{Key: keyPrefix + string(RuleReceiptHeld), Template: "国库入库 {receipt}，{amount} 元，入库日期 {entered}：{fee_period} 费款账期的记录尚未核对一致，挂账暂收款"},
	{Key: keyPrefix + string(RuleReceiptCleared), Template: "国库入库 {receipt}，{amount} 元，{fee_period} 费款账期的记录已核对一致：由暂收款转入职业伤害保障费收入，按入库日期 {entered} 记账"},
	{Key: keyPrefix + string(RuleRefund), Template: "退还 {amount} 元，属 {fee_period} 费款账期（退款所属费款账期），退至 {to}"},
	{Key: keyPrefix + string(RuleTopUp), Template: "补缴 {amount} 元，属 {fee_period} 费款账期"},
	{Key: keyPrefix + string(RuleHeldCleared), Template: "暂收款 {held}（{amount} 元）转入职业伤害保障费收入"},
	{Key: keyPrefix + string(RuleHeldRefunded), Template: "暂收款 {held}（{amount} 元）全额退还至 {to}"},
	{Key: keyPrefix + string(RuleHeldSplit), Template: "暂收款 {held}（{amount} 元）：退还 {refund} 元至 {to}，其余 {income} 元转入职业伤害保障费收入"},
	{Key: keyPrefix + string(RuleInsurerPayment), Template: "商业保险机构 {insurer} 垫付的待遇 {payment}，{amount} 元，应付该机构"},
	{Key: keyPrefix + string(RuleMonthlySettlement), Template: "与商业保险机构 {insurer} 结算 {month} 垫付的待遇 {amount} 元"},
	{Key: keyHost, Template: "{text}"},
	{Key: keyReversal, Template: "冲销凭证 {reverses}：{text}"},
	{Key: keyLatePeriod, Template: "（入库时该期间已结账：记入 {booked_in}）"},
	{Key: keyLateYear, Template: "（入库年度已结账：记入 {booked_in}，列为以前年度项目）"},
	{Key: keyArticles, Template: "（{articles}）"},
}

// Messages returns the package's messages in lang (English or Chinese;
// none for another language), for a host that joins the catalogues of
// several packages (explain.NewCatalogue) to render Posting.Steps
// itself. The list is a copy.
func Messages(lang explain.Lang) []explain.Entry {
	switch lang {
	case explain.English:
		return slices.Concat(messagesEN, resultsEN, subjectNames(explain.English))
	case explain.Chinese:
		return slices.Concat(messagesZH, resultsZH, subjectNames(explain.Chinese))
	}
	return nil
}

// catalogues are the package's own, built once from the lists above
// (TestCatalogues: no error, the languages agree).
var catalogues = sync.OnceValues(func() ([2]explain.Catalogue, error) {
	en, err := explain.NewCatalogue(explain.English, messagesEN, resultsEN, subjectNames(explain.English))
	if err != nil {
		return [2]explain.Catalogue{}, err
	}
	zh, err := explain.NewCatalogue(explain.Chinese, messagesZH, resultsZH, subjectNames(explain.Chinese))
	return [2]explain.Catalogue{en, zh}, err
})

// Steps is what p books, as steps (package explain): its Basis (or,
// for a posting with none, the basis of a sentence an earlier version
// wrote into Source, or the host's own words), with the values it names
// read from the posting's own fields — the receipt (Origin.Ref), the item
// cleared (Clears), the dates, periods and amounts — then, for a receipt
// or clearing booked after its entry month was closed, a note, and the
// articles. It is rendered from this, never stored: the posting keeps
// only its Basis.
func (p Posting) Steps() explain.Explanation {
	b, ok := basisOf(&p)
	if !ok {
		if p.Reverses != "" {
			return explain.Explanation{{Key: keyReversal, Inputs: []explain.Value{{Name: "reverses", Value: p.Reverses}, {Name: "text", Value: p.Source, Status: explain.Given}}}}
		}
		return explain.Explanation{{Key: keyHost, Inputs: []explain.Value{{Name: "text", Value: p.Source, Status: explain.Given}}}}
	}
	main := explain.Step{Key: keyPrefix + string(b.Rule), Articles: ruleArticles[b.Rule]}
	add := func(name, value, unit string) {
		main.Inputs = append(main.Inputs, explain.Value{Name: name, Value: value, Unit: unit})
	}
	var note *explain.Step
	switch b.Rule {
	case RuleReceipt, RuleReceiptHeld, RuleReceiptCleared:
		add("receipt", p.Origin.Ref, "")
		if b.Rule == RuleReceiptCleared {
			add("amount", debitOf(&p, Suspense).String(), "元")
		} else {
			add("amount", debitOf(&p, SpecialAccount).String(), "元")
		}
		entry := entryDate(&p)
		add("entered", dateText(entry), "")
		add("fee_period", p.FeePeriod.String(), "")
		if !entry.IsZero() && p.Period != monthOf(entry) {
			key := keyLatePeriod
			if p.Period.Year() > entry.Year() {
				key = keyLateYear
			}
			note = &explain.Step{Key: key, Inputs: []explain.Value{{Name: "booked_in", Value: p.Period.String()}}}
		}
	case RuleRefund:
		add("amount", debitOf(&p, LevyIncome).String(), "元")
		add("fee_period", p.FeePeriod.String(), "")
		add("to", b.To, "")
	case RuleTopUp:
		add("amount", creditOf(&p, LevyIncome).String(), "元")
		add("fee_period", p.FeePeriod.String(), "")
	case RuleHeldCleared, RuleHeldRefunded, RuleHeldSplit:
		add("held", p.Clears, "")
		add("amount", debitOf(&p, Suspense).String(), "元")
		add("refund", creditOf(&p, SpecialAccount).String(), "元")
		add("income", creditOf(&p, LevyIncome).String(), "元")
		if b.Rule != RuleHeldCleared {
			add("to", b.To, "")
		}
	case RuleInsurerPayment:
		add("insurer", b.Insurer, "")
		add("payment", p.Origin.Ref, "")
		add("amount", creditOf(&p, InsurerPayable).String(), "元")
	case RuleMonthlySettlement:
		add("insurer", p.Origin.Ref, "")
		add("month", p.Origin.Month.String(), "")
		add("amount", debitOf(&p, InsurerPayable).String(), "元")
	}
	e := explain.Explanation{main}
	if note != nil {
		e = append(e, *note)
	}
	return append(e, explain.Step{Key: keyArticles, Inputs: []explain.Value{{Name: "articles", Value: strings.Join(main.Articles, "、")}}})
}

// Explain says what p books in lang, rendered from its data (Steps)
// through the package's messages: Chinese (explain.Chinese) for the clerk,
// English (explain.English, and any other language) for developers. The
// text is never stored: rewording it changes no posting.
func (p Posting) Explain(lang explain.Lang) string { return render(lang, p.Steps()) }

// render renders e in the package's catalogue of lang (English for any
// language but Chinese).
// Every key and value is the package's own (TestCatalogues), so the
// catalogue has no error to report; a marker would show in the text if it
// had.
func render(lang explain.Lang, e explain.Explanation) string {
	i := 0
	if lang == explain.Chinese {
		i = 1
	}
	cs, err := catalogues()
	if err != nil {
		return "⟦" + err.Error() + "⟧"
	}
	t, _ := cs[i].Text(e)
	return t
}

// Explain says in lang what the open item holds (as Posting.Explain): the
// explanation of the posting that holds it, with the amount still held.
func (it OpenItem) Explain(lang explain.Lang) string { return it.holding().Explain(lang) }

// holding is the posting that holds it, as far as its fields tell.
func (it OpenItem) holding() Posting {
	p := Posting{ID: it.PostingID, Date: it.Date, Period: monthOf(it.Date), FeePeriod: it.FeePeriod, Counterparty: it.Counterparty,
		Source: it.Source, Basis: it.Basis,
		Lines: []Line{{Subject: SpecialAccount, Debit: it.Amount}, {Subject: Suspense, Credit: it.Amount}}}
	if it.Receipt != "" {
		p.Origin = Origin{Kind: TreasuryReceipt, Ref: it.Receipt, Seq: 1}
	}
	return p
}

func entryDate(p *Posting) calendar.Date {
	if !p.EntryDate.IsZero() {
		return p.EntryDate
	}
	return p.Date
}

func monthOf(d calendar.Date) calendar.Month { return calendar.MonthOfDate(d) }

// debitOf and creditOf are p's debits and credits of s (each within p's
// totals, which Validate bounded).
func debitOf(p *Posting, s Subject) money.Amount {
	var a money.Amount
	for _, l := range p.Lines {
		if l.Subject == s {
			a, _ = a.Add(l.Debit)
		}
	}
	return a
}

func creditOf(p *Posting, s Subject) money.Amount {
	var a money.Amount
	for _, l := range p.Lines {
		if l.Subject == s {
			a, _ = a.Add(l.Credit)
		}
	}
	return a
}

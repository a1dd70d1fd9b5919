package ledger

// Rendering a posting's basis: one step (rule, articles, named values read
// from the posting) and one catalogue per language. Nothing rendered here
// is stored or compared.

import (
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
)

// basisStep is what a posting's explanation says, as data: the rule, the
// articles it books under, and the named values (text) the catalogue's
// sentence for the rule fills in.
type basisStep struct {
	rule     string // a BasisRule, or ruleHost / ruleReversal
	articles []string
	values   [][2]string // name, value
	note     string      // a catalogue key appended after the sentence ("" for none)
}

// The keys of what is not a BasisRule: a posting the host wrote (its own
// words), and a reversal the host wrote.
const (
	ruleHost     = "host"
	ruleReversal = "reversal"
)

// The notes a receipt or clearing booked after its entry month was closed
// carries.
const (
	noteLatePeriod = "note.late_period"
	noteLateYear   = "note.late_year"
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

// catalogueEN and catalogueZH are the sentences of each rule and note, with
// {name} for a named value. Changing one changes what Explain says, never
// what a posting is (TestRewordingIsNoConflict).
var catalogueEN = map[string]string{
	string(RuleReceipt):           "treasury receipt {receipt} of {amount} entered {entered}: levy income for fee period {fee_period}",
	string(RuleReceiptHeld):       "treasury receipt {receipt} of {amount} entered {entered}: held in suspense (暂收款) until the records of fee period {fee_period} agree",
	string(RuleReceiptCleared):    "treasury receipt {receipt} of {amount} cleared from suspense, the records now agreeing: levy income as of its entry date {entered}",
	string(RuleRefund):            "refund of {amount} for fee period {fee_period} (退款所属费款账期) to {to}",
	string(RuleTopUp):             "top-up of {amount} for fee period {fee_period}",
	string(RuleHeldCleared):       "held receipt {held} ({amount}) cleared into levy income",
	string(RuleHeldRefunded):      "held receipt {held} ({amount}) refunded to {to}",
	string(RuleHeldSplit):         "held receipt {held} ({amount}): {refund} refunded to {to}, the rest ({income}) levy income",
	string(RuleInsurerPayment):    "insurer {insurer} payment {payment} of {amount}, owed to the insurer",
	string(RuleMonthlySettlement): "insurer {insurer} settled {amount} for the payments of {month}",
	ruleHost:                      "{text}",
	ruleReversal:                  "reversal of {reverses}: {text}",
	noteLatePeriod:                " (entered in a closed period: booked in {booked_in})",
	noteLateYear:                  " (entered in a year whose books were closed: booked in {booked_in}, an item of an earlier year)",
	"articles":                    "; {articles}",
}

var catalogueZH = map[string]string{
	string(RuleReceipt):           "国库入库 {receipt}，{amount} 元，入库日期 {entered}：计入职业伤害保障费收入，属 {fee_period} 费款账期",
	string(RuleReceiptHeld):       "国库入库 {receipt}，{amount} 元，入库日期 {entered}：{fee_period} 费款账期的记录尚未核对一致，挂账暂收款",
	string(RuleReceiptCleared):    "国库入库 {receipt}，{amount} 元，记录已核对一致：由暂收款转入职业伤害保障费收入，按入库日期 {entered} 记账",
	string(RuleRefund):            "退还 {amount} 元，属 {fee_period} 费款账期（退款所属费款账期），退至 {to}",
	string(RuleTopUp):             "补缴 {amount} 元，属 {fee_period} 费款账期",
	string(RuleHeldCleared):       "暂收款 {held}（{amount} 元）转入职业伤害保障费收入",
	string(RuleHeldRefunded):      "暂收款 {held}（{amount} 元）全额退还至 {to}",
	string(RuleHeldSplit):         "暂收款 {held}（{amount} 元）：退还 {refund} 元至 {to}，其余 {income} 元转入职业伤害保障费收入",
	string(RuleInsurerPayment):    "商业保险机构 {insurer} 垫付的待遇 {payment}，{amount} 元，应付该机构",
	string(RuleMonthlySettlement): "与商业保险机构 {insurer} 结算 {month} 垫付的待遇 {amount} 元",
	ruleHost:                      "{text}",
	ruleReversal:                  "冲销凭证 {reverses}：{text}",
	noteLatePeriod:                "（入库时该期间已结账：记入 {booked_in}）",
	noteLateYear:                  "（入库年度已结账：记入 {booked_in}，列为以前年度项目）",
	"articles":                    "（{articles}）",
}

// step is p's explanation as data: from its Basis (or the basis of a
// sentence an earlier version wrote, legacyBasis), the values read from
// the posting's own fields; for a posting the host wrote, its words.
func (p *Posting) step() basisStep {
	b, ok := basisOf(p)
	if !ok {
		if p.Reverses != "" {
			return basisStep{rule: ruleReversal, values: [][2]string{{"reverses", p.Reverses}, {"text", p.Source}}}
		}
		return basisStep{rule: ruleHost, values: [][2]string{{"text", p.Source}}}
	}
	st := basisStep{rule: string(b.Rule), articles: ruleArticles[b.Rule]}
	add := func(name, value string) { st.values = append(st.values, [2]string{name, value}) }
	switch b.Rule {
	case RuleReceipt, RuleReceiptHeld, RuleReceiptCleared:
		add("receipt", p.Origin.Ref)
		if b.Rule == RuleReceiptCleared {
			add("amount", debitOf(p, Suspense).String())
		} else {
			add("amount", debitOf(p, SpecialAccount).String())
		}
		entry := entryDate(p)
		add("entered", dateText(entry))
		add("fee_period", p.FeePeriod.String())
		if !entry.IsZero() && p.Period != monthOf(entry) {
			add("booked_in", p.Period.String())
			st.note = noteLatePeriod
			if p.Period.Year() > entry.Year() {
				st.note = noteLateYear
			}
		}
	case RuleRefund:
		add("amount", debitOf(p, LevyIncome).String())
		add("fee_period", p.FeePeriod.String())
		add("to", b.To)
	case RuleTopUp:
		add("amount", creditOf(p, LevyIncome).String())
		add("fee_period", p.FeePeriod.String())
	case RuleHeldCleared, RuleHeldRefunded, RuleHeldSplit:
		add("held", p.Clears)
		add("amount", debitOf(p, Suspense).String())
		add("refund", creditOf(p, SpecialAccount).String())
		add("income", creditOf(p, LevyIncome).String())
		add("to", b.To)
	case RuleInsurerPayment:
		add("insurer", b.Insurer)
		add("payment", p.Origin.Ref)
		add("amount", creditOf(p, InsurerPayable).String())
	case RuleMonthlySettlement:
		add("insurer", p.Origin.Ref)
		add("month", p.Origin.Month.String())
		add("amount", debitOf(p, InsurerPayable).String())
	}
	return st
}

// render fills the catalogue's sentence for st, its note and its articles.
func (st basisStep) render(cat map[string]string, joinArticles func([]string) string) string {
	out := fill(cat[st.rule], st.values)
	if st.note != "" {
		out += fill(cat[st.note], st.values)
	}
	if len(st.articles) > 0 {
		out += fill(cat["articles"], [][2]string{{"articles", joinArticles(st.articles)}})
	}
	return out
}

// fill replaces each {name} in tmpl by the first value of that name; a
// name with no value is left as it is written.
func fill(tmpl string, values [][2]string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			break
		}
		name := tmpl[i+1 : i+j]
		b.WriteString(tmpl[:i])
		found := false
		for _, v := range values {
			if v[0] == name {
				b.WriteString(v[1])
				found = true
				break
			}
		}
		if !found {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
	b.WriteString(tmpl)
	return b.String()
}

// Explain says in English what p books, rendered from its data (Basis and
// the posting's own fields) or, for a posting the host wrote, its Source;
// a posting written by an earlier version, whose Source is a sentence
// that version wrote, is explained from the basis that sentence maps to.
// The text is for developers and is never stored: rewording it changes
// no posting.
func (p Posting) Explain() string {
	return p.step().render(catalogueEN, func(a []string) string { return strings.Join(a, ", ") })
}

// ExplainZH says in Chinese what p books (for the clerk), as Explain does.
func (p Posting) ExplainZH() string {
	return p.step().render(catalogueZH, func(a []string) string { return strings.Join(a, "、") })
}

// Explain says in English what the open item holds: the explanation of
// the posting that holds it, with the amount still held.
func (it OpenItem) Explain() string { return it.holding().Explain() }

// ExplainZH says in Chinese what the open item holds.
func (it OpenItem) ExplainZH() string { return it.holding().ExplainZH() }

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
			a = within(a.Add(l.Debit))
		}
	}
	return a
}

func creditOf(p *Posting, s Subject) money.Amount {
	var a money.Amount
	for _, l := range p.Lines {
		if l.Subject == s {
			a = within(a.Add(l.Credit))
		}
	}
	return a
}

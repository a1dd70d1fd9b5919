package ledger

// What a posting books, as data (issue 20): the postings the package builds
// carry a stable key of what happened (Basis) beside the figures they already
// hold (document, dates, periods, amounts); English and Chinese are rendered
// from those (Posting.Explain), never stored, so a later
// wording never makes re-posting the same document a conflict.

import (
	"fmt"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"strings"
	"unicode/utf8"
)

// BasisRule is the stable key of what a posting the package builds books
// (a treasury receipt as income, a refund, an insurer's payment…). Its text
// is what a snapshot holds; it never changes when the wording of an
// explanation does. The zero BasisRule is no rule: a posting without one
// says what it books in its Source (the host's own words).
type BasisRule string

// The rules of the postings the package builds, by the function that builds
// them and the article it books under.
const (
	// RuleReceipt: a treasury receipt booked as levy income (Reconcile;
	// 第十七、十八、四十九条).
	RuleReceipt BasisRule = "treasury_receipt"
	// RuleReceiptHeld: a treasury receipt held in suspense (暂收款) until
	// its records agree (Reconcile; 第十七、十八条).
	RuleReceiptHeld BasisRule = "receipt_held"
	// RuleReceiptCleared: a held receipt cleared into income once its
	// records agree (Reconcile; 第十七、十八、四十九条).
	RuleReceiptCleared BasisRule = "receipt_cleared"
	// RuleRefund: a refund of an overpaid fee period to the platform
	// (Refund; 第十六条); Basis.To is the account paid to.
	RuleRefund BasisRule = "refund"
	// RuleTopUp: a top-up of an underpaid fee period (Refund; 第十六条).
	RuleTopUp BasisRule = "top_up"
	// RuleHeldCleared: an open item cleared into income other than by a
	// reconciliation (ClearHeld with nothing paid back; 第十七、十八条).
	RuleHeldCleared BasisRule = "held_cleared"
	// RuleHeldRefunded: an open item paid back whole (ClearHeld; 第十六条);
	// Basis.To is the account paid to.
	RuleHeldRefunded BasisRule = "held_refunded"
	// RuleHeldSplit: an open item paid back in part, the rest levy income
	// (ClearHeld; 第十六、十八条); Basis.To is the account paid to.
	RuleHeldSplit BasisRule = "held_split"
	// RuleInsurerPayment: an insurer's benefit payment booked as
	// expenditure owed to it (Settle; 第五十、五十七条); Basis.Insurer is the
	// insurer.
	RuleInsurerPayment BasisRule = "insurer_payment"
	// RuleMonthlySettlement: the insurer settled for a month's payments
	// (Settle; 第五十七条).
	RuleMonthlySettlement BasisRule = "monthly_settlement"
)

var basisRules = [...]BasisRule{RuleReceipt, RuleReceiptHeld, RuleReceiptCleared, RuleRefund, RuleTopUp,
	RuleHeldCleared, RuleHeldRefunded, RuleHeldSplit, RuleInsurerPayment, RuleMonthlySettlement}

// parseBasisRule reads a rule key ("treasury_receipt", "refund", …); any
// other text, the empty one too, is code bad_posting.
func parseBasisRule(s string) (BasisRule, error) {
	for _, r := range basisRules {
		if string(r) == s {
			return r, nil
		}
	}
	if s == "" {
		return "", errzh.With(fmt.Errorf("%w: no basis rule", errBadPosting), "没有记账依据规则")
	}
	return "", errzh.With(fmt.Errorf("%w: unknown basis rule %s", errBadPosting, echo(s)), "记账依据规则 %s 不在列表中", echo(s))
}

// UnmarshalText reads a rule as parseBasisRule does, so a snapshot holding
// an unknown one is refused where it is read.
func (r *BasisRule) UnmarshalText(b []byte) error {
	if r == nil {
		return errzh.With(fmt.Errorf("%w: nil *BasisRule", errBadPosting), "没有提供记账依据规则（*BasisRule 为 nil）")
	}
	v, err := parseBasisRule(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Basis is what a posting the package builds books, as data: the rule, and
// the few values the posting's other fields do not already hold. The rest
// of what an explanation says — the receipt (Origin.Ref), the item cleared
// (Clears), the dates, periods and amounts — is read from the posting
// itself when it is rendered, so it is never kept twice and can never
// disagree. The zero Basis is none: a posting the host writes says what it
// books in Source.
//
// Basis is comparable: two postings of the same document are the same
// when their rules and values are, whatever either explanation says.
type Basis struct {
	Rule BasisRule `json:"rule"`
	// To is the account money is paid back to (the one the tax bureau's
	// refund push names), on RuleRefund, RuleHeldRefunded and RuleHeldSplit
	// (第十六条); the host's text, kept as given.
	To string `json:"to,omitempty"`
	// Insurer is the insurer whose payment RuleInsurerPayment books
	// (the posting's counterparty is the worker paid).
	Insurer string `json:"insurer,omitempty"`
}

// isZero reports whether b is the zero Basis (a posting the host wrote).
func (b Basis) isZero() bool { return b == Basis{} }

// check checks b as the basis of p (b is not zero): a known rule, on a
// posting of the shape the rule builds, with the values the rule takes
// and no others.
func (b Basis) check(p *Posting) error {
	if _, err := parseBasisRule(string(b.Rule)); err != nil {
		zh := strings.TrimPrefix(errzh.Of(err), errBadPosting.Chinese()+"：")
		return badPostingZH(p.ID, "记账依据："+zh, fmt.Sprintf("basis: %v", strings.TrimPrefix(err.Error(), errBadPosting.Error()+": ")))
	}
	bad := func(zh, f string, a ...any) error {
		return badPostingZH(p.ID, fmt.Sprintf("记账依据 %s：", b.Rule)+fmt.Sprintf(zh, a...), fmt.Sprintf("basis %s: ", b.Rule)+fmt.Sprintf(f, a...))
	}
	var origin OriginKind
	switch b.Rule {
	case RuleReceipt, RuleReceiptHeld:
		origin = TreasuryReceipt
	case RuleReceiptCleared:
		origin = SuspenseClearing
	case RuleInsurerPayment:
		origin = BenefitPayment
	case RuleMonthlySettlement:
		origin = InsurerSettlement
	}
	switch {
	case p.Source != "":
		return bad("本库生成的凭证不写来源（来源是调用方自己所记凭证的文字）", "a posting the package builds carries no Source (the host's words are for a posting it writes)")
	case p.Origin.Kind != origin:
		if origin == "" {
			return bad("不记外部单据（Origin）", "books no outside document (Origin)")
		}
		return bad("所记外部单据（Origin）应为 %s", "books a %s (Origin)", origin)
	case p.Reverses != "":
		return bad("有记账依据的凭证不冲销凭证（冲销由调用方记，写明来源）", "a posting with a basis reverses nothing (a reversal is the host's, with its Source)")
	}
	clears := b.Rule == RuleHeldCleared || b.Rule == RuleHeldRefunded || b.Rule == RuleHeldSplit
	switch {
	case clears && p.Clears == "":
		return bad("应冲抵一笔未清暂收款（Clears）", "clears an open item (Clears)")
	case (b.Rule == RuleRefund || b.Rule == RuleTopUp) && (p.Clears != "" || p.FeePeriod.IsZero()):
		return bad("应有费款所属期，且不冲抵暂收款", "has a fee period and clears nothing")
	}
	takesTo := b.Rule == RuleRefund || b.Rule == RuleHeldRefunded || b.Rule == RuleHeldSplit
	switch {
	case !takesTo && b.To != "":
		return bad("不写收款账户", "names no account paid to")
	case b.Rule != RuleInsurerPayment && b.Insurer != "":
		return bad("不写商业保险机构", "names no insurer")
	case b.Rule == RuleInsurerPayment:
		if err := validID(b.Insurer); err != nil {
			return errzh.With(fmt.Errorf("%w %s: basis: insurer: %w", errBadPosting, echo(p.ID), err), "凭证 %s：记账依据：商业保险机构：%s", echo(p.ID), errzh.Of(err))
		}
	case !utf8.ValidString(b.To):
		return bad("收款账户不是 UTF-8 文本（快照无法原样读回）", "the account paid to is not UTF-8 (a snapshot would not give it back as it is)")
	case jsonLen(b.To) > jsoncode.MaxString:
		return bad("收款账户超过快照能读回的长度（按 JSON 写出为 %d 字节）", "the account paid to is longer than a snapshot reads back (%d bytes as JSON writes it)", jsoncode.MaxString)
	}
	return nil
}

// basisOf is what p books as data: its Basis, or for a posting with none,
// the rule of a sentence an earlier version wrote into Source (legacyBasis),
// ok = false when Source is the host's own words. Post compares postings by
// it, so a posting written by an earlier version and the same document
// built now are the same posting.
func basisOf(p *Posting) (b Basis, ok bool) {
	if !p.Basis.isZero() {
		return p.Basis, true
	}
	return legacyBasis(p)
}

// sameBasis reports whether a and b book the same thing: the same basis
// (rule and values), or, for postings the host wrote, the same words.
func sameBasis(a, b *Posting) bool {
	if a.Basis == b.Basis && a.Source == b.Source {
		return true
	}
	x, okA := basisOf(a)
	y, okB := basisOf(b)
	return okA && okB && x == y
}

// legacyBasis maps the Source sentence a posting built by an earlier
// version carries (these versions wrote English into Source) to the Basis
// this version gives the same posting: a candidate rule is taken from the
// posting's shape, its values (the account paid to, the insurer) are cut
// from the sentence, and the candidate is kept only when one of the
// sentences those versions wrote for it is the Source, byte for byte.
// Anything else stays the host's words (ok = false).
func legacyBasis(p *Posting) (Basis, bool) {
	s := p.Source
	if s == "" {
		return Basis{}, false
	}
	var cands []Basis
	switch p.Origin.Kind {
	case TreasuryReceipt:
		cands = []Basis{{Rule: RuleReceipt}, {Rule: RuleReceiptHeld}}
	case SuspenseClearing:
		cands = []Basis{{Rule: RuleReceiptCleared}}
	case BenefitPayment:
		if ins, ok := strings.CutPrefix(s, "insurer "); ok {
			if ins, ok = strings.CutSuffix(ins, " payment "+p.Origin.Ref+"; 第五十、五十七条"); ok {
				cands = []Basis{{Rule: RuleInsurerPayment, Insurer: ins}}
			}
		}
	case InsurerSettlement:
		cands = []Basis{{Rule: RuleMonthlySettlement}}
	case "":
		switch {
		case p.Reverses != "":
		case p.Clears != "":
			cands = []Basis{{Rule: RuleHeldCleared}}
			if to, ok := cutBetween(s, "held receipt "+p.Clears+" refunded to ", "; 第十六条"); ok {
				cands = append(cands, Basis{Rule: RuleHeldRefunded, To: to})
			}
			if _, rest, ok := strings.Cut(s, " refunded to "); ok {
				if to, ok := strings.CutSuffix(rest, " (第十六条), the rest levy income"); ok {
					cands = append(cands, Basis{Rule: RuleHeldSplit, To: to})
				}
			}
		case !p.FeePeriod.IsZero():
			cands = []Basis{{Rule: RuleTopUp}}
			for _, pre := range []string{"第十六条 refund for fee period " + p.FeePeriod.String() + " (退款所属费款账期) to ", "第十六条 refund to "} {
				if to, ok := strings.CutPrefix(s, pre); ok {
					cands = append(cands, Basis{Rule: RuleRefund, To: to})
				}
			}
		}
	}
	for _, b := range cands {
		q := *p
		q.Source, q.Basis = "", b
		if b.check(&q) != nil {
			continue
		}
		for _, old := range legacySentences(&q) {
			if old == s {
				return b, true
			}
		}
	}
	return Basis{}, false
}

func cutBetween(s, pre, suf string) (string, bool) {
	if m, ok := strings.CutPrefix(s, pre); ok {
		return strings.CutSuffix(m, suf)
	}
	return "", false
}

// legacySentences are the Source sentences earlier versions wrote for p
// (whose Basis is set): the wording up to issue 20, and the older ones it
// replaced. They are read, never written.
func legacySentences(p *Posting) []string {
	b := p.Basis
	switch b.Rule {
	case RuleReceipt, RuleReceiptHeld:
		held, arts := "", "; 第十七、十八、四十九条"
		if b.Rule == RuleReceiptHeld {
			held, arts = " held in suspense (暂收款) until the records agree", "; 第十七、十八条"
		}
		base := "treasury receipt " + p.Origin.Ref + held
		return []string{base + legacyLateNote(p) + arts, base + arts}
	case RuleReceiptCleared:
		base := "treasury receipt " + p.Origin.Ref + " cleared from suspense: records now agree"
		out := []string{base + "; 第十七、十八、四十九条"}
		if !p.EntryDate.IsZero() {
			out = append(out, base+"; income as of its entry date "+p.EntryDate.String()+legacyLateNote(p)+"; 第十七、十八、四十九条")
		}
		return out
	case RuleRefund:
		return []string{"第十六条 refund for fee period " + p.FeePeriod.String() + " (退款所属费款账期) to " + b.To, "第十六条 refund to " + b.To}
	case RuleTopUp:
		return []string{"第十六条 top-up for fee period " + p.FeePeriod.String(), "第十六条 top-up"}
	case RuleHeldCleared:
		return []string{"held receipt " + p.Clears + " cleared into levy income; 第十七、十八条"}
	case RuleHeldRefunded:
		return []string{"held receipt " + p.Clears + " refunded to " + b.To + "; 第十六条"}
	case RuleHeldSplit:
		return []string{"held receipt " + p.Clears + ": " + creditOf(p, SpecialAccount).String() + " refunded to " + b.To + " (第十六条), the rest levy income"}
	case RuleInsurerPayment:
		return []string{"insurer " + b.Insurer + " payment " + p.Origin.Ref + "; 第五十、五十七条"}
	case RuleMonthlySettlement:
		return []string{"第五十七条 monthly settlement"}
	}
	return nil
}

// legacyLateNote is the note earlier versions added to a receipt booked
// after its entry month's period was closed.
func legacyLateNote(p *Posting) string {
	entry := entryDate(p)
	switch {
	case entry.IsZero():
	case p.Period.Year() > entry.Year():
		return " (entered " + entry.String() + " in a year whose books were closed: booked in " + p.Period.String() + ", an item of an earlier year)"
	case p.Period != monthOf(entry):
		return " (entered " + entry.String() + " in a closed period: booked in " + p.Period.String() + ")"
	}
	return ""
}

// Chinese returns the term a clerk reads for the rule, or "" for a rule
// not on the list.
func (r BasisRule) Chinese() string {
	switch r {
	case RuleReceipt:
		return "国库入库计入收入"
	case RuleReceiptHeld:
		return "国库入库挂账暂收款"
	case RuleReceiptCleared:
		return "暂收款核对一致转入收入"
	case RuleRefund:
		return "多缴退还"
	case RuleTopUp:
		return "少缴补缴"
	case RuleHeldCleared:
		return "暂收款转入收入"
	case RuleHeldRefunded:
		return "暂收款全额退还"
	case RuleHeldSplit:
		return "暂收款部分退还、其余转入收入"
	case RuleInsurerPayment:
		return "商业保险机构垫付待遇"
	case RuleMonthlySettlement:
		return "与商业保险机构按月结算"
	}
	return ""
}

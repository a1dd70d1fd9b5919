package ledger

// A posting and its checks: balanced lines of the scheme's subjects, a
// counterparty, the fee period, and what a reversal must mirror.

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/money"
)

// Line is one debit or credit of a posting. Exactly one of Debit and Credit
// is positive; JSON leaves the zero one out.
type Line struct {
	Subject Subject      `json:"subject"`
	Debit   money.Amount `json:"debit,omitzero"`
	Credit  money.Amount `json:"credit,omitzero"`
}

// Posting is one balanced journal entry, keyed by the host's document ID.
type Posting struct {
	// ID is the host's document ID: the idempotency key.
	ID string `json:"id"`
	// Date is the day the money moved (or the entry was made, for one that
	// moves none).
	Date calendar.Date `json:"date"`
	// Period is the accounting period (会计期间) the posting is booked in:
	// the one Close closes. The postings this package builds book in the
	// month the money moved (the fund keeps its books on a cash basis).
	Period calendar.Month `json:"period"`
	// FeePeriod is the fee period (费款所属期) the amounts belong to, for
	// levy receipts, refunds and top-ups (第十六条: 退款所属费款账期); zero
	// when the posting has none. A closed accounting period does not close
	// its fee period: a refund for it is booked in the period it happens.
	FeePeriod    calendar.Month `json:"fee_period,omitzero"`
	Counterparty Counterparty   `json:"counterparty"`
	// Source is, on a posting the host writes, what it books in the host's
	// own words (the document or article behind it), kept as given; empty
	// on a posting the package builds, which carries its Basis instead.
	// Explain renders either.
	Source string `json:"source,omitempty"`
	// Basis is, on a posting the package builds (Reconcile, Refund,
	// ClearHeld, Settle), what it books as data: a stable rule and the
	// values the posting's other fields do not hold. Post compares it, not
	// any text, so a later wording never makes re-posting the same document
	// a conflict. Zero on a posting the host writes.
	Basis Basis  `json:"basis,omitzero"`
	Lines []Line `json:"lines"`
	// Reverses is the ID of the posting this one reverses, if any. A
	// reversal mirrors its original exactly (code false_reversal).
	Reverses string `json:"reverses,omitempty"`
	// Clears is the ID of the suspense posting (an open item) this one
	// clears, if any: it debits Suspense by exactly what that posting holds
	// (code bad_clearing).
	Clears string `json:"clears,omitempty"`
	// EntryDate is, on a posting that clears a receipt held in suspense
	// (Clears) and on its reversal, the day that money entered the treasury
	// (资金缴纳入库时间): the receipt's own Date. 第十八条 books income 按照市税务局
	// 反馈的资金缴纳入库时间, so it is the accounting date of the income the
	// clearing books: the yearly summary (第七十七条) counts that income in
	// the entry date's year (Summarize), and the clearing is booked in the
	// entry month's period when it is open (Journal.Reconcile, ClearHeld).
	// Date stays the day the clearing was done; both are on the posting.
	// Zero on every other posting (a receipt's Date is its entry date), and
	// on a clearing written before issue 19, which the summary then counts
	// on its Date as it did. Post checks it: set only on a clearing or a
	// reversal (code bad_posting), never after Date and never in a month after
	// Period (income is not booked before the money came in), and on a
	// clearing equal to the Date of the receipt it clears (code bad_clearing).
	EntryDate calendar.Date `json:"entry_date,omitzero"`
	// Origin is the outside document a posting the package built books (a
	// treasury receipt, a clearing of one, an insurer's payment or monthly
	// settlement), and its ID is then the one derived from Origin; zero for a posting
	// the host wrote, whose ID may not have that form (code reserved_id).
	Origin Origin `json:"origin,omitzero"`
}

// Validate checks p: an ID, a date, a period, a counterparty, either a
// Source (in UTF-8, and no longer than ParseSnapshot reads back:
// 64 KiB, the strict reader's longest string, as JSON writes it) or a Basis of a known rule on
// a posting of the shape that rule builds, at least two lines of known subjects, each a
// positive amount of at most 10¹² 元 on one side, and debits equal to
// credits.
func (p *Posting) Validate() error {
	if p == nil {
		return errzh.With(fmt.Errorf("%w: nil posting", errBadPosting), "没有凭证（nil）")
	}
	bad := func(zh, f string, a ...any) error { return badPosting(p.ID, zh, f, a...) }
	if p.Origin.isZero() {
		if err := validID(p.ID); err != nil {
			return errzh.With(fmt.Errorf("%w: ID: %w", errBadPosting, err), "凭证编号：%s", errzh.Of(err))
		}
		if reserved(p.ID) {
			return errzh.With(fmt.Errorf("%w: posting %s has no Origin", errReservedID, echo(p.ID)), "凭证 %s 没有所记的外部单据（Origin）", echo(p.ID))
		}
	} else if err := p.Origin.check(p); err != nil {
		return err
	}
	switch {
	case p.Date.IsZero():
		return bad("没有日期", "no date")
	case p.Period.IsZero():
		return bad("没有会计期间", "no period")
	case p.Counterparty.Kind == "" || p.Counterparty.ID == "":
		return bad("没有往来单位", "no counterparty")
	case !p.Basis.isZero():
		if err := p.Basis.check(p); err != nil {
			return err
		}
	case strings.TrimSpace(p.Source) == "":
		return bad("既没有来源（凭证所记的内容），也没有记账依据", "no source (what the posting books) and no basis")
	case !utf8.ValidString(p.Source):
		return bad("来源不是 UTF-8 文本（快照无法原样读回）", "the source is not UTF-8 (a snapshot would not give it back as it is)")
	case jsonLen(p.Source) > jsoncode.MaxString:
		return bad("来源超过快照能读回的长度（按 JSON 写出为 %d 字节）", "the source is longer than a snapshot reads back (%d bytes as JSON writes it)", jsoncode.MaxString)
	}
	if len(p.Lines) < 2 {
		return bad("分录少于两行", "fewer than two lines")
	}
	if !p.EntryDate.IsZero() {
		switch {
		case p.Clears == "" && p.Reverses == "":
			return bad("资金缴纳入库时间只写在冲抵暂收款的凭证（或其冲销凭证）上", "an entry date (资金缴纳入库时间) belongs on a clearing of a receipt held in suspense, or its reversal")
		case p.EntryDate.After(p.Date):
			return bad("资金入库日期 %s 晚于凭证日期 %s", "the money entered the treasury on %s, after the posting's date %s", p.EntryDate, p.Date)
		case p.Period.Before(calendar.MonthOfDate(p.EntryDate)):
			return bad("记入 %s，早于资金入库日期 %s", "booked in %s, before the money entered the treasury on %s", p.Period, p.EntryDate)
		}
	}
	if _, err := parseCounterpartyKind(string(p.Counterparty.Kind)); err != nil {
		// The counterparty's code first (errcode.Of), then code bad_posting:
		// fmt.Errorf lists wrapped errors in the order of its arguments.
		return errzh.With(fmt.Errorf("%[2]w %[3]s: %[1]w", err, errBadPosting, echo(p.ID)), "凭证 %s：%s", echo(p.ID), errzh.Of(err))
	}
	if err := validID(p.Counterparty.ID); err != nil {
		return errzh.With(fmt.Errorf("%w %s: counterparty ID: %w", errBadPosting, echo(p.ID), err), "凭证 %s：往来单位编号：%s", echo(p.ID), errzh.Of(err))
	}
	var debit, credit money.Amount
	for i, l := range p.Lines {
		if !known(l.Subject) {
			// code not_scheme first (errcode.Of), then code bad_posting.
			return errzh.With(fmt.Errorf("%[2]w %[3]s: line %[4]d: %[1]w: %[5]s", errNotScheme, errBadPosting, echo(p.ID), i+1, echo(string(l.Subject))), "凭证 %s：第 %d 行：科目 %s 不是职业伤害保障的科目", echo(p.ID), i+1, echo(string(l.Subject)))
		}
		if !lineOK(l.Debit) || !lineOK(l.Credit) || (l.Debit.Sign() > 0) == (l.Credit.Sign() > 0) {
			return bad("第 %d 行：应在借方或贷方之一写一个正数金额，最多 10¹² 元", "line %d: want one positive amount, up to 10¹² 元, as debit or credit", i+1)
		}
		var okSum bool
		if debit, okSum = debit.Add(l.Debit); !okSum {
			return errzh.With(fmt.Errorf("%w: posting %s: the debits' total", errOverflow, echo(p.ID)), "凭证 %s：借方合计", echo(p.ID))
		}
		if credit, okSum = credit.Add(l.Credit); !okSum {
			return errzh.With(fmt.Errorf("%w: posting %s: the credits' total", errOverflow, echo(p.ID)), "凭证 %s：贷方合计", echo(p.ID))
		}
	}
	if debit != credit {
		return errzh.With(fmt.Errorf("%w %s: debits %s, credits %s", errUnbalanced, echo(p.ID), debit, credit), "凭证 %s：借方 %s，贷方 %s", echo(p.ID), debit, credit)
	}
	return nil
}

func badPosting(id, zh, f string, a ...any) error {
	return badPostingZH(id, fmt.Sprintf(zh, a...), fmt.Sprintf(f, a...))
}

// same reports whether two postings have the same content: the same
// fields and lines, and the same basis (sameBasis: the same rule and
// values, a sentence an earlier version wrote counting as the basis it
// maps to; the same words for a posting the host wrote). No rendered text
// is compared.
func same(a, b Posting) bool {
	if a.ID != b.ID || a.Date != b.Date || a.EntryDate != b.EntryDate || a.Period != b.Period || a.FeePeriod != b.FeePeriod || a.Counterparty != b.Counterparty ||
		!sameBasis(&a, &b) || a.Reverses != b.Reverses || a.Clears != b.Clears || a.Origin != b.Origin || len(a.Lines) != len(b.Lines) {
		return false
	}
	for i := range a.Lines {
		x, y := a.Lines[i], b.Lines[i]
		if x != y {
			return false
		}
	}
	return true
}

// mirrors reports whether rev is the exact reversal of orig: the same
// subjects and amounts with debit and credit swapped (in any order), the
// same counterparty, accounting period, fee period and entry date, and no
// clearing.
func mirrors(rev, orig *Posting) bool {
	if rev.Counterparty != orig.Counterparty || rev.Period != orig.Period || rev.FeePeriod != orig.FeePeriod || rev.EntryDate != orig.EntryDate ||
		rev.Clears != "" || len(rev.Lines) != len(orig.Lines) {
		return false
	}
	want := make(map[Line]int, len(orig.Lines))
	for _, l := range orig.Lines {
		want[Line{l.Subject, l.Credit, l.Debit}]++
	}
	for _, l := range rev.Lines {
		if want[l] == 0 {
			return false
		}
		want[l]--
	}
	return true
}

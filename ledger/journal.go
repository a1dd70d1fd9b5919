package ledger

// The journal: postings in order, idempotent by ID, reversals, and the
// balances they move (第四十七、四十九、五十条).

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
)

// Errors of the journal.
var (
	errUnbalanced = errcode.New("unbalanced", errcode.Stop,
		"ledger: debits and credits differ",
		"借贷不平衡")
	errBadPosting = errcode.New("bad_posting", errcode.Stop,
		"ledger: invalid posting",
		"记账凭证不合要求")
	ErrConflict = errcode.New("conflict", errcode.Stop,
		"ledger: a posting with this ID and different content already exists",
		"已有同一编号但内容不同的凭证")
	ErrClosed = errcode.New("closed", errcode.Stop,
		"ledger: the period is closed",
		"该期间已结账，不能再记账")
	ErrUnknownID = errcode.New("unknown_id", errcode.Stop,
		"ledger: no posting with this ID",
		"不存在该编号的凭证")
	ErrReversed = errcode.New("reversed", errcode.Stop,
		"ledger: the posting is already reversed",
		"该凭证已被冲销")
	errNotScheme = errcode.New("not_scheme", errcode.Stop,
		"ledger: not a subject of the scheme (ozb.*)",
		"不是职业伤害保障的科目")
	errSnapshotJSON = errcode.New("bad_snapshot", errcode.Stop,
		"ledger: malformed snapshot",
		"账簿（快照）的 JSON 不合要求：读取时即拒绝")
	// code overflow: a total, a balance (of a period, over all periods, or as
	// of a day; in the subject's natural sign) or a count would leave the
	// range a money.Amount or an int can hold (about 9.2×10¹⁶ 元); what
	// would overflow is refused, nothing wraps.
	errOverflow = errcode.New("overflow", errcode.Stop,
		"ledger: out of range (a total, balance or count would overflow)",
		"金额超出可处理的范围")
	// code false_reversal: a posting that names Reverses but does not mirror the
	// original exactly (same subjects and amounts with debit and credit
	// swapped, same counterparty, accounting period, fee period and entry
	// date).
	errFalseReversal = errcode.New("false_reversal", errcode.Stop,
		"ledger: not an exact reversal of the posting it names",
		"不是所指凭证的完全冲销")
	// ErrNegative: the posting would take a subject that cannot be negative
	// (nonNegative) below zero.
	ErrNegative = errcode.New("negative", errcode.Stop,
		"ledger: the posting would take a subject below zero",
		"该凭证会使科目余额小于零")
	// code bad_clearing: a posting that names Clears does not clear exactly an
	// open suspense item, or a posting moves Suspense in a way that is
	// neither holding a receipt nor clearing one.
	errBadClearing = errcode.New("bad_clearing", errcode.Stop,
		"ledger: not a clearing of an open suspense item",
		"不是对一笔未清暂收款的冲抵")
	// code nil_journal: a method that changes the books was called on a nil
	// *Journal. (Reading methods treat a nil *Journal as empty.)
	errNilJournal = errcode.New("nil_journal", errcode.FixCall,
		"ledger: nil *Journal",
		"没有提供账簿（*Journal 为 nil）")
	// code reserved_id: a posting the host wrote (no Origin) whose ID has the
	// form of one the package derives ("treasury-receipt:…",
	// "treasury-receipt#2:…", "suspense-clear…", "benefit-paid…",
	// "insurer-settlement…"), or a posting with an Origin whose ID is not
	// the one derived from its Origin: either would stand for a document it does not
	// book. It wraps code bad_posting.
	errReservedID = errcode.New("reserved_id", errcode.Stop,
		errBadPosting.Error()+": the ID has the form of a posting the package derives for an outside document, and the posting is not that document's (Origin)",
		"凭证编号采用了本库为外部单据生成的凭证编号的形式，但该凭证不是那张单据的").Under(errBadPosting)
	// ErrAlreadyBooked: a posting books a document (Origin) that another
	// posting on the books, not reversed, books already: a receipt, a
	// payment or a settlement is on the books once. It wraps ErrConflict.
	ErrAlreadyBooked = errcode.New("already_booked", errcode.Stop,
		ErrConflict.Error()+": the document is booked already by another posting, not reversed",
		"该单据已由另一张未冲销的凭证记账，不重复记账").Under(ErrConflict)
)

type cell struct {
	subject Subject
	period  calendar.Month
}

// Journal is the scheme's books: postings in the order they were made, and
// the balance of every subject in every period. The zero Journal is empty
// and ready. A Journal is not safe for concurrent use.
type Journal struct {
	chunks    [][]Posting // postings in order, in chunks so that growing never copies them
	lines     [][]Line    // the postings' lines, in chunks
	n         int
	byID      map[string]int
	reversed  map[string]string        // ID → the ID that reversed it
	balance   map[cell]money.Amount    // debits − credits
	total     map[Subject]money.Amount // debits − credits over all periods
	byDay     map[Subject]*dayBook     // the nonNegative subjects' movements by date
	held      map[string]money.Amount  // open items: suspense posting ID → the amount held
	clearedBy map[string]string        // suspense posting ID → the posting that cleared it
	reopened  map[string]calendar.Date // open items whose clearing was reversed → the reversal's date
	origins   map[originKey]bookings   // the documents the package's postings book (Origin)
	closed    map[calendar.Month]bool
	// closedYear is the host's ClosedYearRule (not part of the books).
	closedYear ClosedYearRule
}

// NewJournal returns an empty journal with room for about sizeHint
// postings, as make does for a map: a host loading a large book saves the
// time of growing it. The zero Journal works as well.
func NewJournal(sizeHint int) *Journal {
	j := &Journal{}
	if sizeHint < 0 {
		sizeHint = 0
	}
	j.byID = make(map[string]int, sizeHint)
	j.init()
	return j
}

func (j *Journal) init() {
	if j.byID == nil {
		j.byID = map[string]int{}
	}
	if j.reversed == nil {
		j.reversed = map[string]string{}
		j.balance = map[cell]money.Amount{}
		j.total = map[Subject]money.Amount{}
		j.byDay = map[Subject]*dayBook{}
		j.held = map[string]money.Amount{}
		j.clearedBy = map[string]string{}
		j.reopened = map[string]calendar.Date{}
		j.origins = map[originKey]bookings{}
		j.closed = map[calendar.Month]bool{}
	}
}

// Post records p. Posting a document ID again with the same content changes
// nothing and reports duplicate = true; with different content it is
// ErrConflict. A posting to a closed period is ErrClosed. Post refuses, and
// then changes nothing:
//   - an invalid or unbalanced posting (code bad_posting, code unbalanced), or one
//     whose totals or balances would overflow (code overflow); an ID, a
//     counterparty or an Origin's ref that validID refuses (code bad_id); a
//     posting the host wrote under an ID of the form the package derives,
//     or one whose Origin does not give its ID (code reserved_id);
//   - a posting that books a document (Origin) another posting on the
//     books, not reversed, books already (ErrAlreadyBooked);
//   - a reversal (Reverses) of an unknown posting (ErrUnknownID), of one
//     already reversed (ErrReversed), of a reversal, or one that does not
//     mirror its original exactly (code false_reversal);
//   - a posting that would take a nonNegative subject below zero
//     (ErrNegative) as of its date or any later date: the balances are
//     taken in the order the money moved (by Date), so the same postings
//     in any order are accepted or refused alike; a balance as of a day
//     that would leave the range of a money.Amount is code overflow;
//   - a posting that debits Suspense without clearing exactly one open
//     item (Clears), or clears one that is not open (code bad_clearing);
//   - an EntryDate where it does not belong, after Date or in a month
//     after Period (code bad_posting); on a clearing, one that is not the
//     date of the receipt it clears, or a clearing with an EntryDate
//     booked in a period before that receipt's (code bad_clearing);
//   - under RefuseClosedYear, a receipt or a clearing that books money
//     entered in a closed period in a later year's period (ErrClosedYear).
func (j *Journal) Post(p Posting) (duplicate bool, err error) {
	if j == nil {
		return false, errNilJournal
	}
	j.init()
	if err := p.Validate(); err != nil {
		return false, err
	}
	if i, ok := j.byID[p.ID]; ok {
		if same(*j.at(i), p) {
			return true, nil
		}
		return false, errzh.With(fmt.Errorf("%w: %s", ErrConflict, echo(p.ID)),
			"凭证编号 %s", echo(p.ID))
	}
	if p.Reverses != "" && p.Clears != "" {
		return false, badPosting(p.ID, "一张凭证或冲销、或冲抵，不能兼有", "a posting either reverses or clears, not both")
	}
	if !p.Origin.isZero() {
		if b := j.origins[p.Origin.key()]; b.live > 0 {
			return false, errzh.With(fmt.Errorf("%w: %s books %s %s, booked by %s", ErrAlreadyBooked, echo(p.ID), p.Origin.Kind, echo(p.Origin.Ref), echo(j.at(b.live-1).ID)),
				"凭证 %s 所记 %s %s 已由 %s 记账", echo(p.ID), p.Origin.Kind, echo(p.Origin.Ref), echo(j.at(b.live-1).ID))
		}
		if p.Origin.Kind == SuspenseClearing {
			if i, ok := j.byID[p.Clears]; ok {
				if o := j.at(i).Origin; o.Kind != TreasuryReceipt || o.Ref != p.Origin.Ref {
					return false, errzh.With(fmt.Errorf("%w: %s clears receipt %s, but %s does not book it", errBadClearing, echo(p.ID), echo(p.Origin.Ref), echo(p.Clears)),
						"凭证 %s 冲抵入库记录 %s，但 %s 所记的不是该记录", echo(p.ID), echo(p.Origin.Ref), echo(p.Clears))
				}
			}
		}
	}
	var orig *Posting
	if p.Reverses != "" {
		i, ok := j.byID[p.Reverses]
		if !ok {
			return false, errzh.With(fmt.Errorf("%w: %s reverses %s", ErrUnknownID, echo(p.ID), echo(p.Reverses)),
				"凭证 %s 冲销的 %s 不存在", echo(p.ID), echo(p.Reverses))
		}
		if by, done := j.reversed[p.Reverses]; done {
			return false, errzh.With(fmt.Errorf("%w: %s by %s", ErrReversed, echo(p.Reverses), echo(by)),
				"%s 已由 %s 冲销", echo(p.Reverses), echo(by))
		}
		orig = j.at(i)
		if orig.Reverses != "" {
			return false, errzh.With(fmt.Errorf("%w: %s reverses %s, itself a reversal (post the entry again instead)", errFalseReversal, echo(p.ID), echo(p.Reverses)),
				"凭证 %s 冲销的 %s 本身是冲销凭证（应重新记原分录）", echo(p.ID), echo(p.Reverses))
		}
		if p.Date.Before(orig.Date) {
			return false, errzh.With(fmt.Errorf("%w: %s dated %s reverses %s dated %s: a reversal is not dated before its original", errFalseReversal, echo(p.ID), p.Date, echo(p.Reverses), orig.Date),
				"凭证 %s（日期 %s）冲销 %s（日期 %s）：冲销凭证的日期不早于原凭证", echo(p.ID), p.Date, echo(p.Reverses), orig.Date)
		}
		if !mirrors(&p, orig) {
			return false, errzh.With(fmt.Errorf("%w: %s does not mirror %s (same subjects and amounts, debit and credit swapped, same counterparty, periods and entry date)", errFalseReversal, echo(p.ID), echo(p.Reverses)),
				"凭证 %s 与 %s 不对应（应科目、金额相同而借贷互换，往来单位、期间和入库日期相同）", echo(p.ID), echo(p.Reverses))
		}
		if by, ok := j.clearedBy[p.Reverses]; ok {
			return false, errzh.With(fmt.Errorf("%w: %s holds a receipt already cleared by %s: reverse the clearing first", errBadClearing, echo(p.Reverses), echo(by)),
				"%s 所暂收的款项已由 %s 冲抵：应先冲销该冲抵凭证", echo(p.Reverses), echo(by))
		}
	}
	if j.closed[p.Period] {
		return false, errzh.With(fmt.Errorf("%w: %s (posting %s)", ErrClosed, p.Period, echo(p.ID)),
			"%s（凭证 %s）", p.Period, echo(p.ID))
	}
	if err := j.closedYearRefused(&p); err != nil {
		return false, err
	}
	var sus money.Amount // net credit to Suspense
	for _, l := range p.Lines {
		if l.Subject == Suspense {
			sus, _ = sus.Sub(net(l)) // each partial sum lies within the posting's totals, which Validate bounded
		}
	}
	switch {
	case p.Clears != "":
		h, open := j.held[p.Clears]
		if !open {
			if by, ok := j.clearedBy[p.Clears]; ok {
				return false, errzh.With(fmt.Errorf("%w: %s is already cleared by %s", errBadClearing, echo(p.Clears), echo(by)),
					"%s 已由 %s 冲抵", echo(p.Clears), echo(by))
			}
			return false, errzh.With(fmt.Errorf("%w: %s clears %s, which holds nothing in suspense", errBadClearing, echo(p.ID), echo(p.Clears)),
				"凭证 %s 冲抵的 %s 没有暂收款", echo(p.ID), echo(p.Clears))
		}
		hp := j.at(j.byID[p.Clears])
		if p.Date.Before(hp.Date) {
			return false, errzh.With(fmt.Errorf("%w: %s dated %s clears %s, received %s: a clearing is not dated before the receipt", errBadClearing, echo(p.ID), p.Date, echo(p.Clears), hp.Date),
				"凭证 %s（日期 %s）冲抵 %s（收到于 %s）：冲抵凭证的日期不早于收款", echo(p.ID), p.Date, echo(p.Clears), hp.Date)
		}
		if !p.EntryDate.IsZero() && p.EntryDate != hp.Date {
			return false, errzh.With(fmt.Errorf("%w: %s gives the entry date %s, but %s entered the treasury on %s", errBadClearing, echo(p.ID), p.EntryDate, echo(p.Clears), hp.Date),
				"凭证 %s 写的入库日期为 %s，但 %s 于 %s 入库", echo(p.ID), p.EntryDate, echo(p.Clears), hp.Date)
		}
		if !p.EntryDate.IsZero() && p.Period.Before(hp.Period) {
			return false, errzh.With(fmt.Errorf("%w: %s is booked in %s, before %s, the period of %s it clears", errBadClearing, echo(p.ID), p.Period, hp.Period, echo(p.Clears)),
				"凭证 %s 记入 %s，早于所冲抵的 %s 的期间 %s", echo(p.ID), p.Period, echo(p.Clears), hp.Period)
		}
		if r, ok := j.reopened[p.Clears]; ok && p.Date.Before(r) {
			return false, errzh.With(fmt.Errorf("%w: %s dated %s clears %s, open again only since %s (its earlier clearing was reversed then): a clearing is not dated before that", errBadClearing, echo(p.ID), p.Date, echo(p.Clears), r),
				"凭证 %s（日期 %s）冲抵 %s，而该款项 %s 才重新成为未清暂收款（此前的冲抵于当日被冲销）：冲抵凭证的日期不早于该日", echo(p.ID), p.Date, echo(p.Clears), r)
		}
		if out, _ := sus.Neg(); out != h {
			return false, errzh.With(fmt.Errorf("%w: %s debits suspense by %s, %s holds %s", errBadClearing, echo(p.ID), out, echo(p.Clears), h),
				"凭证 %s 借记暂收款 %s，而 %s 暂收 %s", echo(p.ID), out, echo(p.Clears), h)
		}
	case p.Reverses != "":
		// A receipt held again after its clearing was reversed is in
		// suspense only from that reversal's date: reversing the receipt
		// before it would take out money the books then held for other
		// items (found by TestJournalStateMachine: a later clearing of
		// another item, dated before, then took suspense below zero).
		if _, open := j.held[p.Reverses]; open {
			if r, ok := j.reopened[p.Reverses]; ok && p.Date.Before(r) {
				return false, errzh.With(fmt.Errorf("%w: %s dated %s reverses %s, held in suspense again only since %s (its clearing was reversed then): a reversal is not dated before that", errFalseReversal, echo(p.ID), p.Date, echo(p.Reverses), r),
					"凭证 %s（日期 %s）冲销 %s，而该款项 %s 才重新成为暂收款（其冲抵于当日被冲销）：冲销凭证的日期不早于该日", echo(p.ID), p.Date, echo(p.Reverses), r)
			}
		}
	case sus.Sign() < 0:
		out, _ := sus.Neg() // within the posting's bounded totals
		return false, errzh.With(fmt.Errorf("%w: %s takes %s out of suspense without naming the open item it clears", errBadClearing, echo(p.ID), out),
			"凭证 %s 从暂收款中转出 %s，但没有写明冲抵哪一笔未清暂收款", echo(p.ID), out)
	}
	if err := j.apply(&p); err != nil {
		return false, err
	}
	// Accepted: nothing below can fail.
	switch {
	case p.Reverses != "":
		j.reversed[p.Reverses] = p.ID
		if _, open := j.held[p.Reverses]; open {
			delete(j.held, p.Reverses) // the receipt held is reversed: no longer open
			j.clearedBy[p.Reverses] = p.ID
		}
		if orig.Clears != "" { // a clearing reversed: the item is open again, from the reversal's date
			delete(j.clearedBy, orig.Clears)
			j.held[orig.Clears] = sus
			j.reopened[orig.Clears] = p.Date
		}
		if !orig.Origin.isZero() { // the document is no longer booked: it may be booked again
			k := orig.Origin.key()
			b := j.origins[k]
			b.live = 0
			j.origins[k] = b
		}
	case p.Clears != "":
		delete(j.held, p.Clears)
		delete(j.reopened, p.Clears)
		j.clearedBy[p.Clears] = p.ID
	case sus.Sign() > 0:
		j.held[p.ID] = sus
	}
	if !p.Origin.isZero() {
		k := p.Origin.key()
		b := j.origins[k]
		b.live = j.n + 1
		b.last = max(b.last, p.Origin.Seq)
		j.origins[k] = b
	}
	p.Lines = j.keepLines(p.Lines)
	if len(j.chunks) == 0 || len(j.chunks[len(j.chunks)-1]) == chunkSize {
		j.chunks = append(j.chunks, make([]Posting, 0, chunkSize))
	}
	last := len(j.chunks) - 1
	j.chunks[last] = append(j.chunks[last], p)
	j.byID[p.ID] = j.n
	j.n++
	return false, nil
}

// booking returns the posting that books the document (kind, ref), if one
// is on the books and not reversed, and the Origin a new booking of it
// takes: the next number after every one on the books (a document whose
// posting was reversed and is reported again is booked again, never left
// off the books). The document is found by its fields, never by parsing a
// posting's ID.
func (j *Journal) booking(kind OriginKind, ref string) (next Origin, live *Posting) {
	b := j.origins[originKey{kind: kind, ref: ref}]
	if b.live > 0 {
		live = j.at(b.live - 1)
	}
	return Origin{Kind: kind, Ref: ref, Seq: b.last + 1}, live
}

// apply adds p's lines to the balances, with checked arithmetic, and checks
// the nonNegative subjects; on any failure it takes back what it added and
// returns the error.
func (j *Journal) apply(p *Posting) error {
	undo := func(n int) {
		for _, l := range p.Lines[:n] {
			d := net(l)
			c := cell{l.Subject, p.Period}
			j.balance[c], _ = j.balance[c].Sub(d) // the exact inverse of what was added: back to a value that fitted
			j.total[l.Subject], _ = j.total[l.Subject].Sub(d)
		}
	}
	for i, l := range p.Lines {
		d := net(l)
		c := cell{l.Subject, p.Period}
		b, ok1 := j.balance[c].Add(d)
		t, ok2 := j.total[l.Subject].Add(d)
		if negated(l.Subject) && (b.Fen() == money.MinFen || t.Fen() == money.MinFen) {
			ok1 = false // in the subject's natural sign, 2⁶³ fen: out of range
		}
		if !ok1 || !ok2 {
			undo(i)
			return errzh.With(fmt.Errorf("%w: posting %s: the balance of %s", errOverflow, echo(p.ID), l.Subject),
				"凭证 %s：%s 的余额", echo(p.ID), l.Subject.Chinese())
		}
		j.balance[c] = b
		j.total[l.Subject] = t
	}
	// The nonNegative subjects, in the order the money moved: the balance
	// as of the posting's date and of every later date stays at or above
	// zero, whatever order the postings come in, and in range.
	day := int32(p.Date.DaysSince(calendar.Date{}))
	takeBack := func(i int) { // the subjects of lines before i already added to their day books
		for k, m := range p.Lines[:i] {
			if nonNegative(m.Subject) && !seenBefore(p.Lines[:k], m.Subject) {
				if mb, d := j.byDay[m.Subject], subjectDelta(p, m.Subject); mb != nil && !d.IsZero() {
					back, _ := d.Neg() // the exact inverse: it cannot fail
					mb.add(day, back)
				}
			}
		}
		undo(len(p.Lines))
	}
	for i, l := range p.Lines {
		if !nonNegative(l.Subject) || seenBefore(p.Lines[:i], l.Subject) {
			continue
		}
		delta := subjectDelta(p, l.Subject)
		if delta.IsZero() {
			continue
		}
		book := j.byDay[l.Subject]
		if book == nil {
			book = &dayBook{}
			j.byDay[l.Subject] = book
		}
		if !book.add(day, delta) {
			takeBack(i)
			return errzh.With(fmt.Errorf("%w: posting %s: the movement of %s on %s", errOverflow, echo(p.ID), l.Subject, p.Date),
				"凭证 %s：%s 在 %s 的发生额", echo(p.ID), l.Subject.Chinese(), p.Date)
		}
		if delta.Sign() > 0 && !book.wide {
			continue // every running balance lies within the book's bounds: in range, and a rise takes none below zero
		}
		at, low, neg, over := book.lowest(day)
		if over || (delta.Sign() < 0 && neg) {
			back, _ := delta.Neg() // the exact inverse of what was added
			book.add(day, back)
			takeBack(i)
			when, _ := p.Date.AddDays(int(at - day)) // at is on or after the posting's date, in the calendar's range
			if over {
				return errzh.With(fmt.Errorf("%w: posting %s dated %s: the balance of %s as of %s", errOverflow, echo(p.ID), p.Date, l.Subject, when),
					"凭证 %s（日期 %s）：%s 截至 %s 的余额", echo(p.ID), p.Date, l.Subject.Chinese(), when)
			}
			return errzh.With(fmt.Errorf("%w: posting %s dated %s would leave %s at %s on %s", ErrNegative, echo(p.ID), p.Date, l.Subject, low, when),
				"凭证 %s（日期 %s）会使 %s 在 %s 的余额为 %s", echo(p.ID), p.Date, l.Subject.Chinese(), when, low)
		}
	}
	return nil
}

// subjectDelta is what p adds to subject s in its natural sign (debits −
// credits for an asset, the reverse otherwise). Each partial sum lies
// within the posting's debit and credit totals, which Validate bounded, so
// nothing here overflows, and the result is never money.MinFen.
func subjectDelta(p *Posting, s Subject) money.Amount {
	var delta money.Amount
	for _, l := range p.Lines {
		if l.Subject == s {
			delta, _ = delta.Add(net(l))
		}
	}
	if TypeOf(s) != Asset {
		delta, _ = delta.Neg()
	}
	return delta
}

func seenBefore(ls []Line, s Subject) bool {
	for _, l := range ls {
		if l.Subject == s {
			return true
		}
	}
	return false
}

// Reverse posts the reversal of the posting id under newID, dated date, in
// the same accounting period: every line on the other side. Corrections are
// reversals, never deletions. A reversal into a closed period is ErrClosed.
func (j *Journal) Reverse(id, newID string, date calendar.Date, source string) error {
	if j == nil {
		return errNilJournal
	}
	j.init()
	i, ok := j.byID[id]
	if !ok {
		return errzh.With(fmt.Errorf("%w: %s", ErrUnknownID, echo(id)),
			"凭证编号 %s", echo(id))
	}
	orig := *j.at(i)
	rev := Posting{ID: newID, Date: date, Period: orig.Period, FeePeriod: orig.FeePeriod, EntryDate: orig.EntryDate, Counterparty: orig.Counterparty, Source: source, Reverses: id}
	for _, l := range orig.Lines {
		rev.Lines = append(rev.Lines, Line{Subject: l.Subject, Debit: l.Credit, Credit: l.Debit})
	}
	_, err := j.Post(rev)
	return err
}

const chunkSize = 4096

// keepLines copies a posting's lines into the journal's own storage (the
// host may reuse its slice), in chunks so that most postings allocate none.
func (j *Journal) keepLines(ls []Line) []Line {
	if len(ls) > chunkSize {
		return append([]Line(nil), ls...)
	}
	if len(j.lines) == 0 || cap(j.lines[len(j.lines)-1])-len(j.lines[len(j.lines)-1]) < len(ls) {
		j.lines = append(j.lines, make([]Line, 0, chunkSize))
	}
	last := &j.lines[len(j.lines)-1]
	start := len(*last)
	*last = append(*last, ls...)
	return (*last)[start:len(*last):len(*last)]
}

func (j *Journal) at(i int) *Posting { return &j.chunks[i/chunkSize][i%chunkSize] }

// Postings returns the postings in the order they were made (copies).
func (j *Journal) Postings() []Posting {
	if j == nil {
		return []Posting{}
	}
	out := make([]Posting, 0, j.n)
	for _, c := range j.chunks {
		for _, p := range c {
			p.Lines = append([]Line(nil), p.Lines...) // a copy: editing it never edits the books
			out = append(out, p)
		}
	}
	return out
}

// Len returns the number of postings.
func (j *Journal) Len() int {
	if j == nil {
		return 0
	}
	return j.n
}

// Posting returns the posting with id.
func (j *Journal) Posting(id string) (Posting, bool) {
	if j == nil {
		return Posting{}, false
	}
	i, ok := j.byID[id]
	if !ok {
		return Posting{}, false
	}
	p := *j.at(i)
	p.Lines = append([]Line(nil), p.Lines...) // a copy: editing it never edits the books
	return p, true
}

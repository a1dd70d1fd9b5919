// Package ledger keeps the work-injury fund's books for the
// occupational-injury scheme under 沪人社福〔2025〕373号 (第四、十六至十八、四十七至五十七、
// 六十四、七十七条): its own income and expenditure subjects, kept apart from
// the ordinary work-injury subjects (第四、四十九、五十条); a balanced,
// idempotent journal; the reconciliation of treasury receipts with the tax
// bureau's collection records and of payments with the national platform's
// order summaries (第十七、十八条); refunds and top-ups (第十六条); the
// insurer's monthly settlement (第五十七条) with the large-payment check
// (第五十六条) and the three-year ban of 第六十四条; and the yearly summary
// (第七十七条).
//
// The Journal is an in-memory value: the host persists its postings
// (Snapshot) and rebuilds it (Load). Nothing here reads a clock or a file.
// Money is exact (shopspring/decimal) and every amount is in fen; balances
// are kept as integer fen, so adding up a book never rounds, and nothing is
// ever rounded here (amounts arrive in fen; a fraction of a fen is refused).
//
// # What the books refuse
//
// The journal cannot be fooled into accepting what it must refuse:
//
//   - sums overflow nowhere: a line is at most 10¹² 元, and every total —
//     a posting's debits and credits, each balance (of a period, over all
//     periods, and as of each day for the subjects that may not go below
//     zero), a reconciliation's sums per key, the yearly summary and its
//     counts — is int64 fen with checked additions (and a checked
//     negation); one that would leave the range (about 9.2×10¹⁶ 元) is
//     ErrOverflow, never a wrapped number. Settle sums exact decimals,
//     which cannot wrap, and its postings pass the same checks when posted;
//   - a reversal mirrors its original exactly (ErrFalseReversal), so no
//     small "reversal" can mark a posting reversed;
//   - a receipt or collection ID given twice is refused (ErrDuplicateRecord);
//   - no ID aliases another: the postings the package builds carry the
//     document they book as fields (Origin: kind, the document's own ID, a
//     booking number), their IDs are derived from those one-to-one and
//     never parsed back, a posting the host writes may not take an ID of
//     that form (ErrReservedID), and a document is booked by one posting
//     at a time (ErrAlreadyBooked); every ID from outside (receipt,
//     collection, platform, posting, counterparty, payment, insurer,
//     worker) is at most MaxIDBytes and refuses characters nobody can see
//     (ErrBadID), so no two IDs differ only by what does not show;
//   - the special account, the suspense subject and the insurer payable
//     never go below zero on any day, in the order the money moved
//     (ErrNegative; NonNegative says why the others may).
//
// # Every yuan on the books
//
// Money the treasury received is the fund's whether or not the records
// agree yet (第十八条 books income 核对一致后, but the money is in the
// special account). Journal.Reconcile books every receipt exactly once: as
// income when its platform's period passes both steps, otherwise held in
// the suspense subject (暂收款) and listed as an open item, cleared into
// income when a later reconciliation finds the records in agreement (or
// refunded). Income is booked at the treasury's entry date (第十八条:
// 按照市税务局反馈的资金缴纳入库时间…完成…记账): a clearing keeps the day it
// was done as its Date and carries the entry date (Posting.EntryDate), is
// booked in the entry month's period when that is open, and the yearly
// summary counts the income in the year the money entered the treasury. A
// closed year is not rewritten (ClosedYearRule): money of a year whose
// periods are closed is booked in the open year and listed there as an
// earlier year's (Summary.PriorYear), or, as a named option, refused until
// the host reopens the period. Refunds and top-ups carry their fee period
// (退款所属费款账期) and are booked in the accounting period in which the
// money moves, so a closed period never blocks one. The yearly summary is on a cash basis (the
// funds' accounts are: 社会保险基金会计制度, 财会〔2017〕28号, 总说明 第五条,
// 一般采用收付实现制), with an accrual view by fee period beside it.
//
// # Speed
//
// go test ./ledger -run '^$' -bench . -benchmem -benchtime 1x -count 5 on
// the project machine (2 cores, AMD EPYC in a VM, go1.26.8), shared with
// other work at a load of about 12, so the CPU time per op (cpu-ns/op, user
// + system, the garbage collector included) is quoted, median of five:
//
//	1 M postings with balances (NewJournal sized for them)   0.75 s CPU   0 allocs a posting (4 939 in all: the chunks)
//	reconciling 100 000 receipts, records and bills          0.134 s CPU  2 allocs a receipt (its posting's ID and source)
//	reconciling 1 000 000 receipts, records and bills        2.35 s CPU
//
// Reconciliation does O(n) hash-map work and two O(n log n) sorts (of
// indices, by key and by receipt ID). From 100 k to 1 M records, n log n
// predicts 12× and linear 10×; the measured ratio is 17.6× (2.35 / 0.134;
// 14–19× over the runs). The excess is memory, not operations: the work per
// record is the same at both sizes, but at 1 M the maps and records (about
// 700 MB allocated) outgrow the CPU caches, so each map probe (about 30% of
// the CPU profile at both sizes) and each sort comparison costs more. The
// wall times on the loaded machine were 2–6× the CPU times. An audit's
// run at a lighter load measured 135–155 ms and 1.77–2.11 s: 12.5×
// (11.4–15.6×), at n log n's 12×.
//
// The ID checks and the Origin of issue 18 (validID on every ID, the
// reserved-ID check, Origin on the postings the package builds and the
// document index), measured against the code before them in the same run,
// the two test binaries alternated, at a load of 15–20 (CPU time, median):
// 1 M postings 2.72 s before, 2.97 s after (6 runs each: +9%, within the
// spread of either); reconciling 100 000 receipts 468 ms before, 491 ms
// after (7 runs each: +5%), with the same allocations and 10% more bytes
// (a Posting is 48 bytes larger). The by-day balance check stays O(1) for a
// posting that adds to a subject (see dayBook).
//
// The entry date of issue 19 (Posting.EntryDate, the closed-year rule in
// Post and Reconcile), against the code before it in the same run, the two
// test binaries alternated, five runs each, at a load of about 20 (CPU
// time, median): 1 M postings 2.36 s before, 2.45 s after (+4%, within the
// spread of either: 2.19–2.64 s and 2.26–2.49 s); reconciling 100 000
// receipts 234 ms before, 223 ms after; the same allocations, and 8 bytes
// more a posting (the date).
package ledger

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/jsonerr"
)

// Subject is an account of the scheme's books.
type Subject string

// The scheme's subjects. Every one is prefixed "ozb." (occupational-injury
// protection, 职业伤害保障) so that none can be confused with an ordinary
// work-injury subject (第四条: 单独设立职业伤害保障费收入类科目和支出类科目).
const (
	// SpecialAccount: the municipal social-security fund fiscal special
	// account where the money sits (第四十七条: 市级社会保障基金财政专户).
	SpecialAccount Subject = "ozb.asset.special_account"
	// LevyIncome: 职业伤害保障费收入 (第四、四十九条).
	LevyIncome Subject = "ozb.income.levy"
	// InterestIncome: its interest (第四条: 及其利息收入).
	InterestIncome Subject = "ozb.income.interest"
	// InsurerPayable: benefits the insurer paid and the fund settles the
	// next month (第五十七条).
	InsurerPayable Subject = "ozb.liability.insurer"
	// AssessmentFee and ServiceFee are expenditure (第五十条: 劳动能力鉴定费、委托承办服务费).
	AssessmentFee Subject = "ozb.expense.assessment_fee"
	ServiceFee    Subject = "ozb.expense.service_fee"
	// Medical: medical benefits (第三十二至三十五条).
	Medical Subject = "ozb.expense.medical"
	// Suspense: 暂收款, money the treasury received for the scheme whose
	// records do not yet agree (第十七、十八条). It is a liability: the money
	// is in the special account but not yet the scheme's income. Each such
	// receipt is an open item until it is cleared into income (or refunded).
	// The name follows the 暂收款 subject of the social-insurance funds'
	// accounting rules (社会保险基金会计制度, 财会〔2017〕28号); that the
	// subject is so named there could not be verified against the text
	// (provisional), the cash basis of those rules could (总说明 第五条:
	// 一般采用收付实现制).
	Suspense Subject = "ozb.liability.suspense"
	// FundBalance: the fund's accumulated balance (基金结余, net assets),
	// the other side of the special account's opening balance when the
	// books start with money already in it (an opening posting: debit
	// SpecialAccount, credit FundBalance). The name follows the 基金结余 of
	// the social-insurance funds' accounting rules (provisional, as Suspense).
	FundBalance Subject = "ozb.net_assets.fund_balance"
)

// BenefitSubject is the expenditure subject of a benefit item of package
// benefits (第五十条: 职业伤害保障的各项待遇支出).
func BenefitSubject(k benefits.Kind) Subject { return Subject("ozb.expense." + string(k)) }

// Type is a subject's side of the books.
type Type string

const (
	Asset     Type = "asset"
	Liability Type = "liability"
	Income    Type = "income"
	Expense   Type = "expense"
	NetAssets Type = "net_assets"
)

// TypeOf returns the type of a subject of the scheme, or "" for one that is
// not the scheme's.
func TypeOf(s Subject) Type {
	str := string(s)
	switch {
	case strings.HasPrefix(str, "ozb.asset."):
		return Asset
	case strings.HasPrefix(str, "ozb.liability."):
		return Liability
	case strings.HasPrefix(str, "ozb.income."):
		return Income
	case strings.HasPrefix(str, "ozb.expense."):
		return Expense
	case strings.HasPrefix(str, "ozb.net_assets."):
		return NetAssets
	}
	return ""
}

var expenseKinds = []benefits.Kind{benefits.OneTimeDisabilityGrant, benefits.DisabilityAllowance, benefits.OneTimeAllowance,
	benefits.NursingAllowance, benefits.FuneralGrant, benefits.SurvivorPension, benefits.DeathGrant}

// NonNegative reports whether s is a subject whose balance over all periods
// may never go below zero, so that a posting taking it there is refused
// (ErrNegative): the special account (money cannot be paid out that is not
// there), the suspense subject (no more can be cleared than is held) and
// what the fund owes the insurer (the fund settles what the insurer paid,
// never more: 第五十七条). Income and expense subjects may go negative in a
// period: a refund or a reversal booked in a later period than the income or
// expense it corrects (第十六条) makes that period's figure negative, and
// that is the true figure of the period.
func NonNegative(s Subject) bool {
	return s == SpecialAccount || s == Suspense || s == InsurerPayable
}

// Subjects lists the scheme's subjects.
func Subjects() []Subject {
	out := []Subject{SpecialAccount, InsurerPayable, Suspense, FundBalance, LevyIncome, InterestIncome, Medical, AssessmentFee, ServiceFee}
	for _, k := range expenseKinds {
		out = append(out, BenefitSubject(k))
	}
	return out
}

// knownSubjects is the set of Subjects, built once and never changed.
var knownSubjects = func() map[Subject]bool {
	m := map[Subject]bool{}
	for _, s := range Subjects() {
		m[s] = true
	}
	return m
}()

// Known reports whether s is one of Subjects.
func Known(s Subject) bool { return knownSubjects[s] }

// Counterparty is who is on the other side of a posting.
type Counterparty struct {
	Kind string `json:"kind"` // platform, insurer, worker, treasury, bank
	ID   string `json:"id"`
}

// Line is one debit or credit of a posting. Exactly one of Debit and Credit
// is positive.
type Line struct {
	Subject Subject         `json:"subject"`
	Debit   decimal.Decimal `json:"debit,omitzero" strict:"decimals=2"`
	Credit  decimal.Decimal `json:"credit,omitzero" strict:"decimals=2"`
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
	Source       string         `json:"source"` // the document or article behind it
	Lines        []Line         `json:"lines"`
	// Reverses is the ID of the posting this one reverses, if any. A
	// reversal mirrors its original exactly (ErrFalseReversal).
	Reverses string `json:"reverses,omitempty"`
	// Clears is the ID of the suspense posting (an open item) this one
	// clears, if any: it debits Suspense by exactly what that posting holds
	// (ErrBadClearing).
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
	// reversal (ErrBadPosting), never after Date and never in a month after
	// Period (income is not booked before the money came in), and on a
	// clearing equal to the Date of the receipt it clears (ErrBadClearing).
	EntryDate calendar.Date `json:"entry_date,omitzero"`
	// Origin is the outside document a posting the package built books (a
	// treasury receipt, a clearing of one, an insurer's payment or monthly
	// settlement), and its ID is then Origin.PostingID(); zero for a posting
	// the host wrote, whose ID may not have that form (ErrReservedID).
	Origin Origin `json:"origin,omitzero"`
}

// Errors of the journal.
var (
	ErrUnbalanced   = errors.New("ledger: debits and credits differ")
	ErrBadPosting   = errors.New("ledger: invalid posting")
	ErrConflict     = errors.New("ledger: a posting with this ID and different content already exists")
	ErrClosed       = errors.New("ledger: the period is closed")
	ErrUnknownID    = errors.New("ledger: no posting with this ID")
	ErrReversed     = errors.New("ledger: the posting is already reversed")
	ErrNotScheme    = errors.New("ledger: not a subject of the scheme (ozb.*)")
	ErrSnapshotJSON = errors.New("ledger: malformed snapshot")
	// ErrOverflow: a total, a balance (of a period, over all periods, or as
	// of a day) or a count would leave the range int64 can hold (about
	// 9.2×10¹⁶ 元 in fen); what would overflow is refused, nothing wraps.
	ErrOverflow = errors.New("ledger: out of range (a total, balance or count would overflow)")
	// ErrFalseReversal: a posting that names Reverses but does not mirror the
	// original exactly (same subjects and amounts with debit and credit
	// swapped, same counterparty, accounting period, fee period and entry
	// date).
	ErrFalseReversal = errors.New("ledger: not an exact reversal of the posting it names")
	// ErrNegative: the posting would take a subject that cannot be negative
	// (NonNegative) below zero.
	ErrNegative = errors.New("ledger: the posting would take a subject below zero")
	// ErrBadClearing: a posting that names Clears does not clear exactly an
	// open suspense item, or a posting moves Suspense in a way that is
	// neither holding a receipt nor clearing one.
	ErrBadClearing = errors.New("ledger: not a clearing of an open suspense item")
	// ErrNilJournal: a method that changes the books was called on a nil
	// *Journal. (Reading methods treat a nil *Journal as empty.)
	ErrNilJournal = errors.New("ledger: nil *Journal")
	// ErrReservedID: a posting the host wrote (no Origin) whose ID has the
	// form of one the package derives ("treasury-receipt:…",
	// "treasury-receipt#2:…", "suspense-clear…", "benefit-paid…",
	// "insurer-settlement…"), or a posting with an Origin whose ID is not
	// Origin.PostingID(): either would stand for a document it does not
	// book. It wraps ErrBadPosting.
	ErrReservedID = fmt.Errorf("%w: the ID has the form of a posting the package derives for an outside document, and the posting is not that document's (Origin)", ErrBadPosting)
	// ErrAlreadyBooked: a posting books a document (Origin) that another
	// posting on the books, not reversed, books already: a receipt, a
	// payment or a settlement is on the books once. It wraps ErrConflict.
	ErrAlreadyBooked = fmt.Errorf("%w: the document is booked already by another posting, not reversed", ErrConflict)
)

// addFen adds two amounts in fen, reporting false on overflow.
func addFen(a, b int64) (int64, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, false
	}
	return c, true
}

func inFen(d decimal.Decimal) bool {
	if d.Exponent() >= -2 {
		return true
	}
	return d.Equal(d.Round(2))
}

// maxLineFen bounds a line's amount (10¹² 元); a larger amount is refused.
// Sums of lines are checked besides (addFen): a posting whose debits or
// credits total more than int64 fen holds, or a balance that would, is
// ErrOverflow, never a wrapped number.
const maxLineFen = 100_000_000_000_000

// lineFen returns a line amount in fen, and false when it is negative, not
// in fen, or over maxLineFen.
func lineFen(d decimal.Decimal) (int64, bool) {
	if d.Sign() == 0 {
		return 0, true // checked first: a zero Decimal's other methods allocate
	}
	e := int(d.Exponent())
	if d.NumDigits() > 17 || e > 17 || e < -40 {
		return 0, false
	}
	c := d.CoefficientInt64() // at most 17 digits: it fits
	for ; e > -2; e-- {
		if c > maxLineFen || c < -maxLineFen {
			return 0, false
		}
		c *= 10
	}
	for ; e < -2; e++ {
		if c%10 != 0 {
			return 0, false // a fraction of a fen
		}
		c /= 10
	}
	return c, c >= 0 && c <= maxLineFen
}

// fenOf returns d in fen, for an amount Validate accepted.
func fenOf(d decimal.Decimal) int64 {
	c, _ := lineFen(d)
	return c
}

// Validate checks p: an ID, a date, a period, a counterparty, a source (in
// UTF-8, and no longer than ParseSnapshot reads back: jsonerr.MaxString
// bytes as JSON writes it), at least two lines of known subjects, each a
// positive amount in fen on one side, and debits equal to credits.
func (p *Posting) Validate() error {
	if p == nil {
		return fmt.Errorf("%w: nil posting", ErrBadPosting)
	}
	bad := func(f string, a ...any) error { return badPosting(p.ID, f, a...) }
	if p.Origin.IsZero() {
		if err := validID(p.ID); err != nil {
			return fmt.Errorf("%w: ID: %w", ErrBadPosting, err)
		}
		if reserved(p.ID) {
			return fmt.Errorf("%w: posting %s has no Origin", ErrReservedID, echo(p.ID))
		}
	} else if err := p.Origin.check(p); err != nil {
		return err
	}
	switch {
	case p.Date.IsZero():
		return bad("no date")
	case p.Period.IsZero():
		return bad("no period")
	case p.Counterparty.Kind == "" || p.Counterparty.ID == "":
		return bad("no counterparty")
	case strings.TrimSpace(p.Source) == "":
		return bad("no source")
	case !utf8.ValidString(p.Source):
		return bad("the source is not UTF-8 (a snapshot would not give it back as it is)")
	case jsonLen(p.Source) > jsonerr.MaxString:
		return bad("the source is longer than a snapshot reads back (%d bytes as JSON writes it)", jsonerr.MaxString)
	case len(p.Lines) < 2:
		return bad("fewer than two lines")
	}
	if !p.EntryDate.IsZero() {
		switch {
		case p.Clears == "" && p.Reverses == "":
			return bad("an entry date (资金缴纳入库时间) belongs on a clearing of a receipt held in suspense, or its reversal")
		case p.EntryDate.After(p.Date):
			return bad("the money entered the treasury on %s, after the posting's date %s", p.EntryDate, p.Date)
		case p.Period.Before(calendar.MonthOfDate(p.EntryDate)):
			return bad("booked in %s, before the money entered the treasury on %s", p.Period, p.EntryDate)
		}
	}
	if err := validID(p.Counterparty.Kind); err != nil {
		return fmt.Errorf("%w %s: counterparty kind: %w", ErrBadPosting, echo(p.ID), err)
	}
	if err := validID(p.Counterparty.ID); err != nil {
		return fmt.Errorf("%w %s: counterparty ID: %w", ErrBadPosting, echo(p.ID), err)
	}
	var debit, credit int64
	for i, l := range p.Lines {
		if !Known(l.Subject) {
			return fmt.Errorf("%w %s: line %d: %w: %s", ErrBadPosting, echo(p.ID), i+1, ErrNotScheme, echo(string(l.Subject)))
		}
		d, okD := lineFen(l.Debit)
		c, okC := lineFen(l.Credit)
		if !okD || !okC || (d > 0) == (c > 0) {
			return bad("line %d: want one positive amount in fen, up to 10¹² 元, as debit or credit", i+1)
		}
		var okSum bool
		if debit, okSum = addFen(debit, d); !okSum {
			return fmt.Errorf("%w: posting %s: the debits' total", ErrOverflow, echo(p.ID))
		}
		if credit, okSum = addFen(credit, c); !okSum {
			return fmt.Errorf("%w: posting %s: the credits' total", ErrOverflow, echo(p.ID))
		}
	}
	if debit != credit {
		return fmt.Errorf("%w %s: debits %s, credits %s", ErrUnbalanced, echo(p.ID), fen2(debit), fen2(credit))
	}
	return nil
}

func badPosting(id, f string, a ...any) error {
	return fmt.Errorf("%w %s: %s", ErrBadPosting, echo(id), fmt.Sprintf(f, a...))
}

// same reports whether two postings have the same content.
func same(a, b Posting) bool {
	if a.ID != b.ID || a.Date != b.Date || a.EntryDate != b.EntryDate || a.Period != b.Period || a.FeePeriod != b.FeePeriod || a.Counterparty != b.Counterparty ||
		a.Source != b.Source || a.Reverses != b.Reverses || a.Clears != b.Clears || a.Origin != b.Origin || len(a.Lines) != len(b.Lines) {
		return false
	}
	for i := range a.Lines {
		x, y := a.Lines[i], b.Lines[i]
		if x.Subject != y.Subject || !x.Debit.Equal(y.Debit) || !x.Credit.Equal(y.Credit) {
			return false
		}
	}
	return true
}

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
	balance   map[cell]int64           // debits − credits, in fen
	total     map[Subject]int64        // debits − credits over all periods, in fen
	byDay     map[Subject]*dayBook     // the NonNegative subjects' movements by date
	held      map[string]int64         // open items: suspense posting ID → fen held
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
		j.balance = map[cell]int64{}
		j.total = map[Subject]int64{}
		j.byDay = map[Subject]*dayBook{}
		j.held = map[string]int64{}
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
//   - an invalid or unbalanced posting (ErrBadPosting, ErrUnbalanced), or one
//     whose totals or balances would overflow (ErrOverflow); an ID, a
//     counterparty or an Origin's ref that validID refuses (ErrBadID); a
//     posting the host wrote under an ID of the form the package derives,
//     or one whose Origin does not give its ID (ErrReservedID);
//   - a posting that books a document (Origin) another posting on the
//     books, not reversed, books already (ErrAlreadyBooked);
//   - a reversal (Reverses) of an unknown posting (ErrUnknownID), of one
//     already reversed (ErrReversed), of a reversal, or one that does not
//     mirror its original exactly (ErrFalseReversal);
//   - a posting that would take a NonNegative subject below zero
//     (ErrNegative) as of its date or any later date: the balances are
//     taken in the order the money moved (by Date), so the same postings
//     in any order are accepted or refused alike; a balance as of a day
//     that would leave the range of int64 fen is ErrOverflow;
//   - a posting that debits Suspense without clearing exactly one open
//     item (Clears), or clears one that is not open (ErrBadClearing);
//   - an EntryDate where it does not belong, after Date or in a month
//     after Period (ErrBadPosting); on a clearing, one that is not the
//     date of the receipt it clears, or a clearing with an EntryDate
//     booked in a period before that receipt's (ErrBadClearing);
//   - under RefuseClosedYear, a receipt or a clearing that books money
//     entered in a closed period in a later year's period (ErrClosedYear).
func (j *Journal) Post(p Posting) (duplicate bool, err error) {
	if j == nil {
		return false, ErrNilJournal
	}
	j.init()
	if err := p.Validate(); err != nil {
		return false, err
	}
	if i, ok := j.byID[p.ID]; ok {
		if same(*j.at(i), p) {
			return true, nil
		}
		return false, fmt.Errorf("%w: %s", ErrConflict, echo(p.ID))
	}
	if p.Reverses != "" && p.Clears != "" {
		return false, badPosting(p.ID, "a posting either reverses or clears, not both")
	}
	if !p.Origin.IsZero() {
		if b := j.origins[p.Origin.key()]; b.live > 0 {
			return false, fmt.Errorf("%w: %s books %s %s, booked by %s", ErrAlreadyBooked, echo(p.ID), p.Origin.Kind, echo(p.Origin.Ref), echo(j.at(b.live-1).ID))
		}
		if p.Origin.Kind == SuspenseClearing {
			if i, ok := j.byID[p.Clears]; ok {
				if o := j.at(i).Origin; o.Kind != TreasuryReceipt || o.Ref != p.Origin.Ref {
					return false, fmt.Errorf("%w: %s clears receipt %s, but %s does not book it", ErrBadClearing, echo(p.ID), echo(p.Origin.Ref), echo(p.Clears))
				}
			}
		}
	}
	var orig *Posting
	if p.Reverses != "" {
		i, ok := j.byID[p.Reverses]
		if !ok {
			return false, fmt.Errorf("%w: %s reverses %s", ErrUnknownID, echo(p.ID), echo(p.Reverses))
		}
		if by, done := j.reversed[p.Reverses]; done {
			return false, fmt.Errorf("%w: %s by %s", ErrReversed, echo(p.Reverses), echo(by))
		}
		orig = j.at(i)
		if orig.Reverses != "" {
			return false, fmt.Errorf("%w: %s reverses %s, itself a reversal (post the entry again instead)", ErrFalseReversal, echo(p.ID), echo(p.Reverses))
		}
		if p.Date.Before(orig.Date) {
			return false, fmt.Errorf("%w: %s dated %s reverses %s dated %s: a reversal is not dated before its original", ErrFalseReversal, echo(p.ID), p.Date, echo(p.Reverses), orig.Date)
		}
		if !mirrors(&p, orig) {
			return false, fmt.Errorf("%w: %s does not mirror %s (same subjects and amounts, debit and credit swapped, same counterparty, periods and entry date)", ErrFalseReversal, echo(p.ID), echo(p.Reverses))
		}
		if by, ok := j.clearedBy[p.Reverses]; ok {
			return false, fmt.Errorf("%w: %s holds a receipt already cleared by %s: reverse the clearing first", ErrBadClearing, echo(p.Reverses), echo(by))
		}
	}
	if j.closed[p.Period] {
		return false, fmt.Errorf("%w: %s (posting %s)", ErrClosed, p.Period, echo(p.ID))
	}
	if err := j.closedYearRefused(&p); err != nil {
		return false, err
	}
	var sus int64 // net credit to Suspense, in fen
	for _, l := range p.Lines {
		if l.Subject == Suspense {
			sus += fenOf(l.Credit) - fenOf(l.Debit) // each partial sum lies within the posting's totals, which Validate bounded
		}
	}
	switch {
	case p.Clears != "":
		h, open := j.held[p.Clears]
		if !open {
			if by, ok := j.clearedBy[p.Clears]; ok {
				return false, fmt.Errorf("%w: %s is already cleared by %s", ErrBadClearing, echo(p.Clears), echo(by))
			}
			return false, fmt.Errorf("%w: %s clears %s, which holds nothing in suspense", ErrBadClearing, echo(p.ID), echo(p.Clears))
		}
		hp := j.at(j.byID[p.Clears])
		if p.Date.Before(hp.Date) {
			return false, fmt.Errorf("%w: %s dated %s clears %s, received %s: a clearing is not dated before the receipt", ErrBadClearing, echo(p.ID), p.Date, echo(p.Clears), hp.Date)
		}
		if !p.EntryDate.IsZero() && p.EntryDate != hp.Date {
			return false, fmt.Errorf("%w: %s gives the entry date %s, but %s entered the treasury on %s", ErrBadClearing, echo(p.ID), p.EntryDate, echo(p.Clears), hp.Date)
		}
		if !p.EntryDate.IsZero() && p.Period.Before(hp.Period) {
			return false, fmt.Errorf("%w: %s is booked in %s, before %s, the period of %s it clears", ErrBadClearing, echo(p.ID), p.Period, hp.Period, echo(p.Clears))
		}
		if r, ok := j.reopened[p.Clears]; ok && p.Date.Before(r) {
			return false, fmt.Errorf("%w: %s dated %s clears %s, open again only since %s (its earlier clearing was reversed then): a clearing is not dated before that", ErrBadClearing, echo(p.ID), p.Date, echo(p.Clears), r)
		}
		if -sus != h {
			return false, fmt.Errorf("%w: %s debits suspense by %s, %s holds %s", ErrBadClearing, echo(p.ID), fen2(-sus), echo(p.Clears), fen2(h))
		}
	case p.Reverses == "" && sus < 0:
		return false, fmt.Errorf("%w: %s takes %s out of suspense without naming the open item it clears", ErrBadClearing, echo(p.ID), fen2(-sus))
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
		if !orig.Origin.IsZero() { // the document is no longer booked: it may be booked again
			k := orig.Origin.key()
			b := j.origins[k]
			b.live = 0
			j.origins[k] = b
		}
	case p.Clears != "":
		delete(j.held, p.Clears)
		delete(j.reopened, p.Clears)
		j.clearedBy[p.Clears] = p.ID
	case sus > 0:
		j.held[p.ID] = sus
	}
	if !p.Origin.IsZero() {
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
// the NonNegative subjects; on any failure it takes back what it added and
// returns the error.
func (j *Journal) apply(p *Posting) error {
	undo := func(n int) {
		for _, l := range p.Lines[:n] {
			d := fenOf(l.Debit) - fenOf(l.Credit)
			c := cell{l.Subject, p.Period}
			j.balance[c] -= d // the exact inverse of what was added: back to a value that fitted
			j.total[l.Subject] -= d
		}
	}
	for i, l := range p.Lines {
		d := fenOf(l.Debit) - fenOf(l.Credit)
		c := cell{l.Subject, p.Period}
		b, ok1 := addFen(j.balance[c], d)
		t, ok2 := addFen(j.total[l.Subject], d)
		if !ok1 || !ok2 {
			undo(i)
			return fmt.Errorf("%w: posting %s: the balance of %s", ErrOverflow, echo(p.ID), l.Subject)
		}
		j.balance[c] = b
		j.total[l.Subject] = t
	}
	// The NonNegative subjects, in the order the money moved: the balance
	// as of the posting's date and of every later date stays at or above
	// zero, whatever order the postings come in, and in range.
	day := int32(p.Date.DaysSince(calendar.Date{}))
	takeBack := func(i int) { // the subjects of lines before i already added to their day books
		for k, m := range p.Lines[:i] {
			if NonNegative(m.Subject) && !seenBefore(p.Lines[:k], m.Subject) {
				if mb, d := j.byDay[m.Subject], subjectDelta(p, m.Subject); mb != nil && d != 0 {
					mb.add(day, -d) // the exact inverse: it cannot fail
				}
			}
		}
		undo(len(p.Lines))
	}
	for i, l := range p.Lines {
		if !NonNegative(l.Subject) || seenBefore(p.Lines[:i], l.Subject) {
			continue
		}
		delta := subjectDelta(p, l.Subject)
		if delta == 0 {
			continue
		}
		book := j.byDay[l.Subject]
		if book == nil {
			book = &dayBook{}
			j.byDay[l.Subject] = book
		}
		if !book.add(day, delta) {
			takeBack(i)
			return fmt.Errorf("%w: posting %s: the movement of %s on %s", ErrOverflow, echo(p.ID), l.Subject, p.Date)
		}
		if delta > 0 && !book.wide {
			continue // every running balance lies within the book's bounds: in range, and a rise takes none below zero
		}
		at, low, neg, over := book.lowest(day)
		if over || (delta < 0 && neg) {
			book.add(day, -delta)
			takeBack(i)
			when, _ := p.Date.AddDays(int(at - day)) // at is on or after the posting's date, in the calendar's range
			if over {
				return fmt.Errorf("%w: posting %s dated %s: the balance of %s as of %s", ErrOverflow, echo(p.ID), p.Date, l.Subject, when)
			}
			return fmt.Errorf("%w: posting %s dated %s would leave %s at %s on %s", ErrNegative, echo(p.ID), p.Date, l.Subject, fen2(low), when)
		}
	}
	return nil
}

// subjectDelta is what p adds to subject s in its natural sign (debits −
// credits for an asset, the reverse otherwise). Each partial sum lies
// within the posting's debit and credit totals, which Validate bounded, so
// nothing here overflows, and the result is never math.MinInt64.
func subjectDelta(p *Posting, s Subject) int64 {
	var delta int64
	for _, l := range p.Lines {
		if l.Subject == s {
			delta += fenOf(l.Debit) - fenOf(l.Credit)
		}
	}
	if TypeOf(s) != Asset {
		delta = -delta
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

// dayBook is a subject's net movements by day, the days in order. Every
// day's movement fits int64 (add refuses what would not). pos and neg are
// the sums of the positive and of the negative movements: while both fit
// (wide false), every running balance lies between them, so none can
// overflow and a rise needs no scan. When they would not fit (books of
// 9×10¹⁶ 元 and more), wide is set and every change is followed by a
// checked scan (lowest).
type dayBook struct {
	days     []int32
	moves    []int64
	pos, neg int64
	wide     bool
}

// add adds delta to day's movement; it reports false, and changes nothing,
// when the movement would leave int64.
func (b *dayBook) add(day int32, delta int64) bool {
	i, found := slices.BinarySearch(b.days, day)
	var old int64
	if found {
		old = b.moves[i]
	}
	m, ok := addFen(old, delta)
	if !ok {
		return false
	}
	if !found {
		b.days = slices.Insert(b.days, i, day)
		b.moves = slices.Insert(b.moves, i, 0)
	}
	b.moves[i] = m
	if b.wide {
		b.recount()
		return true
	}
	// old's share comes out of pos and neg exactly (it was in them, so what
	// remains fits), then m's share goes in, checked.
	b.pos -= max(old, 0)
	b.neg -= min(old, 0)
	p, ok1 := addFen(b.pos, max(m, 0))
	n, ok2 := addFen(b.neg, min(m, 0))
	if !ok1 || !ok2 {
		b.recount()
		return true
	}
	b.pos, b.neg = p, n
	return true
}

// recount sums pos and neg afresh, setting wide when either would overflow.
func (b *dayBook) recount() {
	b.pos, b.neg, b.wide = 0, 0, false
	for _, m := range b.moves {
		var ok bool
		if m > 0 {
			b.pos, ok = addFen(b.pos, m)
		} else {
			b.neg, ok = addFen(b.neg, m)
		}
		if !ok {
			b.wide = true
			return
		}
	}
}

// lowest reports the first day on or after from on which the running
// balance is below zero, and that balance (neg); or, over, the first day on
// which the running balance would leave int64 (the sums are checked).
func (b *dayBook) lowest(from int32) (day int32, low int64, neg, over bool) {
	var run int64
	for i, d := range b.days {
		var ok bool
		if run, ok = addFen(run, b.moves[i]); !ok {
			return d, 0, false, true
		}
		if d >= from && run < 0 {
			return d, run, true, false
		}
	}
	return 0, 0, false, false
}

// fen2 writes an amount in fen as yuan with two decimals.
func fen2(f int64) string { return decimal.New(f, -2).StringFixed(2) }

// mirrors reports whether rev is the exact reversal of orig: the same
// subjects and amounts with debit and credit swapped (in any order), the
// same counterparty, accounting period, fee period and entry date, and no
// clearing.
func mirrors(rev, orig *Posting) bool {
	if rev.Counterparty != orig.Counterparty || rev.Period != orig.Period || rev.FeePeriod != orig.FeePeriod || rev.EntryDate != orig.EntryDate ||
		rev.Clears != "" || len(rev.Lines) != len(orig.Lines) {
		return false
	}
	type key struct {
		s    Subject
		d, c int64
	}
	want := make(map[key]int, len(orig.Lines))
	for _, l := range orig.Lines {
		want[key{l.Subject, fenOf(l.Credit), fenOf(l.Debit)}]++
	}
	for _, l := range rev.Lines {
		k := key{l.Subject, fenOf(l.Debit), fenOf(l.Credit)}
		if want[k] == 0 {
			return false
		}
		want[k]--
	}
	return true
}

// Reverse posts the reversal of the posting id under newID, dated date, in
// the same accounting period: every line on the other side. Corrections are
// reversals, never deletions. A reversal into a closed period is ErrClosed.
func (j *Journal) Reverse(id, newID string, date calendar.Date, source string) error {
	if j == nil {
		return ErrNilJournal
	}
	j.init()
	i, ok := j.byID[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownID, echo(id))
	}
	orig := *j.at(i)
	rev := Posting{ID: newID, Date: date, Period: orig.Period, FeePeriod: orig.FeePeriod, EntryDate: orig.EntryDate, Counterparty: orig.Counterparty, Source: source, Reverses: id}
	for _, l := range orig.Lines {
		rev.Lines = append(rev.Lines, Line{Subject: l.Subject, Debit: l.Credit, Credit: l.Debit})
	}
	_, err := j.Post(rev)
	return err
}

// Close closes a period: later postings to it are refused. On a nil
// *Journal it does nothing (there is nothing to post to).
func (j *Journal) Close(period calendar.Month) {
	if j == nil {
		return
	}
	j.init()
	j.closed[period] = true
}

// Closed reports whether period is closed.
func (j *Journal) Closed(period calendar.Month) bool { return j != nil && j.closed[period] }

// Reopen opens a closed period again (反结账): postings to it are accepted
// once more. It is the host's decision, for the books of a year it has to
// correct (RefuseClosedYear waits for it); a summary of a year whose
// periods are reopened and posted to is no longer the one published. On a
// nil *Journal, or for a period that is not closed, it does nothing.
func (j *Journal) Reopen(period calendar.Month) {
	if j == nil {
		return
	}
	delete(j.closed, period)
}

// ClosedYearRule is what the journal does with money that entered the
// treasury in a year whose books are closed by the time it is booked: a
// receipt reported after its entry month's period is closed, or one held in
// suspense (暂收款) whose records come to agree after the year is closed.
type ClosedYearRule uint8

const (
	// BookInOpenYear, the default (the zero value): the closed year's
	// books, and so its yearly summary (第七十七条), are not rewritten. The
	// money is booked in the first open period after its entry month, and
	// when that lies in a later year it is that year's: Summarize counts it
	// there, in its levy income, and lists it (Summary.PriorYear) with the
	// day it entered the treasury, as income of an earlier year booked in
	// this one. This is the reading of an accountant keeping the funds'
	// books: on the cash basis (社会保险基金会计制度, 财会〔2017〕28号, 总说明
	// 第五条: 一般采用收付实现制) of calendar years (会计法 第十一条) an amount
	// is counted in the books it is entered in; a year whose accounts are
	// closed (结账, and for this scheme published: 第七十七条) is not
	// reopened for a late item, which is booked in the current year and
	// shown as one of an earlier year. That 28号 prescribes this
	// presentation in so many words could not be verified against its
	// text (provisional).
	BookInOpenYear ClosedYearRule = iota
	// RefuseClosedYear: such money is not booked until the host reopens
	// its entry month's period (Reopen): Reconcile and Post refuse it with
	// ErrClosedYear, and the receipt stays off the books (or in suspense)
	// meanwhile. For a bureau that corrects a closed year's accounts rather
	// than show an earlier year's income in the open one.
	RefuseClosedYear
)

// String names the rule.
func (r ClosedYearRule) String() string {
	switch r {
	case BookInOpenYear:
		return "book_in_open_year"
	case RefuseClosedYear:
		return "refuse_closed_year"
	}
	return "ClosedYearRule(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText writes the rule's name (String); an unknown rule is
// ErrBadRule.
func (r ClosedYearRule) MarshalText() ([]byte, error) {
	if r != BookInOpenYear && r != RefuseClosedYear {
		return nil, fmt.Errorf("%w: %d", ErrBadRule, r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a rule's name: "book_in_open_year" or
// "refuse_closed_year"; anything else is ErrBadRule (the text is quoted,
// cut to 64 bytes and masked, never echoed whole).
func (r *ClosedYearRule) UnmarshalText(b []byte) error {
	if r == nil {
		return fmt.Errorf("%w: nil *ClosedYearRule", ErrBadRule)
	}
	switch string(b) {
	case "book_in_open_year":
		*r = BookInOpenYear
	case "refuse_closed_year":
		*r = RefuseClosedYear
	default:
		return fmt.Errorf("%w: %s (want book_in_open_year or refuse_closed_year)", ErrBadRule, echo(string(b)))
	}
	return nil
}

// ErrClosedYear: under RefuseClosedYear, money that entered the treasury in
// a closed period would be booked in a later year's period. It wraps
// ErrClosed.
var ErrClosedYear = fmt.Errorf("%w: the money entered the treasury in a closed year; reopen its period (Reopen) or book it in the open year (BookInOpenYear)", ErrClosed)

// ErrBadRule: SetClosedYearRule (or UnmarshalText) was given a value that
// is not one of the rules.
var ErrBadRule = errors.New("ledger: unknown closed-year rule")

// SetClosedYearRule chooses what the journal does with money that entered
// the treasury in a closed year (ClosedYearRule; BookInOpenYear unless
// set). It is the host's setting, not part of the books: Snapshot does not
// carry it, set it again after Load. An unknown rule is ErrBadRule and
// changes nothing.
func (j *Journal) SetClosedYearRule(r ClosedYearRule) error {
	if j == nil {
		return ErrNilJournal
	}
	if r != BookInOpenYear && r != RefuseClosedYear {
		return fmt.Errorf("%w: %d", ErrBadRule, r)
	}
	j.closedYear = r
	return nil
}

// ClosedYear returns the journal's ClosedYearRule.
func (j *Journal) ClosedYear() ClosedYearRule {
	if j == nil {
		return BookInOpenYear
	}
	return j.closedYear
}

// firstOpen returns the first period from m on that is not closed. The
// loop passes only closed periods, so it ends within len(j.closed)+1 steps.
func (j *Journal) firstOpen(m calendar.Month) calendar.Month {
	for j.closed[m] {
		next, err := m.AddMonths(1)
		if err != nil {
			return m // the calendar's last month, closed: Post refuses it
		}
		m = next
	}
	return m
}

// bookIn returns the accounting period money that entered the treasury on
// entry and is booked on on goes in: the entry month when it is open (第十八条:
// booked by the entry date), else the first open period after it, not
// after on's month; ok is false when every period from the entry month to
// on's month is closed. A clearing passes the period of the posting that
// holds the receipt as from (never earlier than the entry month's): income
// is not booked in a period before the receipt itself.
func (j *Journal) bookIn(from calendar.Month, entry, on calendar.Date) (m calendar.Month, ok bool) {
	start := calendar.MonthOfDate(entry)
	if from.After(start) {
		start = from
	}
	m = j.firstOpen(start)
	return m, !j.closed[m] && !m.After(calendar.MonthOfDate(on))
}

// heldFrom is the first month a clearing of the receipt held by h may be
// booked in: h's period, or its date's month when that is later.
func heldFrom(h *Posting) calendar.Month {
	if m := calendar.MonthOfDate(h.Date); m.After(h.Period) {
		return m
	}
	return h.Period
}

// closedYearRefused reports the ErrClosedYear of p under RefuseClosedYear:
// p books treasury money (a receipt, or a clearing of one) that entered on
// a day of a closed period, in a later year's period than the first it
// could be booked in (a receipt's entry month; for a clearing, that of the
// posting holding the receipt, heldFrom).
func (j *Journal) closedYearRefused(p *Posting) error {
	if j.closedYear != RefuseClosedYear || p.Reverses != "" {
		return nil
	}
	var from calendar.Month
	var entry calendar.Date
	switch {
	case p.Clears != "":
		if i, ok := j.byID[p.Clears]; ok {
			h := j.at(i)
			from, entry = heldFrom(h), h.Date
		}
	case p.Origin.Kind == TreasuryReceipt:
		from, entry = calendar.MonthOfDate(p.Date), p.Date
	}
	if from.IsZero() || p.Period.Year() <= from.Year() || !j.closed[from] {
		return nil
	}
	for _, l := range p.Lines {
		if l.Credit.IsPositive() && (l.Subject == LevyIncome || l.Subject == Suspense) {
			return fmt.Errorf("%w: posting %s books in %s money that entered the treasury on %s", ErrClosedYear, echo(p.ID), p.Period, entry)
		}
	}
	return nil
}

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

// OpenItem is a receipt held in suspense (暂收款) until its records agree.
type OpenItem struct {
	// PostingID is the posting that holds it; a clearing names it (Clears).
	PostingID    string          `json:"posting_id"`
	Date         calendar.Date   `json:"date"`
	FeePeriod    calendar.Month  `json:"fee_period,omitzero"`
	Counterparty Counterparty    `json:"counterparty"`
	Amount       decimal.Decimal `json:"amount"`
	Source       string          `json:"source"`
	// Reason is why the records do not agree, when Reconcile lists it.
	Reason string `json:"reason,omitempty"`
	// BookIn is the accounting period a clearing of the item into income is
	// booked in, as the books stood when the item was listed: the month of
	// Date, the day the money entered the treasury, when that period is
	// open (第十八条), else the first open period after it; never before the
	// period the receipt itself is booked in. ClearHeld uses it.
	BookIn calendar.Month `json:"book_in,omitzero"`
}

// OpenItems returns the receipts held in suspense and not yet cleared, by
// date then posting ID. Their total is Total(Suspense).
func (j *Journal) OpenItems() []OpenItem {
	if j == nil {
		return []OpenItem{}
	}
	out := []OpenItem{}
	for id, h := range j.held {
		p := j.at(j.byID[id])
		out = append(out, OpenItem{PostingID: id, Date: p.Date, FeePeriod: p.FeePeriod, Counterparty: p.Counterparty, Amount: decimal.New(h, -2), Source: p.Source,
			BookIn: j.firstOpen(heldFrom(p))})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Date != out[b].Date {
			return out[a].Date.Before(out[b].Date)
		}
		return out[a].PostingID < out[b].PostingID
	})
	return out
}

// IsOpen reports whether the posting id holds an open suspense item.
// OpenSince returns the day from which the open item id (a receipt held in
// suspense) can be cleared: its receipt's date, or, when an earlier clearing
// of it was reversed, the reversal's date (a clearing dated before that would
// take the suspense below zero in between). ok is false when id is not open.
func (j *Journal) OpenSince(id string) (since calendar.Date, ok bool) {
	if j == nil {
		return calendar.Date{}, false
	}
	if _, open := j.held[id]; !open {
		return calendar.Date{}, false
	}
	since = j.at(j.byID[id]).Date
	if r, ok := j.reopened[id]; ok && since.Before(r) {
		since = r
	}
	return since, true
}

func (j *Journal) IsOpen(id string) bool {
	if j == nil {
		return false
	}
	_, ok := j.held[id]
	return ok
}

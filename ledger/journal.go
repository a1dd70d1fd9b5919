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
//     a posting's debits and credits, each balance, a reconciliation's sums
//     per key, the yearly summary — is int64 fen with checked additions; one
//     that would leave the range (about 9.2×10¹⁶ 元) is ErrOverflow, never
//     a wrapped number. Settle sums exact decimals, which cannot wrap, and
//     its postings pass the same checks when posted;
//   - a reversal mirrors its original exactly (ErrFalseReversal), so no
//     small "reversal" can mark a posting reversed;
//   - a receipt or collection ID given twice is refused (ErrDuplicateRecord);
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
// refunded). Refunds and top-ups carry their fee period (退款所属费款账期)
// and are booked in the accounting period in which the money moves, so a
// closed period never blocks one. The yearly summary is on a cash basis (the
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
package ledger

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
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
	// ErrOverflow: a total or a balance would leave the range int64 fen can
	// hold (about 9.2×10¹⁶ 元); the posting is refused, nothing wraps.
	ErrOverflow = errors.New("ledger: amount out of range (a total or balance would overflow)")
	// ErrFalseReversal: a posting that names Reverses but does not mirror the
	// original exactly (same subjects and amounts with debit and credit
	// swapped, same counterparty, accounting period and fee period).
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

// Validate checks p: an ID, a date, a period, a counterparty, a source, at
// least two lines of known subjects, each a positive amount in fen on one
// side, and debits equal to credits.
func (p *Posting) Validate() error {
	if p == nil {
		return fmt.Errorf("%w: nil posting", ErrBadPosting)
	}
	bad := func(f string, a ...any) error { return badPosting(p.ID, f, a...) }
	switch {
	case strings.TrimSpace(p.ID) == "":
		return fmt.Errorf("%w: no ID", ErrBadPosting)
	case p.Date.IsZero():
		return bad("no date")
	case p.Period.IsZero():
		return bad("no period")
	case p.Counterparty.Kind == "" || p.Counterparty.ID == "":
		return bad("no counterparty")
	case strings.TrimSpace(p.Source) == "":
		return bad("no source")
	case len(p.Lines) < 2:
		return bad("fewer than two lines")
	}
	var debit, credit int64
	for i, l := range p.Lines {
		if !Known(l.Subject) {
			return fmt.Errorf("%w %q: line %d: %w: %q", ErrBadPosting, p.ID, i+1, ErrNotScheme, l.Subject)
		}
		d, okD := lineFen(l.Debit)
		c, okC := lineFen(l.Credit)
		if !okD || !okC || (d > 0) == (c > 0) {
			return bad("line %d: want one positive amount in fen, up to 10¹² 元, as debit or credit", i+1)
		}
		var okSum bool
		if debit, okSum = addFen(debit, d); !okSum {
			return fmt.Errorf("%w: posting %q: the debits' total", ErrOverflow, p.ID)
		}
		if credit, okSum = addFen(credit, c); !okSum {
			return fmt.Errorf("%w: posting %q: the credits' total", ErrOverflow, p.ID)
		}
	}
	if debit != credit {
		return fmt.Errorf("%w %q: debits %s, credits %s", ErrUnbalanced, p.ID, decimal.New(debit, -2).StringFixed(2), decimal.New(credit, -2).StringFixed(2))
	}
	return nil
}

func badPosting(id, f string, a ...any) error {
	return fmt.Errorf("%w %q: %s", ErrBadPosting, id, fmt.Sprintf(f, a...))
}

// same reports whether two postings have the same content.
func same(a, b Posting) bool {
	if a.ID != b.ID || a.Date != b.Date || a.Period != b.Period || a.FeePeriod != b.FeePeriod || a.Counterparty != b.Counterparty ||
		a.Source != b.Source || a.Reverses != b.Reverses || a.Clears != b.Clears || len(a.Lines) != len(b.Lines) {
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
	closed    map[calendar.Month]bool
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
		j.closed = map[calendar.Month]bool{}
	}
}

// Post records p. Posting a document ID again with the same content changes
// nothing and reports duplicate = true; with different content it is
// ErrConflict. A posting to a closed period is ErrClosed. Post refuses, and
// then changes nothing:
//   - an invalid or unbalanced posting (ErrBadPosting, ErrUnbalanced), or one
//     whose totals or balances would overflow (ErrOverflow);
//   - a reversal (Reverses) of an unknown posting (ErrUnknownID), of one
//     already reversed (ErrReversed), of a reversal, or one that does not
//     mirror its original exactly (ErrFalseReversal);
//   - a posting that would take a NonNegative subject below zero
//     (ErrNegative) as of its date or any later date: the balances are
//     taken in the order the money moved (by Date), so the same postings
//     in any order are accepted or refused alike;
//   - a posting that debits Suspense without clearing exactly one open
//     item (Clears), or clears one that is not open (ErrBadClearing).
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
		return false, fmt.Errorf("%w: %q", ErrConflict, p.ID)
	}
	if p.Reverses != "" && p.Clears != "" {
		return false, badPosting(p.ID, "a posting either reverses or clears, not both")
	}
	var orig *Posting
	if p.Reverses != "" {
		i, ok := j.byID[p.Reverses]
		if !ok {
			return false, fmt.Errorf("%w: %q reverses %q", ErrUnknownID, p.ID, p.Reverses)
		}
		if by, done := j.reversed[p.Reverses]; done {
			return false, fmt.Errorf("%w: %q by %q", ErrReversed, p.Reverses, by)
		}
		orig = j.at(i)
		if orig.Reverses != "" {
			return false, fmt.Errorf("%w: %q reverses %q, itself a reversal (post the entry again instead)", ErrFalseReversal, p.ID, p.Reverses)
		}
		if p.Date.Before(orig.Date) {
			return false, fmt.Errorf("%w: %q dated %s reverses %q dated %s: a reversal is not dated before its original", ErrFalseReversal, p.ID, p.Date, p.Reverses, orig.Date)
		}
		if !mirrors(&p, orig) {
			return false, fmt.Errorf("%w: %q does not mirror %q (same subjects and amounts, debit and credit swapped, same counterparty and periods)", ErrFalseReversal, p.ID, p.Reverses)
		}
		if by, ok := j.clearedBy[p.Reverses]; ok {
			return false, fmt.Errorf("%w: %q holds a receipt already cleared by %q: reverse the clearing first", ErrBadClearing, p.Reverses, by)
		}
	}
	if j.closed[p.Period] {
		return false, fmt.Errorf("%w: %s (posting %q)", ErrClosed, p.Period, p.ID)
	}
	var sus int64 // net credit to Suspense, in fen
	for _, l := range p.Lines {
		if l.Subject == Suspense {
			sus += fenOf(l.Credit) - fenOf(l.Debit) // Validate bounded the sums
		}
	}
	switch {
	case p.Clears != "":
		h, open := j.held[p.Clears]
		if !open {
			if by, ok := j.clearedBy[p.Clears]; ok {
				return false, fmt.Errorf("%w: %q is already cleared by %q", ErrBadClearing, p.Clears, by)
			}
			return false, fmt.Errorf("%w: %q clears %q, which holds nothing in suspense", ErrBadClearing, p.ID, p.Clears)
		}
		if hp := j.at(j.byID[p.Clears]); p.Date.Before(hp.Date) {
			return false, fmt.Errorf("%w: %q dated %s clears %q, received %s: a clearing is not dated before the receipt", ErrBadClearing, p.ID, p.Date, p.Clears, hp.Date)
		}
		if r, ok := j.reopened[p.Clears]; ok && p.Date.Before(r) {
			return false, fmt.Errorf("%w: %q dated %s clears %q, open again only since %s (its earlier clearing was reversed then): a clearing is not dated before that", ErrBadClearing, p.ID, p.Date, p.Clears, r)
		}
		if -sus != h {
			return false, fmt.Errorf("%w: %q debits suspense by %s, %q holds %s", ErrBadClearing, p.ID, fen2(-sus), p.Clears, fen2(h))
		}
	case p.Reverses == "" && sus < 0:
		return false, fmt.Errorf("%w: %q takes %s out of suspense without naming the open item it clears", ErrBadClearing, p.ID, fen2(-sus))
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
	case p.Clears != "":
		delete(j.held, p.Clears)
		delete(j.reopened, p.Clears)
		j.clearedBy[p.Clears] = p.ID
	case sus > 0:
		j.held[p.ID] = sus
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

// apply adds p's lines to the balances, with checked arithmetic, and checks
// the NonNegative subjects; on any failure it takes back what it added and
// returns the error.
func (j *Journal) apply(p *Posting) error {
	undo := func(n int) {
		for _, l := range p.Lines[:n] {
			d := fenOf(l.Debit) - fenOf(l.Credit)
			c := cell{l.Subject, p.Period}
			j.balance[c] -= d
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
			return fmt.Errorf("%w: posting %q: the balance of %s", ErrOverflow, p.ID, l.Subject)
		}
		j.balance[c] = b
		j.total[l.Subject] = t
	}
	// The NonNegative subjects, in the order the money moved: the balance
	// as of the posting's date and of every later date stays at or above
	// zero, whatever order the postings come in.
	for i, l := range p.Lines {
		if !NonNegative(l.Subject) || seenBefore(p.Lines[:i], l.Subject) {
			continue
		}
		var delta int64 // natural sign: what the posting adds to the subject
		for _, m := range p.Lines[i:] {
			if m.Subject == l.Subject {
				delta += fenOf(m.Debit) - fenOf(m.Credit)
			}
		}
		if TypeOf(l.Subject) != Asset {
			delta = -delta
		}
		if delta == 0 {
			continue
		}
		book := j.byDay[l.Subject]
		if book == nil {
			book = &dayBook{}
			j.byDay[l.Subject] = book
		}
		day := int32(p.Date.DaysSince(calendar.Date{}))
		book.add(day, delta)
		if delta < 0 {
			if at, low, bad := book.lowest(day); bad {
				book.add(day, -delta)
				for k, m := range p.Lines[:i] { // take back the subjects already added
					if NonNegative(m.Subject) && !seenBefore(p.Lines[:k], m.Subject) {
						if mb := j.byDay[m.Subject]; mb != nil {
							mb.remove(p, m.Subject, day)
						}
					}
				}
				undo(len(p.Lines))
				when, _ := calendar.Date{}.AddDays(int(at))
				return fmt.Errorf("%w: posting %q dated %s would leave %s at %s on %s", ErrNegative, p.ID, p.Date, l.Subject, fen2(low), when)
			}
		}
	}
	return nil
}

func seenBefore(ls []Line, s Subject) bool {
	for _, l := range ls {
		if l.Subject == s {
			return true
		}
	}
	return false
}

// dayBook is a subject's net movements by day, the days in order.
type dayBook struct {
	days  []int32
	moves []int64
}

// add adds delta to day's movement.
func (b *dayBook) add(day int32, delta int64) {
	i, found := slices.BinarySearch(b.days, day)
	if !found {
		b.days = slices.Insert(b.days, i, day)
		b.moves = slices.Insert(b.moves, i, 0)
	}
	b.moves[i] += delta
}

// remove takes back what p added to subject s on day.
func (b *dayBook) remove(p *Posting, s Subject, day int32) {
	var delta int64
	for _, l := range p.Lines {
		if l.Subject == s {
			delta += fenOf(l.Debit) - fenOf(l.Credit)
		}
	}
	if TypeOf(s) != Asset {
		delta = -delta
	}
	b.add(day, -delta)
}

// lowest reports the first day on or after from on which the running
// balance is below zero, and that balance.
func (b *dayBook) lowest(from int32) (int32, int64, bool) {
	var run int64
	for i, d := range b.days {
		run += b.moves[i] // every balance was checked, so no overflow here
		if d >= from && run < 0 {
			return d, run, true
		}
	}
	return 0, 0, false
}

// fen2 writes an amount in fen as yuan with two decimals.
func fen2(f int64) string { return decimal.New(f, -2).StringFixed(2) }

// mirrors reports whether rev is the exact reversal of orig: the same
// subjects and amounts with debit and credit swapped (in any order), the
// same counterparty, accounting period and fee period, and no clearing.
func mirrors(rev, orig *Posting) bool {
	if rev.Counterparty != orig.Counterparty || rev.Period != orig.Period || rev.FeePeriod != orig.FeePeriod ||
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
		return fmt.Errorf("%w: %q", ErrUnknownID, id)
	}
	orig := *j.at(i)
	rev := Posting{ID: newID, Date: date, Period: orig.Period, FeePeriod: orig.FeePeriod, Counterparty: orig.Counterparty, Source: source, Reverses: id}
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
		out = append(out, OpenItem{PostingID: id, Date: p.Date, FeePeriod: p.FeePeriod, Counterparty: p.Counterparty, Amount: decimal.New(h, -2), Source: p.Source})
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

// Package ledger keeps the work-injury fund's books for the occupational-
// injury scheme under 沪人社福〔2025〕373号 (第四、十六至十八、四十七至五十七、
// 七十七条): its own income and expenditure subjects, kept apart from the
// ordinary work-injury subjects (第四、四十九、五十条); a balanced,
// idempotent journal; the reconciliation of treasury receipts with the tax
// bureau's collection records and of payments with the national platform's
// order summaries (第十七、十八条); refunds and top-ups (第十六条); the
// insurer's monthly settlement (第五十七条) with the large-payment check
// (第五十六条); and the yearly summary (第七十七条).
//
// The Journal is an in-memory value: the host persists its postings
// (Snapshot) and rebuilds it (Load). Nothing here reads a clock or a file.
// Money is exact (shopspring/decimal) and every amount is in fen; balances
// are kept as integer fen, so adding up a book never rounds.
//
// # Speed
//
// go test ./ledger -run '^$' -bench . -benchmem on the project machine (2
// cores, AMD EPYC at 2.4 GHz in a VM, go1.26.8), three runs:
//
//	1 M postings with balances (NewJournal sized for them)   1.25–1.42 s   0 allocs a posting
//	the same into a zero Journal that grows                  1.9–2.2 s
//	reconciling 100 000 receipts, records and bills          1.36–1.39 s   O(n) maps + one O(n log n) sort
//
// The target was 2 s for a million postings and O(n log n) reconciliation.
package ledger

import (
	"errors"
	"fmt"
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
	}
	return ""
}

var expenseKinds = []benefits.Kind{benefits.OneTimeDisabilityGrant, benefits.DisabilityAllowance, benefits.OneTimeAllowance,
	benefits.NursingAllowance, benefits.FuneralGrant, benefits.SurvivorPension, benefits.DeathGrant}

// Subjects lists the scheme's subjects.
func Subjects() []Subject {
	out := []Subject{SpecialAccount, InsurerPayable, LevyIncome, InterestIncome, Medical, AssessmentFee, ServiceFee}
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
	Debit   decimal.Decimal `json:"debit,omitzero"`
	Credit  decimal.Decimal `json:"credit,omitzero"`
}

// Posting is one balanced journal entry, keyed by the host's document ID.
type Posting struct {
	// ID is the host's document ID: the idempotency key.
	ID   string        `json:"id"`
	Date calendar.Date `json:"date"`
	// Period is the account period the amounts belong to (费款所属期 or the
	// month of a payment).
	Period       calendar.Month `json:"period"`
	Counterparty Counterparty   `json:"counterparty"`
	Source       string         `json:"source"` // the document or article behind it
	Lines        []Line         `json:"lines"`
	// Reverses is the ID of the posting this one reverses, if any.
	Reverses string `json:"reverses,omitempty"`
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
)

func inFen(d decimal.Decimal) bool {
	if d.Exponent() >= -2 {
		return true
	}
	return d.Equal(d.Round(2))
}

// maxLineFen bounds a line's amount (10¹² 元) so that sums of fen in int64
// cannot overflow in any realistic book; a larger amount is refused.
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
		debit += d
		credit += c
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
	if a.ID != b.ID || a.Date != b.Date || a.Period != b.Period || a.Counterparty != b.Counterparty ||
		a.Source != b.Source || a.Reverses != b.Reverses || len(a.Lines) != len(b.Lines) {
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
	chunks   [][]Posting // postings in order, in chunks so that growing never copies them
	lines    [][]Line    // the postings' lines, in chunks
	n        int
	byID     map[string]int
	reversed map[string]string // ID → the ID that reversed it
	balance  map[cell]int64    // debits − credits, in fen
	closed   map[calendar.Month]bool
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
	j.reversed = map[string]string{}
	j.balance = map[cell]int64{}
	j.closed = map[calendar.Month]bool{}
	return j
}

func (j *Journal) init() {
	if j.byID == nil {
		j.byID = map[string]int{}
		j.reversed = map[string]string{}
		j.balance = map[cell]int64{}
		j.closed = map[calendar.Month]bool{}
	}
}

// Post records p. Posting a document ID again with the same content changes
// nothing and reports duplicate = true; with different content it is
// ErrConflict. A posting to a closed period is ErrClosed.
func (j *Journal) Post(p Posting) (duplicate bool, err error) {
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
	if p.Reverses != "" {
		if _, ok := j.byID[p.Reverses]; !ok {
			return false, fmt.Errorf("%w: %q reverses %q", ErrUnknownID, p.ID, p.Reverses)
		}
		if by, done := j.reversed[p.Reverses]; done {
			return false, fmt.Errorf("%w: %q by %q", ErrReversed, p.Reverses, by)
		}
	}
	if j.closed[p.Period] {
		return false, fmt.Errorf("%w: %s (posting %q)", ErrClosed, p.Period, p.ID)
	}
	if p.Reverses != "" {
		j.reversed[p.Reverses] = p.ID
	}
	p.Lines = j.keepLines(p.Lines)
	if len(j.chunks) == 0 || len(j.chunks[len(j.chunks)-1]) == chunkSize {
		j.chunks = append(j.chunks, make([]Posting, 0, chunkSize))
	}
	last := len(j.chunks) - 1
	j.chunks[last] = append(j.chunks[last], p)
	j.byID[p.ID] = j.n
	j.n++
	for _, l := range p.Lines {
		j.balance[cell{l.Subject, p.Period}] += fenOf(l.Debit) - fenOf(l.Credit)
	}
	return false, nil
}

// Reverse posts the reversal of the posting id under newID, dated date, in
// the same period: every line on the other side. Corrections are reversals,
// never deletions. A reversal into a closed period is ErrClosed.
func (j *Journal) Reverse(id, newID string, date calendar.Date, source string) error {
	j.init()
	i, ok := j.byID[id]
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownID, id)
	}
	orig := *j.at(i)
	rev := Posting{ID: newID, Date: date, Period: orig.Period, Counterparty: orig.Counterparty, Source: source, Reverses: id}
	for _, l := range orig.Lines {
		rev.Lines = append(rev.Lines, Line{Subject: l.Subject, Debit: l.Credit, Credit: l.Debit})
	}
	_, err := j.Post(rev)
	return err
}

// Close closes a period: later postings to it are refused.
func (j *Journal) Close(period calendar.Month) {
	j.init()
	j.closed[period] = true
}

// Closed reports whether period is closed.
func (j *Journal) Closed(period calendar.Month) bool { return j.closed[period] }

// Balance returns subject's balance in period in its natural sign: debits −
// credits for assets and expenses, credits − debits for liabilities and
// income.
func (j *Journal) Balance(s Subject, period calendar.Month) decimal.Decimal {
	b := j.balance[cell{s, period}]
	if t := TypeOf(s); t == Liability || t == Income {
		b = -b
	}
	return decimal.New(b, -2)
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
	out := make([]Posting, 0, j.n)
	for _, c := range j.chunks {
		out = append(out, c...)
	}
	return out
}

// Len returns the number of postings.
func (j *Journal) Len() int { return j.n }

// Posting returns the posting with id.
func (j *Journal) Posting(id string) (Posting, bool) {
	i, ok := j.byID[id]
	if !ok {
		return Posting{}, false
	}
	return *j.at(i), true
}

// BalanceRow is one subject's balance in one period.
type BalanceRow struct {
	Subject Subject         `json:"subject"`
	Period  calendar.Month  `json:"period"`
	Balance decimal.Decimal `json:"balance"`
}

// Balances returns every non-zero balance, by period then subject.
func (j *Journal) Balances() []BalanceRow {
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

package analysis

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// The computation of one policy's figures: the bills of every platform's
// month (levy), the payments of every case (benefits). Measure runs it twice
// and compares; Analyze once.

// cellKey is one platform, industry and month.
type cellKey struct {
	platform string
	industry eligibility.Industry
	month    calendar.Month
}

// pmKey is one platform's month: one bill.
type pmKey struct {
	platform string
	month    calendar.Month
}

// cell is a cell's billed orders and amount (the sum of its bill lines,
// each rounded to the fen by levy) and the lines, for the explanation.
type cell struct {
	orders int64
	amount decimal.Decimal
	lines  []string
}

// payKey is one case's payments of one item in one month.
type payKey struct {
	caseID string
	kind   benefits.Kind
	month  calendar.Month
}

// income is one policy's bills over the period.
type income struct {
	cells    map[cellKey]*cell
	unbilled map[pmKey]error
	rulebook string // the levy rulebook's fingerprint
}

// expenditure is one policy's payments over the period.
type expenditure struct {
	pay    map[payKey]decimal.Decimal
	award  map[string]benefits.Award // by case ID
	failed map[string]error          // by case ID
	books  map[string]string         // case ID → the benefits rulebook's fingerprint
}

// counted are the tally's orders of the period by cell, and the tally cut
// into months (the bills read one month's tally each).
type counted struct {
	orders  map[cellKey]int64
	monthly map[calendar.Month]*eligibility.Tally
	total   int64
}

// count reads the tally once: its cells (platform × industry × day) in the
// period's months, never orders.
func count(t *eligibility.Tally, months []calendar.Month) (counted, error) {
	c := counted{orders: map[cellKey]int64{}, monthly: map[calendar.Month]*eligibility.Tally{}}
	in := map[calendar.Month]bool{}
	for _, m := range months {
		in[m] = true
		c.monthly[m] = &eligibility.Tally{}
	}
	for _, r := range t.Rows() {
		m := calendar.MonthOfDate(r.Day)
		if !in[m] {
			continue
		}
		// A Tally's counts and sums fit an int64 (eligibility.Tally):
		// neither can fail on rows from one.
		if err := c.monthly[m].AddN(r.Platform, r.Industry, r.Day, r.Orders); err != nil {
			return counted{}, err
		}
		c.orders[cellKey{r.Platform, r.Industry, m}] += r.Orders
		c.total += r.Orders
	}
	return c, nil
}

// bill runs levy's rulebook on every month: each platform's month is
// levy.Rulebook.Bills' bill, its lines added to their cells; a platform it
// cannot bill is recorded with its error.
func bill(rb *levy.Rulebook, c counted, months []calendar.Month) (income, error) {
	inc := income{cells: map[cellKey]*cell{}, unbilled: map[pmKey]error{}, rulebook: rb.Fingerprint()}
	for _, m := range months {
		bills, unbilled, err := rb.Bills(c.monthly[m], m)
		if err != nil {
			return income{}, err
		}
		for _, u := range unbilled {
			inc.unbilled[pmKey{u.Platform, m}] = u.Err
		}
		for _, b := range bills {
			for _, l := range b.Lines {
				k := cellKey{b.Platform, l.Industry, m}
				ce := inc.cells[k]
				if ce == nil {
					ce = &cell{amount: decimal.Zero}
					inc.cells[k] = ce
				}
				ce.orders += l.Orders
				ce.amount = ce.amount.Add(l.Amount.Decimal())
				ce.lines = append(ce.lines, fmt.Sprintf("%s..%s %d×%s=%s→%s", l.From, l.To, l.Orders, l.PerOrder, l.Exact, l.Amount.String()))
			}
		}
	}
	return inc, nil
}

// caseBook builds the rulebook of a case's award under a policy: its
// parameters laid over benefits.DefaultParams, and its rules
// (benefits.NewRulebook), as benefits/casefile does for a case file.
func caseBook(params []param.Value, rules benefits.Rules) (*benefits.Rulebook, error) {
	set, err := benefits.DefaultParams().With(params...)
	if err != nil {
		return nil, err
	}
	return benefits.NewRulebook(set, rules)
}

// pay computes every case's award and its payments in the period under a
// policy; params gives the parameters of a case under it (the case's own,
// or the reform's over them).
func pay(cases []Case, period Period, params func(Case) []param.Value) expenditure {
	ex := expenditure{pay: map[payKey]decimal.Decimal{}, award: map[string]benefits.Award{}, failed: map[string]error{}, books: map[string]string{}}
	for _, c := range cases {
		rb, err := caseBook(params(c), c.Rules)
		if err != nil {
			ex.failed[c.ID] = err
			continue
		}
		a, err := rb.Compute(c.Case)
		if err != nil {
			ex.failed[c.ID] = err
			continue
		}
		ps, err := rb.Schedule(a, period.From, period.To)
		if err != nil {
			ex.failed[c.ID] = err
			continue
		}
		ex.award[c.ID] = a
		ex.books[c.ID] = rb.Fingerprint()
		for _, p := range ps {
			k := payKey{c.ID, p.Kind, p.Month}
			ex.pay[k] = ex.pay[k].Add(p.Amount.Decimal())
		}
	}
	return ex
}

// checkCases returns the cases that can be analysed and a Problem for each
// that cannot: no ID, an ID given twice (the second), too long or not
// visible text.
func checkCases(cases []Case) ([]Case, []Problem) {
	var ok []Case
	var probs []Problem
	seen := map[string]bool{}
	for i, c := range cases {
		if err := checkID(c.ID, seen); err != nil {
			probs = append(probs, Problem{Kind: ProblemCase, ID: shownID(c.ID, i), Scenario: Both, Err: err})
			continue
		}
		ok = append(ok, c)
	}
	return ok, probs
}

// checkID checks a case or claim ID and records it in seen.
func checkID(id string, seen map[string]bool) error {
	switch {
	case strings.TrimSpace(id) == "":
		return errzh.With(fmt.Errorf("%w: no ID", errBadCase),
			"没有编号")
	case len(id) > maxIDBytes:
		return errzh.With(fmt.Errorf("%w: an ID of %d bytes, at most %d", errBadCase, len(id), maxIDBytes),
			"编号长 %d 字节，最多 %d 字节", len(id), maxIDBytes)
	case eligibility.CheckID("id", id) != nil:
		return errzh.With(fmt.Errorf("%w: the ID is not visible text (white space, control or invisible characters)", errBadCase),
			"编号不是可见文字（含空白、控制字符或不可见字符）")
	case seen[id]:
		return errzh.With(fmt.Errorf("%w: the ID %s is given twice (the first is analysed)", errBadCase, redact.Value(id)),
			"编号 %s 出现两次（按第一次出现的计算）", redact.Value(id))
	}
	seen[id] = true
	return nil
}

// shownID is an ID as a Problem shows it: bounded and masked, or its
// position when it has none.
func shownID(id string, i int) string {
	if strings.TrimSpace(id) == "" {
		return fmt.Sprintf("#%d", i+1)
	}
	return redact.Value(id)
}

// industries in their fixed order (eligibility.Industries).
func industryIndex(i eligibility.Industry) int {
	for k, x := range eligibility.Industries {
		if x == i {
			return k
		}
	}
	return len(eligibility.Industries)
}

// kindOrder is the order items are listed in: the order of 第五章.
var kindOrder = []benefits.Kind{benefits.OneTimeDisabilityGrant, benefits.DisabilityAllowance, benefits.OneTimeAllowance,
	benefits.NursingAllowance, benefits.FuneralGrant, benefits.SurvivorPension, benefits.DeathGrant}

func kindIndex(k benefits.Kind) int {
	for i, x := range kindOrder {
		if x == k {
			return i
		}
	}
	return len(kindOrder)
}

// sortedCells returns the keys in order: platform, industry, month.
func sortedCells[V any](m map[cellKey]V) []cellKey {
	keys := make([]cellKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.platform != b.platform {
			return a.platform < b.platform
		}
		if a.industry != b.industry {
			return industryIndex(a.industry) < industryIndex(b.industry)
		}
		return a.month.Before(b.month)
	})
	return keys
}

// errText is an error's message for a Why's inputs.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

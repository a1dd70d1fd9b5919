package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Policy is the policy in force: what today's levy and claims deadlines are
// computed from. Each case carries its own benefit parameters (Case).
type Policy struct {
	// Calendar is the holiday calendar of the levy's and the claims'
	// deadlines (calendar.Default()).
	Calendar *calendar.Calendar
	// Levy is the host's levy setup: parameter values laid over the
	// embedded base amounts (levy.NewParams) and every platform's terms, as
	// examples/monthly-levy -params reads it.
	Levy levy.Setup
	// Claims are the claims rules of the deadlines (the zero Rules are the
	// defaults).
	Claims claims.Rules
}

// Case is one benefit case of the data: an ID of the host's (unique, no
// more than 64 bytes, visible characters), the case, and the parameters
// and rules its award is computed with, as a benefits case file
// (benefits/casefile) holds them: its values are laid over
// benefits.DefaultParams.
type Case struct {
	ID         string
	Case       benefits.Case
	Parameters []param.Value
	Rules      benefits.Rules
}

// Claim is one claims case (第十九至三十一、四十四条): an ID of the host's and
// the case's state as the host stores it.
type Claim struct {
	ID   string
	Case claims.Case
}

// Data is what is analysed: the counted orders, the benefit cases, the
// books and the claims. A nil Tally reads as no orders; Books, Claims and
// Cases are optional, but not all of Tally, Cases and Claims may be empty.
type Data struct {
	// Tally holds the counted orders by platform, industry and Beijing day
	// (第十条); only the days of the period are read.
	Tally *eligibility.Tally
	// Cases are the benefit cases whose payments are the expenditure.
	Cases []Case
	// Books are the fund's books: the special account's balance and the
	// levy income booked (nil: not analysed).
	Books *ledger.Journal
	// Claims are the claims cases whose stages and deadlines are counted,
	// as of AsOf (the host's today; no clock is read here).
	Claims []Claim
	AsOf   calendar.Date
}

// Period is the months analysed, From to To, both included.
type Period struct {
	From calendar.Month `json:"from"`
	To   calendar.Month `json:"to"`
}

// maxMonths is the longest period analysed: ten years.
const maxMonths = 120

// maxIDBytes is the longest case or claim ID.
const maxIDBytes = 64

// Months returns the months of p in order, or bad_period for a zero or
// reversed period or one longer than 120 months.
func (p Period) Months() ([]calendar.Month, error) {
	switch {
	case p.From.IsZero() || p.To.IsZero():
		return nil, errzh.With(fmt.Errorf("%w: no from or to month", errPeriod),
			"没有起始或终止月份")
	case p.To.Before(p.From):
		return nil, errzh.With(fmt.Errorf("%w: %s is before %s", errPeriod, p.To, p.From),
			"终止月份 %s 早于起始月份 %s", p.To, p.From)
	}
	n := monthIndex(p.To) - monthIndex(p.From) + 1
	if n > maxMonths {
		return nil, errzh.With(fmt.Errorf("%w: %d months, at most %d", errPeriod, n, maxMonths),
			"共 %d 个月，最多 %d 个月", n, maxMonths)
	}
	out := make([]calendar.Month, 0, n)
	for m := p.From; !m.After(p.To); {
		out = append(out, m)
		next, err := m.AddMonths(1)
		if err != nil {
			break
		}
		m = next
	}
	return out, nil
}

// String is "2026-03" for one month, "2026-01..2026-06" for more.
func (p Period) String() string {
	if p.From == p.To {
		return p.From.String()
	}
	return p.From.String() + ".." + p.To.String()
}

func monthIndex(m calendar.Month) int { return m.Year()*12 + int(m.Month()) - 1 }

// Errors of Analyze and Measure. A refusal of the whole analysis is one of
// these (errors.Is); a case, claim or platform that cannot be computed is a
// Problem of the result instead, the rest computed.
var (
	// errNoCalendar: the Policy has no Calendar.
	errNoCalendar = errcode.New("no_calendar", errcode.FixCall,
		"analysis: no calendar in the policy (calendar.Default())",
		"没有提供日历（分析的政策中缺少日历）")
	// errPolicy: the current levy setup or claims rules are refused by levy
	// or claims (the error they give is wrapped too).
	errPolicy = errcode.New("bad_policy", errcode.Stop,
		"analysis: the current policy is refused",
		"现行费率设置或确认规则不合要求")
	// errPeriod: a zero, reversed or too long period.
	errPeriod = errcode.New("bad_period", errcode.Stop,
		"analysis: invalid period",
		"分析或测算期间不合要求：起止月份缺失、颠倒，或超过120个月")
	// ErrNoData: no orders, no cases and no claims: nothing to analyse.
	ErrNoData = errcode.New("no_data", errcode.Stop,
		"analysis: no data (no tally, no cases, no claims)",
		"没有订单、待遇案件和确认案件：没有可分析的数据")
	// errNoAsOf: claims given without the day they are judged on.
	errNoAsOf = errcode.New("no_as_of", errcode.FixCall,
		"analysis: claims need the day they are judged on (Data.AsOf)",
		"统计确认案件需要给出截至日期（本库不读取系统时钟）")
	// errBadReform is wrapped by every *ReformError.
	errBadReform = errcode.New("bad_reform", errcode.Stop,
		"analysis: invalid reform",
		"测算方案不合要求（参数自相矛盾、与现行参数重叠、同一平台的条款给了两次等）：整个测算被拒绝，不作取舍")
	// errBadCase: a case or claim without an ID, with an ID given twice, too
	// long or not visible text (a Problem of the result).
	errBadCase = errcode.New("bad_case_id", errcode.SkipRow,
		"analysis: invalid case",
		"案件编号缺失、重复、过长或含不可见字符：该案件不计入，其余照常计算")
)

// ProblemKind says what a Problem is about.
type ProblemKind string

const (
	ProblemPlatform ProblemKind = "platform" // a platform's month that could not be billed
	ProblemCase     ProblemKind = "case"     // a benefit case that could not be computed
	ProblemClaim    ProblemKind = "claim"    // a claims case whose deadlines could not be computed
)

// Chinese names the kind: 平台, 待遇案件, 职业伤害确认案件.
func (k ProblemKind) Chinese() string {
	switch k {
	case ProblemPlatform:
		return "平台"
	case ProblemCase:
		return "待遇案件"
	case ProblemClaim:
		return "职业伤害确认案件"
	}
	return ""
}

// Scenario names the policy a figure or a problem belongs to.
type Scenario string

const (
	Current  Scenario = "current" // the policy in force (现行)
	Reformed Scenario = "reform"  // the reform (改革后)
	Both     Scenario = "both"    // both policies alike (两者)
)

// Chinese names the scenario: 现行, 改革后, 现行与改革后.
func (s Scenario) Chinese() string {
	switch s {
	case Current:
		return "现行"
	case Reformed:
		return "改革后"
	case Both:
		return "现行与改革后"
	}
	return ""
}

// Problem is a part of the data that could not be computed: a platform's
// month without a bill (no terms, not enrolled, no level, a base amount
// missing), a case without an award or schedule, a claim without its
// deadlines. It is left out of the figures; the rest is computed.
type Problem struct {
	Kind ProblemKind
	// ID is the platform, case or claim.
	ID string
	// Month is a platform's month (zero for a case or claim).
	Month calendar.Month
	// Orders are a platform's counted orders in Month, not billed.
	Orders int64
	// Scenario is the policy under which it failed (Both when under both
	// alike; in Analyze always Current).
	Scenario Scenario
	Err      error
}

func (p Problem) Error() string {
	where := string(p.Kind) + " " + p.ID
	if !p.Month.IsZero() {
		where += " " + p.Month.String()
	}
	return fmt.Sprintf("analysis: %s (%s): %v", where, p.Scenario, p.Err)
}

func (p Problem) Unwrap() error { return p.Err }

// problemJSON is a Problem's JSON form.
type problemJSON struct {
	Kind     ProblemKind        `json:"kind"`
	ID       string             `json:"id"`
	Month    calendar.Month     `json:"month,omitzero"`
	Orders   int64              `json:"orders,omitempty"`
	Scenario Scenario           `json:"scenario"`
	Error    *errcode.WireError `json:"error"`
}

// MarshalJSON writes {"kind", "id", "month", "orders", "scenario",
// "error"}: the month and the orders absent for a case or claim, the error
// as its code and Chinese text (errcode.Wire), never its English message.
func (p Problem) MarshalJSON() ([]byte, error) {
	return json.Marshal(problemJSON{p.Kind, p.ID, p.Month, p.Orders, p.Scenario, errcode.Wire(p.Err)})
}

// UnmarshalJSON reads what MarshalJSON writes, strictly (unknown keys are
// errors): Err is then the *errcode.WireError read, which errors.Is
// matches against the code it names.
func (p *Problem) UnmarshalJSON(data []byte) error {
	if p == nil {
		return fmt.Errorf("%w: UnmarshalJSON on a nil *Problem", errcode.ErrBadWire)
	}
	var j problemJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("analysis: problem: %w", err)
	}
	*p = Problem{Kind: j.Kind, ID: j.ID, Month: j.Month, Orders: j.Orders, Scenario: j.Scenario}
	if j.Error != nil {
		p.Err = j.Error
	}
	return nil
}

// sortProblems puts problems in a fixed order, whatever the order the host
// gave the cases and claims in: platforms' months, then cases, then claims;
// each by ID, month and policy (both, current, reform). A case or claim
// without an ID is shown by its position (#3) and sorts by it.
func sortProblems(ps []Problem) {
	kind := map[ProblemKind]int{ProblemPlatform: 0, ProblemCase: 1, ProblemClaim: 2}
	scenario := map[Scenario]int{Both: 0, Current: 1, Reformed: 2}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		switch {
		case kind[a.Kind] != kind[b.Kind]:
			return kind[a.Kind] < kind[b.Kind]
		case a.ID != b.ID:
			return a.ID < b.ID
		case a.Month != b.Month:
			return a.Month.Before(b.Month)
		}
		return scenario[a.Scenario] < scenario[b.Scenario]
	})
}

// Why explains a figure: the articles it rests on, the inputs it was
// computed from (name=value, alike in both languages) and what it is, in
// English and in Chinese.
type Why struct {
	Articles []string `json:"articles"`
	Inputs   []string `json:"inputs,omitempty"`
	EN       string   `json:"en"`
	ZH       string   `json:"zh"`
}

// Quotient is a ratio of two figures, rounded half up to its places
// (exactly: no intermediate precision; Value's exponent keeps the places:
// 4 for a ratio of amounts, 2 for months); Known is false when the divisor
// is zero (no ratio).
type Quotient struct {
	Value decimal.Decimal
	Known bool
}

// String is the ratio with its places ("3306.2805", "1.59"), or "—" when
// it is not known.
func (q Quotient) String() string {
	if !q.Known {
		return "—"
	}
	return q.Value.StringFixed(max(-q.Value.Exponent(), 0))
}

// quotient returns a ÷ b rounded half up to places, exactly (no
// intermediate precision), unknown when b is 0.
func quotient(a, b decimal.Decimal, places int32) Quotient {
	if b.IsZero() {
		return Quotient{}
	}
	e := min(a.Exponent(), b.Exponent())
	num := a.Shift(-e).BigInt() // exact: a and b are whole at the exponent e
	den := b.Shift(-e).BigInt()
	if den.Sign() < 0 {
		num.Neg(num)
		den.Neg(den)
	}
	// floor((2·num·10^places + den) / (2·den)): half up, towards +∞ on a half.
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num.Mul(num, scale).Lsh(num, 1).Add(num, den)
	den.Lsh(den, 1)
	q := new(big.Int).Div(num, den) // Euclidean: the floor for a positive divisor
	return Quotient{Value: decimal.NewFromBigInt(q, -places), Known: true}
}

package analysis

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/param"
)

// Amount is one figure of the running analysis: the orders and the amount
// of one platform, industry, month, item or case (Key), with why.
type Amount struct {
	Key    string
	Orders int64
	Amount decimal.Decimal
	Why    Why
}

// OrdersRow is the counted orders of one platform, industry and month
// (第十条), billed or not.
type OrdersRow struct {
	Platform string
	Industry eligibility.Industry
	Month    calendar.Month
	Orders   int64
}

// Books are the figures read from the fund's books (第四十七、四十九条).
type Books struct {
	// Balance is the special account's balance over all periods, as the
	// books stand (ledger.SpecialAccount).
	Balance decimal.Decimal
	// Collected is the levy income booked in the period's months
	// (ledger.LevyIncome by accounting period: the cash view, 入库).
	Collected decimal.Decimal
	// PaidToCollected is the expenditure ÷ Collected, to 4 places;
	// MonthsCovered the balance × months ÷ expenditure, to 2 places.
	PaidToCollected Quotient
	MonthsCovered   Quotient
	Why             Why
}

// Count is how many of something there are (a state, a deadline).
type Count struct {
	Key string `json:"key"`
	N   int    `json:"n"`
}

// Claims are the claims cases' figures as of Data.AsOf: how many stand at
// each stage (claims.State) and how many deadlines were missed
// (calendar.StandingOverdue: done late, or not done and passed), by step.
type Claims struct {
	// ByState counts the cases by stage, in the order of a case's way
	// (reported … benefits, withdrawn), then any state claims does not
	// name, by name: they add up to the cases analysed.
	ByState []Count
	// Met, Open, Overdue and Unknown split every deadline of the cases
	// (claims.Rulebook.Deadlines) by standing: they add up to the
	// deadlines.
	Met, Open, Overdue, Unknown int
	// OverdueBy counts the missed deadlines by step (claims.Item.Name).
	OverdueBy []Count
	Why       Why
}

// Running is the running analysis of a period (运行情况分析, 第七十六条第一款).
type Running struct {
	Period Period
	// OrdersRows are the tally's counted orders in the period, by
	// platform, industry and month (billed or not).
	OrdersRows []OrdersRow

	// Income is the levy billed (第十四条) for the period, of the platforms
	// billed; by platform, industry and month.
	Income           Amount
	IncomeByPlatform []Amount
	IncomeByIndustry []Amount
	IncomeByMonth    []Amount

	// Expenditure is the benefits paid in the period (第五章), by item,
	// case and month: ExpenditureByCase has a row for every case computed.
	Expenditure        Amount
	ExpenditureByItem  []Amount
	ExpenditureByCase  []Amount
	ExpenditureByMonth []Amount

	// PaidToBilled is the expenditure ÷ the levy billed, to 4 places.
	PaidToBilled Quotient
	// Books is set when Data.Books is given; Claims when Data.Claims are.
	Books  *Books
	Claims *Claims

	// Problems are the parts left out, and why: platforms' months, cases,
	// then claims, each by ID and month, whatever the order of the data.
	Problems []Problem
	// LevyRulebook is the levy rulebook's fingerprint; ClaimsRulebook the
	// claims rulebook's (when claims are analysed).
	LevyRulebook, ClaimsRulebook string
}

// Analyze is the running analysis of the data over the period
// (第七十六条第一款: 监测运行情况，定期开展运行情况分析) under the current
// policy: the orders and the levy billed by platform, industry and month
// (levy.Setup.Rulebook, Rulebook.Bills), the benefits paid by item, case and
// month (benefits.NewRulebook, Compute, Schedule), the ratio of the two,
// with Data.Books the special account's balance, the levy collected and how
// many months of expenditure the balance covers (ledger.Journal), and with
// Data.Claims the claims by stage and the deadlines missed as of Data.AsOf
// (claims.Rulebook.Deadlines). A platform's month, case or claim that
// cannot be computed is a Problem, the rest computed.
//
// Refused as a whole: no calendar (no_calendar), a setup levy or claims
// rules claims refuses (bad_policy), a bad period (bad_period), no data
// (ErrNoData), claims without Data.AsOf (no_as_of).
func Analyze(p Policy, d Data, period Period) (Running, error) {
	months, err := check(p, d, period)
	if err != nil {
		return Running{}, err
	}
	rb, err := p.Levy.Rulebook(p.Calendar)
	if err != nil {
		return Running{}, fmt.Errorf("%w: levy: %w", errPolicy, err)
	}
	var crb *claims.Rulebook
	if len(d.Claims) > 0 {
		if d.AsOf.IsZero() {
			return Running{}, errNoAsOf
		}
		if crb, err = claims.NewRulebook(p.Calendar, p.Claims); err != nil {
			return Running{}, fmt.Errorf("%w: claims: %w", errPolicy, err)
		}
	}
	c, err := count(d.Tally, months)
	if err != nil {
		return Running{}, err
	}
	inc, err := bill(rb, c, months)
	if err != nil {
		return Running{}, err
	}
	out := Running{Period: period, LevyRulebook: rb.Fingerprint()}
	for _, k := range sortedCells(c.orders) {
		out.OrdersRows = append(out.OrdersRows, OrdersRow{Platform: k.platform, Industry: k.industry, Month: k.month, Orders: c.orders[k]})
	}
	out.income(c, inc)

	cases, probs := checkCases(d.Cases)
	for i := range probs {
		probs[i].Scenario = Current
	}
	out.Problems = append(out.Problems, probs...)
	ex := pay(cases, period, func(c Case) []param.Value { return c.Parameters })
	out.expenditure(cases, ex)
	out.PaidToBilled = quotient(out.Expenditure.Amount, out.Income.Amount, 4)
	if d.Books != nil {
		out.books(d.Books, months)
	}
	if crb != nil {
		out.claims(crb, d.Claims, d.AsOf)
		out.ClaimsRulebook = crb.Fingerprint()
	}
	sortProblems(out.Problems)
	return out, nil
}

func (r *Running) income(c counted, inc income) {
	for _, pm := range sortedPM(inc.unbilled, nil) {
		r.Problems = append(r.Problems, Problem{Kind: ProblemPlatform, ID: pm.platform, Month: pm.month, Orders: platformOrders(c, pm), Scenario: Current, Err: inc.unbilled[pm]})
	}
	byPlatform, byIndustry, byMonth := map[string]*Amount{}, map[eligibility.Industry]*Amount{}, map[calendar.Month]*Amount{}
	total := Amount{Amount: decimal.Zero}
	lines := 0
	for _, k := range sortedCells(inc.cells) {
		ce := inc.cells[k]
		lines += len(ce.lines)
		for _, a := range []*Amount{get(byPlatform, k.platform, k.platform), get(byIndustry, k.industry, k.industry.String()), get(byMonth, k.month, k.month.String()), &total} {
			a.Orders += ce.orders
			a.Amount = a.Amount.Add(ce.amount)
		}
	}
	total.Why = Why{Articles: []string{"第七十六条", "第十一条", "第十二条", "第十四条"},
		Inputs: []string{"period=" + r.Period.String(), fmt.Sprintf("orders_billed=%d", total.Orders), fmt.Sprintf("bill_lines=%d", lines), "levy_rulebook=" + short(inc.rulebook)},
		EN:     fmt.Sprintf("levy billed for %s (第十四条: orders × rate, each line rounded half up to the fen): %s 元 for %d orders, the sum of levy's bills", r.Period, fixed(total.Amount), total.Orders),
		ZH:     fmt.Sprintf("%s 应缴保障费（第十四条：订单数 × 每单缴费标准，每行四舍五入到分）：%d 单共 %s 元，为各平台账单之和", r.Period, total.Orders, fixed(total.Amount))}
	r.Income = total
	for _, k := range sortedKeys(byPlatform) {
		a := *byPlatform[k]
		a.Why = amountWhy("platform", a, []string{"第十一条", "第十二条", "第十四条"})
		r.IncomeByPlatform = append(r.IncomeByPlatform, a)
	}
	for _, ind := range eligibility.Industries {
		if a := byIndustry[ind]; a != nil {
			a.Why = amountWhy("industry", *a, []string{"第十一条", "第十二条", "第十四条"})
			r.IncomeByIndustry = append(r.IncomeByIndustry, *a)
		}
	}
	for _, m := range sortedMonths(byMonth) {
		a := *byMonth[m]
		a.Why = amountWhy("month", a, []string{"第十四条"})
		r.IncomeByMonth = append(r.IncomeByMonth, a)
	}
}

func (r *Running) expenditure(cases []Case, ex expenditure) {
	byItem, byCase, byMonth := map[string]*Amount{}, map[string]*Amount{}, map[string]*Amount{}
	total := Amount{Amount: decimal.Zero}
	n := 0
	for _, c := range cases {
		if err := ex.failed[c.ID]; err != nil {
			r.Problems = append(r.Problems, Problem{Kind: ProblemCase, ID: c.ID, Scenario: Current, Err: err})
			continue
		}
		n++
		get(byCase, c.ID, c.ID)
	}
	for k, v := range ex.pay {
		for _, a := range []*Amount{get(byItem, string(k.kind), string(k.kind)), get(byCase, k.caseID, k.caseID), get(byMonth, k.month.String(), k.month.String()), &total} {
			a.Amount = a.Amount.Add(v)
		}
	}
	total.Why = Why{Articles: []string{"第七十六条", "第三十八条", "第三十九条", "第四十条", "第四十五条"},
		Inputs: []string{"period=" + r.Period.String(), fmt.Sprintf("cases=%d", n)},
		EN:     fmt.Sprintf("benefits the fund pays in %s (第五章, each payment rounded half up to the fen) for %d cases: %s 元, the sum of benefits' schedules", r.Period, n, fixed(total.Amount)),
		ZH:     fmt.Sprintf("%s 基金支付的待遇（第五章，每笔四舍五入到分），共 %d 个案件：%s 元，为各案件发放表之和", r.Period, n, fixed(total.Amount))}
	r.Expenditure = total
	items := sortedKeys(byItem)
	sort.SliceStable(items, func(i, j int) bool { return kindIndex(benefitsKind(items[i])) < kindIndex(benefitsKind(items[j])) })
	for _, k := range items {
		a := *byItem[k]
		a.Why = amountWhy("item", a, []string{"第三十八条", "第三十九条", "第四十条", "第四十五条"})
		r.ExpenditureByItem = append(r.ExpenditureByItem, a)
	}
	for _, k := range sortedKeys(byCase) {
		a := *byCase[k]
		aw := ex.award[k]
		a.Why = amountWhy("case", a, []string{"第三十八条", "第三十九条", "第四十条", "第四十五条"})
		a.Why.Inputs = append(a.Why.Inputs, "one_time_total="+fixed(aw.OneTimeTotal.Decimal()), "monthly_total="+fixed(aw.MonthlyTotal.Decimal()), "benefits_rulebook="+short(ex.books[k]))
		r.ExpenditureByCase = append(r.ExpenditureByCase, a)
	}
	for _, k := range sortedKeys(byMonth) {
		a := *byMonth[k]
		a.Why = amountWhy("month", a, []string{"第三十八条", "第四十条", "第四十五条"})
		r.ExpenditureByMonth = append(r.ExpenditureByMonth, a)
	}
}

func (r *Running) books(j *ledger.Journal, months []calendar.Month) {
	b := &Books{Balance: j.Total(ledger.SpecialAccount).Decimal(), Collected: decimal.Zero}
	for _, m := range months {
		b.Collected = b.Collected.Add(j.Balance(ledger.LevyIncome, m).Decimal())
	}
	n := decimal.NewFromInt(int64(len(months)))
	b.PaidToCollected = quotient(r.Expenditure.Amount, b.Collected, 4)
	b.MonthsCovered = quotient(b.Balance.Mul(n), r.Expenditure.Amount, 2)
	b.Why = Why{Articles: []string{"第七十六条", "第四条", "第十八条", "第四十七条", "第四十九条"},
		Inputs: []string{"special_account=" + fixed(b.Balance), "levy_income_booked=" + fixed(b.Collected), "expenditure=" + fixed(r.Expenditure.Amount), fmt.Sprintf("months=%d", len(months))},
		EN: fmt.Sprintf("the books: the special account holds %s 元; levy income booked in %s (入库, 第十八条) %s 元; benefits paid per yuan collected %s; the balance pays %s months of the period's average expenditure",
			fixed(b.Balance), r.Period, fixed(b.Collected), b.PaidToCollected, b.MonthsCovered),
		ZH: fmt.Sprintf("账务：财政专户余额 %s 元；%s 入库记账的保障费收入（第十八条）%s 元；每元已收保障费对应待遇支出 %s；余额可支付本期平均月支出 %s 个月",
			fixed(b.Balance), r.Period, fixed(b.Collected), b.PaidToCollected, b.MonthsCovered)}
	r.Books = b
}

// stateOrder is the order stages are listed in: a case's way from report
// to benefits.
var stateOrder = []claims.State{claims.StateNew, claims.StateReported, claims.StateApplied, claims.StateAccepted, claims.StateConfirmed,
	claims.StateNotConfirmed, claims.StateDelivered, claims.StateAssessed, claims.StateBenefitApplied, claims.StateBenefitAccepted,
	claims.StateSupplementRequested, claims.StateReviewApproved, claims.StateReviewRefused, claims.StateBenefits, claims.StateWithdrawn}

func (r *Running) claims(rb *claims.Rulebook, cs []Claim, asOf calendar.Date) {
	out := &Claims{}
	ncases, deadlines := 0, 0
	states := map[claims.State]int{}
	overdue := map[string]int{}
	seen := map[string]bool{}
	for i, c := range cs {
		if err := checkID(c.ID, seen); err != nil {
			r.Problems = append(r.Problems, Problem{Kind: ProblemClaim, ID: shownID(c.ID, i), Scenario: Current, Err: err})
			continue
		}
		items, err := rb.Deadlines(c.Case, asOf)
		if err != nil {
			r.Problems = append(r.Problems, Problem{Kind: ProblemClaim, ID: c.ID, Scenario: Current, Err: err})
			continue
		}
		ncases++
		states[c.Case.State]++
		for _, it := range items {
			deadlines++
			switch it.Standing {
			case calendar.StandingMet:
				out.Met++
			case calendar.StandingOpen:
				out.Open++
			case calendar.StandingOverdue:
				out.Overdue++
				overdue[it.Name]++
			default:
				out.Unknown++
			}
		}
	}
	for _, s := range stateOrder {
		if n := states[s]; n > 0 {
			out.ByState = append(out.ByState, Count{Key: stateKey(s), N: n})
			delete(states, s)
		}
	}
	// A state claims does not name (the host's own, or one added later)
	// is listed after the known ones, by name: the stages add up to Cases.
	var other []string
	for s := range states {
		other = append(other, string(s))
	}
	sort.Strings(other)
	for _, s := range other {
		out.ByState = append(out.ByState, Count{Key: s, N: states[claims.State(s)]})
	}
	for _, k := range sortedKeys(overdue) {
		out.OverdueBy = append(out.OverdueBy, Count{Key: k, N: overdue[k]})
	}
	out.Why = Why{Articles: []string{"第七十六条", "第二十一条", "第二十二条", "第二十六条", "第二十七条", "第四十四条"},
		Inputs: []string{"as_of=" + asOf.String(), fmt.Sprintf("cases=%d", ncases), fmt.Sprintf("deadlines=%d", deadlines), "claims_rulebook=" + short(rb.Fingerprint())},
		EN: fmt.Sprintf("claims as of %s: %d cases; of their %d deadlines %d met, %d open, %d missed, %d unknown (a year without its holiday schedule)",
			asOf, ncases, deadlines, out.Met, out.Open, out.Overdue, out.Unknown),
		ZH: fmt.Sprintf("截至 %s 的职业伤害确认与待遇案件：%d 件；其 %d 个期限中按期 %d 个、未到期 %d 个、逾期 %d 个、未知 %d 个（放假安排尚未载入的年份）",
			asOf, ncases, deadlines, out.Met, out.Open, out.Overdue, out.Unknown)}
	r.Claims = out
}

// stateKey is a state's name, "new" for the zero state.
func stateKey(s claims.State) string {
	if s == claims.StateNew {
		return "new"
	}
	return string(s)
}

// get returns m[k], made with its key when missing.
func get[K comparable](m map[K]*Amount, k K, key string) *Amount {
	a := m[k]
	if a == nil {
		a = &Amount{Key: key, Amount: decimal.Zero}
		m[k] = a
	}
	return a
}

// amountWhy explains a running analysis's row.
func amountWhy(what string, a Amount, arts []string) Why {
	r := rowWhy(what, Row{Key: a.Key, Orders: a.Orders}, arts)
	zh := map[string]string{"platform": "平台", "industry": "行业", "month": "月份", "item": "待遇项目", "case": "案件"}[what]
	keyZH := a.Key
	switch what {
	case "industry":
		var i eligibility.Industry
		if i.UnmarshalText([]byte(a.Key)) == nil {
			keyZH = i.Chinese()
		}
	case "item":
		keyZH = benefitsKind(a.Key).Chinese()
	}
	r.EN = fmt.Sprintf("%s %s: %s 元, the sum of its exact parts", what, a.Key, fixed(a.Amount))
	r.ZH = fmt.Sprintf("%s %s：%s 元，为各组成部分的精确合计", zh, keyZH, fixed(a.Amount))
	if a.Orders != 0 {
		r.EN = fmt.Sprintf("%s %s: %d orders, %s 元, the sum of its bill lines", what, a.Key, a.Orders, fixed(a.Amount))
		r.ZH = fmt.Sprintf("%s %s：%d 单，%s 元，为其账单行之和", zh, keyZH, a.Orders, fixed(a.Amount))
	}
	return r
}

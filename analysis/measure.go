package analysis

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/param"
)

// Figure is one amount under the current policy and under the reform, and
// the difference Reform − Current, each exact (a sum of amounts levy and
// benefits rounded to the fen), with why.
type Figure struct {
	Current decimal.Decimal
	Reform  decimal.Decimal
	Delta   decimal.Decimal
	Why     Why
}

func figure(cur, ref decimal.Decimal) Figure {
	return Figure{Current: cur, Reform: ref, Delta: ref.Sub(cur)}
}

// Row is a figure of one platform, industry, month, item or case (Key),
// with the orders behind it for income (the same under both policies: the
// same tally).
type Row struct {
	Key    string
	Orders int64
	Figure
	// name is the Chinese name of an industry's or an item's row (for
	// its JSON).
	name string
}

// Cell is the income of one platform, industry and month.
type Cell struct {
	Platform string
	Industry eligibility.Industry
	Month    calendar.Month
	Orders   int64
	Figure
}

// Band is one band of a Distribution: how many platforms or cases, which
// (sorted), and the sum of their differences.
type Band struct {
	Name  BandName
	Count int
	Delta decimal.Decimal
	Keys  []string
}

// BandName names a band of change relative to the current figure.
type BandName string

// The five bands, from the largest fall to the largest rise. A change of
// exactly 5% is in the band up to 5%; a rise from 0 is over 5%.
const (
	LessOver5  BandName = "less_over_5pct"
	LessUpTo5  BandName = "less_up_to_5pct"
	Unchanged  BandName = "unchanged"
	MoreUpTo5  BandName = "more_up_to_5pct"
	MoreOver5  BandName = "more_over_5pct"
	bandsCount          = 5
)

var bandNames = [bandsCount]BandName{LessOver5, LessUpTo5, Unchanged, MoreUpTo5, MoreOver5}

// Chinese names the band: 减少超过5%, …
func (b BandName) Chinese() string {
	switch b {
	case LessOver5:
		return "减少超过5%"
	case LessUpTo5:
		return "减少不超过5%"
	case Unchanged:
		return "不变"
	case MoreUpTo5:
		return "增加不超过5%"
	case MoreOver5:
		return "增加超过5%"
	}
	return ""
}

// Distribution is who gains and who loses (the way PolicyEngine and
// LexImpact show a reform): the platforms that pay, or the cases that
// receive, more, less or the same over the period, in five bands by the
// change relative to their current figure, and the largest rise and fall.
// How many gain (the last two bands), lose (the first two) or stay (the
// middle one), and the sums of the rises and of the falls, are the bands'
// counts and deltas added up; MarshalJSON writes them.
type Distribution struct {
	Bands [bandsCount]Band
	// Largest rise and fall (zero Row when there is none).
	Largest, Smallest Row
}

func distribution(rows []Row) Distribution {
	var d Distribution
	for i := range d.Bands {
		d.Bands[i] = Band{Name: bandNames[i], Delta: decimal.Zero, Keys: []string{}}
	}
	for _, r := range rows {
		b := bandOf(r.Current, r.Delta)
		d.Bands[b].Count++
		d.Bands[b].Delta = d.Bands[b].Delta.Add(r.Delta)
		d.Bands[b].Keys = append(d.Bands[b].Keys, r.Key)
		switch r.Delta.Sign() {
		case 1:
			if d.Largest.Key == "" || r.Delta.GreaterThan(d.Largest.Delta) {
				d.Largest = r
			}
		case -1:
			if d.Smallest.Key == "" || r.Delta.LessThan(d.Smallest.Delta) {
				d.Smallest = r
			}
		}
	}
	for i := range d.Bands {
		sort.Strings(d.Bands[i].Keys)
	}
	return d
}

// bandOf is the index of the band of a change delta from cur: over 5% when
// |delta| × 20 > |cur| (and every change from 0).
func bandOf(cur, delta decimal.Decimal) int {
	over := delta.Abs().Mul(decimal.NewFromInt(20)).GreaterThan(cur.Abs())
	switch {
	case delta.IsZero():
		return 2
	case delta.IsNegative() && over:
		return 0
	case delta.IsNegative():
		return 1
	case over:
		return 4
	}
	return 3
}

// Pair is a ratio under both policies.
type Pair struct {
	Current, Reform Quotient
}

// Risk is the risk and efficiency figures under both policies (第七十六条:
// 评估风险与效率).
type Risk struct {
	// PaidToBilled is the benefits paid per yuan of levy billed in the
	// period (expenditure ÷ income), to 4 places.
	PaidToBilled Pair
	// Balance is the special account's balance as the books stand
	// (ledger.SpecialAccount over all periods), when Data.Books is given;
	// MonthsCovered how many months of the period's average expenditure it
	// pays (balance × months ÷ expenditure), to 2 places.
	HasBooks      bool
	Balance       decimal.Decimal
	MonthsCovered Pair
	Why           Why
}

// Measurement is a reform measured on the data (专项测算): each figure
// under the current policy and under the reform, and the difference.
type Measurement struct {
	Period Period
	Title  string
	// Orders are the counted orders of the period in the tally; the income
	// rows count those of the platforms billed under both policies.
	Orders int64

	Income           Figure
	IncomeByPlatform []Row
	IncomeByIndustry []Row
	IncomeByMonth    []Row
	IncomeCells      []Cell

	// Expenditure and its rows are empty (zero) when the data has no cases;
	// ExpenditureByCase has a row for every case computed (a row of zeros
	// for one paid nothing in the period).
	Expenditure        Figure
	ExpenditureByItem  []Row
	ExpenditureByCase  []Row
	ExpenditureByMonth []Row

	// Platforms: who pays more or less; Beneficiaries: which cases receive
	// more or less.
	Platforms     Distribution
	Beneficiaries Distribution

	Risk Risk
	// Problems are the parts left out of both columns, and why: platforms'
	// months, cases, then claims, each by ID, month and policy, whatever
	// the order of the data.
	Problems []Problem
	// LevyRulebook and ReformLevyRulebook are the fingerprints of the levy
	// rulebooks the bills were computed with.
	LevyRulebook, ReformLevyRulebook string
}

// Measure measures a reform on the data over the period (第七十六条第二款):
// the bills of every platform's month of the tally under the current levy
// setup (p.Levy, levy.Setup.Rulebook) and under the reformed one
// (r.Setup(p.Levy)); each case's award and payments in the period under its
// own parameters and under r.CaseParameters of them (benefits.NewRulebook,
// Compute, Schedule). A platform's month or a case that cannot be computed
// under either policy is left out of both and listed in Problems; the rest
// is computed. The reformed figures are, to the fen, what levy and
// benefits give for the reformed setup and case files.
//
// Refused as a whole: a policy without a calendar (no_calendar), a
// current setup levy refuses (bad_policy), a reform that does not Validate
// or whose setup levy refuses (a *ReformError), a bad period (bad_period),
// data with no tally and no cases (ErrNoData). Claims are not measured (a
// reform of rates and benefit levels moves no claims deadline).
func Measure(p Policy, r Reform, d Data, period Period) (Measurement, error) {
	months, err := check(p, d, period)
	if err != nil {
		return Measurement{}, err
	}
	if d.Tally == nil && len(d.Cases) == 0 {
		return Measurement{}, ErrNoData
	}
	if err := r.Validate(); err != nil {
		return Measurement{}, err
	}
	curRB, err := p.Levy.Rulebook(p.Calendar)
	if err != nil {
		return Measurement{}, fmt.Errorf("%w: levy: %w", errPolicy, err)
	}
	refRB, err := r.Setup(p.Levy).Rulebook(p.Calendar)
	if err != nil {
		return Measurement{}, &ReformError{Field: "levy", Err: err}
	}
	c, err := count(d.Tally, months)
	if err != nil {
		return Measurement{}, err
	}
	cur, err := bill(curRB, c, months)
	if err != nil {
		return Measurement{}, err
	}
	ref, err := bill(refRB, c, months)
	if err != nil {
		return Measurement{}, err
	}
	m := Measurement{Period: period, Title: r.Title, Orders: c.total, LevyRulebook: cur.rulebook, ReformLevyRulebook: ref.rulebook}
	m.incomeFigures(c, cur, ref)

	cases, probs := checkCases(d.Cases)
	m.Problems = append(m.Problems, probs...)
	curEx := pay(cases, period, func(c Case) []param.Value { return c.Parameters })
	refEx := pay(cases, period, func(c Case) []param.Value { return r.CaseParameters(c.Parameters) })
	m.expenditureFigures(cases, curEx, refEx)
	m.risk(d.Books, len(months))
	sortProblems(m.Problems)
	return m, nil
}

// check checks what Analyze and Measure both need and returns the months.
func check(p Policy, d Data, period Period) ([]calendar.Month, error) {
	if p.Calendar == nil {
		return nil, errNoCalendar
	}
	months, err := period.Months()
	if err != nil {
		return nil, err
	}
	if d.Tally == nil && len(d.Cases) == 0 && len(d.Claims) == 0 {
		return nil, ErrNoData
	}
	return months, nil
}

// incomeFigures joins the two policies' bills: a platform's month billed
// under both is compared cell by cell; one billed under neither or one only
// is a Problem.
func (m *Measurement) incomeFigures(c counted, cur, ref income) {
	left := map[pmKey]bool{}
	for _, pm := range sortedPM(cur.unbilled, ref.unbilled) {
		ce, re := cur.unbilled[pm], ref.unbilled[pm]
		p := Problem{Kind: ProblemPlatform, ID: pm.platform, Month: pm.month, Orders: platformOrders(c, pm)}
		switch {
		case ce != nil && re != nil:
			p.Scenario, p.Err = Both, ce
			if errText(ce) != errText(re) {
				p.Scenario = Current // the reform's own reason differs: say the current one, the reform's is its own problem
				m.Problems = append(m.Problems, Problem{Kind: ProblemPlatform, ID: pm.platform, Month: pm.month, Orders: p.Orders, Scenario: Reformed, Err: re})
			}
		case ce != nil:
			p.Scenario, p.Err = Current, ce
		default:
			p.Scenario, p.Err = Reformed, re
		}
		m.Problems = append(m.Problems, p)
		left[pm] = true
	}
	byPlatform, byIndustry, byMonth := map[string]*Row{}, map[eligibility.Industry]*Row{}, map[calendar.Month]*Row{}
	add := func(r *Row, orders int64, f Figure) {
		r.Orders += orders
		r.Current = r.Current.Add(f.Current)
		r.Reform = r.Reform.Add(f.Reform)
		r.Delta = r.Reform.Sub(r.Current)
	}
	get := func(rows map[string]*Row, k string) *Row {
		if rows[k] == nil {
			rows[k] = &Row{Key: k, Figure: figure(decimal.Zero, decimal.Zero)}
		}
		return rows[k]
	}
	total := &Row{Figure: figure(decimal.Zero, decimal.Zero)}
	keys := map[cellKey]bool{}
	for k := range cur.cells {
		keys[k] = true
	}
	for k := range ref.cells {
		keys[k] = true
	}
	lines := 0
	for _, k := range sortedCells(keys) {
		if left[pmKey{k.platform, k.month}] {
			continue
		}
		cc, rc := cur.cells[k], ref.cells[k]
		f := figure(amountOf(cc), amountOf(rc))
		orders := c.orders[k]
		f.Why = cellWhy(k, orders, cc, rc)
		lines += len(linesOf(cc)) + len(linesOf(rc))
		m.IncomeCells = append(m.IncomeCells, Cell{Platform: k.platform, Industry: k.industry, Month: k.month, Orders: orders, Figure: f})
		add(get(byPlatform, k.platform), orders, f)
		if byIndustry[k.industry] == nil {
			byIndustry[k.industry] = &Row{Key: k.industry.String(), Figure: figure(decimal.Zero, decimal.Zero)}
		}
		add(byIndustry[k.industry], orders, f)
		if byMonth[k.month] == nil {
			byMonth[k.month] = &Row{Key: k.month.String(), Figure: figure(decimal.Zero, decimal.Zero)}
		}
		add(byMonth[k.month], orders, f)
		add(total, orders, f)
	}
	m.Income = total.Figure
	m.Income.Why = Why{
		Articles: []string{"第七十六条", "第十一条", "第十二条", "第十四条"},
		Inputs: []string{"period=" + m.Period.String(), fmt.Sprintf("orders=%d", total.Orders), fmt.Sprintf("bill_lines=%d", lines),
			"levy_rulebook=" + short(cur.rulebook), "reform_levy_rulebook=" + short(ref.rulebook)},
		EN: fmt.Sprintf("levy billed (第十四条: orders × rate, each bill line rounded half up to the fen) for %s: %s 元 now, %s 元 under the reform, a change of %s 元; each platform's month is levy's bill under the current setup and under the reformed one",
			m.Period, fixed(total.Current), fixed(total.Reform), signed(total.Delta)),
		ZH: fmt.Sprintf("%s 的应缴保障费（第十四条：订单数 × 每单缴费标准，每行四舍五入到分）：现行 %s 元，改革后 %s 元，变化 %s 元；每个平台每月的账单分别按现行与改革后的参数由保障费规则计算",
			m.Period, fixed(total.Current), fixed(total.Reform), signed(total.Delta)),
	}
	for _, p := range sortedKeys(byPlatform) {
		r := *byPlatform[p]
		r.Why = rowWhy("platform", r, []string{"第十一条", "第十二条", "第十四条"})
		m.IncomeByPlatform = append(m.IncomeByPlatform, r)
	}
	for _, ind := range eligibility.Industries {
		if r := byIndustry[ind]; r != nil {
			r.Why = rowWhy("industry", *r, []string{"第十一条", "第十二条", "第十四条"})
			r.name = ind.Chinese()
			m.IncomeByIndustry = append(m.IncomeByIndustry, *r)
		}
	}
	for _, mo := range sortedMonths(byMonth) {
		r := *byMonth[mo]
		r.Why = rowWhy("month", r, []string{"第十四条"})
		m.IncomeByMonth = append(m.IncomeByMonth, r)
	}
	m.Platforms = distribution(m.IncomeByPlatform)
}

// expenditureFigures joins the two policies' payments: a case computed
// under both is compared item by item and month by month; one that failed
// under either is a Problem.
func (m *Measurement) expenditureFigures(cases []Case, cur, ref expenditure) {
	left := map[string]bool{}
	for _, c := range cases {
		ce, re := cur.failed[c.ID], ref.failed[c.ID]
		switch {
		case ce != nil && re != nil && errText(ce) == errText(re):
			m.Problems = append(m.Problems, Problem{Kind: ProblemCase, ID: c.ID, Scenario: Both, Err: ce})
		case ce != nil && re != nil:
			m.Problems = append(m.Problems, Problem{Kind: ProblemCase, ID: c.ID, Scenario: Current, Err: ce},
				Problem{Kind: ProblemCase, ID: c.ID, Scenario: Reformed, Err: re})
		case ce != nil:
			m.Problems = append(m.Problems, Problem{Kind: ProblemCase, ID: c.ID, Scenario: Current, Err: ce})
		case re != nil:
			m.Problems = append(m.Problems, Problem{Kind: ProblemCase, ID: c.ID, Scenario: Reformed, Err: re})
		default:
			continue
		}
		left[c.ID] = true
	}
	keys := map[payKey]bool{}
	for k := range cur.pay {
		keys[k] = true
	}
	for k := range ref.pay {
		keys[k] = true
	}
	byItem, byCase, byMonth := map[string]*Row{}, map[string]*Row{}, map[string]*Row{}
	total := figure(decimal.Zero, decimal.Zero)
	add := func(rows map[string]*Row, k string, f Figure) {
		r := rows[k]
		if r == nil {
			r = &Row{Key: k, Figure: figure(decimal.Zero, decimal.Zero)}
			rows[k] = r
		}
		r.Current = r.Current.Add(f.Current)
		r.Reform = r.Reform.Add(f.Reform)
		r.Delta = r.Reform.Sub(r.Current)
	}
	payments := 0
	for k := range keys {
		if left[k.caseID] {
			continue
		}
		f := figure(cur.pay[k], ref.pay[k])
		payments++
		add(byItem, string(k.kind), f)
		add(byMonth, k.month.String(), f)
		add(byCase, k.caseID, f)
		total = figure(total.Current.Add(f.Current), total.Reform.Add(f.Reform))
	}
	n := 0
	for _, c := range cases {
		if left[c.ID] {
			continue
		}
		n++
		if byCase[c.ID] == nil { // a case with no payment in the period is a row of zeros
			byCase[c.ID] = &Row{Key: c.ID, Figure: figure(decimal.Zero, decimal.Zero)}
		}
	}
	m.Expenditure = total
	m.Expenditure.Why = Why{
		Articles: []string{"第七十六条", "第三十八条", "第三十九条", "第四十条", "第四十五条"},
		Inputs:   []string{"period=" + m.Period.String(), fmt.Sprintf("cases=%d", n), fmt.Sprintf("item_months=%d", payments)},
		EN: fmt.Sprintf("benefits the fund pays (第五章, each payment rounded half up to the fen) in %s for %d cases: %s 元 now, %s 元 under the reform, a change of %s 元; each case's award and schedule are benefits' under its parameters and under the reform's laid over them",
			m.Period, n, fixed(total.Current), fixed(total.Reform), signed(total.Delta)),
		ZH: fmt.Sprintf("%s 基金支付的待遇（第五章，每笔四舍五入到分），共 %d 个案件：现行 %s 元，改革后 %s 元，变化 %s 元；每个案件的待遇和发放表分别按其参数以及叠加改革参数后由待遇规则计算",
			m.Period, n, fixed(total.Current), fixed(total.Reform), signed(total.Delta)),
	}
	items := sortedKeys(byItem)
	sort.SliceStable(items, func(i, j int) bool { return kindIndex(benefitsKind(items[i])) < kindIndex(benefitsKind(items[j])) })
	for _, k := range items {
		r := *byItem[k]
		r.Why = rowWhy("item", r, []string{"第三十八条", "第三十九条", "第四十条", "第四十五条"})
		r.name = benefitsKind(k).Chinese()
		m.ExpenditureByItem = append(m.ExpenditureByItem, r)
	}
	for _, k := range sortedKeys(byCase) {
		r := *byCase[k]
		r.Why = caseWhy(r, cur.award[k], ref.award[k], cur.books[k], ref.books[k])
		m.ExpenditureByCase = append(m.ExpenditureByCase, r)
	}
	for _, k := range sortedKeys(byMonth) {
		r := *byMonth[k]
		r.Why = rowWhy("month", r, []string{"第三十八条", "第四十条", "第四十五条"})
		m.ExpenditureByMonth = append(m.ExpenditureByMonth, r)
	}
	m.Beneficiaries = distribution(m.ExpenditureByCase)
}

// risk computes the ratios under both policies.
func (m *Measurement) risk(books *ledger.Journal, months int) {
	m.Risk.PaidToBilled = Pair{quotient(m.Expenditure.Current, m.Income.Current, 4), quotient(m.Expenditure.Reform, m.Income.Reform, 4)}
	inputs := []string{"expenditure=" + fixed(m.Expenditure.Current) + "/" + fixed(m.Expenditure.Reform), "income=" + fixed(m.Income.Current) + "/" + fixed(m.Income.Reform)}
	m.Risk.Why = Why{Articles: []string{"第七十六条"}, Inputs: inputs,
		EN: fmt.Sprintf("benefits paid per yuan of levy billed: %s now, %s under the reform", m.Risk.PaidToBilled.Current, m.Risk.PaidToBilled.Reform),
		ZH: fmt.Sprintf("每元应缴保障费对应的待遇支出：现行 %s，改革后 %s", m.Risk.PaidToBilled.Current, m.Risk.PaidToBilled.Reform)}
	if books == nil {
		return
	}
	n := decimal.NewFromInt(int64(months))
	m.Risk.HasBooks = true
	m.Risk.Balance = books.Total(ledger.SpecialAccount).Decimal()
	m.Risk.MonthsCovered = Pair{quotient(m.Risk.Balance.Mul(n), m.Expenditure.Current, 2), quotient(m.Risk.Balance.Mul(n), m.Expenditure.Reform, 2)}
	m.Risk.Why.Articles = append(m.Risk.Why.Articles, "第四十七条")
	m.Risk.Why.Inputs = append(m.Risk.Why.Inputs, "special_account="+fixed(m.Risk.Balance), fmt.Sprintf("months=%d", months))
	m.Risk.Why.EN += fmt.Sprintf("; the special account's %s 元 pays %s months of the period's average expenditure now, %s under the reform", fixed(m.Risk.Balance), m.Risk.MonthsCovered.Current, m.Risk.MonthsCovered.Reform)
	m.Risk.Why.ZH += fmt.Sprintf("；财政专户余额 %s 元可支付本期平均月支出：现行 %s 个月，改革后 %s 个月", fixed(m.Risk.Balance), m.Risk.MonthsCovered.Current, m.Risk.MonthsCovered.Reform)
}

func amountOf(c *cell) decimal.Decimal {
	if c == nil {
		return decimal.Zero
	}
	return c.amount
}

func linesOf(c *cell) []string {
	if c == nil {
		return nil
	}
	return c.lines
}

func platformOrders(c counted, pm pmKey) int64 {
	var n int64
	for _, ind := range eligibility.Industries {
		n += c.orders[cellKey{pm.platform, ind, pm.month}]
	}
	return n
}

func sortedPM(a, b map[pmKey]error) []pmKey {
	seen := map[pmKey]bool{}
	var out []pmKey
	for _, m := range []map[pmKey]error{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].platform != out[j].platform {
			return out[i].platform < out[j].platform
		}
		return out[i].month.Before(out[j].month)
	})
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedMonths[V any](m map[calendar.Month]V) []calendar.Month {
	out := make([]calendar.Month, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

// fixed is an amount with two decimals.
func fixed(d decimal.Decimal) string { return d.StringFixed(2) }

// signed is a change with its sign: +117.46, -3.00, 0.00.
func signed(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + d.StringFixed(2)
	}
	return d.StringFixed(2)
}

// short is a fingerprint's first 12 digits.
func short(fp string) string {
	if len(fp) > 12 {
		return fp[:12]
	}
	return fp
}

func cellWhy(k cellKey, orders int64, cur, ref *cell) Why {
	in := []string{fmt.Sprintf("orders=%d", orders)}
	for _, l := range linesOf(cur) {
		in = append(in, "current_line="+l)
	}
	for _, l := range linesOf(ref) {
		in = append(in, "reform_line="+l)
	}
	return Why{Articles: []string{"第十一条", "第十二条", "第十四条"}, Inputs: in,
		EN: fmt.Sprintf("%s %s %s: %d orders; the bill lines of levy under each policy (orders × rate, rounded half up to the fen)", k.platform, k.industry, k.month, orders),
		ZH: fmt.Sprintf("%s %s %s：%d 单；按现行与改革后参数的账单行（订单数 × 每单缴费标准，四舍五入到分）", k.platform, k.industry.Chinese(), k.month, orders)}
}

// rowWhy explains a row of sums.
func rowWhy(what string, r Row, arts []string) Why {
	zh := map[string]string{"platform": "平台", "industry": "行业", "month": "月份", "item": "待遇项目", "case": "案件"}[what]
	key, keyZH := r.Key, r.Key
	switch what {
	case "industry":
		var i eligibility.Industry
		if i.UnmarshalText([]byte(r.Key)) == nil {
			keyZH = i.Chinese()
		}
	case "item":
		keyZH = benefitsKind(r.Key).Chinese()
	}
	in := []string{what + "=" + key}
	if r.Orders != 0 {
		in = append(in, fmt.Sprintf("orders=%d", r.Orders))
	}
	return Why{Articles: arts, Inputs: in,
		EN: fmt.Sprintf("%s %s: %s 元 now, %s 元 under the reform (%s 元), the sum of its exact parts", what, key, fixed(r.Current), fixed(r.Reform), signed(r.Delta)),
		ZH: fmt.Sprintf("%s %s：现行 %s 元，改革后 %s 元（%s 元），为各组成部分的精确合计", zh, keyZH, fixed(r.Current), fixed(r.Reform), signed(r.Delta))}
}

func caseWhy(r Row, cur, ref benefits.Award, curBook, refBook string) Why {
	in := []string{"case=" + r.Key,
		"one_time_total=" + fixed(cur.OneTimeTotal.Decimal()) + "/" + fixed(ref.OneTimeTotal.Decimal()),
		"monthly_total=" + fixed(cur.MonthlyTotal.Decimal()) + "/" + fixed(ref.MonthlyTotal.Decimal()),
		"benefits_rulebook=" + short(curBook) + "/" + short(refBook)}
	return Why{Articles: []string{"第三十八条", "第三十九条", "第四十条", "第四十五条"}, Inputs: in,
		EN: fmt.Sprintf("case %s: paid in the period %s 元 now, %s 元 under the reform (%s 元); its award: one-time items %s / %s 元, monthly items %s / %s 元 a month",
			r.Key, fixed(r.Current), fixed(r.Reform), signed(r.Delta), fixed(cur.OneTimeTotal.Decimal()), fixed(ref.OneTimeTotal.Decimal()), fixed(cur.MonthlyTotal.Decimal()), fixed(ref.MonthlyTotal.Decimal())),
		ZH: fmt.Sprintf("案件 %s：本期支付现行 %s 元，改革后 %s 元（%s 元）；待遇核定：一次性项目 %s / %s 元，按月项目每月 %s / %s 元",
			r.Key, fixed(r.Current), fixed(r.Reform), signed(r.Delta), fixed(cur.OneTimeTotal.Decimal()), fixed(ref.OneTimeTotal.Decimal()), fixed(cur.MonthlyTotal.Decimal()), fixed(ref.MonthlyTotal.Decimal()))}
}

// benefitsKind is an item key as its kind.
func benefitsKind(k string) benefits.Kind { return benefits.Kind(k) }

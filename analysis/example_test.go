package analysis_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// exampleData is a month of counted orders of two platforms and one death
// case of February 2026, whose wage for 2026 the host supplies.
func exampleData() (analysis.Policy, analysis.Data, analysis.Period) {
	mar, _ := calendar.ParseMonth("2026-03")
	jan25, _ := calendar.ParseMonth("2025-01")
	d10, _ := calendar.ParseDate("2026-03-10")
	t := &eligibility.Tally{}
	t.AddN("platform-a", eligibility.RideHailing, d10, 120000)
	t.AddN("platform-b", eligibility.InstantDelivery, d10, 80000)
	jan, _ := calendar.ParseDate("2026-01-01")
	dec31, _ := calendar.ParseDate("2026-12-31")
	died, _ := calendar.ParseDate("2026-02-10")
	c := analysis.Case{ID: "case-1",
		Case:       benefits.Case{Injury: died, Death: &benefits.Death{Date: died, Dependents: []benefits.Dependent{{Name: "配偶", Relation: benefits.Spouse}}}},
		Parameters: []param.Value{{Name: benefits.ParamWage, Value: decimal.NewFromInt(126000), From: jan, Until: dec31, Source: "host", Status: param.Provisional}}}
	p := analysis.Policy{Calendar: calendar.Default(), Levy: levy.Setup{Terms: []levy.Terms{
		{Platform: "platform-a", FirstMonth: jan25},
		{Platform: "platform-b", FirstMonth: jan25, InstantDelivery: []levy.LevelAssignment{{From: jan25, Level: levy.LevelLower, Source: "agency"}}},
	}}}
	return p, analysis.Data{Tally: t, Cases: []analysis.Case{c}}, analysis.Period{From: mar, To: mar}
}

// A reform of the ride-hailing base amount and the spouse's pension,
// measured on a month of orders and a case: each figure now, under the
// reform, and the change.
func ExampleMeasure() {
	p, d, period := exampleData()
	r, err := analysis.ParseReform([]byte(`{
	  "title": "出行每单0.02元；配偶抚恤金45%",
	  "parameters": [
	    {"name": "levy.base.ride_hailing", "value": "0.02", "from": "2026-01-01", "source": "测算方案", "status": "provisional"},
	    {"name": "benefits.pension_share.spouse", "value": "0.45", "from": "2026-01-01", "source": "测算方案", "status": "provisional"}
	  ]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := analysis.Measure(p, r, d, period)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("income", m.Income.Current.StringFixed(2), m.Income.Reform.StringFixed(2), m.Income.Delta.StringFixed(2))
	for _, row := range m.IncomeByPlatform {
		fmt.Println(" ", row.Key, row.Orders, row.Current.StringFixed(2), row.Reform.StringFixed(2))
	}
	fmt.Println("expenditure", m.Expenditure.Current.StringFixed(2), m.Expenditure.Reform.StringFixed(2), m.Expenditure.Delta.StringFixed(2))
	fmt.Println("platforms paying more:", m.Platforms.Bands[3].Count+m.Platforms.Bands[4].Count, "the same:", m.Platforms.Bands[2].Count)
	fmt.Println(m.Income.Why.ZH)
	// Output:
	// income 6800.00 8000.00 1200.00
	//   platform-a 120000 1200.00 2400.00
	//   platform-b 80000 5600.00 5600.00
	// expenditure 1170360.00 1170675.00 315.00
	// platforms paying more: 1 the same: 1
	// 2026-03 的应缴保障费（第十四条：订单数 × 每单缴费标准，每行四舍五入到分）：现行 6800.00 元，改革后 8000.00 元，变化 +1200.00 元；每个平台每月的账单分别按现行与改革后的参数由保障费规则计算
}

// The running analysis of a month: the levy billed, the benefits paid, and
// with the books how many months of expenditure the special account pays.
func ExampleAnalyze() {
	p, d, period := exampleData()
	j := ledger.NewJournal(0)
	on, _ := calendar.ParseDate("2026-03-01")
	_, err := j.Post(ledger.Posting{ID: "OPEN", Date: on, Period: period.From, Source: "opening balance",
		Counterparty: ledger.Counterparty{Kind: ledger.BankParty, ID: "bank"},
		Lines:        []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("5000000")}, {Subject: ledger.FundBalance, Credit: money.MustParse("5000000")}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	d.Books = j
	r, err := analysis.Analyze(p, d, period)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("levy billed", r.Income.Amount.StringFixed(2), "for", r.Income.Orders, "orders")
	for _, it := range r.ExpenditureByItem {
		fmt.Println(" ", benefits.Kind(it.Key).Chinese(), it.Amount.StringFixed(2))
	}
	fmt.Println("months covered", r.Books.MonthsCovered)
	// Output:
	// levy billed 6800.00 for 200000 orders
	//   丧葬补助金 37800.00
	//   供养亲属抚恤金 2520.00
	//   一次性职业伤害死亡补助金 1130040.00
	// months covered 4.27
}

// The reformed setup is the file a host would give monthly-levy: the
// reform's levy values laid over the current ones, its terms replacing the
// platform's.
func ExampleReform_Setup() {
	p, _, _ := exampleData()
	r, _ := analysis.ParseReform([]byte(`{"title": "B 平台改为较高档",
	  "terms": [{"platform": "platform-b", "first_month": "2025-01",
	             "instant_delivery": [{"from": "2026-01", "level": "higher", "source": "测算方案"}]}]}`))
	s := r.Setup(p.Levy)
	for _, t := range s.Terms {
		fmt.Println(t.Platform, len(t.InstantDelivery))
	}
	rb, err := s.Rulebook(calendar.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	d, _ := calendar.ParseDate("2026-03-10")
	rate, _ := rb.RateOn("platform-b", eligibility.InstantDelivery, d)
	fmt.Println(rate.PerOrder)
	// Output:
	// platform-a 0
	// platform-b 1
	// 0.25
}

package benefits_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

func day(s string) calendar.Date { return calendar.MustParseDate(s) }

// hostRulebook is the rulebook of the defaults (the 《实施办法》's
// commencement included: embedded, 2025-07-01, provisional) with the
// host's values laid over them, and no rules.
func hostRulebook(values ...param.Value) *benefits.Rulebook {
	set, err := benefits.DefaultParams().With(values...)
	if err != nil {
		panic(err)
	}
	rb, err := benefits.NewRulebook(set, benefits.Rules{})
	if err != nil {
		panic(err)
	}
	return rb
}

// The rulebook is built once, from the parameter set and the host's rules,
// and checked there: a set it refuses (here the 2024 wage given twice,
// with two figures) computes nothing.
func ExampleNewRulebook() {
	rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{WarningLimit: money.MustParse("100000")})
	fmt.Println(err, len(rb.Fingerprint()))
	set, _ := benefits.DefaultParams().With(
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: day("2025-01-01"), Source: "示例", Status: param.Provisional},
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("125000"), From: day("2026-01-01"), Source: "示例", Status: param.Provisional})
	rb, err = benefits.NewRulebook(set, benefits.Rules{})
	fmt.Println(rb == nil, err)
	// Output:
	// <nil> 64
	// true benefits: 第四十五条 needs the 《实施办法》's commencement date (embedded in param.Defaults) and the 2024 wage (host-supplied): benefits: the 2024 wage is given twice with different values (第四十五条): benefits.transitional.wage_2024_annual is given 2 times: the 2024 wage is one figure
}

// Today's injuries compute without the host supplying the 《实施办法》's
// commencement: it is embedded (2025-07-01, provisional), and a host
// overrides it with a date value. A grade-3 injury in September 2025, with
// the host's W for 2025 (the 2024 wage), is not rebased (第四十五条).
func ExampleRulebook_Compute_today() {
	rb := hostRulebook(param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("120000"),
		From: day("2025-01-01"), Until: day("2025-12-31"), Source: "示例：2024年工资", Status: param.Provisional})
	a, err := rb.Compute(benefits.Case{Injury: day("2025-09-10"), Assessment: day("2026-01-20"), Grade: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range a.Items {
		fmt.Println(it.Kind.Chinese(), it.Amount.String(), it.Rebase == nil)
	}
	c, _ := benefits.DefaultParams().Lookup(param.Commencement, day("2026-01-01"))
	fmt.Println(c.Date, c.Status, a.Rulebook == rb.Fingerprint())
	// Output:
	// 一次性伤残补助金 138000.00 true
	// 伤残津贴 4800.00 true
	// 2025-07-01 provisional true
}

// A grade-9 injury in April 2024: 9 months × 60% × W, W × 12 = 111347.
func ExampleRulebook_Compute() {
	rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := rb.Compute(benefits.Case{Injury: day("2024-04-15"), Assessment: day("2024-09-10"), Grade: 9})
	if err != nil {
		fmt.Println(err)
		return
	}
	it := a.Items[0]
	fmt.Println(it.Kind.Chinese(), it.Amount.String(), it.Formula(), it.Provisional)
	// Output: 一次性伤残补助金 50106.15 9 months × 0.6 × W = 9 × 0.6 × 111347 ÷ 12 true
}

// Survivor pensions (人社厅函〔2025〕79号 第三十九条): a spouse and one child (40% + 30% of
// 0.6 W = 0.42 W) are under the cap of 0.6 W and paid in full; a spouse and
// three others (1.3 × 0.6 W = 0.78 W) share 0.6 W in proportion.
func ExampleRulebook_Compute_death() {
	rb := hostRulebook(param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("111347"), From: day("2025-01-01"), Until: day("2025-12-31"), Source: "示例", Status: param.Provisional})
	for _, deps := range [][]benefits.Dependent{
		{{Name: "配偶", Relation: benefits.Spouse}, {Name: "子女", Relation: benefits.Other}},
		{{Name: "配偶", Relation: benefits.Spouse}, {Name: "子女甲", Relation: benefits.Other}, {Name: "子女乙", Relation: benefits.Other}, {Name: "父亲", Relation: benefits.Other}},
	} {
		c := benefits.Case{Injury: day("2025-08-01"), Death: &benefits.Death{Date: day("2025-08-20"), Timing: benefits.TimingDuringTreatment, Dependents: deps}}
		a, err := rb.Compute(c)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				fmt.Println(it.Kind.Chinese(), it.Beneficiary, it.Amount.String())
			}
		}
		fmt.Println("monthly", a.MonthlyTotal.String())
	}
	// Output:
	// 供养亲属抚恤金 配偶 2226.94
	// 供养亲属抚恤金 子女 1670.21
	// monthly 3897.15
	// 供养亲属抚恤金 配偶 1713.03
	// 供养亲属抚恤金 子女甲 1284.77
	// 供养亲属抚恤金 子女乙 1284.78
	// 供养亲属抚恤金 父亲 1284.77
	// monthly 5567.35
}

// A year whose wage is not published is an error naming the year.
func ExampleMissingBaseError() {
	_, err := hostRulebook().Compute(benefits.Case{Injury: day("2025-03-01"), Assessment: day("2025-08-01"), Grade: 7})
	fmt.Println(err)
	// Output: benefits: no benefits.prev_year_shanghai_private_annual_wage for injuries or deaths in 2025 (the previous year's figure): the host must supply it
}

// Needs lists, at once, every parameter a case lacks (missing) and every
// provisional value its award rests on (provisional), each marked.
func ExampleRulebook_Needs() {
	c := benefits.Case{Injury: day("2026-03-01"), Assessment: day("2026-08-01"), Grade: 2, Nursing: benefits.NursingFull}
	needs, _ := hostRulebook().Needs(c)
	for _, n := range needs.List {
		switch n.Mark {
		case benefits.NeedMissing:
			fmt.Println(n.Mark, n.Param, n.On)
		case benefits.NeedProvisional:
			fmt.Println(n.Mark, n.Param, n.Value.Text())
		}
	}
	fmt.Println("can compute:", !needs.AnyMissing())
	// Output:
	// missing benefits.prev_year_shanghai_private_annual_wage 2026-03-01
	// missing benefits.nursing_base_annual 2026-03-01
	// missing benefits.nursing_ratio.full 2026-03-01
	// provisional benefits.disability_base_ratio 0.6
	// provisional benefits.implementing_measures.commencement 2025-07-01
	// can compute: false
}

// The payroll of an award: the one-time grant in the month it is due, the
// allowance every month from the month after the assessment (第三十八条).
func ExampleRulebook_Schedule() {
	rb := hostRulebook()
	a, _ := rb.Compute(benefits.Case{Injury: day("2024-04-15"), Assessment: day("2024-09-10"), Grade: 4})
	from := calendar.MustParseMonth("2024-09")
	to := calendar.MustParseMonth("2024-11")
	ps, _ := rb.Schedule(a, from, to)
	for _, p := range ps {
		fmt.Println(p.Month, p.Kind.Chinese(), p.Amount.String())
	}
	// Output:
	// 2024-10 一次性伤残补助金 116914.35
	// 2024-10 伤残津贴 4175.51
	// 2024-11 伤残津贴 4175.51
}

// 第三十四条: the fund pays the eligible cost less the third party's part.
func ExampleSplitMedical() {
	ratio := decimal.RequireFromString("0.7")
	s, _ := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("20000"), Eligible: money.MustParse("15000"), Ratio: &ratio})
	fmt.Println(s.ThirdParty.String(), s.Fund.String(), s.Worker.String())
	// Output: 14000.00 1000.00 5000.00
}

// An award written as JSON reads back equal, with the fingerprint of the
// rulebook that computed it: an insurer can keep it and run its schedule
// later. Amounts are strings with two decimals.
func ExampleParseAward() {
	rb := hostRulebook()
	a, _ := rb.Compute(benefits.Case{Injury: day("2024-04-15"), Assessment: day("2024-09-10"), Grade: 9})
	data, _ := json.Marshal(a)
	b, err := benefits.ParseAward(data)
	fmt.Println(err, a.Equal(b), b.OneTimeTotal.String(), strings.Contains(string(data), `"amount":"50106.15"`), b.Rulebook == rb.Fingerprint())
	// Output: <nil> true 50106.15 true true
}

// A month's payroll over many awards: 第四十五条 levels are computed once.
func ExampleRulebook_Payroll() {
	rb := hostRulebook(param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("120000"), From: day("2025-01-01"), Until: day("2025-12-31"), Source: "示例", Status: param.Provisional})
	var awards []benefits.Award
	for _, g := range []int{1, 4} {
		a, _ := rb.Compute(benefits.Case{Injury: day("2024-04-15"), Assessment: day("2024-09-10"), Grade: g})
		awards = append(awards, a)
	}
	month := calendar.MustParseMonth("2025-08")
	run, _ := rb.Payroll(month)
	var out []benefits.Payment
	for _, a := range awards {
		out, _ = run.Append(out, a)
	}
	for _, p := range out {
		fmt.Println(p.Month, p.Kind.Chinese(), p.Amount.String())
	}
	// Output:
	// 2025-08 伤残津贴 5400.00
	// 2025-08 伤残津贴 4500.00
}

// The three death situations (工伤保险条例 第三十九条): the cause decides
// first; a death whose cause is not stated is read as caused by the injury.
func ExampleCase_DeathSituation() {
	for _, d := range []benefits.Death{
		{Date: day("2026-03-02")}, // killed on the road on the accident day
		{Date: day("2026-03-20"), Timing: benefits.TimingDuringTreatment},
		{Date: day("2027-06-10"), Cause: benefits.CauseOther, Timing: benefits.TimingAfterTreatment},
		{Date: day("2026-03-20"), Cause: benefits.CauseOther, Timing: benefits.TimingDuringTreatment},
	} {
		c := benefits.Case{Injury: day("2026-03-02"), Grade: 3, Assessment: day("2026-12-01"), Death: &d}
		s, err := c.DeathSituation()
		fmt.Println(s.Chinese(), err != nil)
	}
	// Output:
	// （一）因职业伤害死亡 false
	// （二）在职业伤害治疗期内因职业伤害导致死亡 false
	// （三）1–4 级伤残者在职业伤害治疗期满后死亡 false
	// 不属于死亡待遇情形 true
}

// A host that keeps awards as JSON reads one back and explains it in
// Chinese from the steps it kept; it may also render the steps itself,
// with a catalogue joining the packages' messages (issue 20).
func ExampleMessages() {
	zh, err := explain.NewCatalogue(explain.Chinese, benefits.Messages(explain.Chinese), param.Messages(explain.Chinese))
	if err != nil {
		fmt.Println(err)
		return
	}
	var item struct {
		Steps explain.Explanation `json:"steps"`
	}
	stored := `{"steps":[{"key":"benefits.formula.months","inputs":[{"name":"months","value":"27"},{"name":"ratio","value":"1"},{"name":"wage","value":"144984"}]}]}`
	if err := json.Unmarshal([]byte(stored), &item); err != nil {
		fmt.Println(err)
		return
	}
	text, err := zh.Text(item.Steps)
	fmt.Println(text, err)
	// Output:
	// 27 个月 × 1 × W = 27 × 1 × 144984 ÷ 12 <nil>
}

package benefits_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
)

// A grade-9 injury in April 2024: 9 months × 60% × W, W × 12 = 111347.
func ExampleCompute() {
	injury, _ := calendar.ParseDate("2024-04-15")
	assessed, _ := calendar.ParseDate("2024-09-10")
	a, err := benefits.Compute(benefits.Case{Injury: injury, Assessment: assessed, Grade: 9}, benefits.DefaultParams(), benefits.Rules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	it := a.Items[0]
	fmt.Println(it.Kind, it.Amount.StringFixed(2), it.Formula(), it.Provisional)
	// Output: one_time_disability_grant 50106.15 9 months × 0.6 × W = 9 × 0.6 × 111347 ÷ 12 true
}

// Survivor pensions over the 60% cap are cut in proportion.
func ExampleCompute_death() {
	d := func(s string) calendar.Date { v, _ := calendar.ParseDate(s); return v }
	c := benefits.Case{Injury: d("2024-03-01"), Death: &benefits.Death{Date: d("2024-03-20"), DuringTreatment: true,
		Dependents: []benefits.Dependent{{Name: "spouse", Relation: benefits.Spouse}, {Name: "child 1", Relation: benefits.Other}, {Name: "child 2", Relation: benefits.Other}}}}
	a, _ := benefits.Compute(c, benefits.DefaultParams(), benefits.Rules{})
	for _, it := range a.Items {
		fmt.Println(it.Kind, it.Beneficiary, it.Amount.StringFixed(2))
	}
	// Output:
	// funeral_grant  33404.10
	// survivor_pension spouse 1336.17
	// survivor_pension child 1 1002.12
	// survivor_pension child 2 1002.12
	// death_grant  1036420.00
}

// A year whose wage is not published is an error naming the year.
func ExampleMissingBaseError() {
	d := func(s string) calendar.Date { v, _ := calendar.ParseDate(s); return v }
	_, err := benefits.Compute(benefits.Case{Injury: d("2025-03-01"), Assessment: d("2025-08-01"), Grade: 7}, benefits.DefaultParams(), benefits.Rules{})
	fmt.Println(err)
	// Output: benefits: no benefits.prev_year_shanghai_private_annual_wage for injuries or deaths in 2025 (the previous year's figure): the host must supply it
}

func ExampleAward_Schedule() {
	d := func(s string) calendar.Date { v, _ := calendar.ParseDate(s); return v }
	a, _ := benefits.Compute(benefits.Case{Injury: d("2024-04-15"), Assessment: d("2024-09-10"), Grade: 4}, benefits.DefaultParams(), benefits.Rules{})
	from, _ := calendar.ParseMonth("2024-09")
	to, _ := calendar.ParseMonth("2024-11")
	ps, _ := a.Schedule(from, to)
	for _, p := range ps {
		fmt.Println(p.Month, p.Kind, p.Amount.StringFixed(2))
	}
	// Output:
	// 2024-10 disability_allowance 4175.51
	// 2024-11 disability_allowance 4175.51
}

// 第三十四条: the fund pays the eligible cost less the third party's part.
func ExampleSplitMedical() {
	ratio := decimal.RequireFromString("0.7")
	s, _ := benefits.SplitMedical(benefits.Medical{Total: decimal.RequireFromString("20000"), Eligible: decimal.RequireFromString("15000"), Ratio: &ratio})
	fmt.Println(s.ThirdParty.StringFixed(2), s.Fund.StringFixed(2), s.Worker.StringFixed(2))
	// Output: 14000.00 1000.00 5000.00
}

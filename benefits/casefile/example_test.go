package casefile_test

import (
	"fmt"

	"github.com/zhishang/zhishang/benefits/casefile"
)

// A grade-4 injury of April 2024 with its first payroll months: the file
// is read, its rulebook built from its parameters (none: the defaults) and
// rules, and the award and schedule computed by it.
func ExampleFile_Calculate() {
	f, err := casefile.Parse([]byte(`{
	  "case": {"injury": "2024-04-15", "assessment": "2024-09-10", "grade": 4},
	  "rules": {},
	  "schedule": {"from": "2024-10", "to": "2024-11"}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := f.Calculate()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range r.Schedule {
		fmt.Println(p.Month, p.Kind.Chinese(), p.Amount.String())
	}
	fmt.Println(len(r.Award.Rulebook))
	// Output:
	// 2024-10 一次性伤残补助金 116914.35
	// 2024-10 伤残津贴 4175.51
	// 2024-11 伤残津贴 4175.51
	// 64
}

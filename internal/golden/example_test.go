package golden_test

import (
	"fmt"

	"github.com/zhishang/zhishang/internal/golden"
)

// A failing case shows each differing field by its path.
func ExampleDiff() {
	expected := `{"items":[{"kind":"funeral_grant","amount":"33404.10"}],"one_time_total":"33404.10"}`
	actual := `{"items":[{"kind":"funeral_grant","amount":"33404.11"}],"one_time_total":"33404.11"}`
	for _, d := range golden.Diff(expected, actual) {
		fmt.Println(d)
	}
	// Output:
	// items[0].amount: expected 33404.10, got 33404.11
	// one_time_total: expected 33404.10, got 33404.11
}

// A case file that does not parse is explained in Chinese, with its place.
func ExampleParseCase() {
	_, err := golden.ParseCase([]byte("{\n  \"title\"：\"元旦\"\n}"))
	fmt.Println(err)
	_, err = golden.ParseCase([]byte("{\n  \"title\": \"元旦\",\n  \"articles\": [\"第十四条\",]\n}"))
	fmt.Println(err)
	// Output:
	// 第2行第10列：这里用了全角冒号“：”，应为英文冒号 :
	// 第3行第22列：多余的逗号：最后一项后面不能再有逗号
}

// The Chinese name of a field and of a value, as the report and the
// spreadsheet show them.
func ExampleFieldZH() {
	fmt.Println(golden.FieldZH("benefits.award", "case.death.dependents[1].relation"))
	fmt.Println(golden.ValueText("benefits.award", true, "items[0].kind", `"survivor_pension"`))
	fmt.Println(golden.CodeZH("not_covered_commute"))
	// Output:
	// 待遇案件·死亡·供养亲属2·与职工的关系
	// survivor_pension（供养亲属抚恤金）
	// 上下班途中职工负主要责任，不属于保障范围（第十九条）
}

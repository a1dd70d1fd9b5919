package explain_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/explain"
)

// A package keeps one list of entries per language; the same step renders
// in both.
func Example() {
	en, err := explain.NewCatalogue(explain.English, []explain.Entry{
		{Key: "demo.base", Template: "{orders} orders × {rate} 元 = {levy} 元 ({art})"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	zh, _ := explain.NewCatalogue(explain.Chinese, []explain.Entry{
		{Key: "demo.base", Template: "{orders} 单 × {rate} 元 = {levy} 元（{art}）"},
	})
	s := explain.Step{
		Key:      "demo.base",
		Articles: []string{"第十条"},
		Inputs: []explain.Value{
			{Name: "orders", Value: "1200", Status: explain.Given},
			{Name: "rate", Value: "0.0073", Unit: "元", Source: "levy.rate", Status: explain.Verified},
			{Name: "art", Value: "第十条"},
		},
		Output: &explain.Value{Name: "levy", Value: "8.76", Unit: "元"},
	}
	t, _ := en.Render(s)
	fmt.Println(t)
	t, _ = zh.Render(s)
	fmt.Println(t)
	// Output:
	// 1200 orders × 0.0073 元 = 8.76 元 (第十条)
	// 1200 单 × 0.0073 元 = 8.76 元（第十条）
}

// A step read back from JSON renders as the step that was written: values
// are text.
func ExampleStep_UnmarshalJSON() {
	zh, _ := explain.NewCatalogue(explain.Chinese, []explain.Entry{{Key: "demo.total", Template: "合计 {total} 元"}})
	b, _ := json.Marshal(explain.Step{Key: "demo.total", Output: &explain.Value{Name: "total", Value: "1234.50"}})
	fmt.Println(string(b))
	var s explain.Step
	if err := json.Unmarshal(b, &s); err != nil {
		fmt.Println(err)
		return
	}
	t, _ := zh.Render(s)
	fmt.Println(t)
	// Output:
	// {"key":"demo.total","output":{"name":"total","value":"1234.50"}}
	// 合计 1234.50 元
}

// A bad template is refused when the catalogue is built; a missing value
// or message shows in the text and is reported.
func ExampleCatalogue_Render() {
	_, err := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "demo.x", Template: "{open"}})
	fmt.Println(errors.Is(err, explain.ErrTemplate), err)
	c, _ := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "demo.x", Template: "{a} and {b}"}})
	t, err := c.Render(explain.Step{Key: "demo.x", Inputs: []explain.Value{{Name: "a", Value: "1"}}})
	fmt.Println(t, errors.Is(err, explain.ErrNoValue))
	t, err = c.Render(explain.Step{Key: "demo.y", Inputs: []explain.Value{{Name: "a", Value: "1"}}})
	fmt.Println(t, errors.Is(err, explain.ErrNoMessage))
	// Output:
	// true explain: bad template: demo.x: unclosed { at byte 0
	// 1 and ⟦?b⟧ true
	// ⟦?demo.y a=1⟧ true
}

func ExampleAgree() {
	en, _ := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "demo.a", Template: "{n} months"}, {Key: "demo.b", Template: "b"}})
	zh, _ := explain.NewCatalogue(explain.Chinese, []explain.Entry{{Key: "demo.a", Template: "{m} 个月"}})
	fmt.Println(explain.Agree(en, zh))
	// Output:
	// explain: no value for a placeholder: demo.a: en uses [n], zh uses [m]
	// explain: no message for the key: en has demo.b, zh lacks it
}

// A term placeholder translates a code kept in the step: the value stays
// "verified" in the data, each catalogue says it in its language.
func ExampleCatalogue_Render_term() {
	terms := []explain.Entry{{Key: "demo.status.verified", Template: "已核实"}}
	zh, err := explain.NewCatalogue(explain.Chinese, terms, []explain.Entry{{Key: "demo.rate", Template: "费率 {rate}（{status:demo.status}）"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := explain.Step{Key: "demo.rate", Inputs: []explain.Value{{Name: "rate", Value: "0.0073"}, {Name: "status", Value: "verified"}}}
	t, _ := zh.Render(s)
	fmt.Println(t)
	s.Inputs[1].Value = "unheard-of"
	t, err = zh.Render(s)
	fmt.Println(t)
	fmt.Println(err)
	// Output:
	// 费率 0.0073（已核实）
	// 费率 0.0073（⟦?demo.status.unheard-of⟧）
	// demo.rate: explain: no message for the key: term "demo.status.unheard-of" (zh)
}

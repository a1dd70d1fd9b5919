package benefits_test

import (
	"fmt"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
)

// A rider hurt on 2026-03-02 is taken to the nearest hospital, which is not
// designated; the host finds the condition stable on 2026-03-05. The day
// of the injury is payable under the emergency exception, the bed on
// 2026-03-06 is not (第三十二条); the check-up at a designated hospital
// waits for its outpatient record (第三十四条（二）).
func ExampleRulebook_Assess() {
	c, err := benefits.ParseMedicalClaim([]byte(`{
	  "injury": "2026-03-02",
	  "stable": "2026-03-05",
	  "submitted": ["application_form"],
	  "bills": [
	    {"id": "A001", "date": "2026-03-02", "until": "2026-03-09", "setting": "inpatient",
	     "provider": {"name": "某区中心医院", "designated": false}, "nearest_emergency": true,
	     "electronic": true, "itemised": true, "submitted": ["receipt_image", "discharge_summary"],
	     "lines": [{"item": "清创缝合", "amount": "860.00", "date": "2026-03-02", "catalogue": true},
	               {"item": "床位费", "amount": "300.00", "date": "2026-03-06", "catalogue": true}]},
	    {"id": "B002", "date": "2026-03-12", "setting": "outpatient",
	     "provider": {"name": "市第六人民医院", "designated": true}, "itemised": true, "submitted": ["receipt"],
	     "lines": [{"item": "复查", "amount": "45.50", "catalogue": true}]}
	  ]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := defaults.Assess(c)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range r.Lines {
		for _, why := range l.Findings {
			if why.Verdict() == l.Verdict { // the first finding that decides the verdict
				fmt.Println(l.Bill, l.Line, l.Verdict, why.Rule, why.Rule.Article())
				break
			}
		}
	}
	fmt.Println(r.Payable.String(), r.NotPayable.String(), r.Pending.String(), r.Total.String())
	for _, m := range r.Missing() {
		fmt.Println("missing:", m.Bill, m.Material.Chinese())
	}
	fmt.Println(r.Explain(explain.Chinese)[1])
	// Output:
	// A001 1 payable emergency_before_stable 第三十二条第一款
	// A001 2 not_payable after_stable 第三十二条第一款
	// B002 1 pending materials_missing 第三十四条（一）（二）
	// 860.00 300.00 45.50 1205.50
	// missing: B002 门急诊病历
	// 票据 A001 第 2 项（床位费） 300.00 元：不予支付——伤情已于 2026-03-05 稳定，此后仍在非定点医疗机构治疗，应当及时转往本市工伤保险定点医疗机构（第三十二条第一款）；属于工伤保险诊疗项目目录、药品目录或住院服务标准的支付范围（第三十二条第二款）
}

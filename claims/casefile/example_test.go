package casefile_test

import (
	"encoding/json"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims/casefile"
)

// A timeline marshals itself: each part is the rulebook's own result, and a
// part that cannot be computed is its error as a code and Chinese text. A
// worker's filing after the raw last day of a window in 2027, whose holiday
// schedule is not loaded, cannot be judged yet; the cover can.
func ExampleFile_Timeline() {
	f, err := casefile.Parse([]byte(`{"accident": "2026-10-15", "applicant": "worker", "filed_on": "2027-01-14",
	  "application": {"situation": "order_accident", "submitted": ["application_form", "identity", "diagnosis", "police_proof"]},
	  "paid_months": ["2026-10"], "as_of": "2027-01-14"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := f.Timeline(calendar.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.FilingErr != nil, t.Cover.Status)
	data, _ := json.Marshal(t)
	var parts map[string]json.RawMessage
	_ = json.Unmarshal(data, &parts)
	fmt.Println(string(parts["filing"]))
	// Output:
	// true covered
	// {"error":{"code":"not_covered","chinese":"2027-01-14 提出的申请是否在申请期限内尚不能判断：2027年的放假安排尚未载入，该年的日期无法判断"}}
}

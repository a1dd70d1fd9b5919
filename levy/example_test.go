package levy_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
)

const setupJSON = `{"terms": [
  {"platform": "platform-b", "first_month": "2025-01",
   "instant_delivery": [{"from": "2026-01", "level": "higher", "source": "agency assignment (illustrative)"}],
   "floating": [{"year": 2026, "industry": "instant_delivery", "factor": "1.1", "source": "2026 floating (illustrative)"}]},
  {"platform": "platform-new", "first_month": "2026-01"}]}`

func ExampleParseSetup() {
	rates, err := levy.ParseSetup([]byte(setupJSON))
	fmt.Println(rates.Platforms(), err)
	// Output: [platform-b platform-new] <nil>
}

func ExampleRates_RateOn() {
	rates, _ := levy.ParseSetup([]byte(setupJSON))
	d, _ := calendar.ParseDate("2026-03-10")
	for _, p := range []string{"platform-b", "platform-new"} {
		r, _ := rates.RateOn(p, eligibility.InstantDelivery, d)
		fmt.Println(p, r.PerOrder, r.FirstYear, r.Floats)
	}
	// Output:
	// platform-b 0.275 false true
	// platform-new 0.07 true false
}

// 第十四条: 903 orders × 0.275 = 248.325, rounded half up to the fen.
func ExampleRates_Bill() {
	rates, _ := levy.ParseSetup([]byte(setupJSON))
	var t eligibility.Tally
	d, _ := calendar.ParseDate("2026-03-02")
	t.AddN("platform-b", eligibility.InstantDelivery, d, 903)
	period, _ := calendar.ParseMonth("2026-03")
	bill, err := rates.Bill(&t, "platform-b", period, calendar.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	l := bill.Lines[0]
	fmt.Println(l.Orders, l.PerOrder, l.Exact, l.Amount.StringFixed(2))
	fmt.Println("total", bill.Total.StringFixed(2), "declare by", bill.Declaration.Date, "push by", bill.Push.Date)
	// Output:
	// 903 0.275 248.325 248.33
	// total 248.33 declare by 2026-04-20 push by 2026-04-07
}

func ExampleRates_Reconcile() {
	rates, _ := levy.ParseSetup([]byte(setupJSON))
	d, _ := calendar.ParseDate("2026-03-03")
	var declared, reported eligibility.Tally
	declared.AddN("platform-b", eligibility.InstantDelivery, d, 400)
	reported.AddN("platform-b", eligibility.InstantDelivery, d, 403)
	period, _ := calendar.ParseMonth("2026-03")
	rec, _ := rates.Reconcile(&declared, &reported, "platform-b", period, calendar.Default())
	fmt.Println(rec.Consistent, rec.Days[0].Day, rec.Days[0].Diff, rec.Industries[0].Amount.StringFixed(2))
	// Output: false 2026-03-03 -3 -0.83
}

// 第十二条: a platform first enrolled in July 2025 has six fee months by the
// end of 2025, so it does not float in 2026.
func ExampleTerms_Floats() {
	first, _ := calendar.ParseMonth("2025-07")
	t := levy.Terms{Platform: "p", FirstMonth: first}
	fmt.Println(t.Floats(2026), t.Floats(2027))
	// Output: false true
}

func ExampleCorrect() {
	period, _ := calendar.ParseMonth("2026-03")
	a, _ := levy.Correct(levy.Correction{Platform: "platform-b", Period: period,
		Paid: decimal.RequireFromString("250.00"), Due: decimal.RequireFromString("248.33")})
	fmt.Println(a)
	// Output: refund 1.67 元 to platform-b for the period 2026-03 (第十六条)
}

func ExampleRegistrationDeadline() {
	received, _ := calendar.ParseDate("2026-09-25")
	dl, _ := levy.RegistrationDeadline(calendar.Default(), received)
	fmt.Println(dl.Date)
	// Output: 2026-10-15
}

package levy_test

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
)

const setupJSON = `{"terms": [
  {"platform": "platform-b", "first_month": "2025-01",
   "instant_delivery": [{"from": "2026-01", "level": "higher", "source": "agency assignment (illustrative)"}],
   "floating": [{"year": 2026, "industry": "instant_delivery", "factor": "1.1", "source": "2026 floating (illustrative)"}]},
  {"platform": "platform-new", "first_month": "2026-01"}]}`

func ExampleParseSetup() {
	rb, err := levy.ParseSetup([]byte(setupJSON), calendar.Default())
	fmt.Println(rb.Platforms(), err, len(rb.Fingerprint()))
	// Output: [platform-b platform-new] <nil> 64
}

// 第十一条: a rulebook built in code: the calendar, the default base
// amounts and one platform's terms, checked once.
func ExampleNewRulebook() {
	first := calendar.MustParseMonth("2026-01")
	rb, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(), levy.Terms{Platform: "platform-new", FirstMonth: first})
	if err != nil {
		fmt.Println(err)
		return
	}
	d := calendar.MustParseDate("2026-03-10")
	r, _ := rb.RateOn("platform-new", eligibility.RideHailing, d)
	fmt.Println(r.PerOrder, r.FirstYear, r.Rulebook == rb.Fingerprint())
	_, err = levy.NewRulebook(nil, levy.DefaultParams())
	fmt.Println(err)
	// Output:
	// 0.01 true true
	// calendar: nil *Calendar (use calendar.Default() or calendar.New)
}

func ExampleRulebook_RateOn() {
	rb, _ := levy.ParseSetup([]byte(setupJSON), calendar.Default())
	d := calendar.MustParseDate("2026-03-10")
	for _, p := range []string{"platform-b", "platform-new"} {
		r, _ := rb.RateOn(p, eligibility.InstantDelivery, d)
		fmt.Println(p, r.PerOrder, r.FirstYear, r.Floats)
	}
	// Output:
	// platform-b 0.275 false true
	// platform-new 0.07 true false
}

// 第十四条: 903 orders × 0.275 = 248.325, rounded half up to the fen.
func ExampleRulebook_Bill() {
	rb, _ := levy.ParseSetup([]byte(setupJSON), calendar.Default())
	var t eligibility.Tally
	d := calendar.MustParseDate("2026-03-02")
	t.AddN("platform-b", eligibility.InstantDelivery, d, 903)
	period := calendar.MustParseMonth("2026-03")
	bill, err := rb.Bill(&t, "platform-b", period)
	if err != nil {
		fmt.Println(err)
		return
	}
	l := bill.Lines[0]
	fmt.Println(l.Orders, l.PerOrder, l.Exact, l.Amount.String())
	fmt.Println("total", bill.Total.String(), "declare by", bill.Declaration.Date, "push by", bill.Push.Date)
	// Output:
	// 903 0.275 248.325 248.33
	// total 248.33 declare by 2026-04-20 push by 2026-04-07
}

func ExampleRulebook_Reconcile() {
	rb, _ := levy.ParseSetup([]byte(setupJSON), calendar.Default())
	d := calendar.MustParseDate("2026-03-03")
	var declared, reported eligibility.Tally
	declared.AddN("platform-b", eligibility.InstantDelivery, d, 400)
	reported.AddN("platform-b", eligibility.InstantDelivery, d, 403)
	period := calendar.MustParseMonth("2026-03")
	rec, _ := rb.Reconcile(&declared, &reported, "platform-b", period)
	fmt.Println(rec.Consistent, rec.Days[0].Day, rec.Days[0].Diff, rec.Industries[0].Amount.String())
	// Output: false 2026-03-03 -3 -0.83
}

// 第十二条: a platform first enrolled in July 2025 has six fee months by the
// end of 2025, so it does not float in 2026.
func ExampleTerms_Floats() {
	first := calendar.MustParseMonth("2025-07")
	t := levy.Terms{Platform: "p", FirstMonth: first}
	fmt.Println(t.Floats(2026), t.Floats(2027))
	// Output: false true
}

func ExampleCorrect() {
	period := calendar.MustParseMonth("2026-03")
	a, _ := levy.Correct(levy.Correction{Platform: "platform-b", Period: period,
		Paid: money.MustParse("250.00"), Due: money.MustParse("248.33")})
	fmt.Println(a)
	// Output: refund 1.67 元 to platform-b for the period 2026-03 (第十六条)
}

func ExampleRulebook_RegistrationDeadline() {
	rb, _ := levy.NewRulebook(calendar.Default(), levy.DefaultParams())
	received := calendar.MustParseDate("2026-09-25")
	dl, _ := rb.RegistrationDeadline(received)
	fmt.Println(dl.Date)
	// Output: 2026-10-15
}

// 第十四条: every platform counted in a month is billed, and one that
// cannot be (here: no terms) is listed with why; the others are still
// billed (部分结果).
func ExampleRulebook_Bills() {
	rb, _ := levy.ParseSetup([]byte(setupJSON), calendar.Default())
	var t eligibility.Tally
	d := calendar.MustParseDate("2026-03-02")
	t.AddN("platform-b", eligibility.InstantDelivery, d, 903)
	t.AddN("platform-z", eligibility.RideHailing, d, 5)
	period := calendar.MustParseMonth("2026-03")
	bills, unbilled, err := rb.Bills(&t, period)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range bills {
		fmt.Println(b.Platform, b.Total.String())
	}
	for _, u := range unbilled {
		fmt.Println(u.Platform, errors.Is(u.Err, levy.ErrNoTerms))
	}
	// Output:
	// platform-b 248.33
	// platform-z true
}

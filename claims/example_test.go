package claims_test

import (
	"fmt"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/money"
)

// A rulebook is built once from a calendar and the readings (the zero
// Rules are the defaults); every result records its fingerprint.
func ExampleNewRulebook() {
	rb, err := claims.NewRulebook(calendar.Default(), claims.Rules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	accident := calendar.MustParseDate("2026-01-20")
	w, _ := rb.ApplicationWindows(claims.Case{Accident: accident})
	fmt.Println(len(rb.Fingerprint()), w.Rulebook == rb.Fingerprint())
	_, err = claims.NewRulebook(nil, claims.Rules{})
	fmt.Println(err)
	// Output:
	// 64 true
	// claims: calendar: nil *Calendar (use calendar.Default() or calendar.New)
}

// 第二十一条: the platform's 30 days from an accident on 2026-01-20 end in
// the Spring Festival and move to 2026-02-24.
func ExampleRulebook_ApplicationWindows() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	accident := calendar.MustParseDate("2026-01-20")
	w, _ := rb.ApplicationWindows(claims.Case{Accident: accident})
	fmt.Println(w.Platform.Date, w.Worker.Date, w.Cap.Raw)
	// Output: 2026-02-24 2026-04-20 2027-01-20
}

// 第二十二条第一款: an extension is an event of the case, judged by the
// rulebook; one past the cap is refused and extends nothing.
func ExampleRulebook_ApplicationWindows_extension() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	d := calendar.MustParseDate
	c, _ := claims.Case{Accident: d("2025-02-17")}.Next(claims.Event{Kind: claims.EventExtension, Date: d("2025-05-10"),
		Applicant: claims.ApplicantWorker, Reason: "住院", Approved: true, Until: d("2026-02-25")})
	w, _ := rb.ApplicationWindows(c)
	fmt.Println(w.WorkerExtension.Granted, w.WorkerExtension.Err)
	// Output: false claims: extension past the 工伤保险条例 第十七条 period (第二十二条第一款): until 2026-02-25, cap 2026-02-24
}

// The platform's window extended to 04-30 (第二十二条第一款), the worker
// applies on 03-10: in time, and the platform is not late (第二十二条第二款
// does not apply), whichever method is asked.
func ExampleRulebook_JudgeFiling() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	d := calendar.MustParseDate
	c := claims.Case{Accident: d("2026-01-20")}
	c, _ = c.Next(claims.Event{Kind: claims.EventExtension, Date: d("2026-02-10"), Applicant: claims.ApplicantPlatform,
		Reason: "系统故障", Approved: true, Until: d("2026-04-30")})
	c, _ = c.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-03-10"), Applicant: claims.ApplicantWorker})
	f, _ := rb.JudgeFiling(c)
	items, _ := rb.Deadlines(c, d("2026-05-06"))
	fmt.Println(f.InTime, f.PlatformLate)
	fmt.Println(items[0].ExtendedTo, (items[0].Standing == calendar.StandingOverdue), items[0].NotNeeded)
	// Output:
	// true false
	// 2026-04-30 false true
}

// 第二十二条第二款: the platform that missed its 30 days bears the costs
// from the accident to the acceptance (人社部发〔2013〕34号), whoever applied:
// here the worker applied on 03-02 and the bureau accepted on 03-03.
func ExampleRulebook_SplitLateCosts() {
	d := calendar.MustParseDate
	c := claims.Case{Accident: d("2026-01-20"), State: claims.StateAccepted, Applicant: claims.ApplicantWorker,
		AppliedOn: d("2026-03-02"), AcceptedOn: d("2026-03-03"), Clarity: claims.NotClear}
	costs := []claims.Cost{
		{Date: d("2026-01-20"), Amount: money.MustParse("3800.00")},
		{Date: d("2026-02-25"), Amount: money.MustParse("1200.50")},
		{Date: d("2026-03-05"), Amount: money.MustParse("600.00")},
	}
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	split, _ := rb.SplitLateCosts(c, costs)
	fmt.Println(split.From, split.To, split.Fund.String(), split.Platform.String())
	// The narrower reading, a named option: from the day after the window to the filing.
	narrow, _ := claims.NewRulebook(calendar.Default(), claims.Rules{LateCostFrom: claims.LateCostAfterWindow, LateCostTo: claims.LateCostToFiling})
	split, _ = narrow.SplitLateCosts(c, costs)
	fmt.Println(split.From, split.To, split.Fund.String(), split.Platform.String())
	// Output:
	// 2026-01-20 2026-03-03 600.00 5000.50
	// 2026-02-25 2026-03-02 4400.00 1200.50
}

// 第四十三条: an accident this month is pending, not refused; once the
// declaration deadline passes unpaid it is not covered.
func ExampleRulebook_CheckCover() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	d := calendar.MustParseDate
	feb := calendar.MustParseMonth("2026-02")
	for _, asOf := range []string{"2026-03-20", "2026-04-21"} {
		r, _ := rb.CheckCover(d("2026-03-10"), []calendar.Month{feb}, d(asOf))
		fmt.Println(asOf, r.Status, r.Due.Date)
	}
	r, _ := rb.CheckCover(d("2026-02-10"), []calendar.Month{feb}, d("2026-03-20"))
	fmt.Println(r.Status)
	// Output:
	// 2026-03-20 pending 2026-04-20
	// 2026-04-21 not_covered 2026-04-20
	// covered
}

// 第二十五条 容缺受理: the key materials are in, two items follow.
func ExampleRulebook_CheckMaterials() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	c, _ := rb.CheckMaterials(claims.Application{
		Situation: claims.SituationOrderAccident,
		Submitted: []claims.Material{claims.MatApplicationForm, claims.MatIdentity, claims.MatScene, claims.MatOrderData,
			claims.MatDiagnosis, claims.MatConsent, claims.MatPoliceProof},
	})
	fmt.Println(c.Acceptable, c.Complete, c.ToFollow)
	// Output: true false [track_data payment_account]
}

// 第二十六、二十七条: not clear at acceptance, 30 working days; the
// conclusion is delivered within 3 more. An unstated clarity is refused.
func ExampleRulebook_DecisionDeadline() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	accepted := calendar.MustParseDate("2026-03-03")
	dl, _ := rb.DecisionDeadline(claims.Case{AcceptedOn: accepted, Clarity: claims.NotClear})
	delivered, _ := rb.DeliveryDeadline(dl.Date)
	fmt.Println(dl.Date, delivered.Date)
	_, err := rb.DecisionDeadline(claims.Case{AcceptedOn: accepted})
	fmt.Println(err)
	// Output:
	// 2026-04-15 2026-04-20
	// claims: clarity: a required fact is not stated: give "clear" or "not_clear" (第二十六条: 7 or 30 working days)
}

// 第二十八条: two platforms' orders on the same route: the first accepted.
func ExampleRulebook_Attribute() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, calendar.Beijing())
	route := []claims.Point{{Lat: 31.2290, Lon: 121.4737}, {Lat: 31.2320, Lon: 121.4737}}
	orders := []claims.Order{
		{Platform: "platform-b", OrderID: "b1", AcceptedAt: at.Add(-25 * time.Minute), StartedAt: at.Add(-15 * time.Minute), Route: route},
		{Platform: "platform-a", OrderID: "a1", AcceptedAt: at.Add(-30 * time.Minute), StartedAt: at.Add(-20 * time.Minute), Route: route},
	}
	a, _ := rb.Attribute(claims.Accident{At: at, Place: claims.Point{Lat: 31.2304, Lon: 121.4737}}, orders)
	fmt.Println(a.Outcome, a.Platform, a.Order.OrderID)
	// Output: responsible platform-a a1
}

func ExampleCase_Next() {
	accident := calendar.MustParseDate("2026-03-10")
	c := claims.Case{Accident: accident}
	d := calendar.MustParseDate
	c, _ = c.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-03-12"), Applicant: claims.ApplicantWorker})
	c, _ = c.Next(claims.Event{Kind: claims.EventAccept, Date: d("2026-03-13"), Clarity: claims.NotClear})
	c, _ = c.Next(claims.Event{Kind: claims.EventWithdraw, Date: d("2026-03-20")})
	_, err := c.Next(claims.Event{Kind: claims.EventDecide, Date: d("2026-04-01"), Confirmed: true})
	fmt.Println(c.State)
	fmt.Println(err)
	// Output:
	// withdrawn
	// claims: decide is not allowed in state withdrawn: only an accepted application can be decided
}

// A case filed today: the worker's 90 days from an accident on 2026-10-15
// run into 2027, whose holiday schedule is not loaded yet. That deadline is
// unknown (not before 2027-01-13); every other one is given.
func ExampleRulebook_Deadlines() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	d := calendar.MustParseDate
	c := claims.Case{Accident: d("2026-10-15")}
	c, _ = c.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-12-01"), Applicant: claims.ApplicantWorker})
	c, _ = c.Next(claims.Event{Kind: claims.EventAccept, Date: d("2026-12-02"), Clarity: claims.Clear})
	items, _ := rb.Deadlines(c, d("2026-12-05"))
	for _, it := range items {
		if it.Deadline.Known() {
			fmt.Println(it.Articles, it.Deadline.Date, (it.Standing == calendar.StandingMet), (it.Standing == calendar.StandingOverdue))
		} else {
			fmt.Println(it.Articles, "unknown, not before", it.Deadline.NotBefore(), "met:", (it.Standing == calendar.StandingMet))
		}
	}
	// Output:
	// 第二十一条第一款 2026-11-16 false true
	// 第二十一条第三款 unknown, not before 2027-01-13 met: true
	// 第二十二条第一款 unknown, not before 2027-10-15 met: false
	// 第二十六条 2026-12-11 false false
}

// 第四十四条: the agency reviews within 20 working days of accepting the
// benefit claim; asked to supplement, the applicant has 5 working days.
func ExampleRulebook_SupplementDeadline() {
	rb, _ := claims.NewRulebook(calendar.Default(), claims.Rules{})
	d := calendar.MustParseDate
	review, _ := rb.ReviewDeadline(d("2026-04-21"))
	supp, _ := rb.SupplementDeadline(d("2026-04-30"))
	fmt.Println(review.Date, supp.Date)
	// Output: 2026-05-21 2026-05-11
}

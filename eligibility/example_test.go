package eligibility_test

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
)

// An order delivered at 16:00 UTC on 31 March ends at 00:00 on 1 April in
// Beijing, and counts on 1 April.
func ExampleDecide() {
	e := eligibility.Execution{
		OrderID: "o1", WorkerID: "w1", Platform: "platform-b", Industry: eligibility.InstantDelivery,
		Registered: true, InScope: true, StartDivision: "310115",
		AcceptedAt: time.Date(2026, 3, 31, 15, 20, 0, 0, time.UTC),
		StartedAt:  time.Date(2026, 3, 31, 15, 25, 0, 0, time.UTC),
		EndedAt:    time.Date(2026, 3, 31, 16, 0, 0, 0, time.UTC),
		EndKind:    eligibility.Delivered,
	}
	d, err := eligibility.Decide(&e)
	fmt.Println(d.Counted, d.Day, err)
	e.StartDivision = "320102" // started in Nanjing
	d, _ = eligibility.Decide(&e)
	fmt.Println(d.Explain(explain.English)[0])
	fmt.Println(d.Explain(explain.Chinese)[0])
	// Output:
	// true 2026-04-01 <nil>
	// not counted: fails 第十条第一款第（二）项 (started in Shanghai)
	// 不计入，不符合：第十条第一款第（二）项：在本市开始执行
}

// Tallies counted on different machines merge into one.
func ExampleTally_Merge() {
	d := calendar.MustParseDate("2026-03-02")
	var a, b eligibility.Tally
	a.AddN("platform-b", eligibility.InstantDelivery, d, 500)
	b.AddN("platform-b", eligibility.InstantDelivery, d, 403)
	a.Merge(&b)
	fmt.Println(a.Months())
	// Output: [{platform-b instant_delivery 2026-03 903}]
}

func ExampleBatch() {
	csv := eligibility.CSVHeader + "\n" +
		"o1,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,delivered\n" +
		"o1,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,delivered\n" +
		"o2,w2,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,,\n" +
		"o3,w3,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,3101,2026-03-01T10:30:00+08:00,delivered\n"
	r := eligibility.NewCSVReader(strings.NewReader(csv))
	var b eligibility.Batch
	var e eligibility.Execution
	for {
		line, err := r.Read(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			b.AddInvalid(line, err)
			continue
		}
		_, _ = b.Add(line, &e)
	}
	fmt.Println(b.Counts().Input, b.Counts().Counted, b.Counts().Excluded, b.Counts().Duplicates, len(b.Invalid()), b.Balanced())
	fmt.Println(b.Invalid()[0].Line, b.Invalid()[0].Err)
	// Output:
	// 4 1 1 1 1 true
	// 5 eligibility: start_division: not a 6-digit administrative division code (GB/T 2260)
}

func ExampleParseInstant() {
	t, ok := eligibility.ParseInstant("2026-03-31T23:59:59+08:00")
	fmt.Println(t, ok)
	// Output: 2026-03-31 15:59:59 +0000 UTC true
}

// A pipeline that receives lines one by one parses each alone.
func ExampleParseRecord() {
	e, err := eligibility.ParseRecord("o1,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,delivered\n")
	fmt.Println(e.OrderID, e.EndKind, err)
	_, err = eligibility.ParseRecord(`o"2,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,delivered`)
	fmt.Println(err)
	_, err = eligibility.ParseRecord("o3,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,11010519491231002X")
	fmt.Println(err)
	// Output:
	// o1 delivered <nil>
	// cannot be read as a CSV record (RFC 4180): a bare " in an unquoted field (quote the field and double the ", as ""; or leave the " out)
	// eligibility: end_kind "******************": unknown (want delivered, transferred, cancelled, or empty when not ended)
}

// Two copies of one execution disagree: the one that ended last counts,
// whatever the order they come in, and the pair is a conflict for the
// platform to correct (第九条).
func ExampleResolve() {
	delivered, _ := eligibility.ParseRecord("o1,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:30:00+08:00,delivered")
	cancelled, _ := eligibility.ParseRecord("o1,w1,platform-a,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310104,2026-03-01T10:20:00+08:00,cancelled")
	for _, copies := range [][]eligibility.Execution{{delivered, cancelled}, {cancelled, delivered}} {
		r, _ := eligibility.Resolve(copies)
		fmt.Println(r.Winner.EndKind, r.Copies, r.Conflict)
	}
	var b eligibility.Batch
	r, _ := eligibility.Resolve([]eligibility.Execution{cancelled, delivered})
	_, _ = b.AddResolved(0, r)
	fmt.Printf("%+v\n", b.Counts())
	// Output:
	// delivered 2 true
	// delivered 2 true
	// {Input:2 Counted:1 Excluded:0 ExcludedNotRegistered:0 ExcludedOutsideShanghai:0 ExcludedNotEnded:0 ExcludedOtherMonth:0 Duplicates:1 Conflicts:1 Invalid:0}
}

// Counts of partitions merge into the counts of the whole.
func ExampleCounts_Merge() {
	a := eligibility.Counts{Input: 10, Counted: 7, Excluded: 2, ExcludedNotEnded: 2, Invalid: 1}
	b := eligibility.Counts{Input: 5, Counted: 3, Duplicates: 2, Conflicts: 1}
	if err := a.Merge(b); err != nil {
		fmt.Println(err)
	}
	fmt.Println(a.Input, a.Counted, a.Duplicates, a.Conflicts, a.Balanced())
	// A count that would pass math.MaxInt64 is refused, a unchanged.
	err := a.Merge(eligibility.Counts{Input: math.MaxInt64})
	fmt.Println(errors.Is(err, eligibility.ErrCountOverflow), a.Input)
	fmt.Println(err)
	// Output:
	// 15 10 2 1 true
	// true 15
	// eligibility: counts.input: 15 + 9223372036854775807: a count would pass 9223372036854775807 (the most an int64 holds)
}

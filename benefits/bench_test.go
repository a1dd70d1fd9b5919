package benefits_test

import (
	"testing"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
)

// Benchmarks: go test ./benefits -run '^$' -bench . -benchmem
// (figures in the package documentation, doc.go).

var sinkAward benefits.Award

// BenchmarkAward computes one grade-4 award (grant and allowance).
func BenchmarkAward(b *testing.B) {
	params := benefits.DefaultParams()
	c := benefits.Case{Injury: testdates.Day(b, "2024-04-15"), Assessment: testdates.Day(b, "2024-09-10"), Grade: 4}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := benefits.Compute(c, params, benefits.Rules{})
		if err != nil {
			b.Fatal(err)
		}
		sinkAward = a
	}
}

// BenchmarkDeathAward computes a death award with three dependents over the cap.
func BenchmarkDeathAward(b *testing.B) {
	params := benefits.DefaultParams()
	c := benefits.Case{Injury: testdates.Day(b, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(b, "2024-03-20"), DuringTreatment: true,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other}}}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := benefits.Compute(c, params, benefits.Rules{})
		if err != nil {
			b.Fatal(err)
		}
		sinkAward = a
	}
}

// BenchmarkPayroll1M runs one month's payroll over 1 M awards (grades 1–4
// allowances and survivor pensions, computed beforehand), reusing one slice.
// One op is the whole million.
func BenchmarkPayroll1M(b *testing.B) {
	params := benefits.DefaultParams()
	awards := make([]benefits.Award, 1_000_000)
	for i := range awards {
		c := benefits.Case{Injury: testdates.Day(b, "2024-04-15"), Assessment: testdates.Day(b, "2024-09-10"), Grade: 1 + i%4}
		a, err := benefits.Compute(c, params, benefits.Rules{})
		if err != nil {
			b.Fatal(err)
		}
		awards[i] = a
	}
	month, _ := calendar.ParseMonth("2025-03")
	var buf []benefits.Payment
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for j := range awards {
			var err error
			buf, err = awards[j].AppendPayments(buf[:0], params, month)
			if err != nil {
				b.Fatal(err)
			}
			n += len(buf)
		}
		if n != len(awards) {
			b.Fatalf("%d payments for %d awards", n, len(awards))
		}
	}
}

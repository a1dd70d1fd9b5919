package benefits_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// Benchmarks: go test ./benefits -run '^$' -bench . -benchmem
// (figures in BENCHMARKS.md).

var sinkAward benefits.Award

// benchRulebook: the defaults with a commencement (2025-07-01) and the
// wages for 2025 and 2026, as a host would set them.
func benchRulebook(b *testing.B) *benefits.Rulebook {
	y := func(year int, v string) param.Value {
		from, _ := calendar.DateOf(year, 1, 1)
		until, _ := calendar.DateOf(year, 12, 31)
		return param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString(v), From: from, Until: until, Source: "bench", Status: param.Provisional}
	}
	s, err := benefits.DefaultParams().With(commencement(testdates.Day(b, "2025-07-01"), "bench", param.Provisional), y(2025, "120000"), y(2026, "125000"))
	if err != nil {
		b.Fatal(err)
	}
	return mustRulebook(b, s, benefits.Rules{})
}

// BenchmarkAward computes one grade-4 award (grant and allowance).
func BenchmarkAward(b *testing.B) {
	rb := benchRulebook(b)
	c := benefits.Case{Injury: testdates.Day(b, "2024-04-15"), Assessment: testdates.Day(b, "2024-09-10"), Grade: 4}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := rb.Compute(c)
		if err != nil {
			b.Fatal(err)
		}
		sinkAward = a
	}
}

// BenchmarkDeathAward computes a death award with a spouse and two others:
// their shares are exactly at the cap (1.0 × 0.6 W = 0.6 W), shared out.
func BenchmarkDeathAward(b *testing.B) {
	rb := benchRulebook(b)
	c := benefits.Case{Injury: testdates.Day(b, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(b, "2024-03-20"), Timing: benefits.TimingDuringTreatment,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other}}}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := rb.Compute(c)
		if err != nil {
			b.Fatal(err)
		}
		sinkAward = a
	}
}

// BenchmarkPayroll1M runs one month's payroll (2025-03, before the
// commencement) over 1 M awards (grades 1–4 allowances, computed
// beforehand), reusing one slice. One op is the whole million.
func BenchmarkPayroll1M(b *testing.B) { payroll(b, "2025-03") }

// BenchmarkPayroll1MRebased is the same payroll in 2026-03 through a
// Payroll: every allowance is a 第四十五条 item, paid the greater of its 2024
// level and the 2025 and 2026 standards, each computed once for the month.
func BenchmarkPayroll1MRebased(b *testing.B) { payroll(b, "2026-03") }

func payroll(b *testing.B, monthText string) {
	rb := benchRulebook(b)
	awards := make([]benefits.Award, 1_000_000)
	for i := range awards {
		c := benefits.Case{Injury: testdates.Day(b, "2024-04-15"), Assessment: testdates.Day(b, "2024-09-10"), Grade: 1 + i%4}
		a, err := rb.Compute(c)
		if err != nil {
			b.Fatal(err)
		}
		awards[i] = a
	}
	month, _ := calendar.ParseMonth(monthText)
	var buf []benefits.Payment
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		run, err := rb.Payroll(month)
		if err != nil {
			b.Fatal(err)
		}
		for j := range awards {
			var err error
			buf, err = run.Append(buf[:0], awards[j])
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

package calendar_test

import (
	"testing"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/jsontest"
)

// Benchmarks: run with
//
//	go test ./calendar -run '^$' -bench . -benchmem
//
// The figures are recorded in BENCHMARKS.md at the module root; the
// benchmarks against github.com/rickar/cal/v2 are in calendar/rickarcal.

var (
	sinkDate calendar.Date
	sinkBool bool
	sinkDl   calendar.Deadline
)

func benchDays(b *testing.B) []calendar.Date {
	b.Helper()
	first := calendar.MustParseDate("2019-01-01")
	days := make([]calendar.Date, 0, 2800)
	for i := 0; i < 2800; i++ { // 2019-01-01 .. 2026-08-31: 30 working days later is still covered
		d, _ := first.AddDays(i)
		days = append(days, d)
	}
	return days
}

func BenchmarkAddWorkdays30(b *testing.B) {
	c := calendar.Default()
	days := benchDays(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := c.AddWorkdays(days[i%len(days)], 30)
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = d
	}
}

func BenchmarkIsWorkday(b *testing.B) {
	c := calendar.Default()
	days := benchDays(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ok, err := c.IsWorkday(days[i%len(days)])
		if err != nil {
			b.Fatal(err)
		}
		sinkBool = ok
	}
}

func BenchmarkDeclarationDeadline(b *testing.B) {
	c := calendar.Default()
	var periods []calendar.Month
	m := calendar.MustParseMonth("2018-12")
	for i := 0; i < 96; i++ { // 2018-12 .. 2026-11
		periods = append(periods, m)
		m, _ = m.AddMonths(1)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(periods) {
			j = 0
		}
		dl, err := c.DeclarationDeadline(periods[j])
		if err != nil {
			b.Fatal(err)
		}
		// The whole Deadline is returned (the call copies its 80 bytes);
		// the date is kept, as rickar/cal's benchmark (calendar/rickarcal)
		// keeps its time.Time.
		// (Storing the whole value in a global costs more than the lookup:
		// the write barrier's checks on its pointer fields.)
		sinkDate = dl.Date
	}
}

// BenchmarkDeclarationDue is the lookup of the date alone
// (DeclarationDeadline(p).Date since issue 20), what rickar/cal's benchmark
// (calendar/rickarcal) computes.
func BenchmarkDeclarationDue(b *testing.B) {
	c := calendar.Default()
	var periods []calendar.Month
	m := calendar.MustParseMonth("2018-12")
	for i := 0; i < 96; i++ { // 2018-12 .. 2026-11
		periods = append(periods, m)
		m, _ = m.AddMonths(1)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(periods) {
			j = 0
		}
		d, err := c.DeclarationDue(periods[j])
		if err != nil {
			b.Fatal(err)
		}
		sinkDate = d
	}
}

// BenchmarkDay: the day's kind, festival and notice (the notice tag
// lookup; tags are uint32 so that they cannot wrap after 65,535 notices).
// cpu-ns/op is the process's CPU time per call, steadier than wall time on
// a shared machine.
func BenchmarkDay(b *testing.B) {
	c := calendar.Default()
	days := benchDays(b)
	b.ReportAllocs()
	b.ResetTimer()
	start := jsontest.CPUTime()
	for i := 0; i < b.N; i++ {
		info, err := c.Day(days[i%len(days)])
		if err != nil {
			b.Fatal(err)
		}
		sinkBool = info.Source != ""
	}
	b.ReportMetric(float64(jsontest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
}

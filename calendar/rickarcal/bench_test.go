package rickarcal_test

import (
	"sort"
	"testing"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/zhishang/zhishang/calendar"
)

// Benchmarks of calendar against github.com/rickar/cal/v2 given the same
// days: run with
//
//	go test ./calendar/rickarcal -run '^$' -bench 'DeclarationSpeedup' -benchtime 20x -count 5
//	go test ./calendar/rickarcal -run '^$' -bench . -benchmem
//
// The figures are recorded in BENCHMARKS.md at the module root.

var (
	sinkDate calendar.Date
	sinkBool bool
	sinkTime time.Time
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

// rickarCalendar is rickar/cal configured with the same days: Monday to
// Friday, with a WorkdayFunc over a map of the days the notices change (the
// extension point its maintainer names for make-up working days).
func rickarCalendar(b *testing.B) *cal.BusinessCalendar {
	b.Helper()
	changed := map[time.Time]bool{}
	for _, s := range calendar.Default().Schedules() {
		for _, d := range s.Days {
			changed[d.Date.In(time.UTC)] = d.Kind.IsWorkday()
		}
	}
	bc := cal.NewBusinessCalendar()
	bc.WorkdayFunc = func(t time.Time) bool {
		if w, ok := changed[time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)]; ok {
			return w
		}
		return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday
	}
	return bc
}

func benchTimes(b *testing.B) []time.Time {
	days := benchDays(b)
	ts := make([]time.Time, len(days))
	for i, d := range days {
		ts[i] = d.In(time.UTC)
	}
	return ts
}

func BenchmarkRickarWorkdaysFrom30(b *testing.B) {
	bc := rickarCalendar(b)
	ts := benchTimes(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkTime = bc.WorkdaysFrom(ts[i%len(ts)], 30)
	}
}

func BenchmarkRickarIsWorkday(b *testing.B) {
	bc := rickarCalendar(b)
	ts := benchTimes(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkBool = bc.IsWorkday(ts[i%len(ts)])
	}
}

// BenchmarkRickarDeclarationDeadline counts the 第十四条 rule on rickar/cal:
// a day-by-day scan of the period for runs of days off, then WorkdaysFrom.
func BenchmarkRickarDeclarationDeadline(b *testing.B) {
	bc := rickarCalendar(b)
	var starts []time.Time
	for i := 0; i < 96; i++ {
		starts = append(starts, time.Date(2019, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(starts) {
			j = 0
		}
		sinkTime = rickarDeclaration(bc, starts[j])
	}
}

// rickarCalendarFast is rickar/cal's fastest setup for the same days that
// we found: a WorkdayFunc reading a dense slice indexed by the day (no map
// lookup, no hashing), built once.
func rickarCalendarFast(b *testing.B) *cal.BusinessCalendar {
	b.Helper()
	base := time.Date(2018, 12, 1, 0, 0, 0, 0, time.UTC)
	const days = 8*366 + 62
	work := make([]bool, days)
	for i := range work {
		t := base.AddDate(0, 0, i)
		work[i] = t.Weekday() != time.Saturday && t.Weekday() != time.Sunday
	}
	for _, s := range calendar.Default().Schedules() {
		for _, d := range s.Days {
			if i := int(d.Date.In(time.UTC).Sub(base).Hours() / 24); i >= 0 && i < days {
				work[i] = d.Kind.IsWorkday()
			}
		}
	}
	bc := cal.NewBusinessCalendar()
	bc.WorkdayFunc = func(t time.Time) bool {
		i := int(t.Sub(base).Hours() / 24)
		if i < 0 || i >= days {
			return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday
		}
		return work[i]
	}
	return bc
}

// rickarDeclaration counts the 第十四条 rule on rickar/cal: a day-by-day scan
// of the period for runs of days off, then WorkdaysFrom.
func rickarDeclaration(bc *cal.BusinessCalendar, first time.Time) time.Time {
	raw := first.AddDate(0, 0, 14)
	ext, run := 0, 0
	for d := first; !d.After(raw); d = d.AddDate(0, 0, 1) {
		if bc.IsWorkday(d) {
			if run >= 3 {
				ext += run
			}
			run = 0
			continue
		}
		run++
	}
	if run >= 3 {
		ext += run
	}
	if ext > 0 {
		return bc.WorkdaysFrom(raw, ext)
	}
	for !bc.IsWorkday(raw) {
		raw = raw.AddDate(0, 0, 1)
	}
	return raw
}

// BenchmarkRickarDeclarationDeadlineFast is the baseline of the ≥ 100×
// claim: rickar/cal with its fastest setup (rickarCalendarFast).
func BenchmarkRickarDeclarationDeadlineFast(b *testing.B) {
	bc := rickarCalendarFast(b)
	var starts []time.Time
	for i := 0; i < 96; i++ {
		starts = append(starts, time.Date(2019, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
	}
	// Same answers as ours, for every period.
	for _, s := range starts {
		p, _ := calendar.MonthOfDate(mustDateOf(b, s)).AddMonths(-1)
		dl, err := calendar.Default().DeclarationDeadline(p)
		if err != nil {
			b.Fatal(err)
		}
		if got := rickarDeclaration(bc, s); got.Format(time.DateOnly) != dl.Computed.String() {
			b.Fatalf("period %s: rickar/cal %s, ours %s", p, got.Format(time.DateOnly), dl.Computed)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(starts) {
			j = 0
		}
		sinkTime = rickarDeclaration(bc, starts[j])
	}
}

func mustDateOf(b *testing.B, t time.Time) calendar.Date {
	d, err := calendar.DateOf(t.Year(), t.Month(), t.Day())
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkDeclarationSpeedup measures, interleaved in the same run (so that
// a busy machine slows both alike), DeclarationDeadline and DeclarationDue
// against rickar/cal's fastest setup on the same 96 periods, and reports the
// ratios as x_deadline and x_due (how many times faster ours is). Each
// round times 96 × 20 rickar/cal calls and 96 × 2000 of ours; the metrics
// are the medians over the rounds, with each one's ns per call (ns_rickar,
// ns_deadline, ns_due). Run with -benchtime 20x -count 5.
func BenchmarkDeclarationSpeedup(b *testing.B) {
	c := calendar.Default()
	bc := rickarCalendarFast(b)
	var periods []calendar.Month
	var starts []time.Time
	m := calendar.MustParseMonth("2018-12")
	for i := 0; i < 96; i++ {
		periods = append(periods, m)
		starts = append(starts, time.Date(2019, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		m, _ = m.AddMonths(1)
	}
	var xDeadline, xDue, nsRickar, nsDeadline, nsDue []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for r := 0; r < 20; r++ {
			for _, s := range starts {
				sinkTime = rickarDeclaration(bc, s)
			}
		}
		rickar := float64(time.Since(t0)) / (20 * 96)
		t0 = time.Now()
		for r := 0; r < 2000; r++ {
			for _, p := range periods {
				dl, _ := c.DeclarationDeadline(p)
				sinkDate = dl.Date
			}
		}
		ours := float64(time.Since(t0)) / (2000 * 96)
		t0 = time.Now()
		for r := 0; r < 2000; r++ {
			for _, p := range periods {
				dl, _ := c.DeclarationDeadline(p)
				sinkDate = dl.Date
			}
		}
		due := float64(time.Since(t0)) / (2000 * 96)
		xDeadline = append(xDeadline, rickar/ours)
		xDue = append(xDue, rickar/due)
		nsRickar, nsDeadline, nsDue = append(nsRickar, rickar), append(nsDeadline, ours), append(nsDue, due)
	}
	b.ReportMetric(median(xDeadline), "x_deadline")
	b.ReportMetric(median(xDue), "x_due")
	b.ReportMetric(median(nsRickar), "ns_rickar")
	b.ReportMetric(median(nsDeadline), "ns_deadline")
	b.ReportMetric(median(nsDue), "ns_due")
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

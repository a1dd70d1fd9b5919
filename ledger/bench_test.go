package ledger_test

import (
	"fmt"
	"testing"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// Benchmarks: go test ./ledger -run '^$' -bench . -benchmem
// (figures in BENCHMARKS.md).

// BenchmarkPost1M posts 1 M postings (12 periods, 4 subjects) into a
// journal sized for them (NewJournal, as Load does) and reads every balance.
// One op is the whole million.
func BenchmarkPost1M(b *testing.B) {
	const n = 1_000_000
	ps := make([]ledger.Posting, n)
	m0, _ := calendar.ParseMonth("2026-01")
	d, _ := calendar.ParseDate("2026-06-01")
	subs := []ledger.Subject{ledger.LevyIncome, ledger.Medical, ledger.InterestIncome, ledger.InsurerPayable}
	for i := range ps {
		m, _ := m0.AddMonths(i % 12)
		a := money.Fen(int64(100 + i%100000))
		ps[i] = ledger.Posting{ID: fmt.Sprintf("D%07d", i), Date: d, Period: m, Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "bench",
			Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: a}, {Subject: subs[i%4], Credit: a}}}
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op") }()
	for i := 0; i < b.N; i++ {
		j := ledger.NewJournal(n)
		for _, p := range ps {
			if _, err := j.Post(p); err != nil {
				b.Fatal(err)
			}
		}
		if len(j.Balances()) == 0 {
			b.Fatal("no balances")
		}
	}
}

// benchReconcile reconciles n treasury receipts with n collection records
// and n bills (n platforms, one period), every key consistent. One op is
// the whole reconciliation; the postings are counted, not posted.
func benchReconcile(b *testing.B, n int) {
	m, _ := calendar.ParseMonth("2026-03")
	d, _ := calendar.ParseDate("2026-04-20")
	rs := make([]ledger.Receipt, n)
	cs := make([]ledger.Collection, n)
	bs := make([]ledger.Due, n)
	for i := 0; i < n; i++ {
		p := fmt.Sprintf("platform-%07d", i)
		a := money.Fen(int64(1000 + i))
		rs[i] = ledger.Receipt{ID: fmt.Sprintf("T%d", i), Platform: p, Period: m, Amount: a, EntryDate: d}
		cs[n-1-i] = ledger.Collection{ID: fmt.Sprintf("C%d", i), Platform: p, Period: m, Amount: a}
		bs[i] = ledger.Due{Platform: p, Period: m, Amount: a}
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		r, err := ledger.Reconcile(rs, cs, bs)
		if err != nil || len(r.Postings) != n {
			b.Fatal(err, len(r.Postings))
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkReconcile100k and BenchmarkReconcile1M: the ratio of their times
// is the growth check (n log n from 100 k to 1 M is 12×; linear 10×).
func BenchmarkReconcile100k(b *testing.B) { benchReconcile(b, 100_000) }
func BenchmarkReconcile1M(b *testing.B)   { benchReconcile(b, 1_000_000) }

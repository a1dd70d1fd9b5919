package eligibility_test

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// Benchmarks: go test ./eligibility -run '^$' -bench . -benchmem
// (figures in the package documentation, doc.go).

var sinkInt int64

// records makes n executions over March 2026 with the sample's mix.
func records(n int) []eligibility.Execution {
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, calendar.Beijing())
	platforms := []string{"platform-a", "platform-b", "platform-c"}
	out := make([]eligibility.Execution, n)
	for i := range out {
		end := start.Add(time.Duration(rng.Int64N(31*86400)) * time.Second)
		e := eligibility.Execution{
			OrderID: fmt.Sprintf("o%08d", i), WorkerID: fmt.Sprintf("w%05d", rng.IntN(20000)),
			Platform: platforms[rng.IntN(3)], Industry: eligibility.Industries[rng.IntN(3)],
			Registered: rng.IntN(100) != 0, InScope: true,
			AcceptedAt: end.Add(-40 * time.Minute), StartedAt: end.Add(-30 * time.Minute),
			StartDivision: "310115", EndedAt: end, EndKind: eligibility.Delivered,
		}
		if rng.IntN(50) == 0 {
			e.StartDivision = "320102"
		}
		out[i] = e
	}
	return out
}

// BenchmarkClassifyTally decides and tallies one order per op, over 1 M
// in-memory records.
func BenchmarkClassifyTally(b *testing.B) {
	recs := records(1_000_000)
	var t eligibility.Tally
	b.ReportAllocs()
	b.ResetTimer()
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(recs) { // no modulo: an integer division costs as much as a check
			j = 0
		}
		e := &recs[j]
		d, err := eligibility.Decide(e)
		if err != nil {
			b.Fatal(err)
		}
		t.AddDecision(e, d)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds()/1e6, "Morders/s")
}

// BenchmarkReadOneField is the memory limit: a loop that only reads one
// field of each of the same 1 M records.
func BenchmarkReadOneField(b *testing.B) {
	recs := records(1_000_000)
	b.ReportAllocs()
	b.ResetTimer()
	var n int64
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(recs) {
			j = 0
		}
		n += recs[j].EndedAt.Unix()
	}
	sinkInt = n
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds()/1e6, "Morders/s")
}

func csvBytes(n int) []byte {
	var buf bytes.Buffer
	buf.WriteString(eligibility.CSVHeader + "\n")
	for _, e := range records(n) {
		fmt.Fprintf(&buf, "%s,%s,%s,%s,%t,%t,%s,%s,%s,%s,%s\n", e.OrderID, e.WorkerID, e.Platform, e.Industry, e.Registered, e.InScope,
			e.AcceptedAt.Format(time.RFC3339), e.StartedAt.Format(time.RFC3339), e.StartDivision, e.EndedAt.Format(time.RFC3339), e.EndKind)
	}
	return buf.Bytes()
}

func benchIngest(b *testing.B, seen eligibility.Seen) {
	data := csvBytes(100_000)
	b.SetBytes(int64(len(data)) / 100_000)
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	for rows < b.N {
		batch := &eligibility.Batch{Seen: seen}
		r := eligibility.NewCSVReader(bytes.NewReader(data))
		var e eligibility.Execution
		for rows < b.N {
			line, err := r.Read(&e)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			_, _ = batch.Add(line, &e)
			rows++
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds()/1e6, "Mrows/s")
}

// BenchmarkCSVIngest reads, validates, de-duplicates (in memory), decides
// and tallies one CSV row per op.
func BenchmarkCSVIngest(b *testing.B) { benchIngest(b, nil) }

// BenchmarkCSVIngestHostSeen is the same with a host-supplied duplicate
// detector (eligibility.Deduplicated, for input de-duplicated upstream), the streaming case whose memory
// does not grow with the rows.
func BenchmarkCSVIngestHostSeen(b *testing.B) { benchIngest(b, eligibility.Deduplicated{}) }

package eligibility_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// Benchmarks: go test ./eligibility -run '^$' -bench . -benchmem -count 5
// (figures in the package documentation). Each group runs its baseline in
// the same run, and every benchmark reports cpu-ns/op, the process's CPU
// time per op (the machines are shared: wall-clock figures drift 2–4×).

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

// cpuTimer reports the CPU time per op of a benchmark.
type cpuTimer struct {
	b     *testing.B
	start int64
}

func startCPU(b *testing.B) cpuTimer {
	b.ReportAllocs()
	b.ResetTimer()
	return cpuTimer{b, cpuNanos()}
}

func (c cpuTimer) stop(unit string) {
	c.b.StopTimer()
	cpu := cpuNanos() - c.start
	if cpu > 0 {
		c.b.ReportMetric(float64(cpu)/float64(c.b.N), "cpu-ns/op")
		c.b.ReportMetric(float64(c.b.N)/(float64(cpu)/1e9)/1e6, "M"+unit+"/cpu-s")
	}
}

// BenchmarkClassify decides and tallies one order per op over 1 M
// in-memory records (classify+tally), against its baseline, a loop that
// only reads one field of each of the same records (one-field-scan).
func BenchmarkClassify(b *testing.B) {
	recs := records(1_000_000)
	b.Run("one-field-scan", func(b *testing.B) {
		c := startCPU(b)
		var n int64
		for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
			if j == len(recs) { // no modulo: an integer division costs as much as a check
				j = 0
			}
			n += recs[j].EndedAt.Unix()
		}
		sinkInt = n
		c.stop("orders")
	})
	b.Run("classify+tally", func(b *testing.B) {
		var t eligibility.Tally
		c := startCPU(b)
		for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
			if j == len(recs) {
				j = 0
			}
			e := &recs[j]
			d, err := eligibility.Decide(e)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := t.AddDecision(e, d); err != nil {
				b.Fatal(err)
			}
		}
		c.stop("orders")
	})
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

const ingestRows = 100_000

func ingest(b *testing.B, data []byte, seen eligibility.Seen) {
	b.SetBytes(int64(len(data)) / ingestRows)
	c := startCPU(b)
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
	c.stop("rows")
}

// BenchmarkIngest reads one CSV row per op: encoding/csv reading the same
// bytes and doing nothing with them (the baseline, with ReuseRecord), then
// CSVReader + Batch (validate, decide, tally) with input de-duplicated
// upstream (eligibility.Deduplicated: memory flat), and with the in-memory
// duplicate rule.
func BenchmarkIngest(b *testing.B) {
	data := csvBytes(ingestRows)
	b.Run("encoding-csv-nothing", func(b *testing.B) {
		b.SetBytes(int64(len(data)) / ingestRows)
		c := startCPU(b)
		rows := 0
		for rows < b.N {
			r := csv.NewReader(bytes.NewReader(data))
			r.ReuseRecord = true
			for rows < b.N {
				if _, err := r.Read(); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
				rows++
			}
		}
		c.stop("rows")
	})
	b.Run("deduplicated", func(b *testing.B) { ingest(b, data, eligibility.Deduplicated{}) })
	b.Run("duplicate-rule", func(b *testing.B) { ingest(b, data, nil) })
}

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
// (figures in BENCHMARKS.md). Each group runs its baseline in
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

// paired runs base and subject over the same ops in alternating chunks
// (base first, then subject first, and so on), timing each chunk's CPU
// time, so that both see the same load on a shared machine: it reports the
// subject's CPU time per op (cpu-ns/op), the base's (base-cpu-ns/op), their
// ratio (x-base) and the subject's rate.
func paired(b *testing.B, chunk int, unit string, base, subject func(n int)) {
	b.ReportAllocs()
	b.ResetTimer()
	var tb, ts int64
	for done, k := 0, 0; done < b.N; done, k = done+chunk, k+1 {
		n := min(chunk, b.N-done)
		first, second := base, subject
		if k%2 == 1 {
			first, second = subject, base
		}
		t0 := cpuNanos()
		first(n)
		t1 := cpuNanos()
		second(n)
		t2 := cpuNanos()
		if k%2 == 0 {
			tb, ts = tb+t1-t0, ts+t2-t1
		} else {
			ts, tb = ts+t1-t0, tb+t2-t1
		}
	}
	b.StopTimer()
	if tb > 0 && ts > 0 {
		b.ReportMetric(float64(ts)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(tb)/float64(b.N), "base-cpu-ns/op")
		b.ReportMetric(float64(ts)/float64(tb), "x-base")
		b.ReportMetric(float64(b.N)/(float64(ts)/1e9)/1e6, "M"+unit+"/cpu-s")
	}
}

// scanner reads one field of each record, round and round (the
// one-field-scan baseline).
type scanner struct {
	recs []eligibility.Execution
	j    int
	sum  int64
}

func (s *scanner) run(n int) {
	recs, j, sum := s.recs, s.j, s.sum
	for i := 0; i < n; i, j = i+1, j+1 {
		if j == len(recs) { // no modulo: an integer division costs as much as a check
			j = 0
		}
		sum += recs[j].EndedAt.Unix()
	}
	s.j, s.sum = j, sum
}

// classifier decides and tallies each record, round and round.
type classifier struct {
	recs []eligibility.Execution
	j    int
	t    eligibility.Tally
}

func (c *classifier) run(b *testing.B, n int) {
	recs, j := c.recs, c.j
	for i := 0; i < n; i, j = i+1, j+1 {
		if j == len(recs) {
			j = 0
		}
		e := &recs[j]
		d, err := eligibility.Decide(e)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.t.AddDecision(e, d); err != nil {
			b.Fatal(err)
		}
	}
	c.j = j
}

// BenchmarkClassify decides and tallies one order per op over 1 M
// in-memory records (classify+tally), against its baseline, a loop that
// only reads one field of each of the same records (one-field-scan). (Not
// paired: the scan streams 128 MB at memory speed, which alternating chunks
// would disturb; the classifier is bound by its own work.)
func BenchmarkClassify(b *testing.B) {
	recs := records(1_000_000)
	b.Run("one-field-scan", func(b *testing.B) {
		c := startCPU(b)
		(&scanner{recs: recs}).run(b.N)
		sinkInt = 0
		c.stop("orders")
	})
	b.Run("classify+tally", func(b *testing.B) {
		c := startCPU(b)
		(&classifier{recs: recs}).run(b, b.N)
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

// ingester reads rows with CSVReader into a Batch (validate, decide,
// tally), round and round over data.
type ingester struct {
	data  []byte
	seen  eligibility.Seen
	r     *eligibility.CSVReader
	batch *eligibility.Batch
	e     eligibility.Execution
}

func (g *ingester) run(b *testing.B, n int) {
	for rows := 0; rows < n; {
		if g.r == nil {
			g.r = eligibility.NewCSVReader(bytes.NewReader(g.data))
			g.batch = &eligibility.Batch{Seen: g.seen}
		}
		line, err := g.r.Read(&g.e)
		if err == io.EOF {
			g.r = nil
			continue
		}
		if err != nil {
			b.Fatal(err)
		}
		_, _ = g.batch.Add(line, &g.e)
		rows++
	}
}

// csvNothing reads rows with encoding/csv and does nothing with them,
// round and round over data.
type csvNothing struct {
	data []byte
	r    *csv.Reader
}

func (c *csvNothing) run(b *testing.B, n int) {
	for rows := 0; rows < n; {
		if c.r == nil {
			c.r = csv.NewReader(bytes.NewReader(c.data))
			c.r.ReuseRecord = true
			if _, err := c.r.Read(); err != nil { // the header
				b.Fatal(err)
			}
		}
		if _, err := c.r.Read(); err == io.EOF {
			c.r = nil
			continue
		} else if err != nil {
			b.Fatal(err)
		}
		rows++
	}
}

// BenchmarkIngest reads one CSV row per op: encoding/csv reading the same
// bytes and doing nothing with them (the baseline, with ReuseRecord), then
// CSVReader + Batch (validate, decide, tally) with input de-duplicated
// upstream (eligibility.Deduplicated: memory flat), and with the in-memory
// duplicate rule; and the first two paired (see paired: x-base is the
// ingest's CPU time over encoding/csv's, measured side by side).
func BenchmarkIngest(b *testing.B) {
	data := csvBytes(ingestRows)
	perRow := int64(len(data)) / ingestRows
	b.Run("encoding-csv-nothing", func(b *testing.B) {
		b.SetBytes(perRow)
		c := startCPU(b)
		(&csvNothing{data: data}).run(b, b.N)
		c.stop("rows")
	})
	b.Run("deduplicated", func(b *testing.B) {
		b.SetBytes(perRow)
		c := startCPU(b)
		(&ingester{data: data, seen: eligibility.Deduplicated{}}).run(b, b.N)
		c.stop("rows")
	})
	b.Run("duplicate-rule", func(b *testing.B) {
		b.SetBytes(perRow)
		c := startCPU(b)
		(&ingester{data: data}).run(b, b.N)
		c.stop("rows")
	})
	b.Run("paired", func(b *testing.B) {
		b.SetBytes(perRow)
		base, g := &csvNothing{data: data}, &ingester{data: bytes.Clone(data), seen: eligibility.Deduplicated{}}
		paired(b, 25_000, "rows", func(n int) { base.run(b, n) }, func(n int) { g.run(b, n) })
	})
}

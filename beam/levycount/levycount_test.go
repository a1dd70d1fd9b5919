package levycount

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
)

// The tests run their pipelines on Prism, in this process (ptest's default
// runner): every PCollection between stages is encoded with its coder, as
// on a distributed runner.
func TestMain(m *testing.M) { ptest.Main(m) }

var march = mustMonth("2026-03")

func mustMonth(s string) calendar.Month {
	m, err := calendar.ParseMonth(s)
	if err != nil {
		panic(err)
	}
	return m
}

// genOptions says what the generated input holds besides valid rows.
type genOptions struct {
	rows      int
	seed      uint64
	conflicts bool // repeats of a pair that disagree (delivered vs cancelled, another day)
}

// generate writes a month of order executions as CSV lines (no header):
// valid rows of three platforms and industries, rows excluded by each
// clause of 第十条, rows ending at the month's edge instants (the first and
// last second and nanosecond of the month in Beijing time, written in +08:00
// and in UTC), rows of the months before and after, exact repeats, repeats
// of the same instant written with another offset, conflicting repeats
// (with opts.conflicts), invalid records, unreadable lines, quoted fields
// and blank lines.
func generate(opts genOptions) []string {
	rng := rand.New(rand.NewPCG(opts.seed, 12))
	bj := calendar.Beijing()
	first := time.Date(2026, 3, 1, 0, 0, 0, 0, bj)
	next := time.Date(2026, 4, 1, 0, 0, 0, 0, bj)
	edges := []time.Time{first, first.Add(time.Second), next.Add(-time.Second), next.Add(-time.Nanosecond),
		next, first.Add(-time.Second), first.Add(-time.Nanosecond)}
	plats := []struct{ id, ind string }{{"platform-a", "ride_hailing"}, {"platform-b", "instant_delivery"},
		{"platform-c", "instant_delivery"}, {"platform-c", "intra_city_freight"}, {`"platform,d"`, "ride_hailing"}}
	ts := func(t time.Time, utc bool) string {
		if t.IsZero() {
			return ""
		}
		if utc {
			return t.UTC().Format(time.RFC3339Nano)
		}
		return t.In(bj).Format(time.RFC3339Nano)
	}
	type row struct {
		order, worker, plat, ind, reg, scope string
		accepted, started                    time.Time
		div                                  string
		ended                                time.Time
		kind                                 string
		utc                                  bool
	}
	format := func(r row) string {
		return strings.Join([]string{r.order, r.worker, r.plat, r.ind, r.reg, r.scope,
			ts(r.accepted, r.utc), ts(r.started, r.utc), r.div, ts(r.ended, r.utc), r.kind}, ",")
	}
	var lines []string
	var made []row
	for i := 0; i < opts.rows; i++ {
		roll := rng.IntN(100)
		switch {
		case roll < 4 && len(made) > 0: // an exact repeat
			lines = append(lines, format(made[rng.IntN(len(made))]))
			continue
		case roll < 6 && len(made) > 0: // the same record, its instants written with another offset
			r := made[rng.IntN(len(made))]
			r.utc = !r.utc
			lines = append(lines, format(r))
			continue
		case roll < 9 && len(made) > 0 && opts.conflicts: // a repeat that disagrees
			r := made[rng.IntN(len(made))]
			if r.kind == "delivered" {
				r.kind = "cancelled"
			} else {
				r.kind = "delivered"
				if r.ended.IsZero() {
					r.ended = r.started.Add(time.Minute)
				}
			}
			lines = append(lines, format(r))
			continue
		case roll < 11: // unreadable lines
			bad := []string{
				"only,three,fields",
				"a,b,c,d,e,f,g,h,i,j,k,l",
				// a quoted record over two lines, invalid
				`"two,lines` + "\n" + `x"` + ",w,p,ride_hailing,true,true,,,310101,,",
				// a stray quote
				`o"1,w1,platform-a,ride_hailing,true,true,2026-03-02T10:00:00+08:00,2026-03-02T10:05:00+08:00,310101,2026-03-02T10:30:00+08:00,delivered`,
				// an order ID like an identity number: masked
				"310101199001011234,w1,platform-a,ride_hailing,true,true,,,310101,,",
			}
			// IDs and platforms that are not clear text (ErrMalformedOrderID and its
			// siblings): otherwise valid records, refused by Validate, not by Decide
			const rest = ",ride_hailing,true,true,2026-03-05T09:00:00+08:00,2026-03-05T09:00:00+08:00,310101,2026-03-05T10:00:00+08:00,delivered"
			malformed := []string{
				`o1,"w1 ",platform-a` + rest,
				"o2,w\u200b1,platform-a" + rest,
				"o\ufeff3,w1,platform-a" + rest,
				"bad\xffid,w1,platform-a" + rest,
				`o4,w1," platform-a"` + rest,
			}
			bad = append(bad, malformed...)
			lines = append(lines, bad[rng.IntN(len(bad))])
			continue
		case roll < 12:
			lines = append(lines, "")
			continue
		}
		p := plats[rng.IntN(len(plats))]
		end := first.Add(time.Duration(rng.Int64N(int64(31*24*time.Hour/time.Second))) * time.Second)
		if rng.IntN(8) == 0 {
			end = edges[rng.IntN(len(edges))]
		}
		started := end.Add(-time.Duration(5+rng.IntN(50)) * time.Minute)
		r := row{order: fmt.Sprintf("o%06d", i), worker: fmt.Sprintf("w%04d", rng.IntN(500)), plat: p.id, ind: p.ind,
			reg: "true", scope: "true", accepted: started.Add(-3 * time.Minute), started: started,
			div: "310101", ended: end, kind: "delivered", utc: rng.IntN(3) == 0}
		switch x := rng.IntN(100); {
		case x < 5:
			r.kind = "transferred"
		case x < 9:
			r.kind = "cancelled"
		case x < 12:
			r.kind, r.ended = "", time.Time{}
		case x < 15:
			r.div = "320102"
		case x < 17:
			r.reg = "false"
		case x < 19:
			r.scope = "false"
		case x < 21: // invalid records
			r.ended = r.started.Add(-time.Minute)
		case x < 22:
			r.div = "31010"
		case x < 23:
			r.worker = ""
		case x < 24:
			r.ind = "bicycle"
		case x < 25:
			r.reg = "yes"
		}
		lines = append(lines, format(r))
		if r.worker != "" {
			made = append(made, r)
		}
	}
	return lines
}

// splitFiles writes lines, shuffled, into n files (each with the header) under
// dir, and returns for each file the original line number (in the whole
// input with its header) of each of its lines.
func splitFiles(t *testing.T, dir string, lines []string, n int, seed uint64) map[string][]int64 {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 34))
	perm := rng.Perm(len(lines))
	origin := map[string][]int64{}
	var bufs = make([]bytes.Buffer, n)
	names := make([]string, n)
	for f := range bufs {
		names[f] = filepath.Join(dir, fmt.Sprintf("orders-%02d.csv", f))
		bufs[f].WriteString(eligibility.CSVHeader + "\n")
		origin[names[f]] = []int64{0, 1} // line 1 is the header
	}
	for _, k := range perm {
		f := rng.IntN(n)
		line := lines[k]
		bufs[f].WriteString(line + "\n")
		// the original line: 2 + the physical lines before it in the whole input
		orig := int64(2)
		for _, l := range lines[:k] {
			orig += int64(strings.Count(l, "\n") + 1)
		}
		for j := 0; j <= strings.Count(line, "\n"); j++ {
			origin[names[f]] = append(origin[names[f]], orig+int64(j))
		}
	}
	for f, b := range bufs {
		require.NoError(t, os.WriteFile(names[f], b.Bytes(), 0o644))
	}
	return origin
}

// whole is the single-process count: eligibility.ReadCSV over the whole input.
func whole(t *testing.T, lines []string, rules eligibility.Rules) Report {
	t.Helper()
	b := eligibility.Batch{Month: march, Rules: rules}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(wholeInput(lines)), &b))
	require.True(t, b.Balanced())
	p := Partial{b: b, files: make([]string, len(b.Invalid())), conflictFiles: make([]string, len(b.Conflicting()))}
	rep, err := NewReport(&p, setup(t))
	require.NoError(t, err)
	// through JSON, as the pipeline's report is read back (invalid UTF-8 in
	// an echoed value becomes U+FFFD there, as in monthly-levy's JSON)
	data, err := json.Marshal(rep)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(data, &back))
	return back
}

func wholeInput(lines []string) string {
	return eligibility.CSVHeader + "\n" + strings.Join(lines, "\n") + "\n"
}

func setupJSON(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../../testdata/levy/setup.json")
	require.NoError(t, err)
	return data
}

func setup(t *testing.T) *levy.Rulebook {
	t.Helper()
	r, err := levy.ParseSetup(setupJSON(t), calendar.Default())
	require.NoError(t, err)
	return r
}

// runPipeline counts the files matching pattern on the test runner (Prism)
// and returns the report it wrote.
func runPipeline(t *testing.T, pattern string, opts Options) Report {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.json")
	p, s := beam.NewPipelineWithRoot()
	count, err := Count(s, pattern, opts)
	require.NoError(t, err)
	Write(s, count, out, setupJSON(t))
	require.NoError(t, ptest.Run(p))
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	var rep Report
	require.NoError(t, json.Unmarshal(raw, &rep))
	return rep
}

// normalize maps the pipeline's invalid lines to the whole input's line
// numbers (origin nil: they are already) and sorts them by line (an
// error is its code and Chinese text, which name no line).
func normalize(invalid []InvalidLine, origin map[string][]int64) []InvalidLine {
	out := make([]InvalidLine, len(invalid))
	for i, inv := range invalid {
		if origin != nil {
			inv.Line = origin[inv.File][inv.Line]
		}
		inv.File = ""
		out[i] = inv
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// requireSame asserts that the pipeline's report got equals the single
// process's want, key by key.
func requireSame(t interface {
	require.TestingT
	Helper()
}, want, got Report, origin map[string][]int64, physical []string) {
	t.Helper()
	require.Equal(t, want.Month, got.Month, "month")
	require.Equal(t, want.Tallies, got.Tallies, "tallies")
	require.Equal(t, want.Bills, got.Bills, "bills")
	require.Equal(t, want.Input, got.Input, "input")
	require.Equal(t, want.Counted, got.Counted, "counted")
	require.Equal(t, want.Excluded, got.Excluded, "excluded")
	require.Equal(t, want.ExcludedBy, got.ExcludedBy, "excluded_by")
	require.Equal(t, want.Duplicates, got.Duplicates, "duplicates")
	require.Equal(t, normalize(want.Invalid, nil), normalize(got.Invalid, origin), "invalid")
	// the same pairs conflict; each is reported at a line of one of its copies
	require.Equal(t, conflictPairs(want.Conflicts), conflictPairs(got.Conflicts), "conflicts")
	for _, c := range got.Conflicts {
		orig := c.Line
		if origin != nil {
			orig = origin[c.File][c.Line]
		}
		require.True(t, strings.HasPrefix(physical[orig], c.OrderID+","+c.WorkerID+","), "conflict %+v at line %d: %q", c, orig, physical[orig])
	}
	require.Equal(t, want.Unbilled, got.Unbilled, "unbilled")
	require.Equal(t, want.Notes, got.Notes, "notes")
	require.Equal(t, want.Rulebook, got.Rulebook, "rulebook")
}

// physicalLines are the whole input's lines by number (1: the header).
func physicalLines(lines []string) []string {
	return append([]string{""}, strings.Split(wholeInput(lines), "\n")...)
}

// conflictPairs is the set of conflicting pairs.
func conflictPairs(cs []ConflictLine) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, c := range cs {
		out[[2]string{c.OrderID, c.WorkerID}] = true
	}
	return out
}

// TestPipelineMatchesSingleProcess is the pipeline's contract: over the
// input shuffled into several files it gives exactly what eligibility.ReadCSV
// gives over the whole input: tallies, bills, every count, the conflicts of
// the duplicate rule and the invalid lines. On Prism every PCollection is
// encoded between stages, so a Tally that lost its counts on the wire
// (Beam's default struct coder drops unexported fields) fails here with
// empty tallies while the counters stay right.
func TestPipelineMatchesSingleProcess(t *testing.T) {
	lines := generate(genOptions{rows: 3000, seed: 1, conflicts: true})
	for _, rules := range []eligibility.Rules{{}, {CountCancelledAfterStart: true}} {
		want := whole(t, lines, rules)
		require.NotEmpty(t, want.Tallies)
		require.NotEmpty(t, want.Bills)
		require.Positive(t, want.Duplicates)
		require.NotEmpty(t, want.Conflicts)
		require.Positive(t, want.ExcludedBy["counts_in_another_month"])
		require.NotEmpty(t, want.Invalid)
		for _, split := range []struct {
			files int
			seed  uint64
		}{{5, 2}, {3, 7}} {
			t.Run(fmt.Sprintf("cancelled-counted=%v/%d-files", rules.CountCancelledAfterStart, split.files), func(t *testing.T) {
				dir := t.TempDir()
				origin := splitFiles(t, dir, lines, split.files, split.seed)
				got := runPipeline(t, filepath.Join(dir, "orders-*.csv"), Options{Month: march, Rules: rules})
				requireSame(t, want, got, origin, physicalLines(lines))
			})
		}
		t.Run(fmt.Sprintf("cancelled-counted=%v/one-file", rules.CountCancelledAfterStart), func(t *testing.T) {
			// unshuffled, the conflicts are reported at ReadCSV's very lines
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "orders.csv"), []byte(wholeInput(lines)), 0o644))
			got := runPipeline(t, filepath.Join(dir, "orders.csv"), Options{Month: march, Rules: rules})
			requireSame(t, want, got, nil, physicalLines(lines))
			for i := range got.Conflicts {
				got.Conflicts[i].File = ""
			}
			require.Equal(t, want.Conflicts, got.Conflicts)
		})
	}
}

// TestCountsCancelledAfterStartRule: the rule reaches the workers (the
// counts differ with it, as they do in the single process).
func TestCountsCancelledAfterStartRule(t *testing.T) {
	lines := generate(genOptions{rows: 600, seed: 8, conflicts: true})
	dir := t.TempDir()
	splitFiles(t, dir, lines, 2, 9)
	def := runPipeline(t, filepath.Join(dir, "*.csv"), Options{Month: march})
	counted := runPipeline(t, filepath.Join(dir, "*.csv"), Options{Month: march, Rules: eligibility.Rules{CountCancelledAfterStart: true}})
	require.Greater(t, counted.Counted, def.Counted)
	require.Equal(t, whole(t, lines, eligibility.Rules{CountCancelledAfterStart: true}).Counted, counted.Counted)
}

// TestPartialCoderKeepsTally: the Combine's accumulator survives its coder
// with its tally, counts and invalid lines (what a default struct coder
// would drop).
func TestPartialCoderKeepsTally(t *testing.T) {
	lines := generate(genOptions{rows: 400, seed: 3, conflicts: true})
	b := eligibility.Batch{Month: march}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(wholeInput(lines)), &b))
	files := make([]string, len(b.Invalid()))
	for i := range files {
		files[i] = fmt.Sprintf("part-%d.csv", i%3)
	}
	cfiles := make([]string, len(b.Conflicting()))
	for i := range cfiles {
		cfiles[i] = fmt.Sprintf("part-%d.csv", i%2)
	}
	require.NotEmpty(t, cfiles)
	p := Partial{b: b, files: files, conflictFiles: cfiles}
	require.Positive(t, p.b.Tally().Total())
	data, err := encodePartial(p)
	require.NoError(t, err)
	q, err := decodePartial(data)
	require.NoError(t, err)
	require.True(t, p.b.Tally().Equal(q.b.Tally()))
	require.Equal(t, p.b.Counts(), q.b.Counts())
	require.Equal(t, p.InvalidLines(), q.InvalidLines())
	require.Equal(t, p.ConflictLines(), q.ConflictLines())
	require.Equal(t, p.b.Month, q.b.Month)

	// and a merge of decoded halves is the whole
	var h1, h2 eligibility.Batch
	h1.Month, h2.Month = march, march
	half := len(lines) / 2
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(wholeInput(lines[:half])), &h1))
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(wholeInput(lines[half:])), &h2))
	d1, err := encodePartial(Partial{b: h1, files: make([]string, len(h1.Invalid())), conflictFiles: make([]string, len(h1.Conflicting()))})
	require.NoError(t, err)
	d2, err := encodePartial(Partial{b: h2, files: make([]string, len(h2.Invalid())), conflictFiles: make([]string, len(h2.Conflicting()))})
	require.NoError(t, err)
	m1, err := decodePartial(d1)
	require.NoError(t, err)
	m2, err := decodePartial(d2)
	require.NoError(t, err)
	require.NoError(t, m1.merge(&m2))
	require.Equal(t, h1.Tally().Total()+h2.Tally().Total(), m1.b.Tally().Total())
	require.True(t, m1.b.Balanced())
}

// TestPartialRefusesMalformed: a partial count that does not decode is an
// error, never an empty count.
func TestPartialRefusesMalformed(t *testing.T) {
	var empty eligibility.Batch
	batch, err := empty.MarshalBinary()
	require.NoError(t, err)
	junk := eligibility.Batch{}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(eligibility.CSVHeader+"\nx,y\n"), &junk))
	oneInvalid, err := junk.MarshalBinary()
	require.NoError(t, err)
	b64 := func(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
	for _, in := range []string{``, `{`, `{"tally":"AAAA","counts":{}}`, `{"counts":{"invalid":2},"invalid":[]}`, `{"month":"2026-13"}`,
		`{"batch":"AAAA","files":[],"conflict_files":[]}`,
		`{"batch":"` + b64(batch[:len(batch)-1]) + `","files":[],"conflict_files":[]}`,
		`{"batch":"` + b64(oneInvalid) + `","files":[],"conflict_files":[]}`,
		`{"batch":"` + b64(batch) + `","files":["YQ=="],"conflict_files":[]}`,
	} {
		_, err := decodePartial([]byte(in))
		require.ErrorIs(t, err, ErrPartialSyntax, in)
	}
	_, err = decodePartial([]byte(`{"batch":"` + b64(oneInvalid) + `","files":["YQ=="],"conflict_files":[]}`))
	require.NoError(t, err)
}

// TestBadHeaderFailsThePipeline: a file the reader cannot read is an error,
// not a silently smaller count; so is a pattern that matches nothing.
func TestBadHeaderFailsThePipeline(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.csv"), []byte("not,the,header\n"), 0o644))
	p, s := beam.NewPipelineWithRoot()
	count, err := Count(s, filepath.Join(dir, "*.csv"), Options{Month: march})
	require.NoError(t, err)
	Write(s, count, filepath.Join(dir, "out.json"), nil)
	err = ptest.Run(p)
	require.Error(t, err)
	require.Contains(t, err.Error(), "header")

	p, s = beam.NewPipelineWithRoot()
	count, err = Count(s, filepath.Join(dir, "none-*.csv"), Options{Month: march})
	require.NoError(t, err)
	Write(s, count, filepath.Join(dir, "out.json"), nil)
	require.Error(t, ptest.Run(p))
	_, err = os.Stat(filepath.Join(dir, "out.json"))
	require.True(t, os.IsNotExist(err))
}

// TestCountRefusesMissingArguments (audit A12-3): an empty pattern or no
// month is an error when the pipeline is built, not a panic or a failed
// run; a nil *Partial is an error or nothing, never a panic.
func TestCountRefusesMissingArguments(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	_, err := Count(s, "", Options{Month: march})
	require.ErrorIs(t, err, ErrNoPattern)
	_, err = Count(s, "x/*.csv", Options{})
	require.ErrorIs(t, err, ErrNoMonth)

	_, err = NewReport(nil, nil)
	require.ErrorIs(t, err, ErrNilPartial)
	var p *Partial
	require.Nil(t, p.Batch())
	require.Empty(t, p.InvalidLines())
	require.Empty(t, p.ConflictLines())
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errDisk }

var errDisk = errors.New("disk on fire")

// TestReadCSVStopsOnReaderError: an error of the file system fails the
// file (as eligibility.ReadCSV returns it), never one invalid line more;
// one bad record costs that record only.
func TestReadCSVStopsOnReaderError(t *testing.T) {
	var lines []string
	var p Partial
	n := 0
	for _, rows := range []int{50, 2000} { // within and past the reader's first buffer
		lines = generate(genOptions{rows: rows, seed: 10})
		in := io.MultiReader(strings.NewReader(wholeInput(lines)), failingReader{})
		p = Partial{b: eligibility.Batch{Month: march, Seen: eligibility.Deduplicated{}}}
		n = 0
		err := readCSV("f.csv", in, &p, func(string, record) { n++ })
		require.ErrorIs(t, err, errDisk)
		require.Positive(t, n)
		for _, inv := range p.InvalidLines() {
			require.NotContains(t, inv.Error.Chinese, errDisk.Error())
		}
	}

	p = Partial{b: eligibility.Batch{Month: march, Seen: eligibility.Deduplicated{}}}
	in2 := strings.NewReader(eligibility.CSVHeader + "\nx,y\n" +
		"a-1,w1,platform-a,ride_hailing,true,true,2026-03-02T10:00:00+08:00,2026-03-02T10:05:00+08:00,310101,2026-03-02T10:30:00+08:00,delivered\n")
	n = 0
	require.NoError(t, readCSV("g.csv", in2, &p, func(string, record) { n++ }))
	require.Equal(t, 1, n)
	require.Len(t, p.InvalidLines(), 1)
	require.Equal(t, InvalidLine{File: "g.csv", Line: 2, Error: p.InvalidLines()[0].Error}, p.InvalidLines()[0])
	require.Equal(t, int64(1), p.b.Counts().Invalid)
}

// TestMalformedIDsAreInvalidLines (audit A12-1): a record whose ID or
// platform is not clear text is one invalid line, as in eligibility.ReadCSV,
// not a failed month.
func TestMalformedIDsAreInvalidLines(t *testing.T) {
	const rest = ",ride_hailing,true,true,2026-03-05T09:00:00+08:00,2026-03-05T09:00:00+08:00,310101,2026-03-05T10:00:00+08:00,delivered"
	for _, bad := range []string{`o1,"w1 ",platform-a`, "o1,w\u200b1,platform-a", "o\ufeff1,w1,platform-a", "bad\xffid,w1,platform-a", `o1,w1," platform-a"`} {
		lines := []string{bad + rest, "o2,w1,platform-a" + rest}
		want := whole(t, lines, eligibility.Rules{})
		require.Equal(t, int64(1), want.Counted)
		require.Len(t, want.Invalid, 1)
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "orders-1.csv"), []byte(wholeInput(lines)), 0o644))
		got := runPipeline(t, filepath.Join(dir, "orders-1.csv"), Options{Month: march})
		requireSame(t, want, got, nil, physicalLines(lines))
		require.Equal(t, int64(2), got.Invalid[0].Line)
	}
}

// TestEmptyFileHoldsNoRows (audit A12-2): a zero-byte file among the inputs
// (an empty shard of a sharded export) adds nothing; the other files are
// counted as ReadCSV counts them.
func TestEmptyFileHoldsNoRows(t *testing.T) {
	lines := generate(genOptions{rows: 300, seed: 12, conflicts: true})
	want := whole(t, lines, eligibility.Rules{})
	dir := t.TempDir()
	origin := splitFiles(t, dir, lines, 3, 13)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "orders-99.csv"), nil, 0o644))
	got := runPipeline(t, filepath.Join(dir, "orders-*.csv"), Options{Month: march})
	requireSame(t, want, got, origin, physicalLines(lines))

	// a header-only file, too
	require.NoError(t, os.WriteFile(filepath.Join(dir, "orders-98.csv"), []byte(eligibility.CSVHeader+"\n"), 0o644))
	got = runPipeline(t, filepath.Join(dir, "orders-*.csv"), Options{Month: march})
	requireSame(t, want, got, origin, physicalLines(lines))
}

// Without a levy setup the report (monthreport.New over no terms) has
// the tallies, no bill and one note saying so, not one note a platform;
// the note, a library's, names no command-line flag.
func TestNewReportWithoutSetup(t *testing.T) {
	b := eligibility.Batch{Month: march}
	const rest = ",true,true,2026-03-02T10:00:00+08:00,2026-03-02T10:05:00+08:00,310101,2026-03-02T10:30:00+08:00,delivered\n"
	in := eligibility.CSVHeader + "\n" + "o1,w1,platform-a,ride_hailing" + rest + "o2,w1,platform-b,instant_delivery" + rest
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), &b))
	p := Partial{b: b}
	rep, err := NewReport(&p, nil)
	require.NoError(t, err)
	require.Len(t, rep.Tallies, 2)
	require.Empty(t, rep.Bills)
	require.Equal(t, []string{"no levy setup: the tallies are shown but no bill"}, rep.Notes)
	require.NotNil(t, rep.Invalid)
	require.NotNil(t, rep.Conflicts)
}

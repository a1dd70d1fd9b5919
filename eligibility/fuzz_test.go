package eligibility_test

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// The fuzz targets of the package's readers and merges, each seeded with
// the hostile shapes of issue 18: invisible code points in IDs, IDs that
// differ only by them (colliding pairs), counts at and past 2⁶³−1, CR-only
// line ends, long lines, stray quotes. A minute each:
//
//	go test ./eligibility -run '^$' -fuzz '^FuzzCSVReader$' -fuzztime 60s -fuzzminimizetime 5s
//
// (and FuzzParseRecord, FuzzTallyUnmarshalBinary, FuzzTallyUnmarshalJSON,
// FuzzTallyMerge, FuzzCountsMerge, FuzzBatchMerge). The seeds are short, so
// that a minute spends its time fuzzing, not minimising a long seed.

// invisibles are code points the ID rule refuses that a clerk cannot see.
var invisibles = []string{"\u200b", "\u3164", "\u115f", "\u1160", "\uffa0", "\u2800", "\ufe0f", "\U000e0100", "\u034f", "\u00a0", "\ufeff", "\u2060", "\U000e0041"}

// identityRun finds an identity number left unmasked in an error's text.
// (A count of 19 digits, such as 2⁶³−1 in an overflow error, is not one.)
var identityRun = regexp.MustCompile(`(^|[^0-9])[0-9]{17}[0-9Xx]([^0-9]|$)`)

// hostileCSV is the seed corpus of the CSV readers.
func hostileCSV() []string {
	h := eligibility.CSVHeader + "\n"
	good := row("o1")
	long := strings.Repeat("x", 3000)
	out := []string{
		h + good + good,
		h + "\"o1,w1\n" + good,
		h + "o\"1,w1\n" + good,
		h + "\"o\n1\",\"w\"\"1\",p,x\r\n" + good,
		h + "o1,w1,p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,,\n",
		strings.ReplaceAll(h+good+row("o2")+row("o3"), "\n", "\r"),            // CR-only
		strings.ReplaceAll(h+good+row("o2"), "\n", "\r\n") + row("o3") + "\r", // mixed line ends
		h + "\r\r\n\n" + good + "\r",
		h + row(long) + good,          // a long line
		h + row(`"`+long) + good,      // a long unclosed quote
		h + row("110105194912310027"), // an ID shaped like an identity number
		h + strings.Replace(good, "2026-03-01T10:30:00+08:00", `"2026-03-01T10:30:00,5+08:00"`, 1),
		"\ufeff" + h + good,
	}
	for _, inv := range invisibles[:4] {
		out = append(out, h+good+row("o1"+inv)) // one execution, twice
		out = append(out, h+strings.Replace(good, ",p,", ",p"+inv+",", 1))
	}
	return out
}

// physicalLines returns the numbers of the non-blank lines of data after
// the first non-blank one (the header): a line ends at LF, CR LF or CR.
func physicalLines(data string) []int64 {
	var out []int64
	line, header := int64(0), false
	for len(data) > 0 {
		i := strings.IndexAny(data, "\r\n")
		text, next := data, len(data)
		if i >= 0 {
			text, next = data[:i], i+1
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				next = i + 2
			}
		}
		line++
		if text != "" {
			if header {
				out = append(out, line)
			}
			header = true
		}
		data = data[next:]
	}
	return out
}

// FuzzCSVReader: whatever the bytes, the reader returns typed errors with
// bounded, masked text, every non-blank physical line after the header is
// read as a record of its own or reported exactly once, at its own line
// number (never absorbed into another), and the batch balances.
func FuzzCSVReader(f *testing.F) {
	for _, s := range hostileCSV() {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := eligibility.NewCSVReader(bytes.NewReader(data))
		b := &eligibility.Batch{MaxInvalid: 3}
		var e eligibility.Execution
		var lines []int64
		for {
			line, err := r.Read(&e)
			if err == io.EOF {
				break
			}
			if err != nil {
				var le *eligibility.LineError
				if !errors.As(err, &le) {
					t.Fatalf("error of type %T: %v", err, err)
				}
				if errors.Is(err, eligibility.ErrCSVHeader) {
					return
				}
				if msg := err.Error(); len(msg) > 600 || identityRun.MatchString(msg) {
					t.Fatalf("error text of %d bytes, or an identity number: %q", len(msg), msg)
				}
				lines = append(lines, line)
				if err := b.AddInvalid(line, err); err != nil {
					t.Fatal(err)
				}
				continue
			}
			lines = append(lines, line)
			_, err = b.Add(line, &e)
			if err != nil && len(err.Error()) > 600 {
				t.Fatalf("error text of %d bytes", len(err.Error()))
			}
		}
		if want := physicalLines(string(data)); fmt.Sprint(lines) != fmt.Sprint(want) {
			t.Fatalf("lines read %v, physical lines %v", lines, want)
		}
		if !b.Balanced() || b.Counts().Input != int64(len(lines)) || len(b.Invalid()) > 3 {
			t.Fatalf("batch does not balance: %+v, %d listed", b.Counts(), len(b.Invalid()))
		}
		if b.Tally().Total() != b.Counts().Counted {
			t.Fatalf("tally %d, counted %d", b.Tally().Total(), b.Counts().Counted)
		}
	})
}

// FuzzParseRecord: a record is read as encoding/csv reads it (its IDs,
// platform and division byte for byte), or refused with a typed, bounded,
// masked error; what it reads, Decide and Validate judge without panic,
// and an ID Validate accepts passes CheckID.
func FuzzParseRecord(f *testing.F) {
	f.Add(row("o1"))
	f.Add(row(`"o""1"`))
	f.Add(row(`o"1`))
	f.Add(strings.TrimSuffix(row("o1"), "\n") + "\r")
	f.Add(strings.TrimSuffix(row("o1"), "\n") + "\r" + row("o2"))
	f.Add(row(`"o` + "\r" + `1"`))
	f.Add(row(strings.Repeat("o", 2000)))
	f.Add(row("110105194912310027"))
	f.Add(strings.Replace(row("o1"), "2026-03-01T10:30:00+08:00", `"2026-03-01T10:30:00,5+08:00"`, 1))
	for _, inv := range invisibles {
		f.Add(row("o1" + inv))
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := eligibility.ParseRecord(s)
		if err != nil {
			var fe *eligibility.FieldError
			if !errors.As(err, &fe) && !errors.Is(err, eligibility.ErrCSVSyntax) {
				t.Fatalf("untyped error %v", err)
			}
			if msg := err.Error(); len(msg) > 400 || identityRun.MatchString(msg) {
				t.Fatalf("error text of %d bytes, or an identity number: %q", len(msg), msg)
			}
			return
		}
		cr := csv.NewReader(strings.NewReader(s))
		cr.FieldsPerRecord = 11
		rec, cerr := cr.Read()
		if cerr != nil {
			t.Fatalf("ParseRecord read %q, encoding/csv refuses it: %v", s, cerr)
		}
		if rec[0] != e.OrderID || rec[1] != e.WorkerID || rec[2] != e.Platform || rec[8] != e.StartDivision {
			t.Fatalf("%q: read %q %q %q %q, encoding/csv %q", s, e.OrderID, e.WorkerID, e.Platform, e.StartDivision, rec)
		}
		_, _ = eligibility.Decide(&e)
		if e.Validate() == nil {
			for _, id := range []string{e.OrderID, e.WorkerID, e.Platform} {
				if err := eligibility.CheckID("id", id); err != nil {
					t.Fatalf("valid record with an unclear ID: %v", err)
				}
			}
		}
	})
}

// tallySeeds are tallies the library writes, and hostile ones.
func tallySeeds(f *testing.F) (bins [][]byte, jsons []string) {
	d, _ := calendar.ParseDate("2026-03-01")
	var one eligibility.Tally
	_ = one.AddN("p", eligibility.RideHailing, d, 3)
	_ = one.AddN("q", eligibility.InstantDelivery, d, 1)
	_ = one.AddN("平台甲", eligibility.IntraCityFreight, tallyLastDay, math.MaxInt64-4)
	good, _ := one.MarshalBinary()
	js, _ := json.Marshal(one)
	bins = append(bins, good)
	jsons = append(jsons, string(js))
	// two cells of 2⁶³−1: each valid, their sum not
	huge := []byte("ZT\x01\x01\x01p\x02")
	for i := range 2 {
		huge = append(huge, 0, 1)
		huge = binary.AppendUvarint(huge, uint64(2267+i))
		huge = binary.AppendUvarint(huge, math.MaxInt64)
	}
	bins = append(bins, huge,
		[]byte("ZT\x01\x01\x02p\u200b\x01\x00\x01\x00\x01"), // an invisible platform
		[]byte("ZT\x01\x01\x01p\x01\x00\x01\x80\x00\x01"),   // an overlong day
		[]byte("ZT\x01\x01\x01p\x01\x00\x01\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"))
	row := func(p, day string, n string) string {
		return fmt.Sprintf(`{"platform":%q,"industry":"ride_hailing","day":%q,"orders":%s}`, p, day, n)
	}
	jsons = append(jsons,
		`{"rows":[`+row("p", "2026-03-01", "9223372036854775807")+`,`+row("p", "2026-03-02", "9223372036854775807")+`]}`,
		`{"rows":[`+row("p", "2026-03-01", "9223372036854775808")+`]}`,
		`{"rows":[`+row("p", "2026-03-01", "0")+`]}`,
		`{"rows":[`+row("p", "2026-03-01", "-1")+`]}`,
		`{"rows":[`+row("p\u3164", "2026-03-01", "1")+`]}`,
		`{"rows":[`+row("p", "2026-03-01", "1")+`,`+row("p", "2026-03-01", "2")+`]}`,
		`{"rows":[`+row("p", "2026-03-01", "1e3")+`]}`,
		`{"rows":[`+row("p", "2019-12-31", "1")+`]}`,
		`{"rows":`+strings.Repeat("[", 200)+strings.Repeat("]", 200)+`}`,
	)
	return bins, jsons
}

var tallyLastDay = func() calendar.Date { _, last := eligibility.TallyDays(); return last }()

// checkTally is what every Tally holds: positive counts on days it holds,
// clear platforms, a total that is their sum and fits.
func checkTally(t *testing.T, tl *eligibility.Tally) {
	t.Helper()
	var sum big.Int
	for _, r := range tl.Rows() {
		if r.Orders <= 0 || eligibility.CheckID("platform", r.Platform) != nil {
			t.Fatalf("row %+v", r)
		}
		sum.Add(&sum, big.NewInt(r.Orders))
	}
	if !sum.IsInt64() || sum.Int64() != tl.Total() {
		t.Fatalf("rows sum to %s, total %d", sum.String(), tl.Total())
	}
}

// FuzzTallyUnmarshalBinary: the binary reader reads exactly what the
// writer writes: an input it accepts is written back byte for byte, and
// holds (checkTally); anything else wraps ErrTallyBinary.
func FuzzTallyUnmarshalBinary(f *testing.F) {
	bins, _ := tallySeeds(f)
	for _, b := range bins {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var tl eligibility.Tally
		if err := tl.UnmarshalBinary(b); err != nil {
			if !errors.Is(err, eligibility.ErrTallyBinary) || len(err.Error()) > 600 {
				t.Fatalf("error %v does not wrap ErrTallyBinary, or is long", err)
			}
			return
		}
		checkTally(t, &tl)
		again, err := tl.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("%x read, written back as %x (%v)", b, again, err)
		}
	})
}

// FuzzTallyUnmarshalJSON: a JSON tally the reader accepts holds
// (checkTally), is written back, and that is read again as the same tally
// and written the same (the writer's form is canonical); anything else
// wraps ErrTallySyntax with bounded, masked text.
func FuzzTallyUnmarshalJSON(f *testing.F) {
	_, jsons := tallySeeds(f)
	for _, s := range jsons {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tl eligibility.Tally
		if err := tl.UnmarshalJSON(data); err != nil {
			if msg := err.Error(); !errors.Is(err, eligibility.ErrTallySyntax) || len(msg) > 600 || identityRun.MatchString(msg) {
				t.Fatalf("error %q does not wrap ErrTallySyntax, is long or echoes an identity number", msg)
			}
			return
		}
		checkTally(t, &tl)
		out, err := json.Marshal(tl)
		if err != nil {
			t.Fatalf("read, but not written: %v", err)
		}
		var back eligibility.Tally
		if err := back.UnmarshalJSON(out); err != nil || !back.Equal(&tl) {
			t.Fatalf("written %s, read back %v", out, err)
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(again, out) {
			t.Fatalf("written %s, then %s", out, again)
		}
	})
}

// tallyOps builds a tally from a program: per op a platform, an industry,
// a day and a count (small, near 2⁶³−1, or any), applied with AddN; it
// returns the tally and the counts a model says it holds (AddN's refusals
// included: a refused op changes nothing).
func tallyOps(t *testing.T, prog []byte) (*eligibility.Tally, map[string]*big.Int) {
	platforms := []string{"p", "q", "平台", "p\u3164", "p\u200b", "p "}
	first, _ := eligibility.TallyDays()
	tl := &eligibility.Tally{}
	model := map[string]*big.Int{}
	total := new(big.Int)
	for len(prog) >= 4 {
		op := prog[:4]
		prog = prog[4:]
		p := platforms[int(op[0])%len(platforms)]
		ind := eligibility.Industry(op[1]%4 + 0)
		day, _ := first.AddDays(int(op[2]) * 28) // every day within TallyDays
		var n int64
		switch op[3] % 4 {
		case 0:
			n = int64(op[3] / 4)
		case 1:
			n = math.MaxInt64 - int64(op[3]/4)
		case 2:
			n = 1 << (op[3] / 4 % 63)
		default:
			n = -int64(op[3] / 4)
		}
		err := tl.AddN(p, ind, day, n)
		sum := new(big.Int).Add(total, big.NewInt(n))
		switch {
		case eligibility.CheckID("platform", p) != nil || !slices.Contains(eligibility.Industries[:], ind) || n < 0:
			if err == nil {
				t.Fatalf("AddN(%q, %d, %s, %d) accepted", p, ind, day, n)
			}
		case !sum.IsInt64():
			if !errors.Is(err, eligibility.ErrCountOverflow) {
				t.Fatalf("AddN past 2⁶³−1: %v", err)
			}
		case err != nil:
			t.Fatalf("AddN(%q, %d, %s, %d): %v", p, ind, day, n, err)
		case n > 0:
			total = sum
			k := fmt.Sprint(p, ind, day)
			if model[k] == nil {
				model[k] = new(big.Int)
			}
			model[k].Add(model[k], big.NewInt(n))
		}
	}
	return tl, model
}

func sameAsModel(t *testing.T, tl *eligibility.Tally, model map[string]*big.Int) {
	t.Helper()
	rows := tl.Rows()
	if len(rows) != len(model) {
		t.Fatalf("%d rows, model %d", len(rows), len(model))
	}
	for _, r := range rows {
		if m := model[fmt.Sprint(r.Platform, r.Industry, r.Day)]; m == nil || !m.IsInt64() || m.Int64() != r.Orders {
			t.Fatalf("row %+v, model %v", r, m)
		}
	}
	checkTally(t, tl)
}

// FuzzTallyMerge: two tallies built by hostile programs (invisible
// platforms, counts near 2⁶³−1, negative counts) merge into their exact
// sum or are refused with ErrCountOverflow, the first unchanged; what
// merged is written and read back.
func FuzzTallyMerge(f *testing.F) {
	f.Add([]byte{0, 1, 1, 4}, []byte{0, 1, 1, 8})
	f.Add([]byte{0, 1, 1, 1}, []byte{0, 1, 2, 5})                          // 2⁶³−1 + 2⁶³−2
	f.Add([]byte{0, 1, 1, 1, 0, 2, 1, 1, 0, 3, 1, 10}, []byte{1, 1, 1, 4}) // a platform at the top
	f.Add([]byte{3, 1, 1, 4, 4, 1, 1, 4}, []byte{5, 0, 0, 7})              // invisible, no industry, negative
	f.Fuzz(func(t *testing.T, pa, pb []byte) {
		a, ma := tallyOps(t, pa)
		b, mb := tallyOps(t, pb)
		before := a.Rows()
		sum := new(big.Int).Add(big.NewInt(a.Total()), big.NewInt(b.Total()))
		err := a.Merge(b)
		if !sum.IsInt64() {
			if !errors.Is(err, eligibility.ErrCountOverflow) || fmt.Sprint(a.Rows()) != fmt.Sprint(before) {
				t.Fatalf("want overflow and a unchanged: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for k, n := range mb {
			if ma[k] == nil {
				ma[k] = new(big.Int)
			}
			ma[k].Add(ma[k], n)
		}
		sameAsModel(t, a, ma)
		bin, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back eligibility.Tally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(a) {
			t.Fatalf("binary round trip: %v", err)
		}
	})
}

// FuzzCountsMerge: counts merge into their exact sums, or are refused
// (a sum past 2⁶³−1: ErrCountOverflow; a negative count: ErrNegativeCount)
// with c unchanged; Balanced is never fooled by a sum that wraps.
func FuzzCountsMerge(f *testing.F) {
	f.Add(int64(3), int64(3), int64(0), int64(1), int64(1), int64(0))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(1), int64(1), int64(0), int64(0))
	f.Add(int64(0), int64(math.MaxInt64), int64(0), int64(math.MaxInt64), int64(2), int64(-1))
	f.Fuzz(func(t *testing.T, in, counted, in2, counted2, dup, inv int64) {
		c := eligibility.Counts{Input: in, Counted: counted, Duplicates: dup}
		o := eligibility.Counts{Input: in2, Counted: counted2, Invalid: inv, Conflicts: dup}
		before := c
		err := c.Merge(o)
		fits := func(a, b int64) bool {
			s := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
			return s.IsInt64()
		}
		neg := in < 0 || counted < 0 || in2 < 0 || counted2 < 0 || dup < 0 || inv < 0
		over := !fits(in, in2) || !fits(counted, counted2)
		switch {
		case neg:
			if !errors.Is(err, eligibility.ErrNegativeCount) && !errors.Is(err, eligibility.ErrCountOverflow) || c != before {
				t.Fatalf("negative count merged: %v, %+v", err, c)
			}
		case over:
			if !errors.Is(err, eligibility.ErrCountOverflow) || c != before {
				t.Fatalf("overflow merged: %v, %+v", err, c)
			}
		case err != nil:
			t.Fatal(err)
		case c.Input != in+in2 || c.Counted != counted+counted2 || c.Invalid != inv || c.Conflicts != dup || c.Duplicates != dup:
			t.Fatalf("%+v", c)
		}
		sum := new(big.Int).Add(big.NewInt(c.Counted), big.NewInt(c.Excluded))
		sum.Add(sum, big.NewInt(c.Duplicates))
		sum.Add(sum, big.NewInt(c.Invalid))
		want := sum.IsInt64() && sum.Int64() == c.Input && c.Input >= 0 && c.Counted >= 0 && c.Duplicates >= 0 && c.Invalid >= 0 && c.Conflicts >= 0
		if c.Balanced() != want {
			t.Fatalf("Balanced %v for %+v", c.Balanced(), c)
		}
	})
}

// FuzzBatchMerge: batches read from two hostile CSVs (shared pairs, IDs
// that differ by invisible code points, junk) merge into the sum of their
// counts and tallies, balanced, listing at most MaxInvalid invalid lines,
// and the merged batch crosses the wire (MarshalBinary) whole.
func FuzzBatchMerge(f *testing.F) {
	h := eligibility.CSVHeader + "\n"
	f.Add([]byte(h+row("o1")+row("o2")), []byte(h+row("o3")))
	f.Add([]byte(h+row("o1")+"junk\n"+"junk\r"), []byte(h+row("o1"+invisibles[1])+"x,\"y\n"))
	f.Add([]byte(strings.ReplaceAll(h+row("o1")+"a\nb\nc\n", "\n", "\r")), []byte(h+"a\nb\n"+row("o1")))
	f.Fuzz(func(t *testing.T, x, y []byte) {
		read := func(data []byte) *eligibility.Batch {
			b := &eligibility.Batch{MaxInvalid: 2}
			if err := eligibility.ReadCSV(bytes.NewReader(data), b); err != nil && !errors.Is(err, eligibility.ErrCSVHeader) {
				t.Fatal(err)
			}
			return b
		}
		a, b := read(x), read(y)
		want := a.Counts()
		if err := want.Merge(b.Counts()); err != nil {
			t.Fatal(err)
		}
		total := a.Tally().Total() + b.Tally().Total()
		if err := a.Merge(b); err != nil {
			t.Fatal(err)
		}
		if a.Counts() != want || a.Tally().Total() != total || a.Tally().Total() != a.Counts().Counted || !a.Balanced() || len(a.Invalid()) > 2 {
			t.Fatalf("merged %+v (tally %d, %d listed), want %+v", a.Counts(), a.Tally().Total(), len(a.Invalid()), want)
		}
		// The merged batch crosses the wire whole (Batch.MarshalBinary).
		data, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back eligibility.Batch
		if err := back.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		if back.Counts() != a.Counts() || !back.Tally().Equal(a.Tally()) || len(back.Invalid()) != len(a.Invalid()) ||
			len(back.Conflicting()) != len(a.Conflicting()) || len(back.InvalidUnlisted()) != len(a.InvalidUnlisted()) {
			t.Fatalf("through the wire: %+v, want %+v", back.Counts(), a.Counts())
		}
	})
}

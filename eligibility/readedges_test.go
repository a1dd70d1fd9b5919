package eligibility_test

// Issue 19, fourth pass: the CSV reader's buffer handling at every read
// edge. The reader's contract is that the rows, their line numbers and the
// errors depend on the input's bytes only, never on how the source cuts
// them into reads (io.Reader may return any amount, and reads of nothing).
// These tests state that contract as a property over read patterns drawn
// by rapid, and pin the patterns no random draw meets: reads stopping
// exactly at the buffer's size, at MaxCSVLine, one byte either side.

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/eligibility"
)

// chunked is a source that serves in in pieces of the given lengths (a
// piece longer than the room the reader offers is split by it), each
// preceded by stalls[i] reads of nothing with a nil error; past the last
// piece the rest is served whole. At the end it returns err (io.EOF when
// nil), with the last bytes when withLast is set.
type chunked struct {
	in       string
	pieces   []int
	stalls   []int
	err      error
	withLast bool
	stalled  int
}

func (c *chunked) Read(p []byte) (int, error) {
	end := c.err
	if end == nil {
		end = io.EOF
	}
	if c.in == "" {
		return 0, end
	}
	for len(c.pieces) > 0 && c.pieces[0] <= 0 { // an empty piece: none
		c.pieces = c.pieces[1:]
		if len(c.stalls) > 0 {
			c.stalls = c.stalls[1:]
		}
	}
	if len(c.stalls) > 0 && c.stalled < c.stalls[0] {
		c.stalled++
		return 0, nil
	}
	want := len(c.in)
	if len(c.pieces) > 0 {
		want = c.pieces[0]
	}
	n := copy(p, c.in[:min(want, len(c.in))])
	c.in = c.in[n:]
	if len(c.pieces) > 0 {
		if c.pieces[0] -= n; c.pieces[0] <= 0 {
			c.pieces = c.pieces[1:]
			if len(c.stalls) > 0 {
				c.stalls = c.stalls[1:]
			}
			c.stalled = 0
		}
	}
	if c.in == "" && c.withLast {
		return n, end
	}
	return n, nil
}

// cutsAt returns the pieces that make reads of in end exactly at the
// given offsets (increasing, inside in).
func cutsAt(offsets ...int) []int {
	var pieces []int
	at := 0
	for _, o := range offsets {
		pieces = append(pieces, o-at)
		at = o
	}
	return pieces
}

// trace reads src to its end and returns every Read's line, error and
// execution, as text; a fatal error (the source's, or a bad header) ends
// it, after checking that the next Read returns the same error at line 0.
func trace(t require.TestingT, src io.Reader) []string {
	r := eligibility.NewCSVReader(src)
	var out []string
	var e eligibility.Execution
	for range 1 << 20 {
		line, err := r.Read(&e)
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, short(fmt.Sprintf("%d error %v", line, err)))
			var le *eligibility.LineError
			require.True(t, errors.As(err, &le), "%v", err)
			if line != 0 { // Read of the header reports a bad one at line 0
				require.Equal(t, line, le.Line, "%v", err)
			}
			if errors.Is(err, eligibility.ErrCSVSyntax) || eligibility.IsRecordError(err) {
				continue
			}
			again, err2 := r.Read(&e)
			require.Equal(t, int64(0), again)
			require.Same(t, err, err2)
			return out
		}
		out = append(out, short(fmt.Sprintf("%d row %+v", line, e)))
	}
	require.Fail(t, "the reader never ended")
	return nil
}

var errSourceGone = errors.New("source gone")

// csvLine draws one physical record of the order CSV: a valid row, or one
// of the ways a record goes wrong (a bare or stray quote, an unclosed one,
// a character after a closing quote, a quoted line break, the wrong number
// of fields, a value its column does not take), or a blank line.
func csvLine(t *rapid.T, i int) string {
	// Some records are longer than the reader's first read (4 KiB), so
	// that reads stop inside them with more to come.
	id := fmt.Sprintf("o%d", i) + strings.Repeat("x", rapid.OneOf(rapid.Just(0), rapid.Just(0), rapid.IntRange(0, 9000)).Draw(t, "pad"))
	switch rapid.IntRange(0, 12).Draw(t, "kind") {
	case 0:
		return ""
	case 1:
		return strings.TrimSuffix(row(`"`+id+`,x"`), "\n") // a quoted comma
	case 2:
		return strings.TrimSuffix(row(`"`+id+`""q"`), "\n") // a doubled quote
	case 3:
		return strings.TrimSuffix(row(id+`"`), "\n") // a bare quote
	case 4:
		return strings.TrimSuffix(row(`"`+id), "\n") // unclosed, may close lines later
	case 5:
		return strings.TrimSuffix(row(`"`+id+`"x`), "\n") // after a closing quote
	case 6:
		return strings.TrimSuffix(row(`"`+id+"\n"+`b"`), "\n") // a quoted line break
	case 7:
		return id + ",w1,p"
	case 8:
		return strings.Replace(strings.TrimSuffix(row(id), "\n"), "ride_hailing", "boat", 1)
	case 9:
		return strings.Replace(strings.TrimSuffix(row(id), "\n"), ",delivered", `,"delivered"`, 1)
	case 10:
		return strings.TrimSuffix(row(id), "\n") + `,""`
	}
	return strings.TrimSuffix(row(id), "\n")
}

// drawCSV draws a file: the header (or, rarely, a bad one) and up to 16
// records, each ended by LF, CR LF or a lone CR, the last one maybe by
// nothing.
func drawCSV(t *rapid.T) string {
	var sb strings.Builder
	if rapid.IntRange(0, 20).Draw(t, "bad header") == 0 {
		sb.WriteString("order_id,worker_id")
	} else {
		sb.WriteString(eligibility.CSVHeader)
	}
	ends := []string{"\n", "\r\n", "\r"}
	n := rapid.IntRange(0, 16).Draw(t, "records")
	for i := range n {
		sb.WriteString(rapid.SampledFrom(ends).Draw(t, "end"))
		sb.WriteString(csvLine(t, i))
	}
	if rapid.Bool().Draw(t, "last line ended") {
		sb.WriteString(rapid.SampledFrom(ends).Draw(t, "last end"))
	}
	return sb.String()
}

// drawPattern draws the reads of a source: pieces of 1 to a few bytes
// (every edge a byte can have), or larger, each after up to 99 reads of
// nothing (the most a source may stall in a row: see
// TestReaderStallsUpToTheLimit).
func drawPattern(t *rapid.T, maxPiece int) (pieces, stalls []int) {
	n := rapid.IntRange(0, 40).Draw(t, "reads")
	for range n {
		size := rapid.OneOf(rapid.IntRange(1, 3), rapid.IntRange(1, 32), rapid.IntRange(1, 9000), rapid.IntRange(1, maxPiece)).Draw(t, "piece")
		stall := rapid.OneOf(rapid.Just(0), rapid.Just(99), rapid.IntRange(0, 99)).Draw(t, "stall")
		pieces, stalls = append(pieces, size), append(stalls, stall)
	}
	return pieces, stalls
}

// Any read pattern gives exactly the rows, line numbers and errors of one
// read of the whole input, for valid and invalid records alike, and for a
// source that fails at its end (its error with its last bytes or after
// them).
func TestAnyReadPatternReadsAsOneRead(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := drawCSV(t)
		var end error
		if rapid.IntRange(0, 3).Draw(t, "source fails") == 0 {
			end = errSourceGone
		}
		want := trace(t, &chunked{in: in, err: end})
		pieces, stalls := drawPattern(t, len(in)+1)
		got := trace(t, &chunked{in: in, pieces: pieces, stalls: stalls, err: end, withLast: rapid.Bool().Draw(t, "error with the last bytes")})
		require.Equal(t, want, got, "%q in %v", in, pieces)
		// Byte by byte: every edge at once.
		got = trace(t, &chunked{in: in, pieces: ones(len(in)), err: end})
		require.Equal(t, want, got, "%q byte by byte", in)
	})
}

func ones(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	return out
}

// The one-read traces the property compares with are themselves right: a
// file of every kind of record gives each its row or its error on its own
// line, whatever the line ends.
func TestOneReadTraceOfEveryKind(t *testing.T) {
	in := eligibility.CSVHeader + "\n" +
		row("o1") + // 2
		row(`"o2,x"`) + // 3
		"\r\n" + // 4: blank
		row(`o5"`) + // 5: bare quote
		strings.TrimSuffix(row(`"o6"x`), "\n") + "\r" + // 6: after quote, lone CR
		row(`"o7`+"\r\n"+`b"`) + // 7-8: a quoted line break (CR LF)
		"o9,w1,p\n" + // 9: field count
		strings.Replace(row("o10"), "ride_hailing", "boat", 1) + // 10
		row(`"o11`) // 11: unclosed to the end
	got := trace(t, strings.NewReader(in))
	require.Len(t, got, 9)
	for i, want := range []string{
		"2 row", "3 row", "5 error", "6 error", "7 error", "8 error", "9 error", "10 error", "11 error",
	} {
		assert.True(t, strings.HasPrefix(got[i], want), "%d: %s", i, got[i])
	}
	assert.Contains(t, got[1], "OrderID:o2,x")
	assert.Contains(t, got[2], eligibility.ErrBareQuote.Error())
	assert.Contains(t, got[3], eligibility.ErrAfterQuote.Error())
	assert.Contains(t, got[4], eligibility.ErrLineBreak.Error())
	assert.Contains(t, got[5], eligibility.ErrBareQuote.Error(), `line 8 read on its own: b" is a bare quote`)
	assert.Contains(t, got[6], eligibility.ErrFieldCount.Error())
	assert.Contains(t, got[7], "industry")
	assert.Contains(t, got[8], eligibility.ErrUnclosedQuote.Error())
}

// A source may stall: up to 99 reads of nothing in a row are waited out,
// wherever they fall (before the header, between CR and LF, inside quotes,
// at a line's end); the 100th is io.ErrNoProgress, read exactly as a source
// that failed with it there: every complete line before it read, the line
// it cut reported with it, and nothing after.
func TestReaderStallsUpToTheLimit(t *testing.T) {
	in := eligibility.CSVHeader + "\r\n" + row(`"o1"`) + strings.Replace(row("o2"), "\n", "\r\n", 1)
	want := trace(t, strings.NewReader(in))
	require.Len(t, want, 2)
	for cut := 0; cut < len(in); cut++ {
		got := trace(t, &chunked{in: in, pieces: []int{cut, len(in)}, stalls: []int{0, 99}})
		require.Equal(t, want, got, "99 stalls after byte %d", cut)

		got = trace(t, &chunked{in: in, pieces: []int{cut, len(in)}, stalls: []int{0, 100}})
		failed := trace(t, &chunked{in: in[:cut], err: io.ErrNoProgress})
		require.Equal(t, failed, got, "100 stalls after byte %d", cut)
		require.NotEmpty(t, got)
		assert.Contains(t, got[len(got)-1], io.ErrNoProgress.Error(), "100 stalls after byte %d", cut)
		assert.Less(t, len(got), len(want)+1)
	}
	// After the header and the first row exactly: the row is read, the
	// stall reported on line 3.
	cut := len(eligibility.CSVHeader) + 2 + len(row(`"o1"`))
	got := trace(t, &chunked{in: in, pieces: []int{cut, len(in)}, stalls: []int{0, 100}})
	require.Len(t, got, 2)
	assert.Equal(t, want[0], got[0])
	assert.True(t, strings.HasPrefix(got[1], "3 error "), got[1])
}

// short is s, or for a long s (a row of a megabyte) its start, its length
// and a digest of it: traces of long lines compare as exactly, and print.
func short(s string) string {
	if len(s) <= 400 {
		return s
	}
	return fmt.Sprintf("%s…(%d bytes, %x)", s[:200], len(s), sha256.Sum256([]byte(s)))
}

// ladder returns the pieces of a source whose reads leave exactly the
// given amounts unread for a record starting at offset start (the
// header's first read brings start+unread[0] bytes): with unread 40,960,
// 102,400, 225,280 and 512,000 the reader's buffer grows 64, 128, 256,
// 512 KiB and then to exactly MaxCSVLine, so a last amount of MaxCSVLine
// fills it exactly, before the record ends.
func ladder(start int, unread ...int) []int {
	pieces := []int{start + unread[0]}
	for i := 1; i < len(unread); i++ {
		pieces = append(pieces, unread[i]-unread[i-1])
	}
	return pieces
}

var growth = []int{40960, 102400, 225280, 512000}

// Lines and records around MaxCSVLine (one below, at, one above; unquoted,
// quoted on one line, quoted across lines, LF, CR LF, a lone CR, the end of
// the input) read the same whatever the reads: at once, in pieces whose
// edges fall everywhere, and in reads that stop exactly when MaxCSVLine
// bytes of the record (or one less, or one more) are in the buffer, the
// record not yet ended, the buffer exactly full. The one-read outcome is
// pinned too: a line of MaxCSVLine bytes (its line break apart) is a
// record, one byte more is ErrRecordTooLong on its line, and the next line
// is read on its own with its own number.
func TestLongLinesReadAsOneReadAtEveryEdge(t *testing.T) {
	const max = eligibility.MaxCSVLine
	head := eligibility.CSVHeader + "\n" + row("o1")
	tail := row("o3")
	unquoted := func(content int, end string) string {
		r := strings.TrimSuffix(row("o2"), "\n")
		return row("o2" + strings.Repeat("x", content-len(r)))[:content] + end
	}
	quoted := func(content int, end string) string {
		r := strings.TrimSuffix(row(`"o2"`), "\n")
		return strings.TrimSuffix(row(`"o2`+strings.Repeat("x", content-len(r))+`"`), "\n") + end
	}
	spanning := func(content int, end string) string { // a quoted line break: never a row
		r := strings.TrimSuffix(row(`"o2`+"\r\n"+`"`), "\n")
		return strings.TrimSuffix(row(`"o2`+"\r\n"+strings.Repeat("x", content-len(r))+`"`), "\n") + end
	}
	type outcome struct {
		rowOrErr error // nil: a row on line 3
		next     int64 // the line o3 is read on
	}
	cases := []struct {
		name string
		rec  string
		want outcome
	}{
		{"unquoted max-1 LF", unquoted(max-1, "\n"), outcome{nil, 4}},
		{"unquoted max LF", unquoted(max, "\n"), outcome{nil, 4}},
		{"unquoted max CRLF", unquoted(max, "\r\n"), outcome{nil, 4}},
		{"unquoted max CR", unquoted(max, "\r"), outcome{nil, 4}},
		{"unquoted max+1 LF", unquoted(max+1, "\n"), outcome{eligibility.ErrRecordTooLong, 4}},
		{"unquoted max+1 CRLF", unquoted(max+1, "\r\n"), outcome{eligibility.ErrRecordTooLong, 4}},
		{"quoted max-1 LF", quoted(max-1, "\n"), outcome{nil, 4}},
		{"quoted max LF", quoted(max, "\n"), outcome{nil, 4}},
		{"quoted max CRLF", quoted(max, "\r\n"), outcome{nil, 4}},
		{"quoted max+1 LF", quoted(max+1, "\n"), outcome{eligibility.ErrRecordTooLong, 4}},
		{"quoted max+1 CR", quoted(max+1, "\r"), outcome{eligibility.ErrRecordTooLong, 4}},
		// Across lines, its second line read on its own: x…x" is a bare quote.
		{"spanning max-1 CRLF", spanning(max-1, "\r\n"), outcome{eligibility.ErrLineBreak, 5}},
		{"spanning max CRLF", spanning(max, "\r\n"), outcome{eligibility.ErrLineBreak, 5}},
		{"spanning max+1 CRLF", spanning(max+1, "\r\n"), outcome{eligibility.ErrRecordTooLong, 5}},
		// The closing quote past MaxCSVLine, a character after it: the
		// record is judged by what follows, not refused for its length
		// while more of it may come.
		{"closing quote past the limit, then x", `"o2` + "\r\n" + strings.Repeat("x", max) + `"x,w1` + "\n", outcome{eligibility.ErrAfterQuote, 5}},
	}
	for _, c := range cases {
		in := head + c.rec + tail
		start := len(head)
		want := trace(t, strings.NewReader(in))
		// The pinned outcome of one read.
		require.GreaterOrEqual(t, len(want), 2, c.name)
		assert.True(t, strings.HasPrefix(want[0], "2 row"), "%s: %s", c.name, want[0])
		if c.want.rowOrErr == nil {
			assert.True(t, strings.HasPrefix(want[1], "3 row"), "%s: %s", c.name, want[1])
		} else {
			assert.True(t, strings.HasPrefix(want[1], "3 error"), "%s: %s", c.name, want[1])
			assert.Contains(t, want[1], c.want.rowOrErr.Error(), c.name)
		}
		assert.True(t, strings.HasPrefix(want[len(want)-1], fmt.Sprintf("%d row {OrderID:o3 ", c.want.next)), "%s: %s", c.name, want[len(want)-1])

		for _, p := range []struct {
			name   string
			pieces []int
		}{
			{"buffer exactly full at MaxCSVLine", ladder(start, append(growth, max)...)},
			{"MaxCSVLine-1 unread", ladder(start, append(growth, max-1)...)},
			{"MaxCSVLine+1 offered", ladder(start, append(growth, max+1)...)},
			{"reads of 4093 bytes", repeatPiece(4093, len(in))},
			{"reads of the first buffer's size", repeatPiece(64<<10, len(in))},
			{"cut at the record's start and at MaxCSVLine", cutsAt(start, start+max, start+max+1)},
		} {
			got := trace(t, &chunked{in: in, pieces: p.pieces})
			assert.Equal(t, want, got, "%s: %s", c.name, p.name)
		}
	}
}

// The last line, with no line break, at MaxCSVLine is a record and one
// byte more ErrRecordTooLong, whatever the reads (the input's end, not a
// line break, ends it).
func TestLastLineAtMaxCSVLine(t *testing.T) {
	head := eligibility.CSVHeader + "\n" + row("o1")
	r := strings.TrimSuffix(row("o2"), "\n")
	for _, n := range []int{eligibility.MaxCSVLine, eligibility.MaxCSVLine + 1} {
		last := row("o2" + strings.Repeat("x", n-len(r)))[:n]
		in := head + last
		want := trace(t, strings.NewReader(in))
		require.Len(t, want, 2, n)
		if n == eligibility.MaxCSVLine {
			assert.True(t, strings.HasPrefix(want[1], "3 row {OrderID:o2x"), want[1])
		} else {
			assert.True(t, strings.HasPrefix(want[1], "3 error"), want[1])
			assert.Contains(t, want[1], eligibility.ErrRecordTooLong.Error())
		}
		for name, pieces := range map[string][]int{
			"ladder to MaxCSVLine": ladder(len(head), append(growth, eligibility.MaxCSVLine)...),
			"4093 bytes":           repeatPiece(4093, len(in)),
			"cut at MaxCSVLine":    cutsAt(len(head), len(head)+eligibility.MaxCSVLine),
		} {
			assert.Equal(t, want, trace(t, &chunked{in: in, pieces: pieces}), "%d: %s", n, name)
		}
	}
}

func repeatPiece(size, total int) []int {
	var out []int
	for n := 0; n < total; n += size {
		out = append(out, size)
	}
	return out
}

// Records longer than the first read (so that a read can stop inside
// them with more to come): a read may stop anywhere, on a closing quote,
// between the two quotes of a doubled one, between CR and LF, on a comma,
// and the record reads as at once. (A record shorter than the first read
// of 4 KiB or more is never cut: these are past it.)
func TestCutAnywhereInALongRecord(t *testing.T) {
	pad := strings.Repeat("x", 4200)
	head := eligibility.CSVHeader + "\r\n" + row("o1")
	for name, rec := range map[string]string{
		"quoted, doubled quotes":    rowWith("order_id", `"o2`+pad+`""a""`+`"`, "worker_id", `"w""1"`),
		"quoted, CR LF":             strings.TrimSuffix(rowWith("order_id", `"o2`+pad+`"`, "end_kind", `"delivered"`), "\n") + "\r\n",
		"quoted, lone CR":           strings.TrimSuffix(rowWith("order_id", `"o2`+pad+`"`, "end_kind", `"delivered"`), "\n") + "\r",
		"spanning, doubled quotes":  rowWith("order_id", "\"o2\r\n"+pad+`""`+`"`),
		"spanning, after quote":     rowWith("order_id", "\"o2\n"+pad+`"x`),
		"spanning, never closed":    rowWith("order_id", "\"o2\n"+pad),
		"unquoted, CR LF":           strings.TrimSuffix(rowWith("order_id", "o2"+pad), "\n") + "\r\n",
		"unquoted, bare quote late": rowWith("order_id", "o2"+pad+`"`),
	} {
		in := head + rec + row("o3")
		want := trace(t, strings.NewReader(in))
		for cut := 4096; cut < len(in); cut++ {
			got := trace(t, &chunked{in: in, pieces: []int{cut}})
			require.Equal(t, want, got, "%s: cut at %d of %d", name, cut, len(in))
		}
	}
}

// A file far longer than the reader's buffer, its lines ended by a lone
// CR, CR LF or LF in turn (as files from old Mac tools, and mixed ones,
// end them), with rows of varied length: every row is read, on its own
// line number, whatever the reads (at once, in pieces of many sizes, byte
// by byte), as the buffer moves its unread bytes to the front and grows.
func TestLongFileOfLoneCRsAcrossBufferMoves(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(eligibility.CSVHeader + "\r")
	ends := []string{"\r", "\r\n", "\n", "\r", "\r"}
	const rows = 1500
	for i := range rows {
		r := strings.TrimSuffix(row(fmt.Sprintf("o%d%s", i, strings.Repeat("x", i*37%300))), "\n")
		sb.WriteString(r + ends[i%len(ends)])
	}
	in := sb.String()
	require.Greater(t, len(in), 4*64<<10)
	for name, pieces := range map[string][]int{
		"at once":      nil,
		"1000 bytes":   repeatPiece(1000, len(in)),
		"4093 bytes":   repeatPiece(4093, len(in)),
		"65535 bytes":  repeatPiece(65535, len(in)),
		"byte by byte": ones(len(in)),
	} {
		got := trace(t, &chunked{in: in, pieces: pieces})
		require.Len(t, got, rows, name)
		for i, g := range got {
			want := fmt.Sprintf("%d row {OrderID:o%d", i+2, i)
			require.True(t, strings.HasPrefix(g, want), "%s: row %d: %s", name, i, g)
		}
	}
}

package eligibility

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// CSVHeader is the header line of the order-execution CSV format.
const CSVHeader = "order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind"

const csvFields = 11

// maxCSVLine is the longest line CSVReader accepts (1 MiB), and the
// farthest it looks for the quote that closes a quoted field; a longer one
// is a *LineError wrapping csv_record_too_long, and reading resumes at the next
// line.
const maxCSVLine = 1 << 20

// The ways a CSV record cannot be read. Each wraps ErrCSVSyntax.
var (
	ErrCSVSyntax = errcode.New("csv_syntax", errcode.SkipRow,
		"cannot be read as a CSV record (RFC 4180)",
		"该行不能按 CSV 读取（如引号不成对）")
	errBareQuote = errcode.New("csv_bare_quote", errcode.SkipRow,
		`a bare " in an unquoted field (quote the field and double the ", as ""; or leave the " out)`,
		"未加引号的字段中出现了引号 \"（应给该字段加引号并把 \" 写成 \"\"，或删去 \"）")
	errAfterQuote = errcode.New("csv_after_quote", errcode.SkipRow,
		`a character after a quoted field's closing " (want , or the end of the line)`,
		"加引号的字段在右引号之后还有字符（应为逗号或行尾）")
	errUnclosedQuote = errcode.New("csv_unclosed_quote", errcode.SkipRow,
		`a quoted field opened on this line is never closed`,
		"本行开始的引号没有闭合")
	errRecordTooLong = errcode.New("csv_record_too_long", errcode.SkipRow,
		"the record runs past 1 MiB",
		"该记录超过 1 MiB")
	errLineBreak = errcode.New("csv_line_break", errcode.SkipRow,
		"a line break inside a quoted field: no column holds one (the lines after this one are read on their own)",
		"加引号的字段中有换行：没有哪一列可以含换行（其后各行单独读取）")
	errFieldCount = errcode.New("csv_field_count", errcode.SkipRow,
		"the wrong number of fields",
		"字段个数不对")
	errTwoRecords = errcode.New("csv_two_records", errcode.FixCall,
		"a line break outside quotes: more than one record (ParseRecord reads one)",
		"引号外有换行：多于一条记录（ParseRecord 只读一条）")
)

// CSVReader reads order executions in CSV (RFC 4180) with the header
// CSVHeader: times in RFC 3339 with an offset ("2026-03-01T23:59:59+08:00"
// or "…Z"); registered and in_scope "true" or "false"; industry
// ride_hailing, instant_delivery or intra_city_freight; end_kind delivered,
// transferred, cancelled, or empty when not ended (ended_at is then empty
// too). Blank lines are skipped. A line ends at LF, CR LF, or a CR alone
// (as files from old Mac tools end their lines): each is one line, in the
// line numbers too, so a file whose lines end in CR alone is read line by
// line, never as one long row. A field may be quoted, and a quoted field
// may hold commas and quotes (""); not line breaks, which no column holds
// (see below): a CR inside quotes is a line break there, as an LF is.
//
// A record that cannot be read costs that line only: a bare " inside an
// unquoted field (o"2) is an error for its line (csv_bare_quote), not the
// start of a quoted field. A quoted field is read as RFC 4180 says, up to
// 1 MiB (the longest line), so its quotes may span lines; but no column of CSVHeader can
// hold a line break, so a record that spans lines (stray quotes, far more
// often than data) is an error (csv_line_break), as is one never closed
// (csv_unclosed_quote) or past 1 MiB (csv_record_too_long), a character
// after a closing quote or the wrong number of fields: each is reported at
// the line where the record starts, and reading resumes at the next line.
// So every physical line is read as a record of its own or reported, never
// absorbed into another. Time is linear in the input whatever its quotes:
// no byte is scanned more than a few times.
//
// It reads from the io.Reader the host gives it and keeps no row after
// returning it: its memory is its buffer (at most about 2 MiB) whatever the
// input. The strings of an Execution it reads share one block of the input
// (up to the buffer's size) with the rows around it, to save an allocation a
// row: a host that keeps a few of them among many rows should clone them
// (strings.Clone); Batch and Tally copy what they keep. Times are kept as instants (in UTC); the offset a time was written
// with does not change anything the package decides.
type CSVReader struct {
	src    io.Reader
	buf    []byte
	r, w   int   // the unread input is buf[r:w]
	eof    bool  // src is exhausted, or failed (rerr)
	rerr   error // src's error other than io.EOF: reported after the complete lines before it
	line   int64 // the lines consumed before buf[r]
	header bool
	fatal  error
	fields [csvFields]string
	days   dayCache
	// chunk is a string copy of buf[chunkAt:chunkAt+len(chunk)]: the
	// unquoted records' fields are substrings of it, one allocation for many
	// rows. Moving or refilling buf drops it.
	chunk   string
	chunkAt int
	clean   int // buf[:clean] has had its lone CRs made LFs (loneCRs)
}

// dayCache remembers the month of the last date read: the times of a
// month's rows share it, and a day of it is then one addition.
type dayCache struct {
	ym     int   // year*100 + month, or 0 for none
	first  int64 // days from 1970-01-01 to the month's first day
	length int   // the days of the month
}

const (
	csvBufStart = 64 << 10
	csvBufMax   = maxCSVLine + 4<<10
)

// errNilReader is returned by Read of a nil *CSVReader, of the zero
// CSVReader (use NewCSVReader) or of one made with a nil io.Reader.
var errNilReader = errcode.New("nil_reader", errcode.FixCall,
	"eligibility: no input (a nil io.Reader, or a CSVReader not made by NewCSVReader)",
	"没有提供输入（io.Reader 为 nil，或 CSVReader 不是由 NewCSVReader 生成）")

// NewCSVReader returns a reader of r.
func NewCSVReader(r io.Reader) *CSVReader {
	return &CSVReader{src: r, buf: make([]byte, csvBufStart)}
}

// LineError is a CSV record that could not be read into an Execution: the
// line it starts on and why (a *errcode.FieldError, or an error wrapping
// ErrCSVSyntax). Reading goes on after it, except after a bad header or an
// error of the underlying reader.
type LineError struct {
	Line int64
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("eligibility: CSV line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// errCSVHeader is returned (wrapped in a *LineError for line 1) when the
// header is not CSVHeader. Reading cannot go on after it.
var errCSVHeader = errcode.New("csv_header", errcode.Stop,
	"header must be "+CSVHeader,
	"CSV 的表头不对：文件无法读取")

// more reads until at least want bytes are unread (or the input ends),
// moving the unread bytes to the front and growing the buffer as needed.
// Once the input has ended (r.eof) it reads nothing.
func (r *CSVReader) more(want int) {
	if r.eof {
		return
	}
	want = min(max(want, r.w-r.r+1), csvBufMax)
	r.chunk = ""
	if r.r > 0 && len(r.buf)-r.r < want {
		r.w = copy(r.buf, r.buf[r.r:r.w])
		r.clean = max(r.clean-r.r, 0)
		r.r = 0
	}
	if len(r.buf)-r.r < want {
		grown := make([]byte, min(max(2*len(r.buf), want), csvBufMax))
		r.w = copy(grown, r.buf[r.r:r.w])
		r.clean = max(r.clean-r.r, 0)
		r.r = 0
		r.buf = grown
	}
	for empty := 0; r.w-r.r < want && r.w < len(r.buf); {
		n, err := r.src.Read(r.buf[r.w:])
		r.w += n
		if n > 0 {
			empty = 0 // only reads of nothing in a row are a broken source
		} else if err == nil {
			if empty++; empty == 100 {
				err = io.ErrNoProgress
			}
		}
		if err != nil { // the n bytes read with it are kept (io.Reader's contract)
			r.eof = true
			if err != io.EOF {
				r.rerr = err
			}
			break
		}
	}
	r.loneCRs()
}

// loneCRs makes each lone CR read so far (a CR not followed by LF: the line
// end of old Mac files) an LF, so that it ends its line as LF and CR LF do.
// No column holds a CR, so no value changes: a CR inside a quoted field is a
// line break there (csv_line_break), as an LF is. A CR that is the last byte
// read is judged once the next byte (or the end of the input) is known;
// one cut short by the reader's error stays a CR (its line is incomplete).
func (r *CSVReader) loneCRs() {
	b := r.buf[:r.w]
	for i := r.clean; i < len(b); {
		k := bytes.IndexByte(b[i:], '\r')
		if k < 0 {
			break
		}
		i += k
		if i+1 == len(b) {
			if !r.eof || r.rerr != nil {
				r.clean = i // the next byte decides
				return
			}
			b[i] = '\n'
		} else if b[i+1] != '\n' {
			b[i] = '\n'
		}
		i++
	}
	r.clean = len(b)
}

// skipLine consumes the record's first line: up to and including its line
// break, discarding as it reads when the line is longer than the buffer.
func (r *CSVReader) skipLine() {
	for {
		if i := bytes.IndexByte(r.buf[r.r:r.w], '\n'); i >= 0 {
			r.r += i + 1
			r.line++
			return
		}
		r.r = r.w
		if r.more(csvBufStart); r.r == r.w {
			// The input ended: nothing is read after this line, so its
			// number is not needed. Or the source's error cut it short:
			// that error is reported at this line.
			return
		}
	}
}

// record reads the next non-blank record into r.fields and returns the
// line it starts on.
func (r *CSVReader) record() (int64, error) {
	for {
		data := r.buf[r.r:r.w]
		i := bytes.IndexByte(data, '\n')
		if i < 0 && !r.eof {
			if len(data) > maxCSVLine {
				start := r.line + 1
				r.skipLine()
				return start, csvZH(errRecordTooLong)
			}
			r.more(2*len(data) + 4<<10) // doubling, in the buffer it has first
			continue
		}
		if r.rerr != nil && i < 0 {
			// Every complete line before the reader's error is read; the
			// line it cut short is not taken for a whole one.
			r.fatal = &LineError{Line: r.line + 1, Err: r.rerr}
			return r.line + 1, r.fatal
		}
		if len(data) == 0 { // the end of the input
			return 0, io.EOF
		}
		line, next := data, len(data)
		if i >= 0 {
			line, next = data[:i], i+1
		}
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		start := r.line + 1
		if len(line) == 0 {
			r.r += next
			r.line++
			continue
		}
		if len(line) > maxCSVLine {
			r.skipLine()
			return start, csvZH(errRecordTooLong)
		}
		var commas [csvFields - 1]int
		n, quote := scanLine(line, &commas)
		if quote {
			return r.quoted(start)
		}
		s := r.text(len(line)) // fields are substrings of it
		r.r += next
		r.line++
		if n != csvFields-1 {
			return start, fieldCountError(n + 1)
		}
		f := &r.fields
		f[0] = s[:commas[0]]
		for k := 1; k < csvFields-1; k++ {
			f[k] = s[commas[k-1]+1 : commas[k]]
		}
		f[csvFields-1] = s[commas[csvFields-2]+1:]
		return start, nil
	}
}

// text returns buf[r.r:r.r+n] as a string, a substring of r.chunk: copied
// once with the unread input after it, not allocated per row.
func (r *CSVReader) text(n int) string {
	if r.chunk == "" || r.r < r.chunkAt || r.r+n > r.chunkAt+len(r.chunk) {
		r.chunk, r.chunkAt = string(r.buf[r.r:r.w]), r.r
	}
	return r.chunk[r.r-r.chunkAt : r.r-r.chunkAt+n]
}

// quoted reads a record with quotes at r.buf[r.r:], which may span lines.
func (r *CSVReader) quoted(start int64) (int64, error) {
	for {
		data := r.buf[r.r:r.w]
		end, err, more := recordEnd(data, r.eof && r.rerr == nil)
		if more {
			if len(data) > maxCSVLine {
				r.skipLine()
				return start, csvZH(errRecordTooLong)
			}
			if r.rerr != nil {
				r.fatal = &LineError{Line: start, Err: r.rerr}
				return start, r.fatal
			}
			r.more(2*len(data) + 4<<10) // doubling: each byte is rescanned O(1) times
			continue
		}
		if err == nil && end > maxCSVLine+2 {
			err = errRecordTooLong
		}
		if err != nil {
			r.skipLine()
			return start, csvZH(err)
		}
		if i := bytes.IndexByte(data[:end], '\n'); i >= 0 && i < end-1 {
			// RFC 4180 lets a quoted field span lines, but no column of
			// CSVHeader can hold a line break: a record that spans lines is
			// stray quotes far more often than data. Reported at its first
			// line, its other lines are read again on their own, so no row
			// is ever absorbed into another.
			r.skipLine()
			return start, csvZH(errLineBreak)
		}
		text := string(data[:end])
		n, err := splitLine(text, &r.fields)
		if err == nil && n != csvFields {
			err = fieldCountError(n)
		}
		if err != nil {
			r.skipLine()
			return start, err
		}
		r.r += end
		r.line += int64(strings.Count(text, "\n"))
		if !strings.HasSuffix(text, "\n") {
			r.line++ // the last line, without a line break
		}
		return start, nil
	}
}

// recordEnd finds the end of the RFC 4180 record at the start of data: the
// index just past its line break (or len(data) at the end of the input). It
// reports more when data ends inside the record before the input does.
func recordEnd(data []byte, eof bool) (end int, err error, more bool) {
	i := 0
	for { // at the start of a field
		if i < len(data) && data[i] == '"' {
			i++
			for {
				k := bytes.IndexByte(data[i:], '"')
				if k < 0 {
					if eof {
						return 0, errUnclosedQuote, false
					}
					return 0, nil, true
				}
				i += k + 1
				if i == len(data) {
					if eof {
						return i, nil, false
					}
					return 0, nil, true // "" or the closing quote: the next byte tells
				}
				if data[i] != '"' {
					break
				}
				i++ // a doubled quote
			}
			switch data[i] {
			case ',':
				i++
				continue
			case '\n':
				return i + 1, nil, false
			case '\r':
				switch {
				case i+1 < len(data) && data[i+1] == '\n':
					return i + 2, nil, false
				case i+1 == len(data) && !eof:
					return 0, nil, true
				}
			}
			return 0, errAfterQuote, false
		}
		j := i
		for j < len(data) && data[j] != ',' && data[j] != '\n' && data[j] != '"' {
			j++
		}
		if j == len(data) {
			if eof {
				return j, nil, false
			}
			return 0, nil, true
		}
		switch data[j] {
		case '"':
			return 0, errBareQuote, false
		case '\n':
			return j + 1, nil, false
		}
		i = j + 1
	}
}

// scanLine finds the commas of a line, eight bytes at a time, and reports
// how many there are (the first len(commas) positions kept) or that the line
// has a quote (and must be read as RFC 4180 says). The quote is looked for
// first, with bytes.IndexByte (vector instructions), so that the eight-byte
// loop does one test, not two.
func scanLine(line []byte, commas *[csvFields - 1]int) (n int, quote bool) {
	if bytes.IndexByte(line, '"') >= 0 {
		return 0, true
	}
	const comma = 0x2c2c2c2c2c2c2c2c
	i := 0
	for ; len(line)-i >= 8; i += 8 {
		for m := zeroBytes(binary.LittleEndian.Uint64(line[i:i+8]) ^ comma); m != 0; m &= m - 1 {
			if n < len(commas) {
				commas[n] = i + bits.TrailingZeros64(m)>>3
			}
			n++
		}
	}
	for ; i < len(line); i++ {
		if line[i] == ',' {
			if n < len(commas) {
				commas[n] = i
			}
			n++
		}
	}
	return n, false
}

// zeroBytes has the high bit of each byte of x that is zero set, and no
// other bit: exactly, with no carry from one byte into the next.
func zeroBytes(x uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((x&low7 + low7) | x | low7)
}

// Read reads the next execution into e and returns the line its record
// starts on. At the end of the input it returns io.EOF. A record it cannot
// read gives a *LineError (see CSVReader), and the next call reads on. A
// bad header, or an error of the underlying reader, gives a *LineError
// after which every call returns the same.
func (r *CSVReader) Read(e *Execution) (int64, error) {
	switch {
	case r == nil || r.src == nil:
		return 0, errNilReader
	case e == nil:
		return 0, errNilExecution
	case r.fatal != nil:
		return 0, r.fatal
	}
	if !r.header {
		_, err := r.record()
		if err == io.EOF {
			r.fatal = &LineError{Line: 1, Err: errzh.With(fmt.Errorf("%w: the input is empty", errCSVHeader), "输入是空的")}
			return 0, r.fatal
		}
		if err != nil && r.fatal != nil { // the reader's own error, not a bad header
			return 0, r.fatal
		}
		if err != nil || strings.TrimPrefix(strings.Join(r.fields[:], ","), "\ufeff") != CSVHeader {
			r.fatal = &LineError{Line: 1, Err: errCSVHeader}
			return 0, r.fatal
		}
		r.header = true
	}
	line, err := r.record()
	if err == io.EOF {
		return 0, io.EOF
	}
	if err != nil {
		var le *LineError
		if errors.As(err, &le) {
			return line, err
		}
		return line, &LineError{Line: line, Err: err}
	}
	if err := parseFields(r.fields[:], e, &r.days); err != nil {
		return line, &LineError{Line: line, Err: err}
	}
	return line, nil
}

func parseInstant(s string, cache *dayCache) (time.Time, bool) {
	if len(s) < 20 {
		return time.Time{}, false
	}
	// "YYYY-MM-DDTHH:MM:SS" checked eight bytes at a time: w0 is
	// "YYYY-MM-", w1 "DDT" (its other bytes masked off), w2 "HH:MM:SS".
	// A digit byte has high nibble 3 and low nibble 9 or less (adding 6
	// does not reach 0x10); a separator byte is itself.
	w0, w1, w2 := le64(s[0:8]), le64(s[8:16]), le64(s[11:19])
	const (
		nib = 0x0f0f0f0f0f0f0f0f
		six = 0x0606060606060606
		f0  = 0xfff0f0fff0f0f0f0 // the bits judged of w0
		e0  = 0x2d30302d30303030 // their values: - M M - Y Y Y Y (high byte first)
		d0  = 0x0010100010101010 // the digit bytes of w0
		f1  = 0x0000000000fff0f0
		e1  = 0x0000000000543030 // T D D
		d1  = 0x0000000000001010
		f2  = 0xf0f0fff0f0fff0f0
		e2  = 0x30303a30303a3030 // S S : M M : H H
		d2  = 0x1010001010001010
	)
	if w0&f0 != e0 || w1&f1 != e1 || w2&f2 != e2 ||
		(w0&nib+six)&d0|(w1&nib+six)&d1|(w2&nib+six)&d2 != 0 {
		return time.Time{}, false
	}
	n0, n1, n2 := w0&nib, w1&nib, w2&nib
	digits := func(n uint64, i uint) int { return int(n>>(8*i)&0xff)*10 + int(n>>(8*i+8)&0xff) }
	hour, minute, sec := digits(n2, 0), digits(n2, 3), digits(n2, 6)
	if hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	year, month, day := digits(n0, 0)*100+digits(n0, 2), digits(n0, 5), digits(n1, 0)
	if day < 1 {
		return time.Time{}, false
	}
	var days int64
	if ym := year*100 + month; cache != nil && cache.ym == ym && cache.ym != 0 {
		if day > cache.length {
			return time.Time{}, false
		}
		days = cache.first + int64(day-1)
	} else {
		date, err := calendar.DateOf(year, time.Month(month), day)
		if err != nil {
			return time.Time{}, false
		}
		epoch, _ := calendar.DateOf(1970, time.January, 1)
		days = int64(date.DaysSince(epoch))
		if cache != nil {
			m := calendar.MonthOfDate(date)
			cache.ym, cache.first, cache.length = ym, days-int64(day-1), m.Last().Day()
		}
	}
	i, nsec := 19, 0
	if s[i] == '.' {
		j := i + 1
		scale := 100000000
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if j-i > 9 {
				return time.Time{}, false
			}
			nsec += int(s[j]-'0') * scale
			scale /= 10
			j++
		}
		if j == i+1 {
			return time.Time{}, false
		}
		i = j
	}
	offset := 0
	switch rest := s[i:]; {
	case rest == "Z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := num2(rest[1], rest[2])
		om, ok2 := num2(rest[4], rest[5])
		if !ok1 || !ok2 || oh > 23 || om > 59 {
			return time.Time{}, false
		}
		offset = oh*3600 + om*60
		if rest[0] == '-' {
			offset = -offset
		}
	default:
		return time.Time{}, false
	}
	unix := days*86400 + int64(hour*3600+minute*60+sec-offset)
	return time.Unix(unix, int64(nsec)).UTC(), true
}

// le64 is the eight bytes of s (len(s) ≥ 8) as a little-endian number: one
// load.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// num2 reads two decimal digits.
func num2(a, b byte) (int, bool) {
	a, b = a-'0', b-'0'
	return int(a)*10 + int(b), a <= 9 && b <= 9
}

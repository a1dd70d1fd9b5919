package eligibility

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
)

// CSVHeader is the header line of the order-execution CSV format.
const CSVHeader = "order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind"

const csvFields = 11

// MaxCSVLine is the longest line CSVReader accepts (1 MiB); a longer one is
// a *LineError.
const MaxCSVLine = 1 << 20

// CSVReader reads order executions in CSV (RFC 4180) with the header
// CSVHeader: times in RFC 3339 with an offset ("2026-03-01T23:59:59+08:00"
// or "…Z"); registered and in_scope "true" or "false"; industry
// ride_hailing, instant_delivery or intra_city_freight; end_kind delivered,
// transferred, cancelled, or empty when not ended (ended_at is then empty
// too). Blank lines are skipped; a field may be quoted, and a quoted field
// may hold commas, quotes ("") and line breaks.
//
// It reads from the io.Reader the host gives it and keeps no row after
// returning it: its memory does not grow with the input. Times are kept as
// instants (in UTC); the offset a time was written with does not change
// anything the package decides.
type CSVReader struct {
	sc     *bufio.Scanner
	line   int64 // the last physical line read
	header bool
	fatal  error
	fields [csvFields]string
	days   dayCache
}

// dayCache remembers the last YYYY-MM-DD read and its day number: the times
// of a row, and of consecutive rows, mostly share their date.
type dayCache struct {
	date string // "YYYY-MM-DD", or "" for none
	days int64  // days from 1970-01-01 to date
}

// NewCSVReader returns a reader of r.
func NewCSVReader(r io.Reader) *CSVReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxCSVLine)
	return &CSVReader{sc: sc}
}

// LineError is a CSV line that could not be read into an Execution: the
// line number and why. Reading can go on after it, except after a bad header.
type LineError struct {
	Line int64
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("eligibility: CSV line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// ErrCSVHeader is returned (wrapped in a *LineError for line 1) when the
// header is not CSVHeader. Reading cannot go on after it.
var ErrCSVHeader = errors.New("header must be " + CSVHeader)

// record reads the next non-blank record into r.fields (or returns a quoted
// record's fields) and the line it starts on.
func (r *CSVReader) record() ([]string, int64, error) {
	for r.sc.Scan() {
		r.line++
		b := r.sc.Bytes()
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
		if len(b) == 0 {
			continue
		}
		start := r.line
		if bytes.IndexByte(b, '"') < 0 {
			s := string(b) // the record's one allocation: fields are substrings of it
			if !split(s, &r.fields) {
				return nil, start, fmt.Errorf("%d fields, want %d", strings.Count(s, ",")+1, csvFields)
			}
			return r.fields[:], start, nil
		}
		// A quoted record: join lines until its quotes balance, then let
		// encoding/csv read it.
		text := string(b)
		for strings.Count(text, `"`)%2 == 1 && r.sc.Scan() {
			r.line++
			text += "\n" + strings.TrimSuffix(r.sc.Text(), "\r")
		}
		cr := csv.NewReader(strings.NewReader(text))
		cr.FieldsPerRecord = -1
		rec, err := cr.Read()
		if err != nil {
			return nil, start, err
		}
		if len(rec) != csvFields {
			return nil, start, fmt.Errorf("%d fields, want %d", len(rec), csvFields)
		}
		return rec, start, nil
	}
	if err := r.sc.Err(); err != nil {
		r.fatal = &LineError{Line: r.line + 1, Err: err}
		return nil, r.line + 1, r.fatal
	}
	return nil, 0, io.EOF
}

// split cuts an unquoted line into exactly csvFields fields (IndexByte finds
// each comma with vector instructions: twice as fast as a byte loop).
func split(s string, f *[csvFields]string) bool {
	for n := 0; n < csvFields-1; n++ {
		i := strings.IndexByte(s, ',')
		if i < 0 {
			return false
		}
		f[n], s = s[:i], s[i+1:]
	}
	if strings.IndexByte(s, ',') >= 0 {
		return false
	}
	f[csvFields-1] = s
	return true
}

// Read reads the next execution into e and returns its line number. At the
// end of the input it returns io.EOF. A line it cannot read gives a
// *LineError; the next call reads the line after it. A bad header, or a line
// over MaxCSVLine, gives a *LineError after which every call returns the same.
func (r *CSVReader) Read(e *Execution) (int64, error) {
	if r.fatal != nil {
		return 0, r.fatal
	}
	if !r.header {
		rec, _, err := r.record()
		if err == io.EOF {
			r.fatal = &LineError{Line: 1, Err: fmt.Errorf("%w: the input is empty", ErrCSVHeader)}
			return 0, r.fatal
		}
		if err != nil || strings.TrimPrefix(strings.Join(rec, ","), "\ufeff") != CSVHeader {
			r.fatal = &LineError{Line: 1, Err: ErrCSVHeader}
			return 0, r.fatal
		}
		r.header = true
	}
	rec, line, err := r.record()
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
	if err := parseRecord(rec, e, &r.days); err != nil {
		return line, &LineError{Line: line, Err: err}
	}
	return line, nil
}

func parseRecord(rec []string, e *Execution, days *dayCache) error {
	*e = Execution{OrderID: rec[0], WorkerID: rec[1], Platform: rec[2], StartDivision: rec[8]}
	var err error
	if e.Industry, err = ParseIndustry(rec[3]); err != nil {
		return fmt.Errorf("industry %q: %w", rec[3], err)
	}
	if e.Registered, err = parseBool("registered", rec[4]); err != nil {
		return err
	}
	if e.InScope, err = parseBool("in_scope", rec[5]); err != nil {
		return err
	}
	if e.AcceptedAt, err = parseTime("accepted_at", rec[6], days); err != nil {
		return err
	}
	if e.StartedAt, err = parseTime("started_at", rec[7], days); err != nil {
		return err
	}
	if e.EndedAt, err = parseTime("ended_at", rec[9], days); err != nil {
		return err
	}
	if e.EndKind, err = ParseEndKind(rec[10]); err != nil {
		return fmt.Errorf("end_kind %q: %w", rec[10], err)
	}
	return nil
}

func parseBool(field, s string) (bool, error) {
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("%s %q: want true or false", field, s)
}

// parseTime parses RFC 3339 with an offset; "" is the zero time. The common
// form is read by ParseInstant without allocating; anything else goes to
// time.Parse, which decides.
func parseTime(field, s string, days *dayCache) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, ok := parseInstant(s, days); ok {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q: want RFC 3339 with an offset, such as 2026-03-01T23:59:59+08:00", field, s)
	}
	return t.UTC(), nil
}

// ParseInstant reads an RFC 3339 instant of the form
// YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM) and returns it in UTC. It
// reports false for anything else, including a valid RFC 3339 text it does
// not handle (such as a lower-case "t"): time.Parse(time.RFC3339, s) is then
// the judge. Where it reports true it agrees with time.Parse.
func ParseInstant(s string) (time.Time, bool) { return parseInstant(s, nil) }

func parseInstant(s string, cache *dayCache) (time.Time, bool) {
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	hour, ok4 := num2(s[11], s[12])
	minute, ok5 := num2(s[14], s[15])
	sec, ok6 := num2(s[17], s[18])
	if !(ok4 && ok5 && ok6) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	var days int64
	if cache != nil && cache.date != "" && cache.date == s[:10] {
		days = cache.days
	} else {
		year, ok1 := num(s[0:4])
		month, ok2 := num2(s[5], s[6])
		day, ok3 := num2(s[8], s[9])
		if !(ok1 && ok2 && ok3) {
			return time.Time{}, false
		}
		date, err := calendar.DateOf(year, time.Month(month), day)
		if err != nil {
			return time.Time{}, false
		}
		epoch, _ := calendar.DateOf(1970, time.January, 1)
		days = int64(date.DaysSince(epoch))
		if cache != nil {
			cache.date, cache.days = strings.Clone(s[:10]), days
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

// num2 reads two decimal digits.
func num2(a, b byte) (int, bool) {
	a, b = a-'0', b-'0'
	return int(a)*10 + int(b), a <= 9 && b <= 9
}

func num(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0, false
		}
		v = v*10 + int(c)
	}
	return v, true
}

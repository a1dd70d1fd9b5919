package eligibility

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/redact"
)

// A CSV field whose text is not a value of its column is an
// *errcode.FieldError, the library's one record error, with the column as
// Field and the code that says why (ErrUnknownIndustry, unknown_end_kind,
// not_bool or not_time). Value is the text echoed: at most 32 bytes of it,
// with anything that looks like an identity number masked
// (第七十九条: 依法为……新就业形态人员的信息保密), so the error can go to logs.
// (An ID's bytes are the record's content: Validate and Batch judge them,
// malformed_order_id and its siblings.)

// quoteEcho is s (already cut short by echo) quoted as Go quotes it, and
// masked again: the escapes of bytes that are not text (\x01, \xe4) add
// digits of their own, which could join digits beside them into something
// shaped like an identity number.
func quoteEcho(s string) string { return redact.Mask(strconv.Quote(s)) }

// Why a field is not a value of its column.
var (
	errNotBool = errcode.New("not_bool", errcode.SkipRow,
		"eligibility: want true or false",
		"只能写 true 或 false")
	errNotTime = errcode.New("not_time", errcode.SkipRow,
		"eligibility: want RFC 3339 with an offset, such as 2026-03-01T23:59:59+08:00",
		"时间应按 RFC 3339 写明时区，如 2026-03-01T23:59:59+08:00")
)

// maxEcho is the most bytes of a field's text an error echoes; a longer
// text is cut (at a character boundary) and ends with "…".
const maxEcho = 32

// echo is s as an error may show it: anything shaped like an identity
// number masked with '*' (redact.Mask: 15 or more digits, or 14 or 17 and
// a check character X, ASCII or full width), then cut to maxEcho bytes.
func echo(s string) string {
	return echoN(s, maxEcho)
}

// echoN is s masked and cut to n bytes at a character boundary, "…" after
// a cut (redact.Clip: a run of digits cut off unseen is masked whole); a
// new string, never a view of s.
func echoN(s string, n int) string {
	return strings.Clone(redact.Clip(s, n)) // not a view of a reader's block
}

// ParseRecord parses one record of the order CSV (CSVHeader's columns, RFC
// 4180 quoting; a trailing line break, LF, CR LF or a lone CR, is allowed;
// one inside a quoted field is csv_line_break, as no column holds one, and
// one outside quotes csv_two_records) into an Execution, for
// hosts that receive records one by one (a pipeline reading lines). It
// checks the record's form only: Validate and Decide judge its content. An
// error is a *errcode.FieldError, or wraps ErrCSVSyntax. It never echoes more than
// maxEcho bytes of a value.
func ParseRecord(record string) (Execution, error) {
	var f [csvFields]string
	n, err := splitLine(record, &f)
	if err != nil {
		return Execution{}, err
	}
	if n != csvFields {
		return Execution{}, fieldCountError(n)
	}
	var e Execution
	err = parseFields(f[:], &e, nil)
	return e, err
}

// parseRecordFields parses a record already split into its 11 fields (in
// CSVHeader's order) into an Execution; see ParseRecord.
func parseRecordFields(fields []string) (Execution, error) {
	if len(fields) != csvFields {
		return Execution{}, fieldCountError(len(fields))
	}
	var e Execution
	err := parseFields(fields, &e, nil)
	return e, err
}

func fieldCountError(n int) error {
	return errzh.With(fmt.Errorf("%w: %w: %d fields, want %d", ErrCSVSyntax, errFieldCount, n, csvFields),
		"不符合 RFC 4180：%s：有 %d 个字段，应为 %d 个", errFieldCount.Chinese(), n, csvFields)
}

// splitLine splits one whole record (RFC 4180; quoted fields may hold
// commas, doubled quotes and line breaks) into f, and returns the number of
// fields it has (fields past len(f) are counted, not kept).
func splitLine(s string, f *[csvFields]string) (int, error) {
	if n := len(s); n > 0 && s[n-1] == '\n' {
		s = s[:n-1]
		if n := len(s); n > 0 && s[n-1] == '\r' {
			s = s[:n-1]
		}
	} else if n > 0 && s[n-1] == '\r' { // a lone CR ends a line too
		s = s[:n-1]
	}
	n := 0
	for {
		var field string
		if len(s) > 0 && s[0] == '"' {
			var sb strings.Builder
			i := 1
			for {
				k := strings.IndexByte(s[i:], '"')
				if k < 0 {
					return n, csvZH(errUnclosedQuote)
				}
				sb.WriteString(s[i : i+k])
				i += k + 1
				if i < len(s) && s[i] == '"' {
					sb.WriteByte('"')
					i++
					continue
				}
				break
			}
			field, s = sb.String(), s[i:]
			if strings.ContainsAny(field, "\r\n") {
				return n, csvZH(errLineBreak)
			}
			if len(s) > 0 && s[0] != ',' {
				return n, csvZH(errAfterQuote)
			}
		} else {
			k := strings.IndexByte(s, ',')
			if k < 0 {
				k = len(s)
			}
			field = s[:k]
			if strings.IndexByte(field, '"') >= 0 {
				return n, csvZH(errBareQuote)
			}
			if strings.ContainsAny(field, "\r\n") {
				return n, csvZH(errTwoRecords)
			}
			s = s[k:]
		}
		if n < csvFields {
			f[n] = field
		}
		n++
		if len(s) == 0 {
			return n, nil
		}
		s = s[1:] // the comma
	}
}

// parseFields reads the 11 fields of a record into e.
func parseFields(rec []string, e *Execution, days *dayCache) error {
	*e = Execution{OrderID: rec[0], WorkerID: rec[1], Platform: rec[2], StartDivision: rec[8]}
	var err error
	if e.Industry, err = parseIndustry(rec[3]); err != nil {
		return &errcode.FieldError{Code: ErrUnknownIndustry, Field: "industry", Value: echo(rec[3])}
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
	if e.EndKind, err = parseEndKind(rec[10]); err != nil {
		return &errcode.FieldError{Code: errUnknownEndKind, Field: "end_kind", Value: echo(rec[10])}
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
	return false, &errcode.FieldError{Code: errNotBool, Field: field, Value: echo(s)}
}

// parseTime parses RFC 3339 with an offset; "" is the zero time. The common
// form is read by parseInstant without allocating; anything else goes to
// time.Parse, and must then also have RFC 3339's form (rfc3339Form):
// time.Parse is more lenient than RFC 3339 (a comma before the fraction
// since Go 1.17, offsets +24:00 and +08:60).
func parseTime(field, s string, days *dayCache) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, ok := parseInstant(s, days); ok {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || !rfc3339Form(s) {
		return time.Time{}, &errcode.FieldError{Code: errNotTime, Field: field, Value: echo(s)}
	}
	return t.UTC(), nil
}

// rfc3339Form reports whether s has RFC 3339's date-time form (section
// 5.6): YYYY-MM-DD, T, HH:MM:SS, an optional fraction of a dot and one
// digit or more (never a comma), and an offset (rfc3339Offset). The values'
// ranges are time.Parse's to judge. It is asked only of a text time.Parse
// took, and time.Parse takes neither the lower-case t nor the z RFC 3339
// also allows: such a time is refused (not_time) before it gets here.
func rfc3339Form(s string) bool {
	const form = "dddd-dd-ddTdd:dd:dd"
	if len(s) < len(form)+1 {
		return false
	}
	for i := 0; i < len(form); i++ {
		c := s[i]
		switch form[i] {
		case 'd':
			if c < '0' || c > '9' {
				return false
			}
		case 'T':
			if c != 'T' {
				return false
			}
		default:
			if c != form[i] {
				return false
			}
		}
	}
	rest := s[len(form):]
	if rest[0] == '.' {
		j := 1
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if j == 1 {
			return false
		}
		rest = rest[j:]
	}
	return (rest == "Z" || len(rest) == 6) && rfc3339Offset(rest)
}

// rfc3339Offset reports whether s ends in an offset RFC 3339 allows: Z, or
// ±HH:MM with HH 00–23 and MM 00–59 (time.Parse takes +24:00 and +08:60,
// which would move an order to another day).
func rfc3339Offset(s string) bool {
	n := len(s)
	if n > 0 && s[n-1] == 'Z' {
		return true
	}
	if n < 6 || (s[n-6] != '+' && s[n-6] != '-') || s[n-3] != ':' {
		return false
	}
	h, ok1 := num2(s[n-5], s[n-4])
	m, ok2 := num2(s[n-2], s[n-1])
	return ok1 && ok2 && h <= 23 && m <= 59
}

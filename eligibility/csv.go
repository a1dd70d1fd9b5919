package eligibility

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// CSVHeader is the header line of the order-execution CSV format.
const CSVHeader = "order_id,worker_id,platform,industry,registered,in_scope,accepted_at,started_at,start_division,ended_at,end_kind"

var csvColumns = strings.Split(CSVHeader, ",")

// CSVReader reads order executions in CSV (RFC 4180) with the header
// CSVHeader: times in RFC 3339 with an offset ("2026-03-01T23:59:59+08:00"
// or "…Z"); registered and in_scope "true" or "false"; industry
// ride_hailing, instant_delivery or intra_city_freight; end_kind delivered,
// transferred, cancelled, or empty when not ended (ended_at is then empty
// too). It reads from the io.Reader the host gives it and keeps no row after
// returning it.
type CSVReader struct {
	r      *csv.Reader
	header bool
	line   int64
}

// NewCSVReader returns a reader of r.
func NewCSVReader(r io.Reader) *CSVReader {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	return &CSVReader{r: cr}
}

// LineError is a CSV line that could not be read into an Execution: the
// line number and why. Reading can go on after it.
type LineError struct {
	Line int64
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("eligibility: CSV line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// ErrCSVHeader is returned (wrapped in a *LineError for line 1) when the
// header is not CSVHeader. Reading cannot go on after it.
var ErrCSVHeader = errors.New("header must be " + CSVHeader)

// Read reads the next execution into e and returns its line number. At the
// end of the input it returns io.EOF. A line it cannot read gives a
// *LineError; the next call reads the line after it. A bad header gives a
// *LineError wrapping ErrCSVHeader, and every later call the same.
func (r *CSVReader) Read(e *Execution) (int64, error) {
	if !r.header {
		rec, err := r.r.Read()
		if err == io.EOF {
			return 0, &LineError{Line: 1, Err: fmt.Errorf("%w: the input is empty", ErrCSVHeader)}
		}
		if err != nil || len(rec) != len(csvColumns) {
			return 0, &LineError{Line: 1, Err: ErrCSVHeader}
		}
		for i, c := range csvColumns {
			if strings.TrimPrefix(rec[i], "\ufeff") != c {
				return 0, &LineError{Line: 1, Err: ErrCSVHeader}
			}
		}
		r.header = true
	}
	rec, err := r.r.Read()
	if err == io.EOF {
		return 0, io.EOF
	}
	if err != nil {
		// FieldPos is defined only for a record read without error.
		line := 0
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.StartLine
		}
		return int64(line), &LineError{Line: int64(line), Err: err}
	}
	line, _ := r.r.FieldPos(0)
	if len(rec) != len(csvColumns) {
		return int64(line), &LineError{Line: int64(line), Err: fmt.Errorf("%d fields, want %d", len(rec), len(csvColumns))}
	}
	if err := parseRecord(rec, e); err != nil {
		return int64(line), &LineError{Line: int64(line), Err: err}
	}
	return int64(line), nil
}

func parseRecord(rec []string, e *Execution) error {
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
	if e.AcceptedAt, err = parseTime("accepted_at", rec[6]); err != nil {
		return err
	}
	if e.StartedAt, err = parseTime("started_at", rec[7]); err != nil {
		return err
	}
	if e.EndedAt, err = parseTime("ended_at", rec[9]); err != nil {
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

// parseTime parses RFC 3339 with an offset; "" is the zero time.
func parseTime(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q: want RFC 3339 with an offset, such as 2026-03-01T23:59:59+08:00", field, s)
	}
	return t, nil
}

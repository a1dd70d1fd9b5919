package levycount

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/zhishang/zhishang/eligibility"
)

// An execution crosses the shuffle in a compact binary form (about 70
// bytes, against some 350 as JSON): every field, strings with their length
// before them, instants as Unix seconds and nanoseconds (the reader keeps
// instants in UTC, so nothing else is lost). decodeExecution gives back an
// Execution equal to the one encoded, field for field.

// executionVersion is the first byte of an encoded execution.
const executionVersion = 1

// errExecutionCoding is wrapped by decodeExecution's errors.
var errExecutionCoding = errors.New("levycount: malformed encoded execution")

func encodeExecution(e eligibility.Execution) []byte {
	return appendExecution(make([]byte, 0, 48+len(e.OrderID)+len(e.WorkerID)+len(e.Platform)+len(e.StartDivision)), &e)
}

func appendExecution(b []byte, e *eligibility.Execution) []byte {
	b = append(b, executionVersion)
	b = appendString(b, e.OrderID)
	b = appendString(b, e.WorkerID)
	b = appendString(b, e.Platform)
	var flags byte
	if e.Registered {
		flags |= 1
	}
	if e.InScope {
		flags |= 2
	}
	b = append(b, byte(e.Industry), byte(e.EndKind), flags)
	b = appendTime(b, e.AcceptedAt)
	b = appendTime(b, e.StartedAt)
	b = appendString(b, e.StartDivision)
	return appendTime(b, e.EndedAt)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendTime writes 0 for the zero time, else 1, the Unix seconds and the
// nanoseconds.
func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

// decoder reads what encodeExecution wrote; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errExecutionCoding
	}
	d.b = nil
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) time() time.Time {
	switch d.byte() {
	case 0:
		return time.Time{}
	case 1:
		sec := d.varint()
		nsec := d.uvarint()
		if nsec >= 1e9 {
			d.fail()
			return time.Time{}
		}
		return time.Unix(sec, int64(nsec)).UTC()
	}
	d.fail()
	return time.Time{}
}

// encodeRecord writes the record's file and line, then its execution.
func encodeRecord(r record) []byte {
	b := make([]byte, 0, 16+len(r.File))
	b = appendString(b, r.File)
	b = binary.AppendVarint(b, r.Line)
	return appendExecution(b, &r.Exec)
}

func decodeRecord(data []byte) (record, error) {
	d := decoder{b: data}
	var r record
	r.File = d.string()
	r.Line = d.varint()
	r.Exec = d.execution()
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return record{}, d.err
	}
	return r, nil
}

func decodeExecution(data []byte) (eligibility.Execution, error) {
	d := decoder{b: data}
	e := d.execution()
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return eligibility.Execution{}, d.err
	}
	return e, nil
}

func (d *decoder) execution() eligibility.Execution {
	if d.byte() != executionVersion {
		d.fail()
		return eligibility.Execution{}
	}
	var e eligibility.Execution
	e.OrderID = d.string()
	e.WorkerID = d.string()
	e.Platform = d.string()
	e.Industry = eligibility.Industry(d.byte())
	e.EndKind = eligibility.EndKind(d.byte())
	flags := d.byte()
	e.Registered, e.InScope = flags&1 != 0, flags&2 != 0
	e.AcceptedAt = d.time()
	e.StartedAt = d.time()
	e.StartDivision = d.string()
	e.EndedAt = d.time()
	return e
}

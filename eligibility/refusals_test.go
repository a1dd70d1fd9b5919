package eligibility_test

// Issue 19, fourth pass: every refusal site of the package met by a test
// that asserts its exact code (and no sibling's), and the field or line
// where it is reported. The table of sites and the tests that meet them is
// in the notes.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
)

// exactly asserts that err is code want, and no other code of the package
// but the ones want is declared under and the wrappers named in also.
func exactly(t testing.TB, err error, want errcode.Code, also []errcode.Code, msg ...any) {
	t.Helper()
	require.Error(t, err, msg...)
	require.ErrorIs(t, err, want, msg...)
	for _, c := range eligibility.Codes() {
		if c == want || errors.Is(want, c) {
			continue
		}
		wrapper := false
		for _, a := range also {
			wrapper = wrapper || a == c
		}
		if wrapper {
			require.ErrorIs(t, err, c, msg...)
			continue
		}
		require.NotErrorIs(t, err, c, append([]any{"also %s: %v"}, c.Code(), err)...)
	}
}

var csvSyntax = []errcode.Code{eligibility.ErrCSVSyntax}

// columns are CSVHeader's columns, and good a valid row's values.
var (
	columns = strings.Split(eligibility.CSVHeader, ",")
	good    = []string{"o1", "w1", "p", "ride_hailing", "true", "true", "2026-03-01T10:00:00+08:00",
		"2026-03-01T10:05:00+08:00", "310101", "2026-03-01T10:30:00+08:00", "delivered"}
)

// rowWith is a valid row with the given columns set (column, value, …).
func rowWith(kv ...string) string {
	f := append([]string(nil), good...)
	for i := 0; i < len(kv); i += 2 {
		k := -1
		for j, c := range columns {
			if c == kv[i] {
				k = j
			}
		}
		if k < 0 {
			panic(kv[i])
		}
		f[k] = kv[i+1]
	}
	return strings.Join(f, ",") + "\n"
}

// Every record refusal met reading a file: on line 3 (between two good
// rows), with its exact code, the field a *FieldError or *IDError names,
// and reading going on to line 4. Decide's codes come as themselves (the
// code names its field), a value its column does not take as a
// *FieldError naming the column, a CSV record that cannot be read wrapped
// in ErrCSVSyntax.
func TestEveryRecordRefusalOnItsLine(t *testing.T) {
	cases := []struct {
		name  string
		line  string
		code  errcode.Code
		field string // of a *FieldError or *IDError; "" for a plain code
		also  []errcode.Code
	}{
		{"no order", rowWith("order_id", ""), eligibility.ErrMissingOrderID, "", nil},
		{"no worker", rowWith("worker_id", ""), eligibility.ErrMissingWorkerID, "", nil},
		{"no platform", rowWith("platform", ""), eligibility.ErrMissingPlatform, "", nil},
		{"unknown industry", rowWith("industry", "boat"), eligibility.ErrUnknownIndustry, "industry", nil},
		{"industry in capitals", rowWith("industry", "Ride_hailing"), eligibility.ErrUnknownIndustry, "industry", nil},
		{"registered yes", rowWith("registered", "yes"), eligibility.ErrNotBool, "registered", nil},
		{"in_scope TRUE", rowWith("in_scope", "TRUE"), eligibility.ErrNotBool, "in_scope", nil},
		{"accepted without offset", rowWith("accepted_at", "2026-03-01T10:00:00"), eligibility.ErrNotTime, "accepted_at", nil},
		{"started with a space", rowWith("started_at", "2026-03-01 10:05:00+08:00"), eligibility.ErrNotTime, "started_at", nil},
		{"ended at +24:00", rowWith("ended_at", "2026-03-01T10:30:00+24:00"), eligibility.ErrNotTime, "ended_at", nil},
		{"end kind done", rowWith("end_kind", "done"), eligibility.ErrUnknownEndKind, "end_kind", nil},
		{"no acceptance", rowWith("accepted_at", ""), eligibility.ErrMissingAccepted, "", nil},
		{"no start", rowWith("started_at", ""), eligibility.ErrMissingStarted, "", nil},
		{"started before accepted", rowWith("started_at", "2026-03-01T09:59:59+08:00"), eligibility.ErrStartBeforeAccept, "", nil},
		{"started a nanosecond before", rowWith("started_at", "2026-03-01T09:59:59.999999999+08:00"), eligibility.ErrStartBeforeAccept, "", nil},
		{"ended before started", rowWith("ended_at", "2026-03-01T10:04:59+08:00"), eligibility.ErrEndBeforeStart, "", nil},
		{"ended a nanosecond before", rowWith("ended_at", "2026-03-01T10:04:59.999999999+08:00"), eligibility.ErrEndBeforeStart, "", nil},
		{"delivered, no end", rowWith("ended_at", ""), eligibility.ErrEndKindWithoutEnd, "", nil},
		{"transferred, no end", rowWith("ended_at", "", "end_kind", "transferred"), eligibility.ErrEndKindWithoutEnd, "", nil},
		{"an end, no end kind", rowWith("end_kind", ""), eligibility.ErrEndWithoutEndKind, "", nil},
		{"division of five digits", rowWith("start_division", "31010"), eligibility.ErrMalformedDivision, "", nil},
		{"division of seven digits", rowWith("start_division", "3101011"), eligibility.ErrMalformedDivision, "", nil},
		{"division with a letter", rowWith("start_division", "31010a"), eligibility.ErrMalformedDivision, "", nil},
		{"province 99", rowWith("start_division", "990101"), eligibility.ErrUnknownProvince, "", nil},
		{"province 00", rowWith("start_division", "000000"), eligibility.ErrUnknownProvince, "", nil},
		{"ended the day before the first", rowWith("ended_at", "2019-12-31T15:59:59Z", "started_at", "2019-12-31T10:00:00Z", "accepted_at", "2019-12-31T10:00:00Z"), eligibility.ErrTimeOutsideCovered, "", nil},
		{"ended the day after the last", rowWith("ended_at", "2039-12-31T16:00:00Z"), eligibility.ErrTimeOutsideCovered, "", nil},
		{"order id with a space", rowWith("order_id", "o 1"), eligibility.ErrMalformedOrderID, "order_id", []errcode.Code{eligibility.ErrUnclearID}},
		{"worker id with a tab", rowWith("worker_id", "w\t1"), eligibility.ErrMalformedWorkerID, "worker_id", []errcode.Code{eligibility.ErrUnclearID}},
		{"platform with U+200B", rowWith("platform", "p\u200b"), eligibility.ErrMalformedPlatform, "platform", []errcode.Code{eligibility.ErrUnclearID}},
		{"bare quote", rowWith("order_id", `o"1`), eligibility.ErrBareQuote, "", csvSyntax},
		{"after a closing quote", rowWith("order_id", `"o1"x`), eligibility.ErrAfterQuote, "", csvSyntax},
		{"ten fields", strings.TrimSuffix(rowWith(), ",delivered\n") + "\n", eligibility.ErrFieldCount, "", csvSyntax},
		{"twelve fields", strings.TrimSuffix(rowWith(), "\n") + ",x\n", eligibility.ErrFieldCount, "", csvSyntax},
		{"twelve fields, quoted", strings.TrimSuffix(rowWith("order_id", `"o1"`), "\n") + ",x\n", eligibility.ErrFieldCount, "", csvSyntax},
		{"ten fields, quoted", strings.TrimSuffix(rowWith("order_id", `"o1"`), ",delivered\n") + "\n", eligibility.ErrFieldCount, "", csvSyntax},
		{"a field too many, empty", strings.TrimSuffix(rowWith(), "\n") + ",\n", eligibility.ErrFieldCount, "", csvSyntax},
		{"too long", rowWith("order_id", strings.Repeat("o", eligibility.MaxCSVLine)), eligibility.ErrRecordTooLong, "", csvSyntax},
	}
	for _, c := range cases {
		in := eligibility.CSVHeader + "\n" + rowWith("order_id", "o0") + c.line + rowWith("order_id", "o9")
		b := &eligibility.Batch{}
		require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b), c.name)
		require.Len(t, b.Invalid(), 1, c.name)
		inv := b.Invalid()[0]
		assert.Equal(t, int64(3), inv.Line, c.name)
		exactly(t, inv.Err, c.code, c.also, c.name)
		var fe *eligibility.FieldError
		var ie *eligibility.IDError
		switch {
		case errors.As(inv.Err, &fe):
			assert.Equal(t, c.field, fe.Field, c.name)
			assert.Equal(t, c.code, fe.Code, c.name)
		case errors.As(inv.Err, &ie):
			assert.Equal(t, c.field, ie.Field, c.name)
		default:
			assert.Empty(t, c.field, "%s: want a field error, got %v", c.name, inv.Err)
		}
		if c.also == nil && c.field == "" {
			assert.Equal(t, c.code, errcode.Code(errcode.Of(inv.Err)), c.name)
		}
		cnt := b.Counts()
		assert.Equal(t, int64(3), cnt.Input, c.name)
		assert.Equal(t, int64(1), cnt.Invalid, c.name)
		assert.Equal(t, int64(2), cnt.Counted, "%s: the rows on lines 2 and 4", c.name)
	}
}

// A record that cannot be read is refused where it starts, with its code,
// however it is laid out: quoted across lines (ErrLineBreak) or never
// closed (ErrUnclosedQuote), the lines after it read on their own.
func TestSpanningAndUnclosedRecordsOnTheirLine(t *testing.T) {
	in := eligibility.CSVHeader + "\n" + rowWith("order_id", "o0") +
		rowWith("order_id", "\"o1\n1\"") + // lines 3-4: a quoted line break; 4 is then a bare quote
		rowWith("order_id", "o5") +
		rowWith("order_id", `"o6`) // line 6: never closed
	b := &eligibility.Batch{}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	inv := b.Invalid()
	require.Len(t, inv, 3)
	assert.Equal(t, []int64{3, 4, 6}, []int64{inv[0].Line, inv[1].Line, inv[2].Line})
	exactly(t, inv[0].Err, eligibility.ErrLineBreak, csvSyntax)
	exactly(t, inv[1].Err, eligibility.ErrBareQuote, csvSyntax)
	exactly(t, inv[2].Err, eligibility.ErrUnclosedQuote, csvSyntax)
	assert.Equal(t, int64(2), b.Counts().Counted)
}

// ParseRecord and ParseFields refuse what a line cannot hold, each with
// its code: ErrTwoRecords for a line break outside quotes (ParseRecord
// reads one record), ErrLineBreak inside them, an unclosed or stray quote,
// a character after a closing one, and the number of fields (ParseFields
// of 10 or 12).
func TestParseRecordRefusals(t *testing.T) {
	rec := strings.TrimSuffix(rowWith(), "\n")
	for _, c := range []struct {
		in   string
		code errcode.Code
	}{
		{strings.Replace(rec, "w1", "w\n1", 1), eligibility.ErrTwoRecords},
		{strings.Replace(rec, "w1", "w\r1", 1), eligibility.ErrTwoRecords},
		{strings.Replace(rec, "w1", "\"w\n1\"", 1), eligibility.ErrLineBreak},
		{strings.Replace(rec, "w1", "\"w\r1\"", 1), eligibility.ErrLineBreak},
		{strings.Replace(rec, "w1", `"w1`, 1), eligibility.ErrUnclosedQuote},
		{strings.Replace(rec, "w1", `w"1`, 1), eligibility.ErrBareQuote},
		{strings.Replace(rec, "w1", `"w1"1`, 1), eligibility.ErrAfterQuote},
		{rec + ",", eligibility.ErrFieldCount},
		{strings.TrimSuffix(rec, ",delivered"), eligibility.ErrFieldCount},
	} {
		_, err := eligibility.ParseRecord(c.in)
		exactly(t, err, c.code, csvSyntax, "%q", c.in)
		_, err = eligibility.ParseRecord(c.in + "\r\n")
		exactly(t, err, c.code, csvSyntax, "%q CR LF", c.in)
	}
	for _, n := range []int{0, 10, 12} {
		_, err := eligibility.ParseFields(make([]string, n))
		exactly(t, err, eligibility.ErrFieldCount, csvSyntax, n)
		assert.Contains(t, err.Error(), fmt.Sprintf("%d fields, want 11", n))
	}
	e, err := eligibility.ParseFields(good)
	require.NoError(t, err)
	assert.Equal(t, "o1", e.OrderID)
}

// The reader's own refusals: a nil reader, a zero CSVReader, one of a nil
// io.Reader, a nil *Execution; an empty input and a bad header (line 1,
// for good); a source that fails inside a quoted record that needs more
// bytes is reported at the record's first line.
func TestReaderRefusals(t *testing.T) {
	var e eligibility.Execution
	var nilReader *eligibility.CSVReader
	for name, r := range map[string]*eligibility.CSVReader{
		"nil": nilReader, "zero": {}, "of nil": eligibility.NewCSVReader(nil),
	} {
		line, err := r.Read(&e)
		assert.Equal(t, int64(0), line, name)
		exactly(t, err, eligibility.ErrNilReader, nil, name)
	}
	_, err := eligibility.NewCSVReader(strings.NewReader(eligibility.CSVHeader + "\n")).Read(nil)
	exactly(t, err, eligibility.ErrNilExecution, nil)

	for in, what := range map[string]string{"": "the input is empty", "\n\r\n": "the input is empty", "order_id\n": ""} {
		line, err := eligibility.NewCSVReader(strings.NewReader(in)).Read(&e)
		assert.Equal(t, int64(0), line)
		exactly(t, err, eligibility.ErrCSVHeader, nil, "%q", in)
		var le *eligibility.LineError
		require.True(t, errors.As(err, &le))
		assert.Equal(t, int64(1), le.Line, "%q", in)
		assert.Contains(t, err.Error(), what)
	}

	// The source fails while a quoted record spanning lines needs more.
	in := eligibility.CSVHeader + "\n" + rowWith("order_id", "o0") + "\"o1\nstill quoted"
	got := trace(t, &chunked{in: in, err: errSourceGone})
	require.Len(t, got, 2)
	assert.True(t, strings.HasPrefix(got[0], "2 row"), got[0])
	assert.True(t, strings.HasPrefix(got[1], "3 error"), got[1])
	r := eligibility.NewCSVReader(&chunked{in: in, err: errSourceGone})
	_, err = r.Read(&e)
	require.NoError(t, err)
	line, err := r.Read(&e)
	assert.Equal(t, int64(3), line)
	require.ErrorIs(t, err, errSourceGone)
	for _, c := range eligibility.Codes() {
		assert.NotErrorIs(t, err, c)
	}
	// At the end of a good file, the source's error comes after its rows,
	// on the line after the last.
	got = trace(t, &chunked{in: eligibility.CSVHeader + "\n" + rowWith(), err: errSourceGone})
	require.Len(t, got, 2)
	assert.True(t, strings.HasPrefix(got[1], "3 error"), got[1])
}

// Decide's refusals of what a CSV cannot carry (an industry or end kind
// outside the lists, a nil execution), each exactly; Validate adds the ID
// rule, field by field (order, worker, platform: the first refused).
func TestDecideAndValidateRefusals(t *testing.T) {
	_, err := eligibility.Decide(nil)
	exactly(t, err, eligibility.ErrNilExecution, nil)
	var nilE *eligibility.Execution
	exactly(t, nilE.Validate(), eligibility.ErrNilExecution, nil)
	for _, ind := range []eligibility.Industry{0, 4, 5, 255} {
		e := valid(t)
		e.Industry = ind
		_, err := eligibility.Decide(&e)
		exactly(t, err, eligibility.ErrUnknownIndustry, nil, ind)
	}
	for _, k := range []eligibility.EndKind{4, 5, 255} {
		e := valid(t)
		e.EndKind = k
		_, err := eligibility.Decide(&e)
		exactly(t, err, eligibility.ErrUnknownEndKind, nil, k)
	}
	// A cancelled or running record without an end is valid (not counted).
	for _, k := range []eligibility.EndKind{eligibility.Cancelled, eligibility.NotEnded} {
		e := valid(t)
		e.EndedAt, e.EndKind = time.Time{}, k
		d, err := eligibility.Decide(&e)
		require.NoError(t, err, k)
		assert.False(t, d.Counted)
		assert.Equal(t, eligibility.ClauseEnded, d.Clauses)
	}
	for _, c := range []struct {
		order, worker, platform string
		code                    errcode.Code
		field                   string
	}{
		{"o 1", "w 1", "p 1", eligibility.ErrMalformedOrderID, "order_id"},
		{"o1", "w 1", "p 1", eligibility.ErrMalformedWorkerID, "worker_id"},
		{"o1", "w1", "p 1", eligibility.ErrMalformedPlatform, "platform"},
	} {
		e := valid(t)
		e.OrderID, e.WorkerID, e.Platform = c.order, c.worker, c.platform
		err := e.Validate()
		exactly(t, err, c.code, []errcode.Code{eligibility.ErrUnclearID}, c.field)
		var ie *eligibility.IDError
		require.True(t, errors.As(err, &ie))
		assert.Equal(t, c.field, ie.Field)
		assert.Equal(t, 1, ie.Offset)
		assert.Equal(t, ' ', ie.Rune)
	}
}

// Every two-digit prefix of a division code: the province-level codes of
// GB/T 2260 are known (31 Shanghai counts, the others are outside it); any
// other is ErrUnknownProvince.
func TestEveryProvincePrefix(t *testing.T) {
	known := map[int]bool{}
	for _, p := range []int{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
		50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82} {
		known[p] = true
	}
	for p := range 100 {
		e := valid(t)
		e.StartDivision = fmt.Sprintf("%02d0101", p)
		d, err := eligibility.Decide(&e)
		if !known[p] {
			exactly(t, err, eligibility.ErrUnknownProvince, nil, p)
			continue
		}
		require.NoError(t, err, p)
		assert.Equal(t, p == 31, d.Counted, p)
		if p != 31 {
			assert.Equal(t, eligibility.ClauseInShanghai, d.Clauses, p)
		}
	}
}

// The text forms refuse what is not on their lists, naming the value.
func TestTextFormRefusals(t *testing.T) {
	for _, ind := range []eligibility.Industry{0, 4} {
		_, err := ind.MarshalText()
		exactly(t, err, eligibility.ErrUnknownIndustry, nil, ind)
	}
	for _, k := range []eligibility.EndKind{4, 255} {
		_, err := k.MarshalText()
		exactly(t, err, eligibility.ErrUnknownEndKind, nil, k)
	}
	b, err := eligibility.Cancelled.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "cancelled", string(b))
	b, err = eligibility.NotEnded.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	// Parse* give the zero value with their error (the zero Industry is
	// invalid; never another industry or end kind).
	pi, err := eligibility.ParseIndustry("boat")
	exactly(t, err, eligibility.ErrUnknownIndustry, nil)
	assert.Equal(t, eligibility.Industry(0), pi)
	assert.NotContains(t, eligibility.Industries[:], pi)
	pk, err := eligibility.ParseEndKind("done")
	exactly(t, err, eligibility.ErrUnknownEndKind, nil)
	assert.Equal(t, eligibility.EndKind(0), pk)
	for _, s := range []string{"Delivered", "delivered ", "transfer", "cancelled\n"} {
		_, err := eligibility.ParseEndKind(s)
		exactly(t, err, eligibility.ErrUnknownEndKind, nil, s)
	}
	var ind eligibility.Industry
	err = ind.UnmarshalText([]byte("boat"))
	exactly(t, err, eligibility.ErrUnknownIndustry, nil)
	assert.Contains(t, err.Error(), `"boat"`)
	var k eligibility.EndKind = eligibility.Delivered
	err = k.UnmarshalText([]byte("done"))
	exactly(t, err, eligibility.ErrUnknownEndKind, nil)
	assert.Contains(t, err.Error(), `"done"`)
	assert.Equal(t, eligibility.Delivered, k, "unchanged on error")
	require.NoError(t, k.UnmarshalText([]byte("transferred")))
	assert.Equal(t, eligibility.Transferred, k)
}

// CheckID: an empty ID is its field's missing code (a *FieldError naming
// another field); an unclear one an *IDError of the field.
func TestCheckIDRefusals(t *testing.T) {
	exactly(t, eligibility.CheckID("order_id", ""), eligibility.ErrMissingOrderID, nil)
	exactly(t, eligibility.CheckID("worker_id", ""), eligibility.ErrMissingWorkerID, nil)
	exactly(t, eligibility.CheckID("platform", ""), eligibility.ErrMissingPlatform, nil)
	err := eligibility.CheckID("bill_id", "")
	exactly(t, err, eligibility.ErrMissingID, nil)
	var fe *eligibility.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "bill_id", fe.Field)
	err = eligibility.CheckID("bill_id", "b\x001")
	require.ErrorIs(t, err, eligibility.ErrUnclearID)
	var ie *eligibility.IDError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "bill_id", ie.Field)
	assert.Nil(t, ie.Unwrap(), "no sentinel of its own")
	assert.NoError(t, eligibility.CheckID("bill_id", "b1"))
}

// A Tally's refusals, each exactly: a nil Tally, a count it cannot hold
// (no platform, an industry outside the three, the zero day, a negative
// count, a platform that is not clear), a day outside 2020-01-01..2039-12-31 (the day
// before the first, the day after the last; the first and the last are
// held), and AddDecision's own (a nil execution, no platform, an industry
// outside the three, a day outside 2020-01-01..2039-12-31) — nothing counted by any.
func TestTallyRefusals(t *testing.T) {
	first, last := eligibility.TallyDays()
	before, _ := first.AddDays(-1)
	after, _ := last.AddDays(1)
	d := day(t, "2026-03-01")
	var nilT *eligibility.Tally
	exactly(t, nilT.AddN("p", eligibility.RideHailing, d, 1), eligibility.ErrNilTally, nil)
	exactly(t, nilT.Merge(&eligibility.Tally{}), eligibility.ErrNilTally, nil)
	exactly(t, nilT.UnmarshalJSON([]byte(`{"rows":[]}`)), eligibility.ErrNilTally, nil)
	exactly(t, nilT.UnmarshalBinary([]byte{'Z', 'T', 1, 0, 0}), eligibility.ErrNilTally, nil)
	e := valid(t)
	_, err := nilT.AddDecision(&e, eligibility.Decision{Counted: true, Day: d})
	exactly(t, err, eligibility.ErrNilTally, nil)
	ok, err := nilT.AddDecision(&e, eligibility.Decision{Day: d})
	assert.NoError(t, err, "a decision not counted adds nothing, even to nil")
	assert.False(t, ok)

	tl := &eligibility.Tally{}
	for _, c := range []struct {
		platform string
		ind      eligibility.Industry
		day      calendar.Date
		n        int64
		code     errcode.Code
	}{
		{"", eligibility.RideHailing, d, 1, eligibility.ErrTallyCount},
		{"p", 0, d, 1, eligibility.ErrTallyCount},
		{"p", 4, d, 1, eligibility.ErrTallyCount},
		{"p", eligibility.RideHailing, calendar.Date{}, 1, eligibility.ErrTallyCount},
		{"p", eligibility.RideHailing, d, -1, eligibility.ErrTallyCount},
		{"p", eligibility.RideHailing, before, 1, eligibility.ErrDayOutsideTally},
		{"p", eligibility.RideHailing, after, 1, eligibility.ErrDayOutsideTally},
	} {
		exactly(t, tl.AddN(c.platform, c.ind, c.day, c.n), c.code, nil, c)
	}
	err = tl.AddN("p 1", eligibility.RideHailing, d, 1)
	exactly(t, err, eligibility.ErrTallyCount, []errcode.Code{eligibility.ErrUnclearID, eligibility.ErrMalformedPlatform})
	assert.Equal(t, int64(0), tl.Total())
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, first, 1))
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, last, 2))
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, 0))
	assert.Equal(t, int64(3), tl.Total())

	for _, c := range []struct {
		e    *eligibility.Execution
		day  calendar.Date
		code errcode.Code
	}{
		{nil, d, eligibility.ErrNilExecution},
		{&eligibility.Execution{Industry: eligibility.RideHailing}, d, eligibility.ErrTallyCount},
		{&eligibility.Execution{Platform: "p"}, d, eligibility.ErrTallyCount},
		{&eligibility.Execution{Platform: "p", Industry: 4}, d, eligibility.ErrTallyCount},
		{&eligibility.Execution{Platform: "p", Industry: eligibility.RideHailing}, before, eligibility.ErrDayOutsideTally},
		{&eligibility.Execution{Platform: "p", Industry: eligibility.RideHailing}, after, eligibility.ErrDayOutsideTally},
		{&eligibility.Execution{Platform: "p", Industry: eligibility.RideHailing}, calendar.Date{}, eligibility.ErrDayOutsideTally},
	} {
		ok, err := tl.AddDecision(c.e, eligibility.Decision{Counted: true, Day: c.day})
		exactly(t, err, c.code, nil, "%+v %s", c.e, c.day)
		assert.False(t, ok)
	}
	ok, err = tl.AddDecision(&eligibility.Execution{Platform: "q\t", Industry: eligibility.RideHailing}, eligibility.Decision{Counted: true, Day: d})
	exactly(t, err, eligibility.ErrTallyCount, []errcode.Code{eligibility.ErrUnclearID, eligibility.ErrMalformedPlatform})
	assert.False(t, ok)
	assert.Equal(t, int64(3), tl.Total(), "nothing counted by a refusal")
	for _, dd := range []calendar.Date{first, last} {
		ok, err := tl.AddDecision(&eligibility.Execution{Platform: "p", Industry: eligibility.IntraCityFreight}, eligibility.Decision{Counted: true, Day: dd})
		require.NoError(t, err)
		assert.True(t, ok)
		assert.Equal(t, int64(1), tl.Count("p", eligibility.IntraCityFreight, dd))
	}
}

// A batch's refusals of calls: a nil Batch (Add, AddResolved, AddInvalid,
// Merge, the codecs), a Resolution of no copies, of more than 2³¹, a lone
// conflict, an invalid winner; Counts.Merge of a nil *Counts; Resolve of
// no copies, of mixed pairs, of an invalid copy (named by its index from 1).
func TestBatchAndResolveRefusals(t *testing.T) {
	var nb *eligibility.Batch
	e := valid(t)
	_, err := nb.Add(1, &e)
	exactly(t, err, eligibility.ErrNilBatch, nil)
	_, err = nb.AddResolved(1, eligibility.Resolution{Winner: e, Copies: 1})
	exactly(t, err, eligibility.ErrNilBatch, nil)
	exactly(t, nb.AddInvalid(1, errors.New("x")), eligibility.ErrNilBatch, nil)
	exactly(t, nb.Merge(&eligibility.Batch{}), eligibility.ErrNilBatch, nil)
	exactly(t, eligibility.ReadCSV(strings.NewReader(""), nil), eligibility.ErrNilBatch, nil)
	_, err = nb.MarshalBinary()
	exactly(t, err, eligibility.ErrNilBatch, nil)
	exactly(t, nb.UnmarshalBinary([]byte("ZB\x01")), eligibility.ErrNilBatch, nil)
	var nc *eligibility.Counts
	exactly(t, nc.Merge(eligibility.Counts{}), eligibility.ErrNilCounts, nil)

	b := &eligibility.Batch{}
	for _, c := range []struct {
		r    eligibility.Resolution
		code errcode.Code
	}{
		{eligibility.Resolution{Winner: e, Copies: 0}, eligibility.ErrNoCopies},
		{eligibility.Resolution{Winner: e, Copies: -1}, eligibility.ErrNoCopies},
		{eligibility.Resolution{Winner: e, Copies: 1<<31 + 1}, eligibility.ErrNoCopies},
		{eligibility.Resolution{Winner: e, Copies: 1, Conflict: true}, eligibility.ErrLoneConflict},
		{eligibility.Resolution{Winner: eligibility.Execution{}, Copies: 1}, eligibility.ErrMissingOrderID},
	} {
		_, err := b.AddResolved(7, c.r)
		exactly(t, err, c.code, nil, "%+v", c.r.Copies)
	}
	bad := e
	bad.WorkerID = "w 1"
	_, err = b.AddResolved(7, eligibility.Resolution{Winner: bad, Copies: 1})
	exactly(t, err, eligibility.ErrMalformedWorkerID, []errcode.Code{eligibility.ErrUnclearID})
	assert.Equal(t, eligibility.Counts{}, b.Counts(), "nothing counted by a refused resolution")
	d, err := b.AddResolved(7, eligibility.Resolution{Winner: e, Copies: 1 << 31, Conflict: true})
	require.NoError(t, err)
	assert.True(t, d.Counted)
	assert.Equal(t, int64(1<<31), b.Counts().Input)
	assert.Equal(t, []eligibility.Conflict{{Line: 7, OrderID: "o1", WorkerID: "w1"}}, b.Conflicting())

	_, err = eligibility.Resolve(nil)
	exactly(t, err, eligibility.ErrNoCopies, nil)
	other := e
	other.WorkerID = "w2"
	_, err = eligibility.Resolve([]eligibility.Execution{e, other})
	exactly(t, err, eligibility.ErrMixedPairs, nil)
	other = e
	other.OrderID = "o2"
	_, err = eligibility.Resolve([]eligibility.Execution{e, other})
	exactly(t, err, eligibility.ErrMixedPairs, nil)
	_, err = eligibility.Resolve([]eligibility.Execution{e, e, bad})
	exactly(t, err, eligibility.ErrMalformedWorkerID, []errcode.Code{eligibility.ErrUnclearID})
	assert.True(t, strings.HasPrefix(err.Error(), "copy 3: "), err.Error())
}

// ReadCSV stops when the batch cannot count one more row, whether the row
// is good or cannot be read: a *LineError of the row's line wrapping the
// *OverflowError of the full count; nothing of the row is counted.
func TestReadCSVStopsAtAFullCount(t *testing.T) {
	for name, line := range map[string]string{"good": rowWith(), "unreadable": rowWith("order_id", `o"1`)} {
		b := &eligibility.Batch{}
		full := eligibility.Counts{Input: math.MaxInt64, Invalid: math.MaxInt64}
		eligibility.SetCounts(b, full)
		err := eligibility.ReadCSV(strings.NewReader(eligibility.CSVHeader+"\n"+line), b)
		var le *eligibility.LineError
		require.True(t, errors.As(err, &le), "%s: %v", name, err)
		assert.Equal(t, int64(2), le.Line, name)
		oe := requireOverflow(t, err)
		assert.Equal(t, "counts.input", oe.What, name)
		assert.Equal(t, int64(math.MaxInt64), oe.Have, name)
		assert.Equal(t, full, b.Counts(), name)
		assert.Empty(t, b.Invalid(), name)
	}
}

// A batch's binary form refuses what it cannot carry: counts below zero,
// a tally that does not hold (its value copied and changed: rows summing
// past math.MaxInt64); and a form it did not write: a bad tally inside,
// unlisted reasons out of order or repeated (each refusal exactly
// ErrBatchBinary with the cause's code).
func TestBatchBinaryRefusalsOfEveryPart(t *testing.T) {
	b := &eligibility.Batch{}
	eligibility.SetCounts(b, eligibility.Counts{Input: -1, Invalid: -1})
	_, err := b.MarshalBinary()
	exactly(t, err, eligibility.ErrNegativeCount, []errcode.Code{eligibility.ErrBatchBinary})

	b = &eligibility.Batch{}
	e := valid(t)
	d, err := b.Add(2, &e)
	require.NoError(t, err)
	require.True(t, d.Counted)
	for _, when := range []int{0, 1} { // two copies of the tally's value, each adding to the shared cells
		v := *eligibility.TallyOf(b)
		day, _ := d.Day.AddDays(when)
		require.NoError(t, v.AddN(e.Platform, e.Industry, day, math.MaxInt64-1))
	}
	_, err = b.MarshalBinary()
	exactly(t, err, eligibility.ErrCountOverflow, []errcode.Code{eligibility.ErrBatchBinary, eligibility.ErrTallyBinary})

	// Hand-made forms: an empty batch, then its parts.
	head := func(tally []byte) []byte {
		out := []byte{'Z', 'B', 1, 0, 0, 0} // no month, rules 0, MaxInvalid 0
		out = append(out, make([]byte, 10)...)
		out = binary.AppendUvarint(out, uint64(len(tally)))
		return append(out, tally...)
	}
	emptyTally := []byte{'Z', 'T', 1, 0, 0}
	reasons := func(keys ...string) []byte {
		out := append(head(emptyTally), 0) // no invalid records listed
		out = binary.AppendUvarint(out, uint64(len(keys)))
		for _, k := range keys {
			out = binary.AppendUvarint(out, uint64(len(k)))
			out = append(out, k...)
			out = append(out, 1)
		}
		return append(out, 0) // no conflicts
	}
	var ok eligibility.Batch
	require.NoError(t, ok.UnmarshalBinary(append(append(head(emptyTally), 0, 0), 0)))
	// The counts must balance: one unlisted record counted once.
	form := reasons("a", "b")
	form[6], form[6+9] = 2, 2 // input 2, invalid 2
	require.NoError(t, ok.UnmarshalBinary(form))
	assert.Equal(t, map[string]int64{"a": 1, "b": 1}, ok.InvalidUnlisted())
	for _, keys := range [][]string{{"b", "a"}, {"a", "a"}} {
		form := reasons(keys...)
		form[6], form[6+9] = 2, 2
		var out eligibility.Batch
		err := out.UnmarshalBinary(form)
		exactly(t, err, eligibility.ErrBatchBinary, nil, keys)
		assert.Contains(t, err.Error(), "unlisted reasons not sorted")
	}
	var out eligibility.Batch
	err = out.UnmarshalBinary(append(append(head([]byte{'Z', 'T', 2, 0, 0}), 0, 0), 0))
	exactly(t, err, eligibility.ErrTallyBinary, []errcode.Code{eligibility.ErrBatchBinary})
	assert.Contains(t, err.Error(), "not a version-1 tally")
}

// A binary tally's counts of platforms and cells are checked against the
// bytes left before anything is allocated for them: each platform takes at
// least a byte (as many as the bytes left pass, one more is refused), each
// cell at least four.
func TestTallyBinaryCountsAgainstItsBytes(t *testing.T) {
	// Two platforms in exactly two bytes: passes the count (then refused
	// where the second's length should be).
	var tl eligibility.Tally
	err := tl.UnmarshalBinary([]byte{'Z', 'T', 1, 2, 1, 'a'})
	exactly(t, err, eligibility.ErrTallyBinary, nil)
	assert.Contains(t, err.Error(), "platform length: truncated")
	err = tl.UnmarshalBinary([]byte{'Z', 'T', 1, 3, 1, 'a'})
	exactly(t, err, eligibility.ErrTallyBinary, nil)
	assert.Contains(t, err.Error(), "3 platforms in 2 bytes")

	// One platform, then cells: n cells in 4n bytes pass the count (the
	// cell is read: one of 4 bytes), 4n−1 bytes do not.
	one := []byte{'Z', 'T', 1, 1, 1, 'a'}
	good := append(append([]byte(nil), one...), 1, 0, 1, 0, 1) // 1 cell: platform 0, industry 1, day 0, 1 order
	require.NoError(t, tl.UnmarshalBinary(good))
	assert.Equal(t, int64(1), tl.Total())
	err = tl.UnmarshalBinary(append(append([]byte(nil), one...), 1, 0, 1, 0))
	exactly(t, err, eligibility.ErrTallyBinary, nil)
	assert.Contains(t, err.Error(), "1 cells in 3 bytes")
	err = tl.UnmarshalBinary(append(append([]byte(nil), one...), 2, 0, 1, 0, 1, 0, 1, 1))
	exactly(t, err, eligibility.ErrTallyBinary, nil)
	assert.Contains(t, err.Error(), "2 cells in 7 bytes")
	assert.Equal(t, int64(1), tl.Total(), "unchanged by a refusal")
}

// An invalid record counted past MaxInvalid is keyed by its field and what
// is wrong with it as the package names them: each value a column does
// not take, read from a file, under its own reason (not "malformed"); a
// host's *FieldError with a code of another field, or a code that is no
// record's, is "field: malformed".
func TestUnlistedReasonOfEveryFieldError(t *testing.T) {
	in := eligibility.CSVHeader + "\n" +
		rowWith("industry", "boat") +
		rowWith("end_kind", "done") +
		rowWith("registered", "yes") +
		rowWith("ended_at", "soon")
	b := &eligibility.Batch{MaxInvalid: -1}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	reason := func(c errcode.Code) string { return strings.TrimPrefix(c.Error(), "eligibility: ") }
	assert.Equal(t, map[string]int64{
		reason(eligibility.ErrUnknownIndustry):          1, // "industry: unknown (want …)"
		reason(eligibility.ErrUnknownEndKind):           1,
		"registered: " + reason(eligibility.ErrNotBool): 1,
		"ended_at: " + reason(eligibility.ErrNotTime):   1,
	}, b.InvalidUnlisted())
	assert.True(t, strings.HasPrefix(reason(eligibility.ErrUnknownIndustry), "industry: unknown"))

	for err, want := range map[error]string{
		&eligibility.FieldError{Code: eligibility.ErrUnknownIndustry, Field: "sector"}: "sector: malformed",
		&eligibility.FieldError{Code: eligibility.ErrBareQuote, Field: "note"}:         "note: malformed",
		&eligibility.FieldError{Code: eligibility.ErrMissingID, Field: "bill_id"}:      "bill_id: missing",
	} {
		assert.Equal(t, want, unlistedKey(t, err))
	}
}

// The reader's month cache: the last day of a month read before (28, 29
// in a leap year, 30, 31) is that day; the day after it is refused
// (ErrNotTime, naming the column), never read as the next month's first.
func TestMonthCacheAtTheMonthsEnd(t *testing.T) {
	for _, c := range []struct {
		month string
		last  int
	}{{"2026-02", 28}, {"2024-02", 29}, {"2026-04", 30}, {"2026-03", 31}} {
		at := func(d int) string { return fmt.Sprintf("%s-%02dT10:00:00+08:00", c.month, d) }
		in := eligibility.CSVHeader + "\n" +
			rowWith("accepted_at", at(1), "started_at", at(c.last), "ended_at", at(c.last)) +
			rowWith("accepted_at", at(1), "started_at", at(1), "ended_at", at(c.last+1))
		got := trace(t, strings.NewReader(in))
		require.Len(t, got, 2, c.month)
		assert.Contains(t, got[0], fmt.Sprintf("EndedAt:%s-%02d 02:00:00 +0000 UTC", c.month, c.last), c.month)
		assert.True(t, strings.HasPrefix(got[1], "3 error"), got[1])
		assert.Contains(t, got[1], `ended_at "`+at(c.last+1)+`"`, c.month)
	}
}

// Past 16 platforms a Tally finds them through a map: a platform a Batch's
// take-back drops (its last copy superseded by one of another platform) is
// gone from it, and a later order of that platform is counted afresh.
func TestPlatformDroppedPastSixteen(t *testing.T) {
	b := &eligibility.Batch{}
	e := valid(t)
	for i := range 20 {
		e.OrderID, e.Platform = fmt.Sprintf("o%d", i), fmt.Sprintf("p%02d", i)
		_, err := b.Add(int64(i+2), &e)
		require.NoError(t, err)
	}
	// A later copy of o3 on p99 supersedes it: p03 has no count left.
	e.OrderID, e.Platform = "o3", "p99"
	e.StartDivision = "310116" // disagrees, and wins on the division (the times tie)
	_, err := b.Add(30, &e)
	require.ErrorIs(t, err, eligibility.ErrConflict)
	tl := b.Tally()
	assert.NotContains(t, tl.Platforms(), "p03")
	assert.Contains(t, tl.Platforms(), "p99")
	assert.Len(t, tl.Platforms(), 20)
	// A new order of p03 counts on p03 again.
	e = valid(t)
	e.OrderID, e.Platform = "o100", "p03"
	d, err := b.Add(31, &e)
	require.NoError(t, err)
	tl = b.Tally()
	assert.Contains(t, tl.Platforms(), "p03")
	assert.Equal(t, int64(1), tl.Count("p03", e.Industry, d.Day))
	assert.Equal(t, int64(21), tl.Total())
	assert.Equal(t, int64(21), b.Counts().Counted)
	var sum int64
	for _, r := range tl.Rows() {
		sum += r.Orders
	}
	assert.Equal(t, int64(21), sum)
	assert.True(t, b.Balanced())
}

// Equal tells tallies apart by any cell: another count, another day,
// another industry, another platform, a cell more.
func TestTallyEqualTellsCellsApart(t *testing.T) {
	d := day(t, "2026-03-01")
	d2 := day(t, "2026-03-02")
	base := func() *eligibility.Tally {
		tl := &eligibility.Tally{}
		require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, 2))
		return tl
	}
	assert.True(t, base().Equal(base()))
	for name, change := range map[string]func(*eligibility.Tally){
		"count": func(tl *eligibility.Tally) { require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, 1)) },
		"day": func(tl *eligibility.Tally) {
			*tl = eligibility.Tally{}
			require.NoError(t, tl.AddN("p", eligibility.RideHailing, d2, 2))
		},
		"industry": func(tl *eligibility.Tally) {
			*tl = eligibility.Tally{}
			require.NoError(t, tl.AddN("p", eligibility.InstantDelivery, d, 2))
		},
		"platform": func(tl *eligibility.Tally) {
			*tl = eligibility.Tally{}
			require.NoError(t, tl.AddN("q", eligibility.RideHailing, d, 2))
		},
		"a cell more": func(tl *eligibility.Tally) {
			require.NoError(t, tl.AddN("p", eligibility.RideHailing, d2, 1))
		},
	} {
		other := base()
		change(other)
		assert.False(t, base().Equal(other), name)
		assert.False(t, other.Equal(base()), name)
	}
	var none *eligibility.Tally
	assert.True(t, none.Equal(&eligibility.Tally{}))
	assert.False(t, none.Equal(base()))
}

// ParseInstant judges every byte of "YYYY-MM-DDTHH:MM:SS": a separator
// replaced by anything else (a digit, another separator, a lower-case t)
// or a digit by a non-digit (the bytes just below '0' and above '9'
// among them) is not an instant; a digit by another digit is the instant
// time.Parse reads, or none when time.Parse reads none. The reader then
// refuses the text with ErrNotTime on its line.
func TestParseInstantEveryPlace(t *testing.T) {
	const base = "2026-03-01T10:05:00+08:00"
	for i := 0; i < 19; i++ {
		for _, c := range []byte("0159/:-Tt .aZ+\x00\xff") {
			if c == base[i] {
				continue
			}
			s := base[:i] + string(c) + base[i+1:]
			got, ok := eligibility.ParseInstant(s)
			digitPlace := base[i] >= '0' && base[i] <= '9'
			if !digitPlace || c < '0' || c > '9' {
				assert.False(t, ok, "%q", s)
				_, err := eligibility.ParseRecord(strings.TrimSuffix(rowWith("started_at", s), "\n"))
				exactly(t, err, eligibility.ErrNotTime, nil, s)
				continue
			}
			want, err := time.Parse(time.RFC3339, s)
			if err != nil {
				assert.False(t, ok, "%q", s)
				continue
			}
			assert.True(t, ok, "%q", s)
			assert.True(t, want.Equal(got), "%q: %v, want %v", s, got, want)
		}
	}
}

// A fraction of one to nine digits is read to the nanosecond; one that
// runs to the end of the text (no offset after it), of ten digits, or a
// dot alone, is not an instant — never a read past the text's end.
func TestParseInstantFractionAtTheEnd(t *testing.T) {
	const base = "2026-03-01T10:05:00"
	for frac, nsec := range map[string]int{".1": 100000000, ".000000001": 1, ".123456789": 123456789} {
		for _, zone := range []string{"Z", "+08:00"} {
			got, ok := eligibility.ParseInstant(base + frac + zone)
			require.True(t, ok, frac+zone)
			assert.Equal(t, nsec, got.Nanosecond(), frac+zone)
		}
	}
	// Ten digits: not ParseInstant's form, but time.Parse's (the reader
	// takes it, to the nanosecond; TestInstantWithTenDigitFraction).
	_, ok := eligibility.ParseInstant(base + ".1234567890Z")
	assert.False(t, ok)
	_, err := eligibility.ParseRecord(strings.TrimSuffix(rowWith("ended_at", base+".1234567890+08:00"), "\n"))
	require.NoError(t, err)
	for _, s := range []string{base + ".", base + ".1", base + ".123456789", base + ".1234567890",
		base + ".Z", base + "Z.1", base} {
		_, ok := eligibility.ParseInstant(s)
		assert.False(t, ok, s)
		_, err := eligibility.ParseRecord(strings.TrimSuffix(rowWith("ended_at", s), "\n"))
		exactly(t, err, eligibility.ErrNotTime, nil, s)
		var fe *eligibility.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "ended_at", fe.Field)
	}
}

// A time with a fraction of ten digits goes to time.Parse (not
// ParseInstant's form) and must still have RFC 3339's offset: hours 00–23
// and minutes 00–59, either sign; +24:00 and +08:60, which time.Parse
// takes, are refused (ErrNotTime).
func TestSlowPathOffsetsAtTheirEdges(t *testing.T) {
	const base = "2026-03-01T10:05:00.1234567890"
	for _, zone := range []string{"+23:59", "-23:59", "+00:00", "-00:00", "+08:00", "Z"} {
		e, err := eligibility.ParseRecord(strings.TrimSuffix(rowWith("accepted_at", "2026-02-27T00:00:00Z", "started_at", base+zone, "ended_at", "2026-03-03T00:00:00Z"), "\n"))
		require.NoError(t, err, zone)
		want, err := time.Parse(time.RFC3339, base+zone)
		require.NoError(t, err)
		assert.True(t, want.Equal(e.StartedAt), zone)
	}
	for _, zone := range []string{"+24:00", "-24:00", "+08:60", "-23:60", "+8:00", "+08:0", "+0800", "z"} {
		_, err := eligibility.ParseRecord(strings.TrimSuffix(rowWith("started_at", base+zone), "\n"))
		exactly(t, err, eligibility.ErrNotTime, nil, zone)
	}
}

// The ID rule on ASCII, judged eight bytes at a time, at every byte of IDs
// of 7 to 17 bytes made of the characters at the edges of the visible
// range ('!' 0x21, '~' 0x7e) and of digits and capitals: a byte from 0x21
// to 0x7e is visible, every other (space, controls, DEL, a byte that is
// not UTF-8 alone) refused, with its offset.
func TestIDRuleAtEveryByteOfASCII(t *testing.T) {
	for _, base := range []string{"!!!!!!!!!!!!!!!!!", "~~~~~~~~~~~~~~~~~", "01234567890123456", "ABCDEFGHIJKLMNOPQ", "aZ0~!aZ0~!aZ0~!aZ"} {
		for n := 7; n <= len(base); n++ {
			require.NoError(t, eligibility.CheckID("order_id", base[:n]), base[:n])
			for pos := 0; pos < n; pos++ {
				for c := 0; c < 256; c++ {
					b := []byte(base[:n])
					b[pos] = byte(c)
					err := eligibility.CheckID("order_id", string(b))
					if c >= 0x21 && c <= 0x7e {
						require.NoError(t, err, "%q", b)
						continue
					}
					var ie *eligibility.IDError
					require.True(t, errors.As(err, &ie), "%q: %v", b, err)
					require.Equal(t, pos, ie.Offset, "%q", b)
				}
			}
		}
	}
}

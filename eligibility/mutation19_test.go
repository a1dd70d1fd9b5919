package eligibility_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
)

// Tests for the mutants of issue 19's study that the suite let survive.

// writes is an io.Reader that serves its pieces as a pipe serves a
// writer's writes: a read returns at most the rest of the current piece,
// so a line's break can come in a later read than the line, as it does
// from a network source.
type writes struct{ pieces [][]byte }

func (w *writes) Read(p []byte) (int, error) {
	for len(w.pieces) > 0 && len(w.pieces[0]) == 0 {
		w.pieces = w.pieces[1:]
	}
	if len(w.pieces) == 0 {
		return 0, io.EOF
	}
	n := copy(p, w.pieces[0])
	w.pieces[0] = w.pieces[0][n:]
	return n, nil
}

// A line of exactly MaxCSVLine bytes is within the limit (a longer one is
// not, TestRecordTooLong), however the source cuts the input: here its line
// break comes in a read of its own, after a long line before it (which
// grew the reader's buffer) — the reader then once holds the whole line
// and nothing after it, and must read on rather than refuse it.
func TestLineOfExactlyMaxCSVLine(t *testing.T) {
	r := row("o2")
	pad := strings.Repeat("x", eligibility.MaxCSVLine-(len(r)-1))
	exact := []byte(strings.TrimSuffix(row("o2"+pad), "\n"))
	require.Len(t, exact, eligibility.MaxCSVLine)
	longer := append([]byte("x"), exact...)
	for _, before := range []int{0, 1000, 300_000, 600_000, 900_000} {
		head := eligibility.CSVHeader + "\n" + row("o1") + strings.Repeat("y", before) + "\n"
		for _, pieces := range [][][]byte{
			{[]byte(head), exact, []byte("\n" + row("o3"))},
			{[]byte(head + "\n"), exact, []byte("\n"), []byte(row("o3"))},
			{[]byte(head[:len(head)-1]), append([]byte("\n"), exact...), []byte("\n"), []byte(row("o3"))},
		} {
			rd := eligibility.NewCSVReader(&writes{pieces: pieces})
			var e eligibility.Execution
			var lines []int64
			var errs []error
			for {
				line, err := rd.Read(&e)
				if err == io.EOF {
					break
				}
				if err != nil {
					errs = append(errs, err)
					continue
				}
				lines = append(lines, line)
				if strings.HasPrefix(e.OrderID, "o2") {
					assert.Len(t, e.OrderID, len("o2")+len(pad), "before %d", before)
				}
			}
			for _, err := range errs {
				assert.NotErrorIs(t, err, eligibility.ErrRecordTooLong, "a line of MaxCSVLine bytes, before %d", before)
			}
			assert.Len(t, lines, 3, "o1, the line of MaxCSVLine bytes and o3 read (before %d): errors %v", before, errs)
		}
		// One byte more is past the limit, cut the same way.
		rd := eligibility.NewCSVReader(&writes{pieces: [][]byte{[]byte(head), longer, []byte("\n" + row("o3"))}})
		var e eligibility.Execution
		var tooLong int
		for {
			_, err := rd.Read(&e)
			if err == io.EOF {
				break
			}
			if errors.Is(err, eligibility.ErrRecordTooLong) {
				tooLong++
			}
		}
		assert.Equal(t, 1, tooLong, "a line of MaxCSVLine+1 bytes (before %d)", before)
	}
}

// A file's last row may end without a line break and with an empty field
// (end_kind, and ended_at, of an order not ended: 第十条第一款第（三）项),
// and have a quoted field: it is read whole, whether the input ends right
// after its last comma or a source's read does.
func TestQuotedLastRowEndingInEmptyField(t *testing.T) {
	notEnded := `"o1",w1,p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,,`
	for _, in := range []io.Reader{
		strings.NewReader(eligibility.CSVHeader + "\n" + notEnded),
		&writes{pieces: [][]byte{[]byte(eligibility.CSVHeader + "\n" + notEnded), []byte("\n" + row("o2"))}},
	} {
		b := &eligibility.Batch{}
		require.NoError(t, eligibility.ReadCSV(in, b))
		c := b.Counts()
		assert.Empty(t, b.Invalid())
		assert.Equal(t, int64(0), c.Invalid)
		assert.Equal(t, int64(1), c.ExcludedNotEnded, "the row not ended is read and excluded (第十条第一款第（三）项)")
		assert.True(t, b.Balanced())
	}
}

// Each clause of 第十条第一款 an excluded order fails is counted under its
// own reason, and only the ones it fails: an ended order that is not
// registered is excluded for （一）, not for （三）; one outside Shanghai
// for （二） only; one not ended for （三） only.
func TestExcludedCountsOnlyTheClausesFailed(t *testing.T) {
	in := eligibility.CSVHeader + "\n" +
		strings.Replace(row("o1"), ",true,true,", ",false,true,", 1) + // not registered
		strings.Replace(row("o2"), ",310101,", ",320101,", 1) + // started outside Shanghai
		strings.Replace(row("o3"), ",2026-03-01T10:30:00+08:00,delivered", ",,", 1) + // not ended
		row("o4")
	b := &eligibility.Batch{}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	c := b.Counts()
	require.Equal(t, int64(0), c.Invalid, "%v", b.Invalid())
	assert.Equal(t, int64(1), c.Counted)
	assert.Equal(t, int64(3), c.Excluded)
	assert.Equal(t, int64(1), c.ExcludedBy(eligibility.ClauseRegistered))
	assert.Equal(t, int64(1), c.ExcludedBy(eligibility.ClauseInShanghai))
	assert.Equal(t, int64(1), c.ExcludedBy(eligibility.ClauseEnded))
	assert.True(t, b.Balanced())
}

// Past MaxInvalid, an invalid record is counted by reason: a value that is
// not true/false or not an RFC 3339 time is counted under its field and
// what the column wants, not as "malformed" (which tells a clerk nothing),
// and never with the value itself.
func TestUnlistedReasonNamesWhatTheColumnWants(t *testing.T) {
	in := eligibility.CSVHeader + "\n" +
		strings.Replace(row("o1"), ",true,true,", ",yes,true,", 1) +
		strings.Replace(row("o2"), ",true,true,", ",true,1,", 1) +
		strings.Replace(row("o3"), "2026-03-01T10:00:00+08:00", "2026-03-01 10:00", 1) +
		strings.Replace(row("o4"), "2026-03-01T10:30:00+08:00", "tomorrow", 1)
	b := &eligibility.Batch{MaxInvalid: -1}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	assert.Equal(t, map[string]int64{
		"registered: want true or false": 1,
		"in_scope: want true or false":   1,
		"accepted_at: want RFC 3339 with an offset, such as 2026-03-01T23:59:59+08:00": 1,
		"ended_at: want RFC 3339 with an offset, such as 2026-03-01T23:59:59+08:00":    1,
	}, b.InvalidUnlisted())
	assert.True(t, b.Balanced())
}

// A file of ordinary rows keeps the reader small: its buffer grows only
// for a long record, so a host can read many such files side by side
// without each taking the 2 MiB a record of MaxCSVLine may need. Sampled at
// each read of 8 MB of short rows (the heap after a collection).
func TestReaderOfShortRowsStaysSmall(t *testing.T) {
	var rows bytes.Buffer
	for i := range 1000 {
		rows.WriteString(row("o" + strings.Repeat("1", i%40)))
	}
	s := &sampler{pieces: []piece{{eligibility.CSVHeader + "\n", 1}, {rows.String(), 8 << 20 / rows.Len()}}}
	before := heapInUse()
	b := &eligibility.Batch{Seen: eligibility.Deduplicated{}}
	require.NoError(t, eligibility.ReadCSV(s, b))
	t.Logf("peak heap while reading: %d bytes over %d before", int64(s.peak)-int64(before), before)
	assert.Less(t, int64(s.peak)-int64(before), int64(512<<10), "a 64 KiB buffer and one string copy of it")
	assert.Equal(t, int64(0), b.Counts().Invalid)
	assert.True(t, b.Balanced())
}

// The reader remembers the month of the last date it read; a date of the
// same month in another year (or century) is not taken for it: a row a
// year before the batch's month counts on a day of another month
// (第十条第一款: the day it ended), not in this one.
func TestSameMonthOfAnotherYear(t *testing.T) {
	at := func(order, year string) string {
		return strings.ReplaceAll(row(order), "2026-03-01", year+"-03-01")
	}
	in := eligibility.CSVHeader + "\n" + at("o1", "2026") + at("o2", "2025") + at("o3", "1926") + at("o4", "2026")
	rd := eligibility.NewCSVReader(strings.NewReader(in))
	var e eligibility.Execution
	for _, year := range []int{2026, 2025, 1926, 2026} {
		_, err := rd.Read(&e)
		require.NoError(t, err)
		for _, tm := range []time.Time{e.AcceptedAt, e.StartedAt, e.EndedAt} {
			assert.Equal(t, year, tm.Year(), "%s %s", e.OrderID, tm)
			assert.Equal(t, time.March, tm.Month(), "%s %s", e.OrderID, tm)
			assert.Equal(t, 1, tm.In(time.FixedZone("CST", 8*3600)).Day(), "%s %s", e.OrderID, tm)
		}
	}
	in = eligibility.CSVHeader + "\n" + at("o1", "2026") + at("o2", "2025") + at("o3", "2026") + at("o4", "2025")
	b := &eligibility.Batch{Month: testdates.Month(t, "2026-03")}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	assert.Equal(t, int64(2), b.Counts().Counted, "%+v", b.Counts())
	assert.Equal(t, int64(2), b.Counts().ExcludedOtherMonth, "%+v", b.Counts())
	assert.Equal(t, int64(0), b.Counts().Invalid, "%v", b.Invalid())
}

// A tally from elsewhere whose cell names a platform it does not list is
// refused, and the error says which cell (counted from 1) for the operator
// to look at.
func TestTallyBinaryNamesTheBadCell(t *testing.T) {
	b := &eligibility.Batch{}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(eligibility.CSVHeader+"\n"+row("o1")), b))
	data, err := b.Tally().MarshalBinary()
	require.NoError(t, err)
	// magic (3 bytes), 1 platform, its length 1 and "p", 1 cell, its platform index
	require.Equal(t, []byte{1, 1, 'p', 1, 0}, data[3:8])
	data[7] = 1
	var got eligibility.Tally
	err = got.UnmarshalBinary(data)
	require.ErrorIs(t, err, eligibility.ErrTallyBinary)
	assert.Contains(t, err.Error(), "cell 1: platform 1 of 1")
}

// A quoted record of exactly MaxCSVLine bytes is read whole, its line break
// arriving in a later read; one byte more is too long (ErrRecordTooLong).
func TestQuotedRecordOfExactlyMaxCSVLine(t *testing.T) {
	base := row(`"o2"`)
	pad := strings.Repeat("x", eligibility.MaxCSVLine-(len(base)-1))
	exact := []byte(strings.TrimSuffix(row(`"o2`+pad+`"`), "\n"))
	require.Len(t, exact, eligibility.MaxCSVLine)
	longer := []byte(strings.TrimSuffix(row(`"o2x`+pad+`"`), "\n"))
	head := eligibility.CSVHeader + "\n" + row("o1")
	read := func(body []byte) (orders []string, errs []error) {
		rd := eligibility.NewCSVReader(&writes{pieces: [][]byte{[]byte(head), body, []byte("\n" + row("o3"))}})
		var e eligibility.Execution
		for {
			_, err := rd.Read(&e)
			if err == io.EOF {
				return orders, errs
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			orders = append(orders, e.OrderID[:2])
		}
	}
	orders, errs := read(exact)
	assert.Empty(t, errs)
	assert.Equal(t, []string{"o1", "o2", "o3"}, orders)
	orders, errs = read(longer)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], eligibility.ErrRecordTooLong)
	assert.Equal(t, []string{"o1", "o3"}, orders)
}

// 第十条: a batch remembers every order it counted, however many: a copy of
// the first order after ten thousand others (the remembered pairs have
// grown many times) is still a duplicate, counted once.
func TestDuplicateFoundAfterTheBatchGrew(t *testing.T) {
	first := valid(t)
	b := &eligibility.Batch{}
	_, err := b.Add(1, &first)
	require.NoError(t, err)
	for i := range 10_000 {
		e := valid(t)
		e.OrderID = fmt.Sprintf("grow-%d", i)
		_, err := b.Add(int64(i+2), &e)
		require.NoError(t, err)
	}
	again := first
	_, err = b.Add(20_000, &again)
	require.ErrorIs(t, err, eligibility.ErrDuplicate)
	assert.Equal(t, int64(1), b.Counts().Duplicates)
	assert.Equal(t, int64(10_001), b.Tally().Total())
}

// An instant in RFC 3339's less common forms (a fraction of a second,
// another offset) is read whatever the sign of its offset; a sign that is
// neither + nor − is refused.
func TestInstantFormsWithEitherSign(t *testing.T) {
	for _, at := range []string{"2026-03-01T10:00:00.5+08:00", "2026-03-01T02:00:00.25-00:30", "2026-03-01T02:00:00.125Z"} {
		in := eligibility.CSVHeader + "\n" + strings.Replace(row("o1"), "2026-03-01T10:00:00+08:00", at, 1)
		rd := eligibility.NewCSVReader(strings.NewReader(in))
		var e eligibility.Execution
		_, err := rd.Read(&e)
		require.NoError(t, err, at)
	}
	in := eligibility.CSVHeader + "\n" + strings.Replace(row("o1"), "2026-03-01T10:00:00+08:00", "2026-03-01T10:00:00.5*08:00", 1)
	rd := eligibility.NewCSVReader(strings.NewReader(in))
	var e eligibility.Execution
	_, err := rd.Read(&e)
	require.Error(t, err)
}

// AddResolved takes a group of up to 2³¹ copies (a pipeline's count of
// one pair's records); one more is garbage, refused (ErrNoCopies).
func TestResolvedCopiesUpToTwoToThe31(t *testing.T) {
	w := valid(t)
	b := &eligibility.Batch{}
	_, err := b.AddResolved(1, eligibility.Resolution{Winner: w, Copies: 1 << 31})
	require.NoError(t, err)
	assert.Equal(t, int64(1<<31-1), b.Counts().Duplicates)
	w.OrderID = "other"
	_, err = b.AddResolved(2, eligibility.Resolution{Winner: w, Copies: 1<<31 + 1})
	assert.ErrorIs(t, err, eligibility.ErrNoCopies)
}

// Round 7. A record of nothing, or of a line end alone, is one empty
// field: a field-count error, never a panic.
func TestParseRecordOfNothing(t *testing.T) {
	for _, rec := range []string{"", "\n", "\r", "\r\n"} {
		_, err := eligibility.ParseRecord(rec)
		assert.ErrorIs(t, err, eligibility.ErrFieldCount, "%q", rec)
		assert.Contains(t, err.Error(), "1 fields", "%q", rec)
	}
}

// RFC 3339 lets a fraction of a second have any number of digits: one of
// ten digits (past the nanosecond, which the fast reader does not take) is
// read by time.Parse and truncated to the nanosecond, with either sign of
// offset.
func TestInstantWithTenDigitFraction(t *testing.T) {
	for at, want := range map[string]string{
		"2026-03-01T10:00:00.1234567891+08:00": "2026-03-01T02:00:00.123456789Z",
		"2026-03-01T02:00:00.1234567891-00:30": "2026-03-01T02:30:00.123456789Z",
	} {
		in := eligibility.CSVHeader + "\n" + strings.Replace(row("o1"), "2026-03-01T10:00:00+08:00", at, 1)
		rd := eligibility.NewCSVReader(strings.NewReader(in))
		var e eligibility.Execution
		_, err := rd.Read(&e)
		require.NoError(t, err, at)
		assert.Equal(t, want, e.AcceptedAt.Format(time.RFC3339Nano), at)
	}
}

// A tally's memory estimate (8 bytes a block of each cell's span, 512 a
// block counted) may reach 256 bytes per byte of input and 1 MiB, exactly:
// 2,048 cells of one block each cost 2,048 × 520 bytes, which 64 bytes of
// input allow and 63 do not.
func TestTallyBudgetAtItsEdge(t *testing.T) {
	rows := make([]eligibility.Row, 2048)
	day := testdates.Day(t, "2026-03-01")
	for i := range rows {
		rows[i] = eligibility.Row{Platform: fmt.Sprintf("p%d", i), Industry: eligibility.RideHailing, Day: day, Orders: 1}
	}
	require.NoError(t, eligibility.CheckBudget(rows, 64))
	assert.ErrorIs(t, eligibility.CheckBudget(rows, 63), eligibility.ErrTallyTooSparse)
	// One cell spanning two blocks far apart costs 8 bytes a block between.
	far := []eligibility.Row{
		{Platform: "p", Industry: eligibility.RideHailing, Day: testdates.Day(t, "2020-01-01"), Orders: 1},
		{Platform: "p", Industry: eligibility.RideHailing, Day: day, Orders: 1},
	}
	require.NoError(t, eligibility.CheckBudget(far, 0))
}

// A quoted record holding a line break whose bytes reach exactly
// MaxCSVLine before its end arrives is within the limit: it is refused for
// its line break (ErrLineBreak: no column holds one), not as too long, and
// the rows around it are read.
func TestQuotedRecordFillingTheLimitBeforeItsEnd(t *testing.T) {
	base := row(`"o2` + "\n" + `"`)
	pad := strings.Repeat("x", eligibility.MaxCSVLine-(len(base)-1))
	rec := strings.TrimSuffix(row(`"o2`+"\n"+pad+`"`), "\n")
	require.Len(t, rec, eligibility.MaxCSVLine)
	in := eligibility.CSVHeader + "\n" + row("o1") + rec + "\n" + row("o3")
	for name, src := range map[string]io.Reader{
		"one read":       strings.NewReader(in),
		"record at once": &writes{pieces: [][]byte{[]byte(eligibility.CSVHeader + "\n" + row("o1")), []byte(rec), []byte("\n" + row("o3"))}},
	} {
		rd := eligibility.NewCSVReader(src)
		var got []string
		var errs []error
		var e eligibility.Execution
		for {
			_, err := rd.Read(&e)
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			got = append(got, e.OrderID[:2])
		}
		assert.Equal(t, []string{"o1", "o3"}, got, name)
		require.NotEmpty(t, errs, name)
		assert.ErrorIs(t, errs[0], eligibility.ErrLineBreak, name)
		for _, err := range errs {
			assert.NotErrorIs(t, err, eligibility.ErrRecordTooLong, name)
		}
	}
}

// 第十条: the start's administrative division is six digits; a byte just
// past '9' (':') or just before '0' ('/') in any of the six places is
// refused (ErrMalformedDivision), never read as a digit.
func TestDivisionDigitsAtEveryPlace(t *testing.T) {
	for i := 0; i < 6; i++ {
		for _, c := range []byte{':', '/'} {
			e := valid(t)
			d := []byte(e.StartDivision)
			d[i] = c
			e.StartDivision = string(d)
			_, err := eligibility.Decide(&e)
			assert.ErrorIs(t, err, eligibility.ErrMalformedDivision, e.StartDivision)
		}
	}
	e := valid(t)
	_, err := eligibility.Decide(&e)
	require.NoError(t, err)
}

// Round 8. A batch's binary form (what a pipeline ships between workers)
// cut short anywhere is refused, never a panic; and an invalid record's
// error flag other than 0, 1 or 2 is refused by its place.
func TestBatchBinaryCutAnywhereOrBadFlag(t *testing.T) {
	b := &eligibility.Batch{}
	e := valid(t)
	_, err := b.Add(1, &e)
	require.NoError(t, err)
	bad := valid(t)
	bad.OrderID, bad.StartDivision = "ZZMARK", "31011x"
	_, err = b.Add(2, &bad)
	require.Error(t, err)
	enc, err := b.MarshalBinary()
	require.NoError(t, err)
	for n := 0; n < len(enc); n++ {
		var c eligibility.Batch
		assert.Error(t, c.UnmarshalBinary(enc[:n]), "cut at %d of %d", n, len(enc))
	}
	i := bytes.Index(enc, []byte("ZZMARK"))
	require.GreaterOrEqual(t, i, 0)
	flag := i + len("ZZMARK")
	require.Equal(t, byte(2), enc[flag], "the error flag follows the order ID: 2, an error with its code")
	for _, v := range []byte{3, 0xff} {
		alt := bytes.Clone(enc)
		alt[flag] = v
		var c eligibility.Batch
		err := c.UnmarshalBinary(alt)
		require.Error(t, err, v)
		assert.Contains(t, err.Error(), "invalid record 1: want an error flag")
	}
	var c eligibility.Batch
	require.NoError(t, c.UnmarshalBinary(enc))
	assert.Equal(t, b.Counts(), c.Counts())
}

// A time of 60 seconds or 60 minutes (a leap second, as some clocks write
// it) is not read into the next minute: refused (ErrNotTime), with either
// reader.
func TestTimeOfSixtySecondsRefused(t *testing.T) {
	for _, at := range []string{"2026-03-01T10:00:60+08:00", "2026-03-01T10:60:00+08:00", "2026-03-01T10:00:60.5+08:00", "2026-03-01T24:00:00+08:00"} {
		_, err := eligibility.ParseRecord(strings.Replace(row("o1"), "2026-03-01T10:00:00+08:00", at, 1))
		assert.ErrorIs(t, err, eligibility.ErrNotTime, at)
	}
}

// Round 9. The reason an invalid record is counted under (InvalidUnlisted)
// is found in the error's tree to a depth of 16, through joined errors as
// through wrapped ones; deeper is "other" (a bounded search).
func TestUnlistedReasonSearchedToDepth16(t *testing.T) {
	idErr := eligibility.CheckID("order_id", "a\x00b")
	require.Error(t, idErr)
	nest := func(depth int) error {
		err := idErr
		for i := 0; i < depth; i++ {
			err = errors.Join(err)
		}
		return err
	}
	for depth, found := range map[int]bool{0: true, 16: true, 17: false} {
		b := &eligibility.Batch{MaxInvalid: -1}
		require.NoError(t, b.AddInvalid(1, nest(depth)))
		keys := b.InvalidUnlisted()
		require.Len(t, keys, 1, depth)
		for k := range keys {
			assert.Equal(t, found, strings.HasPrefix(k, "order_id: "), "depth %d: %q", depth, k)
		}
	}
}

// 第七十九条: a reason's text is masked where it holds an identity number
// (15 digits or more, or 14 or 17 and an X: redact.Mask); 14 digits, and
// 13 and an X, are kept.
func TestUnlistedReasonMasksAnIdentityNumber(t *testing.T) {
	for digits, kept := range map[string]bool{"1234567890123X": true, "12345678901234": true, "12345678901234X": false,
		"123456789012345": false, "12345678901234567X": false, "123456789012345678": false} {
		b := &eligibility.Batch{MaxInvalid: -1}
		require.NoError(t, b.AddInvalid(1, &eligibility.IDError{Field: "f" + digits, Why: "x"}))
		for k := range b.InvalidUnlisted() {
			assert.Equal(t, kept, strings.Contains(k, digits), "%q", k)
		}
	}
}

// 第十条: an industry past the three of 第十一条 (the values just after
// intra-city freight) is refused, never counted.
func TestIndustryPastTheLastRefused(t *testing.T) {
	for _, ind := range []eligibility.Industry{eligibility.IntraCityFreight + 1, eligibility.IntraCityFreight + 2, 0} {
		e := valid(t)
		e.Industry = ind
		_, err := eligibility.Decide(&e)
		assert.ErrorIs(t, err, eligibility.ErrUnknownIndustry, "%d", ind)
	}
}

// A bad header is reported on line 1, where it is.
func TestBadHeaderOnLineOne(t *testing.T) {
	rd := eligibility.NewCSVReader(strings.NewReader("order_id,worker_id\n" + row("o1")))
	var e eligibility.Execution
	_, err := rd.Read(&e)
	var le *eligibility.LineError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, int64(1), le.Line)
	assert.ErrorIs(t, err, eligibility.ErrCSVHeader)
}

// A tally cell spanning the whole range (2020-01-01 to 2039-12-31, more than
// 64 blocks of 64 days, the 65th of them counted) counts each day on its
// own day, whether the counts are added (AddN) or a batch counts the orders
// (the inline path).
func TestTallyCellOverTheWholeRange(t *testing.T) {
	first, last := eligibility.TallyDays()
	add := func(d calendar.Date, n int) calendar.Date {
		v, err := d.AddDays(n)
		require.NoError(t, err)
		return v
	}
	days := []calendar.Date{first, last, add(first, 64*64), add(first, 1), add(first, 2), add(first, 65), add(last, -1)}
	check := func(name string, tl *eligibility.Tally, want func(i int) int64) {
		rows := tl.Rows()
		require.Len(t, rows, len(days), name)
		got := map[calendar.Date]int64{}
		for _, r := range rows {
			got[r.Day] = r.Orders
		}
		for i, d := range days {
			assert.Equal(t, want(i), got[d], "%s %s", name, d)
		}
	}
	var tl eligibility.Tally
	for i, d := range days {
		require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, int64(i+1)))
	}
	check("AddN", &tl, func(i int) int64 { return int64(i + 1) })

	b := &eligibility.Batch{}
	for i, d := range days {
		e := valid(t)
		e.OrderID = fmt.Sprintf("o%d", i)
		noon := time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.FixedZone("CST", 8*3600))
		e.AcceptedAt, e.StartedAt, e.EndedAt = noon.Add(-time.Hour), noon.Add(-30*time.Minute), noon
		_, err := b.Add(int64(i+1), &e)
		require.NoError(t, err, d.String())
	}
	check("Batch", b.Tally(), func(int) int64 { return 1 })
}

// Round 10. A batch numbers its (order, worker) pairs with a uint32: it
// takes 2³²−2 pairs, then refuses more.
func TestPairSetHoldsTwoToThe32MinusTwo(t *testing.T) {
	assert.False(t, eligibility.PairsFull(1<<32-3))
	assert.True(t, eligibility.PairsFull(1<<32-2))
	assert.False(t, eligibility.PairsFull(0))
}

// 第十条, 第十一条: every industry of the three counts (intra-city freight,
// the last, included).
func TestEveryIndustryCounts(t *testing.T) {
	for _, ind := range []eligibility.Industry{eligibility.RideHailing, eligibility.InstantDelivery, eligibility.IntraCityFreight} {
		e := valid(t)
		e.Industry = ind
		d, err := eligibility.Decide(&e)
		require.NoError(t, err, ind.String())
		assert.True(t, d.Counted, ind.String())
	}
}

// Every end kind has its Chinese name; a value outside the list has none.
func TestEndKindChinese(t *testing.T) {
	for k, want := range map[eligibility.EndKind]string{eligibility.NotEnded: "尚未结束", eligibility.Delivered: "送达完成", eligibility.Transferred: "中途转单", eligibility.Cancelled: "取消", eligibility.Cancelled + 1: ""} {
		assert.Equal(t, want, k.Chinese(), "%d", k)
	}
}

// Round 11. 第十条（二）: the start's province is read from the division's
// first two digits: 37 (Shandong) is a province (the order started outside
// Shanghai: not counted, no error), 91 is none (ErrUnknownProvince), though
// the second digit alone would make 77 and 11.
func TestProvinceFromTheFirstTwoDigits(t *testing.T) {
	e := valid(t)
	e.StartDivision = "370102"
	d, err := eligibility.Decide(&e)
	require.NoError(t, err)
	assert.False(t, d.Counted)
	e.StartDivision = "910101"
	_, err = eligibility.Decide(&e)
	assert.ErrorIs(t, err, eligibility.ErrUnknownProvince)
}

// A tally's binary form names each platform once, in order: one whose
// platforms repeat (the same name twice) is refused (ErrTallyBinary), not
// read as two platforms of one name.
func TestTallyBinaryPlatformTwice(t *testing.T) {
	var tl eligibility.Tally
	day := testdates.Day(t, "2026-03-02")
	require.NoError(t, tl.AddN("pa", eligibility.RideHailing, day, 1))
	require.NoError(t, tl.AddN("pb", eligibility.RideHailing, testdates.Day(t, "2026-03-03"), 2))
	enc, err := tl.MarshalBinary()
	require.NoError(t, err)
	i := bytes.Index(enc, []byte("pb"))
	require.Greater(t, i, 0)
	alt := bytes.Clone(enc)
	alt[i+1] = 'a'
	var back eligibility.Tally
	assert.ErrorIs(t, back.UnmarshalBinary(alt), eligibility.ErrTallyBinary)
	require.NoError(t, back.UnmarshalBinary(enc))
}

// Round 12. A binary tally cut right after its version mark is a version-1
// tally cut short (its count of platforms is missing), not another format.
func TestTallyBinaryMarkAlone(t *testing.T) {
	var tl eligibility.Tally
	enc, err := tl.MarshalBinary()
	require.NoError(t, err)
	var back eligibility.Tally
	err = back.UnmarshalBinary(enc[:3])
	require.ErrorIs(t, err, eligibility.ErrTallyBinary)
	assert.Contains(t, err.Error(), "platforms: truncated")
	err = back.UnmarshalBinary(enc[:2])
	require.ErrorIs(t, err, eligibility.ErrTallyBinary)
	assert.Contains(t, err.Error(), "not a version-1 tally")
}

// dataThenError serves its data and an error in one read, as io.Reader
// allows.
type dataThenError struct {
	data []byte
	err  error
}

func (d *dataThenError) Read(p []byte) (int, error) {
	if len(d.data) == 0 {
		return 0, d.err
	}
	n := copy(p, d.data)
	d.data = d.data[n:]
	if len(d.data) == 0 {
		return n, d.err
	}
	return n, nil
}

// Round 12. Every complete line before the source's error is read, a blank
// line among them included: the rows after a blank line are not lost when
// the error came in the same read.
func TestBlankLineBeforeTheSourcesError(t *testing.T) {
	disk := errors.New("disk")
	in := eligibility.CSVHeader + "\n" + row("o1") + "\n" + row("o3")
	rd := eligibility.NewCSVReader(&dataThenError{data: []byte(in), err: disk})
	var got []string
	var e eligibility.Execution
	var last error
	for {
		_, err := rd.Read(&e)
		if err != nil {
			last = err
			break
		}
		got = append(got, e.OrderID)
	}
	assert.Equal(t, []string{"o1", "o3"}, got)
	assert.ErrorIs(t, last, disk)
}

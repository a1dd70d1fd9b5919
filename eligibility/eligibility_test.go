package eligibility_test

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/eligibilitykinds" // registers the kinds its cases name
)

func at(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return v
}

func valid(t testing.TB) eligibility.Execution {
	return eligibility.Execution{
		OrderID: "o1", WorkerID: "w1", Platform: "p", Industry: eligibility.InstantDelivery,
		Registered: true, InScope: true,
		AcceptedAt: at(t, "2026-03-31T23:00:00+08:00"), StartedAt: at(t, "2026-03-31T23:05:00+08:00"),
		StartDivision: "310115", EndedAt: at(t, "2026-03-31T23:59:59+08:00"), EndKind: eligibility.Delivered,
	}
}

func TestDecideMidnight(t *testing.T) {
	for instant, want := range map[string]string{
		"2026-03-31T23:59:59+08:00": "2026-03-31",
		"2026-04-01T00:00:00+08:00": "2026-04-01",
		"2026-03-31T15:59:59Z":      "2026-03-31",
		"2026-03-31T16:00:00Z":      "2026-04-01",
	} {
		e := valid(t)
		e.EndedAt = at(t, instant)
		d, err := eligibility.Decide(&e)
		require.NoError(t, err)
		assert.True(t, d.Counted)
		assert.Equal(t, want, d.Day.String(), instant)
	}
}

func TestDecideClauses(t *testing.T) {
	e := valid(t)
	e.Registered = false
	e.StartDivision = "320102"
	e.EndKind = eligibility.Cancelled
	d, err := eligibility.Decide(&e)
	require.NoError(t, err)
	assert.False(t, d.Counted)
	assert.Equal(t, eligibility.ClauseRegistered|eligibility.ClauseInShanghai|eligibility.ClauseEnded, d.Clauses)
	assert.Contains(t, d.Explain(explain.English)[0], "第十条第一款第（二）项")
}

func TestValidateErrors(t *testing.T) {
	cases := map[string]struct {
		edit func(*eligibility.Execution)
		want error
	}{
		"order id":        {func(e *eligibility.Execution) { e.OrderID = "" }, eligibility.ErrMissingOrderID},
		"worker id":       {func(e *eligibility.Execution) { e.WorkerID = "" }, eligibility.ErrMissingWorkerID},
		"platform":        {func(e *eligibility.Execution) { e.Platform = "" }, eligibility.ErrMissingPlatform},
		"industry":        {func(e *eligibility.Execution) { e.Industry = 0 }, eligibility.ErrUnknownIndustry},
		"end kind":        {func(e *eligibility.Execution) { e.EndKind = 9 }, eligibility.ErrUnknownEndKind},
		"accepted":        {func(e *eligibility.Execution) { e.AcceptedAt = time.Time{} }, eligibility.ErrMissingAccepted},
		"started":         {func(e *eligibility.Execution) { e.StartedAt = time.Time{} }, eligibility.ErrMissingStarted},
		"start < accept":  {func(e *eligibility.Execution) { e.StartedAt = e.AcceptedAt.Add(-time.Second) }, eligibility.ErrStartBeforeAccept},
		"end < start":     {func(e *eligibility.Execution) { e.EndedAt = e.StartedAt.Add(-time.Second) }, eligibility.ErrEndBeforeStart},
		"kind, no end":    {func(e *eligibility.Execution) { e.EndedAt = time.Time{} }, eligibility.ErrEndKindWithoutEnd},
		"end, no kind":    {func(e *eligibility.Execution) { e.EndKind = eligibility.NotEnded }, eligibility.ErrEndWithoutEndKind},
		"division short":  {func(e *eligibility.Execution) { e.StartDivision = "31011" }, eligibility.ErrMalformedDivision},
		"division letter": {func(e *eligibility.Execution) { e.StartDivision = "31011x" }, eligibility.ErrMalformedDivision},
		"province":        {func(e *eligibility.Execution) { e.StartDivision = "990101" }, eligibility.ErrUnknownProvince},
	}
	for name, c := range cases {
		e := valid(t)
		c.edit(&e)
		_, err := eligibility.Decide(&e)
		assert.ErrorIs(t, err, c.want, name)
		assert.True(t, eligibility.IsRecordError(err), name)
	}
	// A cancelled order may or may not carry an end time.
	e := valid(t)
	e.EndKind, e.EndedAt = eligibility.Cancelled, time.Time{}
	d, err := eligibility.Decide(&e)
	require.NoError(t, err)
	assert.False(t, d.Counted)
	assert.True(t, d.Day.IsZero())
}

func TestGoldenCases(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/eligibility")
}

func TestSampleCSV(t *testing.T) {
	f, err := os.Open("../testdata/levy/orders-2026-03.csv")
	require.NoError(t, err)
	defer f.Close()
	m, _ := calendar.ParseMonth("2026-03")
	b := &eligibility.Batch{Month: m}
	require.NoError(t, eligibility.ReadCSV(f, b))
	assert.True(t, b.Balanced())
	assert.Equal(t, int64(3162), b.Counts().Input, "rows of the sample")
	assert.Positive(t, b.Counts().Duplicates)
	assert.NotEmpty(t, b.Invalid())
	assert.Equal(t, b.Counts().Counted, b.Tally().Total())
	for _, inv := range b.Invalid() {
		assert.Positive(t, inv.Line)
		assert.Error(t, inv.Err)
	}
}

func TestCSVReaderErrors(t *testing.T) {
	header := eligibility.CSVHeader + "\n"
	good := "o1,w1,p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered\n"
	in := header + good +
		"o2,w1,p,ride_hailing,yes,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered\n" +
		"o3,w1,p,taxi,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered\n" +
		"o4,w1,p,ride_hailing,true,true,2026-03-01 10:00:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered\n" +
		"o5,w1,p,ride_hailing,true,true\n" +
		"o6,w1,p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,lost\n" +
		good
	r := eligibility.NewCSVReader(strings.NewReader(in))
	var e eligibility.Execution
	var lines []int64
	okRows := 0
	for {
		_, err := r.Read(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			var le *eligibility.LineError
			require.True(t, errors.As(err, &le), "%v", err)
			lines = append(lines, le.Line)
			continue
		}
		okRows++
	}
	assert.Equal(t, []int64{3, 4, 5, 6, 7}, lines)
	assert.Equal(t, 2, okRows)

	_, err := eligibility.NewCSVReader(strings.NewReader("order,worker\n")).Read(&e)
	assert.ErrorIs(t, err, eligibility.ErrCSVHeader)
	_, err = eligibility.NewCSVReader(strings.NewReader("")).Read(&e)
	assert.ErrorIs(t, err, eligibility.ErrCSVHeader)
}

func TestBatchDuplicates(t *testing.T) {
	b := &eligibility.Batch{}
	e := valid(t)
	_, err := b.Add(1, &e)
	require.NoError(t, err)
	_, err = b.Add(2, &e)
	assert.ErrorIs(t, err, eligibility.ErrDuplicate)
	e2 := e
	e2.WorkerID = "w2" // a transfer: the same order for another worker counts again
	_, err = b.Add(3, &e2)
	require.NoError(t, err)
	assert.Equal(t, int64(2), b.Counts().Counted)
	assert.Equal(t, int64(1), b.Counts().Duplicates)
	assert.True(t, b.Balanced())
}

func TestTallyJSON(t *testing.T) {
	var tl eligibility.Tally
	d1, _ := calendar.ParseDate("2026-03-01")
	d2, _ := calendar.ParseDate("2026-02-28")
	tl.AddN("b", eligibility.RideHailing, d1, 1)
	tl.AddN("a", eligibility.InstantDelivery, d2, 5)
	tl.AddN("b", eligibility.RideHailing, d1, 1)
	b, err := json.Marshal(&tl)
	require.NoError(t, err)
	assert.JSONEq(t, `{"rows":[{"platform":"a","industry":"instant_delivery","day":"2026-02-28","orders":5},
		{"platform":"b","industry":"ride_hailing","day":"2026-03-01","orders":2}]}`, string(b))
	var back eligibility.Tally
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(&tl))
	for _, bad := range []string{
		`{"rows":[{"platform":"a","industry":"instant_delivery","day":"2026-02-28","orders":5,"x":1}]}`,
		`{"rows":[{"platform":"","industry":"instant_delivery","day":"2026-02-28","orders":5}]}`,
		`{"rows":[{"platform":"a","industry":"taxi","day":"2026-02-28","orders":5}]}`,
		`{"rows":[{"platform":"a","industry":"instant_delivery","day":"2026-02-28","orders":-5}]}`,
		`{"rows":[{"platform":"a","industry":"instant_delivery","day":"2026-02-28","orders":5},{"platform":"a","industry":"instant_delivery","day":"2026-02-28","orders":1}]}`,
	} {
		assert.Error(t, json.Unmarshal([]byte(bad), &back), bad)
	}
}

// drawn orders for the property tests
type drawn struct {
	platform string
	industry eligibility.Industry
	day      calendar.Date
}

func drawOrders(t *rapid.T) []drawn {
	first, _ := calendar.ParseDate("2026-02-20")
	n := rapid.IntRange(0, 200).Draw(t, "n")
	out := make([]drawn, n)
	for i := range out {
		d, _ := first.AddDays(rapid.IntRange(0, 40).Draw(t, "day"))
		out[i] = drawn{
			platform: rapid.SampledFrom([]string{"a", "b", "c"}).Draw(t, "platform"),
			industry: rapid.SampledFrom(eligibility.Industries[:]).Draw(t, "industry"),
			day:      d,
		}
	}
	return out
}

// Tallies of any partition, merged in any order and grouping, equal the
// tally of the whole.
func TestTallyMergeIsOrderFree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		orders := drawOrders(t)
		var whole eligibility.Tally
		for _, o := range orders {
			whole.AddN(o.platform, o.industry, o.day, 1)
		}
		k := rapid.IntRange(1, 6).Draw(t, "parts")
		parts := make([]*eligibility.Tally, k)
		for i := range parts {
			parts[i] = &eligibility.Tally{}
		}
		for _, o := range orders {
			parts[rapid.IntRange(0, k-1).Draw(t, "part")].AddN(o.platform, o.industry, o.day, 1)
		}
		perm := rapid.Permutation(parts).Draw(t, "order")
		// merge pairwise in a drawn grouping: fold left or tree
		var merged eligibility.Tally
		if rapid.Bool().Draw(t, "tree") && len(perm) > 1 {
			mid := len(perm) / 2
			var left, right eligibility.Tally
			for _, p := range perm[:mid] {
				left.Merge(p)
			}
			for _, p := range perm[mid:] {
				right.Merge(p)
			}
			merged.Merge(&right)
			merged.Merge(&left)
		} else {
			for _, p := range perm {
				merged.Merge(p)
			}
		}
		if !merged.Equal(&whole) {
			t.Fatalf("merged %v != whole %v", merged.Rows(), whole.Rows())
		}
		// daily rows sum to the monthly ones, and to the total
		var total int64
		months := map[[3]string]int64{}
		for _, r := range whole.Rows() {
			total += r.Orders
			months[[3]string{r.Platform, r.Industry.String(), calendar.MonthOfDate(r.Day).String()}] += r.Orders
		}
		if total != int64(len(orders)) || total != whole.Total() {
			t.Fatalf("total %d, orders %d", total, len(orders))
		}
		for _, m := range whole.Months() {
			if months[[3]string{m.Platform, m.Industry.String(), m.Month.String()}] != m.Orders {
				t.Fatalf("month row %v does not sum its days", m)
			}
		}
		// JSON round trip
		b, err := json.Marshal(&merged)
		if err != nil {
			t.Fatal(err)
		}
		var back eligibility.Tally
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(&whole) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// Nothing is lost or counted twice: counted + excluded + invalid +
// duplicates = input, and the tally holds exactly the counted orders.
func TestBatchBalances(t *testing.T) {
	base := valid(t)
	rapid.Check(t, func(t *rapid.T) {
		b := &eligibility.Batch{}
		if rapid.Bool().Draw(t, "month filter") {
			b.Month, _ = calendar.ParseMonth("2026-03")
		}
		n := rapid.IntRange(0, 100).Draw(t, "n")
		for i := 0; i < n; i++ {
			e := base
			e.OrderID = rapid.SampledFrom([]string{"o1", "o2", "o3", "o4", "o5", "o6"}).Draw(t, "order")
			e.WorkerID = rapid.SampledFrom([]string{"w1", "w2", ""}).Draw(t, "worker")
			e.Registered = rapid.Bool().Draw(t, "registered")
			e.StartDivision = rapid.SampledFrom([]string{"310101", "320102", "3101"}).Draw(t, "division")
			e.EndKind = rapid.SampledFrom([]eligibility.EndKind{eligibility.Delivered, eligibility.Transferred, eligibility.Cancelled}).Draw(t, "end")
			e.EndedAt = e.StartedAt.Add(time.Duration(rapid.IntRange(-10, 3000).Draw(t, "minutes")) * time.Minute)
			_, _ = b.Add(int64(i+1), &e)
		}
		if !b.Balanced() || b.Counts().Input != int64(n) {
			t.Fatalf("input %d: counted %d + excluded %d + invalid %d + duplicates %d", b.Counts().Input, b.Counts().Counted, b.Counts().Excluded, len(b.Invalid()), b.Counts().Duplicates)
		}
		if b.Tally().Total() != b.Counts().Counted {
			t.Fatalf("tally %d != counted %d", b.Tally().Total(), b.Counts().Counted)
		}
	})
}

// ParseInstant agrees with time.Parse wherever it answers.
func TestParseInstantAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sec := rapid.Int64Range(-62135596800, 253402300799).Draw(t, "unix")
		off := rapid.IntRange(-23*60-59, 23*60+59).Draw(t, "offset minutes")
		ns := rapid.SampledFrom([]int{0, 0, 5, 120000000, 999999999}).Draw(t, "nsec")
		layout := rapid.SampledFrom([]string{time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05.000Z07:00"}).Draw(t, "layout")
		s := time.Unix(sec, int64(ns)).In(time.FixedZone("", off*60)).Format(layout)
		want, werr := time.Parse(time.RFC3339, s)
		got, ok := eligibility.ParseInstant(s)
		if ok && (werr != nil || !got.Equal(want)) {
			t.Fatalf("%q: ParseInstant %v, time.Parse %v %v", s, got, want, werr)
		}
		if !ok && werr == nil && want.Year() >= 1 && want.Year() <= 9999 && strings.Contains(s, "T") {
			t.Fatalf("%q: ParseInstant refused a plain instant", s)
		}
	})
}

func FuzzParseInstant(f *testing.F) {
	for _, s := range []string{"2026-03-31T23:59:59+08:00", "2026-03-31T15:59:59Z", "2026-02-30T00:00:00Z", "2026-03-31T23:59:60Z",
		"2026-03-31T23:59:59.123456789-05:30", "2026-03-31T23:59:59.Z", "2026-03-31t23:59:59Z", "2026-03-31T24:00:00+08:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := eligibility.ParseInstant(s)
		if !ok {
			return
		}
		want, err := time.Parse(time.RFC3339, s)
		if err != nil || !got.Equal(want) {
			t.Fatalf("%q: ParseInstant %v, time.Parse %v %v", s, got, want, err)
		}
	})
}

func TestCSVQuotedFieldsAndLineNumbers(t *testing.T) {
	in := eligibility.CSVHeader + "\r\n" +
		"\r\n" + // a blank line is skipped but counted
		`"o,1","w""1",p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered` + "\r\n" +
		`o2,"w` + "\n" + `2",p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered` + "\n" +
		"o3,w3,p,ride_hailing,true,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered,extra\n" +
		"o4,w4,p,ride_hailing,true,true,2026-03-01T10:00:00.5+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered\n"
	r := eligibility.NewCSVReader(strings.NewReader(in))
	var e eligibility.Execution
	line, err := r.Read(&e)
	require.NoError(t, err)
	assert.Equal(t, int64(3), line)
	assert.Equal(t, "o,1", e.OrderID)
	assert.Equal(t, `w"1`, e.WorkerID)
	// A quoted field holding a line break: no column holds one, so the
	// record is reported at its first line and the next line read alone.
	line, err = r.Read(&e)
	assert.ErrorIs(t, err, eligibility.ErrLineBreak)
	assert.Equal(t, int64(4), line)
	line, err = r.Read(&e)
	assert.ErrorIs(t, err, eligibility.ErrBareQuote)
	assert.Equal(t, int64(5), line)
	line, err = r.Read(&e)
	var le *eligibility.LineError
	require.True(t, errors.As(err, &le))
	assert.Equal(t, int64(6), line)
	assert.Contains(t, err.Error(), "12 fields, want 11")
	line, err = r.Read(&e)
	require.NoError(t, err)
	assert.Equal(t, int64(7), line)
	assert.Equal(t, 500*time.Millisecond, time.Duration(e.AcceptedAt.Nanosecond()))
	_, err = r.Read(&e)
	assert.Equal(t, io.EOF, err)
}

func TestNilTallyReadsEmpty(t *testing.T) {
	var tl *eligibility.Tally
	d, _ := calendar.ParseDate("2026-03-01")
	assert.Zero(t, tl.Count("p", eligibility.RideHailing, d))
	assert.Zero(t, tl.Total())
	assert.Empty(t, tl.Rows())
	assert.Empty(t, tl.Months())
	assert.Empty(t, tl.Platforms())
	var u eligibility.Tally
	u.Merge(nil)
	assert.True(t, u.Equal(tl))
}

// Issue 19: Batch.Add returns what the batch did with the row. A row that
// counts under 第十条 on a day of another month is returned not counted
// (OtherMonth), and a duplicate with the zero Decision, never "counted"
// beside ErrDuplicate; the counts agree with each returned decision.
func TestBatchAddSaysWhatItDid(t *testing.T) {
	mar, err := calendar.MonthOf(2026, time.March)
	require.NoError(t, err)
	jan, err := calendar.MonthOf(2025, time.January)
	require.NoError(t, err)
	b := &eligibility.Batch{Month: mar}
	e := valid(t)
	d, err := b.Add(1, &e)
	require.NoError(t, err)
	month := d.Day.Year() == 2026 && d.Day.Month() == time.March
	assert.Equal(t, month, d.Counted, "counted only in the batch's month")
	assert.Equal(t, !month, d.OtherMonth)
	d2, err := b.Add(2, &e)
	assert.ErrorIs(t, err, eligibility.ErrDuplicate)
	assert.False(t, d2.Counted, "a duplicate is not counted")
	assert.Equal(t, int64(1), b.Counts().Counted+b.Counts().ExcludedOtherMonth)

	other := &eligibility.Batch{Month: jan}
	d, err = other.Add(1, &e)
	require.NoError(t, err)
	assert.False(t, d.Counted)
	assert.True(t, d.OtherMonth)
	assert.Equal(t, int64(1), other.Counts().ExcludedOtherMonth)
	assert.Equal(t, int64(0), other.Counts().Counted)
	assert.Contains(t, d.Explain(explain.English)[0], "another month")
	assert.Contains(t, d.Explain(explain.Chinese)[0], "其他月份")
}

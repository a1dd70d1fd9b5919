package eligibility_test

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
)

// drawRows draws executions over a few (order, worker) pairs, so that
// copies repeat, agree and disagree; some are invalid.
func drawRows(t *rapid.T, base eligibility.Execution) []eligibility.Execution {
	n := rapid.IntRange(0, 60).Draw(t, "n")
	out := make([]eligibility.Execution, n)
	for i := range out {
		e := base
		e.OrderID = rapid.SampledFrom([]string{"o1", "o2", "o3"}).Draw(t, "order")
		e.WorkerID = rapid.SampledFrom([]string{"w1", "w2"}).Draw(t, "worker")
		e.Platform = rapid.SampledFrom([]string{"p", "q"}).Draw(t, "platform")
		e.Registered = rapid.IntRange(0, 5).Draw(t, "registered") != 0
		e.StartDivision = rapid.SampledFrom([]string{"310101", "310101", "320102", "3101"}).Draw(t, "division")
		e.EndKind = rapid.SampledFrom([]eligibility.EndKind{eligibility.Delivered, eligibility.Transferred, eligibility.Cancelled}).Draw(t, "end")
		e.EndedAt = e.StartedAt.Add(time.Duration(rapid.SampledFrom([]int{-10, 30, 30, 45, 1500, 1500}).Draw(t, "minutes")) * time.Minute)
		if rapid.IntRange(0, 8).Draw(t, "same offset") == 0 { // the same instant written in another zone
			e.EndedAt = e.EndedAt.In(time.FixedZone("", -5*3600))
		}
		out[i] = e
	}
	return out
}

func batchOf(rows []eligibility.Execution, month calendar.Month, rules eligibility.Rules) *eligibility.Batch {
	b := &eligibility.Batch{Month: month, Rules: rules}
	for i := range rows {
		e := rows[i]
		_, _ = b.Add(int64(i+1), &e)
	}
	return b
}

// Shuffling the rows changes nothing: the counts and the tally of any
// order of the same rows are equal, conflicts included.
func TestBatchIsOrderFree(t *testing.T) {
	base := valid(t)
	rapid.Check(t, func(t *rapid.T) {
		rows := drawRows(t, base)
		var month calendar.Month
		if rapid.Bool().Draw(t, "month") {
			month, _ = calendar.ParseMonth("2026-03")
		}
		rules := eligibility.Rules{CountCancelledAfterStart: rapid.Bool().Draw(t, "cancelled counts")}
		a := batchOf(rows, month, rules)
		b := batchOf(rapid.Permutation(rows).Draw(t, "shuffled"), month, rules)
		if a.Counts() != b.Counts() {
			t.Fatalf("counts differ:\n%+v\n%+v", a.Counts(), b.Counts())
		}
		if !a.Tally().Equal(b.Tally()) {
			t.Fatalf("tallies differ:\n%v\n%v", a.Tally().Rows(), b.Tally().Rows())
		}
		pairs := func(b *eligibility.Batch) map[[2]string]bool {
			m := map[[2]string]bool{}
			for _, c := range b.Conflicting() {
				m[[2]string{c.OrderID, c.WorkerID}] = true
			}
			return m
		}
		if pa, pb := pairs(a), pairs(b); len(pa) != len(pb) || int64(len(pa)) != a.Counts().Conflicts {
			t.Fatalf("conflicting pairs %v and %v, %d conflicts", pa, pb, a.Counts().Conflicts)
		} else {
			for k := range pa {
				if !pb[k] {
					t.Fatalf("conflicting pairs %v and %v", pa, pb)
				}
			}
		}
		if !a.Balanced() || a.Tally().Total() != a.Counts().Counted || a.Counts().Input != int64(len(rows)) {
			t.Fatalf("unbalanced: %+v, tally %d", a.Counts(), a.Tally().Total())
		}
	})
}

// A pipeline that groups the copies itself (Resolve, then AddResolved per
// group, over any partition, merged) gets what one Batch gets.
func TestResolveAgreesWithBatch(t *testing.T) {
	base := valid(t)
	rapid.Check(t, func(t *rapid.T) {
		rows := drawRows(t, base)
		month, _ := calendar.ParseMonth("2026-03")
		want := batchOf(rows, month, eligibility.Rules{})

		parts := []*eligibility.Batch{{Month: month}, {Month: month}}
		groups := map[[2]string][]eligibility.Execution{}
		var keys [][2]string
		for i, e := range rows {
			if _, err := eligibility.Decide(&e); err != nil {
				parts[i%2].AddInvalid(int64(i+1), err)
				continue
			}
			k := [2]string{e.OrderID, e.WorkerID}
			if groups[k] == nil {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], e)
		}
		for i, k := range keys {
			r, err := eligibility.Resolve(rapid.Permutation(groups[k]).Draw(t, "group order"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parts[i%2].AddResolved(0, r); err != nil {
				t.Fatal(err)
			}
		}
		var got eligibility.Batch
		got.Merge(parts[1])
		got.Merge(parts[0])
		if got.Counts() != want.Counts() || !got.Tally().Equal(want.Tally()) || len(got.Invalid()) != len(want.Invalid()) {
			t.Fatalf("pipeline %+v, batch %+v", got.Counts(), want.Counts())
		}
	})
}

func TestResolveConflict(t *testing.T) {
	delivered := valid(t)
	cancelled := delivered
	cancelled.EndKind = eligibility.Cancelled
	cancelled.EndedAt = delivered.EndedAt.Add(-time.Minute)
	same := delivered
	same.EndedAt = delivered.EndedAt.UTC() // the same instant in UTC: identical

	r, err := eligibility.Resolve([]eligibility.Execution{delivered, same})
	require.NoError(t, err)
	assert.False(t, r.Conflict)
	assert.Equal(t, int64(2), r.Copies)

	for _, copies := range [][]eligibility.Execution{{delivered, cancelled}, {cancelled, delivered}} {
		r, err := eligibility.Resolve(copies)
		require.NoError(t, err)
		assert.True(t, r.Conflict)
		assert.Equal(t, eligibility.Delivered, r.Winner.EndKind, "the copy that ended last wins")
	}

	b := &eligibility.Batch{}
	_, err = b.Add(1, &cancelled)
	require.NoError(t, err)
	_, err = b.Add(2, &delivered)
	assert.ErrorIs(t, err, eligibility.ErrConflict)
	assert.ErrorIs(t, err, eligibility.ErrDuplicate)
	_, err = b.Add(3, &same)
	assert.ErrorIs(t, err, eligibility.ErrDuplicate)
	assert.Equal(t, eligibility.Counts{Input: 3, Counted: 1, Duplicates: 2, Conflicts: 1}, b.Counts())
	assert.Equal(t, int64(1), b.Tally().Total())

	other := delivered
	other.WorkerID = "w2"
	_, err = eligibility.Resolve([]eligibility.Execution{delivered, other})
	assert.ErrorIs(t, err, eligibility.ErrMixedPairs)
	_, err = eligibility.Resolve(nil)
	assert.ErrorIs(t, err, eligibility.ErrNoCopies)
	bad := delivered
	bad.StartDivision = "31"
	_, err = eligibility.Resolve([]eligibility.Execution{delivered, bad})
	assert.ErrorIs(t, err, eligibility.ErrMalformedDivision)
	_, err = b.AddResolved(0, eligibility.Resolution{})
	assert.ErrorIs(t, err, eligibility.ErrNoCopies)
}

func TestCountsMerge(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		draw := func(name string) eligibility.Counts {
			n := func(s string) int64 { return rapid.Int64Range(0, 1000).Draw(t, name+s) }
			c := eligibility.Counts{Counted: n("c"), ExcludedNotRegistered: n("r"), ExcludedOtherMonth: n("m"),
				Duplicates: n("d"), Conflicts: n("x"), Invalid: n("i")}
			c.Excluded = c.ExcludedNotRegistered + c.ExcludedOtherMonth
			c.Input = c.Counted + c.Excluded + c.Duplicates + c.Invalid
			return c
		}
		a, b, c := draw("a"), draw("b"), draw("c")
		ab := a
		ab.Merge(b)
		ab.Merge(c)
		cb := c
		bc := b
		bc.Merge(a)
		cb.Merge(bc)
		if ab != cb || !ab.Balanced() {
			t.Fatalf("%+v != %+v", ab, cb)
		}
	})
	assert.False(t, eligibility.Counts{Input: 1}.Balanced())
	assert.False(t, eligibility.Counts{Input: -1, Invalid: -1}.Balanced())
	c := eligibility.Counts{ExcludedOutsideShanghai: 4}
	assert.Equal(t, int64(4), c.ExcludedBy(eligibility.ClauseInShanghai))
}

// 第十条's open list: cancelled after start counts only under the named rule.
func TestCancelledAfterStart(t *testing.T) {
	e := valid(t)
	e.EndKind = eligibility.Cancelled
	d, err := eligibility.Decide(&e)
	require.NoError(t, err)
	assert.False(t, d.Counted)
	assert.Equal(t, eligibility.ClauseEnded, d.Clauses)

	rules := eligibility.Rules{CountCancelledAfterStart: true}
	d, err = rules.Decide(&e)
	require.NoError(t, err)
	assert.True(t, d.Counted)
	assert.Equal(t, "2026-03-31", d.Day.String())
	assert.NotZero(t, d.Clauses&eligibility.ClauseCancelledAfterStart)
	assert.Zero(t, d.Clauses&eligibility.ClauseEnded, "not explained as delivered or transferred (auditor's F8)")
	assert.Contains(t, d.Explain(explain.English)[0], "Rules.CountCancelledAfterStart")
	assert.NotContains(t, d.Explain(explain.English)[0], "ended by delivery")

	e.EndedAt = time.Time{} // cancelled with no end time: no day, never counted
	d, err = rules.Decide(&e)
	require.NoError(t, err)
	assert.False(t, d.Counted)

	_, err = eligibility.Decide(nil)
	assert.True(t, errors.Is(err, eligibility.ErrNilExecution))
	assert.ErrorIs(t, (*eligibility.Execution)(nil).Validate(), eligibility.ErrNilExecution)
}

// An execution that ended outside the days a Tally holds is invalid; a
// Tally refuses such days.
func TestTallyDaysBounded(t *testing.T) {
	first, last := eligibility.TallyDays()
	assert.Equal(t, "2020-01-01", first.String())
	assert.Equal(t, "2039-12-31", last.String())
	e := valid(t)
	e.AcceptedAt, e.StartedAt, e.EndedAt = at(t, "2040-01-01T00:00:00+08:00"), at(t, "2040-01-01T00:00:00+08:00"), at(t, "2040-01-01T00:00:00+08:00")
	_, err := eligibility.Decide(&e)
	assert.ErrorIs(t, err, eligibility.ErrTimeOutsideCovered)
	e.EndedAt = at(t, "2039-12-31T23:59:59+08:00")
	e.AcceptedAt, e.StartedAt = e.EndedAt, e.EndedAt
	_, err = eligibility.Decide(&e)
	assert.NoError(t, err)

	var tl eligibility.Tally
	before, _ := first.AddDays(-1)
	after, _ := last.AddDays(1)
	old, _ := calendar.ParseDate("0001-01-01")
	for _, d := range []calendar.Date{before, after, old} {
		assert.ErrorIs(t, tl.AddN("p", eligibility.RideHailing, d, 1), eligibility.ErrDayOutsideTally, d.String())
	}
	assert.ErrorIs(t, tl.AddN("p", eligibility.RideHailing, first, -1), eligibility.ErrTallyCount)
	assert.ErrorIs(t, tl.AddN("", eligibility.RideHailing, first, 1), eligibility.ErrTallyCount)
	assert.ErrorIs(t, tl.AddN("p", 0, first, 1), eligibility.ErrTallyCount)
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, first, 1))
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, last, 1))
	assert.Equal(t, int64(2), tl.Total())
	var back eligibility.Tally
	assert.ErrorIs(t, back.UnmarshalJSON([]byte(`{"rows":[{"platform":"a","industry":"ride_hailing","day":"9999-12-31","orders":1}]}`)), eligibility.ErrDayOutsideTally)
}

// Nil receivers and arguments are typed errors or no-ops, never panics
// (auditor's F3).
func TestNilsDoNotPanic(t *testing.T) {
	e := valid(t)
	var nb *eligibility.Batch
	_, err := nb.Add(1, &e)
	assert.ErrorIs(t, err, eligibility.ErrNilBatch)
	_, err = nb.AddResolved(1, eligibility.Resolution{Winner: e, Copies: 1})
	assert.ErrorIs(t, err, eligibility.ErrNilBatch)
	assert.ErrorIs(t, nb.AddInvalid(1, errors.New("x")), eligibility.ErrNilBatch)
	assert.True(t, nb.Balanced())
	assert.ErrorIs(t, nb.Merge(&eligibility.Batch{}), eligibility.ErrNilBatch)
	assert.NoError(t, (&eligibility.Batch{}).Merge(nil))
	assert.ErrorIs(t, eligibility.ReadCSV(nil, &eligibility.Batch{}), eligibility.ErrNilReader)
	assert.ErrorIs(t, eligibility.ReadCSV(strings.NewReader(""), nil), eligibility.ErrNilBatch)
	_, err = eligibility.NewCSVReader(nil).Read(&e)
	assert.ErrorIs(t, err, eligibility.ErrNilReader)
	var zero eligibility.CSVReader
	_, err = zero.Read(&e)
	assert.ErrorIs(t, err, eligibility.ErrNilReader)
	_, err = eligibility.NewCSVReader(strings.NewReader(eligibility.CSVHeader + "\n")).Read(nil)
	assert.ErrorIs(t, err, eligibility.ErrNilExecution)

	var nt *eligibility.Tally
	d, _ := calendar.ParseDate("2026-03-01")
	assert.ErrorIs(t, nt.AddN("p", eligibility.RideHailing, d, 1), eligibility.ErrNilTally)
	assert.ErrorIs(t, nt.AddN("p", eligibility.RideHailing, d, 1), eligibility.ErrNilTally)
	assert.ErrorIs(t, nt.UnmarshalJSON([]byte(`{"rows":[]}`)), eligibility.ErrNilTally)
	assert.ErrorIs(t, nt.UnmarshalBinary([]byte("ZT\x01\x00\x00")), eligibility.ErrNilTally)
	assert.ErrorIs(t, nt.Merge(&eligibility.Tally{}), eligibility.ErrNilTally)
	assert.NoError(t, (&eligibility.Tally{}).Merge(nil))
	var tl eligibility.Tally
	_, err = tl.AddDecision(nil, eligibility.Decision{Counted: true, Day: d})
	assert.ErrorIs(t, err, eligibility.ErrNilExecution)
	_, err = tl.AddDecision(&eligibility.Execution{Industry: eligibility.RideHailing}, eligibility.Decision{Counted: true, Day: d})
	assert.ErrorIs(t, err, eligibility.ErrTallyCount, "no platform")
	b, err := json.Marshal(nt)
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))

	var nc *eligibility.Counts
	assert.ErrorIs(t, nc.Merge(eligibility.Counts{Input: 1}), eligibility.ErrNilCounts)
	var nd *calendar.Date
	assert.Equal(t, "bad_binary_date", errcode.Of(nd.UnmarshalBinary([]byte{0, 0, 0, 1})).Code())

	var batch eligibility.Batch
	_, err = batch.AddResolved(1, eligibility.Resolution{Winner: e, Copies: 1, Conflict: true})
	assert.ErrorIs(t, err, eligibility.ErrLoneConflict)
}

// A small tally input cannot make a Tally allocate much (auditor's F6), and
// its errors are bounded and masked (F4).
func TestTallyDecodeBounded(t *testing.T) {
	b := []byte{'Z', 'T', 1}
	b = binary.AppendUvarint(b, 2000)
	for i := 0; i < 2000; i++ {
		b = binary.AppendUvarint(b, 4)
		b = append(b, fmt.Sprintf("%04d", i)...)
	}
	b = binary.AppendUvarint(b, 2000*6)
	for i := 0; i < 2000; i++ {
		for ind := 1; ind <= 3; ind++ {
			for _, d := range []uint64{0, 7304} {
				b = binary.AppendUvarint(b, uint64(i))
				b = append(b, byte(ind))
				b = binary.AppendUvarint(b, d)
				b = binary.AppendUvarint(b, 1)
			}
		}
	}
	// The auditor's F6 input (75 KB: 2 000 platforms × 3 industries, orders
	// on the first and last day of 2020–2039) takes its blocks, not 20
	// years of days: a few MB, and it round-trips (F15).
	var tl eligibility.Tally
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := tl.UnmarshalBinary(b)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20), "allocated for a 75 KB input")
	var merged eligibility.Tally
	runtime.ReadMemStats(&before)
	merged.Merge(&tl)
	merged.Merge(&tl)
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20), "allocated to merge it twice")
	again, _ := merged.MarshalBinary()
	var back eligibility.Tally
	require.NoError(t, back.UnmarshalBinary(again))
	assert.True(t, back.Equal(&merged))
	assert.Equal(t, int64(2*2000*6), back.Total())

	big := strings.Repeat("110101199003077777", 10000)
	for _, in := range []string{
		`{"rows":[{"platform":"` + big + `","industry":"ride_hailing","day":"2026-03-01","orders":1},{"platform":"` + big + `","industry":"ride_hailing","day":"2026-03-01","orders":1}]}`,
		`{"rows":[{"platform":"p","industry":"` + big + `","day":"2026-03-01","orders":1}]}`,
		`{"rows":[{"platform":"p","industry":"ride_hailing","day":"` + big + `","orders":1}]}`,
		`{"rows":[],"` + big + `":1}`,
		`{"rows":[{"platform":"p","industry":"ride_hailing","day":"110101199003077777","orders":1}]}`,
	} {
		err := json.Unmarshal([]byte(in), &tl)
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 400)
		assert.NotContains(t, err.Error(), "19900307")
	}
	// A dense month is far inside the budget.
	var month eligibility.Tally
	first, _ := calendar.ParseDate("2026-03-01")
	for i := 0; i < 31; i++ {
		d, _ := first.AddDays(i)
		month.AddN("p", eligibility.RideHailing, d, 5)
	}
	js, _ := json.Marshal(month)
	bin, _ := month.MarshalBinary()
	var mback eligibility.Tally
	require.NoError(t, json.Unmarshal(js, &mback))
	require.NoError(t, mback.UnmarshalBinary(bin))
	assert.True(t, mback.Equal(&month))
}

// The Tally's 64-day blocks answer as a map of the counts would, whatever
// the days (over all of TallyDays), the platforms (past the map's 16) and
// the order of adds and merges; and every tally round-trips.
func TestTallyMatchesModel(t *testing.T) {
	first, last := eligibility.TallyDays()
	span := last.DaysSince(first)
	rapid.Check(t, func(t *rapid.T) {
		type key struct {
			p string
			i eligibility.Industry
			d calendar.Date
		}
		model := map[key]int64{}
		parts := []*eligibility.Tally{{}, {}}
		n := rapid.IntRange(0, 150).Draw(t, "n")
		for k := 0; k < n; k++ {
			p := fmt.Sprintf("p%d", rapid.IntRange(0, 24).Draw(t, "platform"))
			ind := rapid.SampledFrom(eligibility.Industries[:]).Draw(t, "industry")
			d, _ := first.AddDays(rapid.OneOf(rapid.IntRange(0, span), rapid.IntRange(2200, 2300)).Draw(t, "day"))
			c := rapid.Int64Range(0, 5).Draw(t, "orders")
			if err := parts[rapid.IntRange(0, 1).Draw(t, "part")].AddN(p, ind, d, c); err != nil {
				t.Fatal(err)
			}
			if c > 0 {
				model[key{p, ind, d}] += c
			}
		}
		var whole eligibility.Tally
		whole.Merge(parts[1])
		whole.Merge(parts[0])
		var total int64
		for k, c := range model {
			if got := whole.Count(k.p, k.i, k.d); got != c {
				t.Fatalf("Count(%v) = %d, want %d", k, got, c)
			}
			total += c
		}
		rows := whole.Rows()
		if len(rows) != len(model) || whole.Total() != total {
			t.Fatalf("%d rows, %d cells; total %d, want %d", len(rows), len(model), whole.Total(), total)
		}
		for _, r := range rows {
			if model[key{r.Platform, r.Industry, r.Day}] != r.Orders {
				t.Fatalf("row %v", r)
			}
		}
		bin, _ := whole.MarshalBinary()
		var back eligibility.Tally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(&whole) {
			t.Fatalf("binary round trip: %v", err)
		}
		js, _ := json.Marshal(whole)
		var jback eligibility.Tally
		if err := json.Unmarshal(js, &jback); err != nil || !jback.Equal(&whole) {
			t.Fatalf("JSON round trip: %v", err)
		}
	})
}

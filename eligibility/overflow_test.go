package eligibility_test

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

const maxCount = math.MaxInt64

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func requireOverflow(t testing.TB, err error) *eligibility.OverflowError {
	t.Helper()
	require.ErrorIs(t, err, eligibility.ErrCountOverflow)
	var oe *eligibility.OverflowError
	require.True(t, errors.As(err, &oe), "%v", err)
	return oe
}

// The first case: merged tallies went negative (MaxInt64 + 1 wrapped
// to MinInt64), and the codecs then wrote what they could not read back.
func TestTallyMergeCannotWrap(t *testing.T) {
	d := day(t, "2026-03-01")
	var a, b eligibility.Tally
	require.NoError(t, a.AddN("p", eligibility.RideHailing, d, maxCount))
	require.NoError(t, b.AddN("p", eligibility.RideHailing, d, 1))
	oe := requireOverflow(t, a.Merge(&b))
	assert.Equal(t, "tally total", oe.What)
	assert.Equal(t, int64(maxCount), oe.Have)
	assert.Equal(t, int64(1), oe.Add)
	assert.Equal(t, int64(maxCount), a.Count("p", eligibility.RideHailing, d), "unchanged")
	assert.Equal(t, int64(maxCount), a.Total())
	// Another cell of the same total is refused too: every sum of a tally fits.
	requireOverflow(t, a.AddN("q", eligibility.InstantDelivery, day(t, "2026-03-02"), 1))
	requireOverflow(t, a.AddN("p", eligibility.RideHailing, d, 1))
	e := valid(t)
	dec, err := eligibility.Decide(&e)
	require.NoError(t, err)
	_, err = a.AddDecision(&e, dec)
	requireOverflow(t, err)
	assert.Equal(t, []string{"p"}, a.Platforms())

	// What it holds, it writes and reads back.
	bin, err := a.MarshalBinary()
	require.NoError(t, err)
	var back eligibility.Tally
	require.NoError(t, back.UnmarshalBinary(bin))
	assert.True(t, back.Equal(&a))
	js, err := json.Marshal(a)
	require.NoError(t, err)
	back = eligibility.Tally{}
	require.NoError(t, back.UnmarshalJSON(js))
	assert.True(t, back.Equal(&a))
	assert.Equal(t, int64(maxCount), back.Total())

	// Self-merge doubles, or is refused.
	var s eligibility.Tally
	require.NoError(t, s.AddN("p", eligibility.RideHailing, d, 3))
	require.NoError(t, s.AddN("p", eligibility.IntraCityFreight, day(t, "2026-05-01"), 4))
	require.NoError(t, s.Merge(&s))
	assert.Equal(t, int64(14), s.Total())
	assert.Equal(t, int64(6), s.Count("p", eligibility.RideHailing, d))
	requireOverflow(t, a.Merge(&a))
}

// The third case: counts of one platform summing to 2⁶⁴ wrapped to
// 0, and the platform vanished from Platforms (and from the month's bills).
func TestPlatformCannotVanish(t *testing.T) {
	d := day(t, "2026-03-01")
	var v eligibility.Tally
	require.NoError(t, v.AddN("q", eligibility.RideHailing, d, maxCount))
	requireOverflow(t, v.AddN("q", eligibility.InstantDelivery, d, maxCount))
	requireOverflow(t, v.AddN("q", eligibility.IntraCityFreight, d, 2))
	assert.Equal(t, []string{"q"}, v.Platforms())
	assert.Equal(t, []eligibility.MonthRow{{Platform: "q", Industry: eligibility.RideHailing, Month: calendar.MonthOfDate(d), Orders: maxCount}}, v.Months())
}

// A codec refuses on read a total it could not hold, and refuses to write
// what it could not read back (a Tally whose value was copied and changed
// through both copies holds more than its total says).
func TestTallyCodecsCannotWrap(t *testing.T) {
	// Two cells of 2⁶³−1 each: every cell is valid, the sum is not.
	bin := []byte("ZT\x01\x01\x01p\x02")
	for i := range 2 {
		bin = append(bin, 0, 1)
		bin = binary.AppendUvarint(bin, uint64(2267+i)) // 2026-03-17, 18
		bin = binary.AppendUvarint(bin, maxCount)
	}
	var tl eligibility.Tally
	err := tl.UnmarshalBinary(bin)
	require.ErrorIs(t, err, eligibility.ErrTallyBinary)
	requireOverflow(t, err)
	assert.Zero(t, tl.Total())

	js := fmt.Sprintf(`{"rows":[{"platform":"p","industry":"ride_hailing","day":"2026-03-01","orders":%d},
		{"platform":"p","industry":"ride_hailing","day":"2026-03-02","orders":%d}]}`, int64(maxCount), int64(maxCount))
	err = tl.UnmarshalJSON([]byte(js))
	require.ErrorIs(t, err, eligibility.ErrTallySyntax)
	requireOverflow(t, err)
	for _, bad := range []string{
		`{"rows":[{"platform":"p","industry":"ride_hailing","day":"2026-03-01","orders":0}]}`,
		`{"rows":[{"platform":"p","industry":"ride_hailing","day":"2026-03-01","orders":-1}]}`,
		`{"rows":[{"platform":"p","industry":"ride_hailing","day":"2026-03-01","orders":9223372036854775808}]}`,
	} {
		assert.ErrorIs(t, tl.UnmarshalJSON([]byte(bad)), eligibility.ErrTallySyntax, bad)
	}

	// Two copies of one Tally value share counters: each copy's total
	// holds, the shared cells do not, and neither copy is written.
	var a eligibility.Tally
	require.NoError(t, a.AddN("p", eligibility.RideHailing, day(t, "2026-03-01"), 1))
	b := a
	require.NoError(t, a.AddN("p", eligibility.RideHailing, day(t, "2026-03-02"), maxCount-1))
	require.NoError(t, b.AddN("p", eligibility.RideHailing, day(t, "2026-03-03"), maxCount-1))
	_, err = a.MarshalBinary()
	assert.ErrorIs(t, err, eligibility.ErrTallyBinary)
	requireOverflow(t, err)
	_, err = json.Marshal(b)
	requireOverflow(t, err)
	out, err := a.AppendBinary([]byte("keep"))
	assert.Error(t, err)
	assert.Equal(t, "keep", string(out))
}

// Counts merge checked: a sum past MaxInt64 or a negative count is refused
// with c unchanged, and Balanced is not fooled by a sum that wraps.
func TestCountsCannotWrap(t *testing.T) {
	c := eligibility.Counts{Input: 3, Counted: 3}
	oe := requireOverflow(t, c.Merge(eligibility.Counts{Input: 1, Counted: maxCount}))
	assert.Equal(t, "counts.counted", oe.What)
	assert.Equal(t, eligibility.Counts{Input: 3, Counted: 3}, c, "unchanged, Input too")
	assert.ErrorIs(t, c.Merge(eligibility.Counts{Input: -1, Invalid: -1}), eligibility.ErrNegativeCount)
	assert.Equal(t, eligibility.Counts{Input: 3, Counted: 3}, c)

	wraps := eligibility.Counts{Input: 0, Counted: maxCount, Excluded: maxCount, Duplicates: 2}
	assert.False(t, wraps.Balanced(), "Counted + Excluded + Duplicates wraps to 0 = Input")
}

// A Batch with a full count refuses the next row without changing
// anything, whatever the entry point; ReadCSV stops with the error.
func TestBatchCannotWrap(t *testing.T) {
	e := valid(t)
	for _, full := range []func(b *eligibility.Batch){
		func(b *eligibility.Batch) { eligibility.SetCounts(b, eligibility.Counts{Input: maxCount}) },
		func(b *eligibility.Batch) { eligibility.SetCounts(b, eligibility.Counts{Counted: maxCount}) },
		func(b *eligibility.Batch) { eligibility.SetCounts(b, eligibility.Counts{ExcludedNotEnded: maxCount}) },
		func(b *eligibility.Batch) {
			require.NoError(t, eligibility.TallyOf(b).AddN("z", eligibility.RideHailing, day(t, "2026-03-01"), maxCount))
		},
	} {
		b := &eligibility.Batch{}
		full(b)
		before := b.Counts()
		_, err := b.Add(1, &e)
		requireOverflow(t, err)
		requireOverflow(t, b.AddInvalid(2, errors.New("x")))
		_, err = b.AddResolved(3, eligibility.Resolution{Winner: e, Copies: 1})
		requireOverflow(t, err)
		assert.Equal(t, before, b.Counts())
		assert.Empty(t, b.Invalid())
		err = eligibility.ReadCSV(strings.NewReader(eligibility.CSVHeader+"\n"+row("o1")+row("o2")), b)
		requireOverflow(t, err)
		var le *eligibility.LineError
		require.True(t, errors.As(err, &le))
		assert.Equal(t, int64(2), le.Line)
		assert.Equal(t, before, b.Counts())
	}

	b := &eligibility.Batch{}
	_, err := b.AddResolved(1, eligibility.Resolution{Winner: e, Copies: 2})
	require.NoError(t, err)
	o := &eligibility.Batch{}
	eligibility.SetCounts(o, eligibility.Counts{Input: maxCount, Duplicates: maxCount})
	before := b.Counts()
	requireOverflow(t, b.Merge(o))
	assert.Equal(t, before, b.Counts())
	assert.Equal(t, int64(1), b.Tally().Total())
	o = &eligibility.Batch{}
	require.NoError(t, eligibility.TallyOf(o).AddN("p", eligibility.RideHailing, day(t, "2026-03-01"), maxCount))
	requireOverflow(t, b.Merge(o))
	assert.Equal(t, before, b.Counts())
	assert.Equal(t, int64(1), b.Tally().Total())

	// A resolution's copies are added checked.
	b = &eligibility.Batch{}
	eligibility.SetCounts(b, eligibility.Counts{Duplicates: maxCount - 1})
	_, err = b.AddResolved(1, eligibility.Resolution{Winner: e, Copies: 3})
	requireOverflow(t, err)
	assert.Equal(t, eligibility.Counts{Duplicates: maxCount - 1}, b.Counts())
}

// Merging any tallies and counts either gives the exact sums or refuses
// with ErrCountOverflow, leaving the target unchanged: never a wrapped
// count.
func TestMergeExactOrRefused(t *testing.T) {
	days := []calendar.Date{day(t, "2026-03-01"), day(t, "2026-03-02"), day(t, "2039-12-31")}
	rapid.Check(t, func(t *rapid.T) {
		count := rapid.OneOf(rapid.Int64Range(1, 10), rapid.Int64Range(maxCount-10, maxCount), rapid.Int64Range(1, maxCount))
		build := func(name string) (*eligibility.Tally, map[string]int64) {
			tl := &eligibility.Tally{}
			model := map[string]int64{}
			var total int64
			for i, n := 0, rapid.IntRange(0, 4).Draw(t, name+"-cells"); i < n; i++ {
				p := rapid.SampledFrom([]string{"p", "q"}).Draw(t, "p")
				ind := rapid.SampledFrom(eligibility.Industries[:]).Draw(t, "ind")
				d := rapid.SampledFrom(days).Draw(t, "day")
				c := count.Draw(t, "n")
				err := tl.AddN(p, ind, d, c)
				if total > maxCount-c {
					if !errors.Is(err, eligibility.ErrCountOverflow) {
						t.Fatalf("want overflow, got %v", err)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				total += c
				model[fmt.Sprint(p, ind, d)] += c
			}
			return tl, model
		}
		a, ma := build("a")
		b, mb := build("b")
		ta, tb := a.Total(), b.Total()
		err := a.Merge(b)
		if ta > maxCount-tb {
			if !errors.Is(err, eligibility.ErrCountOverflow) || a.Total() != ta {
				t.Fatalf("want overflow and a unchanged, got %v, total %d", err, a.Total())
			}
			for _, r := range a.Rows() {
				if r.Orders != ma[fmt.Sprint(r.Platform, r.Industry, r.Day)] {
					t.Fatalf("changed: %+v", r)
				}
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for k, n := range mb {
			ma[k] += n
		}
		var sum int64
		for _, r := range a.Rows() {
			if r.Orders <= 0 || r.Orders != ma[fmt.Sprint(r.Platform, r.Industry, r.Day)] {
				t.Fatalf("%+v, want %d", r, ma[fmt.Sprint(r.Platform, r.Industry, r.Day)])
			}
			sum += r.Orders
		}
		if sum != ta+tb || a.Total() != sum {
			t.Fatalf("sum %d, total %d, want %d", sum, a.Total(), ta+tb)
		}
		bin, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back eligibility.Tally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(a) {
			t.Fatalf("binary round trip: %v", err)
		}
	})
}

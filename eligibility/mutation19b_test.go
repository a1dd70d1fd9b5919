package eligibility_test

// Round 8 of issue 19's mutation study: tests for the classes of fault
// that survive (a place in a message, an exact bound, a rare form, an
// order of output), written for every such site rather than for one
// survivor.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/testdates"
)

// A tally in JSON that a host sends back (第十条: the counts by platform,
// industry and day) is refused at the row that is wrong, counted from 1,
// for the operator to find it: each reason after a good first row.
func TestTallyJSONRefusalNamesTheRow(t *testing.T) {
	good := `{"platform":"pa","industry":"ride_hailing","day":"2026-03-02","orders":1}`
	for name, second := range map[string]string{
		"no platform":     `{"industry":"ride_hailing","day":"2026-03-02","orders":1}`,
		"unclear ID":      `{"platform":"p\u200bq","industry":"ride_hailing","day":"2026-03-02","orders":1}`,
		"no industry":     `{"platform":"pb","day":"2026-03-02","orders":1}`,
		"no day":          `{"platform":"pb","industry":"ride_hailing","orders":1}`,
		"day outside":     `{"platform":"pb","industry":"ride_hailing","day":"2019-12-31","orders":1}`,
		"negative orders": `{"platform":"pb","industry":"ride_hailing","day":"2026-03-02","orders":-1}`,
		"zero orders":     `{"platform":"pb","industry":"ride_hailing","day":"2026-03-02","orders":0}`,
		"listed twice":    good,
	} {
		var ta eligibility.Tally
		err := ta.UnmarshalJSON([]byte(`{"rows":[` + good + `,` + second + `]}`))
		require.ErrorIs(t, err, eligibility.ErrTallySyntax, name)
		assert.Contains(t, err.Error(), "row 2:", name)
	}
	// the first and last days a tally holds are in it
	first, last := eligibility.TallyDays()
	var ta eligibility.Tally
	require.NoError(t, ta.UnmarshalJSON([]byte(fmt.Sprintf(`{"rows":[{"platform":"pa","industry":"ride_hailing","day":%q,"orders":1},{"platform":"pa","industry":"ride_hailing","day":%q,"orders":2}]}`, first, last))))
	assert.EqualValues(t, 3, ta.Total())
	next, err := last.AddDays(1)
	require.NoError(t, err)
	err = ta.UnmarshalJSON([]byte(fmt.Sprintf(`{"rows":[{"platform":"pa","industry":"ride_hailing","day":%q,"orders":1}]}`, next)))
	assert.ErrorIs(t, err, eligibility.ErrDayOutsideTally)
}

// The check a tally's rows pass before they are written (MarshalBinary)
// names the row that fails, counted from 1.
func TestTallyRowsCheckNamesTheRow(t *testing.T) {
	day := testdates.Day(t, "2026-03-02")
	first, _ := eligibility.TallyDays()
	before, err := first.AddDays(-1)
	require.NoError(t, err)
	ok := eligibility.Row{Platform: "pa", Industry: eligibility.RideHailing, Day: day, Orders: 1}
	for name, r := range map[string]eligibility.Row{
		"zero orders":   {Platform: "pb", Industry: eligibility.RideHailing, Day: day},
		"a day outside": {Platform: "pb", Industry: eligibility.RideHailing, Day: before, Orders: 1},
		"unclear ID":    {Platform: "p b", Industry: eligibility.RideHailing, Day: day, Orders: 1},
	} {
		err := eligibility.CheckRows([]eligibility.Row{ok, r})
		require.Error(t, err, name)
		assert.True(t, strings.HasPrefix(err.Error(), "row 2: "), "%s: %v", name, err)
	}
	assert.NoError(t, eligibility.CheckRows([]eligibility.Row{ok, {Platform: "pb", Industry: eligibility.RideHailing, Day: day, Orders: 1}}))
}

// tallyBytes is a version-1 binary tally of two platforms, pa and pb, and
// the cells given (each already encoded).
func tallyBytes(cells ...[]byte) []byte {
	b := []byte{'Z', 'T', 1, 2, 2, 'p', 'a', 2, 'p', 'b'}
	b = binary.AppendUvarint(b, uint64(len(cells)))
	for _, c := range cells {
		b = append(b, c...)
	}
	return b
}

func cell(p, ind byte, off, orders uint64) []byte {
	b := []byte{p, ind}
	b = binary.AppendUvarint(b, off)
	return binary.AppendUvarint(b, orders)
}

// A binary tally from elsewhere is refused at the platform or cell that
// is wrong, counted from 1 (the second here, after a good first), for the
// operator to look at; the last day a tally holds is in it, the next is not.
func TestTallyBinaryRefusalNamesThePlace(t *testing.T) {
	first, last := eligibility.TallyDays()
	span := uint64(last.DaysSince(first)) + 1
	var ta eligibility.Tally
	require.NoError(t, ta.UnmarshalBinary(tallyBytes(cell(0, 1, 0, 1), cell(1, 2, span-1, 2))))
	assert.EqualValues(t, 1, ta.Count("pa", eligibility.RideHailing, first))
	assert.EqualValues(t, 2, ta.Count("pb", eligibility.InstantDelivery, last))

	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"platform 2 of no length": {[]byte{'Z', 'T', 1, 2, 2, 'p', 'a', 0, 0, 0, 0, 0}, "platform 2: bad length"},
		"platform 2 too long":     {[]byte{'Z', 'T', 1, 2, 2, 'p', 'a', 9, 'p', 'b'}, "platform 2: bad length"},
		"platform 2 unclear":      {[]byte{'Z', 'T', 1, 2, 2, 'p', 'a', 3, 'p', ' ', 'b', 0}, "platform 2:"},
		"cell 2 truncated":        {tallyBytes(cell(0, 1, 0, 1<<27), []byte{1}), "cell 2: truncated"},
		"cell 2 of no industry":   {tallyBytes(cell(0, 1, 0, 1), cell(1, 0, 0, 1)), "cell 2: industry 0"},
		"cell 2 of industry 4":    {tallyBytes(cell(0, 1, 0, 1), cell(1, 4, 0, 1)), "cell 2: industry 4"},
		"cell 2 past the days":    {tallyBytes(cell(0, 1, 0, 1), cell(1, 2, span, 1)), "cell 2: "},
		"cell 2 of no orders":     {tallyBytes(cell(0, 1, 0, 1), cell(1, 2, 0, 0)), "cell 2: orders 0"},
		"cell 2 repeats cell 1":   {tallyBytes(cell(0, 1, 0, 1), cell(0, 1, 0, 1), cell(1, 1, 0, 1)), "cell 2: cells not sorted"},
		"cell 2 of platform 3":    {tallyBytes(cell(0, 1, 0, 1), cell(2, 1, 0, 1)), "cell 2: platform 2 of 2"},
	} {
		var got eligibility.Tally
		err := got.UnmarshalBinary(c.data)
		require.ErrorIs(t, err, eligibility.ErrTallyBinary, name)
		assert.Contains(t, err.Error(), c.want, name)
	}
	var got eligibility.Tally
	err := got.UnmarshalBinary(tallyBytes(cell(0, 1, 0, 1), cell(1, 2, span, 1)))
	assert.ErrorIs(t, err, eligibility.ErrDayOutsideTally)
}

// A batch from elsewhere (a pipeline's partial count, 第十条) is refused at
// the invalid record or unlisted reason that is wrong, counted from 1.
func TestBatchBinaryRefusalNamesTheRecord(t *testing.T) {
	var b eligibility.Batch
	require.NoError(t, b.AddInvalid(1, errors.New("e1")))
	require.NoError(t, b.AddInvalid(2, errors.New("e2")))
	data, err := b.MarshalBinary()
	require.NoError(t, err)
	// the tail: … line 2, no order ID, flag 1, "e2", no unlisted reason, no conflict
	n := len(data)
	require.Equal(t, []byte{4, 0, 1, 2, 'e', '2', 0, 0}, data[n-8:])
	for flag, want := range map[byte]string{3: "invalid record 2: want an error flag", 0: "invalid record 2: a text without an error"} {
		bad := append([]byte(nil), data...)
		bad[n-6] = flag
		err := new(eligibility.Batch).UnmarshalBinary(bad)
		require.ErrorIs(t, err, eligibility.ErrBatchBinary)
		assert.Contains(t, err.Error(), want)
	}

	var u eligibility.Batch
	eligibility.SetUnlisted(&u, map[string]int64{"a": 1, "b": 1})
	eligibility.SetCounts(&u, eligibility.Counts{Input: 2, Invalid: 2})
	data, err = u.MarshalBinary()
	require.NoError(t, err)
	n = len(data)
	require.Equal(t, byte(1), data[n-2], "the second reason's count")
	data[n-2] = 0
	err = new(eligibility.Batch).UnmarshalBinary(data)
	require.ErrorIs(t, err, eligibility.ErrBatchBinary)
	assert.Contains(t, err.Error(), "unlisted reason 2 counted zero times")
}

// A batch counts invalid records by at most 64 reasons (the 64th is
// "other"): a batch from elsewhere with exactly 64 is read, one with 65 is
// refused.
func TestBatchBinaryOfSixtyFourReasons(t *testing.T) {
	for _, k := range []int{64, 65} {
		var b eligibility.Batch
		m := map[string]int64{}
		for i := range k {
			m[fmt.Sprintf("r%02d", i)] = 1
		}
		eligibility.SetUnlisted(&b, m)
		eligibility.SetCounts(&b, eligibility.Counts{Input: int64(k), Invalid: int64(k)})
		data, err := b.MarshalBinary()
		require.NoError(t, err)
		var back eligibility.Batch
		err = back.UnmarshalBinary(data)
		if k == 64 {
			require.NoError(t, err)
			assert.Len(t, back.InvalidUnlisted(), 64)
		} else {
			require.ErrorIs(t, err, eligibility.ErrBatchBinary)
			assert.Contains(t, err.Error(), "65 unlisted reasons, at most 64")
		}
	}
}

// Resolve names the copy that is not valid by its place, counted from 1.
func TestResolveNamesTheInvalidCopy(t *testing.T) {
	e, err := eligibility.ParseRecord(strings.TrimSuffix(row("o1"), "\n"))
	require.NoError(t, err)
	bad := e
	bad.Platform = ""
	_, err = eligibility.Resolve([]eligibility.Execution{e, e, bad})
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "copy 3: "), err.Error())
}

// 第十条: a tally's rows come sorted by platform, industry (出行, 即时配送,
// 同城货运) and day, and its months likewise, whatever order the orders
// were counted in; Month keeps a month's days only; two tallies merged in
// either order are the same tally.
func TestTallyOrderAndMonthsWhateverTheInputOrder(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	var ta eligibility.Tally
	for _, c := range []struct {
		p   string
		ind eligibility.Industry
		day string
		n   int64
	}{
		{"pb", eligibility.InstantDelivery, "2026-03-03", 1},
		{"pb", eligibility.RideHailing, "2026-04-01", 1},
		{"pa", eligibility.IntraCityFreight, "2026-03-05", 1},
		{"pa", eligibility.RideHailing, "2026-04-30", 1},
		{"pa", eligibility.RideHailing, "2026-03-02", 2},
		{"pa", eligibility.RideHailing, "2026-03-01", 1},
		{"pa", eligibility.InstantDelivery, "2026-03-31", 4},
	} {
		require.NoError(t, ta.AddN(c.p, c.ind, d(c.day), c.n))
	}
	rows := []string{}
	for _, r := range ta.Rows() {
		rows = append(rows, fmt.Sprintf("%s %s %s %d", r.Platform, r.Industry, r.Day, r.Orders))
	}
	assert.Equal(t, []string{
		"pa ride_hailing 2026-03-01 1", "pa ride_hailing 2026-03-02 2", "pa ride_hailing 2026-04-30 1",
		"pa instant_delivery 2026-03-31 4", "pa intra_city_freight 2026-03-05 1",
		"pb ride_hailing 2026-04-01 1", "pb instant_delivery 2026-03-03 1",
	}, rows)
	months := []string{}
	for _, r := range ta.Months() {
		months = append(months, fmt.Sprintf("%s %s %s %d", r.Platform, r.Industry, r.Month, r.Orders))
	}
	assert.Equal(t, []string{
		"pa ride_hailing 2026-03 3", "pa ride_hailing 2026-04 1", "pa instant_delivery 2026-03 4",
		"pa intra_city_freight 2026-03 1", "pb ride_hailing 2026-04 1", "pb instant_delivery 2026-03 1",
	}, months)
	apr := ta.Month(testdates.Month(t, "2026-04"))
	assert.EqualValues(t, 2, apr.Total())
	assert.EqualValues(t, 1, apr.Count("pa", eligibility.RideHailing, d("2026-04-30")))
	assert.EqualValues(t, 0, apr.Count("pa", eligibility.RideHailing, d("2026-03-02")))
	assert.Equal(t, []string{"pa", "pb"}, ta.Platforms())

	var u eligibility.Tally
	require.NoError(t, u.AddN("p0", eligibility.RideHailing, d("2026-03-02"), 5))
	require.NoError(t, u.AddN("pa", eligibility.RideHailing, d("2026-03-02"), 1))
	a, b := ta.Month(testdates.Month(t, "2026-03")), u.Month(testdates.Month(t, "2026-03"))
	require.NoError(t, a.Merge(&ta))
	require.NoError(t, a.Merge(&u))
	require.NoError(t, b.Merge(&ta))
	require.NoError(t, b.Merge(a.Month(testdates.Month(t, "2026-05")))) // nothing
	require.NoError(t, b.Merge(ta.Month(testdates.Month(t, "2026-03"))))
	assert.True(t, a.Equal(b), "%v\n%v", a.Rows(), b.Rows())
	assert.Equal(t, []string{"p0", "pa", "pb"}, a.Platforms())
	assert.EqualValues(t, 2*2+1, a.Count("pa", eligibility.RideHailing, d("2026-03-02")))
	assert.EqualValues(t, ta.Total()+9+6, a.Total())
}

// RFC 3339 offsets on the reader's slower path (a fraction of more than
// nine digits, which time.Parse reads): ±HH:MM up to 23:59 either way, and
// Z; not +24:00 or +08:60, which time.Parse would take and which would move
// an order to another day (第十条第一款: the day an order ended).
func TestSlowPathOffsetsAtTheirBounds(t *testing.T) {
	read := func(at string) (eligibility.Execution, error) {
		in := eligibility.CSVHeader + "\n" + strings.Replace(row("o1"), "2026-03-01T10:00:00+08:00", at, 1)
		var e eligibility.Execution
		_, err := eligibility.NewCSVReader(strings.NewReader(in)).Read(&e)
		return e, err
	}
	const f = "2026-03-01T10:00:00.1234567891"
	for at, want := range map[string]string{
		f + "+23:59": "2026-02-28T10:01:00.123456789Z",
		f + "-23:59": "2026-03-02T09:59:00.123456789Z",
		f + "+00:00": "2026-03-01T10:00:00.123456789Z",
		f + "-08:00": "2026-03-01T18:00:00.123456789Z",
		f + "Z":      "2026-03-01T10:00:00.123456789Z",
	} {
		e, err := read(at)
		require.NoError(t, err, at)
		assert.Equal(t, want, e.AcceptedAt.Format(time.RFC3339Nano), at)
	}
	for _, at := range []string{f + "+24:00", f + "-24:00", f + "+08:60", f + "-00:60", f + "*08:00", f + "+08-00", f + "+0800", f + "z",
		"2026-03-01T10:00:00.+08:00", "2026-03-01t10:00:00+08:00", "2026-03-01T10:00:00"} {
		_, err := read(at)
		assert.ErrorIs(t, err, eligibility.ErrNotTime, at)
	}
}

// 第十条: partial counts merged keep every invalid record: listed while the
// receiving batch's list has room (MaxInvalid, exactly), counted by reason
// past it; the counts balance whatever the room.
func TestMergedInvalidRecordsListedUpToTheRoom(t *testing.T) {
	for maxInvalid, listed := range map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 4, -1: 0} {
		b := eligibility.Batch{MaxInvalid: maxInvalid}
		if maxInvalid != -1 {
			require.NoError(t, b.AddInvalid(1, errors.New("e1")))
		}
		var o eligibility.Batch
		for i := range 3 {
			require.NoError(t, o.AddInvalid(int64(i+2), fmt.Errorf("e%d", i+2)))
		}
		require.NoError(t, b.Merge(&o))
		var unlisted int64
		for _, n := range b.InvalidUnlisted() {
			unlisted += n
		}
		total := int64(4)
		if maxInvalid == -1 {
			total = 3
		}
		assert.Len(t, b.Invalid(), listed, "MaxInvalid %d", maxInvalid)
		assert.Equal(t, total-int64(listed), unlisted, "MaxInvalid %d", maxInvalid)
		assert.Equal(t, total, b.Counts().Invalid)
		assert.True(t, b.Balanced())
	}
}

// ExcludedBy answers for one clause of 第十条第一款 at a time: 0 for no
// clause or for several at once, never another clause's count.
func TestExcludedByOneClauseOnly(t *testing.T) {
	c := eligibility.Counts{Excluded: 6, ExcludedNotRegistered: 1, ExcludedOutsideShanghai: 2, ExcludedNotEnded: 3}
	assert.EqualValues(t, 1, c.ExcludedBy(eligibility.ClauseRegistered))
	assert.EqualValues(t, 2, c.ExcludedBy(eligibility.ClauseInShanghai))
	assert.EqualValues(t, 3, c.ExcludedBy(eligibility.ClauseEnded))
	assert.EqualValues(t, 0, c.ExcludedBy(0))
	assert.EqualValues(t, 0, c.ExcludedBy(eligibility.ClauseRegistered|eligibility.ClauseEnded))
}

package eligibility_test

// Issue 19, fourth pass: every stated bound at its edge (the limit, one
// below, one above), asserting the value a host gets, not only that no
// error came.

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// unlistedKey is the one key InvalidUnlisted counts err under.
func unlistedKey(t *testing.T, err error) string {
	t.Helper()
	b := &eligibility.Batch{MaxInvalid: -1}
	require.NoError(t, b.AddInvalid(1, err))
	m := b.InvalidUnlisted()
	require.Len(t, m, 1)
	for k, n := range m {
		assert.Equal(t, int64(1), n)
		return k
	}
	return ""
}

// An unlisted invalid record's reason is "field: what is wrong", at most
// 160 bytes (a longer one cut to 160 and "…"), its field at most 40 (cut
// to 40 and "…"), and masked when it holds an identity number: 17 digits
// and an X are one.
func TestUnlistedReasonBounds(t *testing.T) {
	idRule := strings.TrimPrefix(eligibility.ErrMalformedOrderID.Error(), "eligibility: order_id: ")
	fieldFor := func(total int) string { return strings.Repeat("f", total-2-len(idRule)) }
	for _, total := range []int{159, 160, 161} {
		field := fieldFor(total)
		require.LessOrEqual(t, len(field), 40)
		key := unlistedKey(t, &eligibility.IDError{Field: field, Rune: ' '})
		full := field + ": " + idRule
		require.Len(t, full, total)
		if total <= 160 {
			assert.Equal(t, full, key, total)
		} else {
			assert.Equal(t, full[:160]+"…", key, total)
		}
	}
	for _, n := range []int{39, 40, 41} {
		field := strings.Repeat("g", n)
		key := unlistedKey(t, &eligibility.FieldError{Code: eligibility.ErrNotBool, Field: field})
		want := field
		if n > 40 {
			want = field[:40] + "…"
		}
		assert.Equal(t, want+": want true or false", key, n)
	}
	// Identity numbers in a host's field name, as package redact says
	// them: 17 digits and an X, 15 digits or more, 14 and an X, are masked;
	// 14 digits alone, 13 and an X, are not one (16 and an X: the digits
	// are, the X shows).
	for field, want := range map[string]string{
		"id 11010519491231002X": "id ******************",
		"id 110105194912310021": "id ******************",
		"id 11010519491231002":  "id *****************",
		"id 1101051949123100X":  "id ****************X",
		"id 11010519491231X":    "id ***************",
		"id 11010519491231":     "id 11010519491231",
		"id 1101051949123X":     "id 1101051949123X",
	} {
		assert.Equal(t, want+": "+idRule, unlistedKey(t, &eligibility.IDError{Field: field, Rune: ' '}), field)
		assert.Equal(t, want+": want true or false", unlistedKey(t, &eligibility.FieldError{Code: eligibility.ErrNotBool, Field: field}), field)
	}
}

// InvalidUnlisted keys at most 64 reasons: 63 of their own, the rest under
// "other"; a reason already keyed keeps its key.
func TestUnlistedReasonsUpToSixtyFour(t *testing.T) {
	b := &eligibility.Batch{MaxInvalid: -1}
	reason := func(i int) error {
		return &eligibility.FieldError{Code: eligibility.ErrNotBool, Field: fmt.Sprintf("f%02d", i)}
	}
	for i := range 63 {
		require.NoError(t, b.AddInvalid(int64(i), reason(i)))
	}
	m := b.InvalidUnlisted()
	assert.Len(t, m, 63)
	assert.NotContains(t, m, "other")
	require.NoError(t, b.AddInvalid(64, reason(63)))
	require.NoError(t, b.AddInvalid(65, reason(64)))
	require.NoError(t, b.AddInvalid(66, reason(0)))
	m = b.InvalidUnlisted()
	assert.Len(t, m, 64)
	assert.Equal(t, int64(2), m["other"])
	assert.Equal(t, int64(2), m["f00: want true or false"])
	assert.NotContains(t, m, "f63: want true or false")
	assert.Equal(t, int64(66), b.Counts().Invalid)
	assert.True(t, b.Balanced())
}

// MaxInvalid lists exactly that many invalid records; the next is counted
// by reason.
func TestMaxInvalidAtItsEdge(t *testing.T) {
	for _, max := range []int{1, 2, 3} {
		b := &eligibility.Batch{MaxInvalid: max}
		for i := range max + 1 {
			require.NoError(t, b.AddInvalid(int64(i+1), eligibility.ErrBareQuote))
		}
		assert.Len(t, b.Invalid(), max)
		assert.Equal(t, int64(max), b.Invalid()[max-1].Line)
		assert.Equal(t, map[string]int64{"csv: " + eligibility.ErrBareQuote.Error(): 1}, b.InvalidUnlisted())
	}
}

// The sparse-tally estimate at its edge: 544 cells of two rows each, the
// 65th day a tally holds (its second block) and the last (its 115th), take
// 2 blocks of 512 bytes and 8 bytes for each of the 114 blocks from the
// one to the other: 1,053,184 bytes, exactly 256 × 18 bytes past 1 MiB. An
// input of 18 bytes is enough, 17 is not; a third row in a block already
// counted costs nothing; the rows' order does not matter.
func TestTallyBudgetOfSpanningCells(t *testing.T) {
	first, last := eligibility.TallyDays()
	second, _ := first.AddDays(64)
	third, _ := first.AddDays(65)
	var rows []eligibility.Row
	for i := range 544 {
		p := fmt.Sprintf("p%d", i)
		rows = append(rows,
			eligibility.Row{Platform: p, Industry: eligibility.RideHailing, Day: last, Orders: 1},
			eligibility.Row{Platform: p, Industry: eligibility.RideHailing, Day: third, Orders: 1},
			eligibility.Row{Platform: p, Industry: eligibility.RideHailing, Day: second, Orders: 1})
	}
	require.Equal(t, 1053184, 544*(2*512+8*114))
	require.Equal(t, 1053184, 256*18+1<<20)
	require.NoError(t, eligibility.CheckBudget(rows, 18))
	assert.ErrorIs(t, eligibility.CheckBudget(rows, 17), eligibility.ErrTallyTooSparse)
	// One cell fewer: 1936 bytes less (7.6 × 256): 11 bytes of input are
	// enough, 10 are not.
	rows = rows[3:]
	require.NoError(t, eligibility.CheckBudget(rows, 11))
	assert.ErrorIs(t, eligibility.CheckBudget(rows, 10), eligibility.ErrTallyTooSparse)
}

// A Tally's count of a day in no block it holds is 0: the block just
// before its first and just after its last, and the days at either edge
// of the blocks it holds (64-day blocks from 2020-01-01).
func TestTallyCountAroundItsBlocks(t *testing.T) {
	first, _ := eligibility.TallyDays()
	at := func(off int) calendar.Date { d, _ := first.AddDays(off); return d }
	tl := &eligibility.Tally{}
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, at(64), 1))
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, at(127), 2))
	for off, want := range map[int]int64{0: 0, 63: 0, 64: 1, 65: 0, 126: 0, 127: 2, 128: 0, 191: 0, 7304: 0} {
		assert.Equal(t, want, tl.Count("p", eligibility.RideHailing, at(off)), off)
	}
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, at(256), 3)) // a gap of one block
	for off, want := range map[int]int64{127: 2, 128: 0, 191: 0, 192: 0, 255: 0, 256: 3, 320: 0} {
		assert.Equal(t, want, tl.Count("p", eligibility.RideHailing, at(off)), off)
	}
}

// Every count of a Batch refuses the row that would take it past
// math.MaxInt64, naming itself; one below, the row is counted and the
// count reaches math.MaxInt64 exactly. Counts at 2⁶² and past are not
// full.
func TestEveryCountAtItsEdge(t *testing.T) {
	names := []string{"input", "counted", "excluded", "excluded_not_registered", "excluded_outside_shanghai",
		"excluded_not_ended", "excluded_other_month", "duplicates", "conflicts", "invalid"}
	set := func(c *eligibility.Counts, i int, n int64) {
		*[]*int64{&c.Input, &c.Counted, &c.Excluded, &c.ExcludedNotRegistered, &c.ExcludedOutsideShanghai,
			&c.ExcludedNotEnded, &c.ExcludedOtherMonth, &c.Duplicates, &c.Conflicts, &c.Invalid}[i] = n
	}
	for i, name := range names {
		b := &eligibility.Batch{}
		var c eligibility.Counts
		set(&c, i, math.MaxInt64)
		eligibility.SetCounts(b, c)
		oe := requireOverflow(t, b.AddInvalid(1, eligibility.ErrBareQuote))
		assert.Equal(t, "counts."+name, oe.What)
		assert.Equal(t, int64(math.MaxInt64), oe.Have)
		assert.Equal(t, int64(1), oe.Add)
		assert.Equal(t, c, b.Counts(), name)

		for _, below := range []int64{math.MaxInt64 - 1, 1 << 62, 1<<62 + 1} {
			b = &eligibility.Batch{MaxInvalid: -1}
			var c eligibility.Counts
			set(&c, i, below)
			eligibility.SetCounts(b, c)
			require.NoError(t, b.AddInvalid(1, eligibility.ErrBareQuote), "%s at %d", name, below)
		}
	}
	// Input at MaxInt64−1: one more row makes it MaxInt64, the next is refused.
	b := &eligibility.Batch{MaxInvalid: -1}
	eligibility.SetCounts(b, eligibility.Counts{Input: math.MaxInt64 - 1, Invalid: math.MaxInt64 - 1})
	require.NoError(t, b.AddInvalid(1, eligibility.ErrBareQuote))
	assert.Equal(t, int64(math.MaxInt64), b.Counts().Input)
	oe := requireOverflow(t, b.AddInvalid(2, eligibility.ErrBareQuote))
	assert.Equal(t, "counts.input", oe.What)
}

// AddResolved adds Copies to Input and Copies − 1 to Duplicates, each
// checked exactly: a sum of math.MaxInt64 passes, one more is refused,
// naming the count; a decision with its count or the tally's total full is
// refused too, nothing changed.
func TestAddResolvedAtTheEdges(t *testing.T) {
	e := valid(t)
	for _, c := range []struct {
		counts eligibility.Counts
		copies int64
		what   string // "" when it passes
	}{
		{eligibility.Counts{Input: math.MaxInt64 - 2}, 2, ""},
		{eligibility.Counts{Input: math.MaxInt64 - 2}, 3, "counts.input"},
		{eligibility.Counts{Duplicates: math.MaxInt64 - 1}, 2, ""},
		{eligibility.Counts{Duplicates: math.MaxInt64 - 1}, 3, "counts.duplicates"},
		{eligibility.Counts{Duplicates: math.MaxInt64}, 1, ""},
		{eligibility.Counts{Conflicts: math.MaxInt64 - 1}, 2, ""},
		{eligibility.Counts{Conflicts: math.MaxInt64}, 2, "counts.conflicts"},
		{eligibility.Counts{Counted: math.MaxInt64 - 1}, 1, ""},
		{eligibility.Counts{Counted: math.MaxInt64}, 1, "counts.counted"},
		{eligibility.Counts{ExcludedOtherMonth: math.MaxInt64}, 1, "counts.excluded_other_month"},
		{eligibility.Counts{Invalid: math.MaxInt64}, 1, ""},
	} {
		b := &eligibility.Batch{}
		eligibility.SetCounts(b, c.counts)
		_, err := b.AddResolved(1, eligibility.Resolution{Winner: e, Copies: c.copies, Conflict: c.copies > 1})
		if c.what == "" {
			require.NoError(t, err, "%+v", c)
			got := b.Counts()
			assert.Equal(t, c.counts.Input+c.copies, got.Input)
			assert.Equal(t, c.counts.Duplicates+c.copies-1, got.Duplicates)
			assert.Equal(t, c.counts.Counted+1, got.Counted)
			continue
		}
		oe := requireOverflow(t, err)
		assert.Equal(t, c.what, oe.What, "%+v", c)
		assert.Equal(t, c.counts, b.Counts())
		assert.Empty(t, b.Conflicting())
	}
	b := &eligibility.Batch{}
	require.NoError(t, eligibility.TallyOf(b).AddN("z", eligibility.RideHailing, day(t, "2026-03-01"), math.MaxInt64))
	_, err := b.AddResolved(1, eligibility.Resolution{Winner: e, Copies: 1})
	oe := requireOverflow(t, err)
	assert.Equal(t, "tally total", oe.What)
	assert.Equal(t, int64(math.MaxInt64), oe.Have)
}

// A Tally's total reaches math.MaxInt64 exactly through AddDecision and
// AddN, and refuses one more, naming itself, the tally unchanged.
func TestTallyTotalAtItsEdge(t *testing.T) {
	d := day(t, "2026-03-01")
	e := &eligibility.Execution{Platform: "p", Industry: eligibility.RideHailing}
	tl := &eligibility.Tally{}
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, math.MaxInt64-1))
	ok, err := tl.AddDecision(e, eligibility.Decision{Counted: true, Day: d})
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, int64(math.MaxInt64), tl.Total())
	assert.Equal(t, int64(math.MaxInt64), tl.Count("p", eligibility.RideHailing, d))
	ok, err = tl.AddDecision(e, eligibility.Decision{Counted: true, Day: d})
	assert.False(t, ok)
	oe := requireOverflow(t, err)
	assert.Equal(t, eligibility.OverflowError{What: "tally total", Have: math.MaxInt64, Add: 1}, *oe)
	oe = requireOverflow(t, tl.AddN("q", eligibility.RideHailing, d, 1))
	assert.Equal(t, eligibility.OverflowError{What: "tally total", Have: math.MaxInt64, Add: 1}, *oe)
	require.NoError(t, tl.AddN("q", eligibility.RideHailing, d, 0))
	assert.Equal(t, []string{"p"}, tl.Platforms())

	// AddN's sum exactly: MaxInt64 − 5 + 5 passes, + 6 is refused.
	tl = &eligibility.Tally{}
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, math.MaxInt64-5))
	oe = requireOverflow(t, tl.AddN("p", eligibility.RideHailing, d, 6))
	assert.Equal(t, eligibility.OverflowError{What: "tally total", Have: math.MaxInt64 - 5, Add: 6}, *oe)
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, d, 5))
	assert.Equal(t, int64(math.MaxInt64), tl.Total())
}

// A binary tally's orders: 2⁶³−1 in a cell is read, 2⁶³ refused by its
// cell; a binary batch's count past 2⁶³−1 is refused by its name, and a
// list longer than its bytes by its length (as many elements as bytes
// left pass the check).
func TestBinaryNumbersAtTheirEdges(t *testing.T) {
	cellOf := func(orders uint64) []byte {
		b := []byte{'Z', 'T', 1, 1, 1, 'p', 1, 0, 1, 0}
		return binary.AppendUvarint(b, orders)
	}
	var tl eligibility.Tally
	require.NoError(t, tl.UnmarshalBinary(cellOf(math.MaxInt64)))
	assert.Equal(t, int64(math.MaxInt64), tl.Total())
	err := tl.UnmarshalBinary(cellOf(math.MaxInt64 + 1))
	exactly(t, err, eligibility.ErrTallyBinary, nil)
	assert.Contains(t, err.Error(), "cell 1: orders 9223372036854775808")
	assert.Equal(t, int64(math.MaxInt64), tl.Total(), "unchanged")

	head := []byte{'Z', 'B', 1, 0, 0, 0}
	var b eligibility.Batch
	form := binary.AppendUvarint(append([]byte(nil), head...), math.MaxInt64+1)
	err = b.UnmarshalBinary(form)
	exactly(t, err, eligibility.ErrBatchBinary, nil)
	assert.Contains(t, err.Error(), "input: past 2⁶³−1")

	// No counts, an empty tally, then a list of invalid records whose
	// length passes the bytes left.
	body := append(append([]byte(nil), head...), make([]byte, 10)...)
	body = append(body, 5, 'Z', 'T', 1, 0, 0)
	for _, c := range []struct {
		n, bytes int
		msg      string
	}{
		{3, 3, "invalid line: truncated"},      // 3 elements in 3 bytes: read, then cut short
		{4, 3, "4 invalid records in 3 bytes"}, // one more than the bytes
		{200, 199, "200 invalid records in 199 bytes"},
	} {
		form := binary.AppendUvarint(append([]byte(nil), body...), uint64(c.n))
		form = append(form, make([]byte, c.bytes)...)
		if c.n == 3 {
			form[len(form)-3] = 0x80 // a line's varint cut short
		}
		err := b.UnmarshalBinary(form)
		exactly(t, err, eligibility.ErrBatchBinary, nil, c.n)
		assert.Contains(t, err.Error(), c.msg, c.n)
	}
}

// An unlisted reason's count stops at math.MaxInt64 (set here through the
// test hook: no host reaches it): one more record of that reason does not
// wrap it to a negative count.
func TestUnlistedCountDoesNotWrap(t *testing.T) {
	b := &eligibility.Batch{MaxInvalid: -1}
	require.NoError(t, b.AddInvalid(1, eligibility.ErrBareQuote)) // the reason's key is now cached
	key := "csv: " + eligibility.ErrBareQuote.Error()
	require.Equal(t, map[string]int64{key: 1}, b.InvalidUnlisted())
	eligibility.SetUnlisted(b, map[string]int64{key: math.MaxInt64})
	eligibility.SetCounts(b, eligibility.Counts{Input: math.MaxInt64 - 1, Invalid: math.MaxInt64 - 1})
	require.NoError(t, b.AddInvalid(2, eligibility.ErrBareQuote))
	assert.Equal(t, map[string]int64{key: math.MaxInt64}, b.InvalidUnlisted())
	assert.Equal(t, int64(math.MaxInt64), b.Counts().Invalid)
}

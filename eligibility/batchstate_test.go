package eligibility_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
)

// stateBatch is a batch of March with every kind of result: counted and
// excluded rows, a duplicate and a conflict, invalid lines listed and
// (MaxInvalid 1) counted by reason.
func stateBatch(t *testing.T) *eligibility.Batch {
	t.Helper()
	b := &eligibility.Batch{Month: calendar.MonthOfDate(day(t, "2026-03-01")), MaxInvalid: 1}
	in := eligibility.CSVHeader + "\n" + row("o1") + row("o2") + row("o2") +
		strings.Replace(row("o3"), "2026-03-01T10:30", "2026-03-01T10:40", 1) + row("o3") +
		strings.Replace(row("o4"), "true,true", "false,true", 1) +
		"only,three,fields\n" + "x,\"y\n" + "a,b\n"
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	c := b.Counts()
	require.Positive(t, c.Counted)
	require.Positive(t, c.Excluded)
	require.Equal(t, int64(1), c.Conflicts)
	require.Equal(t, int64(2), c.Duplicates)
	require.Len(t, b.Invalid(), 1)
	require.NotEmpty(t, b.InvalidUnlisted())
	require.True(t, b.Balanced())
	return b
}

// Issue 21: a host reads a Batch's results through methods that return
// copies. Changing what they return changes nothing of the batch: its
// counts still balance (there is no field to write: b.Counts.Input = 5
// does not compile).
func TestBatchResultsAreCopies(t *testing.T) {
	b := stateBatch(t)
	want := b.Counts()
	wantTally := b.Tally().Rows()
	wantInvalid := b.Invalid()
	wantUnlisted := b.InvalidUnlisted()
	wantConflicts := b.Conflicting()

	c := b.Counts()
	c.Input = 5
	c.Invalid = 0
	tl := b.Tally()
	require.NoError(t, tl.AddN("p", eligibility.RideHailing, day(t, "2026-03-02"), 7))
	inv := b.Invalid()
	inv[0].Line = 99
	_ = append(inv, eligibility.Invalid{Line: 100})
	for k := range b.InvalidUnlisted() {
		u := b.InvalidUnlisted()
		u[k] = 1 << 40
		delete(u, k)
	}
	cs := b.Conflicting()
	cs[0].OrderID = "changed"

	assert.True(t, b.Balanced())
	assert.Equal(t, want, b.Counts())
	assert.Equal(t, wantTally, b.Tally().Rows())
	assert.Equal(t, wantInvalid, b.Invalid())
	assert.Equal(t, wantUnlisted, b.InvalidUnlisted())
	assert.Equal(t, wantConflicts, b.Conflicting())

	// A nil batch has no results, and reads as balanced.
	var nb *eligibility.Batch
	assert.Equal(t, eligibility.Counts{}, nb.Counts())
	assert.Zero(t, nb.Tally().Total())
	assert.Nil(t, nb.Invalid())
	assert.Nil(t, nb.InvalidUnlisted())
	assert.Nil(t, nb.Conflicting())
	assert.True(t, nb.Balanced())
}

// A batch crosses the wire (MarshalBinary, UnmarshalBinary) with its
// configuration but Seen and every result; the decoded batch merges as
// the original does, and its encoding is the same bytes.
func TestBatchBinaryRoundTrip(t *testing.T) {
	b := stateBatch(t)
	b.Rules.CountCancelledAfterStart = true
	data, err := b.MarshalBinary()
	require.NoError(t, err)
	back := eligibility.Batch{Seen: eligibility.Deduplicated{}}
	require.NoError(t, back.UnmarshalBinary(data))
	assert.Equal(t, b.Month, back.Month)
	assert.Equal(t, b.Rules, back.Rules)
	assert.Equal(t, b.MaxInvalid, back.MaxInvalid)
	assert.Equal(t, eligibility.Deduplicated{}, back.Seen, "Seen is kept: it does not travel")
	assert.Equal(t, b.Counts(), back.Counts())
	assert.True(t, b.Tally().Equal(back.Tally()))
	assert.Equal(t, b.InvalidUnlisted(), back.InvalidUnlisted())
	assert.Equal(t, b.Conflicting(), back.Conflicting())
	require.Len(t, back.Invalid(), 1)
	assert.Equal(t, b.Invalid()[0].Line, back.Invalid()[0].Line)
	assert.Equal(t, b.Invalid()[0].Err.Error(), back.Invalid()[0].Err.Error())
	// Its code travels with it: errors.Is, and the same JSON.
	if c := errcode.Of(b.Invalid()[0].Err); !c.IsZero() {
		assert.ErrorIs(t, back.Invalid()[0].Err, c)
	}
	assert.Equal(t, errcode.Wire(b.Invalid()[0].Err), errcode.Wire(back.Invalid()[0].Err))
	wantJSON, _ := json.Marshal(b.Invalid())
	gotJSON, _ := json.Marshal(back.Invalid())
	assert.Equal(t, string(wantJSON), string(gotJSON))
	assert.True(t, back.Balanced())
	again, err := back.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, data, again, "one encoding per batch")

	// Merged after the wire or before, the same counts and tally.
	o := stateBatch(t)
	direct := stateBatch(t)
	require.NoError(t, direct.Merge(o))
	require.NoError(t, back.Merge(o))
	assert.Equal(t, direct.Counts(), back.Counts())
	assert.True(t, direct.Tally().Equal(back.Tally()))
	assert.True(t, back.Balanced())

	// The empty batch.
	var empty eligibility.Batch
	data, err = empty.MarshalBinary()
	require.NoError(t, err)
	require.NoError(t, back.UnmarshalBinary(data))
	assert.Equal(t, eligibility.Counts{}, back.Counts())
	assert.Empty(t, back.Invalid())
	var nb *eligibility.Batch
	_, err = nb.MarshalBinary()
	assert.ErrorIs(t, err, eligibility.ErrNilBatch)
	assert.ErrorIs(t, nb.UnmarshalBinary(data), eligibility.ErrNilBatch)
}

// UnmarshalBinary refuses what MarshalBinary does not write, and a batch
// that does not balance, leaving the batch unchanged: a host cannot make
// an unbalanced Batch through the wire either.
func TestBatchUnmarshalBinaryRefuses(t *testing.T) {
	b := stateBatch(t)
	good, err := b.MarshalBinary()
	require.NoError(t, err)
	// counts is the offset of the ten counts: after the magic, the month
	// (its length and 7 bytes), the rules byte and MaxInvalid (one byte).
	const counts = 3 + 1 + 7 + 1 + 1
	require.Equal(t, "2026-03", string(good[4:11]))
	patched := func(i int, v uint64) []byte {
		out := append([]byte(nil), good[:counts]...)
		rest := good[counts:]
		for j := range 10 {
			n, k := binary.Uvarint(rest)
			require.Positive(t, k)
			if j == i {
				n = v
			}
			out = binary.AppendUvarint(out, n)
			rest = rest[k:]
		}
		return append(out, rest...)
	}
	c := b.Counts()
	for name, data := range map[string][]byte{
		"empty":                {},
		"another version":      append([]byte{'Z', 'B', 2}, good[3:]...),
		"a tally's magic":      append([]byte{'Z', 'T', 1}, good[3:]...),
		"truncated":            good[:len(good)-1],
		"trailing byte":        append(append([]byte(nil), good...), 0),
		"input one more":       patched(0, uint64(c.Input+1)),
		"counted one more":     patched(1, uint64(c.Counted+1)),
		"invalid one fewer":    patched(9, uint64(c.Invalid-1)),
		"conflicts one more":   patched(8, uint64(c.Conflicts+1)),
		"a count past 2⁶³−1":   patched(0, 1<<63),
		"a month not YYYY-MM":  append(append([]byte{'Z', 'B', 1, 7}, "2026-3x"...), good[11:]...),
		"rules byte 2":         append(append([]byte(nil), good[:11]...), append([]byte{2}, good[12:]...)...),
		"overlong max_invalid": append(append([]byte(nil), good[:12]...), append([]byte{0x82, 0x00}, good[13:]...)...),
	} {
		back := *stateBatch(t)
		before := back.Counts()
		err := back.UnmarshalBinary(data)
		assert.ErrorIs(t, err, eligibility.ErrBatchBinary, name)
		assert.Equal(t, before, back.Counts(), "%s: unchanged", name)
	}
	// A huge list length in a few bytes is refused before anything is
	// allocated for it.
	var short []byte
	short = append(short, 'Z', 'B', 1, 0, 0, 0)
	for range 10 {
		short = append(short, 0)
	}
	var tl eligibility.Tally
	td, err := tl.MarshalBinary()
	require.NoError(t, err)
	short = binary.AppendUvarint(short, uint64(len(td)))
	short = append(short, td...)
	var back eligibility.Batch
	require.NoError(t, back.UnmarshalBinary(append(append([]byte(nil), short...), 0, 0, 0)), "the empty batch")
	err = back.UnmarshalBinary(binary.AppendUvarint(short, 1<<60))
	assert.ErrorIs(t, err, eligibility.ErrBatchBinary)
}

// FuzzBatchUnmarshalBinary: any bytes are refused with ErrBatchBinary or
// read into a balanced batch that writes the very same bytes back.
func FuzzBatchUnmarshalBinary(f *testing.F) {
	h := eligibility.CSVHeader + "\n"
	for _, in := range []string{h, h + row("o1") + row("o1") + "junk\n", h + row("o1") + strings.Replace(row("o1"), "10:30", "10:40", 1) + "a,b\n"} {
		for _, max := range []int{0, 1, -1} {
			b := &eligibility.Batch{MaxInvalid: max}
			if err := eligibility.ReadCSV(strings.NewReader(in), b); err != nil {
				f.Fatal(err)
			}
			data, err := b.MarshalBinary()
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("ZB\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b eligibility.Batch
		if err := b.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, eligibility.ErrBatchBinary) {
				t.Fatalf("%v: not ErrBatchBinary", err)
			}
			return
		}
		if !b.Balanced() {
			t.Fatalf("an unbalanced batch read: %+v", b.Counts())
		}
		again, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("read %x, wrote %x", data, again)
		}
	})
}

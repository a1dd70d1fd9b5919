package levycount

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
)

// Issue 18: partials list their invalid lines up to Batch.MaxInvalid and
// count the rest by reason; merging keeps the files of the lines listed,
// crosses the wire with the counts by reason, and refuses a count that
// would wrap.
func TestUnlistedInvalidLinesMerge(t *testing.T) {
	junk := make([]string, 800)
	for i := range junk {
		junk[i] = "only,three,fields"
	}
	part := func(file string) Partial {
		p := Partial{b: eligibility.Batch{Month: march, Seen: eligibility.Deduplicated{}}}
		require.NoError(t, readCSV(file, strings.NewReader(wholeInput(junk)), &p, func(string, record) {}))
		return p
	}
	a, b := part("a.csv"), part("b.csv")
	require.NoError(t, a.merge(&b))
	require.Len(t, a.b.Invalid(), eligibility.DefaultMaxInvalid)
	require.Len(t, a.files, eligibility.DefaultMaxInvalid)
	require.Equal(t, "b.csv", a.files[len(a.files)-1])
	require.Equal(t, int64(1600), a.b.Counts().Invalid)
	require.True(t, a.b.Balanced())

	data, err := encodePartial(a)
	require.NoError(t, err)
	back, err := decodePartial(data)
	require.NoError(t, err)
	require.Equal(t, a.b.InvalidUnlisted(), back.b.InvalidUnlisted())
	require.True(t, back.b.Balanced())
	r, err := NewReport(&back, nil)
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"csv: the wrong number of fields": 600}, r.InvalidUnlisted)

	// A partial whose invalid lines by reason would pass 2⁶³−1 (a Batch's
	// binary form with those counts, as a worker could send it) is refused
	// by the merge, which leaves the count unchanged.
	big := Partial{b: eligibility.Batch{Seen: eligibility.Deduplicated{}}}
	require.NoError(t, big.b.UnmarshalBinary(hugeInvalid()))
	require.Equal(t, int64(math.MaxInt64), big.b.Counts().Invalid)
	require.ErrorIs(t, a.merge(&big), eligibility.ErrCountOverflow)
	require.Equal(t, int64(1600), a.b.Counts().Invalid, "unchanged")
	require.Len(t, a.files, eligibility.DefaultMaxInvalid)
}

// hugeInvalid is eligibility.Batch's binary form (see its MarshalBinary)
// of a batch of math.MaxInt64 rows, every one invalid and counted under
// the reason "other".
func hugeInvalid() []byte {
	b := []byte{'Z', 'B', 1, 0, 0, 0} // no month, rules 0, MaxInvalid 0
	// The ten counts: input and invalid full.
	for i := range 10 {
		n := uint64(0)
		if i == 0 || i == 9 {
			n = math.MaxInt64
		}
		b = binary.AppendUvarint(b, n)
	}
	tally := []byte{'Z', 'T', 1, 0, 0} // the empty tally
	b = append(binary.AppendUvarint(b, uint64(len(tally))), tally...)
	// No invalid line listed; one reason, "other", counted math.MaxInt64
	// times; no conflict.
	b = append(b, 0, 1, 5, 'o', 't', 'h', 'e', 'r')
	b = binary.AppendUvarint(b, math.MaxInt64)
	return append(b, 0)
}

package levycount

import (
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
	require.Len(t, a.b.Invalid, eligibility.DefaultMaxInvalid)
	require.Len(t, a.files, eligibility.DefaultMaxInvalid)
	require.Equal(t, "b.csv", a.files[len(a.files)-1])
	require.Equal(t, int64(1600), a.b.Counts.Invalid)
	require.True(t, a.b.Balanced())

	data, err := encodePartial(a)
	require.NoError(t, err)
	back, err := decodePartial(data)
	require.NoError(t, err)
	require.Equal(t, a.b.InvalidUnlisted, back.b.InvalidUnlisted)
	require.True(t, back.b.Balanced())
	r, err := NewReport(&back, nil)
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"csv: the wrong number of fields": 600}, r.InvalidUnlisted)

	big := Partial{b: eligibility.Batch{Counts: eligibility.Counts{Input: math.MaxInt64, Invalid: math.MaxInt64}}}
	big.b.InvalidUnlisted = map[string]int64{"other": math.MaxInt64}
	require.ErrorIs(t, a.merge(&big), eligibility.ErrCountOverflow)
	require.Equal(t, int64(1600), a.b.Counts.Invalid, "unchanged")
	_, err = decodePartial([]byte(`{"counts":{"input":2,"invalid":2},"invalid":[],"invalid_unlisted":{"x":1},"tally":"WlQBAAA="}`))
	require.ErrorIs(t, err, ErrPartialSyntax)
}

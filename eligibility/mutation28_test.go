package eligibility_test

// Round 17 of the mutation study (issue 19).

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
)

// A line break just before the closing quote of the last field, in a last
// record with no line end of its own, is a line break inside a record like
// any other (no column can hold one): ErrLineBreak at that record's first
// line.
func TestLineBreakBeforeTheClosingQuoteAtEOF(t *testing.T) {
	last := strings.Replace(strings.TrimSuffix(row("o2"), "\n"), ",delivered", `,"delivered`+"\n"+`"`, 1)
	for _, end := range []string{"", "\n"} {
		in := eligibility.CSVHeader + "\n" + row("o1") + last + end
		b, good, bad := readAll(t, strings.NewReader(in))
		assert.Equal(t, []int64{2}, good, "%q", end)
		// Its second line (the lone closing quote) is read again on its
		// own, so no row is absorbed into another: a stray quote there.
		require.Equal(t, []int64{3, 4}, bad, "%q", end)
		assert.ErrorIs(t, b.Invalid()[0].Err, eligibility.ErrLineBreak, "%q", end)
	}
}

package eligibility

// Round 17 of the mutation study (issue 19).

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A Batch whose tally total is at its limit refuses the next row with the
// overflow it would cause: the total, and the one row to add.
func TestBatchRoomAtTheTallyTotal(t *testing.T) {
	b := &Batch{}
	require.NoError(t, b.room())
	b.tally.total = math.MaxInt64 - 1
	require.NoError(t, b.room())
	b.tally.total = math.MaxInt64
	var oe *OverflowError
	require.True(t, errors.As(b.room(), &oe))
	assert.Equal(t, OverflowError{What: "tally total", Have: math.MaxInt64, Add: 1}, *oe)
}

package levy

// Defensive paths of levy that no valid call through the exported API
// reaches (issue 19, session 27), tested directly.

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/calendar"
)

// unknownZH names the year not loaded; any other error (a Deadline's Err is
// only ever an uncovered year) is given as its text, never dropped.
func TestUnknownZHOfOtherErrors(t *testing.T) {
	assert.Equal(t, "2027 年放假安排尚未载入", unknownZH(&calendar.YearNotCoveredError{Year: 2027}))
	assert.Equal(t, "some other reason", unknownZH(errors.New("some other reason")))
}

package calendar_test

import (
	"testing"

	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/calendarkinds" // registers the kinds its cases name
)

// TestGoldenCases runs every golden case of the calendar under
// testdata/golden/calendar; `go run ./examples/golden` prints the same
// cases as a readable report.
func TestGoldenCases(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/calendar")
}

package calendar_test

import (
	"os"
	"testing"

	"github.com/zhishang/zhishang/internal/golden"
)

// TestGoldenCases runs every golden case of the calendar under
// testdata/golden/calendar; `go run ./examples/golden` prints the same
// cases as a readable report.
func TestGoldenCases(t *testing.T) {
	outcomes, err := golden.RunDir("../testdata/golden/calendar")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outcomes {
		t.Run(o.File, func(t *testing.T) {
			if !o.Pass {
				golden.Report(os.Stderr, []golden.Outcome{o}, true)
				t.Fail()
			}
		})
	}
}

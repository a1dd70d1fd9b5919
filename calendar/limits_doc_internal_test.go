package calendar

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// The limits are unexported (issue 20); the docs state them with their
// figures, and this test keeps the figures equal to the constants.
func TestDocStatesLimits(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(b)), " ")
	}
	doc, embedded := read("doc.go"), read("embedded.go")
	if want := fmt.Sprintf("Default covers %d to %d", firstEmbeddedYear, lastEmbeddedYear); !strings.Contains(doc, want) {
		t.Errorf("doc.go does not say %q", want)
	}
	if maxHolidayCSVBytes%(1<<20) != 0 {
		t.Fatalf("maxHolidayCSVBytes %d is not whole MiB", maxHolidayCSVBytes)
	}
	if want := fmt.Sprintf("It reads at most %d MiB", maxHolidayCSVBytes>>20); !strings.Contains(embedded, want) {
		t.Errorf("ParseHolidayCSV's doc does not say %q", want)
	}
}

package eligibility

import (
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
	doc, csv, record := read("doc.go"), read("csv.go"), read("record.go")
	first, last := tallyDays()
	if want := "Days outside " + first.String() + ".." + last.String(); !strings.Contains(doc, want) {
		t.Errorf("doc.go does not say %q", want)
	}
	if maxCSVLine != 1<<20 || !strings.Contains(csv, "longest line CSVReader accepts (1 MiB)") {
		t.Errorf("maxCSVLine %d and its doc (1 MiB) disagree", maxCSVLine)
	}
	if maxEcho != 32 || !strings.Contains(record, "at most 32 bytes") {
		t.Errorf("maxEcho %d and the doc's 32 bytes disagree", maxEcho)
	}
}

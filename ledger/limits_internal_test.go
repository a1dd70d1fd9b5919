package ledger

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// The package doc states the limits the package applies itself (issue 20:
// they are not exported); its figures are the constants'.
func TestDocStatesTheLimits(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.ReplaceAll(string(doc), "//", "")), " ")
	if want := "is at most " + strconv.Itoa(maxIDBytes) + " bytes"; !strings.Contains(text, want) {
		t.Errorf("doc.go does not say %q", want)
	}
	if want := "Summary's basis is " + strconv.Quote(cashBasis); !strings.Contains(text, want) {
		t.Errorf("doc.go does not say %q", want)
	}
}

package claims

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// The package doc states every period the package applies with its figure
// (the consts are unexported: issue 20); the figures must be the consts'.
func TestDocStatesTheFigures(t *testing.T) {
	b, err := os.ReadFile("window.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b[:strings.Index(string(b), "package claims")])
	doc = strings.Join(strings.Fields(strings.ReplaceAll(doc, "//", "")), " ")
	for _, c := range []struct {
		n    int
		text string
	}{
		{platformWindowDays, "within %d days of the accident (第二十一条第一款)"},
		{workerWindowDays, "within %d days (第二十一条第三款)"},
		{decisionWorkdays, "within %d working days of the acceptance"},
		{clearDecisionWorkdays, "%d when the facts are clear (第二十六条)"},
		{deliveryWorkdays, "within %d working days (第二十七条)"},
		{reviewWorkdays, "within %d working days of accepting it"},
		{supplementWorkdays, "has %d working days (第四十四条第三款)"},
	} {
		want := strings.Replace(c.text, "%d", strconv.Itoa(c.n), 1)
		if !strings.Contains(doc, want) {
			t.Errorf("the package doc does not say %q", want)
		}
	}
}

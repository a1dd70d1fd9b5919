package claims

import (
	"os"
	"regexp"
	"testing"
)

// Every deadline name Deadlines gives (the names written in lifecycle.go)
// has a Chinese name (Item.NameZH), and an unknown name is kept as it is.
func TestItemNamesZH(t *testing.T) {
	src, err := os.ReadFile("lifecycle.go")
	if err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`"([a-z][^"]*(days[^"]*\)|第十七条 period))"`).FindAllStringSubmatch(string(src), -1)
	if len(names) < len(itemNamesZH) {
		t.Fatalf("found %d names in lifecycle.go, want at least %d: %q", len(names), len(itemNamesZH), names)
	}
	for _, m := range names {
		if zh := (Item{Name: m[1]}).NameZH(); zh == m[1] || zh == "" {
			t.Errorf("%q has no Chinese name", m[1])
		}
	}
	if got := (Item{Name: "x"}).NameZH(); got != "x" {
		t.Errorf("NameZH of an unknown name: %q", got)
	}
}

package benefits

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// ClaimRules lists every rule of claimRules once: a rule added to the
// table and left out of the list (or the other way) fails here.
func TestClaimRulesListsTheTable(t *testing.T) {
	seen := map[ClaimRule]bool{}
	for _, r := range ClaimRules() {
		if _, ok := claimRules[r]; !ok || seen[r] {
			t.Errorf("%s: not in the table, or listed twice", r)
		}
		seen[r] = true
	}
	if len(seen) != len(claimRules) {
		t.Errorf("ClaimRules lists %d rules, the table has %d", len(seen), len(claimRules))
	}
}

// The package doc states each limit of a medical claim with the figure the
// package applies.
func TestDocStatesTheClaimLimits(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(strings.ReplaceAll(string(src), "//", "")), " ")
	for _, want := range []string{
		fmt.Sprintf("at most %d bills and %d lines in all", maxClaimBills, maxClaimLines),
		fmt.Sprintf("ID at most %d bytes", maxClaimID),
		fmt.Sprintf("an item at most %d bytes", maxClaimText),
		fmt.Sprintf("MaxClaimJSONBytes (%d MiB)", MaxClaimJSONBytes>>20),
		fmt.Sprintf("most %d deep", maxClaimJSONDepth),
		fmt.Sprintf("a string at most %d bytes", maxClaimJSONString),
		fmt.Sprintf("literal at most %d bytes", maxClaimJSONNumber),
		fmt.Sprintf("at most %d list items", maxClaimJSONElements),
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the package doc does not say %q", want)
		}
	}
}

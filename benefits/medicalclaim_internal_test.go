package benefits

import "testing"

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

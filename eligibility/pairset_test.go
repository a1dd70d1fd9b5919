package eligibility

import (
	"testing"

	"pgregory.net/rapid"
)

// The pair set answers exactly as a map of the pairs, whatever the pairs
// (sharing prefixes, containing the separator byte, empty parts).
func TestPairSetIsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var s pairSet
		model := map[[2]string]bool{}
		n := rapid.IntRange(0, 3000).Draw(t, "n")
		part := rapid.StringMatching(`[ab\x00]{0,3}`)
		for i := 0; i < n; i++ {
			o, w := part.Draw(t, "order"), part.Draw(t, "worker")
			_, got := s.add(o, w)
			if got != model[[2]string{o, w}] {
				t.Fatalf("add(%q, %q) = %v, model says %v", o, w, got, model[[2]string{o, w}])
			}
			model[[2]string{o, w}] = true
		}
	})
}

// Hash collisions are told apart by the bytes.
func TestPairSetCollisions(t *testing.T) {
	var s pairSet
	s.add("x", "y") // initialise
	// Force every pair into one chain by giving them one slot's hash.
	sl := &s.slots[0]
	for i := range s.slots {
		if s.slots[i].head != 0 {
			sl = &s.slots[i]
		}
	}
	sl.head = s.push("a", "b", sl.head)
	sl.head = s.push("a\x00b", "", sl.head)
	// ("ab", "") and ("a", "b") have the same bytes: the lengths tell them apart.
	sl.head = s.push("ab", "", sl.head)
	if !s.equal(1, "a", "b") || s.equal(1, "a\x00b", "") || !s.equal(2, "a\x00b", "") || s.equal(2, "a", "b") ||
		!s.equal(3, "ab", "") || s.equal(3, "a", "b") || s.equal(1, "ab", "") {
		t.Fatal("entries compared wrongly")
	}
}

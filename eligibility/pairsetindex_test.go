package eligibility

import (
	"fmt"
	"testing"
)

// pairSet.add numbers the pairs 0, 1, 2, … in order of first appearance,
// and gives a pair seen before its first number, across the table's
// growth (past 3,072 pairs: three quarters of the first 4,096 slots).
func TestPairSetNumbersInOrderOfFirstAppearance(t *testing.T) {
	var s pairSet
	const n = 5000
	for i := range n {
		idx, existed := s.add(fmt.Sprintf("o%d", i), "w")
		if existed || idx != uint32(i) {
			t.Fatalf("pair %d: index %d, existed %v", i, idx, existed)
		}
		if i%7 == 0 {
			idx, existed := s.add(fmt.Sprintf("o%d", i/2), "w")
			if !existed || idx != uint32(i/2) {
				t.Fatalf("pair %d again: index %d, existed %v", i/2, idx, existed)
			}
		}
	}
	for i := range n {
		if idx, existed := s.add(fmt.Sprintf("o%d", i), "w"); !existed || idx != uint32(i) {
			t.Fatalf("pair %d at the end: index %d, existed %v", i, idx, existed)
		}
	}
	if s.len() != n {
		t.Fatalf("%d pairs, want %d", s.len(), n)
	}
}

package eligibility

import (
	"hash/maphash"
	"math"
	"math/bits"
)

// pairSet is an exact set of (order ID, worker ID) pairs that does not
// allocate per pair: the pairs' bytes go to one growing arena, found through
// an open-addressing table of 64-bit hashes. Pairs whose hashes collide are
// chained and compared byte for byte, so two different pairs are never taken
// for one. An add is one probe sequence: one cache miss for a new pair, not
// the two of a map lookup followed by a map insert.
type pairSet struct {
	seed  maphash.Seed
	slots []pairSlot // len a power of two; at most three quarters full
	used  int
	next  []uint32 // per entry: 1 + index of the previous entry with the same hash, or 0
	end   []uint64 // per entry: end offset of its bytes in arena (past 4 GiB too)
	olen  []uint32 // per entry: the length of its order ID
	arena []byte   // order ID then worker ID, for each entry
}

type pairSlot struct {
	hash uint64
	head uint32 // 1 + index of the latest entry with this hash; 0 for an empty slot
}

// len is the number of pairs.
func (s *pairSet) len() int { return len(s.end) }

// full reports whether one more pair would not have an index (a uint32).
func (s *pairSet) full() bool { return pairsFull(len(s.end)) }

// pairsFull reports whether a set of n pairs takes no more: indexes are a
// uint32, and a set holds at most 2³²−2 pairs (indexes 0 to 2³²−3).
func pairsFull(n int) bool { return n >= math.MaxUint32-1 }

// add records the pair and returns its index (0, 1, … in order of first
// appearance) and whether it was already there.
func (s *pairSet) add(order, worker string) (uint32, bool) {
	if s.slots == nil {
		s.seed = maphash.MakeSeed()
		s.slots = make([]pairSlot, 1<<12)
	}
	if 4*(s.used+1) > 3*len(s.slots) {
		s.grow()
	}
	sum := s.hash(order, worker)
	mask := uint64(len(s.slots) - 1)
	for i := sum & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.head == 0 {
			sl.hash, sl.head = sum, s.push(order, worker, 0)
			s.used++
			return sl.head - 1, false
		}
		if sl.hash != sum {
			continue
		}
		for e := sl.head; e != 0; e = s.next[e-1] {
			if s.equal(int(e-1), order, worker) {
				return e - 1, true
			}
		}
		sl.head = s.push(order, worker, sl.head)
		return sl.head - 1, false
	}
}

// hash mixes the two IDs' hashes; equal hashes are told apart by equal, so
// the mix need only spread.
func (s *pairSet) hash(order, worker string) uint64 {
	return maphash.String(s.seed, order) ^ bits.RotateLeft64(maphash.String(s.seed, worker), 29)
}

// push appends an entry and returns 1 + its index.
func (s *pairSet) push(order, worker string, next uint32) uint32 {
	s.arena = append(s.arena, order...)
	s.arena = append(s.arena, worker...)
	s.end = append(s.end, uint64(len(s.arena)))
	s.olen = append(s.olen, uint32(len(order)))
	s.next = append(s.next, next)
	return uint32(len(s.end))
}

func (s *pairSet) grow() {
	old := s.slots
	s.slots = make([]pairSlot, 2*len(old))
	mask := uint64(len(s.slots) - 1)
	for _, sl := range old {
		if sl.head == 0 {
			continue
		}
		i := sl.hash & mask
		for s.slots[i].head != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = sl
	}
}

func (s *pairSet) equal(i int, order, worker string) bool {
	start := uint64(0)
	if i > 0 {
		start = s.end[i-1]
	}
	b := s.arena[start:s.end[i]]
	if int(s.olen[i]) != len(order) || len(b) != len(order)+len(worker) {
		return false
	}
	return string(b[:len(order)]) == order && string(b[len(order):]) == worker
}

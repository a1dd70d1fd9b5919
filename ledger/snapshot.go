package ledger

import (
	"fmt"
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// Snapshot is what the host persists: the postings in order and the closed
// periods. Load replays it.
type Snapshot struct {
	Postings []Posting        `json:"postings"`
	Closed   []calendar.Month `json:"closed"`
}

// Snapshot returns the journal's state for the host to store.
func (j *Journal) Snapshot() Snapshot {
	if j == nil {
		return Snapshot{Postings: []Posting{}, Closed: []calendar.Month{}}
	}
	s := Snapshot{Postings: j.Postings(), Closed: []calendar.Month{}}
	for m, c := range j.closed {
		if c {
			s.Closed = append(s.Closed, m)
		}
	}
	sort.Slice(s.Closed, func(a, b int) bool { return s.Closed[a].Before(s.Closed[b]) })
	if s.Postings == nil {
		s.Postings = []Posting{}
	}
	return s
}

// Load rebuilds a journal from a snapshot by replaying its postings and then
// closing its periods; any invalid, unbalanced or conflicting posting is an
// error.
func Load(s Snapshot) (*Journal, error) {
	j := NewJournal(len(s.Postings))
	for _, p := range s.Postings {
		if _, err := j.Post(p); err != nil {
			return nil, err
		}
	}
	for _, m := range s.Closed {
		j.Close(m)
	}
	return j, nil
}

// ParseSnapshot reads a Snapshot strictly (unknown keys, malformed dates or
// amounts are errors) and loads it.
func ParseSnapshot(data []byte) (*Journal, error) {
	var s Snapshot
	if err := strictjson.Decode(data, &s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSnapshotJSON, err)
	}
	return Load(s)
}

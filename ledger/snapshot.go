package ledger

import (
	"errors"
	"fmt"
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
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

// ParseSnapshot reads a Snapshot strictly (unknown keys, null for a value,
// malformed dates or amounts are errors) and loads it. It reads through
// the library's strict JSON layer, with its limits checked before anything
// is parsed: at most jsonerr.SnapshotMaxBytes (256 MiB, about a million
// postings), nesting 64 levels, every amount at most 20 digits with 2
// decimals (package jsonerr). A JSON refusal wraps code bad_snapshot and a
// *jsonerr.Error; its code (errcode.Of) is code bad_snapshot, or the code of
// a value's own refusal (code bad_counterparty for an unknown kind). Memory: the decoded postings (about 1 kB each) and the
// journal built from them, bounded by the size limit.
func ParseSnapshot(data []byte) (*Journal, error) {
	var s Snapshot
	if err := strictjson.DecodeLimits(data, &s, strictjson.Limits{MaxBytes: jsonerr.SnapshotMaxBytes}); err != nil {
		var je *jsonerr.Error
		if errors.As(err, &je) && errors.Is(je.Err, jsoncode.ErrValue) && !errcode.Of(je.Cause).IsZero() {
			// A value its own parser refuses (an unknown counterparty
			// kind): that parser's code first (errcode.Of), then
			// code bad_snapshot; fmt.Errorf lists wrapped errors in the
			// order of its arguments.
			return nil, fmt.Errorf("%[2]w: %[1]w", err, errSnapshotJSON)
		}
		return nil, fmt.Errorf("%w: %w", errSnapshotJSON, err)
	}
	return Load(s)
}

// jsonLen is the length of s as encoding/json writes it inside quotes
// (HTML characters, controls, U+2028 and U+2029 escaped), which the strict
// reader's string limit counts: Post refuses a source a snapshot could not
// give back.
func jsonLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<' || c == '>' || c == '&':
			n += 6
		case c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f':
			n += 2
		case c < 0x20:
			n += 6
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
			n += 6
			i += 2
		default:
			n++
		}
	}
	return n
}

package eligibility

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// Resolution is one (order ID, worker ID) pair's copies resolved by the
// duplicate rule (Resolve).
type Resolution struct {
	Winner   Execution // the copy that counts
	Copies   int64     // how many copies there were (≥ 1); Copies − 1 are duplicates
	Conflict bool      // the copies disagree: for the platform to correct (第九条)
}

// errNoCopies is returned by Resolve for no copies, and by
// Batch.AddResolved for a Resolution of fewer than one copy or more than
// 2³¹ (no order is exported that often: such a count is garbage).
var errNoCopies = errcode.New("no_copies", errcode.FixCall,
	"eligibility: no copies to resolve (or an impossible number)",
	"没有可合并的记录（或份数不合理）")

const maxCopies = 1 << 31

// errMixedPairs is returned by Resolve for copies of different (order ID,
// worker ID) pairs.
var errMixedPairs = errcode.New("mixed_pairs", errcode.FixCall,
	"eligibility: copies of different (order_id, worker_id) pairs",
	"要合并的记录属于不同的订单（订单编号与从业人员编号不同）")

// Resolve applies the duplicate rule to every copy of one (order ID, worker
// ID) pair: the copies that are identical (every field equal, times as
// instants, so the offset a time was written with does not matter) are one
// execution; copies that disagree are a conflict, and the copy that wins is
// the one that ended last (the platform's latest report of the execution).
// Ties on the end are broken by, in turn, the greater end kind (delivered <
// transferred < cancelled), the later start, the later acceptance,
// registered and in scope over not, and the greater division code, industry
// and platform ID (byte order). This is a total order on the copies'
// content, so the winner does not depend on the order the copies come in;
// Batch applies the same rule as rows stream in.
//
// Every copy must be valid and decidable (Rules.Decide gives no error;
// invalid records are counted apart, before grouping) and of the same pair:
// otherwise Resolve returns the first copy's error (wrapped with its index),
// or mixed_pairs. copies is not modified.
func Resolve(copies []Execution) (Resolution, error) {
	if len(copies) == 0 {
		return Resolution{}, errNoCopies
	}
	w := 0
	for i := range copies {
		c := &copies[i]
		if err := c.Validate(); err != nil {
			return Resolution{}, errzh.With(fmt.Errorf("copy %d: %w", i+1, err), "%s", atZH(fmt.Sprintf("第 %d 份", i+1), err))
		}
		if c.OrderID != copies[0].OrderID || c.WorkerID != copies[0].WorkerID {
			return Resolution{}, errMixedPairs
		}
		if compareCopies(c, &copies[w]) > 0 {
			w = i
		}
	}
	r := Resolution{Winner: copies[w], Copies: int64(len(copies))}
	for i := range copies {
		if compareCopies(&copies[i], &r.Winner) != 0 {
			r.Conflict = true
			break
		}
	}
	return r, nil
}

// compareCopies orders two copies of one pair by the duplicate rule (see
// Resolve): > 0 when a wins over b, 0 when they are identical.
func compareCopies(a, b *Execution) int {
	if c := compareInstant(instantOf(a.EndedAt), instantOf(b.EndedAt)); c != 0 {
		return c
	}
	if c := cmpInt(int(a.EndKind), int(b.EndKind)); c != 0 {
		return c
	}
	if c := compareInstant(instantOf(a.StartedAt), instantOf(b.StartedAt)); c != 0 {
		return c
	}
	if c := compareInstant(instantOf(a.AcceptedAt), instantOf(b.AcceptedAt)); c != 0 {
		return c
	}
	if c := cmpInt(b2i(a.Registered), b2i(b.Registered)); c != 0 {
		return c
	}
	if c := cmpInt(b2i(a.InScope), b2i(b.InScope)); c != 0 {
		return c
	}
	if c := strings.Compare(a.StartDivision, b.StartDivision); c != 0 {
		return c
	}
	if c := cmpInt(int(a.Industry), int(b.Industry)); c != 0 {
		return c
	}
	return strings.Compare(a.Platform, b.Platform)
}

func compareInstant(a, b instant) int {
	switch {
	case a.before(b):
		return -1
	case b.before(a):
		return 1
	}
	return 0
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// keptRecord is the content of a pair's current copy, compact (56 bytes):
// same is true exactly when compareCopies says identical. conflict records
// that copies of the pair disagreed.
type keptRecord struct {
	accepted, started, ended    int64  // Unix seconds
	acceptedN, startedN, endedN int32  // nanoseconds
	platform                    uint32 // index in the Batch's interner
	division                    [6]byte
	industry                    Industry
	endKind                     EndKind
	registered, inScope         bool
	conflict                    bool
}

func (k *keptRecord) same(o *keptRecord) bool {
	a, b := *k, *o
	a.conflict, b.conflict = false, false
	return a == b
}

// pairStates holds the current copy of each pair in blocks, so that growing
// never copies them all (nor leaves the old array to the collector).
type pairStates struct{ blocks [][]keptRecord }

const pairBlock = 1 << 14

func (p *pairStates) push(k keptRecord) {
	if n := len(p.blocks); n == 0 || len(p.blocks[n-1]) == pairBlock {
		p.blocks = append(p.blocks, make([]keptRecord, 0, pairBlock))
	}
	last := &p.blocks[len(p.blocks)-1]
	*last = append(*last, k)
}

func (p *pairStates) at(i uint32) *keptRecord { return &p.blocks[i/pairBlock][i%pairBlock] }

// interner numbers the platform IDs of a Batch's current copies, each
// with the number of copies that hold it: a name no copy holds any more is
// dropped, so a Batch keeps the platforms of its current copies only.
type interner struct {
	ids    map[string]uint32
	names  []string
	refs   []uint32 // per name: the current copies that hold it (at most the pairs, < 2³²)
	free   []uint32 // names dropped, for reuse
	last   string
	lastN  uint32
	lastOK bool
}

// id returns the number of s, interning it, and takes a reference to it.
func (in *interner) id(s string) uint32 {
	if in.lastOK && s == in.last {
		in.refs[in.lastN]++
		return in.lastN
	}
	n, ok := in.ids[s]
	if !ok {
		if in.ids == nil {
			in.ids = map[string]uint32{}
		}
		s = strings.Clone(s)
		if k := len(in.free); k > 0 {
			n, in.free = in.free[k-1], in.free[:k-1]
			in.names[n] = s
		} else {
			n = uint32(len(in.names))
			in.names = append(in.names, s)
			in.refs = append(in.refs, 0)
		}
		in.ids[s] = n
	}
	in.refs[n]++
	in.last, in.lastN, in.lastOK = in.names[n], n, true
	return n
}

// lookup returns the number of s if it is interned, without a reference.
func (in *interner) lookup(s string) (uint32, bool) {
	if in.lastOK && s == in.last {
		return in.lastN, true
	}
	n, ok := in.ids[s]
	return n, ok
}

// release drops a reference to name n, and the name with its last one.
func (in *interner) release(n uint32) {
	if in.refs[n]--; in.refs[n] > 0 {
		return
	}
	delete(in.ids, in.names[n])
	in.names[n] = ""
	in.free = append(in.free, n)
	if in.lastN == n {
		in.last, in.lastOK = "", false
	}
}

// record is the kept form of a valid execution whose platform is number
// platform (any number when its platform is not interned: the record is
// then compared, never kept).
func (in *interner) record(e *Execution, platform uint32) keptRecord {
	a, s, x := instantOf(e.AcceptedAt), instantOf(e.StartedAt), instantOf(e.EndedAt)
	k := keptRecord{
		accepted: a.sec, started: s.sec, ended: x.sec,
		acceptedN: int32(a.nsec), startedN: int32(s.nsec), endedN: int32(x.nsec),
		platform: platform, industry: e.Industry, endKind: e.EndKind,
		registered: e.Registered, inScope: e.InScope,
	}
	copy(k.division[:], e.StartDivision) // valid: 6 digits
	return k
}

// compare is compareCopies(e, the current copy cur), with rec the kept
// form of e: the same order, read from the kept forms, without building
// the current copy (a losing copy allocates nothing).
func (in *interner) compare(e *Execution, rec, cur *keptRecord) int {
	if c := compareInstant(instant{rec.ended, int64(rec.endedN)}, instant{cur.ended, int64(cur.endedN)}); c != 0 {
		return c
	}
	if c := cmpInt(int(rec.endKind), int(cur.endKind)); c != 0 {
		return c
	}
	if c := compareInstant(instant{rec.started, int64(rec.startedN)}, instant{cur.started, int64(cur.startedN)}); c != 0 {
		return c
	}
	if c := compareInstant(instant{rec.accepted, int64(rec.acceptedN)}, instant{cur.accepted, int64(cur.acceptedN)}); c != 0 {
		return c
	}
	if c := cmpInt(b2i(rec.registered), b2i(cur.registered)); c != 0 {
		return c
	}
	if c := cmpInt(b2i(rec.inScope), b2i(cur.inScope)); c != 0 {
		return c
	}
	if c := bytes.Compare(rec.division[:], cur.division[:]); c != 0 {
		return c
	}
	if c := cmpInt(int(rec.industry), int(cur.industry)); c != 0 {
		return c
	}
	return strings.Compare(e.Platform, in.names[cur.platform])
}

// execution is the content of k as an Execution (without its IDs).
func (in *interner) execution(k *keptRecord) Execution {
	at := func(sec int64, nsec int32) time.Time {
		if sec == zeroUnix && nsec == 0 {
			return time.Time{}
		}
		return time.Unix(sec, int64(nsec)).UTC()
	}
	return Execution{
		Platform: in.names[k.platform], Industry: k.industry,
		Registered: k.registered, InScope: k.inScope,
		AcceptedAt: at(k.accepted, k.acceptedN), StartedAt: at(k.started, k.startedN),
		StartDivision: string(k.division[:]), EndedAt: at(k.ended, k.endedN), EndKind: k.endKind,
	}
}

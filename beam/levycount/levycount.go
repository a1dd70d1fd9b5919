// Package levycount counts a month of order executions for the
// occupational-injury levy (第十条 of 沪人社福〔2025〕373号) as an Apache Beam
// pipeline, so that the count runs on a distributed engine (Flink, Spark,
// Google Dataflow) where one machine can no longer remember every
// (order_id, worker_id) pair that exact duplicate detection needs.
//
// The pipeline holds no rule of its own. It reads each file with the
// eligibility package's CSV reader (the parser of eligibility.ParseRecord,
// a record a line, with the header, blank lines and line numbers handled as
// eligibility.ReadCSV handles them), refuses records with
// Execution.Validate and judges them with Rules.Decide, resolves the copies of a pair with eligibility.Resolve,
// counts with Batch.AddResolved (Counts, Tally) and merges with Batch.Merge:
//
//	files matching a pattern ─ one reader per file ─┬─ valid records keyed by (order_id, worker_id)
//	                                                │     ─▶ GroupByKey ─▶ Resolve ─▶ AddResolved (a Batch per bundle)
//	                                                └─ each file's invalid lines (a Batch per file)
//	─▶ Combine (Batch.Merge) ─▶ one Partial: the count of the whole input
//
// The shuffle (GroupByKey) carries one key per distinct pair: duplicate
// detection is spread over the workers, and no worker holds more than its
// share of the pairs. What reaches the Combine is one Partial per bundle
// and per file (a tally and counts, not a record), merged in a tree; a
// Partial crosses the network with the coder this package registers, the
// tally in the library's binary encoding (eligibility.Tally.MarshalBinary),
// never with Beam's default struct coder, which would drop a Tally's
// unexported fields and deliver empty tallies with correct counts.
//
// The result equals eligibility.ReadCSV over all the files read as one
// input: the same tallies, counts, conflicting pairs and invalid lines,
// each with its file and its line there (a conflict is placed at the first
// copy, in file and line order, that disagrees with the first).
package levycount

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files and globs
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string, record), func(Partial), error](&readFileFn{})
	register.Emitter2[string, record]()
	register.Emitter1[Partial]()
	register.DoFn3x1[string, func(*record) bool, func(Partial), error](&resolveFn{})
	register.Iter1[record]()
	register.Combiner3[Partial, Partial, Partial](&mergeFn{})

	// Everything that crosses a shuffle has a coder of the library's own
	// encodings (never Beam's default struct coder).
	beam.RegisterCoder(reflect.TypeOf(record{}), encodeRecord, decodeRecord)
	beam.RegisterCoder(reflect.TypeOf(Partial{}), encodePartial, decodePartial)
}

// Options are the count's settings.
type Options struct {
	Month calendar.Month    // the month tallied and billed (required)
	Rules eligibility.Rules // the readings of 第十条 (the zero Rules: the defaults)
}

// Count adds to s the levy count of every file matching pattern (any
// pattern Beam's file systems accept: a local glob, gs://…; a pattern that
// matches no file, or a file with a bad header, fails the pipeline; an
// empty file holds no rows) and returns a PCollection holding one Partial:
// the whole count. An empty pattern is ErrNoPattern, the zero Month
// ErrNoMonth: nothing is added to s then.
func Count(s beam.Scope, pattern string, opts Options) (beam.PCollection, error) {
	switch {
	case pattern == "":
		return beam.PCollection{}, ErrNoPattern
	case opts.Month.IsZero():
		return beam.PCollection{}, ErrNoMonth
	}
	s = s.Scope("LevyCount")
	cfg := config{Month: opts.Month.String(), CountCancelledAfterStart: opts.Rules.CountCancelledAfterStart}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, pattern, fileio.MatchEmptyDisallow()))
	valid, perFile := beam.ParDo2(s, &readFileFn{Config: cfg}, files)
	perBundle := beam.ParDo(s, &resolveFn{Config: cfg}, beam.GroupByKey(s, valid))
	return beam.Combine(s, &mergeFn{Config: cfg}, beam.Flatten(s, perFile, perBundle)), nil
}

// The errors of Count.
var (
	ErrNoPattern = errors.New("levycount: no input file pattern")
	ErrNoMonth   = errors.New("levycount: no month to count")
)

// config is Options in a form Beam can serialize with the DoFns.
type config struct {
	Month                    string // YYYY-MM
	CountCancelledAfterStart bool
}

// batch is an empty Batch with the options: duplicates resolved upstream
// (Deduplicated), so it applies no duplicate rule of its own.
func (c config) batch() (eligibility.Batch, error) {
	m, err := calendar.ParseMonth(c.Month)
	if err != nil {
		return eligibility.Batch{}, fmt.Errorf("levycount: month: %w", err)
	}
	return eligibility.Batch{Month: m, Rules: c.rules(), Seen: eligibility.Deduplicated{}}, nil
}

func (c config) rules() eligibility.Rules {
	return eligibility.Rules{CountCancelledAfterStart: c.CountCancelledAfterStart}
}

// readFileFn reads one file with eligibility.CSVReader. A valid record goes
// to the shuffle keyed by its pair; an invalid one (unreadable, or refused
// by Execution.Validate) is listed in the file's Partial, which is emitted
// at the end of the file.
type readFileFn struct{ Config config }

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, valid func(string, record), perFile func(Partial)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("levycount: %s: %w", f.Metadata.Path, err)
	}
	defer rc.Close()
	b, err := fn.Config.batch()
	if err != nil {
		return err
	}
	p := Partial{b: b}
	// An empty file (no byte, after decompression) holds no rows: sharded
	// exports write one for an empty shard. It is not a file with a bad
	// header, which fails the run.
	br := bufio.NewReaderSize(rc, 64<<10)
	if _, err := br.Peek(1); err == io.EOF {
		perFile(p)
		return nil
	}
	if err := readCSV(f.Metadata.Path, br, &p, valid); err != nil {
		return err
	}
	perFile(p)
	return nil
}

// readCSV reads one CSV input: valid records go to valid, invalid ones are
// listed in p. An error after which reading cannot go on (a bad header, the
// file system's own error) fails the pipeline, as eligibility.ReadCSV
// stops: the count of a month with an unreadable file is not a count.
func readCSV(file string, r io.Reader, p *Partial, valid func(string, record)) error {
	// Every invalid line the batch lists is of this file (Batch.MaxInvalid:
	// the rest are counted by reason).
	defer func() {
		for range len(p.b.Invalid()) - len(p.files) {
			p.files = append(p.files, file)
		}
	}()
	cr := eligibility.NewCSVReader(r)
	var e eligibility.Execution
	line, err := cr.Read(&e)
	for {
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// The reader repeats an error after which it cannot go on; any
			// other error is one record's, and reading resumes after it.
			next, nextErr := cr.Read(&e)
			if sameError(err, nextErr) {
				return fmt.Errorf("levycount: %s: %w", file, err)
			}
			if err := p.b.AddInvalid(line, err); err != nil {
				return fmt.Errorf("levycount: %s: line %d: %w", file, line, err)
			}
			line, err = next, nextErr
			continue
		}
		// Validate is the library's whole check of a record (Decide's, and
		// the IDs' and platform's form); the Batch lists a record it refuses
		// exactly as ReadCSV's Batch does (masked, the same error).
		if e.Validate() != nil {
			if _, err := p.b.Add(line, &e); errors.Is(err, eligibility.ErrCountOverflow) {
				return fmt.Errorf("levycount: %s: line %d: %w", file, line, err)
			}
		} else {
			valid(pairKey(e.OrderID, e.WorkerID), record{File: file, Line: line, Exec: e})
		}
		line, err = cr.Read(&e)
	}
}

// sameError reports whether the reader returned the very same *LineError
// twice, as it does after an error it cannot read past.
func sameError(a, b error) bool {
	x, ok1 := a.(*eligibility.LineError)
	y, ok2 := b.(*eligibility.LineError)
	return ok1 && ok2 && x == y
}

// pairKey is the shuffle key of an (order_id, worker_id) pair: the order ID
// with its length before it, so that no two pairs share a key.
func pairKey(order, worker string) string {
	return strconv.Itoa(len(order)) + ":" + order + worker
}

// record is a valid execution on its way through the shuffle, with where
// it was read.
type record struct {
	File string
	Line int64
	Exec eligibility.Execution
}

// resolveFn gets every copy of one pair, resolves them with
// eligibility.Resolve and counts the pair in the bundle's Batch, which it
// emits when the bundle ends.
type resolveFn struct {
	Config config

	p      Partial
	recs   []record
	copies []eligibility.Execution
}

func (fn *resolveFn) StartBundle(_ context.Context, _ func(Partial)) error {
	b, err := fn.Config.batch()
	fn.p = Partial{b: b}
	return err
}

func (fn *resolveFn) ProcessElement(_ string, copies func(*record) bool, _ func(Partial)) error {
	fn.recs, fn.copies = fn.recs[:0], fn.copies[:0]
	var rec record
	for copies(&rec) {
		fn.recs = append(fn.recs, rec)
	}
	// In file and line order, so that the place reported for a conflict
	// does not depend on the order the shuffle delivered the copies in.
	sort.Slice(fn.recs, func(i, j int) bool {
		a, b := &fn.recs[i], &fn.recs[j]
		return a.File < b.File || a.File == b.File && a.Line < b.Line
	})
	for i := range fn.recs {
		fn.copies = append(fn.copies, fn.recs[i].Exec)
	}
	r, err := eligibility.Resolve(fn.copies)
	if err != nil { // the readers sent only valid records of one pair
		return fmt.Errorf("levycount: internal error: %w", err)
	}
	at := &fn.recs[0]
	if r.Conflict {
		// The place of a conflict is the first copy that disagrees with the
		// first one (as eligibility.ReadCSV reports a conflict where it shows).
		for i := 1; i < len(fn.copies); i++ {
			pair, err := eligibility.Resolve([]eligibility.Execution{fn.copies[0], fn.copies[i]})
			if err != nil {
				return fmt.Errorf("levycount: internal error: %w", err)
			}
			if pair.Conflict {
				at = &fn.recs[i]
				break
			}
		}
	}
	if _, err := fn.p.b.AddResolved(at.Line, r); err != nil {
		return fmt.Errorf("levycount: internal error: %w", err)
	}
	if r.Conflict { // AddResolved listed it
		fn.p.conflictFiles = append(fn.p.conflictFiles, at.File)
	}
	return nil
}

func (fn *resolveFn) FinishBundle(_ context.Context, emit func(Partial)) error {
	emit(fn.p)
	fn.p = Partial{}
	return nil
}

// mergeFn merges Partials into the count of the whole input.
type mergeFn struct{ Config config }

func (fn *mergeFn) CreateAccumulator() (Partial, error) {
	b, err := fn.Config.batch()
	return Partial{b: b}, err
}

// AddInput and MergeAccumulators fail the pipeline on a count that would
// pass 2⁶³−1 (eligibility.ErrCountOverflow), never a wrapped count.
func (fn *mergeFn) AddInput(acc, p Partial) (Partial, error) {
	err := acc.merge(&p)
	return acc, err
}

func (fn *mergeFn) MergeAccumulators(a, b Partial) (Partial, error) {
	err := a.merge(&b)
	return a, err
}

func (fn *mergeFn) ExtractOutput(acc Partial) Partial { return acc }

// Package levycount counts a month of order executions for the
// occupational-injury levy (第十条 of 沪人社福〔2025〕373号) as an Apache Beam
// pipeline, so that the count runs on a distributed engine (Flink, Spark,
// Google Dataflow) where one machine can no longer remember every
// (order_id, worker_id) pair that exact duplicate detection needs.
//
// The pipeline holds no rule of its own: it reads with the eligibility
// package's CSV reader, decides with its Batch (Validate, Decide, the month),
// tallies with its Tally and merges with Tally.Merge. What it adds is the
// distribution:
//
//	files matching a pattern ─ one reader per file ─▶ (file, line, execution)
//	  invalid lines ─────────────────────────────────────────────┐
//	  valid records keyed by (order_id, worker_id) ─▶ GroupByKey  │
//	  ─▶ the copies of one pair resolved (the library's rule) ─▶ Combine ─▶ Result
//
// The shuffle (GroupByKey) carries one key per distinct pair, so duplicate
// detection is spread over the workers; the Combine's accumulators (a
// Partial: a tally and the counts) are merged in a tree and cross the
// network with the coder this package registers (the library's JSON
// encoding of a Tally), never with Beam's default struct coder, which would
// drop a Tally's unexported fields and deliver empty tallies.
//
// The result is the same as eligibility.ReadCSV over all the files read as
// one input: the same tallies, counts and invalid lines (each with its file
// and line).
package levycount

import (
	"context"
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
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(item), error](&readFileFn{})
	register.Emitter1[item]()
	register.Function2x0(keyByPair)
	register.Function3x0(splitInvalid)
	register.Emitter2[string, item]()
	register.DoFn3x0[string, func(*item) bool, func(item)](&resolveFn{})
	register.Iter1[item]()
	register.Combiner3[Partial, item, Partial](&countFn{})

	beam.RegisterCoder(reflect.TypeOf(item{}), encodeItem, decodeItem)
	beam.RegisterCoder(reflect.TypeOf(Partial{}), encodePartial, decodePartial)
}

// Count adds to s the levy count of every file matching pattern (any
// pattern Beam's file systems accept: a local glob, gs://…) for month, and
// returns a PCollection holding one Partial: the whole count.
func Count(s beam.Scope, pattern string, month calendar.Month) beam.PCollection {
	s = s.Scope("LevyCount")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, pattern))
	items := beam.ParDo(s, &readFileFn{}, files)
	valid, invalid := beam.ParDo2(s, splitInvalid, items)
	keyed := beam.ParDo(s, keyByPair, valid)
	resolved := beam.ParDo(s, &resolveFn{}, beam.GroupByKey(s, keyed))
	all := beam.Flatten(s, resolved, invalid)
	return beam.Combine(s, &countFn{Month: month.String()}, all)
}

// item is one line read, on its way through the pipeline: a valid
// execution, or an invalid line with its error, and after the shuffle the
// number of repeats of its pair that were counted once.
type item struct {
	File string
	Line int64
	// Err is the error of an invalid line ("" for a valid record).
	Err     string
	OrderID string
	Exec    eligibility.Execution
	// Repeats is how many other copies of the pair were found.
	Repeats int64
}

// readFileFn reads one file with eligibility.CSVReader: every record, valid
// or not, becomes an item with the file's name and its line.
type readFileFn struct{}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(item)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("levycount: %s: %w", f.Metadata.Path, err)
	}
	defer rc.Close()
	return readCSV(f.Metadata.Path, rc, emit)
}

// readCSV emits the records of one CSV input. An error after which reading
// cannot go on (a bad header, a line over eligibility.MaxCSVLine, the file
// system's own error) fails the pipeline: the count of a month with an
// unreadable file is not a count.
func readCSV(file string, r io.Reader, emit func(item)) error {
	cr := eligibility.NewCSVReader(r)
	var e eligibility.Execution
	line, err := cr.Read(&e)
	for {
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// The reader repeats an error after which it cannot go on
			// (eligibility.ReadCSV stops there); any other error is one
			// line's, and reading resumes after it.
			next, nextErr := cr.Read(&e)
			if nextErr == err {
				return fmt.Errorf("levycount: %s: %w", file, err)
			}
			emit(item{File: file, Line: line, Err: err.Error()})
			line, err = next, nextErr
			continue
		}
		if verr := e.Validate(); verr != nil {
			emit(item{File: file, Line: line, Err: verr.Error(), OrderID: e.OrderID})
		} else {
			emit(item{File: file, Line: line, Exec: e})
		}
		line, err = cr.Read(&e)
	}
}

// splitInvalid sends valid records to the shuffle and invalid lines
// straight to the count.
func splitInvalid(it item, valid, invalid func(item)) {
	if it.Err != "" {
		invalid(it)
		return
	}
	valid(it)
}

// pairKey is the shuffle key of an (order_id, worker_id) pair: the order ID
// with its length before it, so that no two pairs share a key.
func pairKey(order, worker string) string {
	return strconv.Itoa(len(order)) + ":" + order + worker
}

func keyByPair(it item, emit func(string, item)) {
	emit(pairKey(it.Exec.OrderID, it.Exec.WorkerID), it)
}

// resolveFn gets every copy of one pair and keeps one.
type resolveFn struct{}

func (fn *resolveFn) ProcessElement(_ string, copies func(*item) bool, emit func(item)) {
	var all []item
	var it item
	for copies(&it) {
		all = append(all, it)
	}
	emit(resolve(all))
}

// resolve keeps one copy of a pair and counts the others as repeats. The
// copies are ordered by file and line first, so the choice does not depend
// on the order the shuffle delivered them in.
func resolve(copies []item) item {
	sort.Slice(copies, func(i, j int) bool {
		if copies[i].File != copies[j].File {
			return copies[i].File < copies[j].File
		}
		return copies[i].Line < copies[j].Line
	})
	kept := copies[0]
	kept.Repeats = int64(len(copies) - 1)
	return kept
}

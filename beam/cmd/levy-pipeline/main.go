// Command levy-pipeline counts a month of order executions for the
// occupational-injury levy (沪人社福〔2025〕373号 第十条) as an Apache Beam
// pipeline, and writes the same JSON as `examples/monthly-levy -json`: the
// tallies, the bills of the platforms whose terms -params gives (第十一、十二、
// 十四条), the counts (input = counted + excluded + duplicates + invalid),
// the conflicts (pairs whose copies disagree, for the platform to correct,
// 第九条; resolved by eligibility.Resolve's rule) and every invalid line with
// its file and line number. With --tallies it also writes the count's
// tally by platform, industry and Beijing day (eligibility.Tally's JSON),
// which examples/what-if -tallies reads to measure a reform on the month
// (第七十六条):
//
//	go run ./cmd/levy-pipeline --input 'orders/*.csv' --month 2026-03 --output levy.json --tallies tally-2026-03.json
//	go run ../examples/what-if -tallies tally-2026-03.json -month 2026-03 -reform reform.json   # from beam/; or from the root
//
// Locally it runs on Beam's Prism runner, in this process:
//
//	go run ./cmd/levy-pipeline --input 'orders/*.csv' --month 2026-03 --output levy.json --params ../testdata/levy/setup.json
//
// On Flink, Spark or Google Dataflow it takes Beam's runner flags instead
// (see beam/README.md), for example
//
//	--runner flink --endpoint localhost:8099 --environment_type LOOPBACK
//	--runner dataflow --project P --region R --staging_location gs://B/staging --input 'gs://B/orders/*.csv' --output gs://B/levy.json
//
// The input is a file pattern (a glob, local or of any file system Beam
// has: gs://…); each file is in the CSV format of eligibility.CSVReader,
// with its header, and may be gzipped (.gz).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3" // s3:// files, for Flink and Spark clusters
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"            // the runners (prism by default), local and gs:// files

	"github.com/zhishang/zhishang/beam/levycount"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
)

var (
	input   = flag.String("input", "", "the order-execution CSV files: a `pattern` (glob), local or gs://…")
	month   = flag.String("month", "", "the fee `month` (YYYY-MM) to tally and bill")
	output  = flag.String("output", "levy.json", "the JSON report's `file`, local or gs://…")
	params  = flag.String("params", "", "a levy.Setup JSON `file` for the bills (none: tallies only)")
	tallies = flag.String("tallies", "", "also write the count's tally by platform, industry and day (eligibility.Tally JSON) to `file`, local or gs://…: what examples/what-if -tallies reads")
	// 第十条's 等: as examples/monthly-levy -count-cancelled-after-start.
	cancelled = flag.Bool("count-cancelled-after-start", false, "count an execution cancelled after it started, on the day cancelled (eligibility.Rules.CountCancelledAfterStart; default: not counted)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: levy-pipeline --input PATTERN --month YYYY-MM [--output FILE] [--params FILE] [--tallies FILE] [--count-cancelled-after-start] [--runner prism|flink|spark|dataflow …]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // a worker started by a runner runs here and does not return
	os.Exit(run(context.Background()))
}

func run(ctx context.Context) int {
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "levy-pipeline: unexpected argument %q\n", flag.Arg(0))
		flag.Usage()
		return 2
	}
	m, err := calendar.ParseMonth(*month)
	if err != nil || *input == "" || *output == "" {
		if err != nil {
			fmt.Fprintf(os.Stderr, "levy-pipeline: --month: %v\n", err)
		} else {
			fmt.Fprintln(os.Stderr, "levy-pipeline: --input and --output are needed")
		}
		flag.Usage()
		return 2
	}
	var setup []byte
	if *params != "" {
		if setup, err = os.ReadFile(*params); err != nil {
			fmt.Fprintf(os.Stderr, "levy-pipeline: %v\n", err)
			return 1
		}
		if _, err := levy.ParseSetup(setup, calendar.Default()); err != nil { // refuse a bad setup before the pipeline starts
			fmt.Fprintf(os.Stderr, "levy-pipeline: %s: %v\n", *params, err)
			return 1
		}
	}
	p, s := beam.NewPipelineWithRoot()
	opts := levycount.Options{Month: m, Rules: eligibility.Rules{CountCancelledAfterStart: *cancelled}}
	count, err := levycount.Count(s, *input, opts)
	if err != nil {
		fmt.Fprintf(os.Stderr, "levy-pipeline: %v\n", err)
		return 2
	}
	levycount.Write(s, count, *output, setup)
	if *tallies != "" {
		levycount.WriteTally(s, count, *tallies)
	}
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintf(os.Stderr, "levy-pipeline: %v\n", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "levy-pipeline: wrote %s\n", *output)
	if *tallies != "" {
		fmt.Fprintf(os.Stderr, "levy-pipeline: wrote %s\n", *tallies)
	}
	return 0
}

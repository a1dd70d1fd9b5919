// Command gen-orders writes a sample of order executions in the CSV format of
// eligibility.CSVReader, for examples/monthly-levy and for load tests. The
// sample is made by a seeded generator, so the same flags always give the
// same file.
//
// Usage:
//
//	go run ./examples/gen-orders -rows 3000 -seed 1 -month 2026-03 > testdata/levy/orders-2026-03.csv
//	go run ./examples/gen-orders -rows 10000000 | go run ./examples/monthly-levy -orders - -month 2026-03
//
// What it writes, per row drawn (pseudo-random with math/rand/v2 PCG(seed, 2026)):
//   - three platforms: platform-a (ride_hailing), platform-b (instant_delivery),
//     platform-c (instant_delivery and intra_city_freight);
//   - executions that end in the month (Beijing time), 1 in 50 of them within
//     a second of midnight, in +08:00 or in UTC;
//   - about 84% delivered; 5% transferred midway (each followed by the
//     completing worker's delivered execution of the same order); 4%
//     cancelled; 2% not ended; 2% started outside Shanghai; 2% by
//     unregistered or out-of-scope workers;
//   - about 0.5% exact repeats of an earlier row (duplicates) and 0.5% invalid
//     rows (an end before the start, a 5-digit division code, a missing worker);
//     -clean leaves both out (for memory runs of input de-duplicated upstream).
//
// The usage (-h) and the complaints are in Chinese; -lang en gives them in
// English. -rows counts the rows drawn; a transfer adds its completing row, so the
// file has somewhat more lines.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/examples/internal/msg"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

var shanghai = []string{"310101", "310104", "310105", "310106", "310107", "310110", "310112", "310113", "310115", "310116", "310117", "310118", "310120", "310151"}
var elsewhere = []string{"320102", "320505", "330106", "330402"}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen-orders", flag.ContinueOnError)
	c := msg.New(fs, stderr, "用法：gen-orders [-rows 行数] [-seed 种子] [-month 月份] [-clean] [-lang zh|en]",
		"usage: gen-orders [-rows N] [-seed S] [-month YYYY-MM] [-clean] [-lang zh|en]")
	rows := fs.Int("rows", 3000, "抽取的`行数`")
	c.EN("rows", "how many rows to draw")
	seed := fs.Uint64("seed", 1, "生成器的`种子`")
	c.EN("seed", "the generator's seed")
	monthFlag := fs.String("month", "2026-03", "订单执行结束的`月份`（YYYY-MM）")
	c.EN("month", "the `month` (YYYY-MM) the executions end in")
	clean := fs.Bool("clean", false, "不写重复行和无效行")
	c.EN("clean", "write no duplicate and no invalid rows")
	if code, ok := c.Parse(args); !ok {
		return code
	}
	month, err := calendar.ParseMonth(*monthFlag)
	if err != nil {
		return c.Bad("-month: "+msg.Chinese(err), "-month: "+err.Error())
	}
	if *rows < 0 {
		return c.Bad(fmt.Sprintf("-rows: %d，应为 0 或更大", *rows), fmt.Sprintf("-rows: %d, want 0 or more", *rows))
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	if err := generate(w, *rows, *seed, month, *clean); err != nil {
		fmt.Fprintf(stderr, "gen-orders: %s\n", c.Err(err))
		return 1
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "gen-orders: %s\n", c.Err(err))
		return 1
	}
	return 0
}

type platform struct {
	id         string
	industries []eligibility.Industry
}

var platforms = []platform{
	{"platform-a", []eligibility.Industry{eligibility.RideHailing}},
	{"platform-b", []eligibility.Industry{eligibility.InstantDelivery}},
	{"platform-c", []eligibility.Industry{eligibility.InstantDelivery, eligibility.IntraCityFreight}},
}

func generate(w *bufio.Writer, rows int, seed uint64, month calendar.Month, clean bool) error {
	rng := rand.New(rand.NewPCG(seed, 2026))
	start := month.First().In(calendar.Beijing())
	days := month.Last().DaysSince(month.First()) + 1
	beijing := calendar.Beijing()
	if _, err := w.WriteString(eligibility.CSVHeader + "\n"); err != nil {
		return err
	}
	var last string
	line := func(fields ...string) error {
		last = strings.Join(fields, ",")
		_, err := w.WriteString(last + "\n")
		return err
	}
	ts := func(t time.Time, utc bool) string {
		if t.IsZero() {
			return ""
		}
		if utc {
			return t.UTC().Format(time.RFC3339)
		}
		return t.In(beijing).Format(time.RFC3339)
	}
	for i := 0; i < rows; i++ {
		roll := rng.IntN(1000)
		if clean && (roll < 5 || roll >= 995) {
			roll = 500
		}
		if roll < 5 && last != "" { // a duplicate of the previous row
			if _, err := w.WriteString(last + "\n"); err != nil {
				return err
			}
			continue
		}
		p := platforms[rng.IntN(len(platforms))]
		ind := p.industries[rng.IntN(len(p.industries))]
		order := fmt.Sprintf("%s-%08d", p.id[len(p.id)-1:], i)
		worker := fmt.Sprintf("w%05d", rng.IntN(20000))
		// the end instant: a random second of the month, or right at midnight
		end := start.Add(time.Duration(rng.Int64N(int64(days)*86400)) * time.Second)
		if rng.IntN(50) == 0 {
			d := rng.IntN(days)
			end = start.Add(time.Duration(d) * 24 * time.Hour)
			if d > 0 && rng.IntN(2) == 0 {
				end = end.Add(-time.Second) // 23:59:59 of the day before
			}
		}
		dur := time.Duration(5+rng.IntN(55)) * time.Minute
		started := end.Add(-dur)
		accepted := started.Add(-time.Duration(1+rng.IntN(10)) * time.Minute)
		utc := rng.IntN(4) == 0
		div := shanghai[rng.IntN(len(shanghai))]
		registered, inScope := "true", "true"
		kind := "delivered"
		endAt := end
		switch r := rng.IntN(100); {
		case r < 5:
			kind = "transferred"
		case r < 9:
			kind = "cancelled"
		case r < 11:
			kind, endAt = "", time.Time{}
		case r < 13:
			div = elsewhere[rng.IntN(len(elsewhere))]
		case r < 14:
			registered = "false"
		case r < 15:
			inScope = "false"
		}
		if roll >= 995 { // invalid rows
			switch rng.IntN(3) {
			case 0:
				endAt, kind = started.Add(-time.Minute), "delivered"
			case 1:
				div = div[:5]
			case 2:
				worker = ""
			}
		}
		if err := line(order, worker, p.id, ind.String(), registered, inScope, ts(accepted, utc), ts(started, utc), div, ts(endAt, utc), kind); err != nil {
			return err
		}
		if kind == "transferred" { // the completing worker's execution
			done := end.Add(time.Duration(5+rng.IntN(30)) * time.Minute)
			other := fmt.Sprintf("w%05d", rng.IntN(20000))
			if err := line(order, other, p.id, ind.String(), "true", "true", ts(end, utc), ts(end, utc), shanghai[rng.IntN(len(shanghai))], ts(done, utc), "delivered"); err != nil {
				return err
			}
		}
	}
	return nil
}

package levycount_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/zhishang/zhishang/beam/levycount"
	"github.com/zhishang/zhishang/calendar"
)

// Count a month's files on Prism (ptest's runner; a program runs the same
// pipeline with beamx.Run, on the runner its --runner flag names) and
// read the report written.
func ExampleCount() {
	month, _ := calendar.ParseMonth("2026-03")
	out := filepath.Join(os.TempDir(), "levycount-example.json")
	defer os.Remove(out)

	p, s := beam.NewPipelineWithRoot()
	count, err := levycount.Count(s, "../../testdata/levy/orders-*.csv", levycount.Options{Month: month})
	if err != nil {
		fmt.Println(err)
		return
	}
	levycount.Write(s, count, out, nil) // no levy setup: tallies only
	if err := ptest.Run(p); err != nil {
		fmt.Println(err)
		return
	}
	data, _ := os.ReadFile(out)
	var rep levycount.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("rows %d = counted %d + excluded %d + duplicates %d + invalid %d\n",
		rep.Input, rep.Counted, rep.Excluded, rep.Duplicates, len(rep.Invalid))
	for _, t := range rep.Tallies {
		fmt.Printf("%s %s %d\n", t.Platform, t.Industry, t.Orders)
	}
	// Output:
	// rows 3162 = counted 2811 + excluded 322 + duplicates 18 + invalid 11
	// platform-a ride_hailing 926
	// platform-b instant_delivery 903
	// platform-c instant_delivery 479
	// platform-c intra_city_freight 503
}

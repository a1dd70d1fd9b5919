package levycount

import (
	"path/filepath"
	"testing"

	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/eligibility"
)

// TestPipelineIsOrderAndSplitFree: for any generated month (duplicates,
// conflicting copies, invalid and unreadable lines, edge instants), any
// shuffle of its rows and any number of files, the pipeline on Prism gives
// what eligibility.ReadCSV gives over the whole input.
func TestPipelineIsOrderAndSplitFree(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		opts := genOptions{
			rows:      rapid.IntRange(1, 300).Draw(rt, "rows"),
			seed:      rapid.Uint64().Draw(rt, "seed"),
			conflicts: rapid.Bool().Draw(rt, "conflicts"),
		}
		files := rapid.IntRange(1, 6).Draw(rt, "files")
		rules := eligibility.Rules{CountCancelledAfterStart: rapid.Bool().Draw(rt, "cancelled-counted")}
		lines := generate(opts)
		want := whole(t, lines, rules)
		dir := t.TempDir()
		origin := splitFiles(t, dir, lines, files, rapid.Uint64().Draw(rt, "shuffle"))
		got := runPipeline(t, filepath.Join(dir, "orders-*.csv"), Options{Month: march, Rules: rules})
		requireSame(rt, want, got, origin, physicalLines(lines))
	})
}

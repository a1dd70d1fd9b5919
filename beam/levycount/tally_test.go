package levycount

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
)

// The pipeline writes the count's tally by platform, industry and Beijing
// day (eligibility.Tally's JSON), the form examples/what-if -tallies and
// package analysis read (第七十六条: a city's month measured from its
// tallies, not its orders): the report's monthly tallies do not keep the
// days a mid-month change of rate needs. It is the single process's tally.
func TestWriteTallyIsTheSingleProcessTally(t *testing.T) {
	lines := generate(genOptions{rows: 2000, seed: 3, conflicts: true})
	dir := t.TempDir()
	splitFiles(t, dir, lines, 4, 5)
	out := filepath.Join(t.TempDir(), "tally.json")
	p, s := beam.NewPipelineWithRoot()
	count, err := Count(s, filepath.Join(dir, "orders-*.csv"), Options{Month: march})
	require.NoError(t, err)
	WriteTally(s, count, out)
	require.NoError(t, ptest.Run(p))

	data, err := os.ReadFile(out)
	require.NoError(t, err)
	got := &eligibility.Tally{}
	require.NoError(t, got.UnmarshalJSON(data), "what what-if -tallies reads")
	b := &eligibility.Batch{Month: march}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(wholeInput(lines)), b))
	require.Positive(t, b.Tally().Total())
	require.Equal(t, b.Tally().Rows(), got.Rows())
}

package golden_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/golden"
)

// Accepting one case's explanation rewrites its block only: the other
// cases' blocks stay as the file has them (even when stale), a case the
// file lacks is added only when named, and accepting everything anew gives
// what the code says (the same file CheckDir compares with).
func TestAcceptExplanationsTouchesOnlyTheNamedCases(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "golden", "claims")
	dir := t.TempDir()
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	var cases []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") && len(cases) < 3 {
			data, err := os.ReadFile(filepath.Join(src, e.Name()))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644))
			cases = append(cases, filepath.Join(dir, e.Name()))
		}
	}
	require.Len(t, cases, 3)
	outcomes, err := golden.RunDir(dir)
	require.NoError(t, err)
	full := golden.ExplanationsText(dir, outcomes)
	file := filepath.Join(dir, golden.ExplanationsFile)

	// Nothing recorded yet: naming the second records it alone.
	require.NoError(t, golden.AcceptExplanations(dir, cases[1]))
	got, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, golden.ExplanationsText(dir, outcomes[1:2]), string(got))

	// A stale block of another case is kept; naming the first adds it
	// before the second, in CheckDir's order.
	stale := strings.Replace(string(got), "== "+filepath.Base(cases[1])+"\n", "== "+filepath.Base(cases[1])+"\nen| stale\n", 1)
	require.NoError(t, os.WriteFile(file, []byte(stale), 0o644))
	require.NoError(t, golden.AcceptExplanations(dir, cases[0]))
	got, err = os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, golden.ExplanationsText(dir, outcomes[:1])+stale, string(got))

	// Every case named: the file is what the code says.
	require.NoError(t, golden.AcceptExplanations(dir, cases...))
	got, err = os.ReadFile(file)
	require.NoError(t, err)
	assert.Equal(t, full, string(got))
}

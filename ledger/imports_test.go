package ledger_test

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Issue 21: the fund's books stand alone. The ledger reconciles against its
// own due amounts (Due) and books its own adjustments (Adjustment), so a
// host keeping the books links neither the levy computation nor the
// eligibility of orders: no package of the ledger's build, directly or
// through another package of the module, imports levy or eligibility. The
// imports are those of the non-test files (go/build, the way go list reads
// them), followed through the module's own packages.
func TestLedgerImportsNoLevy(t *testing.T) {
	const module = "github.com/zhishang/zhishang/"
	forbidden := map[string]bool{module + "levy": true, module + "eligibility": true}
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	seen := map[string][]string{} // package → the path that reached it
	var visit func(pkg string, via []string)
	visit = func(pkg string, via []string) {
		if _, ok := seen[pkg]; ok {
			return
		}
		seen[pkg] = via
		if forbidden[pkg] {
			t.Errorf("ledger links %s: %s", pkg, strings.Join(append(via, pkg), " → "))
			return
		}
		dir := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(pkg, module)))
		p, err := build.Default.ImportDir(dir, 0)
		require.NoError(t, err, pkg)
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, module) {
				visit(imp, append(append([]string(nil), via...), pkg))
			}
		}
	}
	visit(module+"ledger", nil)
	require.Contains(t, seen, module+"calendar", "the walk follows the module's packages")
}

// Package all registers every golden kind with the runner
// (internal/golden): import it for its effect where all the cases run —
// examples/golden, the dictionary of testdata/golden/README.md, the tests
// that read every JSON door. A package's own tests import only its kinds
// package (internal/golden/calendarkinds, …), so they do not link the
// others.
package all

import (
	// Each registers its package's kinds.
	_ "github.com/zhishang/zhishang/internal/golden/analysiskinds"
	_ "github.com/zhishang/zhishang/internal/golden/benefitskinds"
	_ "github.com/zhishang/zhishang/internal/golden/calendarkinds"
	_ "github.com/zhishang/zhishang/internal/golden/claimskinds"
	_ "github.com/zhishang/zhishang/internal/golden/eligibilitykinds"
	_ "github.com/zhishang/zhishang/internal/golden/ledgerkinds"
	_ "github.com/zhishang/zhishang/internal/golden/levykinds"
)

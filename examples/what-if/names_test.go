package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A current setup whose parameter name is misspelt (levy.base.ride_haling)
// is refused, exit 1, naming the parameter meant (a misspelt reform is
// TestErrors'): the comparison never runs on a default the host meant to
// replace.
func TestMisspeltSetupParameterRefused(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "setup.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"parameters": [{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}], "terms": []}`), 0o644))
	code, _, errOut := runArgs("", "-orders", orders, "-month", "2026-03", "-params", bad, "-reform", reform)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "是否应为 levy.base.ride_hailing？")
}

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A setup whose parameter name is misspelt (levy.base.ride_haling) is
// refused, exit 1, naming the parameter meant: never billed at the default.
func TestMisspeltParameterRefused(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "setup.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"parameters": [{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}], "terms": []}`), 0o644))
	code, out, errOut := runArgs("", "-orders", "../../testdata/levy/orders-2026-03.csv", "-params", bad)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "是否应为 levy.base.ride_hailing？")
}

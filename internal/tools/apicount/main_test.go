package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixture module has one of each kind (testdata/mod/pkg), an internal
// package, a command, a nested module and a test file: only pkg is counted
// for a host, each kind as the package doc says.
func TestCountsEachKind(t *testing.T) {
	counts, err := countModule("testdata/mod", false)
	require.NoError(t, err)
	require.Len(t, counts, 1)
	names := []string{"const\tA", "const\tB", "var\tV", "func\tF", "type\tI", "method\tI.M", "type\tKind", "const\tK",
		"func\tNewKind", "method\tKind.String", "type\tS", "field\tS.Kind", "field\tS.X", "field\tS.N", "field\tS.Z",
		"type\tT", "method\tT.P"}
	assert.Equal(t, Count{Path: "example.com/mod/pkg", Consts: 3, Vars: 1, Funcs: 2, Types: 4, Methods: 3, Fields: 4, Names: names}, counts[0])
	assert.Equal(t, 17, counts[0].Total())
	assert.Len(t, counts[0].Names, counts[0].Total(), "-list prints one line for each identifier counted")
}

func TestInternalListedNotTotalled(t *testing.T) {
	counts, err := countModule("testdata/mod", true)
	require.NoError(t, err)
	require.Len(t, counts, 2)
	assert.Equal(t, "example.com/mod/internal/hidden", counts[0].Path)
	assert.True(t, counts[0].Internal)
	var b strings.Builder
	writeTable(&b, counts)
	assert.Contains(t, b.String(), "| `example.com/mod/internal/hidden (internal, not in the total)` | 0 | 0 | 1 | 0 | 0 | 0 | 1 |")
	assert.Contains(t, b.String(), "| **total** | 3 | 1 | 2 | 4 | 3 | 4 | **17** |")
}

func TestNoModule(t *testing.T) {
	_, err := countModule(t.TempDir(), false)
	assert.Error(t, err)
}

package zhishang_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModuleRequirements: a host that imports the library gains only the
// library's own dependencies in its go list -m all (never the golden report
// program's spreadsheet and browser libraries, nor Beam: they are modules of
// their own; the display-width library the example programs' tables use is
// the one tool module it sees), and its go line is not raised above 1.24,
// the oldest Go whose encoding/json honours omitzero.
func TestModuleRequirements(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command(goBin, "list", "-m", "-f", "{{.Path}} {{.GoVersion}}", "all")
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	allowed := map[string]bool{
		"github.com/zhishang/zhishang":     true,
		"github.com/shopspring/decimal":    true, // money and rates
		"github.com/rickar/cal/v2":         true, // calendar/rickarcal only
		"github.com/stretchr/testify":      true, // tests
		"github.com/stretchr/objx":         true, // testify's
		"go.yaml.in/yaml/v3":               true, // testify's
		"pgregory.net/rapid":               true, // tests
		"github.com/mattn/go-runewidth":    true, // the example programs' tables (display width)
		"github.com/clipperhouse/uax29/v2": true, // go-runewidth's
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, goVersion, _ := strings.Cut(line, " ")
		assert.True(t, allowed[path], "module %s is in the library's go list -m all", path)
		if path == "github.com/zhishang/zhishang" {
			assert.Equal(t, "1.24", goVersion, "the library's go line")
		}
	}
}

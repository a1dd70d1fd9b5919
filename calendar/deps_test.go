package calendar_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// calendar depends on the standard library and this module only: the
// rickar/cal adapter is calendar/rickarcal, and the JSON door
// (internal/strictjson) knows the decimal types by name (issue 20).
func TestDependsOnStandardLibraryOnly(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out, err := exec.Command(goBin, "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").CombinedOutput()
	require.NoError(t, err, string(out))
	pkgs := strings.Fields(string(out))
	require.Contains(t, pkgs, "github.com/zhishang/zhishang/calendar")
	for _, p := range pkgs {
		assert.True(t, strings.HasPrefix(p, "github.com/zhishang/zhishang/"), "calendar depends on %s", p)
	}
}

package textout

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWidthAndPad(t *testing.T) {
	assert.Equal(t, 4, Width("期限"))
	assert.Equal(t, 6, Width("ab期限"))
	assert.Equal(t, "期限  ", Pad("期限", 6))
	assert.Equal(t, "  期限", PadLeft("期限", 6))
	assert.Equal(t, "期限期限", Pad("期限期限", 2))
	assert.Equal(t, "是", YesNo(true))
	assert.Equal(t, "否", YesNo(false))
}

func TestTableAlignsByDisplayWidth(t *testing.T) {
	out := Table("", [][]string{{"平台申请期限", "x"}, {"ab", "y"}})
	assert.Equal(t, "平台申请期限  x\nab            y\n", out)
}

func TestLocate(t *testing.T) {
	// From this package's folder the repository root is three levels up.
	p := Locate("testdata/claims/case-sample.json")
	_, err := os.Stat(p)
	require.NoError(t, err)
	assert.True(t, filepath.IsAbs(p) || p == "testdata/claims/case-sample.json")
	wd, err := os.Getwd()
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(wd, "../../../testdata/claims/case-sample.json"), p)
	assert.Equal(t, filepath.Join(wd, "../../../go.mod"), Locate("go.mod"))
	assert.Equal(t, "no/such/file", Locate("no/such/file"))
	assert.Equal(t, "-", Locate("-"))

	// From the golden report program's folder (a module of its own), the
	// search passes its go.mod on the way to the samples at the
	// repository root.
	t.Chdir(filepath.Join(wd, "../../golden"))
	golden, err := os.Getwd()
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(golden, "../../testdata/claims/case-sample.json"), Locate("testdata/claims/case-sample.json"))
}

func TestIsLibraryModule(t *testing.T) {
	assert.True(t, isLibraryModule([]byte("// c\nmodule github.com/zhishang/zhishang\n\ngo 1.24\n")))
	assert.True(t, isLibraryModule([]byte(`module "github.com/zhishang/zhishang"`)))
	assert.False(t, isLibraryModule([]byte("module github.com/zhishang/zhishang/examples\n")))
	assert.False(t, isLibraryModule([]byte("go 1.24\n")))
}

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
	// From this package's folder the module root is three levels up.
	p := Locate("testdata/claims/case-sample.json")
	_, err := os.Stat(p)
	require.NoError(t, err)
	assert.True(t, filepath.IsAbs(p) || p == "testdata/claims/case-sample.json")
	assert.Equal(t, "no/such/file", Locate("no/such/file"))
	assert.Equal(t, "-", Locate("-"))
}

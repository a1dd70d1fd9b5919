package analysis_test

import (
	"testing"

	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/analysiskinds" // registers the kinds its cases name
)

// The golden cases of 第七十六条 (testdata/golden/analysis): policy staff
// read, copy and extend them without Go.
func TestGolden(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/analysis")
}

package analysis_test

import (
	"testing"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/internal/codetest"
)

func TestCodes(t *testing.T) { codetest.Check(t, analysis.Codes()) }

package casefile_test

import (
	"testing"

	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/internal/codetest"
)

func TestCodes(t *testing.T) { codetest.Check(t, casefile.Codes()) }

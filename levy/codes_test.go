package levy_test

import (
	"testing"

	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/levy"
)

func TestCodes(t *testing.T) { codetest.Check(t, levy.Codes()) }

package monthreport_test

import (
	"testing"

	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/levy/monthreport"
)

func TestCodes(t *testing.T) { codetest.Check(t, monthreport.Codes()) }

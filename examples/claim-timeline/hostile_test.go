package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/internal/jsontest"
)

// Every hostile shape, given through the -case flag, ends in exit code 1
// and a short message that echoes no identity number; a file over the
// size limit is refused by its size.
func TestHostileInputThroughFlags(t *testing.T) {
	jsontest.ThroughFlag(t, func(path string) (int, string) {
		var out, errOut bytes.Buffer
		return run([]string{"-case", path}, strings.NewReader(""), &out, &errOut), errOut.String()
	})
}

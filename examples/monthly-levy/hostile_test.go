package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
)

// Every hostile shape, given through the -params flag, ends in exit code 1
// and a short message that echoes no identity number; a file over the
// size limit is refused by its size.
func TestHostileInputThroughFlags(t *testing.T) {
	dir := t.TempDir()
	inputs := jsontest.Inputs()
	inputs = append(inputs, jsontest.Hostile{Name: "oversize", Data: append(bytes.Repeat([]byte(" "), jsonerr.MaxBytes), '{', '}')})
	for i, h := range inputs {
		path := filepath.Join(dir, strings.ReplaceAll(h.Name, " ", "-")+".json")
		if err := os.WriteFile(path, h.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		code := run([]string{"-params", path}, strings.NewReader(""), &out, &errOut)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (%.200s)", h.Name, code, errOut.String())
		}
		msg := strings.TrimSpace(strings.ReplaceAll(errOut.String(), path, "FILE"))
		if len(msg) > jsontest.MaxMessage {
			t.Errorf("%s: message of %d bytes", h.Name, len(msg))
		}
		jsontest.Check(t, errFromText(msg))
		if i == len(inputs)-1 && !strings.Contains(msg, "too large") {
			t.Errorf("oversize: %s", msg)
		}
	}
}

type textErr string

func (e textErr) Error() string { return string(e) }

func errFromText(s string) error { return textErr(s) }

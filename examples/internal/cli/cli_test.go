package cli

import (
	"bytes"
	"flag"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		ok   bool
	}{
		{nil, 0, true}, {[]string{"-h"}, 0, false}, {[]string{"-nope"}, 2, false}, {[]string{"extra"}, 2, false},
	} {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		var out bytes.Buffer
		fs.SetOutput(&out)
		fs.Usage = func() { out.WriteString("usage: x") }
		code, ok := Parse(fs, c.args)
		if code != c.code || ok != c.ok {
			t.Errorf("%v: %d %v, want %d %v", c.args, code, ok, c.code, c.ok)
		}
	}
}

func TestReadInputAndWriteJSON(t *testing.T) {
	data, err := ReadInput("-", strings.NewReader("abc"))
	if err != nil || string(data) != "abc" {
		t.Fatal(data, err)
	}
	if _, err := ReadInput("/nonexistent/x.json", nil); err == nil || !strings.Contains(err.Error(), "repository's root") {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, map[string]int{"a": 1}); err != nil || b.String() != "{\n  \"a\": 1\n}\n" {
		t.Fatalf("%q %v", b.String(), err)
	}
}

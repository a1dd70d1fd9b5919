package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/jsonerr"
)

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

// An input larger than the limit is refused before it is read whole: a
// file by its size, stdin after the limit.
func TestReadInputBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, make([]byte, 2000), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadInputMax(path, nil, 1000); !errors.Is(err, jsonerr.ErrTooLarge) || !strings.Contains(err.Error(), "2000 bytes") {
		t.Fatal(err)
	}
	if _, err := ReadInputMax("-", strings.NewReader(strings.Repeat("[", 2000)), 1000); !errors.Is(err, jsonerr.ErrTooLarge) {
		t.Fatal(err)
	}
	if data, err := ReadInputMax(path, nil, 2000); err != nil || len(data) != 2000 {
		t.Fatal(len(data), err)
	}
}

// A bare output name is placed in one new temporary folder for the run; a
// path with a folder is kept as given.
func TestOutputsPlaceBareNamesInATempFolder(t *testing.T) {
	var o Outputs
	a, err := o.File("page.html")
	if err != nil {
		t.Fatal(err)
	}
	b, err := o.File("tallies.json")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(a) != "page.html" || filepath.Dir(a) != filepath.Dir(b) || !strings.HasPrefix(filepath.Base(filepath.Dir(a)), "zhishang-") {
		t.Fatalf("bare names placed at %q and %q", a, b)
	}
	t.Cleanup(func() { os.RemoveAll(filepath.Dir(a)) })
	for _, p := range []string{"./page.html", "/tmp/x/page.html", "out/page.html"} {
		if got, _ := o.File(p); got != p {
			t.Fatalf("File(%q) = %q", p, got)
		}
	}
}

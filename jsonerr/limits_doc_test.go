package jsonerr

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/internal/jsoncode"
)

// TestDocStatesLimits checks that the package doc states each limit the
// strict layer applies with the figure of its (unexported) const (issue 20).
func TestDocStatesLimits(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "jsonerr.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	doc := f.Doc.Text()
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"MaxBytes, 8 MiB", MaxBytes == 8<<20},
		{"SnapshotMaxBytes, 256 MiB", SnapshotMaxBytes == 256<<20},
		{"nesting of objects and lists: 64 levels", jsoncode.MaxDepth == 64},
		{"a key: 128 bytes", jsoncode.MaxKey == 128},
		{"64 KiB (65536 bytes)", jsoncode.MaxString == 65536},
		{"a number: 40 bytes", jsoncode.MaxNumber == 40},
		{"exponent within ±300", jsoncode.MaxExponent == 300},
		{"at most 20 digits", jsoncode.MaxDigits == 20},
		{"point: 18 unless", jsoncode.MaxDecimals == 18},
		{"an amount in yuan: 2, the fen", jsoncode.AmountDecimals == 2},
		{"stays under 512 bytes", jsoncode.MaxMessage == 512},
	} {
		if !strings.Contains(strings.Join(strings.Fields(doc), " "), c.text) {
			t.Errorf("package doc does not state %q", c.text)
		}
		if !c.ok {
			t.Errorf("package doc's %q differs from the const", c.text)
		}
	}
}

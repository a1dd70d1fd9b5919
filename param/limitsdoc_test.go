package param_test

import (
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/param"
)

// TestDocStatesLimits: the package doc states MaxValues' figure (issue 20).
func TestDocStatesLimits(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "param.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(f.Doc.Text()), " ")
	want := "at most " + strconv.Itoa(param.MaxValues) + " values;"
	if !strings.Contains(doc, want) {
		t.Errorf("package doc does not state %q", want)
	}
}

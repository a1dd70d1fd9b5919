package analysis_test

import (
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/analysis"
)

// TestDocStatesLimits: the doc comments state the unexported limits' figures
// (issue 20).
func TestDocStatesLimits(t *testing.T) {
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, g := range f.Comments {
				all.WriteString(strings.Join(strings.Fields(g.Text()), " ") + "\n")
			}
		}
	}
	for _, want := range []string{
		"longer than " + strconv.Itoa(analysis.MaxMonths) + " months",
		"more than " + strconv.Itoa(analysis.MaxIDBytes) + " bytes",
		"at most " + strconv.Itoa(analysis.MaxTitle) + " printable characters",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no doc comment states %q", want)
		}
	}
}

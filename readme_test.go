package zhishang_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeProgram is the program README.md's snippet must be: Example's
// imports and body (up to its Output comment), as package main.
func readmeProgram(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "example_test.go", src, parser.ParseComments)
	require.NoError(t, err)
	var imports *ast.GenDecl
	var example *ast.FuncDecl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				imports = d
			}
		case *ast.FuncDecl:
			if d.Name.Name == "Example" {
				example = d
			}
		}
	}
	require.NotNil(t, imports, "example_test.go has no imports")
	require.NotNil(t, example, "example_test.go has no func Example")
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	body := string(src[off(example.Body.Lbrace)+1 : off(example.Body.Rbrace)])
	cut := strings.Index(body, "\t// Output:")
	require.GreaterOrEqual(t, cut, 0, "Example has no Output comment")
	return "package main\n\n" + string(src[off(imports.Pos()):off(imports.End())]) + "\n\nfunc main() {" + body[:cut] + "}\n"
}

// TestReadmeSnippet: README.md's first Go snippet is Example (the first
// hour), byte for byte, so the program a host copies compiles and prints
// what the example's Output says.
func TestReadmeSnippet(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	m := regexp.MustCompile("(?s)```go\n(.*?)```\n").FindSubmatch(readme)
	require.NotNil(t, m, "README.md has no ```go block")
	want := readmeProgram(t)
	if !assert.Equal(t, want, string(m[1]), "README.md's first Go snippet differs from Example in example_test.go") {
		t.Log("README.md's snippet should be:\n" + want)
	}
	// The two commands stay the README's first lines, before the snippet.
	assert.True(t, bytes.HasPrefix(readme, []byte("# zhishang 职伤\n\n```sh\ngo run ./examples/deadlines -year 2026 ")), "README.md no longer opens with the two commands")
	assert.Less(t, bytes.Index(readme, []byte("```sh")), bytes.Index(readme, []byte("```go")))
}

// Command apicount counts the exported identifiers of each package of the
// module as `go doc -all` lists them, so that the size of the API a host
// sees can be compared before and after a change (issue 20).
//
// It reads each package the way go doc does: the package's non-test Go
// files that the build constraints select for this platform, through
// go/doc in its default mode (no unexported declarations; methods of an
// embedded unexported type are promoted, those of an embedded exported
// type are not, as go doc shows them). It counts, per package:
//
//	consts   each exported name in a const declaration (a grouped
//	         declaration counts each name; typed ones listed under their
//	         type count too)
//	vars     each exported name in a var declaration, likewise
//	funcs    each exported package-level function, constructors that go
//	         doc lists under their result type included
//	types    each exported type (aliases included)
//	methods  each exported method of an exported type, with the exported
//	         methods an embedded unexported type promotes, and each
//	         exported method of an exported interface type
//	fields   each exported field of an exported struct type (an embedded
//	         exported type counts as one field), nested struct types'
//	         exported fields included
//
// total is their sum. Packages under internal/, main packages, the
// examples and nested modules (beam/, examples/ when it has its own
// go.mod) are not counted: a host cannot import them. With -internal the
// internal packages are listed too, marked, and left out of the total.
//
// Usage, from the module root (or -root DIR for another checkout):
//
//	go run ./internal/tools/apicount            # a Markdown table
//	go run ./internal/tools/apicount -root /tmp/zhishang-main -internal
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Count is one package's exported identifiers by kind.
type Count struct {
	Path     string
	Internal bool
	Consts   int
	Vars     int
	Funcs    int
	Types    int
	Methods  int
	Fields   int
	// Names lists every counted identifier as "kind\tname" (a method or
	// field as Type.Name), in the order counted.
	Names []string
}

// Total is the sum of every kind.
func (c Count) Total() int {
	return c.Consts + c.Vars + c.Funcs + c.Types + c.Methods + c.Fields
}

func main() {
	root := flag.String("root", ".", "the module's root `directory` (the one with go.mod)")
	internal := flag.Bool("internal", false, "also list internal packages (not in the total)")
	list := flag.Bool("list", false, "print every counted identifier, one a line (package, kind, name), instead of the table")
	flag.Parse()
	counts, err := countModule(*root, *internal)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apicount:", err)
		os.Exit(1)
	}
	if *list {
		for _, c := range counts {
			for _, n := range c.Names {
				fmt.Printf("%s\t%s\n", c.Path, n)
			}
		}
		return
	}
	writeTable(os.Stdout, counts)
}

// modulePath reads the module line of dir/go.mod.
func modulePath(dir string) (string, error) {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", errors.New(dir + "/go.mod has no module line")
}

// countModule counts every importable package under root, skipping nested
// modules, testdata and directories starting with . or _.
func countModule(root string, withInternal bool) ([]Count, error) {
	mod, err := modulePath(root)
	if err != nil {
		return nil, err
	}
	var out []Count
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel != "." {
			name := d.Name()
			if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // a module of its own
			}
		}
		isInternal := rel == "internal" || strings.HasPrefix(rel, "internal/") || strings.Contains(rel, "/internal/") || strings.HasSuffix(rel, "/internal")
		if isInternal && !withInternal {
			return nil
		}
		importPath := mod
		if rel != "." {
			importPath = mod + "/" + rel
		}
		c, ok, err := countPackage(path, importPath)
		if err != nil || !ok {
			return err
		}
		c.Internal = isInternal
		out = append(out, c)
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

// countPackage counts the package in dir; ok is false when dir holds no
// package that a host can import (no Go files, or a main package).
func countPackage(dir, importPath string) (Count, bool, error) {
	bp, err := build.ImportDir(dir, 0)
	if err != nil {
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			return Count{}, false, nil
		}
		return Count{}, false, err
	}
	if bp.Name == "main" {
		return Count{}, false, nil
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return Count{}, false, err
		}
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, importPath)
	if err != nil {
		return Count{}, false, err
	}
	c := Count{Path: importPath}
	c.addValues(p.Consts, &c.Consts, "const")
	c.addValues(p.Vars, &c.Vars, "var")
	c.Funcs += len(p.Funcs)
	for _, f := range p.Funcs {
		c.Names = append(c.Names, "func\t"+f.Name)
	}
	for _, t := range p.Types {
		c.Types++
		c.Names = append(c.Names, "type\t"+t.Name)
		c.addValues(t.Consts, &c.Consts, "const")
		c.addValues(t.Vars, &c.Vars, "var")
		c.Funcs += len(t.Funcs)
		for _, f := range t.Funcs {
			c.Names = append(c.Names, "func\t"+f.Name)
		}
		c.Methods += len(t.Methods)
		for _, m := range t.Methods {
			c.Names = append(c.Names, "method\t"+t.Name+"."+m.Name)
		}
		for _, spec := range t.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok || ts.Name.Name != t.Name {
				continue
			}
			c.addTypeExpr(t.Name, ts.Type)
		}
	}
	return c, true, nil
}

// addValues counts the exported names of const or var declarations (go/doc
// has already dropped the unexported ones).
func (c *Count) addValues(vs []*doc.Value, n *int, kind string) {
	for _, v := range vs {
		for _, name := range v.Names {
			if token.IsExported(name) {
				*n++
				c.Names = append(c.Names, kind+"\t"+name)
			}
		}
	}
}

// addTypeExpr counts the exported fields of a struct type and the exported
// methods of an interface type, descending into nested struct literals.
func (c *Count) addTypeExpr(owner string, e ast.Expr) {
	switch t := e.(type) {
	case *ast.StructType:
		for _, f := range t.Fields.List {
			if len(f.Names) == 0 { // embedded
				if name := embeddedName(f.Type); token.IsExported(name) {
					c.Fields++
					c.Names = append(c.Names, "field\t"+owner+"."+name)
				}
			}
			for _, n := range f.Names {
				if n.IsExported() {
					c.Fields++
					c.Names = append(c.Names, "field\t"+owner+"."+n.Name)
				}
			}
			if len(f.Names) == 0 || anyExported(f.Names) {
				c.addNested(owner, f.Type)
			}
		}
	case *ast.InterfaceType:
		for _, m := range t.Methods.List {
			for _, n := range m.Names {
				if n.IsExported() {
					c.Methods++
					c.Names = append(c.Names, "method\t"+owner+"."+n.Name)
				}
			}
		}
	}
}

// addNested counts the fields of a struct literal used as a field's type
// (directly, or as the element of a pointer, slice, array or map).
func (c *Count) addNested(owner string, e ast.Expr) {
	switch t := e.(type) {
	case *ast.StructType:
		c.addTypeExpr(owner, t)
	case *ast.StarExpr:
		c.addNested(owner, t.X)
	case *ast.ArrayType:
		c.addNested(owner, t.Elt)
	case *ast.MapType:
		c.addNested(owner, t.Value)
	}
}

func anyExported(ns []*ast.Ident) bool {
	for _, n := range ns {
		if n.IsExported() {
			return true
		}
	}
	return false
}

// embeddedName is the type name of an embedded field (T, *T, pkg.T, T[X]).
func embeddedName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return embeddedName(t.X)
	case *ast.SelectorExpr:
		return t.Sel.Name
	case *ast.IndexExpr:
		return embeddedName(t.X)
	case *ast.IndexListExpr:
		return embeddedName(t.X)
	}
	return ""
}

// writeTable prints the counts as a Markdown table with a total row over
// the packages a host can import.
func writeTable(w io.Writer, counts []Count) {
	fmt.Fprintln(w, "| package | consts | vars | funcs | types | methods | fields | total |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|")
	var sum Count
	for _, c := range counts {
		name := c.Path
		if c.Internal {
			name += " (internal, not in the total)"
		} else {
			sum.Consts += c.Consts
			sum.Vars += c.Vars
			sum.Funcs += c.Funcs
			sum.Types += c.Types
			sum.Methods += c.Methods
			sum.Fields += c.Fields
		}
		fmt.Fprintf(w, "| `%s` | %d | %d | %d | %d | %d | %d | %d |\n", name, c.Consts, c.Vars, c.Funcs, c.Types, c.Methods, c.Fields, c.Total())
	}
	fmt.Fprintf(w, "| **total** | %d | %d | %d | %d | %d | %d | **%d** |\n", sum.Consts, sum.Vars, sum.Funcs, sum.Types, sum.Methods, sum.Fields, sum.Total())
}

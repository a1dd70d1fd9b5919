// Command mutate measures how many deliberate faults a package's tests
// catch: a mutation study, run the way an auditor would by hand, but
// reproducibly.
//
// It lists every mutation site in a package's non-test Go files (the
// operators below), takes a fixed-seed sample of them (or all, with
// -n 0), and for each one runs the package's own tests with the one
// changed file swapped in through go test -overlay: the tree on disk is
// never edited, so runs can go side by side and a stopped run leaves
// nothing behind. A mutant is killed when the tests fail (or time out),
// survives when they pass, and is stillborn when it does not compile
// (not counted). Each package's tests include its golden cases under
// testdata/, so the golden cases count.
//
// Operators (after go-mutesting and gremlins):
//
//	boundary   <  <=  >  >=  swapped with their neighbour (< to <=, …)
//	negate     == to !=, != to ==, < to >=, > to <=, …
//	arith      + to -, - to +, * to /, / to *, % to *
//	logic      && to ||, || to &&
//	not        !x to x
//	incdec     ++ to --, -- to ++
//	assignop   += to -=, -= to +=
//	literal    an integer literal n to n+1 (0 to 1)
//
// Usage:
//
//	go run ./internal/tools/mutate -pkg ./benefits -n 60 -seed 1 -out testdata/mutation/benefits.tsv
//
// The TSV lists each mutant with its place, its change and its outcome;
// a survivor is then read by hand and either killed by a new test or
// marked equivalent (the program's behaviour cannot differ) with the
// reason, in testdata/mutation/README.md.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

type site struct {
	File    string // absolute path
	Rel     string // path relative to the module root
	Line    int
	Col     int
	Off     int // byte offset of the text replaced
	Len     int // length of the text replaced
	From    string
	To      string
	Op      string
	Func    string
	Outcome string
}

func main() {
	pkg := flag.String("pkg", "", "package directory, e.g. ./benefits")
	n := flag.Int("n", 60, "mutants to sample (0: all)")
	seed := flag.Uint64("seed", 1, "sampling seed")
	jobs := flag.Int("j", 2, "mutants run side by side")
	timeout := flag.Duration("timeout", 3*time.Minute, "time limit for one mutant's tests")
	out := flag.String("out", "", "TSV file for the results (default: standard output)")
	only := flag.String("only", "", "run only the mutants with these ids (comma separated) of the sample")
	list := flag.Bool("list", false, "list the sample without running it")
	at := flag.String("at", "", "run every mutant at these places instead of a sample (comma separated file:line:col, file relative to the module root)")
	flag.Parse()
	if *pkg == "" {
		fmt.Fprintln(os.Stderr, "mutate: -pkg is required")
		os.Exit(2)
	}
	root, err := os.Getwd()
	if err != nil {
		fatal(err)
	}
	dir, err := filepath.Abs(*pkg)
	if err != nil {
		fatal(err)
	}
	sites, err := collect(root, dir)
	if err != nil {
		fatal(err)
	}
	total := len(sites)
	if *at != "" {
		want := map[string]bool{}
		for _, p := range strings.Split(*at, ",") {
			want[strings.TrimSpace(p)] = true
		}
		var picked []site
		for _, s := range sites {
			if want[fmt.Sprintf("%s:%d:%d", s.Rel, s.Line, s.Col)] {
				picked = append(picked, s)
			}
		}
		sites = picked
		*n = 0
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.Base(dir)))
	r := rand.New(rand.NewPCG(*seed, h.Sum64()))
	if *at == "" {
		r.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	}
	if *n > 0 && *n < len(sites) {
		sites = sites[:*n]
	}
	sort.SliceStable(sites, func(i, j int) bool {
		if sites[i].Rel != sites[j].Rel {
			return sites[i].Rel < sites[j].Rel
		}
		return sites[i].Off < sites[j].Off
	})
	keep := map[int]bool{}
	if *only != "" {
		for _, s := range strings.Split(*only, ",") {
			id, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil {
				fatal(err)
			}
			keep[id] = true
		}
	}
	fmt.Fprintf(os.Stderr, "mutate: %s: %d sites, %d sampled (seed %d)\n", *pkg, total, len(sites), *seed)
	if !*list {
		tmp, err := os.MkdirTemp("", "mutate-")
		if err != nil {
			fatal(err)
		}
		defer os.RemoveAll(tmp)
		var wg sync.WaitGroup
		sem := make(chan struct{}, max(1, *jobs))
		for i := range sites {
			if len(keep) > 0 && !keep[i+1] {
				sites[i].Outcome = "skipped"
				continue
			}
			wg.Add(1)
			sem <- struct{}{}
			go func(i int) {
				defer wg.Done()
				defer func() { <-sem }()
				sites[i].Outcome = run(tmp, i, sites[i], dir, *timeout)
				s := sites[i]
				fmt.Fprintf(os.Stderr, "%3d %-9s %s:%d:%d %s → %s (%s)\n", i+1, s.Outcome, s.Rel, s.Line, s.Col, s.From, s.To, s.Op)
			}(i)
		}
		wg.Wait()
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# mutate -pkg %s -n %d -seed %d: %d sites in the package\n", *pkg, *n, *seed, total)
	fmt.Fprintln(&b, "id\tfile\tline\tcol\tfunc\top\tfrom\tto\toutcome")
	killed, survived, stillborn := 0, 0, 0
	for i, s := range sites {
		fmt.Fprintf(&b, "%d\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", i+1, s.Rel, s.Line, s.Col, s.Func, s.Op, s.From, s.To, s.Outcome)
		switch s.Outcome {
		case "killed", "timeout":
			killed++
		case "survived":
			survived++
		case "stillborn":
			stillborn++
		}
	}
	fmt.Fprintf(&b, "# killed %d, survived %d, stillborn %d\n", killed, survived, stillborn)
	if *out == "" {
		os.Stdout.Write(b.Bytes())
	} else if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "mutate: killed %d, survived %d, stillborn %d\n", killed, survived, stillborn)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "mutate:", err)
	os.Exit(1)
}

// run applies one mutant through an overlay and runs the package's tests.
func run(tmp string, i int, s site, dir string, timeout time.Duration) string {
	src, err := os.ReadFile(s.File)
	if err != nil {
		return "error"
	}
	mutated := make([]byte, 0, len(src)+4)
	mutated = append(mutated, src[:s.Off]...)
	mutated = append(mutated, s.To...)
	mutated = append(mutated, src[s.Off+s.Len:]...)
	d := filepath.Join(tmp, strconv.Itoa(i))
	if err := os.MkdirAll(d, 0o755); err != nil {
		return "error"
	}
	mf := filepath.Join(d, filepath.Base(s.File))
	if err := os.WriteFile(mf, mutated, 0o644); err != nil {
		return "error"
	}
	ov, _ := json.Marshal(map[string]map[string]string{"Replace": {s.File: mf}})
	of := filepath.Join(d, "overlay.json")
	if err := os.WriteFile(of, ov, 0o644); err != nil {
		return "error"
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "test", "-overlay", of, "-count=1", "-failfast", "-vet=off", dir)
	cmd.Dir = dir
	// A mutant's failing property test must not leave rapid's failfile in
	// the tree (it would replay in the next real run).
	cmd.Env = append(os.Environ(), "RAPID_NOFAILFILE=1")
	// The test binary is go test's child: on a timeout the whole process
	// group goes, or a mutant that allocates forever outlives the run (one
	// held 23 GB an hour after its go test was stopped).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return "timeout"
	}
	if err == nil {
		return "survived"
	}
	if bytes.Contains(out, []byte("[build failed]")) || bytes.Contains(out, []byte("[setup failed]")) {
		return "stillborn"
	}
	return "killed"
}

var swaps = map[token.Token][]struct {
	to token.Token
	op string
}{
	token.LSS:        {{token.LEQ, "boundary"}, {token.GEQ, "negate"}},
	token.LEQ:        {{token.LSS, "boundary"}, {token.GTR, "negate"}},
	token.GTR:        {{token.GEQ, "boundary"}, {token.LEQ, "negate"}},
	token.GEQ:        {{token.GTR, "boundary"}, {token.LSS, "negate"}},
	token.EQL:        {{token.NEQ, "negate"}},
	token.NEQ:        {{token.EQL, "negate"}},
	token.ADD:        {{token.SUB, "arith"}},
	token.SUB:        {{token.ADD, "arith"}},
	token.MUL:        {{token.QUO, "arith"}},
	token.QUO:        {{token.MUL, "arith"}},
	token.REM:        {{token.MUL, "arith"}},
	token.LAND:       {{token.LOR, "logic"}},
	token.LOR:        {{token.LAND, "logic"}},
	token.INC:        {{token.DEC, "incdec"}},
	token.DEC:        {{token.INC, "incdec"}},
	token.ADD_ASSIGN: {{token.SUB_ASSIGN, "assignop"}},
	token.SUB_ASSIGN: {{token.ADD_ASSIGN, "assignop"}},
}

// collect lists the mutation sites of the package in dir.
func collect(root, dir string) ([]site, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var sites []site
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		path := filepath.Join(dir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		rel, _ := filepath.Rel(root, path)
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			fname := fn.Name.Name
			if fn.Recv != nil && len(fn.Recv.List) > 0 {
				fname = recvName(fn.Recv.List[0].Type) + "." + fname
			}
			add := func(pos token.Pos, from, to, op string) {
				p := fset.Position(pos)
				sites = append(sites, site{File: path, Rel: rel, Line: p.Line, Col: p.Column, Off: p.Offset, Len: len(from), From: from, To: to, Op: op, Func: fname})
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.BinaryExpr:
					for _, s := range swaps[x.Op] {
						add(x.OpPos, x.Op.String(), s.to.String(), s.op)
					}
				case *ast.UnaryExpr:
					if x.Op == token.NOT {
						add(x.OpPos, "!", " ", "not")
					}
				case *ast.IncDecStmt:
					for _, s := range swaps[x.Tok] {
						add(x.TokPos, x.Tok.String(), s.to.String(), s.op)
					}
				case *ast.AssignStmt:
					for _, s := range swaps[x.Tok] {
						add(x.TokPos, x.Tok.String(), s.to.String(), s.op)
					}
				case *ast.BasicLit:
					if x.Kind == token.INT {
						v, err := strconv.ParseInt(x.Value, 0, 64)
						if err == nil && v < 1<<40 {
							add(x.ValuePos, x.Value, strconv.FormatInt(v+1, 10), "literal")
						}
					}
				case *ast.CallExpr:
					// A call's string arguments are messages: leave them.
				}
				return true
			})
		}
	}
	return sites, nil
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	}
	return "?"
}

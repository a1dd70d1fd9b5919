// Package golden reads and runs the golden cases under testdata/golden: JSON
// scenarios, one a file, that policy staff read, copy and extend without
// writing Go.
//
// A case file looks like this:
//
//	{
//	  "title": "2026年1月的申报期限：元旦三天假期在申报期内，顺延3个工作日至1月20日",
//	  "articles": ["第十四条"],
//	  "kind": "calendar.declaration_deadline",
//	  "input": {"period": "2025-12"},
//	  "expect": {"date": "2026-01-20", "computed": "2026-01-20", "extension": 3}
//	}
//
// title is a plain sentence saying what the case checks, articles the
// articles it checks, kind which computation runs (see Kinds), input its
// input and expect the whole expected output. Unknown keys, in the case or in
// its input or expect, are errors, so a misspelt key is never ignored. An
// expected failure is written as {"error": "<code>"} with the codes of
// ErrorCode.
//
// Each package's tests run the cases of its kinds; `go run ./examples/golden`
// runs them all and prints a report.
package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/internal/strictjson"
)

// Case is one golden case as stored in its file.
type Case struct {
	Title    string          `json:"title"`
	Articles []string        `json:"articles"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Expect   json.RawMessage `json:"expect"`
	// Note is optional: where the expected figure comes from.
	Note string `json:"note,omitempty"`
}

// Outcome is the result of running one case.
type Outcome struct {
	File     string   `json:"file"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
	Kind     string   `json:"kind"`
	Pass     bool     `json:"pass"`
	Expected string   `json:"expected"` // canonical JSON
	Actual   string   `json:"actual"`   // canonical JSON
	// Explanation is how the library reached its answer.
	Explanation []string `json:"explanation,omitempty"`
	// Problem says why a case could not be run (a malformed file); such a
	// case does not pass.
	Problem string `json:"problem,omitempty"`
}

// kind is one computation a case can name.
type kind struct {
	// run decodes the input, computes, and returns the output value (whose
	// JSON is compared with expect), the explanation, and an error only for
	// a malformed input.
	run func(input json.RawMessage) (out any, explanation []string, err error)
	// expect decodes the expected output into the same type as run's.
	expect func(raw json.RawMessage) (any, error)
}

// define makes a kind from a function on typed input and output.
func define[In, Out any](f func(In) (Out, []string)) kind {
	return kind{
		run: func(raw json.RawMessage) (any, []string, error) {
			var in In
			if err := decodeStrict(raw, &in); err != nil {
				return nil, nil, fmt.Errorf("input: %w", err)
			}
			out, expl := f(in)
			return out, expl, nil
		},
		expect: func(raw json.RawMessage) (any, error) {
			var out Out
			if err := decodeStrict(raw, &out); err != nil {
				return nil, fmt.Errorf("expect: %w", err)
			}
			return out, nil
		},
	}
}

// kinds lists every case kind. Each package adds its own in a file of this
// package named after it.
var kinds = func() map[string]kind {
	m := map[string]kind{}
	for _, ks := range []map[string]kind{calendarKinds(), levyKinds(), eligibilityKinds(), claimsKinds(), benefitsKinds(), ledgerKinds()} {
		for name, k := range ks {
			m[name] = k
		}
	}
	return m
}()

// codeTarget pairs an error code with the error it names; lists of them are
// searched in order, most specific first, so that an error wrapping two
// targets always gets the same code.
type codeTarget struct {
	code   string
	target error
}

// Kinds returns the names of the kinds a case can have, sorted.
func Kinds() []string {
	out := make([]string, 0, len(kinds))
	for name := range kinds {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

func decodeStrict(raw []byte, v any) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return errors.New("missing")
	}
	return strictjson.Decode(raw, v)
}

// ParseCase reads a case file's bytes strictly.
func ParseCase(data []byte) (Case, error) {
	var c Case
	if err := decodeStrict(data, &c); err != nil {
		return Case{}, err
	}
	switch {
	case strings.TrimSpace(c.Title) == "":
		return Case{}, errors.New("no title")
	case len(c.Articles) == 0:
		return Case{}, errors.New("no articles")
	case c.Kind == "":
		return Case{}, errors.New("no kind")
	}
	if _, ok := kinds[c.Kind]; !ok {
		return Case{}, fmt.Errorf("unknown kind %q (known: %s)", c.Kind, strings.Join(Kinds(), ", "))
	}
	return c, nil
}

// Run runs one case.
func Run(file string, c Case) Outcome {
	o := Outcome{File: file, Title: c.Title, Articles: c.Articles, Kind: c.Kind}
	k := kinds[c.Kind]
	want, err := k.expect(c.Expect)
	if err != nil {
		o.Problem = err.Error()
		return o
	}
	got, expl, err := k.run(c.Input)
	if err != nil {
		o.Problem = err.Error()
		return o
	}
	o.Expected = canonical(want)
	o.Actual = canonical(got)
	o.Explanation = expl
	o.Pass = o.Expected == o.Actual
	return o
}

func canonical(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return string(b)
}

// RunFile reads and runs one case file.
func RunFile(path string) Outcome {
	data, err := os.ReadFile(path)
	if err != nil {
		return Outcome{File: path, Problem: err.Error()}
	}
	c, err := ParseCase(data)
	if err != nil {
		return Outcome{File: path, Problem: err.Error()}
	}
	return Run(path, c)
}

// RunDir runs every *.json case below dir, in path order. Files under a
// directory named "rapid" (saved property-test failures) are not cases.
func RunDir(dir string) ([]Outcome, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "rapid" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("golden: no *.json cases under %s", dir)
	}
	sort.Strings(files)
	out := make([]Outcome, len(files))
	for i, f := range files {
		out[i] = RunFile(f)
	}
	return out, nil
}

// Report writes a readable report of the outcomes: for each case its file,
// title, articles and verdict, and for a failure the expected and actual
// output and the explanation (verbose shows the explanation of every case).
// It returns the number of cases that did not pass.
func Report(w io.Writer, outcomes []Outcome, verbose bool) int {
	failed := 0
	for _, o := range outcomes {
		verdict := "PASS"
		if !o.Pass {
			verdict = "FAIL"
			failed++
		}
		fmt.Fprintf(w, "%s  %s\n", verdict, o.File)
		if o.Title != "" {
			fmt.Fprintf(w, "      %s (%s)\n", o.Title, strings.Join(o.Articles, "、"))
		}
		if o.Problem != "" {
			fmt.Fprintf(w, "      the case cannot be run: %s\n", o.Problem)
			continue
		}
		if !o.Pass {
			fmt.Fprintf(w, "      expected: %s\n      actual:   %s\n", o.Expected, o.Actual)
		}
		if !o.Pass || verbose {
			for _, line := range o.Explanation {
				fmt.Fprintf(w, "        · %s\n", line)
			}
		}
	}
	fmt.Fprintf(w, "\n%d passed, %d failed\n", len(outcomes)-failed, failed)
	return failed
}

// TB is the part of *testing.T that CheckDir uses.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// CheckDir runs every case under dir and fails t for each one that does not
// pass, with the readable report of that case: each package's tests call it
// on its own cases.
func CheckDir(t TB, dir string) {
	t.Helper()
	outcomes, err := RunDir(dir)
	if err != nil {
		t.Fatalf("%v", err)
	}
	for _, o := range outcomes {
		if !o.Pass {
			var sb strings.Builder
			Report(&sb, []Outcome{o}, true)
			t.Errorf("golden case %s:\n%s", o.File, sb.String())
		}
	}
}

// Package jsontest holds, for the tests of every JSON reader, the hostile
// shapes issue 18 reproduced (deep nesting, numbers that explode, long
// keys and strings, identity numbers in keys and values, null) and the
// check that a refusal is bounded and masked. Tests only.
package jsontest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/jsonerr"
)

// ID is an identity-number-shaped value (18 characters) that no message
// may echo.
const ID = "110101199003071234"

// Hostile is one adversarial input and, when every reader must refuse it
// with the same kind whatever it reads, that kind.
type Hostile struct {
	Name string
	Data []byte
	Kind error // nil: the kind depends on the reader
}

// Inputs returns the hostile inputs at full size (megabytes): for table
// tests that feed every reader the same bytes.
func Inputs() []Hostile {
	return []Hostile{
		{"deep lists", []byte(strings.Repeat("[", 3_000_000)), jsoncode.ErrTooDeep},
		{"deep lists of objects", []byte(strings.Repeat(`[{"k":`, 500_000)), jsoncode.ErrTooDeep},
		{"megabyte number", []byte("[" + strings.Repeat("9", 1<<20) + "]"), jsoncode.ErrNumber},
		{"huge exponent", []byte(`[1e999999999]`), jsoncode.ErrNumber},
		{"huge exponent string", []byte(`["1e999999999"]`), nil},
		{"megabyte string", []byte(`["` + strings.Repeat("x", 1<<20) + `"]`), jsoncode.ErrStringLength},
		{"megabyte key", []byte(`[{"` + strings.Repeat("k", 1<<20) + `":1}]`), jsoncode.ErrKeyLength},
		{"ID key", []byte(`{"` + ID + `":"` + ID + `"}`), nil},
		{"ID key twice", []byte(`[{"` + ID + `":1,"` + ID + `":2}]`), nil}, // unknown first, for a list of structs
		{"null", []byte(`null`), jsoncode.ErrNull},
		{"trailing", []byte(`[] []`), nil},
		{"not JSON", []byte(`{"a":` + ID), jsoncode.ErrSyntax},
	}
}

// Seeds are the same shapes, small, for fuzz corpora.
func Seeds() [][]byte {
	return [][]byte{
		[]byte(strings.Repeat("[", 100)),
		[]byte(strings.Repeat(`{"a":`, 70)),
		[]byte("[" + strings.Repeat("9", 60) + "]"),
		[]byte(`[1e999999999]`),
		[]byte(`["1e999999999"]`),
		[]byte(`["` + strings.Repeat("x", 200) + `"]`),
		[]byte(`{"` + strings.Repeat("k", 200) + `":1}`),
		[]byte(`{"` + ID + `":"` + ID + `"}`),
		[]byte(`[{"` + ID + `":1,"` + ID + `":2}]`),
		[]byte(`null`),
		[]byte(`{"a":null}`),
		[]byte(`{"at":"2026-01-02T10:00:00,5+08:00"}`),
	}
}

var idShaped = regexp.MustCompile(`[0-9０-９]{15,}|[0-9]{17}[Xx]`)

// MaxMessage is how long a reader's message may be: the strict layer's
// bound and a reader's own prefix.
const MaxMessage = jsoncode.MaxMessage + 200

// TB is the part of testing.TB (and *rapid.T) Check uses.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

// Check fails t when err's message is longer than MaxMessage or shows
// anything shaped like an identity number.
func Check(t TB, err error) {
	t.Helper()
	CheckMax(t, err, MaxMessage)
}

// CheckMax is Check with the bound max (a message that adds a fixed help
// text, such as the golden runner's list of kinds).
func CheckMax(t TB, err error, max int) {
	t.Helper()
	if err == nil {
		return
	}
	msg := err.Error()
	if len(msg) > max {
		t.Errorf("message of %d bytes: %.200s…", len(msg), msg)
	}
	if idShaped.MatchString(msg) {
		t.Errorf("message echoes an identity-number shape: %.300s", msg)
	}
}

// FlagTB is what ThroughFlag needs of a *testing.T.
type FlagTB interface {
	TB
	TempDir() string
	Fatal(args ...any)
}

// ThroughFlag writes each hostile input, and one a byte over
// jsonerr.MaxBytes, to a file and gives its path to run (an example
// program's run with the flag that reads it, returning its exit code and
// what it wrote to standard error): each must end in exit code 1 with a
// short message echoing no identity number; the oversize file is refused
// as too large.
func ThroughFlag(t FlagTB, run func(path string) (code int, stderr string)) {
	t.Helper()
	dir := t.TempDir()
	inputs := append(Inputs(), Hostile{Name: "oversize", Data: append([]byte(strings.Repeat(" ", jsonerr.MaxBytes)), '{', '}')})
	for i, h := range inputs {
		path := filepath.Join(dir, strings.ReplaceAll(h.Name, " ", "-")+".json")
		if err := os.WriteFile(path, h.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		code, stderr := run(path)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (%.200s)", h.Name, code, stderr)
		}
		msg := strings.TrimSpace(strings.ReplaceAll(stderr, path, "FILE"))
		Check(t, textErr(msg))
		if i == len(inputs)-1 && !strings.Contains(msg, "too large") && !strings.Contains(msg, "过大") {
			t.Errorf("oversize: %s", msg)
		}
	}
}

type textErr string

func (e textErr) Error() string { return string(e) }

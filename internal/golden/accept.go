package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// ErrNotAccepted is returned by Accept for a case that cannot be run: its
// expectation is left as it is.
var ErrNotAccepted = errors.New("golden: case cannot be run, nothing accepted")

// Accept runs the case file at path and, when it fails, writes its actual
// output as the file's new expectation: only the value of "expect" is
// replaced, the rest of the file (title, note, input, their layout) is kept
// byte for byte. It returns the outcome before the change (so that the
// caller prints the differences it accepted) and whether the file changed.
// This is the golden-file convention of Go's own tests (-update), for one
// named case at a time.
func Accept(path string) (Outcome, bool, error) {
	o := RunFile(path)
	if o.Problem != "" {
		return o, false, fmt.Errorf("%w: %s: %s", ErrNotAccepted, path, o.Problem)
	}
	if o.Pass {
		return o, false, nil
	}
	data, err := readFile(path)
	if err != nil {
		return o, false, err
	}
	out, err := replaceExpect(data, []byte(o.Actual))
	if err != nil {
		return o, false, fmt.Errorf("golden: %s: %w", path, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		return o, false, err
	}
	if err := os.WriteFile(path, out, info.Mode().Perm()); err != nil {
		return o, false, err
	}
	return o, true, nil
}

// ReplaceExpect returns the case file data with the value of its
// top-level "expect" replaced by value, indented like the key: the rest of
// the file (title, note, input, their layout) is kept byte for byte.
func ReplaceExpect(data, value []byte) ([]byte, error) { return replaceExpect(data, value) }

// replaceExpect replaces the value of the top-level "expect" in data by
// value, indented like the key.
func replaceExpect(data, value []byte) ([]byte, error) {
	start := valueOffset(data, "expect")
	if start < 0 {
		return nil, errors.New("no \"expect\" in the file")
	}
	dec := json.NewDecoder(bytes.NewReader(data[start:]))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	end := start + int(dec.InputOffset())
	// The key's indentation: the whitespace at the start of its line.
	ls := bytes.LastIndexByte(data[:start], '\n') + 1
	indent := ls
	for indent < start && (data[indent] == ' ' || data[indent] == '\t') {
		indent++
	}
	var v bytes.Buffer
	if err := json.Indent(&v, value, string(data[ls:indent]), "  "); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data)+v.Len())
	out = append(out, data[:start]...)
	out = append(out, v.Bytes()...)
	out = append(out, data[end:]...)
	return out, nil
}

// Package cli holds what the example programs share: reading an input file
// or standard input, writing indented JSON, and placing output files
// (Outputs). Flags are parsed by package msg (msg.New, msg.ParseFlags).
package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
)

// ReadInput reads the file at path, or stdin when path is "-", at most
// jsonerr.MaxBytes (8 MiB): a larger input is refused before it is read
// (a regular file by its size; stdin after that many bytes). A missing
// file's error says to run from the repository's root, where the samples'
// default paths point.
func ReadInput(path string, stdin io.Reader) ([]byte, error) {
	return ReadInputMax(path, stdin, jsonerr.MaxBytes)
}

// ReadInputMax is ReadInput with the limit max bytes.
func ReadInputMax(path string, stdin io.Reader, max int) ([]byte, error) {
	if path == "-" {
		return strictjson.ReadAll(stdin, max)
	}
	data, err := ReadFile(path, max)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w (run it from the repository's root, or give the file)", err)
	}
	return data, err
}

// ReadFile reads the file at path, at most max bytes: a regular file
// larger than that is refused from its size, before it is read, and any
// other after max+1 bytes.
func ReadFile(path string, max int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > int64(max) {
		return nil, fmt.Errorf("%s: %w", path, strictjson.TooLarge(max, fmt.Sprint(fi.Size())))
	}
	data, err := strictjson.ReadAll(f, max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

// WriteJSON writes v as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// Outputs places the files an example writes: a bare file name
// (report.html) goes to a new temporary folder (os.MkdirTemp, one for the
// run, named with Prefix), so that a command run from the repository's root
// leaves no file in it; a path with a folder (./report.html,
// /tmp/report.html) is written exactly there. The zero Outputs uses the
// prefix "zhishang-".
type Outputs struct {
	Prefix string
	tmp    string
}

// File is where the output named name is written.
func (o *Outputs) File(name string) (string, error) {
	if filepath.Base(name) != name || name == "." || name == ".." {
		return name, nil
	}
	if o.tmp == "" {
		prefix := o.Prefix
		if prefix == "" {
			prefix = "zhishang-"
		}
		dir, err := os.MkdirTemp("", prefix)
		if err != nil {
			return "", err
		}
		o.tmp = dir
	}
	return filepath.Join(o.tmp, name), nil
}

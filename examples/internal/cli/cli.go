// Package cli holds what the example programs share: flag parsing with the
// exit codes they document, reading an input file or standard input, and
// writing indented JSON.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Parse parses args with fs (whose Usage the caller set). It returns ok =
// false and the exit code when the program should stop: 0 for -h, 2 for bad
// flags or unexpected arguments (the usage is printed).
func Parse(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, false
	}
	return 0, true
}

// ReadInput reads the file at path, or stdin when path is "-". A missing
// file's error says to run from the repository's root, where the samples'
// default paths point.
func ReadInput(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%v (run it from the repository's root, or give the file)", err)
	}
	return data, nil
}

// WriteJSON writes v as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

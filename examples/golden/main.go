// Command golden runs every golden case under testdata/golden and prints a
// readable report: for each case its file, its title and articles, PASS or
// FAIL, and for a failure the expected and the actual output with the
// library's explanation. Policy staff add a case by copying a file and
// editing it; no Go is needed.
//
// Usage:
//
//	go run ./examples/golden                 # every case under testdata/golden
//	go run ./examples/golden -v              # with every explanation
//	go run ./examples/golden testdata/golden/calendar/declaration-2024-02-published.json
//	go run ./examples/golden -json           # the outcomes as JSON
//	go run ./examples/golden -kinds          # the kinds a case can have
//
// It exits with status 1 when a case fails or cannot be run.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/internal/golden"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("golden", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "testdata/golden", "the `directory` whose *.json cases to run")
	verbose := fs.Bool("v", false, "print the explanation of every case, not only of failures")
	asJSON := fs.Bool("json", false, "print the outcomes as JSON")
	listKinds := fs.Bool("kinds", false, "list the kinds a case can have and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: golden [-v] [-json] [-dir DIR] [CASE.json ...]\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil { // case files may follow the flags: no cli.Parse
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *listKinds {
		fmt.Fprintln(stdout, strings.Join(golden.Kinds(), "\n"))
		return 0
	}
	var outcomes []golden.Outcome
	if fs.NArg() > 0 {
		for _, f := range fs.Args() {
			outcomes = append(outcomes, golden.RunFile(f))
		}
	} else {
		var err error
		if outcomes, err = golden.RunDir(*dir); err != nil {
			fmt.Fprintf(stderr, "golden: %v (run it from the repository's root, or give -dir)\n", err)
			return 1
		}
	}
	failed := 0
	if *asJSON {
		for _, o := range outcomes {
			if !o.Pass {
				failed++
			}
		}
		if err := cli.WriteJSON(stdout, outcomes); err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 1
		}
	} else {
		failed = golden.Report(stdout, outcomes, *verbose)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

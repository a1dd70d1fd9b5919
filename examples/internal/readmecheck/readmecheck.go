// Package readmecheck reads the commands of README.md that run an example
// program, so that a test (readmecheck_test.go, run by CI) runs each one as
// written from the repository's root and fails when one does not run.
//
// A command is a line of a ```sh block that contains `go run ./examples/`;
// what follows an unquoted " #" is its comment. A command that exits with a
// status other than 0 by design says so in its comment as "(exit N" (for
// example "(exit 3: something missing)"), and must exit with N.
//
// Plan turns a command into what the test runs: each `go run
// ./examples/NAME` becomes the example's binary, built once; each output
// file it names by a path (the value of -html or -export-xlsx, the target
// of a > other than /dev/null) goes to a temporary folder, and so does an
// input an earlier command wrote there (an output named by a bare file
// name is left as written: the example puts it in a new folder under
// $TMPDIR, which the test points at a folder of its own); a -rows count above a bound (the one
// heavy command: ten million generated orders) is lowered to it. Nothing
// else of the command changes.
//
// It is for the examples' tests only.
package readmecheck

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Command is one command of README.md.
type Command struct {
	Line int    // its line in README.md, from 1
	Text string // as written, without its comment
	Exit int    // the exit status README promises: 0 unless its comment says "(exit N"
}

var exitMark = regexp.MustCompile(`\(exit (\d+)`)

// Commands lists the commands of readme's ```sh blocks that run an example.
func Commands(readme []byte) []Command {
	var out []Command
	in := false
	sc := bufio.NewScanner(bytes.NewReader(readme))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") {
			in = !in && trimmed == "```sh"
			continue
		}
		if !in || !strings.Contains(line, "go run ./examples/") {
			continue
		}
		text, comment := splitComment(trimmed)
		c := Command{Line: n, Text: strings.TrimSpace(text)}
		if m := exitMark.FindStringSubmatch(comment); m != nil {
			c.Exit, _ = strconv.Atoi(m[1])
		}
		out = append(out, c)
	}
	return out
}

// splitComment splits a shell line at its first " #" outside quotes.
func splitComment(line string) (text, comment string) {
	var quote byte
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return line[:i], line[i:]
		}
	}
	return line, ""
}

// Fields splits a command into words, as a shell would for the commands
// README writes: by blanks, a quoted word kept whole with its quotes.
func Fields(text string) []string {
	var out []string
	var cur strings.Builder
	var quote byte
	in := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case quote != 0:
			cur.WriteByte(c)
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
			cur.WriteByte(c)
			in = true
		case c == ' ' || c == '\t':
			if in {
				out = append(out, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if in {
		out = append(out, cur.String())
	}
	return out
}

// Plan is how a command is run.
type Plan struct {
	Shell    string   // the line to give bash -o pipefail -c, from the repository's root
	Examples []string // the examples it runs (./examples/NAME → NAME)
	Outputs  []string // the files it writes, under tmp
	// Bare are the outputs it names by a bare file name (report.html),
	// which the example writes in a new folder under $TMPDIR.
	Bare    []string
	Inputs  []string // the files it reads from the repository, as written
	Changes []string // what differs from README, for the log
}

// outputFlags are the flags whose value is a file an example writes.
var outputFlags = map[string]bool{"-html": true, "-export-xlsx": true}

// inputFlags are the flags whose value is a file an example reads.
var inputFlags = map[string]bool{"-schedule": true, "-overrides": true, "-orders": true, "-params": true,
	"-case": true, "-regulation": true, "-import-xlsx": true, "-dir": true, "-write": true}

// PlanOf plans the command c: examples run from bin, outputs go to tmp,
// -rows at most maxRows (0: as written). root is the repository's root.
func PlanOf(c Command, root, bin, tmp string, maxRows int) (Plan, error) {
	var p Plan
	words := Fields(c.Text)
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "go" && i+2 < len(words) && words[i+1] == "run" && strings.HasPrefix(words[i+2], "./examples/"):
			name := strings.TrimPrefix(words[i+2], "./examples/")
			if name == "" || strings.ContainsAny(name, "/.") {
				return Plan{}, fmt.Errorf("README.md:%d: %q is not an example", c.Line, words[i+2])
			}
			p.Examples = append(p.Examples, name)
			out = append(out, quote(filepath.Join(bin, name)))
			i += 2
		case w == ">" && i+1 < len(words):
			target := words[i+1]
			if target != "/dev/null" {
				target = filepath.Join(tmp, filepath.Base(target))
				p.Outputs = append(p.Outputs, target)
				p.Changes = append(p.Changes, "> "+words[i+1]+" → "+target)
				target = quote(target)
			}
			out = append(out, ">", target)
			i++
		case outputFlags[w] && i+1 < len(words) && filepath.Base(words[i+1]) == words[i+1]:
			p.Bare = append(p.Bare, words[i+1])
			out = append(out, w, words[i+1])
			i++
		case outputFlags[w] && i+1 < len(words):
			target := filepath.Join(tmp, filepath.Base(words[i+1]))
			p.Outputs = append(p.Outputs, target)
			p.Changes = append(p.Changes, w+" "+words[i+1]+" → "+target)
			out = append(out, w, quote(target))
			i++
		case inputFlags[w] && i+1 < len(words) && words[i+1] != "-":
			v := words[i+1]
			if _, err := os.Stat(filepath.Join(root, v)); err != nil {
				// Written by an earlier command (cases.xlsx): it is in tmp.
				if _, err := os.Stat(filepath.Join(tmp, filepath.Base(v))); err == nil {
					p.Changes = append(p.Changes, w+" "+v+" → "+filepath.Join(tmp, filepath.Base(v)))
					v = quote(filepath.Join(tmp, filepath.Base(v)))
				} else {
					return Plan{}, fmt.Errorf("README.md:%d: %s %s: no such file in the repository", c.Line, w, v)
				}
			} else {
				p.Inputs = append(p.Inputs, v)
			}
			out = append(out, w, v)
			i++
		case w == "-rows" && i+1 < len(words):
			n, err := strconv.Atoi(words[i+1])
			if err != nil {
				return Plan{}, fmt.Errorf("README.md:%d: -rows %q", c.Line, words[i+1])
			}
			if maxRows > 0 && n > maxRows {
				p.Changes = append(p.Changes, fmt.Sprintf("-rows %d → %d (sized down for CI)", n, maxRows))
				n = maxRows
			}
			out = append(out, w, strconv.Itoa(n))
			i++
		default:
			out = append(out, w)
		}
	}
	if len(p.Examples) == 0 {
		return Plan{}, fmt.Errorf("README.md:%d: no `go run ./examples/NAME` in %q", c.Line, c.Text)
	}
	p.Shell = strings.Join(out, " ")
	return p, nil
}

// quote is s as one shell word.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

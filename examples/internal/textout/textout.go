// Package textout holds what the example programs need to print text that
// people read: columns aligned by display width (a CJK character takes two
// cells; measured with github.com/mattn/go-runewidth, not a table of our
// own), 是/否 instead of Go's true/false, and the sample files found from
// the module root or from the example's own folder.
//
// It is for examples only: the library packages do not import it.
package textout

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-runewidth"
)

// Width is the number of terminal cells s takes.
func Width(s string) int { return runewidth.StringWidth(s) }

// Pad returns s followed by spaces up to width cells (s itself when it is
// wider).
func Pad(s string, width int) string {
	if w := Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// PadLeft returns s preceded by spaces up to width cells.
func PadLeft(s string, width int) string {
	if w := Width(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}

// Columns returns, for rows of cells, the display width of each column.
func Columns(rows [][]string) []int {
	var ws []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(ws) {
				ws = append(ws, 0)
			}
			if w := Width(c); w > ws[i] {
				ws[i] = w
			}
		}
	}
	return ws
}

// Table formats rows with each column padded to its display width and two
// spaces between columns; every line starts with indent.
func Table(indent string, rows [][]string) string {
	ws := Columns(rows)
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(indent)
		for i, c := range r {
			if i == len(r)-1 {
				b.WriteString(c)
				break
			}
			b.WriteString(Pad(c, ws[i]))
			b.WriteString("  ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// YesNo returns 是 or 否.
func YesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// Locate returns the path of a file given relative to the repository root
// (such as testdata/claims/case-sample.json): rel itself when it exists from
// the working directory, else the same path under the nearest parent
// directory that holds a go.mod and has it, looking no further than the
// library's own module root (the go.mod of github.com/zhishang/zhishang;
// the golden report program's module, examples/golden/go.mod, is passed on the
// way). So an
// example runs from the repository root and from its own folder. When
// neither exists it returns rel, for the caller's error.
func Locate(rel string) string {
	if filepath.IsAbs(rel) || rel == "-" {
		return rel
	}
	if _, err := os.Stat(rel); err == nil {
		return rel
	}
	dir, err := os.Getwd()
	if err != nil {
		return rel
	}
	for i := 0; i < 6; i++ {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, rel)
			if _, err := os.Stat(p); err == nil {
				return p
			}
			if isLibraryModule(mod) {
				return rel
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return rel
}

// isLibraryModule reports whether a go.mod's module line names the library.
func isLibraryModule(gomod []byte) bool {
	for _, line := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`) == "github.com/zhishang/zhishang"
		}
	}
	return false
}

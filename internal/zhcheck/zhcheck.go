// Package zhcheck checks, for tests, that a Chinese explanation renders an
// English one: as many lines, each with Chinese in it, carrying every figure
// (amount, date, count, parameter value) of the English lines.
package zhcheck

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

var number = regexp.MustCompile(`\d+(?:\.\d+)?`)

// HasHan reports whether s holds a Chinese character.
func HasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Missing returns the figures of en that zh does not carry.
func Missing(en, zh []string) []string {
	have := map[string]bool{}
	for _, n := range number.FindAllString(strings.Join(zh, "\n"), -1) {
		have[n] = true
	}
	var out []string
	for _, n := range number.FindAllString(strings.Join(en, "\n"), -1) {
		if !have[n] {
			out = append(out, n)
		}
	}
	return out
}

// Check fails t unless zh renders en: not empty, every line with Chinese in
// it, every figure of en in zh. sameLines also asks for one Chinese line an
// English one.
func Check(t testing.TB, en, zh []string, sameLines bool) {
	t.Helper()
	if len(zh) == 0 {
		t.Fatalf("no Chinese lines for %q", en)
	}
	if sameLines && len(zh) != len(en) {
		t.Errorf("%d Chinese lines for %d English ones:\nEN: %s\nZH: %s", len(zh), len(en), strings.Join(en, "\n"), strings.Join(zh, "\n"))
	}
	for _, l := range zh {
		if !HasHan(l) {
			t.Errorf("a Chinese line without Chinese: %q", l)
		}
	}
	if m := Missing(en, zh); len(m) > 0 {
		t.Errorf("figures %v of the English lines are not in the Chinese ones:\nEN: %s\nZH: %s", m, strings.Join(en, "\n"), strings.Join(zh, "\n"))
	}
}

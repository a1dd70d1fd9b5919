// Package codetest checks a package's list of error codes (its Codes
// function) in that package's own tests: every code has a stable
// snake_case identifier, an English message, a Chinese meaning and an
// action, and no two codes of the package share an identifier or a
// meaning.
package codetest

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/zhishang/zhishang/errcode"
)

var snake = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// Check fails t for every code of codes that is zero, listed twice, has an
// identifier that is not snake_case, an empty English message, a Chinese
// meaning without Chinese, an action outside the list, or an identifier or
// Chinese meaning another code of the list has; and for a code that does
// not match itself with errors.Is through two wrappings.
func Check(t *testing.T, codes []errcode.Code) {
	t.Helper()
	if len(codes) == 0 {
		t.Fatal("no codes listed")
	}
	ids := map[string]int{}
	zhs := map[string]int{}
	seen := map[errcode.Code]int{}
	for i, c := range codes {
		name := fmt.Sprintf("#%d %q", i, c.Code())
		if c.IsZero() {
			t.Errorf("%s: the zero Code is listed", name)
			continue
		}
		if j, ok := seen[c]; ok {
			t.Errorf("%s: listed twice (also #%d)", name, j)
		}
		seen[c] = i
		if !snake.MatchString(c.Code()) {
			t.Errorf("%s: the identifier is not snake_case", name)
		}
		if j, ok := ids[c.Code()]; ok {
			t.Errorf("%s: the identifier of #%d too", name, j)
		}
		ids[c.Code()] = i
		if strings.TrimSpace(c.Error()) == "" {
			t.Errorf("%s: no English message", name)
		}
		if !hasHan(c.Chinese()) {
			t.Errorf("%s: the Chinese meaning %q has no Chinese", name, c.Chinese())
		}
		if j, ok := zhs[c.Chinese()]; ok {
			t.Errorf("%s: the Chinese meaning of #%d too: %s", name, j, c.Chinese())
		}
		zhs[c.Chinese()] = i
		if a := c.Action(); a != errcode.Stop && a != errcode.SkipRow && a != errcode.FixCall {
			t.Errorf("%s: action %v outside the list", name, a)
		}
		wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", c))
		if !errors.Is(wrapped, c) || errcode.Of(wrapped) != c {
			t.Errorf("%s: not found through wrapping", name)
		}
		fe := errcode.Field(c, "field", "110101199003071234")
		if !errors.Is(fe, c) || strings.Contains(fe.Error(), "1234") || strings.Contains(fe.Chinese(), "1234") {
			t.Errorf("%s: a FieldError with it does not match it or echoes an identity number: %s / %s", name, fe.Error(), fe.Chinese())
		}
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

package param

import (
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/internal/redact/redacttest"
	"pgregory.net/rapid"
)

// shown never shows four digits in a row of an identity-number-shaped run
// (第七十九条), nor does a value's range error (redact.Value), whatever
// surrounds the run and wherever a host's text is cut.
func TestShownShowsNoIdentityNumber(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := redacttest.Input(t)
		for n := 0; n <= len(s); n++ {
			for _, in := range []string{s[n:], s[:n]} {
				out := shown(in) // its length is its own number

				if w := redacttest.Leak(in, out, strconv.Itoa(utf8.RuneCountInString(in))); w != "" {
					t.Fatalf("shown(%q) = %q shows %s", in, out, w)
				}
				if w := redacttest.Leak(in, redact.Value(in)); w != "" {
					t.Fatalf("Value(%q) shows %s", in, w)
				}
			}
		}
	})
}

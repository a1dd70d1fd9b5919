package eligibility

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/internal/redact/redacttest"
	"pgregory.net/rapid"
)

// No error echo shows four digits in a row of an identity-number-shaped
// run (第七十九条; the shape is redact's): a field's value (echo, quoted
// as errcode.FieldError and the ID errors quote it), a reason's text and a field's
// name in Batch's unlisted keys, at every cut.
func TestEchoShowsNoIdentityNumber(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := redacttest.Input(t)
		check := func(what, out string) {
			if w := redacttest.Leak(s, out); w != "" {
				t.Fatalf("%s of %q = %q shows %s", what, s, out, w)
			}
		}
		check("echo", echo(s))
		check("quoteEcho", quoteEcho(echo(s)))
		// boundedField only bounds; its field is always shown through
		// appendBounded, which masks (reasonOf.append).
		check("a reason's field", string(reasonOf{boundedField(s), "x"}.append(nil)))
		check("a reason's text", string(reasonOf{"f", s}.append(nil)))
		check("appendBounded field", string(appendBounded(nil, s, "x")))
		for n := 0; n <= len(s)+1; n++ {
			check(fmt.Sprint("echoN ", n), echoN(s, n))
		}
	})
}

// The reviewer's straddle: echoN used to look at 4n bytes only; a run of
// digits reaching past them was judged by the digits before the cut. Now
// the run is masked whole. (30 full-width digits, masked, take 90 bytes
// and show as 30 '*', which brings byte 91 into the 32 shown.)
func TestEchoStraddle(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("１", 28) + "a" + "123" + strings.Repeat("４", 15),
		strings.Repeat("１", 30) + "a" + "1" + strings.Repeat("４", 17),
	} {
		got := echo(s)
		if w := redacttest.Leak(s, got); w != "" || strings.ContainsAny(got, "1234") {
			t.Errorf("echo(%q) = %q shows digits of the run after the a", s, got)
		}
	}
}

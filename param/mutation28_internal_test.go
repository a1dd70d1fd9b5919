package param

// Round 18 of the mutation study (issue 19).

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shown of a text it cannot quote whole shows its first characters only
// up to the first digit (第七十九条: not even three digits of an identity
// number), then its length.
func TestShownStopsAtTheFirstDigit(t *testing.T) {
	for _, s := range []string{"110101199003071234", "1234567xyz", "ab1101011990030712345"} {
		out := shown(s)
		assert.NotRegexp(t, regexp.MustCompile(`^"?[A-Za-z]*[0-9]`), out, "%q → %q", s, out)
		assert.NotContains(t, out, "110", "%q → %q", s, out)
	}
}

// Nor does it show a character nobody can see (%q would write it as hex
// digits, \u2000): the head stops there too.
func TestShownStopsAtAnInvisibleCharacter(t *testing.T) {
	long := strings.Repeat("a", 70)
	for _, s := range []string{"\u2000" + long, "\u0085" + long, "ab\u200b" + long} {
		out := shown(s)
		assert.NotContains(t, out, `\u`, "%q → %q", s, out)
		assert.NotContains(t, out, `\x`, "%q → %q", s, out)
	}
	assert.Equal(t, `"ab"…(73 characters)`, shown("ab\u200b"+long))
}

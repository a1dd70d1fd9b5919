package benefits

// Internal tests written for survivors of the issue 19 mutation study
// (testdata/mutation): the bounds on what an error quotes.

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A short plain value is quoted whole; a long one (over 32 characters)
// shows its first three characters and its length; a longer text from
// elsewhere is cut to 160 bytes.
func TestQuotedValuesAreBounded(t *testing.T) {
	if got := shown("abcdefghij"); got != `"abcdefghij"` {
		t.Errorf("shown of a short value: %s", got)
	}
	if got := shown(strings.Repeat("abcdefghij", 4)); got != `"abc"…(40 characters)` {
		t.Errorf("shown of a long value: %s", got)
	}
	// The shown part stops before a byte that starts no character, a
	// digit, or a character that does not print.
	for in, want := range map[string]string{
		"ab\xff" + strings.Repeat("c", 40):   `"ab"…(43 characters)`,
		"ab1" + strings.Repeat("c", 40):      `"ab"…(43 characters)`,
		"ab\u2028" + strings.Repeat("c", 40): `"ab"…(43 characters)`,
	} {
		if got := shown(in); got != want {
			t.Errorf("shown(%q) = %s, want %s", in, got, want)
		}
	}
	long := strings.Repeat("x", 400)
	cut := claimBound(long)
	if body := strings.TrimSuffix(cut, "…"); len(body) != 160 || body == cut {
		t.Errorf("claimBound: %d bytes, %q", len(body), cut[len(cut)-8:])
	}
	if exact := strings.Repeat("y", 160); claimBound(exact) != exact {
		t.Errorf("claimBound of exactly 160 bytes is not cut")
	}
	if !utf8.ValidString(claimBound(strings.Repeat("职", 100))) {
		t.Errorf("claimBound cut a character")
	}
}

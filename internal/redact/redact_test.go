package redact

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

func TestMask(t *testing.T) {
	for in, want := range map[string]string{
		"110101199003071234":         "******************",
		"id 11010119900307123X here": "id ****************** here",
		"11010119900307123x":         "******************",
		"110101900307123":            "***************",
		"11010190030712X":            "***************",
		"１１０１０１１９９００３０７１２３４":           "******************",
		"2026-01-02 13800138000 12.50": "2026-01-02 13800138000 12.50",
		"12345678901234":               "12345678901234",
		"":                             "",
		"a" + strings.Repeat("9", 40):  "a" + strings.Repeat("*", 40),
	} {
		assert.Equal(t, want, Mask(in), in)
	}
}

func TestShort(t *testing.T) {
	assert.Equal(t, "abc", Value("abc"))
	assert.Equal(t, strings.Repeat("k", 32)+"…", Value(strings.Repeat("k", 100)))
	// An ID that crosses the cut is masked whole first.
	assert.Equal(t, strings.Repeat("k", 20)+strings.Repeat("*", 12)+"…", Value(strings.Repeat("k", 20)+"110101199003071234"))
	// Cut at a character boundary.
	assert.Equal(t, "工伤…", Cut("工伤保险", 8))
}

var idShape = regexp.MustCompile(`[0-9０-９]{15,}|[0-9]{17}[Xx]|[0-9]{14}[Xx]`)

// Bytes that are not UTF-8 and characters that do not print become U+FFFD:
// quoted with %q they would be written with digits (\x85, \u2000).
func TestPrintable(t *testing.T) {
	assert.Equal(t, "a\uFFFDb\uFFFDc\uFFFDd", Printable("a\x85b\u2000c\x01d"))
	assert.Equal(t, "工伤 ok", Printable("工伤 ok"))
	for _, s := range []string{"00\x8500000000000000A", "\x0100000000000000", "\u200000000000000"} {
		q := fmt.Sprintf("%q", Value(s))
		assert.False(t, idShape.MatchString(q), q)
	}
}

// Short never shows an identity-number shape, nor more than n bytes and "…".
func TestShortProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`[0-9０-９Xxa-z工 \x00-\x1f\x{2000}\x{85}]{0,200}`).Draw(t, "s")
		if rapid.Bool().Draw(t, "invalid") {
			s = strings.ReplaceAll(s, "a", "\xc7")
		}
		n := rapid.IntRange(0, 80).Draw(t, "n")
		got := Short(s, n)
		if idShape.MatchString(got) || idShape.MatchString(fmt.Sprintf("%q", got)) {
			t.Fatalf("%q → %q shows an identity number", s, got)
		}
		if len(got) > n+len("…") {
			t.Fatalf("%q → %q longer than %d", s, got, n)
		}
	})
}

func TestHead(t *testing.T) {
	for in, want := range map[string]string{
		"":                   `""`,
		"abc":                `"abc"`,
		"职业伤":                `"职业伤"`,
		"abcd":               `"abc"…(4 characters)`,
		"110101199003071234": `"110"…(18 characters)`,
		"职业伤害保障":             `"职业伤"…(6 characters)`,
	} {
		if got := Head(in); got != want {
			t.Errorf("Head(%q) = %s, want %s", in, got, want)
		}
	}
}

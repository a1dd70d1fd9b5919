package benefits

// shown on its edges (第七十九条: never echo an identity number's shape;
// bounded), issue 19 round of seed 13.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShownEdges(t *testing.T) {
	for in, want := range map[string]string{
		"12345":                 `"12345"`,
		"123456":                `""…(6 characters)`,
		"ab12345c":              `"ab12345c"`,
		"ab123456":              `"ab"…(8 characters)`,
		"12345a12345":           `"12345a12345"`,
		"１２３４５":                 `"１２３４５"`,
		"x１２３４５６":               `"x"…(7 characters)`,
		strings.Repeat("a", 32): `"` + strings.Repeat("a", 32) + `"`,
		strings.Repeat("a", 33): `"aaa"…(33 characters)`,
		strings.Repeat("甲", 32): `"` + strings.Repeat("甲", 32) + `"`,
		strings.Repeat("甲", 33): `"甲甲甲"…(33 characters)`,
		"ab\x01cd":              `"ab"…(5 characters)`,
		"\xffabc":               `""…(4 characters)`,
		"a\xffbc":               `"a"…(4 characters)`,
		"":                      `""`,
	} {
		assert.Equal(t, want, shown(in), "%q", in)
	}
	for r, want := range map[rune]bool{'0': true, '9': true, '/': false, ':': false, '０': true, '９': true, '／': false, '：': false} {
		assert.Equal(t, want, shownDigit(r), "%q", r)
	}
}

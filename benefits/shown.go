package benefits

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// shown quotes a host's text for an error message, bounded (at most 32
// characters) and never echoing anything shaped like an identity number
// (第七十九条: a run of six digits): such a text is shown by its first
// characters before any digit and its length.
func shown(s string) string {
	n := utf8.RuneCountInString(s)
	run, shaped := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= 6 {
				shaped = true
			}
		} else {
			run = 0
		}
	}
	if n <= 32 && !shaped && utf8.ValidString(s) {
		return fmt.Sprintf("%q", s)
	}
	i, k := 0, 0
	for k < 3 && i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r >= '0' && r <= '9' {
			break
		}
		i += w
		k++
	}
	return fmt.Sprintf("%q…(%d characters)", strings.ToValidUTF8(s[:i], "?"), n)
}

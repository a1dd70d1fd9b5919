package claims

import (
	"fmt"
	"unicode/utf8"
)

// masked quotes a host's value for an error message without echoing it in
// full (DESIGN "Personal data", 第七十九条: an identity number typed into the
// wrong field must not reach a log): a known-length value is shown by its
// first three characters and its length.
func masked(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= 3 {
		return fmt.Sprintf("%q", s)
	}
	i, k := 0, 0
	for k < 3 {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
		k++
	}
	return fmt.Sprintf("%q…(%d characters)", s[:i], n)
}

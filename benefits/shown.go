package benefits

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zhishang/zhishang/internal/redact"
)

// shown quotes a host's text for an error message, bounded (at most 32
// characters) and never echoing anything shaped like an identity number
// (第七十九条: a run of six digits): such a text is shown by its first
// characters before any digit and its length. Full-width digits count as
// digits, and a text with a character that does not print (which %q would
// write as an escape of hex digits) is never quoted whole.
func shown(s string) string {
	n := utf8.RuneCountInString(s)
	run, shaped := 0, false
	for _, r := range s {
		if shownDigit(r) {
			if run++; run >= 6 {
				shaped = true
			}
		} else {
			run = 0
		}
	}
	if n <= 32 && !shaped && utf8.ValidString(s) && redact.Printable(s) == s {
		return fmt.Sprintf("%q", s)
	}
	i, k := 0, 0
	for k < 3 && i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if shownDigit(r) || r == utf8.RuneError || redact.Printable(string(r)) != string(r) {
			break
		}
		i += w
		k++
	}
	return fmt.Sprintf("%q…(%d characters)", strings.ToValidUTF8(s[:i], "?"), n)
}

// shownDigit reports an ASCII or a full-width digit.
func shownDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// shownNumber is a number from a host's file (a grade, an amount) as an
// error shows it: masked when it has an identity number's digits, at most
// redact.QuoteBytes bytes.
func shownNumber(s string) string { return redact.Value(s) }

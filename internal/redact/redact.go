// Package redact makes a value from the outside safe to quote in an error
// message: short, and never an identity number (个人信息, 沪人社福〔2025〕373号
// 第七十九条: an identity number typed into the wrong field or key must not
// reach a host's log). It is the one place that says what "shaped like an
// identity number" means; every reader's error that quotes input uses it.
package redact

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinDigitRun is the shortest run of digits Mask hides: 15, the length of
// the first-generation resident identity number (the second generation has
// 18, or 17 and a check character X). Shorter runs (a year, a count, an
// amount, an 11-digit telephone number) stay readable.
const MinDigitRun = 15

// Quote is the longest piece of a value an error quotes: QuoteBytes bytes
// of it (cut at a character boundary), then "…".
const QuoteBytes = 32

// isDigit counts ASCII and full-width digits (some exports write numbers
// full width).
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isX(r rune) bool { return r == 'X' || r == 'x' || r == 'Ｘ' || r == 'ｘ' }

// Mask returns s with every identity-number-shaped run replaced by '*'
// (one per character): a run of MinDigitRun or more digits, or of 14 or 17
// digits followed by a check character X, ASCII or full width. Anything
// else is unchanged; s is returned as it is when nothing is masked.
func Mask(s string) string { return mask(s, false) }

// mask is Mask; when cut, s is the head of a longer text, and a run of
// digits that reaches its end (or an incomplete character at its end) is
// masked whatever its length: the rest of it, beyond the cut, is unknown,
// and a run cut short must not show the digits an identity number begins
// with (第七十九条).
func mask(s string, cut bool) string {
	if !cut && !hasLongRun(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// A run of digits starting at i.
		j, n := i, 0
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !isDigit(r) {
				break
			}
			j += w
			n++
		}
		end := j
		if (n == 17 || n == 14) && j < len(s) {
			if r, w := utf8.DecodeRuneInString(s[j:]); isX(r) {
				end, n = j+w, n+1
			}
		}
		switch {
		case n >= MinDigitRun, n > 0 && cut && atEnd(s, end):
			b.WriteString(strings.Repeat("*", n))
			i = end
		case n > 0:
			b.WriteString(s[i:end])
			i = end
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+w])
			i += w
		}
	}
	return b.String()
}

// atEnd reports whether nothing but the start of an incomplete character
// follows byte i of s.
func atEnd(s string, i int) bool {
	return i == len(s) || len(s)-i < utf8.UTFMax && !utf8.FullRuneInString(s[i:])
}

// hasLongRun reports whether s has MinDigitRun−1 or more digits in a row
// (14 digits and an X is a masked shape too).
func hasLongRun(s string) bool {
	n := 0
	for _, r := range s {
		if isDigit(r) {
			n++
			if n >= MinDigitRun-1 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// Cut returns at most n bytes of s, cut at a character boundary, with "…"
// appended when anything was cut. It does not mask.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n < 0 {
		n = 0
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// Short is a value as an error may quote it: every byte that is not valid
// UTF-8 and every character that does not print replaced by U+FFFD (a
// quoting %q would otherwise write it as \x85 or \u2000, digits that could
// complete an identity number's shape, and a terminal would obey a control
// character), masked, then cut to n bytes. Only the first 4n+64 bytes are
// looked at, so its cost does not grow with s; a run of digits that
// reaches past them is masked whatever its length (its end is not seen),
// so no digit of an identity-number-shaped run is ever shown, however the
// cut falls.
func Short(s string, n int) string {
	s, cut := window(s, n, false)
	return Cut(mask(Printable(s), cut), n)
}

// HeadValue is Value of head, the first bytes of a longer text (a key a
// reader refused for its length, cut at its limit): a run of digits that
// reaches head's end is masked whatever its length, as the rest of it is
// not seen.
func HeadValue(head string) string {
	s, _ := window(head, QuoteBytes, true)
	return Cut(mask(Printable(s), true), QuoteBytes)
}

// Clip is s masked, then cut to n bytes at a character boundary ("…"
// after a cut), as Short but with s's bytes as they are: for a caller
// that quotes the result itself. Like Short it looks at 4n+64 bytes and
// masks a run of digits that reaches past them whatever its length.
func Clip(s string, n int) string {
	s, cut := window(s, n, false)
	return Cut(mask(s, cut), n)
}

// window is the head of s that Short and Clip look at: 4n+64 bytes, less
// an incomplete character at its end (its digit, if it is one, is then
// masked with the run before it), and whether anything was cut (always,
// when cut says s is a head already). Masking
// shrinks a full-width digit to one '*', so n bytes of masked text can
// come from nearly 3n bytes of s; 4n+64 leaves the text after them room.
func window(s string, n int, cut bool) (string, bool) {
	if n < 0 {
		n = 0
	}
	if n > len(s) {
		n = len(s) // 4n cannot wrap for a length that fits in memory
	}
	w := 4*n + 64
	if len(s) <= w && !cut {
		return s, false
	}
	s = s[:min(w, len(s))]
	for k := 1; k < utf8.UTFMax && k <= len(s); k++ {
		if utf8.RuneStart(s[len(s)-k]) {
			if !utf8.FullRuneInString(s[len(s)-k:]) {
				s = s[:len(s)-k]
			}
			break
		}
	}
	return s, true
}

// Printable returns s with every invalid byte and every character that
// does not print (unicode.IsPrint: controls, format characters, spaces
// other than U+0020) replaced by U+FFFD; s itself when there is none.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Value is Short(s, QuoteBytes): how an error quotes a key or a value.
func Value(s string) string { return Short(s, QuoteBytes) }

// Head quotes s for an error message without echoing it in full
// (第七十九条: an identity number typed into the wrong field must not reach
// a log): a value of up to three characters is quoted whole, a longer one
// by its first three characters and its length, "\"abc\"…(18 characters)".
func Head(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= 3 {
		return fmt.Sprintf("%q", s)
	}
	i := 0
	for k := 0; k < 3; k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return fmt.Sprintf("%q…(%d characters)", s[:i], n)
}

// Package idrune is the one rule, shared by eligibility's order, worker and
// platform IDs and the ledger's IDs, for which characters may stand in an
// ID: every one a person can see and tell apart from nothing. It judges by
// Unicode property from the standard library's tables, not by a hand list
// (issue 18: IDs that differ only by characters nobody can see counted one
// execution twice).
package idrune

import (
	"unicode"
	"unicode/utf8"
)

// Fault returns why an ID may not hold r, or "" when it may: U+FFFD (or a
// byte that is not UTF-8, which decodes as it), white space, a control or
// format (Cf) character, anything not graphic (unassigned, private use,
// surrogate, line or paragraph separator), Other_Default_Ignorable_Code_Point
// (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 among them), a
// variation selector, or the Braille script (U+2800 is a blank cell).
// Printable ASCII other than the space is always allowed.
func Fault(r rune) string {
	if r > 0x20 && r < 0x7f {
		return ""
	}
	switch {
	case r == utf8.RuneError:
		return "not UTF-8 (or U+FFFD, the mark of bytes already lost)"
	case unicode.Is(unicode.White_Space, r):
		return "white space"
	case unicode.IsControl(r):
		return "a control character"
	case unicode.Is(unicode.Cf, r):
		return "a format character (Cf), invisible"
	case !unicode.IsGraphic(r):
		return "not a graphic character (unassigned, private use, surrogate or separator)"
	case unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r):
		return "a default-ignorable code point, shown as nothing (such as a Hangul filler)"
	case unicode.Is(unicode.Variation_Selector, r):
		return "a variation selector, invisible"
	case unicode.Is(unicode.Braille, r):
		return "Braille (U+2800 is a blank cell)"
	}
	return ""
}

package eligibility

import (
	"fmt"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/idrune"
	"unicode/utf8"
)

// The ID rule. An order ID, a worker ID and a platform are keys: two of
// them that a clerk cannot tell apart on screen or paper must not be two
// keys, or one execution counts twice (每单必保 counts each execution once).
// So an ID is UTF-8 text whose every code point is visible and takes up
// room of its own, judged by Unicode properties (the standard library's
// tables, Unicode 15.0), not by a list of characters. Refused:
//
//   - a byte that is not UTF-8, and U+FFFD (the mark of bytes already lost);
//   - White_Space: U+0020 and every other space, anywhere in the ID (a key
//     is one token: "o 1", "o  1" and "o\u00a01" look alike);
//   - every code point that is not graphic (unicode.IsGraphic: letters,
//     marks, numbers, punctuation, symbols, spaces): controls (Cc), format
//     characters (Cf: U+200B, U+200D, U+2060, U+FEFF, tags, bidi controls),
//     private use (Co), surrogates (Cs), unassigned code points (Cn),
//     line and paragraph separators (Zl, Zp);
//   - Other_Default_Ignorable_Code_Point: graphic by category, yet shown
//     as nothing (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the
//     combining grapheme joiner U+034F, U+17B4, U+17B5, reserved U+2065,
//     U+FFF0–U+FFF8, U+E0000–U+E0FFF);
//   - Variation_Selector (U+180B–U+180D, U+180F, U+FE00–U+FE0F,
//     U+E0100–U+E01EF): marks that change only a glyph's look;
//   - the Braille script (U+2800–U+28FF): U+2800 is a blank cell, and the
//     patterns are not text an ID is made of.
//
// Together these cover Unicode's Default_Ignorable_Code_Point property
// (Other_Default_Ignorable_Code_Point, Cf and Variation_Selector are its
// parts) and every invisible code point. IDs that differ in visible
// characters that look alike (Latin a, Cyrillic а; a precomposed é and e
// followed by U+0301) are not judged: see CheckID.

// errUnclearID is matched (errors.Is) by every *idRefusal.
var errUnclearID = errcode.New("unclear_id", errcode.SkipRow,
	"eligibility: an ID holds a character a clerk cannot see or tell apart",
	"编号中有看不见或难以分辨的字符（空白、控制符、不可见字符）")

// idRefusal is an order ID, worker ID or platform (or another key a host
// checks with CheckID) refused by the ID rule: the field, the first code
// point refused (U+XXXX; for a byte that is not UTF-8, Rune is
// utf8.RuneError and Byte the byte), its byte offset, and the property that
// refuses it. Its text names the code point, never the ID: an ID can be an
// identity number (第七十九条). It matches unclear_id and wraps the field's
// sentinel (errMalformedOrderID, errMalformedWorkerID, errMalformedPlatform),
// so errors.Is with either works, and errcode.Of gives the field's code.
type idRefusal struct {
	Field  string
	Rune   rune
	Byte   byte // the byte, when it is not UTF-8 (Rune is then utf8.RuneError)
	Offset int  // byte offset of the code point in the ID
	Why    string
}

func (e *idRefusal) Error() string {
	what := fmt.Sprintf("U+%04X", e.Rune)
	if e.Rune == utf8.RuneError && e.Byte != 0 {
		what = fmt.Sprintf("byte 0x%02X", e.Byte)
	}
	return fmt.Sprintf("eligibility: %s: %s at byte %d: %s (an ID must be UTF-8 of visible characters, without white space or invisible code points)",
		e.Field, what, e.Offset, e.Why)
}

// Unwrap returns the field's sentinel (errMalformedOrderID and its
// siblings), or nil for another field.
func (e *idRefusal) Unwrap() error {
	switch e.Field {
	case "order_id":
		return errMalformedOrderID
	case "worker_id":
		return errMalformedWorkerID
	case "platform":
		return errMalformedPlatform
	}
	return nil
}

// Is reports whether target is unclear_id.
func (e *idRefusal) Is(target error) bool { return target == errUnclearID }

// CheckID checks id, the value of field (such as "order_id" or
// "platform"), by the ID rule: nil; for an empty id the code
// missing_order_id and its siblings (missing_worker_id, missing_platform)
// for those fields, a *errcode.FieldError with code missing_id for
// another; or an error naming the first code point refused and why,
// matching code unclear_id and, for those three fields, malformed_order_id
// and its siblings (errcode.Of gives the field's code).
// It does not judge characters that look alike (Latin and Cyrillic
// letters, composed and decomposed accents): a host that keys by such text
// normalizes it first.
func CheckID(field, id string) error {
	if id == "" {
		switch field {
		case "order_id":
			return errMissingOrderID
		case "worker_id":
			return errMissingWorkerID
		case "platform":
			return errMissingPlatform
		}
		return &errcode.FieldError{Code: errMissingID, Field: field}
	}
	if cleanID(id) {
		return nil
	}
	return idError(field, id)
}

// cleanID reports whether id passes the ID rule ("" passes: Validate
// reports a missing ID). ASCII is judged eight bytes at a time (the last
// eight overlapping the ones before); the rest by idFault.
func cleanID(s string) bool {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c <= 0x20 || c >= 0x7f {
				return idFault(s) == ""
			}
		}
		return true
	}
	for i := 0; ; i += 8 {
		if i > len(s)-8 {
			i = len(s) - 8 // the last eight bytes, some judged already
		}
		// A byte below 0x21 borrows into its high bit, one of 0x7f or more
		// carries into it or has it; a borrow or carry across bytes comes
		// only from a byte already caught.
		if x := le64(s[i:]); ((x-0x2121212121212121)|(x+0x0101010101010101)|x)&0x8080808080808080 != 0 {
			return idFault(s) == ""
		}
		if i == len(s)-8 {
			return true
		}
	}
}

// idError is the *idRefusal of the first code point of id the rule refuses.
func idError(field, id string) error {
	for at, r := range id {
		var b byte
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(id[at:]); size == 1 {
				b = id[at]
			}
		}
		if why := runeFault(r); why != "" {
			return &idRefusal{Field: field, Rune: r, Byte: b, Offset: at, Why: why}
		}
	}
	return nil
}

// idFault returns why the first refused code point of s is refused, or ""
// when none is.
func idFault(s string) string {
	for _, r := range s {
		if why := runeFault(r); why != "" {
			return why
		}
	}
	return ""
}

// runeFault returns why the ID rule refuses r, or "" (internal/idrune:
// the one rule the ledger's IDs follow too).
func runeFault(r rune) string { return idrune.Fault(r) }

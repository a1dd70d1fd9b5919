package eligibility

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/errcode"
)

// refused is the ID rule written from the properties alone, as the
// reference the fast path must agree with.
func refused(r rune) bool {
	return r == utf8.RuneError || !unicode.IsGraphic(r) ||
		unicode.In(r, unicode.White_Space, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector, unicode.Cf, unicode.Braille)
}

// Every code point, alone and between ASCII letters (the eight-byte path
// and the byte path), is judged as its properties say.
func TestIDRuleByProperty(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue // not encodable in UTF-8: string(r) would be U+FFFD
		}
		want := !refused(r)
		s := string(r)
		if got := cleanID(s); got != want {
			t.Fatalf("U+%04X alone: %v, want %v", r, got, want)
		}
		if got := cleanID("abcdefgh" + s + "ijklmnop"); got != want {
			t.Fatalf("U+%04X inside: %v, want %v", r, got, want)
		}
		if r > 0x20000 && r < 0xe0000 && r%64 != 0 {
			continue // unassigned and private-use planes, mostly: their errors sampled
		}
		err := CheckID("order_id", "o-"+s)
		if want != (err == nil) {
			t.Fatalf("U+%04X: CheckID %v", r, err)
		}
		if err != nil {
			var ie *idRefusal
			if !errors.As(err, &ie) || ie.Rune != r || ie.Offset != 2 || ie.Why == "" ||
				!strings.Contains(err.Error(), fmt.Sprintf("U+%04X", r)) {
				t.Fatalf("U+%04X: %#v", r, err)
			}
		}
	}
}

// The invisible and look-alike code points the issue names, and their
// kin, are refused; each error names the code point and matches the
// field's sentinel and errUnclearID.
func TestIDRuleHostile(t *testing.T) {
	for _, r := range []rune{
		0x115f, 0x1160, 0x3164, 0xffa0, // Hangul fillers
		0x2800,                                  // blank Braille
		0xfe00, 0xfe0f, 0xe0100, 0x180b, 0x180f, // variation selectors
		0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x061c, 0x180e, 0x202e, 0x2066, 0xe0001, 0xe0041, // format
		0x034f, 0x17b4, 0x2065, 0xfff0, 0xe0fff, // other default-ignorable
		0x0020, 0x00a0, 0x2002, 0x3000, 0x2028, 0x2029, 0x0085, 0x1680, // white space, separators
		0x0000, 0x001f, 0x007f, 0x0080, 0x009f, // controls
		0xe000, 0xf8ff, 0xf0000, // private use
		0x0378, 0x10ffff, 0xfffe, // unassigned, noncharacters
		utf8.RuneError,
	} {
		for _, f := range []string{"order_id", "worker_id", "platform"} {
			err := CheckID(f, "ab"+string(r)+"c")
			if !errors.Is(err, errUnclearID) {
				t.Fatalf("U+%04X %s: %v", r, f, err)
			}
			want := map[string]error{"order_id": errMalformedOrderID, "worker_id": errMalformedWorkerID, "platform": errMalformedPlatform}[f]
			if !errors.Is(err, want) || !strings.Contains(err.Error(), fmt.Sprintf("U+%04X at byte 2", r)) || !strings.Contains(err.Error(), f) {
				t.Fatalf("U+%04X %s: %v", r, f, err)
			}
		}
	}
	err := CheckID("order_id", "o\xff1")
	if !strings.Contains(err.Error(), "byte 0xFF at byte 1") {
		t.Fatal(err)
	}
	for _, ok := range []string{"o1", "订单-1", "ＡＢＣ１", "é", "e\u0301", "平台·甲", "№5", "a_b.c/d:e"} {
		if err := CheckID("order_id", ok); err != nil {
			t.Fatalf("%q: %v", ok, err)
		}
	}
}

// cleanID's eight-bytes-at-a-time test agrees with a rune-by-rune one.
func TestCleanIDAgreesWithRunes(t *testing.T) {
	slow := func(s string) bool {
		for _, r := range s {
			if refused(r) {
				return false
			}
		}
		return true
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 9; pos++ {
			b := []byte("abcdefghij")
			b[pos] = byte(c)
			if got, want := cleanID(string(b)), slow(string(b)); got != want {
				t.Fatalf("%q: %v, want %v", b, got, want)
			}
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		s := string(rapid.SliceOfN(rapid.Byte(), 0, 40).Draw(t, "s"))
		if got, want := cleanID(s), slow(s); got != want {
			t.Fatalf("%q: %v, want %v", s, got, want)
		}
		r := rapid.StringOf(rapid.Rune()).Draw(t, "r")
		if got, want := cleanID(r), slow(r); got != want {
			t.Fatalf("%q: %v, want %v", r, got, want)
		}
	})
}

// An empty ID is missing: the field's sentinel where there is one.
func TestCheckIDMissing(t *testing.T) {
	for field, want := range map[string]error{"order_id": errMissingOrderID, "worker_id": errMissingWorkerID, "platform": errMissingPlatform} {
		if err := CheckID(field, ""); err != want {
			t.Fatalf("%s: %v", field, err)
		}
	}
	var fe *errcode.FieldError
	if err := CheckID("terms", ""); !errors.As(err, &fe) || fe.Field != "terms" || fe.Code != errMissingID || err.Error() != "eligibility: terms: missing" {
		t.Fatal(err)
	}
}

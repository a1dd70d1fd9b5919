package eligibility

import (
	"testing"

	"pgregory.net/rapid"
)

// cleanID's eight-bytes-at-a-time test agrees with a byte-by-byte one.
func TestCleanIDAgreesWithBytes(t *testing.T) {
	slow := func(s string) bool {
		if s == "" {
			return true
		}
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 || c >= 0x7f {
				return cleanIDSlow(s)
			}
		}
		return s[0] != ' ' && s[len(s)-1] != ' '
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
	})
}

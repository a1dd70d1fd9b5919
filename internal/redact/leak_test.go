package redact_test

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/internal/redact/redacttest"
	"pgregory.net/rapid"
)

// No echo shows four digits in a row of an identity-number-shaped run
// (第七十九条), wherever the run sits, whatever bytes surround it, and
// wherever the echo's cut falls: every byte offset, and the input itself
// cut at every byte offset before and after the run.
func TestNoEchoShowsAnIdentityNumber(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := redacttest.Input(t)
		check := func(in, what, out string, own ...string) {
			if w := redacttest.Leak(in, out, own...); w != "" {
				t.Fatalf("%s of %q = %q shows %s", what, in, out, w)
			}
		}
		check(s, "Mask", redact.Mask(s))
		check(s, "Value", redact.Value(s))
		check(s, "%q of Value", fmt.Sprintf("%q", redact.Value(s)))
		// Head shows by design three characters (at most three digits) and
		// the length; a quoted escape before them (\x00) adds digits of
		// its own: what it shows is its own, counted here as such.
		head := []rune(s)[:min(3, len([]rune(s)))]
		check(s, "Head", redact.Head(s), strconv.Itoa(len([]rune(s))), strconv.Quote(string(head)))
		check(s, "Mask of %q", redact.Mask(strconv.Quote(s)))
		for n := 0; n <= len(s)+1; n++ {
			check(s, fmt.Sprint("Short ", n), redact.Short(s, n))
			check(s, fmt.Sprint("Clip ", n), redact.Clip(s, n))
			check(s, fmt.Sprint("Mask of Cut ", n), redact.Mask(redact.Cut(redact.Mask(s), n)))
			check(s[:n%(len(s)+1)], fmt.Sprint("Value of head ", n), redact.Value(s[:n%(len(s)+1)]))
			check(s[n%(len(s)+1):], fmt.Sprint("Value of tail ", n), redact.Value(s[n%(len(s)+1):]))
			// HeadValue knows its text is a head: judged against the whole.
			check(s, fmt.Sprint("HeadValue of head ", n), redact.HeadValue(s[:n%(len(s)+1)]))
		}
	})
}

// The straddle the property first found: 23 full-width digits (masked,
// 69 bytes shown as 23 '*') push the text after them into the 32 bytes
// shown; the run of digits there reached past the 96 bytes (n+64) Short
// used to look at, was seen as 14 digits, not masked, and showed 8 of
// them.
func TestShortStraddle(t *testing.T) {
	s := strings.Repeat("１", 23) + "a" + "12345678" + strings.Repeat("１", 10)
	got := redact.Value(s)
	if w := redacttest.Leak(s, got); w != "" {
		t.Fatalf("Value(%q) = %q shows %s", s, got, w)
	}
}

// A key cut at a reader's limit (128 bytes) before it is quoted: the run
// the limit split showed as 13 digits, short of an identity number, and
// its first digit was in view behind 30 masked full-width digits. As a
// head, the run that reaches the end is masked whatever its length.
func TestHeadValueMasksTheRunTheLimitSplit(t *testing.T) {
	s := strings.Repeat("１", 30) + "a" + "1" + strings.Repeat("４", 20)
	head := s[:128]
	if got := redact.HeadValue(head); strings.ContainsAny(got, "1４") {
		t.Errorf("HeadValue(%q) = %q shows the split run", head, got)
	}
	if got := redact.HeadValue("ab12"); got != "ab**" {
		t.Errorf("HeadValue(ab12) = %q, want ab**", got)
	}
}

// The largest limits look at the whole string, never wrap (4n+64 with n
// near the largest int).
func TestWindowOfTheLargestLimits(t *testing.T) {
	s := "abc１２３４５６７８９０１２３４５６７８"
	for _, n := range []int{math.MaxInt, math.MaxInt / 4, math.MaxInt/4 + 1, len(s), -1} {
		if n < 0 {
			if got := redact.Clip(s, n); got != "" && got != "…" {
				t.Errorf("Clip(s, %d) = %q", n, got)
			}
			continue
		}
		if got, want := redact.Clip(s, n), "abc"+strings.Repeat("*", 18); got != want {
			t.Errorf("Clip(s, %d) = %q, want %q", n, got, want)
		}
		if got := redact.Short(s, n); strings.ContainsAny(got, "１２３") {
			t.Errorf("Short(s, %d) = %q shows a digit", n, got)
		}
	}
}

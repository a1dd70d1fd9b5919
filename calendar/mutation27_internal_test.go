package calendar

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// cutField refuses a record whose stated length runs past the string, at
// every length from one byte over to far over, and reads one that fits
// exactly (mutation round 13: the bound once admitted lengths past the end).
func TestCutFieldRefusesLengthsPastTheEnd(t *testing.T) {
	for _, body := range []string{"", "a", "abc", strings.Repeat("x", 200)} {
		exact := string(binary.AppendUvarint(nil, uint64(len(body)))) + body
		f, rest, ok := cutField(exact)
		if !ok || f != body || rest != "" {
			t.Fatalf("cutField(%q) = %q, %q, %v; want the body, nothing left", exact, f, rest, ok)
		}
		for over := 1; over <= 3*len(body)+3; over++ {
			s := string(binary.AppendUvarint(nil, uint64(len(body)+over))) + body
			if f, rest, ok := cutField(s); ok || f != "" || rest != "" {
				t.Fatalf("cutField with a length %d past the end = %q, %q, %v; want refused", over, f, rest, ok)
			}
		}
	}
	if _, _, ok := cutField(""); ok {
		t.Fatal("cutField of nothing is ok")
	}
	if _, _, ok := cutField("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"); ok {
		t.Fatal("cutField of an overlong varint is ok")
	}
}

// capped never hands out a byte beside its limit error: a reader that
// returned n > 0 with errHolidayCSVTooLarge would feed stale buffer bytes
// to the CSV reader (mutation round 13).
func TestCappedGivesNoBytesWithItsError(t *testing.T) {
	for _, left := range []int{0, -1} {
		buf := []byte("zzzz")
		c := &capped{r: strings.NewReader("abcdef"), left: left}
		n, err := c.Read(buf)
		if n != 0 || !errors.Is(err, errHolidayCSVTooLarge) {
			t.Fatalf("left %d: Read = %d, %v; want 0, errHolidayCSVTooLarge", left, n, err)
		}
	}
	// left counts the limit plus one: a read that reaches it errs and hands
	// out none of the bytes it read.
	c := &capped{r: strings.NewReader("abcdef"), left: 3}
	buf := make([]byte, 8)
	n, err := c.Read(buf[:2])
	if n != 2 || err != nil || string(buf[:n]) != "ab" {
		t.Fatalf("Read = %d %q, %v; want 2 \"ab\", nil", n, buf[:n], err)
	}
	n, err = c.Read(buf)
	if n != 0 || !errors.Is(err, errHolidayCSVTooLarge) {
		t.Fatalf("second Read = %d, %v; want 0, errHolidayCSVTooLarge", n, err)
	}
	c = &capped{r: strings.NewReader("abcdef"), left: 3}
	n, err = c.Read(buf)
	if n != 0 || !errors.Is(err, errHolidayCSVTooLarge) {
		t.Fatalf("second Read = %d, %v; want 0, errHolidayCSVTooLarge", n, err)
	}
	// An input that ends one byte before the limit ends with EOF, not the error.
	c = &capped{r: strings.NewReader("ab"), left: 3}
	n, err = c.Read(buf)
	if n != 2 || err != nil {
		t.Fatalf("Read = %d, %v", n, err)
	}
	if n, err = c.Read(buf); n != 0 || err == nil || errors.Is(err, errHolidayCSVTooLarge) {
		t.Fatalf("Read at the end = %d, %v; want 0, EOF", n, err)
	}
}

package calendar_test

import (
	"bytes"
	"testing"

	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
)

// Every date, the zero Date included, survives MarshalBinary and
// UnmarshalBinary in four bytes, and the bytes sort as the dates do.
func TestDateBinaryRoundTrip(t *testing.T) {
	first, _ := calendar.ParseDate("0001-01-01")
	rapid.Check(t, func(t *rapid.T) {
		draw := func(name string) calendar.Date {
			if rapid.IntRange(0, 20).Draw(t, name+" zero") == 0 {
				return calendar.Date{}
			}
			d, err := first.AddDays(rapid.IntRange(0, 3652058).Draw(t, name))
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
		a, b := draw("a"), draw("b")
		ba, err := a.MarshalBinary()
		if err != nil || len(ba) != 4 {
			t.Fatalf("MarshalBinary(%v) = %x, %v", a, ba, err)
		}
		bb, _ := b.MarshalBinary()
		var back calendar.Date
		if err := back.UnmarshalBinary(ba); err != nil || back != a {
			t.Fatalf("round trip of %v gave %v, %v", a, back, err)
		}
		if got := bytes.Compare(ba, bb); got != a.Compare(b) {
			t.Fatalf("bytes of %v and %v compare %d, dates %d", a, b, got, a.Compare(b))
		}
		app, _ := a.AppendBinary([]byte{9})
		if !bytes.Equal(app, append([]byte{9}, ba...)) {
			t.Fatalf("AppendBinary %x", app)
		}
	})
}

func TestDateBinaryRefuses(t *testing.T) {
	var d calendar.Date
	for _, bad := range [][]byte{nil, {0, 0, 1}, {0, 0, 0, 1, 0}, {0, 0x37, 0xB9, 0xDC}, {0xFF, 0xFF, 0xFF, 0xFF}} {
		if err := d.UnmarshalBinary(bad); err != calendar.ErrDateBinary {
			t.Errorf("UnmarshalBinary(%x) = %v, want ErrDateBinary", bad, err)
		}
	}
	last, _ := calendar.ParseDate("9999-12-31")
	b, _ := last.MarshalBinary()
	if err := d.UnmarshalBinary(b); err != nil || d != last {
		t.Errorf("9999-12-31: %v %v", d, err)
	}
}

func FuzzDateUnmarshalBinary(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0, 0x0B, 0x13, 0x8E})
	f.Fuzz(func(t *testing.T, b []byte) {
		var d calendar.Date
		if err := d.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := d.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("%x read as %v, written back as %x", b, d, again)
		}
	})
}

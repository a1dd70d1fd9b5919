package jsonerr_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/redact/redacttest"
	"github.com/zhishang/zhishang/jsonerr"
	"pgregory.net/rapid"
)

// rawString is s as a JSON string with its bytes as they are (invalid
// UTF-8 too): only '"', '\\' and control bytes escaped.
func rawString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// No reader's refusal shows four digits in a row of an identity-number-
// shaped run written in the document (第七十九条, as the package doc
// promises: "whatever the input holds"): as a key, a key at depth, a
// string value, a bare word; in Error and in Chinese. And an Error a host
// builds itself, with the key and path as they came, at every cut.
func TestNoRefusalShowsAnIdentityNumber(t *testing.T) {
	rs := readers()
	rapid.Check(t, func(t *rapid.T) {
		s := redacttest.Input(t)
		q := rawString(s)
		for _, doc := range []string{`{` + q + `:1}`, `{"a":{` + q + `:1}}`, `[` + q + `]`, `{"a":` + q + `}`, s} {
			r := rs[rapid.IntRange(0, len(rs)-1).Draw(t, "reader")]
			err := r.read([]byte(doc))
			if err == nil {
				continue
			}
			var je *jsonerr.Error
			for _, out := range []string{err.Error(), chinese(err)} {
				// A message's own numbers: the offset, a limit; and the
				// document's text besides the run, as a key may be
				// quoted as written (\u0000).
				_, rest := redacttest.Runs(doc)
				own := []string{rest}
				if errors.As(err, &je) {
					own = []string{fmt.Sprint(je.Offset, "#", je.Limit), rest}
				}
				if w := redacttest.Leak(s, out, own...); w != "" {
					t.Fatalf("%s of %q: %q shows %s", r.name, doc, out, w)
				}
			}
		}
		for n := 0; n <= len(s); n++ {
			e := &jsonerr.Error{Err: jsoncode.ErrUnknownKey, Key: s[n:], Path: "$." + s[:n], Offset: -1}
			for _, out := range []string{e.Error(), e.Chinese()} {
				// The other part's digits may be shown (when they are
				// not an identity number's): they are not counted.
				if w := redacttest.Leak(s[n:], out, s[:n]); w != "" {
					t.Fatalf("key %q: %q shows %s", s[n:], out, w)
				}
				if w := redacttest.Leak(s[:n], out, s[n:]); w != "" {
					t.Fatalf("path %q: %q shows %s", s[:n], out, w)
				}
			}
		}
	})
}

func chinese(err error) string {
	var zh interface{ Chinese() string }
	if errors.As(err, &zh) {
		return zh.Chinese()
	}
	return ""
}

// The straddle: a key cut to MaxKey bytes before it was masked showed the
// digits of a run the cut split (here 8 of 18).
func TestKeyCutIsMaskedFirst(t *testing.T) {
	key := strings.Repeat("k", jsoncode.MaxKey-8) + "110101199003071234"
	e := &jsonerr.Error{Err: jsoncode.ErrKeyLength, Key: key, Offset: -1}
	for _, out := range []string{e.Error(), e.Chinese()} {
		if strings.Contains(out, "11010119") {
			t.Errorf("%q shows the number's first digits", out)
		}
	}
}

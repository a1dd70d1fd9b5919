package explain_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhishang/zhishang/explain"
)

func utf8Valid(s string) bool { return utf8.ValidString(s) }

// FuzzTemplate: any template is either refused with ErrTemplate or
// accepted; an accepted one renders without panic, every placeholder
// filled when every name has a value, and its literal text (braces
// undoubled) appears in order.
func FuzzTemplate(f *testing.F) {
	for _, s := range []string{"{a} × {b}", "{{x}}", "{", "}", "{}", "{a b}", "a}}b{{c", "{d.e}{f_g}", "{a:b.c}", "{a:}", "{:b}", "第{a}条", "{" + strings.Repeat("a", 65) + "}"} {
		f.Add(s, "1")
	}
	f.Fuzz(func(t *testing.T, tmpl, val string) {
		c, err := explain.NewCatalogue(explain.English, []explain.Entry{{Key: "k", Template: tmpl}})
		if err != nil {
			return
		}
		names := map[string]bool{}
		terms := false // a term needs a message: only "no panic" is checked
		var lit strings.Builder
		for i := 0; i < len(tmpl); {
			switch {
			case strings.HasPrefix(tmpl[i:], "{{"):
				lit.WriteByte('{')
				i += 2
			case strings.HasPrefix(tmpl[i:], "}}"):
				lit.WriteByte('}')
				i += 2
			case tmpl[i] == '{':
				j := strings.IndexByte(tmpl[i:], '}')
				if j < 0 {
					t.Fatalf("accepted an unclosed template %q", tmpl)
				}
				name, _, term := strings.Cut(tmpl[i+1:i+j], ":")
				if term {
					terms = true
				}
				names[name] = true
				i += j + 1
			case tmpl[i] == '}':
				t.Fatalf("accepted a stray } in %q", tmpl)
			default:
				lit.WriteByte(tmpl[i])
				i++
			}
		}
		s := explain.Step{Key: "k"}
		for n := range names {
			s.Inputs = append(s.Inputs, explain.Value{Name: n, Value: val})
		}
		out, err := c.Render(s)
		if terms {
			return
		}
		if err != nil {
			t.Fatalf("%q with every value: %v", tmpl, err)
		}
		if val == "" && out != lit.String() {
			t.Fatalf("%q: empty values render %q, literal text is %q", tmpl, out, lit.String())
		}
		// without values: markers, an error, no panic
		if _, err := c.Render(explain.Step{Key: "k"}); (err != nil) != (len(names) > 0) {
			t.Fatalf("%q without values: error %v with %d names", tmpl, err, len(names))
		}
	})
}

// Package redacttest checks, for the tests of every package that echoes a
// host's text in an error, the promise of 个人信息 (沪人社福〔2025〕373号
// 第七十九条) as package redact states it: an identity-number-shaped run
// of the input (MinDigitRun or more digits, or 14 or 17 digits and a check
// character X, ASCII or full width, mixed or not) never shows in the echo,
// not even four of its digits in a row, wherever a cut falls.
package redacttest

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhishang/zhishang/internal/redact"
	"pgregory.net/rapid"
)

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isX(r rune) bool { return r == 'X' || r == 'x' || r == 'Ｘ' || r == 'ｘ' }

// norm is s's digits written as ASCII, every other character as '#'.
func norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + r - '０')
		default:
			b.WriteByte('#')
		}
	}
	return b.String()
}

// Runs returns s's identity-number-shaped runs (their digits, as ASCII) and
// s with each of them replaced by '#' (one per character).
func Runs(s string) (runs []string, rest string) {
	var b strings.Builder
	for i := 0; i < len(s); {
		j, n := i, 0
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !isDigit(r) {
				break
			}
			j, n = j+w, n+1
		}
		end := j
		if n == 14 || n == 17 {
			if r, w := utf8.DecodeRuneInString(s[j:]); j < len(s) && isX(r) {
				end, n = j+w, n+1
			}
		}
		switch {
		case n >= redact.MinDigitRun:
			runs = append(runs, norm(s[i:j]))
			b.WriteString(strings.Repeat("#", n))
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
	return runs, b.String()
}

// Leak returns four digits in a row of an identity-number-shaped run of in
// that out shows (full width or not), or "". Four digits that the rest of
// in also holds, or that one of own holds (the echo's own text: a
// length, a limit), as written or as %q writes it (\u2000), are not
// counted: they may be the echo's own.
func Leak(in, out string, own ...string) string {
	runs, rest := Runs(in)
	if len(runs) == 0 {
		return ""
	}
	innocent := norm(rest) + "#" + norm(strconv.Quote(rest))
	for _, o := range own {
		innocent += "#" + norm(o) + "#" + norm(strconv.Quote(o))
	}
	shown := norm(out)
	for _, run := range runs {
		for i := 0; i+4 <= len(run); i++ {
			w := run[i : i+4]
			if strings.Contains(shown, w) && !strings.Contains(innocent, w) {
				return w
			}
		}
	}
	return ""
}

// Input draws a text holding an identity-number-shaped run at any offset:
// 15 or 18 characters, ASCII digits, full-width ones or both mixed, the
// last perhaps a check character X, x or Ｘ; around it any bytes (invalid
// UTF-8 too), runs of full-width digits long enough to be masked (which
// shrinks them three to one), letters, Chinese.
func Input(t *rapid.T) string {
	piece := rapid.OneOf(
		rapid.StringOfN(rapid.RuneFrom([]rune("０１２３４５６７８９")), 0, 45, -1),
		rapid.StringOfN(rapid.RuneFrom([]rune("0123456789")), 0, 20, -1),
		rapid.StringMatching(`[a-z工Ｘx #\x{2000}\x{85}\x00-\x1f]{1,4}`),
		rapid.Map(rapid.SliceOfN(rapid.Byte(), 1, 4), func(b []byte) string { return string(b) }),
		rapid.Map(rapid.IntRange(1, 3), func(k int) string { return "１２３"[:k] }), // a digit's first bytes
	)
	around := func(label string) string {
		return strings.Join(rapid.SliceOfN(piece, 0, 8).Draw(t, label), "")
	}
	prefix := around("prefix")
	n := rapid.SampledFrom([]int{15, 18}).Draw(t, "length")
	mode := rapid.IntRange(0, 2).Draw(t, "mode") // ASCII, full width, mixed
	var run strings.Builder
	for k := 0; k < n; k++ {
		d := rapid.IntRange(0, 9).Draw(t, "digit")
		wide := mode == 1 || mode == 2 && rapid.Bool().Draw(t, "wide")
		if k == n-1 && rapid.Bool().Draw(t, "checkX") {
			run.WriteString(rapid.SampledFrom([]string{"X", "x", "Ｘ"}).Draw(t, "X"))
			break
		}
		if wide {
			run.WriteRune('０' + rune(d))
		} else {
			run.WriteByte(byte('0' + d))
		}
	}
	return prefix + run.String() + around("suffix")
}

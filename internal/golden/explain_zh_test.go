package golden

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zhPending lists the kinds whose explanations have no Chinese rendering
// yet (shown in English, marked as such, by the report and golden -v).
var zhPending = map[string]bool{}

var numberRE = regexp.MustCompile(`\d+(?:\.\d+)?`)

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// TestExplanationsInChinese: every golden case whose computation explains
// itself has Chinese lines, each with Chinese in it (not an English
// sentence), carrying every figure of the English explanation (amounts,
// dates, counts, parameter values), so a clerk can check them by hand.
func TestExplanationsInChinese(t *testing.T) {
	outcomes, err := RunDir("../../testdata/golden")
	require.NoError(t, err)
	covered := 0
	for _, o := range outcomes {
		if len(o.Explanation) == 0 || zhPending[o.Kind] {
			continue
		}
		t.Run(o.File, func(t *testing.T) {
			require.NotEmpty(t, o.ExplanationZH, "no Chinese explanation for kind %s", o.Kind)
			for _, l := range o.ExplanationZH {
				assert.True(t, hasCJK(l), "a Chinese line without Chinese: %q", l)
			}
			zh := strings.Join(o.ExplanationZH, "\n")
			have := map[string]bool{}
			for _, n := range numberRE.FindAllString(zh, -1) {
				have[n] = true
			}
			for _, n := range numberRE.FindAllString(strings.Join(o.Explanation, "\n"), -1) {
				assert.True(t, have[n], "figure %s of the English explanation is not in the Chinese one:\nEN: %s\nZH: %s",
					n, strings.Join(o.Explanation, "\n"), zh)
			}
		})
		covered++
	}
	assert.Greater(t, covered, 0)
}

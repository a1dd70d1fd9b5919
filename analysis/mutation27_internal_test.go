package analysis

// Defensive paths of analysis that no valid call through the exported API
// reaches (issue 19, session 27), tested directly.

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/eligibility"
)

// quotient of a negative divisor (the figures it is given are never
// negative) is the same exact half-up ratio: towards +∞ on a half.
func TestQuotientOfANegativeDivisor(t *testing.T) {
	d := decimal.RequireFromString
	assert.Equal(t, "-0.33", quotient(d("1"), d("-3"), 2).String())
	assert.Equal(t, "0.33", quotient(d("-1"), d("-3"), 2).String())
	assert.Equal(t, "-0.12", quotient(d("1"), d("-8"), 2).String(), "−0.125 rounds half up to −0.12")
	assert.Equal(t, "0.13", quotient(d("-1"), d("-8"), 2).String())
	assert.Equal(t, "—", quotient(d("1"), d("0"), 2).String())
}

// The fallbacks: an industry or kind outside the lists sorts last; the nil
// error has no text; a short fingerprint is kept whole.
func TestAnalysisFallbacks(t *testing.T) {
	assert.Equal(t, len(eligibility.Industries), industryIndex(0))
	assert.Equal(t, len(kindOrder), kindIndex(benefits.Kind("bogus")))
	assert.Equal(t, "", errText(nil))
	assert.Equal(t, "abc", short("abc"))
	assert.Equal(t, "0123456789ab", short("0123456789abcdef"))
}

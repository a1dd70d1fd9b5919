package analysis_test

// Review of session 28: the results' own JSON readers are doors too.

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/analysis"
)

// An amount is money text (two decimals at most, no exponent), a ratio is
// bounded before any arithmetic, and a count is never negative nor so large
// that its sums wrap: each is refused at once, never computed on.
func TestResultJSONRefusesWhatNoResultWrites(t *testing.T) {
	for _, in := range []string{
		`{"key":"k","current":"1","reform":"0","delta":"1e90000000"}`,
		`{"key":"k","current":"0.001","reform":"0","delta":"-0.001"}`,
		`{"key":"k","current":"12345678901234567890123456789","reform":"0","delta":"0"}`,
	} {
		var r analysis.Row
		assert.Error(t, json.Unmarshal([]byte(in), &r), in)
	}
	var c analysis.Claims
	assert.Error(t, json.Unmarshal([]byte(`{"cases":-9223372036854775807,"deadlines":-1,"by_state":[{"key":"a","n":9223372036854775807},{"key":"b","n":2}],"met":-1}`), &c))
	assert.Error(t, json.Unmarshal([]byte(`{"cases":0,"deadlines":0,"met":-1,"open":1}`), &c))
}

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A case file whose parameter name is misspelt (levy.base.ride_haling, or a
// benefits name one letter off) is refused, exit 1, naming the parameter
// meant, with and without -needs.
func TestMisspeltParameterNamesTheNearest(t *testing.T) {
	for misspelt, nearest := range map[string]string{
		"levy.base.ride_haling":          "levy.base.ride_hailing",
		"benefits.disability_base_raito": "benefits.disability_base_ratio",
	} {
		for _, args := range [][]string{{"-case", "-"}, {"-case", "-", "-needs"}, {"-case", "-", "-json"}} {
			code, out, errOut := runArgs(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":7},"parameters":[{"name":"`+misspelt+`","value":"0.5","from":"2024-01-01","source":"s","status":"verified"}],"rules":{}}`, args...)
			assert.Equal(t, 1, code, misspelt)
			assert.Empty(t, out, misspelt)
			assert.Contains(t, errOut, "是否应为 "+nearest+"？", misspelt)
		}
	}
}

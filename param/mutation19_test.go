package param_test

// Tests written for the survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// A figure may be written as a bare JSON number, whatever digit it starts
// with (0 to 9), not only as a string.
func TestBareNumberValueOfEveryLeadingDigit(t *testing.T) {
	const months = "benefits.disability_grant_months.grade1"
	for _, v := range []string{"1", "9", "9.5", "10", "99"} {
		in := `[{"name":"` + months + `","value":` + v + `,"from":"2025-01-01","source":"s","status":"provisional"}]`
		vs, err := param.Parse([]byte(in))
		require.NoError(t, err, v)
		require.Len(t, vs, 1)
		assert.Equal(t, v, vs[0].Value.String())
	}
}

// 人社厅函〔2025〕79号 第三十八条 has ten disability grades: a grant of
// grade 0 or grade 11 is a misspelt name, refused.
func TestDisabilityGradesAreOneToTen(t *testing.T) {
	for g := 0; g <= 11; g++ {
		name := fmt.Sprintf("benefits.disability_grant_months.grade%d", g)
		_, known := param.Name(name).Spec()
		assert.Equal(t, g >= 1 && g <= 10, known, name)
	}
}

// A value's text may be up to 40 characters long (here a figure padded
// with leading zeros); the 41st is refused for its length.
func TestValueTextLengthEdge(t *testing.T) {
	const ratio = "benefits.disability_grant_months.grade1"
	in := func(text string) string {
		return `[{"name":"` + ratio + `","value":"` + text + `","from":"2025-01-01","source":"s","status":"provisional"}]`
	}
	forty := strings.Repeat("0", 38) + "27"
	require.Len(t, forty, 40)
	vs, err := param.Parse([]byte(in(forty)))
	require.NoError(t, err)
	assert.Equal(t, "27", vs[0].Value.String())
	_, err = param.Parse([]byte(in("0" + forty)))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "characters long")
}

// An unknown name as near to several registered names suggests the first
// of them in lexical order, every time (grade1 … grade9 are all one edit
// from "gradeX"), whatever order the registry is walked in.
func TestSuggestionTieGoesToTheFirstName(t *testing.T) {
	v := param.Value{Name: "benefits.disability_grant_months.gradeX", Value: decimal.NewFromInt(27), From: testdates.Day(t, "2025-07-01"), Source: "s", Status: param.Provisional}
	for range 50 {
		err := v.Validate()
		require.ErrorIs(t, err, param.ErrUnknownName)
		require.Contains(t, err.Error(), "did you mean benefits.disability_grant_months.grade1?")
	}
}

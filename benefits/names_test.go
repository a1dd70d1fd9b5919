package benefits_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// benefits lists every name it reads, each registered with its kind and
// unit: every default is of a listed name, and so is every name a
// computation looks up (the grade tables, the nursing levels' ratios).
func TestParams(t *testing.T) {
	got := map[param.Name]param.Spec{}
	for _, s := range benefits.Params() {
		_, ok := s.Name.Spec()
		require.True(t, ok, s.Name)
		got[s.Name] = s
	}
	for _, v := range benefits.Defaults() {
		assert.Contains(t, got, v.Name, "every default is of a listed name")
	}
	for g := 1; g <= 10; g++ {
		assert.Equal(t, "个月", got[benefits.ParamGrantMonths(g)].Unit, g)
	}
	for g := 1; g <= 4; g++ {
		assert.Equal(t, "比例", got[benefits.ParamAllowanceRatio(g)].Unit, g)
	}
	for _, g := range []int{5, 6} {
		assert.Equal(t, "个月", got[benefits.ParamOneTimeAllowanceMonths(g)].Unit, g)
	}
	for _, l := range []benefits.Nursing{benefits.NursingFull, benefits.NursingMostly, benefits.NursingPartly} {
		assert.Equal(t, "比例", got[benefits.ParamNursingRatio(l)].Unit, l)
	}
	assert.Equal(t, "元/年", got[benefits.ParamWage].Unit)
	assert.Equal(t, param.KindDate, got[benefits.ParamCommencement].Kind)
	assert.Len(t, got, 32)
}

// An award read back whose 第四十五条 rebase names a basis that is not a
// wage or nursing base parameter (here misspelt) is refused, never kept.
func TestAwardRebaseBasisChecked(t *testing.T) {
	set, err := benefits.DefaultParams().With(param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"),
		Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	rb := mustRulebook(t, set, benefits.Rules{})
	a, err := rb.Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 3})
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	require.Contains(t, string(b), `"basis":"benefits.prev_year_shanghai_private_annual_wage"`)
	_, err = benefits.ParseAward(b)
	require.NoError(t, err)
	bad := strings.ReplaceAll(string(b), `"basis":"benefits.prev_year_shanghai_private_annual_wage"`, `"basis":"benefits.prev_year_shanghai_private_annual_wag"`)
	_, err = benefits.ParseAward([]byte(bad))
	assert.ErrorIs(t, err, benefits.ErrBadAward)
	assert.Contains(t, err.Error(), "rebase basis")
}

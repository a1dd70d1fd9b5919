package casefile_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// A case file's parameter of a misspelt name (levy.base.ride_haling, or a
// benefits name one letter off) is refused on reading with an
// *param.UnknownNameError naming the registered name nearest to it.
func TestMisspeltNameRefused(t *testing.T) {
	for misspelt, nearest := range map[string]param.Name{
		"levy.base.ride_haling":                          "levy.base.ride_hailing",
		"benefits.prev_year_shanghai_private_annual_wag": "benefits.prev_year_shanghai_private_annual_wage",
	} {
		_, err := casefile.Parse([]byte(`{"case": {"injury": "2024-04-15", "assessment": "2024-09-10", "grade": 7}, "rules": {},
			"parameters": [{"name": "` + misspelt + `", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]}`))
		var u *param.UnknownNameError
		require.ErrorAs(t, err, &u, misspelt)
		assert.Equal(t, nearest, u.Nearest, misspelt)
		assert.ErrorIs(t, err, param.ErrUnknownName, misspelt)
		assert.Contains(t, err.Error(), "did you mean "+string(nearest)+"?", misspelt)
	}
}

// A case file holding a figure benefits does not read (a levy base amount,
// spelt right) is refused, naming it, rather than kept without effect.
func TestParameterBenefitsDoesNotReadRefused(t *testing.T) {
	_, err := casefile.Parse([]byte(`{"case": {"injury": "2024-04-15", "assessment": "2024-09-10", "grade": 7}, "rules": {},
		"parameters": [{"name": "levy.base.ride_hailing", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]}`))
	assert.ErrorIs(t, err, param.ErrUnknownName)
	var ve *param.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, 0, ve.Index)
	assert.Contains(t, err.Error(), "benefits does not read levy.base.ride_hailing")
	f := casefile.File{Parameters: []param.Value{{Name: "levy.base.ride_hailing", Value: decimal.RequireFromString("0.02"), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified}}}
	_, err = f.Calculate()
	assert.ErrorIs(t, err, param.ErrUnknownName, "a File built in code too")
}

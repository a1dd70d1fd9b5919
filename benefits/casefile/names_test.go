package casefile_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits/casefile"
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

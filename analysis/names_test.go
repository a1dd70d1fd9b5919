package analysis_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// A reform of levy.base.ride_haling, misspelt, is refused by ParseReform
// and by Reform.Validate with an *param.UnknownNameError naming
// levy.base.ride_hailing: a misspelt reform would otherwise measure
// nothing and report the current levy as the reformed one.
func TestMisspeltReformNameRefused(t *testing.T) {
	_, parseErr := analysis.ParseReform([]byte(`{"title": "x", "parameters": [{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]}`))
	from, err := calendar.ParseDate("2026-01-01")
	require.NoError(t, err)
	validateErr := analysis.Reform{Title: "x", Parameters: []param.Value{{Name: "levy.base.ride_haling", Value: decimal.RequireFromString("0.02"), From: from, Source: "s", Status: param.Verified}}}.Validate()
	for name, err := range map[string]error{"ParseReform": parseErr, "Reform.Validate": validateErr} {
		var u *param.UnknownNameError
		require.ErrorAs(t, err, &u, name)
		assert.Equal(t, levy.ParamRideHailing, u.Nearest, name)
		assert.ErrorIs(t, err, analysis.ErrBadReform, name)
		assert.ErrorIs(t, err, param.ErrUnknownName, name)
		var re *analysis.ReformError
		require.ErrorAs(t, err, &re, name)
		assert.Equal(t, "parameters[0]", re.Field, name)
	}
}

// A reform's values go where they are read: a levy name to the levy setup,
// a benefits name to the cases' parameters, the commencement to both
// (levy.Params, benefits.Params).
func TestReformValuesGoWhereTheyAreRead(t *testing.T) {
	from, err := calendar.ParseDate("2026-01-01")
	require.NoError(t, err)
	day, err := calendar.ParseDate("2026-03-01")
	require.NoError(t, err)
	r := analysis.Reform{Title: "x", Parameters: []param.Value{
		{Name: levy.ParamRideHailing, Value: decimal.RequireFromString("0.02"), From: from, Source: "s", Status: param.Verified},
		{Name: "benefits.death_grant_multiple", Value: decimal.RequireFromString("21"), From: from, Source: "s", Status: param.Verified},
		{Name: param.Commencement, Date: day, Source: "s", Status: param.Verified},
	}}
	require.NoError(t, r.Validate())
	names := func(vs []param.Value) (out []param.Name) {
		for _, v := range vs {
			if v.Source == "s" {
				out = append(out, v.Name)
			}
		}
		return out
	}
	assert.ElementsMatch(t, []param.Name{levy.ParamRideHailing, param.Commencement}, names(r.Setup(levy.Setup{}).Parameters))
	assert.ElementsMatch(t, []param.Name{"benefits.death_grant_multiple", param.Commencement}, names(r.CaseParameters(nil)))
}

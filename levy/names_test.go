package levy_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// levy.base.ride_haling, misspelt, is refused by every levy reader of
// parameters (ParseSetup, a Setup read by encoding/json, Setup.Rulebook,
// NewParams) with an *param.UnknownNameError naming levy.base.ride_hailing:
// never ignored, which would leave the default 0.01 silently in force.
func TestMisspeltNameThroughLevyReaders(t *testing.T) {
	const setup = `{"parameters": [{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}], "terms": []}`
	v := param.Value{Name: "levy.base.ride_haling", Value: decimal.RequireFromString("0.02"), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified}
	_, parseErr := levy.ParseSetup([]byte(setup), calendar.Default())
	var s levy.Setup
	jsonErr := json.Unmarshal([]byte(setup), &s)
	_, rulebookErr := levy.Setup{Parameters: []param.Value{v}}.Rulebook(calendar.Default())
	_, newErr := levy.NewParams(v)
	for name, err := range map[string]error{"ParseSetup": parseErr, "json.Unmarshal": jsonErr, "Setup.Rulebook": rulebookErr, "NewParams": newErr} {
		var u *param.UnknownNameError
		require.ErrorAs(t, err, &u, name)
		assert.Equal(t, levy.ParamRideHailing, u.Nearest, name)
		assert.ErrorIs(t, err, param.ErrUnknownName, name)
		assert.Contains(t, err.Error(), "did you mean levy.base.ride_hailing?", name)
	}
}

// levy lists the names it reads, each registered with its kind and unit:
// the base amounts in 元/单 and the commencement, a date.
func TestParams(t *testing.T) {
	got := map[param.Name]param.Spec{}
	for _, s := range levy.Params() {
		got[s.Name] = s
	}
	for _, n := range []param.Name{levy.ParamRideHailing, levy.ParamInstantLower, levy.ParamInstantHigher, levy.ParamInstantNewPlatform, levy.ParamIntraCityFreight} {
		assert.Equal(t, param.KindDecimal, got[n].Kind, n)
		assert.Equal(t, "元/单", got[n].Unit, n)
	}
	assert.Equal(t, param.KindDate, got[param.Commencement].Kind)
	assert.Len(t, got, 6)
	for _, v := range levy.Defaults() {
		assert.Contains(t, got, v.Name, "every default is of a listed name")
	}
}

// A setup holding a figure levy does not read (a benefits wage, spelt
// right) is refused, naming it, rather than kept without effect; the
// commencement, which levy reads, is kept.
func TestSetupRefusesAParameterLevyDoesNotRead(t *testing.T) {
	_, err := levy.ParseSetup([]byte(`{"parameters": [{"name": "levy.base.ride_hailing", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"},
		{"name": "benefits.prev_year_shanghai_private_annual_wage", "value": "120000", "from": "2026-01-01", "source": "s", "status": "verified"}], "terms": []}`), calendar.Default())
	assert.ErrorIs(t, err, param.ErrUnknownName)
	var ve *param.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, 1, ve.Index)
	assert.Equal(t, "benefits.prev_year_shanghai_private_annual_wage", ve.Name)
	assert.Contains(t, err.Error(), "levy does not read")
	_, err = levy.ParseSetup([]byte(`{"parameters": [{"name": "benefits.implementing_measures.commencement", "value": "2025-09-01", "source": "s", "status": "verified"}], "terms": []}`), calendar.Default())
	assert.NoError(t, err)
}

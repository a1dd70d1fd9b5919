package levy_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Issue 18, "silent zero": a setup whose base amount was null or absent
// billed a month of orders 0.00. It is refused, naming the parameter, and
// no bill is made.
func TestSetupNullOrAbsentBaseRefused(t *testing.T) {
	for name, setup := range map[string]string{
		"null":      `{"parameters":[{"name":"levy.base.ride_hailing","value":null,"from":"2026-01-01","source":"s","status":"verified"}],"terms":[{"platform":"p","first_month":"2025-07"}]}`,
		"absent":    `{"parameters":[{"name":"levy.base.ride_hailing","from":"2026-01-01","source":"s","status":"verified"}],"terms":[{"platform":"p","first_month":"2025-07"}]}`,
		"zero":      `{"parameters":[{"name":"levy.base.ride_hailing","value":"0","from":"2026-01-01","source":"s","status":"verified"}],"terms":[{"platform":"p","first_month":"2025-07"}]}`,
		"misspelt":  `{"parameters":[{"name":"levy.base.ridehailing","value":"0.02","from":"2026-01-01","source":"s","status":"verified"}],"terms":[{"platform":"p","first_month":"2025-07"}]}`,
		"empty str": `{"parameters":[{"name":"levy.base.ride_hailing","value":"","from":"2026-01-01","source":"s","status":"verified"}],"terms":[{"platform":"p","first_month":"2025-07"}]}`,
	} {
		r, err := levy.ParseSetup([]byte(setup), calendar.Default())
		assert.Nil(t, r, name)
		var ve *param.ValueError
		require.True(t, errors.As(err, &ve), "%s: %T %v", name, err, err)
		assert.Contains(t, ve.Name, "levy.base.ride", name)
		assert.ErrorIs(t, err, levy.ErrSetupSyntax, name)
	}
	_, err := levy.ParseSetup([]byte(`{"parameters":[{"name":"levy.base.ride_hailing","value":null,"from":"2026-01-01","source":"s","status":"verified"}],"terms":[]}`), calendar.Default())
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_no_value"))
	// In code: a Value left without its figure is refused by With.
	_, err = levy.NewParams(param.Value{Name: levy.ParamRideHailing, From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_range"))
	// The same setup with the figure bills it.
	r, err := levy.ParseSetup([]byte(`{"parameters":[{"name":"levy.base.ride_hailing","value":"0.02","from":"2026-01-01","source":"s","status":"verified"}],"terms":[{"platform":"p","first_month":"2025-07"}]}`), calendar.Default())
	require.NoError(t, err)
	var tl eligibility.Tally
	tl.AddN("p", eligibility.RideHailing, testdates.Day(t, "2026-03-05"), 1000)
	b, err := r.Bill(&tl, "p", testdates.Month(t, "2026-03"))
	require.NoError(t, err)
	assert.Equal(t, "20.00", b.Total.String())
}

// Levy reads the one commencement param embeds: the base amounts take
// effect on it, and a host's commencement moves them with it.
func TestBaseAmountsFromTheCommencement(t *testing.T) {
	c, err := levy.DefaultParams().Lookup(param.Commencement, testdates.Day(t, "2026-01-01"))
	require.NoError(t, err)
	emb, err := paramDefaults(t).Lookup(param.Commencement, testdates.Day(t, "2026-01-01"))
	require.NoError(t, err)
	assert.Equal(t, emb, c, "levy's default set holds param's embedded commencement")
	for _, v := range levy.Defaults() {
		assert.Equal(t, emb.Date, v.From, v.Name)
	}
	later := param.Value{Name: param.Commencement, Date: testdates.Day(t, "2025-08-01"), Source: "host", Status: param.Verified}
	r, err := levy.Setup{Parameters: []param.Value{later}, Terms: []levy.Terms{{Platform: "p", FirstMonth: testdates.Month(t, "2025-07")}}}.Rulebook(calendar.Default())
	require.NoError(t, err)
	_, err = r.RateOn("p", eligibility.RideHailing, testdates.Day(t, "2025-07-31"))
	assert.ErrorIs(t, err, param.ErrMissingValue, "before the host's commencement: no embedded base amount")
	rate, err := r.RateOn("p", eligibility.RideHailing, testdates.Day(t, "2025-08-01"))
	require.NoError(t, err)
	assert.Equal(t, "0.01", rate.PerOrder.String())
	// The natural form through JSON; the old form is refused with how to write it.
	_, err = levy.ParseSetup([]byte(`{"parameters":[{"name":"benefits.implementing_measures.commencement","value":"2025-08-01","source":"s","status":"verified"}],"terms":[]}`), calendar.Default())
	require.NoError(t, err)
	_, err = levy.ParseSetup([]byte(`{"parameters":[{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-08-01","source":"s","status":"verified"}],"terms":[]}`), calendar.Default())
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_kind"))
	assert.Contains(t, err.Error(), `"value": "2025-07-01"`)
}

// paramDefaults is a Set of param.Defaults (param's own values only).
func paramDefaults(t *testing.T) *param.Set {
	t.Helper()
	s, err := param.NewSet(param.Defaults()...)
	require.NoError(t, err)
	return s
}

package param_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

func TestFingerprintFollowsTheValues(t *testing.T) {
	def := param.DefaultSet()
	require.Len(t, def.Fingerprint(), 64)

	vs := def.Values()
	rev := make([]param.Value, len(vs))
	for i := range vs {
		rev[len(vs)-1-i] = vs[i]
	}
	again, err := param.NewSet(rev...)
	require.NoError(t, err)
	require.Equal(t, def.Fingerprint(), again.Fingerprint(), "order of loading does not matter")

	// A decimal parameter: a set with it, the same figure written with
	// another scale (0.6 and 0.60 read alike, so they fingerprint alike),
	// and another figure.
	var spec param.Spec
	for _, sp := range param.Specs() {
		if sp.Kind == param.KindDecimal && !sp.Single {
			spec = sp
			break
		}
	}
	require.NotEmpty(t, spec.Name)
	from, err := calendar.ParseDate("2025-07-01")
	require.NoError(t, err)
	v := param.Value{Name: spec.Name, Value: spec.Min(), From: from, Source: "test", Status: param.Verified}
	one, err := def.With(v)
	require.NoError(t, err)
	require.NotEqual(t, def.Fingerprint(), one.Fingerprint())
	v2 := v
	v2.Value = decimal.RequireFromString(spec.Min().StringFixed(spec.Places()))
	two, err := def.With(v2)
	require.NoError(t, err)
	require.Equal(t, one.Fingerprint(), two.Fingerprint())
	v3 := v
	v3.Value = spec.Max()
	three, err := def.With(v3)
	require.NoError(t, err)
	require.NotEqual(t, one.Fingerprint(), three.Fingerprint())

	var nilSet *param.Set
	require.Equal(t, (&param.Set{}).Fingerprint(), nilSet.Fingerprint())
	require.NotEqual(t, nilSet.Fingerprint(), def.Fingerprint())
}

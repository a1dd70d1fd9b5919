package benefits_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
)

// A medical total or eligible amount that is null or absent once read as
// 0.00; both are refused, naming the field, as are an exponent and a
// fraction of a fen. A ratio keeps its decimals.
func TestCaseFileAmountsThroughTheDoor(t *testing.T) {
	head := `{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":9},"rules":{},"medical":`
	for _, tc := range []struct {
		medical, path string
		kind          error
	}{
		{`{"total":null,"eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsonerr.ErrNull},
		{`{"eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsonerr.ErrRequired},
		{`{"total":"1.00","ratio":"0.5"}`, "$.medical.eligible", jsonerr.ErrRequired},
		{`{"total":"1e2000000000","eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsonerr.ErrNumber},
		{`{"total":"1.001","eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsonerr.ErrDecimals},
		{`{"total":"2.00","eligible":"1.00","ratio":"0.5","determined_medical":"0.001"}`, "$.medical.determined_medical", jsonerr.ErrDecimals},
	} {
		_, err := benefits.ParseCaseFile([]byte(head + tc.medical + `}`))
		require.ErrorIs(t, err, benefits.ErrCaseFile, tc.medical)
		require.ErrorIs(t, err, tc.kind, tc.medical)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je)
		assert.Equal(t, tc.path, je.Path)
		jsontest.Check(t, err)
	}
	_, err := benefits.ParseCaseFile([]byte(head + `{"total":"2.00","eligible":"1.00","ratio":"0.333333"}}`))
	require.NoError(t, err)
}

// An award's nested readers (its items) report their refusal with the
// place in the whole award.
func TestParseAwardPlacesNestedRefusals(t *testing.T) {
	_, err := benefits.ParseAward([]byte(`{"items":[{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"","params":[],"articles":[]},
		{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"","params":[],"articles":[],"rebase":{"since":"2025-07","basis":"x","factors":["1e999999999"]}}],
		"one_time_total":"1.00","monthly_total":"0.00","provisional":false,"flagged":false}`))
	require.ErrorIs(t, err, benefits.ErrBadAward)
	require.ErrorIs(t, err, jsonerr.ErrNumber)
	var je *jsonerr.Error
	require.True(t, errors.As(err, &je))
	assert.Equal(t, "$.items[1].rebase.factors[0]", je.Path)
	jsontest.Check(t, err)
}

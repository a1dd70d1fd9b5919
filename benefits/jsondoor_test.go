package benefits_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
)

// An award's nested readers (its items) report their refusal with the
// place in the whole award.
func TestParseAwardPlacesNestedRefusals(t *testing.T) {
	_, err := benefits.ParseAward([]byte(`{"items":[{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"","params":[],"articles":[]},
		{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"","params":[],"articles":[],"rebase":{"since":"2025-07","basis":"x","factors":["1e999999999"]}}],
		"one_time_total":"1.00","monthly_total":"0.00","provisional":false,"flagged":false}`))
	require.ErrorIs(t, err, benefits.ErrBadAward)
	require.ErrorIs(t, err, jsoncode.ErrNumber)
	var je *jsonerr.Error
	require.True(t, errors.As(err, &je))
	assert.Equal(t, "$.items[1].rebase.factors[0]", je.Path)
	jsontest.Check(t, err)
}

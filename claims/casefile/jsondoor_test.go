package casefile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
)

// A cost's amount: null or absent once read as 0.00 (a cost silently
// dropped from the split); a fraction of a fen or an exponent is refused
// before the amount is parsed, with the cost's path.
func TestCaseFileAmountsThroughTheDoor(t *testing.T) {
	head := `{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-03-02","application":{"situation":"order_accident","submitted":[]},"paid_months":[],`
	for _, tc := range []struct {
		cost string
		kind error
	}{
		{`{"date":"2026-02-25","amount":null}`, jsoncode.ErrNull},
		{`{"date":"2026-02-25"}`, jsoncode.ErrRequired},
		{`{"date":"2026-02-25","amount":"1200.005"}`, jsoncode.ErrDecimals},
		{`{"date":"2026-02-25","amount":"1e999999999"}`, jsoncode.ErrNumber},
		{`{"date":"2026-02-25","amount":"` + strings.Repeat("9", 1<<20) + `"}`, jsoncode.ErrNumber},
		{`{"date":"2026-02-25","amount":"120000000000000000000"}`, jsoncode.ErrNumber},
	} {
		_, err := casefile.Parse([]byte(head + `"costs":[{"date":"2026-02-21","amount":"1.00"},` + tc.cost + `]}`))
		require.ErrorIs(t, err, casefile.ErrInvalid)
		require.ErrorIs(t, err, tc.kind, "%.40s", tc.cost)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je)
		assert.Equal(t, "$.costs[1].amount", je.Path)
		jsontest.Check(t, err)
	}
	_, err := casefile.Parse([]byte(head + `"costs":[{"date":"2026-02-21","amount":"1200.50"}]}`))
	require.NoError(t, err)
	// A date field holding an identity number is refused without echoing it.
	_, err = casefile.Parse([]byte(strings.Replace(head, `"2026-03-02"`, `"`+jsontest.ID+`"`, 1) + `"costs":[]}`))
	var je *jsonerr.Error
	require.True(t, errors.As(err, &je))
	assert.Equal(t, "$.filed_on", je.Path)
	assert.NotContains(t, err.Error(), jsontest.ID)
	jsontest.Check(t, err)
}

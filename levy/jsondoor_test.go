package levy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/levy"
)

// A floated factor or rate is a decimal: its digits are checked before it
// is parsed; null is refused, naming the field.
func TestSetupThroughTheDoor(t *testing.T) {
	for _, tc := range []struct {
		floating, path string
		kind           error
	}{
		{`{"year":2026,"industry":"instant_delivery","factor":"1e999999999","source":"s"}`, "$.terms[0].floating[0].factor", jsoncode.ErrNumber},
		{`{"year":2026,"industry":"instant_delivery","rate":"0.0000000000000000001","source":"s"}`, "$.terms[0].floating[0].rate", jsoncode.ErrDecimals},
		{`{"year":2026,"industry":"instant_delivery","factor":null,"source":"s"}`, "$.terms[0].floating[0].factor", jsoncode.ErrNull},
		{`{"year":null,"industry":"instant_delivery","factor":"1.1","source":"s"}`, "$.terms[0].floating[0].year", jsoncode.ErrNull},
	} {
		_, err := levy.ParseSetup([]byte(`{"terms":[{"platform":"p","first_month":"2025-01","floating":[`+tc.floating+`]}]}`), calendar.Default())
		require.ErrorIs(t, err, levy.ErrSetupSyntax)
		require.ErrorIs(t, err, tc.kind)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je)
		assert.Equal(t, tc.path, je.Path)
		jsontest.Check(t, err)
	}
}

package param_test

// Tests written for the survivors of round 13 of the issue 19 mutation
// study (testdata/mutation), re-run on the tree of session 27.

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// A suggestion is at most three edits away counting every edit: three
// characters put before a registered name and its first one changed are
// four edits (no suggestion); the three before it alone are three (the
// name is suggested). Deleting a prefix costs one edit a character, not
// one for the whole prefix.
func TestSuggestionCountsEveryEditOfAPrefix(t *testing.T) {
	for in, suggested := range map[string]bool{
		"xyzlevy.base.ride_hailing": true,  // 3 insertions
		"xyzQevy.base.ride_hailing": false, // 3 insertions and a substitution
		"xyQevy.base.ride_hailing":  true,  // 2 insertions and a substitution
	} {
		err := param.Value{Name: param.Name(in), Value: decimal.NewFromInt(1), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified}.Validate()
		require.ErrorIs(t, err, param.ErrUnknownName, in)
		if suggested {
			assert.Contains(t, err.Error(), "did you mean levy.base.ride_hailing?", in)
		} else {
			assert.NotContains(t, err.Error(), "did you mean", in)
		}
	}
}

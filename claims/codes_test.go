package claims_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
)

func TestCodes(t *testing.T) { codetest.Check(t, claims.Codes()) }

func TestErrorsCarryTheirCode(t *testing.T) {
	te := &claims.TransitionError{From: claims.StateAccepted, Event: claims.EventWithdraw, Why: "x"}
	assert.Equal(t, claims.ErrTransition, errcode.Of(te))
	assert.Equal(t, "案件处于“已受理”状态，不能办理“撤回”", te.Chinese())
	ue := &claims.UnstatedError{Field: "clarity"}
	assert.Equal(t, claims.ErrUnstated, errcode.Of(ue))
	assert.Equal(t, "未写明 clarity：必须写明，不作推定", ue.Chinese())

	// ErrNoCalendar was fmt.Errorf("claims: %w", calendar.ErrNilCalendar):
	// it still matches calendar's code, and says the same.
	assert.True(t, errors.Is(claims.ErrNoCalendar, calendar.ErrNilCalendar))
	assert.Equal(t, "claims: "+calendar.ErrNilCalendar.Error(), claims.ErrNoCalendar.Error())

	var nilTE *claims.TransitionError
	var nilUE *claims.UnstatedError
	assert.NotPanics(t, func() { _, _ = nilTE.Chinese(), nilUE.Chinese() })
}

// Every value of the enums has a Chinese name; the zero value of a type
// whose zero is not a value has none.
func TestEnumsHaveChineseNames(t *testing.T) {
	for _, s := range []interface{ Chinese() string }{
		claims.EventReport, claims.EventBenefits, claims.MatConsent, claims.AdvanceNone, claims.AdvanceThird,
		claims.BeforeInForceNote, claims.ClockFromFoundClear, claims.LateCostAfterWindow, claims.LateCostToFiling,
		claims.Responsible, claims.Investigate, claims.Clear, claims.Covered, claims.ApplicantUnion,
	} {
		assert.NotEmpty(t, s.Chinese(), "%v", s)
	}
	assert.Empty(t, claims.EventKind("").Chinese())
	assert.Empty(t, claims.Material("passport").Chinese())
}

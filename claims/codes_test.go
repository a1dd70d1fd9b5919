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
	day := func(s string) calendar.Date { d, _ := calendar.ParseDate(s); return d }
	accepted := claims.Case{Accident: day("2026-03-02"), State: claims.StateAccepted, AppliedOn: day("2026-03-03"), AcceptedOn: day("2026-03-04"), Clarity: claims.Clear}
	_, te := accepted.Next(claims.Event{Kind: claims.EventAccept, Date: day("2026-03-05"), Clarity: claims.Clear})
	assert.Equal(t, claims.ErrTransition, errcode.Of(te))
	assert.Equal(t, "案件处于“已受理”状态，不能办理“受理”", chineseOf(te))
	_, kind, ok := fieldOf(te, claims.ErrTransition)
	assert.True(t, ok)
	assert.Equal(t, "accept", kind, "the event refused")
	applied := accepted
	applied.State, applied.AcceptedOn, applied.Clarity = claims.StateApplied, calendar.Date{}, ""
	_, ue := applied.Next(claims.Event{Kind: claims.EventAccept, Date: day("2026-03-05")})
	assert.Equal(t, claims.ErrUnstated, errcode.Of(ue))
	assert.Equal(t, "必须写明的事实未写：不写不等于“否”，不作推定（字段 clarity）", chineseOf(ue))
	field, _, ok := fieldOf(ue, claims.ErrUnstated)
	assert.True(t, ok)
	assert.Equal(t, "clarity", field)

	// ErrNoCalendar was fmt.Errorf("claims: %w", calendar.ErrNilCalendar):
	// it still matches calendar's code, and says the same.
	assert.True(t, errors.Is(claims.ErrNoCalendar, calendar.ErrNilCalendar))
	assert.Equal(t, "claims: "+calendar.ErrNilCalendar.Error(), claims.ErrNoCalendar.Error())
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

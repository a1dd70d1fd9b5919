package calendar_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
)

func TestCodes(t *testing.T) { codetest.Check(t, calendar.Codes()) }

// The structured errors carry their code: errors.As finds it.
func TestErrorsCarryTheirCode(t *testing.T) {
	_, err := calendar.Default().IsWorkday(day(t, "2040-01-02"))
	assert.True(t, errors.Is(err, calendar.ErrNotCovered))
	assert.Equal(t, "not_covered", errcode.Of(err).Code())
	var nc *calendar.YearNotCoveredError
	if assert.True(t, errors.As(err, &nc)) {
		assert.Equal(t, "2040年的放假安排尚未载入，该年的日期无法判断", nc.Chinese())
	}

	_, err = calendar.ParseDate("2026-13-01")
	assert.True(t, errors.Is(err, calendar.ErrParse))
	assert.Equal(t, "parse", errcode.Of(err).Code())

	// A schedule's malformed date is the schedule's syntax first.
	_, err = calendar.ParseSchedule([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-13-01","kind":"statutory_holiday","festival":"new_years_day"}]}`))
	assert.True(t, errors.Is(err, calendar.ErrParse))
	assert.Equal(t, calendar.ErrScheduleSyntax, errcode.Of(err))

	_, err = (*calendar.Calendar)(nil).IsWorkday(day(t, "2026-01-02"))
	assert.Equal(t, errcode.FixCall, errcode.Of(err).Action())

	var zero *calendar.YearNotCoveredError
	assert.NotPanics(t, func() { _ = zero.Chinese() })
}

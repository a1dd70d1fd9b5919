package calendar_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
)

// mustPanic calls f and returns the error it panicked with.
func mustPanic(t *testing.T, f func()) (err error) {
	t.Helper()
	defer func() {
		r := recover()
		require.NotNil(t, r, "no panic")
		e, ok := r.(error)
		require.True(t, ok, "panic value %T is not an error", r)
		err = e
	}()
	f()
	return nil
}

// A malformed literal panics with an error that wraps the *ParseError, so
// the message names the input and the reason.
func TestMustParsePanicsWithTheParseError(t *testing.T) {
	for _, s := range []string{"", "2026-02-30", "2026-2-3", " 2026-02-03", "0000-01-01", "2026-02-03T00:00"} {
		err := mustPanic(t, func() { calendar.MustParseDate(s) })
		var pe *calendar.ParseError
		require.True(t, errors.As(err, &pe), "%v", err)
		assert.Equal(t, s, pe.Input)
		_, want := calendar.ParseDate(s)
		assert.Equal(t, "calendar.MustParseDate: "+want.Error(), err.Error())
	}
	for _, s := range []string{"", "2026-13", "2026-00", "2026-1", "0000-01", "2026-02-01"} {
		err := mustPanic(t, func() { calendar.MustParseMonth(s) })
		var pe *calendar.ParseError
		require.True(t, errors.As(err, &pe), "%v", err)
		assert.Equal(t, s, pe.Input)
		_, want := calendar.ParseMonth(s)
		assert.Equal(t, "calendar.MustParseMonth: "+want.Error(), err.Error())
	}
	// An identity number typed as a date is masked in the message (第七十九条).
	err := mustPanic(t, func() { calendar.MustParseDate("310101199001011234") })
	assert.NotContains(t, err.Error(), "199001011234")
}

// On any string, MustParseDate and MustParseMonth give what ParseDate and
// ParseMonth give, or panic exactly when those return an error.
func TestMustParseAgreesWithParse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(
			rapid.StringMatching(`[0-9]{4}-[0-9]{2}(-[0-9]{2})?`),
			rapid.String(),
		).Draw(t, "s")
		if d, err := calendar.ParseDate(s); err == nil {
			if got := calendar.MustParseDate(s); got != d {
				t.Fatalf("MustParseDate(%q) = %v, ParseDate %v", s, got, d)
			}
		} else if !panics(func() { calendar.MustParseDate(s) }) {
			t.Fatalf("MustParseDate(%q) did not panic; ParseDate: %v", s, err)
		}
		if m, err := calendar.ParseMonth(s); err == nil {
			if got := calendar.MustParseMonth(s); got != m {
				t.Fatalf("MustParseMonth(%q) = %v, ParseMonth %v", s, got, m)
			}
		} else if !panics(func() { calendar.MustParseMonth(s) }) {
			t.Fatalf("MustParseMonth(%q) did not panic; ParseMonth: %v", s, err)
		}
	})
}

func panics(f func()) (p bool) {
	defer func() { p = recover() != nil }()
	f()
	return false
}

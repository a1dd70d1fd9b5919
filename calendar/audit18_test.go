package calendar_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/jsontest"
)

// Audit of issue 18: a schedule's own checks, after the strict JSON layer,
// quoted an unknown festival whole and the year as written: an identity
// number there reached the message, and a 64 KiB festival made a 64 KiB
// error.
func TestAudit18ScheduleErrorsBoundedAndMasked(t *testing.T) {
	day := func(festival string) string {
		return `[{"year":2027,"source":"s","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"` + festival + `"}]}]`
	}
	for _, in := range []string{
		day(jsontest.ID), day("１１０１０１１９９００３０７１２３４"), day(`\u00851101011990030712`), day("110101900307123"),
		day(strings.Repeat("x", 60000)),
		`[{"year":` + jsontest.ID + `,"source":"s","days":[]}]`,
	} {
		_, err := calendar.ParseSchedules([]byte(in))
		require.Error(t, err)
		jsontest.Check(t, err)
	}
	_, err := calendar.DateOf(2026, 1, 110101199003071234)
	require.Error(t, err)
	jsontest.Check(t, err)
	_, err = calendar.MonthOf(110101199003071234, 1)
	require.Error(t, err)
	jsontest.Check(t, err)
}

// Audit of issue 18: ParseHolidayCSV, an exported reader, read its input
// without a bound and quoted a header or a kind whole.
func TestAudit18HolidayCSVBounded(t *testing.T) {
	const header = "date,kind,festival,statutory,source\n"
	for _, in := range []string{
		"date,kind,festival,statutory," + jsontest.ID + "\n",
		header + "2027-01-01," + jsontest.ID + ",new_years_day,yes,s\n",
		header + "2027-01-01," + strings.Repeat("k", 60000) + ",new_years_day,yes,s\n",
	} {
		_, err := calendar.ParseHolidayCSV(strings.NewReader(in))
		require.Error(t, err)
		jsontest.Check(t, err)
	}
	_, err := calendar.ParseHolidayCSV(nil)
	require.Error(t, err)

	// An endless input is refused once MaxHolidayCSVBytes are read.
	endless := io.MultiReader(strings.NewReader(header+"2027-01-01,off,new_years_day,yes,\""), zeros{})
	_, err = calendar.ParseHolidayCSV(endless)
	assert.ErrorIs(t, err, calendar.ErrHolidayCSVTooLarge)
	var ce *calendar.CSVError
	assert.True(t, errors.As(err, &ce))
	jsontest.Check(t, err)

	// Exactly at the bound is read; one byte more is not.
	row := "2027-01-01,off,new_years_day,yes,"
	pad := calendar.MaxHolidayCSVBytes - len(header) - len(row) - 1
	exact := header + row + strings.Repeat("s", pad) + "\n"
	require.Len(t, exact, calendar.MaxHolidayCSVBytes)
	ss, err := calendar.ParseHolidayCSV(strings.NewReader(exact))
	require.NoError(t, err)
	require.Len(t, ss, 1)
	_, err = calendar.ParseHolidayCSV(strings.NewReader(exact + "\n"))
	assert.ErrorIs(t, err, calendar.ErrHolidayCSVTooLarge)
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 's'
	}
	return len(p), nil
}

// Audit of issue 18: the zero value and a nil pointer of every exported
// error type print and unwrap without a panic, and Date.In takes a nil
// location (UTC) as time.Date would not.
func TestAudit18NilErrorsAndLocation(t *testing.T) {
	assert.NotPanics(t, func() {
		for _, e := range []error{(*calendar.CSVError)(nil), (*calendar.ParseError)(nil), (*calendar.ScheduleError)(nil), (*calendar.YearNotCoveredError)(nil)} {
			_ = e.Error()
			_ = errors.Unwrap(e)
		}
	})
	d, err := calendar.ParseDate("2026-03-02")
	require.NoError(t, err)
	var got time.Time
	assert.NotPanics(t, func() { got = d.In(nil) })
	assert.Equal(t, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), got)
	assert.NotPanics(t, func() { _ = calendar.Date{}.In(nil) })
}

// Audit of issue 18: a rule's and a day kind's UnmarshalText quoted the
// text whole (through JSON the strict layer bounds a cause's message; a
// direct call did not).
func TestAudit18TextUnmarshalersBounded(t *testing.T) {
	for _, in := range []string{jsontest.ID, "１１０１０１１９９００３０７１２３４", strings.Repeat("x", 60000)} {
		var r calendar.Rule
		err := r.UnmarshalText([]byte(in))
		require.Error(t, err)
		jsontest.Check(t, err)
		var k calendar.DayKind
		err = k.UnmarshalText([]byte(in))
		require.Error(t, err)
		jsontest.Check(t, err)
	}
}

package calendar_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
)

// day parses a YYYY-MM-DD literal in tests.
func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func month(t testing.TB, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	require.NoError(t, err)
	return m
}

func TestParseDateFormatsBack(t *testing.T) {
	for _, s := range []string{"0001-01-01", "1970-01-01", "2000-02-29", "2024-02-09", "2026-12-31", "9999-12-31"} {
		d := day(t, s)
		assert.Equal(t, s, d.String())
		y, m, dd := d.Date()
		tt := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
		assert.Equal(t, s, tt.Format(time.DateOnly))
		assert.Equal(t, tt.Weekday(), d.Weekday(), s)
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, s := range []string{"", "2026-1-01", "2026-01-1", "2026/01/01", "2026-13-01", "2026-00-10",
		"2026-02-29", "2100-02-29", "2026-04-31", "0000-01-01", " 2026-01-01", "2026-01-01T00:00:00Z", "２０２６-01-01", "+026-01-01"} {
		_, err := calendar.ParseDate(s)
		var pe *calendar.ParseError
		require.Error(t, err, s)
		assert.True(t, errors.As(err, &pe), "%q: %v", s, err)
		assert.Equal(t, s, pe.Input)
	}
}

func TestDateOfDoesNotNormalize(t *testing.T) {
	_, err := calendar.DateOf(2026, time.February, 30)
	assert.Error(t, err)
	_, err = calendar.DateOf(2026, 13, 1)
	assert.Error(t, err)
	_, err = calendar.DateOf(10000, 1, 1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	d, err := calendar.DateOf(2024, time.February, 29)
	require.NoError(t, err)
	assert.Equal(t, "2024-02-29", d.String())
}

func TestFromTimeTakesTheBeijingDay(t *testing.T) {
	cases := []struct {
		instant string
		want    string
	}{
		{"2026-01-31T15:59:59Z", "2026-01-31"},      // 23:59:59 in Beijing
		{"2026-01-31T16:00:00Z", "2026-02-01"},      // 00:00 in Beijing: the next day
		{"2026-01-31T23:59:59+08:00", "2026-01-31"}, // already Beijing
		{"2026-02-01T00:00:00+08:00", "2026-02-01"},
		{"2026-01-31T12:30:00-05:00", "2026-02-01"}, // New York noon is 01:30 next day in Beijing
		{"1969-12-31T16:00:00Z", "1970-01-01"},
		{"1969-12-31T15:59:59Z", "1969-12-31"},
	}
	for _, c := range cases {
		tt, err := time.Parse(time.RFC3339, c.instant)
		require.NoError(t, err)
		d, err := calendar.FromTime(tt)
		require.NoError(t, err)
		assert.Equal(t, c.want, d.String(), c.instant)
	}
	_, err := calendar.FromTime(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	assert.ErrorIs(t, err, calendar.ErrDateRange)
}

func TestDateOfUnixBounds(t *testing.T) {
	first := time.Date(1, 1, 1, 0, 0, 0, 0, calendar.Beijing())
	last := time.Date(9999, 12, 31, 23, 59, 59, 0, calendar.Beijing())
	d, err := calendar.DateOfUnix(first.Unix())
	require.NoError(t, err)
	assert.Equal(t, "0001-01-01", d.String())
	d, err = calendar.DateOfUnix(last.Unix())
	require.NoError(t, err)
	assert.Equal(t, "9999-12-31", d.String())
	for _, sec := range []int64{first.Unix() - 1, last.Unix() + 1, math.MaxInt64, math.MinInt64} {
		_, err := calendar.DateOfUnix(sec)
		assert.ErrorIs(t, err, calendar.ErrDateRange, sec)
	}
}

func TestStartInBeijingRoundTrips(t *testing.T) {
	d := day(t, "2026-10-01")
	start := d.StartInBeijing()
	assert.Equal(t, "2026-09-30T16:00:00Z", start.UTC().Format(time.RFC3339))
	back, err := calendar.FromTime(start)
	require.NoError(t, err)
	assert.Equal(t, d, back)
	back, err = calendar.FromTime(start.Add(-time.Nanosecond))
	require.NoError(t, err)
	assert.Equal(t, "2026-09-30", back.String())
}

func TestZeroDate(t *testing.T) {
	var z calendar.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	_, err := z.AddDays(1)
	assert.ErrorIs(t, err, calendar.ErrZeroDate)
	_, err = calendar.Default().IsWorkday(z)
	assert.ErrorIs(t, err, calendar.ErrZeroDate)
	assert.True(t, z.Before(day(t, "0001-01-01")))
}

func TestAddDaysAndDaysSince(t *testing.T) {
	d := day(t, "2024-02-28")
	next, err := d.AddDays(1)
	require.NoError(t, err)
	assert.Equal(t, "2024-02-29", next.String())
	next, err = d.AddDays(2)
	require.NoError(t, err)
	assert.Equal(t, "2024-03-01", next.String())
	assert.Equal(t, 366, day(t, "2025-01-01").DaysSince(day(t, "2024-01-01")))
	_, err = day(t, "9999-12-31").AddDays(1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
	_, err = day(t, "0001-01-01").AddDays(-1)
	assert.ErrorIs(t, err, calendar.ErrDateRange)
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D calendar.Date  `json:"d"`
		M calendar.Month `json:"m"`
		Z calendar.Date  `json:"z,omitzero"`
	}
	b, err := json.Marshal(rec{D: day(t, "2026-01-20"), M: month(t, "2025-12")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2026-01-20","m":"2025-12"}`, string(b))
	var r rec
	require.NoError(t, json.Unmarshal(b, &r))
	assert.Equal(t, "2026-01-20", r.D.String())
	assert.Error(t, json.Unmarshal([]byte(`{"d":"2026-02-30"}`), &r))
	assert.Error(t, json.Unmarshal([]byte(`{"m":"2026-1"}`), &r))
}

func TestMonth(t *testing.T) {
	m := month(t, "2024-02")
	assert.Equal(t, "2024-02-01", m.First().String())
	assert.Equal(t, "2024-02-29", m.Last().String())
	prev, err := m.AddMonths(-2)
	require.NoError(t, err)
	assert.Equal(t, "2023-12", prev.String())
	assert.Equal(t, m, calendar.MonthOfDate(day(t, "2024-02-15")))
	_, err = calendar.ParseMonth("2024-13")
	assert.Error(t, err)
	_, err = m.Day(30)
	assert.Error(t, err)
	assert.True(t, prev.Before(m))
	assert.Equal(t, 1, m.Compare(prev))
}

// Dates agree with the standard library's proleptic Gregorian calendar on
// every field, for any day of years 1..9999.
func TestDateAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 3652058).Draw(t, "days since 0001-01-01")
		tt := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
		d, err := calendar.DateOf(tt.Year(), tt.Month(), tt.Day())
		if err != nil {
			t.Fatal(err)
		}
		if d.String() != tt.Format(time.DateOnly) || d.Weekday() != tt.Weekday() {
			t.Fatalf("%s: got %s %s", tt.Format(time.DateOnly), d, d.Weekday())
		}
		back, err := calendar.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip of %s gave %s, %v", d, back, err)
		}
		k := rapid.IntRange(-3000, 3000).Draw(t, "k")
		if e, err := d.AddDays(k); err == nil {
			if e.DaysSince(d) != k {
				t.Fatalf("%s + %d = %s, DaysSince %d", d, k, e, e.DaysSince(d))
			}
			if want := tt.AddDate(0, 0, k).Format(time.DateOnly); e.String() != want {
				t.Fatalf("%s + %d = %s, want %s", d, k, e, want)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-01", "2024-02-29", "0000-00-00", "9999-12-31", "2026-1-1", "", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := calendar.ParseDate(s)
		if err != nil {
			var pe *calendar.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%q: error of type %T: %v", s, err, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("%q parsed to %s", s, d)
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			t.Fatalf("%q accepted but the time package refuses it: %v", s, err)
		}
	})
}

func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"2026-01", "0001-12", "2026-13", "", "2026-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := calendar.ParseMonth(s)
		if err != nil {
			var pe *calendar.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%q: error of type %T", s, err)
			}
			return
		}
		if m.String() != s {
			t.Fatalf("%q parsed to %s", s, m)
		}
	})
}

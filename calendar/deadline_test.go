package calendar_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
)

// The three published deadlines of the reference facts (§4) and the January
// 2026 one the issue gives. A naive "15 + N calendar days" gets 2024-02 and
// 2025-10 wrong.
func TestDeclarationDeadlineReproducesPublishedDates(t *testing.T) {
	c := calendar.Default()
	for period, want := range map[string]string{
		"2022-12": "2023-01-16",
		"2024-01": "2024-02-23",
		"2025-09": "2025-10-27",
		"2025-12": "2026-01-20",
	} {
		dl, err := c.DeclarationDeadline(month(t, period))
		require.NoError(t, err)
		assert.Equal(t, want, dl.Date.String(), "period %s\n%s", period, dl)
	}
}

// Hand-counted deadlines for more months, each with the reasoning.
func TestDeclarationDeadlineHandCounted(t *testing.T) {
	c := calendar.Default()
	cases := []struct{ period, want, why string }{
		{"2018-12", "2019-01-15", "only 01-01 off in the period; the 15th is a Tuesday"},
		{"2019-09", "2019-10-24", "10-01..07: 7 days; 7 working days after Tuesday 10-15"},
		{"2020-01", "2020-02-17", "only 02-01 and 02-02 of the extended Spring Festival are in the period; the 15th is a Saturday"},
		{"2020-09", "2020-10-27", "10-01..08: 8 days; 8 working days after Thursday 10-15"},
		{"2021-04", "2021-05-21", "05-01..05: 5 days; 5 working days after Saturday 05-15"},
		{"2022-04", "2022-05-19", "04-30 is outside; 05-01..04: 4 days; 4 working days after Sunday 05-15"},
		{"2023-03", "2023-04-17", "04-05 alone; the 15th is a Saturday"},
		{"2023-12", "2024-01-15", "the run 12-30..01-01 has 1 day in the period"},
		{"2024-05", "2024-06-19", "06-08..10: 3 days (weekend + 端午); 3 working days after Saturday 06-15"},
		{"2024-08", "2024-09-18", "only 09-15 of the Mid-Autumn run is in the period; it moves past 09-17"},
		{"2025-01", "2025-02-20", "02-01..04: 4 days; 4 working days after Saturday 02-15"},
		{"2025-05", "2025-06-16", "only 06-01..02 of the Dragon Boat run are in the period; the 15th is a Sunday"},
		{"2026-01", "2026-02-24", "only 02-15 of the Spring Festival run is in the period; moves past 02-23"},
		{"2026-09", "2026-10-26", "10-01..07: 7 days; 7 working days after Thursday 10-15"},
		{"2026-11", "2026-12-15", "no day off but weekends; the 15th is a Tuesday"},
	}
	for _, tc := range cases {
		dl, err := c.DeclarationDeadline(month(t, tc.period))
		require.NoError(t, err)
		assert.Equal(t, tc.want, dl.Date.String(), "period %s: %s\n%s", tc.period, tc.why, dl)
	}
}

func TestWithinDays(t *testing.T) {
	c := calendar.Default()
	cases := []struct {
		event string
		days  int
		raw   string
		want  string
	}{
		{"2026-03-02", 30, "2026-04-01", "2026-04-01"}, // a working day: no move
		{"2026-01-20", 30, "2026-02-19", "2026-02-24"}, // Spring Festival 2026
		{"2025-09-01", 30, "2025-10-01", "2025-10-09"}, // National Day 2025
		{"2026-07-03", 90, "2026-10-01", "2026-10-08"}, // the worker's 90 days
		{"2026-01-29", 30, "2026-02-28", "2026-02-28"}, // an adjusted working Saturday stays
		{"2025-12-02", 30, "2026-01-01", "2026-01-04"}, // moves to an adjusted working Sunday
		{"2026-03-06", 30, "2026-04-05", "2026-04-07"}, // 清明
		{"2026-05-09", 30, "2026-06-08", "2026-06-08"},
		{"2026-02-06", 1, "2026-02-07", "2026-02-09"}, // ordinary weekend
	}
	for _, tc := range cases {
		dl, err := c.WithinDays(day(t, tc.event), tc.days)
		require.NoError(t, err)
		assert.Equal(t, tc.raw, dl.Raw.String(), tc.event)
		assert.Equal(t, tc.want, dl.Date.String(), "%s + %d\n%s", tc.event, tc.days, dl)
	}
	_, err := c.WithinDays(day(t, "2026-01-01"), 0)
	assert.Error(t, err)
}

func TestWithinMonths(t *testing.T) {
	c := calendar.Default()
	for _, tc := range []struct {
		event  string
		months int
		raw    string
		want   string
	}{
		{"2025-03-15", 12, "2026-03-15", "2026-03-16"}, // a Sunday
		{"2024-02-29", 12, "2025-02-28", "2025-02-28"}, // no corresponding day: the month's last day
		{"2025-01-31", 1, "2025-02-28", "2025-02-28"},
		{"2025-02-17", 12, "2026-02-17", "2026-02-24"}, // Spring Festival 2026
		{"2025-09-30", 12, "2026-09-30", "2026-09-30"},
	} {
		dl, err := c.WithinMonths(day(t, tc.event), tc.months)
		require.NoError(t, err)
		assert.Equal(t, tc.raw, dl.Raw.String(), tc.event)
		assert.Equal(t, tc.want, dl.Date.String(), tc.event)
	}
	_, err := c.WithinMonths(day(t, "2026-03-01"), 12)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
	_, err = c.WithinMonths(day(t, "2026-03-01"), 0)
	assert.Error(t, err)
}

func TestDayOfMonth(t *testing.T) {
	c := calendar.Default()
	for m, want := range map[string]string{
		"2026-01": "2026-01-05",
		"2026-04": "2026-04-07", // 04-05 清明 (Sunday), 04-06 off
		"2026-10": "2026-10-08",
		"2024-05": "2024-05-06",
		"2022-10": "2022-10-08", // lands on an adjusted working Saturday
		"2019-05": "2019-05-05", // the 5th is itself an adjusted working Sunday
	} {
		dl, err := c.PushDeadline(month(t, m))
		require.NoError(t, err)
		assert.Equal(t, want, dl.Date.String(), m)
	}
	dl, err := c.RateDeadline(2025)
	require.NoError(t, err)
	assert.Equal(t, "2025-01-06", dl.Date.String(), "1月5日 2025 is a Sunday")
	_, err = c.DayOfMonth(month(t, "2026-02"), 30)
	assert.Error(t, err)
}

func TestWithinWorkdays(t *testing.T) {
	c := calendar.Default()
	dl, err := c.WithinWorkdays(day(t, "2026-09-25"), 10)
	require.NoError(t, err)
	assert.Equal(t, "2026-10-15", dl.Date.String(), dl.String())
	// Mid-Autumn Friday 09-25 not counted; 09-26..27 weekend, 10-01..07 off, 10-11 Sunday.
	var notCounted []string
	for _, d := range dl.NotCounted() {
		notCounted = append(notCounted, d.Date.String())
	}
	assert.Equal(t, []string{"2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-11"}, notCounted)
	_, err = c.WithinWorkdays(day(t, "2026-09-25"), 0)
	assert.Error(t, err)
}

func TestAddWorkdaysAndBetween(t *testing.T) {
	c := calendar.Default()
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-09-30", 1, "2026-10-08"},
		{"2026-02-13", 1, "2026-02-14"}, // adjusted working Saturday
		{"2026-02-24", -1, "2026-02-14"},
		{"2025-12-31", 1, "2026-01-04"}, // year end, adjusted working Sunday
		{"2026-01-04", -1, "2025-12-31"},
		{"2026-03-07", 1, "2026-03-09"}, // from a Saturday
		{"2026-03-07", -1, "2026-03-06"},
		{"2026-03-09", 0, "2026-03-09"},
		{"2026-03-07", 0, "2026-03-07"},
	} {
		got, err := c.AddWorkdays(day(t, tc.from), tc.n)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got.String(), "%s %+d", tc.from, tc.n)
	}
	n, err := c.WorkdaysBetween(day(t, "2026-09-30"), day(t, "2026-10-10"))
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	n, err = c.WorkdaysBetween(day(t, "2026-02-13"), day(t, "2026-02-28"))
	require.NoError(t, err)
	assert.Equal(t, 6, n)
	n, err = c.WorkdaysBetween(day(t, "2026-02-28"), day(t, "2026-02-13"))
	require.NoError(t, err)
	assert.Equal(t, -6, n)
	// 2026 has 261 weekdays (it starts on a Thursday); 19 of them are off
	// and 6 weekend days are worked: 248 working days. 01-01 is off, so
	// counting after it changes nothing.
	n, err = c.WorkdaysBetween(day(t, "2026-01-01"), day(t, "2026-12-31"))
	require.NoError(t, err)
	assert.Equal(t, 248, n)
}

func TestDeadlineExplanationAndJSON(t *testing.T) {
	c := calendar.Default()
	dl, err := c.DeclarationDeadline(month(t, "2024-01"))
	require.NoError(t, err)
	assert.Equal(t, 6, dl.Extension)
	text := dl.String()
	assert.Contains(t, text, "第十四条")
	assert.Contains(t, text, "run of 6 consecutive days off in the period, 2024-02-10 to 2024-02-15: extends by 6")
	assert.Contains(t, text, "2024-02-23")
	var moved []string
	for _, d := range dl.MovedOver() {
		moved = append(moved, d.Date.String())
	}
	assert.Equal(t, []string{"2024-02-15", "2024-02-16", "2024-02-17"}, moved)
	b, err := json.Marshal(dl)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "declaration", m["rule"])
	assert.Equal(t, "2024-02-23", m["date"])
	assert.Equal(t, "2024-02-15", m["raw"])
	assert.EqualValues(t, 6, m["extension"])
	assert.NotEmpty(t, m["explanation"])
	assert.Len(t, m["moved_over"], 3)

	wd, err := c.WithinDays(day(t, "2026-01-20"), 30)
	require.NoError(t, err)
	assert.Contains(t, wd.String(), "民法典 第二百零一条")
	assert.Contains(t, wd.String(), "moved over day off: 2026-02-19 Thursday 法定节假日 (春节")
}

// Properties of working-day arithmetic over the covered years.
func TestWorkdayProperties(t *testing.T) {
	c := calendar.Default()
	first := day(t, "2019-01-01")
	const span = 2922 // days in 2019..2026
	anyDay := func(t *rapid.T, label string) calendar.Date {
		d, err := first.AddDays(rapid.IntRange(0, span-1).Draw(t, label))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	t.Run("round trip from a working day", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			d, err := c.NextWorkday(anyDay(t, "d"))
			if err != nil {
				t.Skip("no working day after it in coverage")
			}
			n := rapid.IntRange(-400, 400).Draw(t, "n")
			e, err := c.AddWorkdays(d, n)
			if err != nil {
				t.Skip("leaves coverage")
			}
			back, err := c.AddWorkdays(e, -n)
			if err != nil || back != d {
				t.Fatalf("AddWorkdays(AddWorkdays(%s, %d), %d) = %s, %v", d, n, -n, back, err)
			}
			if between, err := c.WorkdaysBetween(d, e); err != nil || between != n {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; want %d", d, e, between, err, n)
			}
		})
	})
	t.Run("deadlines are working days and move monotonically", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			a := anyDay(t, "a")
			b := anyDay(t, "b")
			if b.Before(a) {
				a, b = b, a
			}
			n := rapid.IntRange(1, 120).Draw(t, "n")
			rules := map[string]func(calendar.Date) (calendar.Deadline, error){
				"within days":     func(d calendar.Date) (calendar.Deadline, error) { return c.WithinDays(d, n) },
				"within workdays": func(d calendar.Date) (calendar.Deadline, error) { return c.WithinWorkdays(d, n) },
				"declaration": func(d calendar.Date) (calendar.Deadline, error) {
					return c.DeclarationDeadline(calendar.MonthOfDate(d))
				},
				"push": func(d calendar.Date) (calendar.Deadline, error) { return c.PushDeadline(calendar.MonthOfDate(d)) },
			}
			for name, rule := range rules {
				da, errA := rule(a)
				db, errB := rule(b)
				if errA != nil || errB != nil {
					continue // past 2026
				}
				for _, dl := range []calendar.Deadline{da, db} {
					if ok, err := c.IsWorkday(dl.Date); err != nil || !ok {
						t.Fatalf("%s: deadline %s is not a working day", name, dl.Date)
					}
					if dl.Date.Before(dl.Raw) {
						t.Fatalf("%s: deadline %s before its raw last day %s", name, dl.Date, dl.Raw)
					}
				}
				if db.Date.Before(da.Date) {
					t.Fatalf("%s: later start %s gives %s, earlier than %s from %s", name, b, db.Date, da.Date, a)
				}
			}
		})
	})
	t.Run("days between is additive", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			a, b, d := anyDay(t, "a"), anyDay(t, "b"), anyDay(t, "c")
			ab, err1 := c.WorkdaysBetween(a, b)
			bd, err2 := c.WorkdaysBetween(b, d)
			ad, err3 := c.WorkdaysBetween(a, d)
			if err1 != nil || err2 != nil || err3 != nil {
				t.Fatal(err1, err2, err3)
			}
			if ab+bd != ad {
				t.Fatalf("%d + %d != %d", ab, bd, ad)
			}
		})
	})
	t.Run("working days between match a day-by-day count", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			a := anyDay(t, "a")
			k := rapid.IntRange(0, 60).Draw(t, "length")
			b, err := a.AddDays(k)
			if err != nil || !c.Covers(b.Year()) {
				t.Skip()
			}
			count := 0
			for x := a; x.Before(b); {
				x, _ = x.AddDays(1)
				if ok, _ := c.IsWorkday(x); ok {
					count++
				}
			}
			if got, err := c.WorkdaysBetween(a, b); err != nil || got != count {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; counted %d", a, b, got, err, count)
			}
		})
	})
}

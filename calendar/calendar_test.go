package calendar_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
)

func TestEmbeddedScheduleIsValid(t *testing.T) {
	data, err := os.ReadFile("data/holidays.csv")
	require.NoError(t, err)
	ss, err := calendar.ParseHolidayCSV(bytes.NewReader(data))
	require.NoError(t, err)
	var years []int
	for _, s := range ss {
		years = append(years, s.Year)
	}
	// 2018 holds the three days of the 2019 notice that fall in 2018.
	assert.Equal(t, []int{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}, years)
	assert.Equal(t, []int{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}, calendar.Default().Years())
	assert.False(t, calendar.Default().Covers(2018))
	assert.False(t, calendar.Default().Covers(2027))
}

// The data is checked by the invariants the notices obey.
func TestEmbeddedScheduleInvariants(t *testing.T) {
	c := calendar.Default()
	for _, s := range c.Schedules() {
		t.Run(time.Date(s.Year, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"), func(t *testing.T) {
			statutory, weekdaysOff, adjusted := 0, 0, 0
			for _, d := range s.Days {
				info, err := c.Day(d.Date)
				require.NoError(t, err)
				assert.Equal(t, d.Kind, info.Kind, d.Date.String())
				assert.NotEmpty(t, info.Source)
				assert.True(t, strings.HasPrefix(info.Source, "国办发明电"), info.Source)
				weekendDay := d.Date.Weekday() == time.Saturday || d.Date.Weekday() == time.Sunday
				switch d.Kind {
				case calendar.StatutoryHoliday:
					statutory++
				case calendar.AdjustedWorkday:
					adjusted++
					assert.True(t, weekendDay, "adjusted working day %s is a %s", d.Date, d.Date.Weekday())
				}
				if d.Kind.IsDayOff() && !weekendDay {
					weekdaysOff++
				}
			}
			// 《全国年节及纪念日放假办法》: 11 festival days a year up to 2024, 13 from
			// 2025 (除夕 and 5月2日 added). In 2020 Mid-Autumn fell on 10-01,
			// National Day, so 11 festival days took 10 dates.
			wantStatutory, festivalDays := 11, 11
			switch {
			case s.Year >= 2025:
				wantStatutory, festivalDays = 13, 13
			case s.Year == 2020:
				wantStatutory = 10
			}
			assert.Equal(t, wantStatutory, statutory, "statutory holiday dates")
			// Balance: every festival day costs one working day (a festival
			// on a weekend is made up by a weekday off, 补休), and every
			// weekday given off beyond that is paid back by an adjusted
			// working day (调休). 2020's extension (国办发明电〔2020〕1号) added
			// 2020-01-31 off and cancelled the 2020-02-01 working Saturday:
			// two working days more off, paid back by none.
			extra := 0
			if s.Year == 2020 {
				extra = 2
			}
			assert.Equal(t, festivalDays+extra, weekdaysOff-adjusted, "weekdays off − adjusted working days")
		})
	}
}

func TestFactsWorthATest(t *testing.T) {
	c := calendar.Default()
	kind := func(s string) calendar.DayKind {
		k, err := c.Kind(day(t, s))
		require.NoError(t, err)
		return k
	}
	assert.Equal(t, calendar.OrdinaryWorkday, kind("2024-02-09"), "除夕 2024 was a working day")
	assert.Equal(t, calendar.StatutoryHoliday, kind("2025-01-28"), "除夕 is a festival day from 2025")
	assert.Equal(t, calendar.StatutoryHoliday, kind("2025-05-02"), "5月2日 is a festival day from 2025")
	assert.Equal(t, calendar.ArrangedDayOff, kind("2020-01-31"), "2020 Spring Festival extension")
	assert.Equal(t, calendar.ArrangedDayOff, kind("2020-02-01"), "no longer a working Saturday after the extension")
	assert.Equal(t, calendar.ArrangedDayOff, kind("2020-02-02"))
	assert.Equal(t, calendar.OrdinaryWorkday, kind("2020-02-03"))
	assert.Equal(t, calendar.AdjustedWorkday, kind("2026-01-04"))
	assert.Equal(t, calendar.OrdinaryWeekend, kind("2026-03-07"))
	assert.Equal(t, calendar.OrdinaryWorkday, kind("2026-03-09"))
	info, err := c.Day(day(t, "2020-10-01"))
	require.NoError(t, err)
	assert.Equal(t, calendar.Festival("national_day+mid_autumn_festival"), info.Festival)
	assert.Equal(t, "国庆节、中秋节", info.Festival.Chinese())
	assert.Contains(t, info.String(), "法定节假日")
}

func TestUncoveredYearIsAnErrorForEveryQuery(t *testing.T) {
	c := calendar.Default()
	d2027 := day(t, "2027-01-04") // a Monday: still not assumed a working day
	dec31 := day(t, "2026-12-31")
	m2027 := month(t, "2027-01")
	check := func(name string, err error, year int) {
		t.Helper()
		var nc *calendar.YearNotCoveredError
		require.Error(t, err, name)
		require.True(t, errors.As(err, &nc), "%s: %v", name, err)
		assert.Equal(t, year, nc.Year, name)
		assert.ErrorIs(t, err, calendar.ErrNotCovered)
		assert.Contains(t, err.Error(), "2027")
	}
	_, err := c.IsWorkday(d2027)
	check("IsWorkday", err, 2027)
	_, err = c.Day(d2027)
	check("Day", err, 2027)
	_, err = c.Kind(d2027)
	check("Kind", err, 2027)
	_, err = c.AddWorkdays(d2027, 1)
	check("AddWorkdays from 2027", err, 2027)
	_, err = c.AddWorkdays(dec31, 1)
	check("AddWorkdays into 2027", err, 2027)
	_, err = c.NextWorkday(d2027)
	check("NextWorkday", err, 2027)
	_, err = c.WorkdaysBetween(dec31, d2027)
	check("WorkdaysBetween", err, 2027)
	_, err = c.WithinDays(day(t, "2026-12-15"), 30)
	check("WithinDays", err, 2027)
	_, err = c.WithinWorkdays(day(t, "2026-12-28"), 5)
	check("WithinWorkdays", err, 2027)
	_, err = c.PushDeadline(m2027)
	check("PushDeadline", err, 2027)
	_, err = c.RateDeadline(2027)
	check("RateDeadline", err, 2027)
	_, err = c.DeclarationDeadline(month(t, "2026-12"))
	check("DeclarationDeadline", err, 2027)

	_, err = c.AddWorkdays(day(t, "2019-01-02"), -2)
	var nc *calendar.YearNotCoveredError
	require.True(t, errors.As(err, &nc))
	assert.Equal(t, 2018, nc.Year)
	// 2019's first declaration needs only 2019 days.
	dl, err := c.DeclarationDeadline(month(t, "2018-12"))
	require.NoError(t, err)
	assert.Equal(t, "2019-01-15", dl.Date.String())
}

// A gap between covered years is not walked over.
func TestGapYearIsNotCovered(t *testing.T) {
	s2019 := calendar.Default().Schedules()[0]
	s2021 := calendar.Default().Schedules()[2]
	c, err := calendar.New(s2019, s2021)
	require.NoError(t, err)
	_, err = c.AddWorkdays(day(t, "2019-12-31"), 1)
	var nc *calendar.YearNotCoveredError
	require.True(t, errors.As(err, &nc), "%v", err)
	assert.Equal(t, 2020, nc.Year)
	_, err = c.WorkdaysBetween(day(t, "2019-06-01"), day(t, "2021-06-01"))
	require.True(t, errors.As(err, &nc))
	assert.Equal(t, 2020, nc.Year)
	_, err = c.AddWorkdays(day(t, "2021-01-04"), -1)
	require.True(t, errors.As(err, &nc))
	assert.Equal(t, 2020, nc.Year)
	n, err := c.WorkdaysBetween(day(t, "2021-01-01"), day(t, "2021-01-08"))
	require.NoError(t, err)
	assert.Equal(t, 5, n)
}

const schedule2027 = `{
  "year": 2027,
  "source": "illustrative 2027 schedule for tests, not a State Council notice",
  "days": [
    {"date": "2027-01-01", "kind": "statutory_holiday", "festival": "new_years_day"},
    {"date": "2027-02-05", "kind": "statutory_holiday", "festival": "spring_festival"},
    {"date": "2027-02-08", "kind": "day_off", "festival": "spring_festival"},
    {"date": "2027-02-20", "kind": "adjusted_workday", "festival": "spring_festival", "source": "another notice"}
  ]
}`

func TestHostAddsAYear(t *testing.T) {
	s, err := calendar.ParseSchedule([]byte(schedule2027))
	require.NoError(t, err)
	base := calendar.Default()
	c, err := base.With(s)
	require.NoError(t, err)
	assert.True(t, c.Covers(2027))
	assert.False(t, base.Covers(2027), "With must not change the receiver")
	k, err := c.Kind(day(t, "2027-02-20"))
	require.NoError(t, err)
	assert.Equal(t, calendar.AdjustedWorkday, k)
	info, err := c.Day(day(t, "2027-02-20"))
	require.NoError(t, err)
	assert.Equal(t, "another notice", info.Source)
	info, err = c.Day(day(t, "2027-02-08"))
	require.NoError(t, err)
	assert.Equal(t, calendar.ArrangedDayOff, info.Kind)
	assert.Contains(t, info.Source, "illustrative")
	// December 2026's declaration can now be computed: in this illustrative
	// schedule 2027-01-01 (Friday) and the weekend make a run of 3 days off,
	// so the Friday 15th moves 3 working days on.
	dl, err := c.DeclarationDeadline(month(t, "2026-12"))
	require.NoError(t, err)
	assert.Equal(t, "2027-01-20", dl.Date.String())
	_, err = c.With(s, s)
	assert.ErrorIs(t, err, calendar.ErrDuplicateSchedule)
}

func TestScheduleLoaderRejects(t *testing.T) {
	cases := map[string]struct {
		json string
		want error
	}{
		"unknown key":         {`{"year":2027,"source":"x","days":[],"extra":1}`, calendar.ErrScheduleSyntax},
		"unknown day key":     {`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day","statutory":true}]}`, calendar.ErrScheduleSyntax},
		"malformed date":      {`{"year":2027,"source":"x","days":[{"date":"2027-1-1","kind":"statutory_holiday","festival":"new_years_day"}]}`, calendar.ErrScheduleSyntax},
		"impossible date":     {`{"year":2027,"source":"x","days":[{"date":"2027-02-29","kind":"day_off","festival":"spring_festival"}]}`, calendar.ErrScheduleSyntax},
		"two values":          {`{"year":2027,"source":"x","days":[]} {}`, calendar.ErrScheduleSyntax},
		"not JSON":            {`year: 2027`, calendar.ErrScheduleSyntax},
		"bad kind":            {`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"holiday","festival":"new_years_day"}]}`, calendar.ErrScheduleSyntax},
		"ordinary kind":       {`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"workday","festival":"new_years_day"}]}`, calendar.ErrBadDayKind},
		"no year":             {`{"source":"x","days":[]}`, calendar.ErrScheduleYear},
		"outside the year":    {`{"year":2027,"source":"x","days":[{"date":"2026-12-31","kind":"day_off","festival":"new_years_day"}]}`, calendar.ErrDayOutsideYear},
		"duplicate":           {`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day"},{"date":"2027-01-01","kind":"day_off","festival":"new_years_day"}]}`, calendar.ErrDuplicateDay},
		"workday on weekday":  {`{"year":2027,"source":"x","days":[{"date":"2027-02-10","kind":"adjusted_workday","festival":"spring_festival"}]}`, calendar.ErrWorkdayOnWeekday},
		"unknown festival":    {`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"christmas"}]}`, calendar.ErrUnknownFestival},
		"no festival":         {`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday"}]}`, calendar.ErrUnknownFestival},
		"repeated festival":   {`{"year":2027,"source":"x","days":[{"date":"2027-10-01","kind":"statutory_holiday","festival":"national_day+national_day"}]}`, calendar.ErrUnknownFestival},
		"no source":           {`{"year":2027,"days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day"}]}`, calendar.ErrMissingSource},
		"day without a date":  {`{"year":2027,"source":"x","days":[{"kind":"statutory_holiday","festival":"new_years_day"}]}`, calendar.ErrMissingDate},
		"year out of range":   {`{"year":10000,"source":"x","days":[]}`, calendar.ErrScheduleYear},
		"days is not a list":  {`{"year":2027,"source":"x","days":{}}`, calendar.ErrScheduleSyntax},
		"year is not integer": {`{"year":"2027","source":"x","days":[]}`, calendar.ErrScheduleSyntax},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := calendar.ParseSchedule([]byte(c.json))
			require.Error(t, err)
			assert.ErrorIs(t, err, c.want)
			var se *calendar.ScheduleError
			assert.True(t, errors.As(err, &se), "%T", err)
			assert.Contains(t, err.Error(), "calendar: schedule")
		})
	}
}

func TestHolidayCSVRejects(t *testing.T) {
	header := "date,kind,festival,statutory,source\n"
	for name, body := range map[string]string{
		"bad header":        "day,kind,festival,statutory,source\n",
		"bad date":          header + "2027-02-30,off,spring_festival,no,x\n",
		"bad kind":          header + "2027-02-03,holiday,spring_festival,yes,x\n",
		"workday statutory": header + "2027-02-06,workday,spring_festival,yes,x\n",
		"off without flag":  header + "2027-02-03,off,spring_festival,,x\n",
		"short row":         header + "2027-02-03,off,spring_festival,no\n",
		"weekday workday":   header + "2027-02-03,workday,spring_festival,,x\n",
		"empty":             "",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := calendar.ParseHolidayCSV(strings.NewReader(body))
			require.Error(t, err)
		})
	}
	_, err := calendar.ParseHolidayCSV(strings.NewReader(header + "2027-02-03,off,spring_festival,no,x\n2027-02-30,off,spring_festival,no,x\n"))
	var ce *calendar.CSVError
	require.True(t, errors.As(err, &ce))
	assert.Equal(t, 3, ce.Line)
}

func TestOverrides(t *testing.T) {
	src := "国家税务总局上海市税务局: 2022年4月至6月征期延长至6月30日 (illustrative citation for tests)"
	c, err := calendar.Default().WithOverrides(
		calendar.Override{Rule: calendar.RuleDeclaration, Period: month(t, "2022-04"), Date: day(t, "2022-06-30"), Source: src},
	)
	require.NoError(t, err)
	dl, err := c.DeclarationDeadline(month(t, "2022-04"))
	require.NoError(t, err)
	assert.Equal(t, "2022-05-19", dl.Computed.String())
	assert.Equal(t, "2022-06-30", dl.Date.String())
	require.True(t, dl.Official())
	assert.Equal(t, src, dl.Override.Source)
	assert.Contains(t, dl.String(), "takes precedence")
	other, err := c.DeclarationDeadline(month(t, "2022-06"))
	require.NoError(t, err)
	assert.False(t, other.Official())
	// the base calendar is unchanged
	base, err := calendar.Default().DeclarationDeadline(month(t, "2022-04"))
	require.NoError(t, err)
	assert.Equal(t, "2022-05-19", base.Date.String())

	for name, o := range map[string]calendar.Override{
		"wrong rule":    {Rule: calendar.RuleWithinDays, Period: month(t, "2022-04"), Date: day(t, "2022-06-30"), Source: src},
		"no date":       {Rule: calendar.RuleDeclaration, Period: month(t, "2022-04"), Source: src},
		"no period":     {Rule: calendar.RuleDeclaration, Date: day(t, "2022-06-30"), Source: src},
		"no source":     {Rule: calendar.RuleDeclaration, Period: month(t, "2022-04"), Date: day(t, "2022-06-30")},
		"inside period": {Rule: calendar.RuleDeclaration, Period: month(t, "2022-04"), Date: day(t, "2022-04-30"), Source: src},
	} {
		_, err := calendar.Default().WithOverrides(o)
		assert.ErrorIs(t, err, calendar.ErrBadOverride, name)
	}
	o := calendar.Override{Rule: calendar.RuleDeclaration, Period: month(t, "2022-04"), Date: day(t, "2022-06-30"), Source: src}
	_, err = calendar.Default().WithOverrides(o, o)
	assert.ErrorIs(t, err, calendar.ErrDuplicateOverride)
	_, err = calendar.ParseOverrides([]byte(`[{"rule":"declaration","period":"2022-04","date":"2022-06-30","source":"x","note":"?"}]`))
	assert.ErrorIs(t, err, calendar.ErrBadOverride)
	os, err := calendar.ParseOverrides([]byte(`[{"rule":"declaration","period":"2022-04","date":"2022-06-30","source":"x"}]`))
	require.NoError(t, err)
	assert.Len(t, os, 1)
}

// Calendars are immutable and safe for concurrent use (run with -race).
func TestConcurrentUse(t *testing.T) {
	c := calendar.Default()
	s, err := calendar.ParseSchedule([]byte(schedule2027))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				d := day(t, "2026-01-01")
				d, _ = d.AddDays((g*37 + i) % 365)
				if _, err := c.AddWorkdays(d, 3); err != nil && !errors.Is(err, calendar.ErrNotCovered) {
					t.Error(err)
				}
				if _, err := c.With(s); err != nil {
					t.Error(err)
				}
				_, _ = c.DeclarationDeadline(calendar.MonthOfDate(d))
			}
		}(g)
	}
	wg.Wait()
	assert.False(t, c.Covers(2027))
}

func TestDayKindText(t *testing.T) {
	for _, k := range []calendar.DayKind{calendar.OrdinaryWorkday, calendar.OrdinaryWeekend, calendar.StatutoryHoliday, calendar.ArrangedDayOff, calendar.AdjustedWorkday} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back calendar.DayKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
		assert.NotEqual(t, k.IsWorkday(), k.IsDayOff(), k.String())
	}
	var k calendar.DayKind
	assert.Error(t, k.UnmarshalText([]byte("unknown")))
	_, err := calendar.DayKind(42).MarshalText()
	assert.Error(t, err)
}

// The schedules a calendar is built from round-trip through JSON.
func TestSchedulesRoundTrip(t *testing.T) {
	data, err := json.Marshal(calendar.Default().Schedules())
	require.NoError(t, err)
	ss, err := calendar.ParseSchedules(data)
	require.NoError(t, err)
	c, err := calendar.New(ss...)
	require.NoError(t, err)
	assert.Equal(t, calendar.Default().Years(), c.Years())
	for _, s := range ss {
		for _, d := range s.Days {
			k, err := c.Kind(d.Date)
			require.NoError(t, err)
			assert.Equal(t, d.Kind, k)
		}
	}
	_, err = calendar.ParseSchedules([]byte(`[{"year":2027,"days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day"}]}]`))
	assert.ErrorIs(t, err, calendar.ErrMissingSource)
}

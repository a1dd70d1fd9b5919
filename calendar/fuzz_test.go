package calendar_test

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/jsontest"
)

// The schedule loader never panics; it accepts a schedule or returns a
// *ScheduleError, and an accepted schedule builds a calendar.
func FuzzParseSchedule(f *testing.F) {
	f.Add([]byte(schedule2027))
	f.Add([]byte(`{"year":2027,"source":"x","days":[]}`))
	f.Add([]byte(`{"year":2027,"source":"x","days":[],"no_holidays":true}`))
	f.Add([]byte(`{"year":2026,"source":"host","days":[{"date":"2026-10-01","kind":"statutory_holiday","festival":"national_day"}]}`))
	f.Add([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-02-10","kind":"adjusted_workday","festival":"spring_festival"}]}`))
	f.Add([]byte(`{"year":2027,"days":[{"date":"2027-01-01","kind":"day_off","festival":"a+b","source":"y"}]}`))
	f.Add([]byte(`[]`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"year":2027,"source":"x","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day","date":"2027-01-02"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := calendar.ParseSchedule(data)
		if err != nil {
			var se *calendar.ScheduleError
			if !errors.As(err, &se) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			jsontest.Check(t, err)
			return
		}
		c, err := calendar.New(s)
		if err != nil {
			t.Fatalf("accepted schedule refused by New: %v", err)
		}
		for _, d := range s.Days {
			k, err := c.Kind(d.Date)
			if err != nil || k != d.Kind {
				t.Fatalf("%s: kind %s, %v; want %s", d.Date, k, err, d.Kind)
			}
		}
		// The precomputed declaration deadlines agree with the default
		// calendar extended (or amended) by the same schedule, month by month.
		ext, err := calendar.Default().With(s)
		if err != nil {
			t.Fatalf("accepted schedule refused by With: %v", err)
		}
		for m := time.January; m <= time.December; m++ {
			p, _ := calendar.MonthOf(s.Year, m)
			due, derr := ext.DeclarationDue(p)
			dl, err := ext.DeclarationDeadline(p)
			if (derr == nil) != (err == nil) || due != dl.Date {
				t.Fatalf("%s: DeclarationDue %s (%v), DeclarationDeadline %s (%v)", p, due, derr, dl.Date, err)
			}
			if err == nil && (dl.Date.Before(dl.Raw) || !dl.Start.Before(dl.Raw)) {
				t.Fatalf("%s: deadline %s before its raw day %s", p, dl.Date, dl.Raw)
			}
		}
	})
}

// The CSV reader never panics; it returns schedules or a typed error.
func FuzzParseHolidayCSV(f *testing.F) {
	data, err := os.ReadFile("data/holidays.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("date,kind,festival,statutory,source\n2027-01-01,off,new_years_day,yes,x\n"))
	f.Add([]byte("date,kind,festival,statutory,source\n\"2027-01-01,off\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ss, err := calendar.ParseHolidayCSV(bytes.NewReader(data))
		if err != nil {
			var ce *calendar.CSVError
			var se *calendar.ScheduleError
			if !errors.As(err, &ce) && !errors.As(err, &se) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if _, err := calendar.New(ss...); err != nil {
			t.Fatalf("parsed schedules refused by New: %v", err)
		}
	})
}

func FuzzParseOverrides(f *testing.F) {
	f.Add([]byte(`[{"rule":"declaration","period":"2022-04","date":"2022-06-30","source":"x"}]`))
	f.Add([]byte(`[]`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		os, err := calendar.ParseOverrides(data)
		if err != nil {
			if !errors.Is(err, calendar.ErrBadOverride) && !errors.Is(err, calendar.ErrDuplicateOverride) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			jsontest.Check(t, err)
			return
		}
		if _, err := calendar.Default().WithOverrides(os...); err != nil {
			t.Fatalf("parsed overrides refused: %v", err)
		}
	})
}

func FuzzParseSchedules(f *testing.F) {
	f.Add([]byte(`[` + schedule2027 + `]`))
	f.Add([]byte(`[]`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`[{"year":2026,"source":"a","no_holidays":true,"days":[]},{"year":2027,"source":"b","source":"c","days":[]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ss, err := calendar.ParseSchedules(data)
		if err != nil {
			var se *calendar.ScheduleError
			if !errors.As(err, &se) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			jsontest.Check(t, err)
			return
		}
		if _, err := calendar.New(ss...); err != nil && !errors.Is(err, calendar.ErrDuplicateSchedule) {
			t.Fatalf("parsed schedules refused: %v", err)
		}
	})
}

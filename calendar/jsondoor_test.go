package calendar_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/jsonerr"
)

// A key written twice in the second of two schedules was reported as
// "schedule 0": the error now names the place by its path.
func TestScheduleJSONErrorNamesThePath(t *testing.T) {
	data := `[{"year":2026,"source":"a","no_holidays":true,"days":[]},
	{"year":2027,"source":"b","days":[{"date":"2027-01-01","kind":"statutory_holiday","festival":"new_years_day","date":"2027-01-02"}]}]`
	_, err := calendar.ParseSchedules([]byte(data))
	require.ErrorIs(t, err, calendar.ErrScheduleSyntax)
	require.ErrorIs(t, err, jsoncode.ErrDuplicateKey)
	var je *jsonerr.Error
	require.ErrorAs(t, err, &je)
	assert.Equal(t, "$[1].days[0].date", je.Path)
	assert.NotContains(t, err.Error(), "schedule 0")
	assert.Contains(t, err.Error(), "$[1].days[0].date")

	_, err = calendar.ParseSchedule([]byte(`{"year":2027,"source":"b","source":"c","days":[]}`))
	assert.NotContains(t, err.Error(), "schedule 0")
	assert.Contains(t, err.Error(), "$.source")
	// A schedule's own refusal still names its year.
	_, err = calendar.ParseSchedule([]byte(`{"year":2027,"source":"b","days":[]}`))
	assert.Contains(t, err.Error(), "schedule 2027")
}

// Every JSON reader of the package refuses the hostile shapes with a
// *jsonerr.Error inside its own error, never a crash or a hang.
func TestCalendarReadersRefuseHostileJSON(t *testing.T) {
	readers := map[string]func([]byte) error{
		"ParseSchedule":  func(b []byte) error { _, err := calendar.ParseSchedule(b); return err },
		"ParseSchedules": func(b []byte) error { _, err := calendar.ParseSchedules(b); return err },
		"ParseOverrides": func(b []byte) error { _, err := calendar.ParseOverrides(b); return err },
	}
	hostile := map[string]error{
		strings.Repeat("[", 2_000_000):                      jsoncode.ErrTooDeep,
		`{"year":` + strings.Repeat("9", 1<<20) + `}`:       jsoncode.ErrNumber,
		`[{"source":"` + strings.Repeat("x", 1<<17) + `"}]`: jsoncode.ErrStringLength,
		`{"` + strings.Repeat("k", 1<<20) + `":1}`:          jsoncode.ErrKeyLength,
		`{"year":null}`:                                     nil, // ErrNull for a schedule, a type error for a list
		`{"year":1e999999999}`:                              jsoncode.ErrNumber,
		`{"110101199003071234":1}`:                          nil,
		`[{"110101199003071234":1,"110101199003071234":1}]`: nil,
	}
	for name, read := range readers {
		for in, kind := range hostile {
			err := read([]byte(in))
			var je *jsonerr.Error
			require.ErrorAs(t, err, &je, "%s %.40s", name, in)
			if kind != nil {
				assert.ErrorIs(t, err, kind, "%s %.40s", name, in)
			}
			assert.LessOrEqual(t, len(err.Error()), jsoncode.MaxMessage+100)
			assert.NotContains(t, err.Error(), "110101199003071234")
		}
	}
}

// Notice tags were uint16: the 65,536th distinct notice wrapped to the
// first, and a day reported another notice's source. They are uint32 now
// (one note a day at most: they cannot wrap).
func TestNoticeTagsDoNotWrap(t *testing.T) {
	var ss []calendar.Schedule
	n := 0
	for y := 1801; n <= 1<<16; y++ {
		s := calendar.Schedule{Year: y}
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 28; d++ {
				date, err := calendar.DateOf(y, time.Month(m), d)
				require.NoError(t, err)
				s.Days = append(s.Days, calendar.ScheduleDay{Date: date, Kind: calendar.ArrangedDayOff, Festival: "new_years_day", Source: fmt.Sprintf("notice %d", n)})
				n++
			}
		}
		ss = append(ss, s)
	}
	c, err := calendar.New(ss...)
	require.NoError(t, err)
	last := ss[len(ss)-1].Days[len(ss[len(ss)-1].Days)-1]
	info, err := c.Day(last.Date)
	require.NoError(t, err)
	assert.Equal(t, last.Source, info.Source)
	first, err := c.Day(ss[0].Days[0].Date)
	require.NoError(t, err)
	assert.Equal(t, "notice 0", first.Source)
}

package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// DayKind says what a day is on China's statutory calendar.
//
// The zero DayKind, KindUnknown, is what an uncovered day has; every query
// on such a day returns a *YearNotCoveredError instead.
type DayKind uint8

const (
	// KindUnknown is the kind of a day in a year with no schedule.
	KindUnknown DayKind = iota
	// OrdinaryWorkday is a Monday to Friday that no notice made a day off (工作日).
	OrdinaryWorkday
	// OrdinaryWeekend is a Saturday or Sunday that no notice names (公休日).
	OrdinaryWeekend
	// StatutoryHoliday is a festival day proper under 《全国年节及纪念日放假办法》
	// (法定节假日): 11 days a year up to 2024, 13 from 2025.
	StatutoryHoliday
	// ArrangedDayOff is any other day off in a State Council arrangement: a
	// weekday given off in exchange for an adjusted working day (调休), a
	// weekday given off because a festival fell on a weekend (补休), a weekend
	// inside a holiday block, or an extension such as 2020's Spring Festival.
	ArrangedDayOff
	// AdjustedWorkday is a Saturday or Sunday that the arrangement makes a
	// working day (调休上班).
	AdjustedWorkday
)

var dayKindNames = [...]string{
	KindUnknown:      "unknown",
	OrdinaryWorkday:  "workday",
	OrdinaryWeekend:  "weekend",
	StatutoryHoliday: "statutory_holiday",
	ArrangedDayOff:   "day_off",
	AdjustedWorkday:  "adjusted_workday",
}

var dayKindChinese = [...]string{
	KindUnknown:      "未覆盖",
	OrdinaryWorkday:  "工作日",
	OrdinaryWeekend:  "公休日",
	StatutoryHoliday: "法定节假日",
	ArrangedDayOff:   "调休放假日",
	AdjustedWorkday:  "调休上班日",
}

// IsWorkday reports whether a day of kind k is a working day: an ordinary
// working day or an adjusted working day.
func (k DayKind) IsWorkday() bool { return k == OrdinaryWorkday || k == AdjustedWorkday }

// isDayOff reports whether a day of kind k is a rest day (公休日, 法定节假日 or
// a day off in the arrangement).
func (k DayKind) isDayOff() bool {
	return k == OrdinaryWeekend || k == StatutoryHoliday || k == ArrangedDayOff
}

// String returns k's name as used in JSON: "workday", "weekend",
// "statutory_holiday", "day_off", "adjusted_workday" (or "unknown").
func (k DayKind) String() string {
	if int(k) < len(dayKindNames) {
		return dayKindNames[k]
	}
	return fmt.Sprintf("DayKind(%d)", uint8(k))
}

// Chinese returns the Chinese term for k (工作日, 公休日, 法定节假日, 调休放假日,
// 调休上班日; 未覆盖 for KindUnknown).
func (k DayKind) Chinese() string {
	if int(k) < len(dayKindChinese) {
		return dayKindChinese[k]
	}
	return k.String()
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (k DayKind) MarshalText() ([]byte, error) {
	if int(k) >= len(dayKindNames) {
		return nil, fmt.Errorf("calendar: invalid DayKind %d", uint8(k))
	}
	return []byte(dayKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the names of
// String except "unknown".
func (k *DayKind) UnmarshalText(b []byte) error {
	if k == nil {
		return errors.New("calendar: UnmarshalText on a nil *DayKind")
	}
	s := string(b)
	for i, name := range dayKindNames {
		if i != int(KindUnknown) && name == s {
			*k = DayKind(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown day kind %s (want workday, weekend, statutory_holiday, day_off or adjusted_workday)", echo(s))
}

// Festival names the holiday a day belongs to in a State Council notice. A
// block that joins two festivals (2020, 2023 and 2025: National Day and
// Mid-Autumn) is named by both joined with "+", as in
// "national_day+mid_autumn_festival".
type Festival string

// The festivals of 《全国年节及纪念日放假办法》 (第二条).
const (
	NewYearsDay        Festival = "new_years_day"        // 元旦
	SpringFestival     Festival = "spring_festival"      // 春节
	TombSweepingDay    Festival = "tomb_sweeping_day"    // 清明节
	LabourDay          Festival = "labour_day"           // 劳动节
	DragonBoatFestival Festival = "dragon_boat_festival" // 端午节
	MidAutumnFestival  Festival = "mid_autumn_festival"  // 中秋节
	NationalDay        Festival = "national_day"         // 国庆节
)

var festivalChinese = map[Festival]string{
	NewYearsDay:        "元旦",
	SpringFestival:     "春节",
	TombSweepingDay:    "清明节",
	LabourDay:          "劳动节",
	DragonBoatFestival: "端午节",
	MidAutumnFestival:  "中秋节",
	NationalDay:        "国庆节",
}

// parts returns the single festivals f joins ("a+b" gives a and b).
func (f Festival) parts() []Festival {
	if f == "" {
		return nil
	}
	ss := strings.Split(string(f), "+")
	out := make([]Festival, len(ss))
	for i, s := range ss {
		out[i] = Festival(s)
	}
	return out
}

// valid reports whether f is one of the seven festivals, or several of them
// joined with "+" without repeats.
func (f Festival) valid() bool {
	parts := f.parts()
	if len(parts) == 0 {
		return false
	}
	for i, p := range parts {
		if _, ok := festivalChinese[p]; !ok {
			return false
		}
		for _, q := range parts[:i] {
			if p == q {
				return false
			}
		}
	}
	return true
}

// Chinese returns the Chinese name of f, parts joined with "、"
// ("国庆节、中秋节"); an unknown part is shown as it is.
func (f Festival) Chinese() string {
	parts := f.parts()
	names := make([]string, len(parts))
	for i, p := range parts {
		if zh, ok := festivalChinese[p]; ok {
			names[i] = zh
		} else {
			names[i] = string(p)
		}
	}
	return strings.Join(names, "、")
}

// DayInfo is what the calendar knows of one day: its kind and, for a day
// named in a State Council notice, the festival and the notice.
type DayInfo struct {
	Date     Date     `json:"date"`
	Weekday  string   `json:"weekday"`
	Kind     DayKind  `json:"kind"`
	Festival Festival `json:"festival,omitempty"`
	Source   string   `json:"source,omitempty"` // the notice that set the day, e.g. "国办发明电〔2025〕7号 https://…"
}

func weekend(w time.Weekday) bool { return w == time.Saturday || w == time.Sunday }

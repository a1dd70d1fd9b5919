package calendar

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
)

// The hand-written renderings before issue 20 (fmt beside the data); the
// catalogues must give them byte for byte.

func handDayEN(i DayInfo) string {
	s := i.Date.String() + " " + i.Date.Weekday().String() + " " + i.Kind.Chinese()
	if i.Festival != "" {
		s += " (" + i.Festival.Chinese()
		if i.Source != "" {
			s += "; " + i.Source
		}
		s += ")"
	}
	return s
}

func handDayZH(i DayInfo) string {
	s := i.Date.String() + " " + weekdayChinese(i.Date.Weekday()) + " " + i.Kind.Chinese()
	if i.Festival != "" {
		s += "（" + i.Festival.Chinese()
		if i.Source != "" {
			s += "；" + i.Source
		}
		s += "）"
	}
	return s
}

func handEN(d Deadline) []string {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) }
	add("rule %s: %s", d.Rule, d.Rule.basis())
	switch d.Rule {
	case RuleWorkdays:
		add("start %s (not counted); %d working days", d.Start, d.N)
		for _, x := range d.NotCounted() {
			add("not a working day, not counted: %s", handDayEN(x))
		}
		if !d.Raw.IsZero() {
			add("the %d-th working day: %s", abs(d.N), d.Raw)
		}
	case RuleWithinDays:
		add("event %s (not counted) + %d days = raw last day %s", d.Start, d.N, d.Raw)
	case RuleWithinMonths:
		add("event %s + %d months = raw last day %s (the corresponding day, or the month's last day)", d.Start, d.N, d.Raw)
	case RuleDayOfMonth:
		add("raw last day: the %d-th, %s", d.N, d.Raw)
	case RuleDeclaration:
		add("period ends %s; the 15 days run %s to %s", d.Start, d.Start.addDays(1), d.Raw)
		for _, r := range d.runs() {
			if r.length >= 3 {
				add("run of %d consecutive days off in the period, %s to %s: extends by %d", r.length, r.from, r.to, r.length)
			} else {
				add("run of %d day(s) off in the period, %s to %s: under 3, no extension", r.length, r.from, r.to)
			}
		}
		if d.Extension > 0 {
			add("extension %d days, counted as working days after %s", d.Extension, d.Raw)
		}
	}
	for _, x := range d.MovedOver() {
		add("moved over day off: %s", handDayEN(x))
	}
	for _, r := range d.ReplacedSchedules() {
		add("year %d: the host's schedule (%s) replaced the official one (%s); this deadline uses the host's", r.Year, r.By, r.Replaced)
	}
	if d.Computed.IsZero() {
		if d.uncovered != 0 {
			add("computed deadline: unknown: year %d is not covered (no State Council holiday schedule for %d is loaded)", d.uncovered, d.uncovered)
		} else {
			add("computed deadline: unknown")
		}
		if d.official() {
			add("official deadline %s set by %s applies", d.Override.Date, d.Override.Source)
		}
	} else {
		add("computed deadline: %s (%s)", d.Computed, d.Computed.Weekday())
	}
	if d.official() && !d.Computed.IsZero() {
		add("official deadline %s set by %s takes precedence over the computed %s", d.Override.Date, d.Override.Source, d.Computed)
	}
	if d.Known() {
		add("deadline: %s", d.Date)
	} else {
		add("deadline: unknown, not before %s", d.notBefore)
	}
	return lines
}

func handZH(d Deadline) []string {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) }
	add("期限规则“%s”：%s", d.Rule.Chinese(), d.Rule.basisZH())
	switch d.Rule {
	case RuleWorkdays:
		add("起算日 %s（不计入）；%d 个工作日", d.Start, d.N)
		for _, x := range d.NotCounted() {
			add("非工作日，不计入：%s", handDayZH(x))
		}
		if !d.Raw.IsZero() {
			add("第 %d 个工作日：%s", abs(d.N), d.Raw)
		}
	case RuleWithinDays:
		add("事件发生日 %s（不计入）加 %d 日，原定最后一日为 %s", d.Start, d.N, d.Raw)
	case RuleWithinMonths:
		add("事件发生日 %s 加 %d 个月，原定最后一日为 %s（到期月的对应日，没有对应日的为该月最后一日）", d.Start, d.N, d.Raw)
	case RuleDayOfMonth:
		add("原定最后一日：当月 %d 日，即 %s", d.N, d.Raw)
	case RuleDeclaration:
		add("所属期于 %s 终了；15 日申报期为 %s 至 %s", d.Start, d.Start.addDays(1), d.Raw)
		for _, r := range d.runs() {
			if r.length >= 3 {
				add("申报期内连续 %d 日休假（%s 至 %s）：顺延 %d 日", r.length, r.from, r.to, r.length)
			} else {
				add("申报期内休假 %d 日（%s 至 %s）：不足连续 3 日，不顺延", r.length, r.from, r.to)
			}
		}
		if d.Extension > 0 {
			add("顺延 %d 日，自 %s 之后按工作日计算", d.Extension, d.Raw)
		}
	}
	for _, x := range d.MovedOver() {
		add("遇休息日顺延，跳过：%s", handDayZH(x))
	}
	for _, r := range d.ReplacedSchedules() {
		add("%d 年：调用方提供的放假安排（%s）替代了官方安排（%s），本期限按调用方的安排计算", r.Year, r.By, r.Replaced)
	}
	if d.Computed.IsZero() {
		if d.uncovered != 0 {
			add("计算所得期限：未知（%d 年放假安排尚未载入）", d.uncovered)
		} else {
			add("计算所得期限：未知")
		}
		if d.official() {
			add("适用 %s 公布的正式期限 %s", d.Override.Source, d.Override.Date)
		}
	} else {
		add("计算所得期限：%s（%s）", d.Computed, weekdayChinese(d.Computed.Weekday()))
	}
	if d.official() && !d.Computed.IsZero() {
		add("%s 公布的正式期限 %s 优先于计算所得的 %s", d.Override.Source, d.Override.Date, d.Computed)
	}
	if d.Known() {
		add("期限：%s", d.Date)
	} else {
		add("期限：未知，不早于 %s", d.notBefore)
	}
	return lines
}

// seen counts what the renderings went through: replaced schedules, days
// moved over, days not counted, official deadlines, unknown computed ones.
var seen [5]int

// checkRendering compares d's renderings with the hand-written ones, and
// the days it names.
func checkRendering(t *testing.T, d Deadline) {
	t.Helper()
	seen[0] += len(d.ReplacedSchedules())
	seen[1] += len(d.MovedOver())
	seen[2] += len(d.NotCounted())
	if d.official() {
		seen[3]++
	}
	if d.Err() != nil {
		seen[4]++
	}
	require.Equal(t, handEN(d), d.Explain(explain.English))
	require.Equal(t, handZH(d), d.Explain(explain.Chinese))
	require.Equal(t, handEN(d), d.Explain("fr"), "another language is English")
	for _, x := range append(d.NotCounted(), d.MovedOver()...) {
		require.Equal(t, handDayEN(x), x.String())
		require.Equal(t, handDayZH(x), x.Chinese())
	}
	for _, l := range d.steps() {
		for _, s := range l {
			require.NoError(t, s.Validate())
		}
	}
}

// TestExplainRendersTheHandTexts: every kind of deadline over the embedded
// years (and past them, unknown), with and without an official override
// and a replaced schedule, renders the bytes the hand-written code gave.
func TestExplainRendersTheHandTexts(t *testing.T) {
	require.NoError(t, catalogues().Err())
	require.NoError(t, explain.Agree(catalogues().In(explain.English), catalogues().In(explain.Chinese)))
	assert.Nil(t, Messages("fr"))

	def := Default()
	s2025 := def.Schedules()[len(def.Schedules())-2]
	s2025.Source = "沪某某〔2025〕1号（测试）"
	repl, err := def.With(s2025)
	require.NoError(t, err)
	off, err := def.WithOverrides(
		Override{Rule: RuleDeclaration, Period: MustParseMonth("2022-03"), Date: MustParseDate("2022-06-30"), Source: "国家税务总局上海市税务局通告（测试）"},
		Override{Rule: RuleDeclaration, Period: MustParseMonth("2026-12"), Date: MustParseDate("2027-01-20"), Source: "测试通告"},
	)
	require.NoError(t, err)
	n := 0
	for _, c := range []*Calendar{def, repl, off} {
		for day := MustParseDate("2019-01-01"); day.Before(MustParseDate("2027-02-01")); day = day.addDays(5) {
			for _, k := range []int{1, 3, 10, 30} {
				if d, err := c.WithinDays(day, k); err == nil || !d.NotBefore().IsZero() {
					checkRendering(t, d)
				}
				if d, err := c.WithinWorkdays(day, k); err == nil || !d.NotBefore().IsZero() {
					checkRendering(t, d)
				}
				if d, err := c.WithinMonths(day, k); err == nil || !d.NotBefore().IsZero() {
					checkRendering(t, d)
				}
				n += 3
			}
		}
		for m := MustParseMonth("2019-01"); m.Before(MustParseMonth("2027-02")); m = MonthOfDate(m.Last().addDays(1)) {
			if d, err := c.DeclarationDeadline(m); err == nil || !d.NotBefore().IsZero() {
				checkRendering(t, d)
			}
			if d, err := c.DayOfMonth(m, 5); err == nil || !d.NotBefore().IsZero() {
				checkRendering(t, d)
			}
			n += 2
		}
	}
	assert.Greater(t, n, 10000)
	for i, k := range seen {
		assert.Positive(t, k, "case %d never met", i)
	}
	checkRendering(t, Deadline{})
	checkRendering(t, Deadline{Rule: Rule(9), N: -3})
	for _, i := range []DayInfo{{}, {Kind: DayKind(9)}, {Date: MustParseDate("2026-02-16"), Kind: StatutoryHoliday, Festival: "spring+x"}} {
		assert.Equal(t, handDayEN(i), i.String())
		assert.Equal(t, handDayZH(i), i.Chinese())
	}
}

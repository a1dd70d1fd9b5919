package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
)

// Issue 19 (mutation study, after round 14): every branch of the
// descriptions a clerk reads, every edge of the precomputed tables and
// every end of the date range, pinned by a test that asserts the whole
// output.

const notice2026 = "国办发明电〔2025〕7号 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"

const (
	basisWithinDays   = "rule within_days: N 日内: the event's day is not counted (民法典 第二百零一条); a last day that is a day off moves to the next working day (民法典 第二百零三条) (第二十一、二十二条)"
	basisWithinDaysZH = "期限规则“N日内”：事件发生当日不计入（民法典 第二百零一条）；最后一日为休息日的，顺延至其后第一个工作日（民法典 第二百零三条）（第二十一、二十二条）"
	basisWorkdays     = "rule workdays: N 个工作日内: the N-th working day after the start day, which is not counted (第十三、二十六、二十七、四十四条)"
	basisWorkdaysZH   = "期限规则“N个工作日内”：起算日不计入，第N个工作日为最后一日（第十三、二十六、二十七、四十四条）"
	basisDecl         = "rule declaration: 月份终了之日起15日内，最后一日是法定假日的以休假日期满的次日为最后一日，申报期内有连续3日以上法定假日的按休假日天数顺延 (第十四条; 税收征收管理法实施细则 第一百零九条)"
	basisDeclZH       = "期限规则“申报期（月份终了之日起15日内）”：月份终了之日起15日内，最后一日是法定假日的以休假日期满的次日为最后一日，申报期内有连续3日以上法定假日的按休假日天数顺延（第十四条；税收征收管理法实施细则 第一百零九条）"
	basisDayOfMonth   = "rule day_of_month: 每月D日前，遇法定节假日顺延: the D-th, or the first working day after it (第九条, 第十二条)"
	basisDayOfMonthZH = "期限规则“每月D日前”：当月D日，遇法定节假日顺延至其后第一个工作日（第九条、第十二条）"
)

type explained struct {
	name   string
	dl     func(t *testing.T) (calendar.Deadline, error)
	en, zh []string
}

// Each case takes one side of an if or switch of Explanation and
// ExplainZH: every rule; a run of days off of 3 or more and one under 3;
// an extension and none; days moved over and none; a replaced schedule; a
// computed deadline known, unknown for an uncovered year, unknown with no
// year; an official date over a known and over an unknown computed one; a
// known and an unknown deadline.
func explainedCases() []explained {
	d, m := calendar.MustParseDate, calendar.MustParseMonth
	c := calendar.Default()
	return []explained{
		{"within days moved over a weekend", func(t *testing.T) (calendar.Deadline, error) {
			return c.WithinDays(d("2026-03-13"), 1)
		}, []string{
			basisWithinDays,
			"event 2026-03-13 (not counted) + 1 days = raw last day 2026-03-14",
			"moved over day off: 2026-03-14 Saturday 公休日",
			"moved over day off: 2026-03-15 Sunday 公休日",
			"computed deadline: 2026-03-16 (Monday)",
			"deadline: 2026-03-16",
		}, []string{
			basisWithinDaysZH,
			"事件发生日 2026-03-13（不计入）加 1 日，原定最后一日为 2026-03-14",
			"遇休息日顺延，跳过：2026-03-14 星期六 公休日",
			"遇休息日顺延，跳过：2026-03-15 星期日 公休日",
			"计算所得期限：2026-03-16（星期一）",
			"期限：2026-03-16",
		}},
		{"within months", func(t *testing.T) (calendar.Deadline, error) {
			return c.WithinMonths(d("2025-03-15"), 12)
		}, []string{
			"rule within_months: N 个月（年）内: ends on the corresponding day of the last month, or its last day when it has none (民法典 第二百零二条); a last day off moves to the next working day (第二百零三条) (第二十二条; 工伤保险条例 第十七条)",
			"event 2025-03-15 + 12 months = raw last day 2026-03-15 (the corresponding day, or the month's last day)",
			"moved over day off: 2026-03-15 Sunday 公休日",
			"computed deadline: 2026-03-16 (Monday)",
			"deadline: 2026-03-16",
		}, []string{
			"期限规则“N个月（年）内”：到期月的对应日为最后一日，没有对应日的为该月最后一日（民法典 第二百零二条）；最后一日为休息日的，顺延至其后第一个工作日（第二百零三条）（第二十二条；工伤保险条例 第十七条）",
			"事件发生日 2025-03-15 加 12 个月，原定最后一日为 2026-03-15（到期月的对应日，没有对应日的为该月最后一日）",
			"遇休息日顺延，跳过：2026-03-15 星期日 公休日",
			"计算所得期限：2026-03-16（星期一）",
			"期限：2026-03-16",
		}},
		{"day of month on a working day", func(t *testing.T) (calendar.Deadline, error) {
			return c.DayOfMonth(m("2026-03"), 5)
		}, []string{
			basisDayOfMonth,
			"raw last day: the 5-th, 2026-03-05",
			"computed deadline: 2026-03-05 (Thursday)",
			"deadline: 2026-03-05",
		}, []string{
			basisDayOfMonthZH,
			"原定最后一日：当月 5 日，即 2026-03-05",
			"计算所得期限：2026-03-05（星期四）",
			"期限：2026-03-05",
		}},
		{"workdays into an uncovered year", func(t *testing.T) (calendar.Deadline, error) {
			dl, err := c.WithinWorkdays(d("2026-12-30"), 3)
			require.ErrorIs(t, err, calendar.ErrNotCovered)
			return dl, err
		}, []string{
			basisWorkdays,
			"start 2026-12-30 (not counted); 3 working days",
			"computed deadline: unknown: year 2027 is not covered (no State Council holiday schedule for 2027 is loaded)",
			"deadline: unknown, not before 2027-01-02",
		}, []string{
			basisWorkdaysZH,
			"起算日 2026-12-30（不计入）；3 个工作日",
			"计算所得期限：未知（2027 年放假安排尚未载入）",
			"期限：未知，不早于 2027-01-02",
		}},
		{"declaration extended by a run of 7, one day under 3", func(t *testing.T) (calendar.Deadline, error) {
			return c.DeclarationDeadline(m("2026-09"))
		}, []string{
			basisDecl,
			"period ends 2026-09-30; the 15 days run 2026-10-01 to 2026-10-15",
			"run of 7 consecutive days off in the period, 2026-10-01 to 2026-10-07: extends by 7",
			"run of 1 day(s) off in the period, 2026-10-11 to 2026-10-11: under 3, no extension",
			"extension 7 days, counted as working days after 2026-10-15",
			"moved over day off: 2026-10-17 Saturday 公休日",
			"moved over day off: 2026-10-18 Sunday 公休日",
			"moved over day off: 2026-10-24 Saturday 公休日",
			"moved over day off: 2026-10-25 Sunday 公休日",
			"computed deadline: 2026-10-26 (Monday)",
			"deadline: 2026-10-26",
		}, []string{
			basisDeclZH,
			"所属期于 2026-09-30 终了；15 日申报期为 2026-10-01 至 2026-10-15",
			"申报期内连续 7 日休假（2026-10-01 至 2026-10-07）：顺延 7 日",
			"申报期内休假 1 日（2026-10-11 至 2026-10-11）：不足连续 3 日，不顺延",
			"顺延 7 日，自 2026-10-15 之后按工作日计算",
			"遇休息日顺延，跳过：2026-10-17 星期六 公休日",
			"遇休息日顺延，跳过：2026-10-18 星期日 公休日",
			"遇休息日顺延，跳过：2026-10-24 星期六 公休日",
			"遇休息日顺延，跳过：2026-10-25 星期日 公休日",
			"计算所得期限：2026-10-26（星期一）",
			"期限：2026-10-26",
		}},
		{"declaration of a run of exactly 3, with an official date over the computed one", func(t *testing.T) (calendar.Deadline, error) {
			o, err := c.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: m("2026-03"), Date: d("2026-04-21"), Source: "税务公告"})
			require.NoError(t, err)
			return o.DeclarationDeadline(m("2026-03"))
		}, []string{
			basisDecl,
			"period ends 2026-03-31; the 15 days run 2026-04-01 to 2026-04-15",
			"run of 3 consecutive days off in the period, 2026-04-04 to 2026-04-06: extends by 3",
			"run of 2 day(s) off in the period, 2026-04-11 to 2026-04-12: under 3, no extension",
			"extension 3 days, counted as working days after 2026-04-15",
			"moved over day off: 2026-04-18 Saturday 公休日",
			"moved over day off: 2026-04-19 Sunday 公休日",
			"computed deadline: 2026-04-20 (Monday)",
			"official deadline 2026-04-21 set by 税务公告 takes precedence over the computed 2026-04-20",
			"deadline: 2026-04-21",
		}, []string{
			basisDeclZH,
			"所属期于 2026-03-31 终了；15 日申报期为 2026-04-01 至 2026-04-15",
			"申报期内连续 3 日休假（2026-04-04 至 2026-04-06）：顺延 3 日",
			"申报期内休假 2 日（2026-04-11 至 2026-04-12）：不足连续 3 日，不顺延",
			"顺延 3 日，自 2026-04-15 之后按工作日计算",
			"遇休息日顺延，跳过：2026-04-18 星期六 公休日",
			"遇休息日顺延，跳过：2026-04-19 星期日 公休日",
			"计算所得期限：2026-04-20（星期一）",
			"税务公告 公布的正式期限 2026-04-21 优先于计算所得的 2026-04-20",
			"期限：2026-04-21",
		}},
		{"declaration into an uncovered year", func(t *testing.T) (calendar.Deadline, error) {
			dl, err := c.DeclarationDeadline(m("2026-12"))
			require.ErrorIs(t, err, calendar.ErrNotCovered)
			return dl, err
		}, []string{
			basisDecl,
			"period ends 2026-12-31; the 15 days run 2027-01-01 to 2027-01-15",
			"computed deadline: unknown: year 2027 is not covered (no State Council holiday schedule for 2027 is loaded)",
			"deadline: unknown, not before 2027-01-15",
		}, []string{
			basisDeclZH,
			"所属期于 2026-12-31 终了；15 日申报期为 2027-01-01 至 2027-01-15",
			"计算所得期限：未知（2027 年放假安排尚未载入）",
			"期限：未知，不早于 2027-01-15",
		}},
		{"declaration into an uncovered year with an official date", func(t *testing.T) (calendar.Deadline, error) {
			o, err := c.WithOverrides(calendar.Override{Rule: calendar.RuleDeclaration, Period: m("2026-12"), Date: d("2027-01-20"), Source: "税务公告"})
			require.NoError(t, err)
			return o.DeclarationDeadline(m("2026-12"))
		}, []string{
			basisDecl,
			"period ends 2026-12-31; the 15 days run 2027-01-01 to 2027-01-15",
			"computed deadline: unknown: year 2027 is not covered (no State Council holiday schedule for 2027 is loaded)",
			"official deadline 2027-01-20 set by 税务公告 applies",
			"deadline: 2027-01-20",
		}, []string{
			basisDeclZH,
			"所属期于 2026-12-31 终了；15 日申报期为 2027-01-01 至 2027-01-15",
			"计算所得期限：未知（2027 年放假安排尚未载入）",
			"适用 税务公告 公布的正式期限 2027-01-20",
			"期限：2027-01-20",
		}},
		{"a host's schedule replacing the official one", func(t *testing.T) (calendar.Deadline, error) {
			h, err := c.With(calendar.Schedule{Year: 2026, Source: "host notice", NoHolidays: true})
			require.NoError(t, err)
			return h.WithinDays(d("2026-02-13"), 1)
		}, []string{
			basisWithinDays,
			"event 2026-02-13 (not counted) + 1 days = raw last day 2026-02-14",
			"moved over day off: 2026-02-14 Saturday 公休日",
			"moved over day off: 2026-02-15 Sunday 公休日",
			"year 2026: the host's schedule (host notice) replaced the official one (" + notice2026 + "); this deadline uses the host's",
			"computed deadline: 2026-02-16 (Monday)",
			"deadline: 2026-02-16",
		}, []string{
			basisWithinDaysZH,
			"事件发生日 2026-02-13（不计入）加 1 日，原定最后一日为 2026-02-14",
			"遇休息日顺延，跳过：2026-02-14 星期六 公休日",
			"遇休息日顺延，跳过：2026-02-15 星期日 公休日",
			"2026 年：调用方提供的放假安排（host notice）替代了官方安排（" + notice2026 + "），本期限按调用方的安排计算",
			"计算所得期限：2026-02-16（星期一）",
			"期限：2026-02-16",
		}},
		{"a bare deadline: computed unknown with no year", func(t *testing.T) (calendar.Deadline, error) {
			return calendar.Deadline{Rule: calendar.RuleDayOfMonth, N: 5}, nil
		}, []string{
			basisDayOfMonth,
			"raw last day: the 5-th, ",
			"computed deadline: unknown",
			"deadline: unknown, not before ",
		}, []string{
			basisDayOfMonthZH,
			"原定最后一日：当月 5 日，即 ",
			"计算所得期限：未知",
			"期限：未知，不早于 ",
		}},
		{"an unknown rule with an official date and nothing computed", func(t *testing.T) (calendar.Deadline, error) {
			return calendar.Deadline{Rule: calendar.Rule(9), N: 5, Override: calendar.Override{Rule: calendar.RuleDayOfMonth, Date: d("2026-03-05"), Source: "S"}}, nil
		}, []string{
			"rule Rule(9): ",
			"computed deadline: unknown",
			"official deadline 2026-03-05 set by S applies",
			"deadline: unknown, not before ",
		}, []string{
			"期限规则“Rule(9)”：",
			"计算所得期限：未知",
			"适用 S 公布的正式期限 2026-03-05",
			"期限：未知，不早于 ",
		}},
		{"a working-day count backwards (N < 0): its ordinal is |N|", func(t *testing.T) (calendar.Deadline, error) {
			return calendar.Deadline{Rule: calendar.RuleWorkdays, N: -3, Start: d("2026-03-10"), Raw: d("2026-03-05")}, nil
		}, []string{
			basisWorkdays,
			"start 2026-03-10 (not counted); -3 working days",
			"the 3-th working day: 2026-03-05",
			"computed deadline: unknown",
			"deadline: unknown, not before ",
		}, []string{
			basisWorkdaysZH,
			"起算日 2026-03-10（不计入）；-3 个工作日",
			"第 3 个工作日：2026-03-05",
			"计算所得期限：未知",
			"期限：未知，不早于 ",
		}},
	}
}

func TestExplanationEveryBranchWhole(t *testing.T) {
	for _, tc := range explainedCases() {
		t.Run(tc.name, func(t *testing.T) {
			dl, _ := tc.dl(t)
			assert.Equal(t, tc.en, dl.Explain(explain.English))
			assert.Equal(t, tc.zh, dl.Explain(explain.Chinese))
			want := ""
			for i, l := range tc.en {
				if i > 0 {
					want += "\n"
				}
				want += l
			}
			assert.Equal(t, want, dl.String())
			b, err := json.Marshal(dl)
			if _, rerr := dl.Rule.MarshalText(); rerr != nil {
				assert.Error(t, err, "JSON of an unknown rule")
				return
			}
			require.NoError(t, err)
			var back struct {
				Explanation []string `json:"explanation"`
			}
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.en, back.Explanation)
		})
	}
}

// The workday count's not-counted days: each named with its kind,
// festival and notice, then the N-th working day.
func TestExplanationNotCountedLines(t *testing.T) {
	dl, err := calendar.Default().WithinWorkdays(calendar.MustParseDate("2026-02-13"), 3)
	require.NoError(t, err)
	en, zh := dl.Explain(explain.English), dl.Explain(explain.Chinese)
	require.Len(t, en, 14)
	require.Len(t, zh, 14)
	assert.Equal(t, "start 2026-02-13 (not counted); 3 working days", en[1])
	assert.Equal(t, "not a working day, not counted: 2026-02-15 Sunday 调休放假日 (春节; "+notice2026+")", en[2])
	assert.Equal(t, "not a working day, not counted: 2026-02-16 Monday 法定节假日 (春节; "+notice2026+")", en[3])
	assert.Equal(t, "not a working day, not counted: 2026-02-23 Monday 调休放假日 (春节; "+notice2026+")", en[10])
	assert.Equal(t, []string{"the 3-th working day: 2026-02-25", "computed deadline: 2026-02-25 (Wednesday)", "deadline: 2026-02-25"}, en[11:])
	assert.Equal(t, "非工作日，不计入：2026-02-15 星期日 调休放假日（春节；"+notice2026+"）", zh[2])
	assert.Equal(t, "非工作日，不计入：2026-02-23 星期一 调休放假日（春节；"+notice2026+"）", zh[10])
	assert.Equal(t, []string{"第 3 个工作日：2026-02-25", "计算所得期限：2026-02-25（星期三）", "期限：2026-02-25"}, zh[11:])
	// A declaration with runs all under 3 has no extension line.
	decl, err := calendar.Default().DeclarationDeadline(calendar.MustParseMonth("2026-01"))
	require.NoError(t, err)
	en = decl.Explain(explain.English)
	assert.Equal(t, []string{
		"period ends 2026-01-31; the 15 days run 2026-02-01 to 2026-02-15",
		"run of 1 day(s) off in the period, 2026-02-01 to 2026-02-01: under 3, no extension",
		"run of 2 day(s) off in the period, 2026-02-07 to 2026-02-08: under 3, no extension",
		"run of 1 day(s) off in the period, 2026-02-15 to 2026-02-15: under 3, no extension",
		"moved over day off: 2026-02-15 Sunday 调休放假日 (春节; " + notice2026 + ")",
	}, en[1:6])
	assert.Equal(t, []string{"computed deadline: 2026-02-24 (Tuesday)", "deadline: 2026-02-24"}, en[len(en)-2:])
	assert.Len(t, en, 16)
}

// The names of kinds, standings, rules, weekdays, festivals and days, on
// each side of their range checks and fallbacks.
func TestNamesOnEachSideOfTheirRange(t *testing.T) {
	// DayKind(6) is the first past the list, DayKind(5) its last.
	assert.Equal(t, "DayKind(6)", calendar.DayKind(6).String())
	assert.Equal(t, "DayKind(6)", calendar.DayKind(6).Chinese())
	_, err := calendar.DayKind(6).MarshalText()
	assert.EqualError(t, err, "calendar: invalid DayKind 6")
	assert.Equal(t, "DayKind(9)", calendar.DayKind(9).String())
	assert.Equal(t, "DayKind(9)", calendar.DayKind(9).Chinese())
	_, err = calendar.DayKind(9).MarshalText()
	assert.EqualError(t, err, "calendar: invalid DayKind 9")
	b, err := calendar.AdjustedWorkday.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "adjusted_workday", string(b))
	assert.Equal(t, "调休上班日", calendar.AdjustedWorkday.Chinese())

	for s, want := range [][3]string{
		{"unknown", "无法判断（期限未知）"}, {"open", "尚未办理，期限未届满"}, {"met", "已按期办理"}, {"overdue", "已逾期"},
	} {
		st := calendar.Standing(s)
		assert.Equal(t, want[0], st.String())
		assert.Equal(t, want[1], st.Chinese())
		b, err := st.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, want[0], string(b))
	}
	assert.Equal(t, "Standing(4)", calendar.Standing(4).String())
	assert.Equal(t, "", calendar.Standing(4).Chinese())
	_, err = calendar.Standing(4).MarshalText()
	assert.EqualError(t, err, "calendar: invalid Standing 4")

	for _, r := range []calendar.Rule{0, 6} {
		assert.Equal(t, r.String(), r.Chinese())
		assert.Equal(t, r.Basis(), r.BasisZH())
		_, err := r.MarshalText()
		assert.Error(t, err)
	}
	assert.Equal(t, "Rule(6)", calendar.Rule(6).String())
	assert.Equal(t, "N个月（年）内", calendar.RuleWithinMonths.Chinese())
	assert.Equal(t, "N个工作日内", calendar.RuleWorkdays.Chinese())
	assert.NotEqual(t, calendar.RuleWorkdays.Basis(), calendar.RuleWorkdays.BasisZH())

	assert.Equal(t, "星期日", calendar.WeekdayZH(time.Sunday))
	assert.Equal(t, "星期六", calendar.WeekdayZH(time.Saturday))
	assert.Equal(t, time.Weekday(7).String(), calendar.WeekdayZH(time.Weekday(7)))
	assert.Equal(t, time.Weekday(-1).String(), calendar.WeekdayZH(time.Weekday(-1)))

	assert.Equal(t, "国庆节、中秋节", calendar.Festival("national_day+mid_autumn_festival").Chinese())
	assert.Equal(t, "国庆节、xyz", calendar.Festival("national_day+xyz").Chinese())

	d := calendar.MustParseDate("2026-02-16")
	full := calendar.DayInfo{Date: d, Kind: calendar.StatutoryHoliday, Festival: "spring_festival", Source: "国办发明电〔2025〕7号"}
	assert.Equal(t, "2026-02-16 星期一 法定节假日（春节；国办发明电〔2025〕7号）", full.Chinese())
	noSource := full
	noSource.Source = ""
	assert.Equal(t, "2026-02-16 星期一 法定节假日（春节）", noSource.Chinese())
	plain := calendar.DayInfo{Date: calendar.MustParseDate("2026-02-14"), Kind: calendar.OrdinaryWeekend, Source: "ignored"}
	assert.Equal(t, "2026-02-14 星期六 公休日", plain.Chinese())

	var zm calendar.Month
	var zd calendar.Date
	assert.Equal(t, "", zm.String())
	assert.Equal(t, "", zd.String())
	b, err = zm.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	b, err = json.Marshal(calendar.Deadline{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
	b, err = json.Marshal(calendar.Deadline{Rule: calendar.RuleDayOfMonth})
	require.NoError(t, err)
	assert.NotEqual(t, "null", string(b))
}

func codeOf(err error) string {
	if err == nil {
		return ""
	}
	return errcode.Of(err).Code()
}

// Parsing and arithmetic at 0001-01-01 and 9999-12-31: each limit, one
// inside and one outside.
func TestDateRangeEnds(t *testing.T) {
	for _, c := range []struct{ in, want, code string }{
		{"0000-12-31", "", "parse"},
		{"0001-01-01", "0001-01-01", ""},
		{"0001-01-02", "0001-01-02", ""},
		{"9999-12-30", "9999-12-30", ""},
		{"9999-12-31", "9999-12-31", ""},
		{"10000-01-01", "", "parse"},
	} {
		got, err := calendar.ParseDate(c.in)
		assert.Equal(t, c.want, got.String(), c.in)
		assert.Equal(t, c.code, codeOf(err), c.in)
	}
	for _, c := range []struct{ in, want, code string }{
		{"0000-12", "", "parse"},
		{"0001-01", "0001-01", ""},
		{"0001-02", "0001-02", ""},
		{"9999-11", "9999-11", ""},
		{"9999-12", "9999-12", ""},
		{"10000-01", "", "parse"},
	} {
		got, err := calendar.ParseMonth(c.in)
		assert.Equal(t, c.want, got.String(), c.in)
		assert.Equal(t, c.code, codeOf(err), c.in)
	}
	for _, y := range []struct {
		y    int
		code string
	}{{0, "date_range"}, {1, ""}, {9999, ""}, {10000, "date_range"}} {
		_, err := calendar.DateOf(y.y, 1, 1)
		assert.Equal(t, y.code, codeOf(err), y.y)
	}
	for _, c := range []struct {
		from      string
		n         int
		want, err string
	}{
		{"9999-12-30", 1, "9999-12-31", ""},
		{"9999-12-31", 0, "9999-12-31", ""},
		{"9999-12-31", 1, "", "calendar: date out of range 0001-01-01..9999-12-31: 9999-12-31 +1 days"},
		{"9999-12-30", 2, "", "calendar: date out of range 0001-01-01..9999-12-31: 9999-12-30 +2 days"},
		{"0001-01-02", -1, "0001-01-01", ""},
		{"0001-01-01", 0, "0001-01-01", ""},
		{"0001-01-01", -1, "", "calendar: date out of range 0001-01-01..9999-12-31: 0001-01-01 -1 days"},
		{"0001-01-02", -2, "", "calendar: date out of range 0001-01-01..9999-12-31: 0001-01-02 -2 days"},
	} {
		got, err := calendar.MustParseDate(c.from).AddDays(c.n)
		assert.Equal(t, c.want, got.String(), "%s %+d", c.from, c.n)
		if c.err == "" {
			assert.NoError(t, err)
		} else {
			assert.EqualError(t, err, c.err)
			assert.ErrorIs(t, err, calendar.ErrDateRange)
		}
	}
	for _, c := range []struct {
		from      string
		n         int
		want, err string
	}{
		{"9999-11", 1, "9999-12", ""},
		{"9999-12", 0, "9999-12", ""},
		{"9999-12", 1, "", "calendar: date out of range 0001-01-01..9999-12-31: 9999-12 +1 months"},
		{"9999-11", 2, "", "calendar: date out of range 0001-01-01..9999-12-31: 9999-11 +2 months"},
		{"0001-02", -1, "0001-01", ""},
		{"0001-01", 0, "0001-01", ""},
		{"0001-01", -1, "", "calendar: date out of range 0001-01-01..9999-12-31: 0001-01 -1 months"},
		{"0001-02", -2, "", "calendar: date out of range 0001-01-01..9999-12-31: 0001-02 -2 months"},
	} {
		got, err := calendar.MustParseMonth(c.from).AddMonths(c.n)
		assert.Equal(t, c.want, got.String(), "%s %+d", c.from, c.n)
		if c.err == "" {
			assert.NoError(t, err)
		} else {
			assert.EqualError(t, err, c.err)
			assert.ErrorIs(t, err, calendar.ErrDateRange)
		}
	}
}

// Deadlines counted from the ends of the range: an uncovered year where
// the raw day exists, ErrDateRange where it does not; never a date outside
// 0001..9999 (period 9999-12 once gave a raw day of "year 10000").
func TestDeadlinesAtTheRangeEnds(t *testing.T) {
	c := calendar.Default()
	d, m := calendar.MustParseDate, calendar.MustParseMonth
	notCovered := func(t *testing.T, dl calendar.Deadline, err error, year int, notBefore string) {
		t.Helper()
		var nc *calendar.YearNotCoveredError
		require.True(t, errors.As(err, &nc), "%v", err)
		assert.Equal(t, year, nc.Year)
		assert.False(t, dl.Known())
		assert.Equal(t, notBefore, dl.NotBefore().String())
	}
	dl, err := c.WithinDays(d("9999-12-30"), 1)
	notCovered(t, dl, err, 9999, "9999-12-31")
	dl, err = c.WithinDays(d("9999-12-31"), 1)
	assert.Equal(t, calendar.Deadline{}, dl)
	assert.EqualError(t, err, "calendar: date out of range 0001-01-01..9999-12-31: 9999-12-31 +1 days")
	dl, err = c.WithinDays(d("0001-01-01"), 1)
	notCovered(t, dl, err, 1, "0001-01-02")
	dl, err = c.WithinWorkdays(d("9999-12-30"), 1)
	notCovered(t, dl, err, 9999, "9999-12-31")
	dl, err = c.WithinWorkdays(d("0001-01-01"), 1)
	notCovered(t, dl, err, 1, "0001-01-02")
	dl, err = c.WithinMonths(d("9999-11-30"), 1)
	notCovered(t, dl, err, 9999, "9999-12-30")
	assert.Equal(t, "9999-12-30", dl.Raw.String())
	dl, err = c.WithinMonths(d("9999-12-01"), 1)
	assert.Equal(t, calendar.Deadline{}, dl)
	assert.EqualError(t, err, "calendar: date out of range 0001-01-01..9999-12-31: 9999-12 +1 months")
	dl, err = c.DayOfMonth(m("9999-12"), 31)
	notCovered(t, dl, err, 9999, "9999-12-31")
	dl, err = c.DeclarationDeadline(m("9999-11"))
	notCovered(t, dl, err, 9999, "9999-12-15")
	dl, err = c.DeclarationDeadline(m("0001-01"))
	notCovered(t, dl, err, 1, "0001-02-15")

	// Period 9999-12: its 15 days run into year 10000, which no Date
	// holds: not covered, and no raw day or not-before date to give (the
	// unknown deadline once carried a Raw of "year 10000", written
	// ":000-01-15").
	for name, cal := range map[string]*calendar.Calendar{"default": c, "with 9999": nil} {
		if cal == nil {
			var err error
			cal, err = calendar.New(calendar.Schedule{Year: 9999, Source: "host 9999", NoHolidays: true})
			require.NoError(t, err)
		}
		dl, err = cal.DeclarationDeadline(m("9999-12"))
		assert.Equal(t, calendar.Deadline{}, dl, name)
		assert.EqualError(t, err, "calendar: year 10000 is not covered: no State Council holiday schedule for 10000 is loaded", name)
		due, err := cal.DeclarationDue(m("9999-12"))
		assert.True(t, due.IsZero(), name)
		assert.ErrorIs(t, err, calendar.ErrNotCovered, name)
	}
	s9999, err := calendar.New(calendar.Schedule{Year: 9999, Source: "host 9999", NoHolidays: true})
	require.NoError(t, err)
	dl, err = s9999.DeclarationDeadline(m("9999-11"))
	require.NoError(t, err)
	assert.Equal(t, "9999-12-15", dl.Date.String())
	dl, err = s9999.WithinDays(d("9999-12-30"), 1)
	require.NoError(t, err)
	assert.Equal(t, "9999-12-31", dl.Date.String())
	_, err = s9999.WithinWorkdays(d("9999-12-31"), 1)
	assert.ErrorIs(t, err, calendar.ErrNotCovered)
}

// ScheduleError names the schedule, the day and its date as far as it
// knows them, and the reason with the detail of the error it wraps.
func TestScheduleErrorEachPlace(t *testing.T) {
	d := calendar.MustParseDate("2027-02-10")
	for _, c := range []struct {
		e      *calendar.ScheduleError
		en, zh string
	}{
		{nil, "calendar: schedule: <nil>", "放假安排的格式不对"},
		{&calendar.ScheduleError{Index: -1, Err: errors.New("plain")}, "calendar: schedule: plain", "放假安排：错误（无错误代码）"},
		{&calendar.ScheduleError{Year: 2027, Index: -1, Err: calendar.ErrScheduleSyntax}, "calendar: schedule 2027: malformed schedule JSON", "2027 年放假安排：放假安排的格式不对"},
		{&calendar.ScheduleError{Year: 2027, Index: 0, Err: errors.New("plain")}, "calendar: schedule 2027: day #1: plain", "2027 年放假安排第 1 天：错误（无错误代码）"},
		{&calendar.ScheduleError{Year: 2027, Index: 2, Date: d, Err: fmt.Errorf("w: %w", &calendar.YearNotCoveredError{Year: 2028})},
			"calendar: schedule 2027: day #3 (2027-02-10): w: calendar: year 2028 is not covered: no State Council holiday schedule for 2028 is loaded",
			"2027 年放假安排第 3 天（2027-02-10 星期三）：该年的放假安排尚未载入，该年的日期无法判断：2028年的放假安排尚未载入，该年的日期无法判断"},
		{&calendar.ScheduleError{Year: 2027, Index: 2, Date: d, Err: errors.Join(errors.New("a"), &calendar.ParseError{Input: "x", Layout: "YYYY-MM", Reason: "r"})},
			"calendar: schedule 2027: day #3 (2027-02-10): a\ncalendar: cannot parse \"x\" as YYYY-MM: r",
			"2027 年放假安排第 3 天（2027-02-10 星期三）：日期或月份格式不对（应为 2026-01-20 或 2026-01）：所填 \"x\" 不是有效的月份（应写作 YYYY-MM，如 2026-01）"},
	} {
		assert.Equal(t, c.en, c.e.Error())
		assert.Equal(t, c.zh, c.e.Chinese())
	}
}

// The text forms at the range ends, and the zero values' (which sort
// before every date and month).
func TestTextFormsAtTheRangeEnds(t *testing.T) {
	for _, s := range []string{"0001-01-01", "0001-12-31", "0999-09-09", "9999-12-31"} {
		d := calendar.MustParseDate(s)
		b, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
		assert.Equal(t, s, d.String())
		assert.Equal(t, -1, calendar.Date{}.Compare(d))
		assert.Equal(t, 1, d.Compare(calendar.Date{}))
		assert.Equal(t, 0, d.Compare(d))
		var back calendar.Date
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	for _, s := range []string{"0001-01", "0001-12", "9999-01", "9999-12"} {
		m := calendar.MustParseMonth(s)
		b, err := m.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
		assert.Equal(t, -1, calendar.Month{}.Compare(m))
		assert.Equal(t, 1, m.Compare(calendar.Month{}))
		assert.Equal(t, 0, m.Compare(m))
	}
	b, err := calendar.Date{}.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	assert.Equal(t, "0001-01-01", calendar.MustParseMonth("0001-01").First().String())
	assert.Equal(t, "9999-12-31", calendar.MustParseMonth("9999-12").Last().String())
	assert.Equal(t, time.Monday, calendar.MustParseDate("0001-01-01").Weekday())
	assert.Equal(t, time.Friday, calendar.MustParseDate("9999-12-31").Weekday())
}

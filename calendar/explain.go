package calendar

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/zhishang/zhishang/explain"
)

// Explanations are data (package explain): a deadline's lines and a day's
// description are steps with named values, rendered in English or Chinese
// by the two catalogues of Messages. Every value is text exactly as the
// lines print it (a date as Date.String, a count in decimal); a kind of
// day and a festival are given by their Chinese names, which both
// languages print.

// Chinese names of the deadline rules and their legal basis, for Explain(explain.Chinese).
var ruleChinese = [...]string{
	RuleWorkdays:     "N个工作日内",
	RuleWithinDays:   "N日内",
	RuleDayOfMonth:   "每月D日前",
	RuleDeclaration:  "申报期（月份终了之日起15日内）",
	RuleWithinMonths: "N个月（年）内",
}

var ruleBasisZH = [...]string{
	RuleWorkdays:     "起算日不计入，第N个工作日为最后一日（第十三、二十六、二十七、四十四条）",
	RuleWithinDays:   "事件发生当日不计入（民法典 第二百零一条）；最后一日为休息日的，顺延至其后第一个工作日（民法典 第二百零三条）（第二十一、二十二条）",
	RuleDayOfMonth:   "当月D日，遇法定节假日顺延至其后第一个工作日（第九条、第十二条）",
	RuleDeclaration:  "月份终了之日起15日内，最后一日是法定假日的以休假日期满的次日为最后一日，申报期内有连续3日以上法定假日的按休假日天数顺延（第十四条；税收征收管理法实施细则 第一百零九条）",
	RuleWithinMonths: "到期月的对应日为最后一日，没有对应日的为该月最后一日（民法典 第二百零二条）；最后一日为休息日的，顺延至其后第一个工作日（第二百零三条）（第二十二条；工伤保险条例 第十七条）",
}

// Chinese returns the rule's Chinese name (N个工作日内, N日内, 每月D日前,
// 申报期, N个月（年）内).
func (r Rule) Chinese() string {
	if int(r) < len(ruleChinese) && ruleChinese[r] != "" {
		return ruleChinese[r]
	}
	return r.String()
}

// basisZH returns the legal basis of the rule in Chinese, citing the same
// articles as basis.
func (r Rule) basisZH() string {
	if int(r) < len(ruleBasisZH) && ruleBasisZH[r] != "" {
		return ruleBasisZH[r]
	}
	return r.basis()
}

var weekdayZH = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// weekdayChinese returns the Chinese name of w (星期一…星期日).
func weekdayChinese(w time.Weekday) string {
	if w >= 0 && int(w) < len(weekdayZH) {
		return weekdayZH[w]
	}
	return w.String()
}

// messagesEN and messagesZH are the templates of the steps, by key; the
// terms (rules, bases, weekdays) are added by Messages from the tables.
var messagesEN = []explain.Entry{
	{Key: "calendar.day", Template: "{date} {weekday:calendar.weekday} {kind}"},
	{Key: "calendar.day.festival", Template: "{date} {weekday:calendar.weekday} {kind} ({festival})"},
	{Key: "calendar.day.festival_source", Template: "{date} {weekday:calendar.weekday} {kind} ({festival}; {source})"},
	{Key: "calendar.deadline.rule", Template: "rule {rule:calendar.rule}: {rule:calendar.basis}"},
	{Key: "calendar.deadline.rule_unknown", Template: "rule {rule}: "},
	{Key: "calendar.deadline.workdays", Template: "start {start} (not counted); {n} working days"},
	{Key: "calendar.deadline.not_counted", Template: "not a working day, not counted: "},
	{Key: "calendar.deadline.nth_workday", Template: "the {nth}-th working day: {raw}"},
	{Key: "calendar.deadline.within_days", Template: "event {start} (not counted) + {n} days = raw last day {raw}"},
	{Key: "calendar.deadline.within_months", Template: "event {start} + {n} months = raw last day {raw} (the corresponding day, or the month's last day)"},
	{Key: "calendar.deadline.day_of_month", Template: "raw last day: the {n}-th, {raw}"},
	{Key: "calendar.deadline.declaration", Template: "period ends {start}; the 15 days run {first} to {raw}"},
	{Key: "calendar.deadline.run_extends", Template: "run of {days} consecutive days off in the period, {from} to {to}: extends by {days}"},
	{Key: "calendar.deadline.run_short", Template: "run of {days} day(s) off in the period, {from} to {to}: under 3, no extension"},
	{Key: "calendar.deadline.extension", Template: "extension {days} days, counted as working days after {raw}"},
	{Key: "calendar.deadline.moved_over", Template: "moved over day off: "},
	{Key: "calendar.deadline.replaced", Template: "year {year}: the host's schedule ({by}) replaced the official one ({replaced}); this deadline uses the host's"},
	{Key: "calendar.deadline.computed_unknown_year", Template: "computed deadline: unknown: year {year} is not covered (no State Council holiday schedule for {year} is loaded)"},
	{Key: "calendar.deadline.computed_unknown", Template: "computed deadline: unknown"},
	{Key: "calendar.deadline.official_applies", Template: "official deadline {date} set by {source} applies"},
	{Key: "calendar.deadline.computed", Template: "computed deadline: {date} ({weekday:calendar.weekday})"},
	{Key: "calendar.deadline.official_precedes", Template: "official deadline {date} set by {source} takes precedence over the computed {computed}"},
	{Key: "calendar.deadline.known", Template: "deadline: {date}"},
	{Key: "calendar.deadline.unknown", Template: "deadline: unknown, not before {not_before}"},
}

var messagesZH = []explain.Entry{
	{Key: "calendar.day", Template: "{date} {weekday:calendar.weekday} {kind}"},
	{Key: "calendar.day.festival", Template: "{date} {weekday:calendar.weekday} {kind}（{festival}）"},
	{Key: "calendar.day.festival_source", Template: "{date} {weekday:calendar.weekday} {kind}（{festival}；{source}）"},
	{Key: "calendar.deadline.rule", Template: "期限规则“{rule:calendar.rule}”：{rule:calendar.basis}"},
	{Key: "calendar.deadline.rule_unknown", Template: "期限规则“{rule}”："},
	{Key: "calendar.deadline.workdays", Template: "起算日 {start}（不计入）；{n} 个工作日"},
	{Key: "calendar.deadline.not_counted", Template: "非工作日，不计入："},
	{Key: "calendar.deadline.nth_workday", Template: "第 {nth} 个工作日：{raw}"},
	{Key: "calendar.deadline.within_days", Template: "事件发生日 {start}（不计入）加 {n} 日，原定最后一日为 {raw}"},
	{Key: "calendar.deadline.within_months", Template: "事件发生日 {start} 加 {n} 个月，原定最后一日为 {raw}（到期月的对应日，没有对应日的为该月最后一日）"},
	{Key: "calendar.deadline.day_of_month", Template: "原定最后一日：当月 {n} 日，即 {raw}"},
	{Key: "calendar.deadline.declaration", Template: "所属期于 {start} 终了；15 日申报期为 {first} 至 {raw}"},
	{Key: "calendar.deadline.run_extends", Template: "申报期内连续 {days} 日休假（{from} 至 {to}）：顺延 {days} 日"},
	{Key: "calendar.deadline.run_short", Template: "申报期内休假 {days} 日（{from} 至 {to}）：不足连续 3 日，不顺延"},
	{Key: "calendar.deadline.extension", Template: "顺延 {days} 日，自 {raw} 之后按工作日计算"},
	{Key: "calendar.deadline.moved_over", Template: "遇休息日顺延，跳过："},
	{Key: "calendar.deadline.replaced", Template: "{year} 年：调用方提供的放假安排（{by}）替代了官方安排（{replaced}），本期限按调用方的安排计算"},
	{Key: "calendar.deadline.computed_unknown_year", Template: "计算所得期限：未知（{year} 年放假安排尚未载入）"},
	{Key: "calendar.deadline.computed_unknown", Template: "计算所得期限：未知"},
	{Key: "calendar.deadline.official_applies", Template: "适用 {source} 公布的正式期限 {date}"},
	{Key: "calendar.deadline.computed", Template: "计算所得期限：{date}（{weekday:calendar.weekday}）"},
	{Key: "calendar.deadline.official_precedes", Template: "{source} 公布的正式期限 {date} 优先于计算所得的 {computed}"},
	{Key: "calendar.deadline.known", Template: "期限：{date}"},
	{Key: "calendar.deadline.unknown", Template: "期限：未知，不早于 {not_before}"},
}

// Messages lists the package's messages in lang (explain.Chinese for
// clerks, explain.English for developers): the templates of the steps that
// explain a Deadline and describe a DayInfo, with the terms they use (a
// rule's name and basis, a weekday). The two lists have the same keys
// (tests check it); nil for another language.
func Messages(lang explain.Lang) []explain.Entry {
	var m []explain.Entry
	switch lang {
	case explain.English:
		m = append(m, messagesEN...)
	case explain.Chinese:
		m = append(m, messagesZH...)
	default:
		return nil
	}
	for r, name := range ruleNames {
		if name == "" {
			continue
		}
		t, basis := name, Rule(r).basis()
		if lang == explain.Chinese {
			t, basis = Rule(r).Chinese(), Rule(r).basisZH()
		}
		m = append(m, explain.Entry{Key: "calendar.rule." + name, Template: t},
			explain.Entry{Key: "calendar.basis." + name, Template: basis})
	}
	for w := time.Sunday; w <= time.Saturday; w++ {
		t := w.String()
		if lang == explain.Chinese {
			t = weekdayChinese(w)
		}
		m = append(m, explain.Entry{Key: "calendar.weekday." + w.String(), Template: t})
	}
	return m
}

// catalogues are the package's two catalogues, built once; a fault (tests
// prevent it) leaves the zero catalogue, whose renderings are markers.
var catalogues = sync.OnceValue(func() explain.Pair {
	return explain.NewPair(Messages(explain.English), Messages(explain.Chinese))
})

func in(name, value string) explain.Value { return explain.Value{Name: name, Value: value} }

func step(key string, inputs ...explain.Value) explain.Step {
	return explain.Step{Key: key, Inputs: inputs}
}

// step describes the day: its date, weekday and kind, and the festival and
// notice of a day a State Council notice names.
func (i DayInfo) step() explain.Step {
	s := step("calendar.day", in("date", i.Date.String()), in("weekday", i.Date.Weekday().String()), in("kind", i.Kind.Chinese()))
	if i.Festival != "" {
		s.Key = "calendar.day.festival"
		s.Inputs = append(s.Inputs, in("festival", i.Festival.Chinese()))
		if i.Source != "" {
			s.Key = "calendar.day.festival_source"
			s.Inputs = append(s.Inputs, in("source", i.Source))
		}
	}
	return s
}

// describe renders the day in lang.
func (i DayInfo) describe(lang explain.Lang) string {
	t, _ := catalogues().In(lang).Render(i.step())
	return t
}

// String describes the day for a clerk, for example
// "2026-02-16 Monday 法定节假日 (春节; 国办发明电〔2025〕7号 …)".
func (i DayInfo) String() string { return i.describe(explain.English) }

// Chinese describes the day in Chinese, for example
// "2026-02-16 星期一 法定节假日（春节；国办发明电〔2025〕7号 …）".
func (i DayInfo) Chinese() string { return i.describe(explain.Chinese) }

func itoa(n int) string { return strconv.Itoa(n) }

// steps are the deadline's lines, each an explanation (a line that names a
// day is its step followed by the day's).
func (d Deadline) steps() []explain.Explanation {
	var out []explain.Explanation
	add := func(s explain.Step, more ...explain.Step) {
		out = append(out, append(explain.Explanation{s}, more...))
	}
	if name := d.Rule.String(); int(d.Rule) < len(ruleNames) && ruleNames[d.Rule] == name {
		add(step("calendar.deadline.rule", in("rule", name)))
	} else {
		add(step("calendar.deadline.rule_unknown", in("rule", name)))
	}
	switch d.Rule {
	case RuleWorkdays:
		add(step("calendar.deadline.workdays", in("start", d.Start.String()), in("n", itoa(d.N))))
		for _, x := range d.NotCounted() {
			add(step("calendar.deadline.not_counted"), x.step())
		}
		if !d.Raw.IsZero() {
			add(step("calendar.deadline.nth_workday", in("nth", itoa(abs(d.N))), in("raw", d.Raw.String())))
		}
	case RuleWithinDays:
		add(step("calendar.deadline.within_days", in("start", d.Start.String()), in("n", itoa(d.N)), in("raw", d.Raw.String())))
	case RuleWithinMonths:
		add(step("calendar.deadline.within_months", in("start", d.Start.String()), in("n", itoa(d.N)), in("raw", d.Raw.String())))
	case RuleDayOfMonth:
		add(step("calendar.deadline.day_of_month", in("n", itoa(d.N)), in("raw", d.Raw.String())))
	case RuleDeclaration:
		add(step("calendar.deadline.declaration", in("start", d.Start.String()), in("first", d.Start.addDays(1).String()), in("raw", d.Raw.String())))
		for _, r := range d.runs() {
			key := "calendar.deadline.run_short"
			if r.length >= 3 {
				key = "calendar.deadline.run_extends"
			}
			add(step(key, in("days", itoa(r.length)), in("from", r.from.String()), in("to", r.to.String())))
		}
		if d.Extension > 0 {
			add(step("calendar.deadline.extension", in("days", itoa(d.Extension)), in("raw", d.Raw.String())))
		}
	}
	for _, x := range d.MovedOver() {
		add(step("calendar.deadline.moved_over"), x.step())
	}
	for _, r := range d.ReplacedSchedules() {
		add(step("calendar.deadline.replaced", in("year", itoa(r.Year)), in("by", r.By), in("replaced", r.Replaced)))
	}
	official := d.officialOverride()
	if d.Computed.IsZero() {
		if d.uncovered != 0 {
			add(step("calendar.deadline.computed_unknown_year", in("year", itoa(int(d.uncovered)))))
		} else {
			add(step("calendar.deadline.computed_unknown"))
		}
		if official != nil {
			add(step("calendar.deadline.official_applies", in("date", official.Date.String()), in("source", official.Source)))
		}
	} else {
		add(step("calendar.deadline.computed", in("date", d.Computed.String()), in("weekday", d.Computed.Weekday().String())))
		if official != nil {
			add(step("calendar.deadline.official_precedes", in("date", official.Date.String()), in("source", official.Source), in("computed", d.Computed.String())))
		}
	}
	if d.Known() {
		add(step("calendar.deadline.known", in("date", d.Date.String())))
	} else {
		add(step("calendar.deadline.unknown", in("not_before", d.notBefore.String())))
	}
	return out
}

// Explain returns the steps that lead to the deadline, one line each, for a
// clerk to check: in Chinese for explain.Chinese, in English for
// explain.English (and any other Lang). Both give the same dates, day
// counts and sources; the first line names the rule and its basis, citing
// its articles.
func (d Deadline) Explain(lang explain.Lang) []string {
	return catalogues().Texts(lang, d.steps())
}

// String returns the explanation as one line per step.
func (d Deadline) String() string { return strings.Join(d.Explain(explain.English), "\n") }

package calendar

import (
	"fmt"
	"time"
)

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

// Chinese describes the day in Chinese, for example
// "2026-02-16 星期一 法定节假日（春节；国办发明电〔2025〕7号 …）".
func (i DayInfo) Chinese() string {
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

// explainZH returns the same steps as explainEN, in Chinese, with the same
// dates, day counts and sources.
func (d Deadline) explainZH() []string {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) }
	add("期限规则“%s”：%s", d.Rule.Chinese(), d.Rule.basisZH())
	switch d.Rule {
	case RuleWorkdays:
		add("起算日 %s（不计入）；%d 个工作日", d.Start, d.N)
		for _, x := range d.NotCounted() {
			add("非工作日，不计入：%s", x.Chinese())
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
		add("遇休息日顺延，跳过：%s", x.Chinese())
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
		if d.Official() {
			add("适用 %s 公布的正式期限 %s", d.Override.Source, d.Override.Date)
		}
	} else {
		add("计算所得期限：%s（%s）", d.Computed, weekdayChinese(d.Computed.Weekday()))
	}
	if d.Official() && !d.Computed.IsZero() {
		add("%s 公布的正式期限 %s 优先于计算所得的 %s", d.Override.Source, d.Override.Date, d.Computed)
	}
	if d.Known() {
		add("期限：%s", d.Date)
	} else {
		add("期限：未知，不早于 %s", d.notBefore)
	}
	return lines
}

package eligibility

import (
	"sync"

	"github.com/zhishang/zhishang/explain"
)

// A Decision explains itself as data (package explain): a head step (the
// day, counted or not) followed by one step a clause of 第十条, rendered in
// English or Chinese from the two lists of Messages.

// clauseIDs name the clauses of 第十条 in the order of the Clauses bits:
// the term of each in the catalogues is "eligibility.clause." + id.
var clauseIDs = [...]string{"end_of_day", "registered", "in_shanghai", "ended", "cancelled_after_start"}

// clauseArticles are the provisions each clause applies, in the same order.
var clauseArticles = [...]string{
	"第十条第一款",
	"第十条第一款第（一）项",
	"第十条第一款第（二）项",
	"第十条第一款第（三）项",
	"第十条第一款第（三）项",
}

// Messages lists the package's messages in lang (explain.Chinese for
// clerks, explain.English for developers): the templates of the steps that
// describe a Decision and its clauses. The two lists have the same keys
// (tests check it); nil for another language.
func Messages(lang explain.Lang) []explain.Entry {
	switch lang {
	case explain.English:
		return []explain.Entry{
			{Key: "eligibility.decision.counted", Template: "counted on {day}: "},
			{Key: "eligibility.decision.excluded", Template: "not counted: fails "},
			{Key: "eligibility.decision.other_month", Template: "not counted in this month: counts on {day} ("},
			{Key: "eligibility.decision.other_month_end", Template: "), another month"},
			{Key: "eligibility.clause.first", Template: "{clause:eligibility.clause}"},
			{Key: "eligibility.clause.next", Template: "; {clause:eligibility.clause}"},
			{Key: "eligibility.clause.end_of_day", Template: "第十条第一款 (counts on the Beijing day it ended, by 24:00)"},
			{Key: "eligibility.clause.registered", Template: "第十条第一款第（一）项 (registered and within the insured scope)"},
			{Key: "eligibility.clause.in_shanghai", Template: "第十条第一款第（二）项 (started in Shanghai)"},
			{Key: "eligibility.clause.ended", Template: "第十条第一款第（三）项 (ended by delivery or midway transfer)"},
			{Key: "eligibility.clause.cancelled_after_start", Template: "第十条第一款第（三）项 \"等\" (cancelled after execution started: counted under Rules.CountCancelledAfterStart)"},
		}
	case explain.Chinese:
		return []explain.Entry{
			{Key: "eligibility.decision.counted", Template: "计入 {day}："},
			{Key: "eligibility.decision.excluded", Template: "不计入，不符合："},
			{Key: "eligibility.decision.other_month", Template: "本月不计入：应计入 {day}（"},
			{Key: "eligibility.decision.other_month_end", Template: "），属于其他月份"},
			{Key: "eligibility.clause.first", Template: "{clause:eligibility.clause}"},
			{Key: "eligibility.clause.next", Template: "；{clause:eligibility.clause}"},
			{Key: "eligibility.clause.end_of_day", Template: "第十条第一款：按执行结束时的北京时间（24:00 前）计入当日"},
			{Key: "eligibility.clause.registered", Template: "第十条第一款第（一）项：已在平台注册并符合参保范围"},
			{Key: "eligibility.clause.in_shanghai", Template: "第十条第一款第（二）项：在本市开始执行"},
			{Key: "eligibility.clause.ended", Template: "第十条第一款第（三）项：以送达或中途转单结束"},
			{Key: "eligibility.clause.cancelled_after_start", Template: "第十条第一款第（三）项“等”：执行开始后取消（按规则选项 CountCancelledAfterStart 计入）"},
		}
	}
	return nil
}

// catalogues are the package's two catalogues, built once; a fault (tests
// prevent it) leaves the zero catalogue, whose renderings are markers.
var catalogues = sync.OnceValue(func() explain.Pair {
	return explain.NewPair(Messages(explain.English), Messages(explain.Chinese))
})

// steps are the clauses of c in article order, one step each.
func (c Clauses) steps() explain.Explanation {
	var out explain.Explanation
	for i, id := range clauseIDs {
		if c&(1<<i) == 0 {
			continue
		}
		key := "eligibility.clause.next"
		if len(out) == 0 {
			key = "eligibility.clause.first"
		}
		out = append(out, explain.Step{Key: key, Articles: []string{clauseArticles[i]},
			Inputs: []explain.Value{{Name: "clause", Value: id}}})
	}
	return out
}

// text renders the clauses of c in lang, joined as the language joins a
// list ("; " in English, "；" in Chinese).
func (c Clauses) text(lang explain.Lang) string {
	t, _ := catalogues().In(lang).Text(c.steps())
	return t
}

// list returns the clauses of c in article order, each rendered in lang.
func (c Clauses) list(lang explain.Lang) []string {
	var out []string
	for i := range clauseIDs {
		if c&(1<<i) != 0 {
			out = append(out, Clauses(1<<i).text(lang))
		}
	}
	return out
}

// String joins the clauses it holds with "; " (第十条第一款, （一）, …).
func (c Clauses) String() string { return c.text(explain.English) }

// Chinese is the clauses of c in Chinese, joined by "；", as the golden
// dictionary names a decision's clauses.
func (c Clauses) Chinese() string { return c.text(explain.Chinese) }

// steps describe the decision: its head step, then its clauses.
func (d Decision) steps() explain.Explanation {
	var head explain.Step
	switch {
	case d.OtherMonth:
		head = explain.Step{Key: "eligibility.decision.other_month", Inputs: []explain.Value{{Name: "day", Value: d.Day.String()}}}
	case d.Counted:
		head = explain.Step{Key: "eligibility.decision.counted", Inputs: []explain.Value{{Name: "day", Value: d.Day.String()}}}
	default:
		head = explain.Step{Key: "eligibility.decision.excluded"}
	}
	head.Articles = []string{"第十条"}
	out := append(explain.Explanation{head}, d.Clauses.steps()...)
	if d.OtherMonth {
		out = append(out, explain.Step{Key: "eligibility.decision.other_month_end"})
	}
	return out
}

// Explain describes the decision in lang (explain.English for developers,
// explain.Chinese for clerks), one line citing the clauses of 第十条 it
// satisfies or fails, the same in both; nil for another language.
func (d Decision) Explain(lang explain.Lang) []string {
	if lang != explain.English && lang != explain.Chinese {
		return nil
	}
	t, _ := catalogues().In(lang).Text(d.steps())
	return []string{t}
}

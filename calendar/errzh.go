package calendar

import (
	"fmt"

	"github.com/zhishang/zhishang/errcode"
)

// zhError is a refusal worded in both languages (issue 22): err (its
// English message and its code, unchanged) and zh, what is wrong in Chinese
// with the same figures and names; Chinese is the code's Chinese, then zh.
type zhError struct {
	err error
	zh  string
}

// withZH gives err the Chinese detail zh (formatted with a).
func withZH(err error, zh string, a ...any) error {
	return &zhError{err: err, zh: fmt.Sprintf(zh, a...)}
}

func (e *zhError) Error() string { return e.err.Error() }
func (e *zhError) Unwrap() error { return e.err }

// Chinese is the code's Chinese, then the detail.
func (e *zhError) Chinese() string {
	if c := errcode.Of(e.err); !c.IsZero() {
		return c.Chinese() + "：" + e.zh
	}
	return e.zh
}

// overrideZH is the Chinese of an override's refusal: 第 N 项官方日期：why.
func overrideZH(err error, i int, why string, a ...any) error {
	return withZH(err, "第 %d 项官方日期：%s", i, fmt.Sprintf(why, a...))
}

// jsonZH is the Chinese of a strict-JSON refusal (a *jsonerr.Error names
// the path), else its English.
func jsonZH(err error) string {
	if d := detailZH(err, 0); d != "" {
		return d
	}
	if c := errcode.Of(err); !c.IsZero() {
		return c.Chinese()
	}
	return err.Error()
}

// ruleZH names a Rule in Chinese, with its name.
func ruleZH(r Rule) string {
	zh := map[Rule]string{RuleWorkdays: "工作日计算的期限", RuleWithinDays: "日历日计算的期限", RuleDayOfMonth: "每月固定日", RuleDeclaration: "申报期限", RuleWithinMonths: "月数计算的期限"}[r]
	if zh == "" {
		return r.String()
	}
	return zh + "（" + r.String() + "）"
}

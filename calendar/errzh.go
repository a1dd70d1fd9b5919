package calendar

import (
	"fmt"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// overrideZH is the Chinese of an override's refusal: 第 N 项官方日期：why.
func overrideZH(err error, i int, why string, a ...any) error {
	return errzh.With(err, "第 %d 项官方日期：%s", i, fmt.Sprintf(why, a...))
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

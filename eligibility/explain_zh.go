package eligibility

import "strings"

// clauseTextZH names the clauses of 第十条 in Chinese, in the order of
// clauseText.
var clauseTextZH = [...]string{
	"第十条第一款：按执行结束时的北京时间（24:00 前）计入当日",
	"第十条第一款第（一）项：已在平台注册并符合参保范围",
	"第十条第一款第（二）项：在本市开始执行",
	"第十条第一款第（三）项：以送达或中途转单结束",
	"第十条第一款第（三）项“等”：执行开始后取消（按规则选项 CountCancelledAfterStart 计入）",
}

// listZH returns the clauses of c in article order, in Chinese.
func (c Clauses) listZH() []string {
	var out []string
	for i, t := range clauseTextZH {
		if c&(1<<i) != 0 {
			out = append(out, t)
		}
	}
	return out
}

// Chinese is the clauses of c in Chinese, joined by "；" (ListZH), as the
// golden dictionary names a decision's clauses.
func (c Clauses) Chinese() string { return strings.Join(c.listZH(), "；") }

// ExplainZH describes the decision in Chinese, citing the same clauses as String.
func (d Decision) ExplainZH() []string {
	if d.OtherMonth {
		return []string{"本月不计入：应计入 " + d.Day.String() + "（" + strings.Join(d.Clauses.listZH(), "；") + "），属于其他月份"}
	}
	if d.Counted {
		return []string{"计入 " + d.Day.String() + "：" + strings.Join(d.Clauses.listZH(), "；")}
	}
	return []string{"不计入，不符合：" + strings.Join(d.Clauses.listZH(), "；")}
}

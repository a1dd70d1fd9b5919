package levy

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
)

// Chinese returns the instant-delivery level's Chinese name with its code
// (第十一条; its amount is the base parameter the rate cites).
func (l Level) Chinese() string {
	switch l {
	case LevelLower:
		return "较低档"
	case LevelHigher:
		return "较高档"
	}
	return string(l)
}

// Chinese is the adjustment's Chinese name: 退还多缴, 补足少缴 or 无需退补;
// "" for a value outside the list.
func (k AdjustmentKind) Chinese() string {
	switch k {
	case Refund:
		return "退还多缴"
	case TopUp:
		return "补足少缴"
	case NoneDue:
		return "无需退补"
	}
	return ""
}

// ExplainZH returns the same lines as Explanation, in Chinese, with the same
// articles, figures and parameters (value, source, status), for a clerk to
// check by hand.
func (r Rate) ExplainZH() []string {
	var out []string
	if r.FirstYear {
		out = append(out, fmt.Sprintf("平台企业首个参保年度（第十一条第二款）：适用全国基准费额，%s", r.Base.StringZH()))
	} else {
		out = append(out, fmt.Sprintf("基准费额（第十一条）：%s", r.Base.StringZH()))
		if r.Level.Level != "" {
			out = append(out, fmt.Sprintf("即时配送缴费档次：%s，自 %s 起适用（%s）", r.Level.Level.Chinese(), r.Level.From, r.Level.Source))
		}
	}
	switch {
	case r.FirstYear:
		out = append(out, "首个参保年度不浮动（第十二条第二款）")
	case !r.Floats:
		out = append(out, fmt.Sprintf("%d 年不浮动：截至 %d 年底累计缴费不满 12 个月（第十二条第二款，累计至下一年度浮动）", r.Day.Year(), r.Day.Year()-1))
	case r.Floating.Year == 0:
		out = append(out, fmt.Sprintf("%d 年实行浮动（第十二条），但未设定 %d 年%s的浮动费率：适用基准费额", r.Day.Year(), r.Day.Year(), r.Industry.Chinese()))
	case !r.Floating.Factor.IsZero():
		out = append(out, fmt.Sprintf("%d 年浮动（第十二条）：基准费额 × %s（%s）", r.Floating.Year, r.Floating.Factor, r.Floating.Source))
	default:
		out = append(out, fmt.Sprintf("%d 年浮动（第十二条）：每单 %s 元（%s）", r.Floating.Year, r.Floating.Rate, r.Floating.Source))
	}
	if r.Provisional() {
		out = append(out, "暂定：基准费额为暂定值")
	}
	out = append(out, fmt.Sprintf("每单缴费标准：%s 元", r.PerOrder))
	return out
}

// ExplainZH returns the same lines as Explanation, in Chinese: each line's
// orders, rate and its source, the rounding, the total and the deadlines.
func (b Bill) ExplainZH() []string {
	out := []string{fmt.Sprintf("%s %s 费款所属期的应缴费款（第十四条：上月总单量 × 每单缴费标准）", b.Platform, b.Period)}
	for _, l := range b.Lines {
		out = append(out, fmt.Sprintf("%s %s 至 %s：%d 单 × %s 元 = %s 元，四舍五入到分：%s 元",
			l.Industry.Chinese(), l.From, l.To, l.Orders, l.PerOrder, l.Exact, l.Amount))
		for _, e := range l.Rate.ExplainZH() {
			out = append(out, "    "+e)
		}
	}
	if len(b.Lines) == 0 {
		out = append(out, "本期没有计入的订单")
	}
	out = append(out, fmt.Sprintf("合计：%s 元（各行取整后相加）", b.Total))
	if b.Provisional {
		out = append(out, "暂定：有费率依据暂定参数")
	}
	switch d := b.Declaration; {
	case d.Known():
		out = append(out, fmt.Sprintf("申报缴纳期限：%s（第十四条）", d.Date))
		for _, e := range d.ExplainZH() {
			out = append(out, "    "+e)
		}
	case d.Err() != nil:
		out = append(out, fmt.Sprintf("申报缴纳期限：未知（%s），不早于 %s（第十四条）；费款金额不受影响", unknownZH(d.Err()), d.NotBefore()))
	}
	switch d := b.Push; {
	case d.Known():
		out = append(out, fmt.Sprintf("经办机构于 %s 前将单量汇总和费率推送税务部门（第九条）", d.Date))
	case d.Err() != nil:
		out = append(out, fmt.Sprintf("经办机构推送单量汇总和费率的期限：未知（%s），不早于 %s（第九条）", unknownZH(d.Err()), d.NotBefore()))
	}
	return out
}

// unknownZH says in Chinese why a deadline is unknown:
// "2027 年放假安排尚未载入".
func unknownZH(err error) string {
	var nc *calendar.YearNotCoveredError
	if errors.As(err, &nc) {
		return fmt.Sprintf("%d 年放假安排尚未载入", nc.Year)
	}
	return err.Error()
}

// ExplainZH returns the same lines as Explanation, in Chinese.
func (rec Reconciliation) ExplainZH() []string {
	out := []string{fmt.Sprintf("%s %s 申报单量与全国信息平台报送单量比对（第九条；第十四条第二款）", rec.Platform, rec.Period)}
	for _, id := range rec.Industries {
		out = append(out, fmt.Sprintf("%s：申报 %d 单，报送 %d 单，相差 %+d 单，影响费款 %s 元", id.Industry.Chinese(), id.Declared, id.Reported, id.Diff, id.Amount))
	}
	for _, d := range rec.Days {
		out = append(out, fmt.Sprintf("  %s %s：申报 %d 单，报送 %d 单（%+d 单，%s 元）", d.Day, d.Industry.Chinese(), d.Declared, d.Reported, d.Diff, d.Amount))
	}
	if rec.Consistent {
		out = append(out, "一致：每日单量均相符")
	} else {
		out = append(out, fmt.Sprintf("%d 日单量不符：由平台企业总部核实更正（第九条第二款）", len(rec.Days)))
	}
	return out
}

// ExplainZH returns the adjustment's description (String) in Chinese.
func (a Adjustment) ExplainZH() []string {
	switch a.Kind {
	case Refund:
		return []string{fmt.Sprintf("向 %s 退还 %s 费款所属期多缴的 %s 元（第十六条）", a.Platform, a.Period, a.Amount)}
	case TopUp:
		return []string{fmt.Sprintf("%s 补足 %s 费款所属期少缴的 %s 元（第十六条）", a.Platform, a.Period, a.Amount)}
	}
	return []string{fmt.Sprintf("%s 在 %s 费款所属期已足额缴纳，无需退补（第十六条）", a.Platform, a.Period)}
}

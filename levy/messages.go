package levy

import (
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
)

// Messages lists the package's messages in lang (explain.Chinese for
// clerks, explain.English for developers): the templates of the steps that
// describe a rate, a bill, a reconciliation and an adjustment. A host that
// keeps steps joins these (and param.Messages, whose steps a rate
// includes) in one explain.Catalogue. The two lists have the same keys
// (tests check it); nil for another language.
func Messages(lang explain.Lang) []explain.Entry {
	var m []explain.Entry
	switch lang {
	case explain.English:
		m = messagesEN()
	case explain.Chinese:
		m = messagesZH()
	default:
		return nil
	}
	// terms: an industry by its code (levy.industry: English keeps the
	// code) and by its Chinese name in both (levy.industry_zh); a level
	for _, i := range eligibility.Industries {
		t := i.String()
		if lang == explain.Chinese {
			t = i.Chinese()
		}
		m = append(m, explain.Entry{Key: "levy.industry." + i.String(), Template: t},
			explain.Entry{Key: "levy.industry_zh." + i.String(), Template: i.Chinese()})
	}
	for _, l := range []Level{LevelLower, LevelHigher} {
		t := string(l)
		if lang == explain.Chinese {
			t = l.Chinese()
		}
		m = append(m, explain.Entry{Key: "levy.level." + string(l), Template: t})
	}
	return m
}

func messagesEN() []explain.Entry {
	return []explain.Entry{
		{Key: "levy.rate.first_year", Template: "first year of the platform (第十一条第二款): the national base amount, "},
		{Key: "levy.rate.base", Template: "base amount (第十一条): "},
		{Key: "levy.rate.level", Template: "instant-delivery level {level:levy.level} from {from} ({source})"},
		{Key: "levy.rate.no_float_first_year", Template: "no floating in the first year (第十二条第二款)"},
		{Key: "levy.rate.no_float", Template: "no floating in {year}: under 12 fee months by the end of {prev} (第十二条第二款, 累计至下一年度浮动)"},
		{Key: "levy.rate.float_unset", Template: "floats in {year} (第十二条), but no floated rate was set for {year} {industry:levy.industry}: the base amount applies"},
		{Key: "levy.rate.float_factor", Template: "floating {year} (第十二条): base × {factor} ({source})"},
		{Key: "levy.rate.float_rate", Template: "floating {year} (第十二条): rate {rate} ({source})"},
		{Key: "levy.rate.provisional", Template: "PROVISIONAL: the base amount is a provisional value"},
		{Key: "levy.rate.per_order", Template: "per-order rate: {rate} 元"},

		{Key: "levy.bill", Template: "bill of {platform} for the fee period {period} (第十四条: 上月总单量 × 每单缴费标准)"},
		{Key: "levy.bill.line", Template: "{industry:levy.industry} {industry:levy.industry_zh} {from}..{to}: {orders} orders × {per_order} 元 = {exact}, rounded half up to the fen: {amount} 元"},
		{Key: "levy.bill.no_orders", Template: "no counted orders in the period"},
		{Key: "levy.bill.total", Template: "total: {total} 元 (the sum of the rounded lines)"},
		{Key: "levy.bill.provisional", Template: "PROVISIONAL: a rate rests on a provisional parameter"},
		{Key: "levy.bill.declaration", Template: "declare and pay by {date} (第十四条)"},
		{Key: "levy.bill.declaration_unknown_year", Template: "declare and pay by: unknown, not before {not_before} (第十四条): {error}"},
		{Key: "levy.bill.declaration_unknown", Template: "declare and pay by: unknown, not before {not_before} (第十四条): {error}"},
		{Key: "levy.bill.push", Template: "the agency pushes the totals and rates to the tax office by {date} (第九条)"},
		{Key: "levy.bill.push_unknown_year", Template: "the agency pushes the totals and rates to the tax office by: unknown, not before {not_before} (第九条): {error}"},
		{Key: "levy.bill.push_unknown", Template: "the agency pushes the totals and rates to the tax office by: unknown, not before {not_before} (第九条): {error}"},

		{Key: "levy.reconcile", Template: "declared against reported orders of {platform} for {period} (第九条; 第十四条第二款)"},
		{Key: "levy.reconcile.industry", Template: "{industry:levy.industry}: declared {declared}, reported {reported}, difference {diff} orders, {amount} 元 in the fee"},
		{Key: "levy.reconcile.day", Template: "  {day} {industry:levy.industry}: declared {declared}, reported {reported} ({diff}, {amount} 元)"},
		{Key: "levy.reconcile.consistent", Template: "consistent: every day matches"},
		{Key: "levy.reconcile.differ", Template: "{days} day(s) differ: the platform headquarters verifies and corrects (第九条第二款)"},

		{Key: "levy.adjustment.refund", Template: "refund {amount} 元 to {platform} for the period {period} (第十六条)"},
		{Key: "levy.adjustment.top_up", Template: "{platform} tops up {amount} 元 for the period {period} (第十六条)"},
		{Key: "levy.adjustment.none_due", Template: "{platform} paid exactly what was due for {period}: nothing to refund or top up (第十六条)"},
	}
}

func messagesZH() []explain.Entry {
	return []explain.Entry{
		{Key: "levy.rate.first_year", Template: "平台企业首个参保年度（第十一条第二款）：适用全国基准费额，"},
		{Key: "levy.rate.base", Template: "基准费额（第十一条）："},
		{Key: "levy.rate.level", Template: "即时配送缴费档次：{level:levy.level}，自 {from} 起适用（{source}）"},
		{Key: "levy.rate.no_float_first_year", Template: "首个参保年度不浮动（第十二条第二款）"},
		{Key: "levy.rate.no_float", Template: "{year} 年不浮动：截至 {prev} 年底累计缴费不满 12 个月（第十二条第二款，累计至下一年度浮动）"},
		{Key: "levy.rate.float_unset", Template: "{year} 年实行浮动（第十二条），但未设定 {year} 年{industry:levy.industry_zh}的浮动费率：适用基准费额"},
		{Key: "levy.rate.float_factor", Template: "{year} 年浮动（第十二条）：基准费额 × {factor}（{source}）"},
		{Key: "levy.rate.float_rate", Template: "{year} 年浮动（第十二条）：每单 {rate} 元（{source}）"},
		{Key: "levy.rate.provisional", Template: "暂定：基准费额为暂定值"},
		{Key: "levy.rate.per_order", Template: "每单缴费标准：{rate} 元"},

		{Key: "levy.bill", Template: "{platform} {period} 费款所属期的应缴费款（第十四条：上月总单量 × 每单缴费标准）"},
		{Key: "levy.bill.line", Template: "{industry:levy.industry_zh} {from} 至 {to}：{orders} 单 × {per_order} 元 = {exact} 元，四舍五入到分：{amount} 元"},
		{Key: "levy.bill.no_orders", Template: "本期没有计入的订单"},
		{Key: "levy.bill.total", Template: "合计：{total} 元（各行取整后相加）"},
		{Key: "levy.bill.provisional", Template: "暂定：有费率依据暂定参数"},
		{Key: "levy.bill.declaration", Template: "申报缴纳期限：{date}（第十四条）"},
		{Key: "levy.bill.declaration_unknown_year", Template: "申报缴纳期限：未知（{year} 年放假安排尚未载入），不早于 {not_before}（第十四条）；费款金额不受影响"},
		{Key: "levy.bill.declaration_unknown", Template: "申报缴纳期限：未知（{error}），不早于 {not_before}（第十四条）；费款金额不受影响"},
		{Key: "levy.bill.push", Template: "经办机构于 {date} 前将单量汇总和费率推送税务部门（第九条）"},
		{Key: "levy.bill.push_unknown_year", Template: "经办机构推送单量汇总和费率的期限：未知（{year} 年放假安排尚未载入），不早于 {not_before}（第九条）"},
		{Key: "levy.bill.push_unknown", Template: "经办机构推送单量汇总和费率的期限：未知（{error}），不早于 {not_before}（第九条）"},

		{Key: "levy.reconcile", Template: "{platform} {period} 申报单量与全国信息平台报送单量比对（第九条；第十四条第二款）"},
		{Key: "levy.reconcile.industry", Template: "{industry:levy.industry_zh}：申报 {declared} 单，报送 {reported} 单，相差 {diff} 单，影响费款 {amount} 元"},
		{Key: "levy.reconcile.day", Template: "  {day} {industry:levy.industry_zh}：申报 {declared} 单，报送 {reported} 单（{diff} 单，{amount} 元）"},
		{Key: "levy.reconcile.consistent", Template: "一致：每日单量均相符"},
		{Key: "levy.reconcile.differ", Template: "{days} 日单量不符：由平台企业总部核实更正（第九条第二款）"},

		{Key: "levy.adjustment.refund", Template: "向 {platform} 退还 {period} 费款所属期多缴的 {amount} 元（第十六条）"},
		{Key: "levy.adjustment.top_up", Template: "{platform} 补足 {period} 费款所属期少缴的 {amount} 元（第十六条）"},
		{Key: "levy.adjustment.none_due", Template: "{platform} 在 {period} 费款所属期已足额缴纳，无需退补（第十六条）"},
	}
}

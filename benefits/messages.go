package benefits

import "github.com/zhishang/zhishang/explain"

// Messages lists the package's messages in lang (explain.Chinese for
// clerks, explain.English for developers): the templates that render the
// steps of an award's formulas, notes and lines. A host that keeps steps
// joins these with other packages' lists in one explain.Catalogue.
// The two lists have the same keys (tests check it); nil for another
// language.
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
	return append(m, terms(lang)...)
}

// terms translate the codes a step keeps: a relation or a nursing level
// (benefits.label.*), a death situation (benefits.situation.*). English
// keeps a label's code as it is.
func terms(lang explain.Lang) []explain.Entry {
	var out []explain.Entry
	for _, r := range []Relation{Spouse, Other} {
		t := string(r)
		if lang == explain.Chinese {
			t = r.Chinese()
		}
		out = append(out, explain.Entry{Key: "benefits.label." + string(r), Template: t})
	}
	for _, n := range []Nursing{NursingFull, NursingMostly, NursingPartly} {
		t := string(n)
		if lang == explain.Chinese {
			t = n.Chinese()
		}
		out = append(out, explain.Entry{Key: "benefits.label." + string(n), Template: t})
	}
	for _, s := range []DeathSituation{DeathFromInjury, DeathDuringTreatment, DeathAfterTreatmentGrade1to4} {
		t := s.String()
		if lang == explain.Chinese {
			t = s.Chinese()
		}
		out = append(out, explain.Entry{Key: "benefits.situation." + situationCodes[s], Template: t})
	}
	return out
}

func messagesEN() []explain.Entry {
	return []explain.Entry{
		{Key: "benefits.need.wage", Template: "W × 12 for injuries or deaths in {year}: the {prev} Shanghai urban private-sector average annual wage"},
		{Key: "benefits.need.income", Template: "the death grant for deaths in {year}: the {prev} national per-capita urban disposable income"},
		{Key: "benefits.need.nursing_base", Template: "the {year} standard of the nursing allowance (第四十五条第二款)"},
		{Key: "benefits.need.other", Template: "the figure for {year}"},
		{Key: "benefits.need.standard", Template: "; 第四十五条第二款: the year's standard"},
		{Key: "benefits.need.rebase", Template: "; 第四十五条 rebases the periodic items on it"},
		// an item's line
		{Key: "benefits.item", Template: "{name}: {amount} 元"},
		{Key: "benefits.item.for", Template: "{name}（{beneficiary}）: {amount} 元"},
		{Key: "benefits.item.monthly", Template: " a month"},
		{Key: "benefits.item.until", Template: " to {end}"},
		{Key: "benefits.item.equals", Template: " = "},
		{Key: "benefits.item.rounded", Template: ", rounded half up to the fen ({articles})"},
		{Key: "benefits.item.provisional", Template: " [PROVISIONAL]"},
		{Key: "benefits.item.flagged", Template: " [ABOVE THE WARNING LIMIT: extra review, 第五十六条]"},
		{Key: "benefits.totals", Template: "基金支付 one-time items: {one_time} 元; monthly items: {monthly} 元 a month"},
		// formulas
		{Key: "benefits.formula.text", Template: "{text}"},
		{Key: "benefits.formula.months", Template: "{months} months × {ratio} × W = {months} × {ratio} × {wage} ÷ 12"},
		{Key: "benefits.formula.allowance", Template: "grade {grade} allowance {rate} × {ratio} × W = {rate} × {ratio} × {wage} ÷ 12 a month, from {start} (the month after the assessment, 第三十八条)"},
		{Key: "benefits.formula.allowance_2024", Template: "grade {grade} allowance {rate} × {ratio} × W(2024) = {rate} × {ratio} × {wage2024} ÷ 12 a month, from {start} (第三十八条; 第四十五条第一款)"},
		{Key: "benefits.formula.nursing", Template: "{rate} × nursing base {base} ÷ 12 a month ({level:benefits.label}), from {start}"},
		{Key: "benefits.formula.nursing_2024", Template: "{rate} × W(2024) {wage2024} ÷ 12 a month ({level:benefits.label}), from {start} (第四十五条第一款)"},
		{Key: "benefits.formula.death_grant", Template: "{multiple} × the previous year's national per-capita urban disposable income {income}"},
		{Key: "benefits.formula.pension", Template: "{relation:benefits.label} share {share} × {ratio} × W = {share} × {ratio} × {wage} ÷ 12 a month from {start}"},
		{Key: "benefits.formula.pension_2024", Template: "{relation:benefits.label} share {share} × {ratio} × W(2024) = {share} × {ratio} × {wage2024} ÷ 12 a month from {start}"},
		{Key: "benefits.formula.lone", Template: " (lone elder or orphan: +10 points)"},
		{Key: "benefits.formula.capped", Template: ", cut in proportion to the cap {cap} × W (the shares add up to {shares} × {ratio} of W)"},
		{Key: "benefits.formula.capped_2024", Template: ", cut in proportion to the cap {cap} × W(2024) (the shares add up to {shares} × {ratio} of W)"},
		{Key: "benefits.formula.rebased", Template: "; from {since} at the 2024 wage, each year at least that year's standard (第四十五条: injury or death before the 《实施办法》 commenced)"},
		{Key: "benefits.formula.rebased_2024", Template: "; each year at least that year's standard (第四十五条第二款)"},
		// notes
		{Key: "benefits.note.warning", Template: "a payment exceeds the warning limit {limit} 元: extra review (第五十六条)"},
		{Key: "benefits.note.veteran", Template: "veteran's old injury recurring: no one-time disability grant (第四十二条)"},
		{Key: "benefits.note.death", Template: "death situation {situation:benefits.situation}"},
		{Key: "benefits.note.death.three_items", Template: ": funeral grant, survivor pensions and the one-time death grant (工伤保险条例 第三十九条)"},
		{Key: "benefits.note.death.two_items", Template: ": funeral grant and survivor pensions only (工伤保险条例 第三十九条第三款, by analogy; provisional reading)"},
		{Key: "benefits.note.death.cause_not_stated", Template: "; the case does not state the cause: read as caused by the occupational injury"},
		{Key: "benefits.note.capped", Template: "the dependents' shares add up to {shares} of the death base ({shares} × {ratio} of W), over the cap {cap} × W (人社厅函〔2025〕79号 第三十九条): each is cut in proportion and the pensions add up to {total} 元 a month"},
		{Key: "benefits.note.platform", Template: "平台企业支付的项目（第四十六条）不由职业伤害保障基金支付，不计入基金合计"},
		{Key: "benefits.note.entitlement_ends", Template: "{name}: the entitlement ends ({end}) before the first pension month ({first}): no pension; the others are shared without it"},
		{Key: "benefits.note.standard_missing", Template: "{item}: the {year} standard ({param}) is not given yet: its first month is stated at the 2024 level; the schedule raises it once the figure is given (第四十五条第二款)"},
		{Key: "benefits.note.standard_missing_pension", Template: "{item}: the {year} standard ({param}) is not given yet: the first month is stated on the 2024 wage; the schedule raises it once the figure is given (第四十五条第二款)"},
		// the platform's lines (第四十六条)
		{Key: "benefits.platform.line", Template: "{name}: {amount} 元"},
		{Key: "benefits.platform.from_to", Template: " ({from}–{to})"},
		{Key: "benefits.platform.from", Template: " ({from}–{to})"},
		{Key: "benefits.platform.to", Template: " ({from}–{to})"},
		{Key: "benefits.platform.paid_by", Template: ", paid by {payer} (第四十六条)"},
		{Key: "benefits.platform.paid_by_own", Template: ", paid by 所在平台企业 (第四十六条)"},
		{Key: "benefits.platform.basis", Template: "; {basis}"},
		{Key: "benefits.platform.total", Template: "平台企业支付 (第四十六条, not the fund's): {total} 元"},
		// the medical split (第三十四条; 社会保险法 第四十二条)
		{Key: "benefits.medical.third_party", Template: "third party: {third_party} 元 ("},
		{Key: "benefits.medical.close", Template: ")"},
		{Key: "benefits.medical.basis.determined", Template: "the medical amount the legal documents assign to the third party: {amount} 元"},
		{Key: "benefits.medical.basis.ratio", Template: "the third party's liability ratio {ratio} × the total {total} 元"},
		{Key: "benefits.medical.basis.road", Template: "road accident with no ratio: level {level} → {ratio} under {source} (第三十四条第四款)"},
		{Key: "benefits.medical.basis.no_fault", Template: "; a motor vehicle without fault bears at most 10% toward a pedestrian or non-motor vehicle (道路交通安全法 第七十六条): {cap}"},
		{Key: "benefits.medical.fund.own_share", Template: "fund: the worker's own share of the eligible cost, {eligible} × (1 − {ratio}) = {fund} 元, rounded half up to the fen (第三十四条: 报销本人责任范围内医疗费用)"},
		{Key: "benefits.medical.fund.own_share_rounded", Template: "fund: the worker's own share of the eligible cost, {eligible} × (1 − {ratio}) = {fund} 元, rounded half up to the fen (第三十四条: 报销本人责任范围内医疗费用); the third party's part rounded down by {over} 元 so that the parts add up to the total"},
		{Key: "benefits.medical.fund.top_up", Template: "fund: the eligible {eligible} − the third party's {third_party}, not below zero = {fund} 元 (第三十四条: 不足部分予以补足，不得重复享受)"},
		{Key: "benefits.medical.worker", Template: "worker: the total {total} − {third_party} − {fund} = {worker} 元"},
		{Key: "benefits.medical.pays_first", Template: "the fund pays first (社会保险法 第四十二条): the third party's part within the eligible cost {in_eligible} − paid {paid} = {advanced} 元 advanced; the fund pays {now} 元 now and recovers {recover} 元 from {from}"},
		{Key: "benefits.medical.not_reduced", Template: "no other benefit is reduced by the civil compensation (社会保险法 第四十二条)"},
	}
}

func messagesZH() []explain.Entry {
	return []explain.Entry{
		{Key: "benefits.need.wage", Template: "{year}年受伤或死亡所用的 W × 12：{prev}年上海市城镇私营单位就业人员年平均工资"},
		{Key: "benefits.need.income", Template: "{year}年死亡的一次性职业伤害死亡补助金：{prev}年全国城镇居民人均可支配收入"},
		{Key: "benefits.need.nursing_base", Template: "{year}年生活护理费标准（第四十五条第二款）"},
		{Key: "benefits.need.other", Template: "{year}年的数值"},
		{Key: "benefits.need.standard", Template: "；第四十五条第二款：当年标准"},
		{Key: "benefits.need.rebase", Template: "；第四十五条：按月支付的项目以此重新计发"},
		{Key: "benefits.item", Template: "{name}：{amount} 元"},
		{Key: "benefits.item.for", Template: "{name}（{beneficiary}）：{amount} 元"},
		{Key: "benefits.item.monthly", Template: "/月"},
		{Key: "benefits.item.until", Template: "，至 {end} 止"},
		{Key: "benefits.item.equals", Template: " = "},
		{Key: "benefits.item.rounded", Template: "，四舍五入到分（{articles}）"},
		{Key: "benefits.item.provisional", Template: "【暂定】"},
		{Key: "benefits.item.flagged", Template: "【超过预警金额：需另行复核，第五十六条】"},
		{Key: "benefits.totals", Template: "基金支付一次性项目：{one_time} 元；按月项目：每月 {monthly} 元"},
		{Key: "benefits.formula.text", Template: "{text}"},
		{Key: "benefits.formula.months", Template: "{months} 个月 × {ratio} × W = {months} × {ratio} × {wage} ÷ 12"},
		{Key: "benefits.formula.allowance", Template: "{grade} 级伤残津贴 {rate} × {ratio} × W = {rate} × {ratio} × {wage} ÷ 12，按月支付，自 {start} 起（鉴定结论作出的次月，第三十八条）"},
		{Key: "benefits.formula.allowance_2024", Template: "{grade} 级伤残津贴 {rate} × {ratio} × W(2024) = {rate} × {ratio} × {wage2024} ÷ 12，按月支付，自 {start} 起（第三十八条；第四十五条第一款）"},
		{Key: "benefits.formula.nursing", Template: "{rate} × 生活护理费基数 {base} ÷ 12，按月支付（{level:benefits.label}），自 {start} 起"},
		{Key: "benefits.formula.nursing_2024", Template: "{rate} × W(2024) {wage2024} ÷ 12，按月支付（{level:benefits.label}），自 {start} 起（第四十五条第一款）"},
		{Key: "benefits.formula.death_grant", Template: "{multiple} × 上一年度全国城镇居民人均可支配收入 {income}"},
		{Key: "benefits.formula.pension", Template: "{relation:benefits.label}份额 {share} × {ratio} × W = {share} × {ratio} × {wage} ÷ 12，按月支付，自 {start} 起"},
		{Key: "benefits.formula.pension_2024", Template: "{relation:benefits.label}份额 {share} × {ratio} × W(2024) = {share} × {ratio} × {wage2024} ÷ 12，按月支付，自 {start} 起"},
		{Key: "benefits.formula.lone", Template: "（孤寡老人或孤儿：加发 10 个百分点）"},
		{Key: "benefits.formula.capped", Template: "，按上限 {cap} × W 同比例核减（各份额合计为 W 的 {shares} × {ratio}）"},
		{Key: "benefits.formula.capped_2024", Template: "，按上限 {cap} × W(2024) 同比例核减（各份额合计为 W 的 {shares} × {ratio}）"},
		{Key: "benefits.formula.rebased", Template: "；自 {since} 起按 2024 年工资计发，每年不低于当年标准（第四十五条：《实施办法》施行前受伤或死亡）"},
		{Key: "benefits.formula.rebased_2024", Template: "；每年不低于当年标准（第四十五条第二款）"},
		{Key: "benefits.note.warning", Template: "有一笔支付超过预警金额 {limit} 元：需另行复核（第五十六条）"},
		{Key: "benefits.note.veteran", Template: "退役军人旧伤复发：不支付一次性伤残补助金（第四十二条）"},
		{Key: "benefits.note.death", Template: "死亡情形{situation:benefits.situation}"},
		{Key: "benefits.note.death.three_items", Template: "：支付丧葬补助金、供养亲属抚恤金和一次性职业伤害死亡补助金（工伤保险条例 第三十九条）"},
		{Key: "benefits.note.death.two_items", Template: "：只支付丧葬补助金和供养亲属抚恤金（参照工伤保险条例 第三十九条第三款，暂定读法）"},
		{Key: "benefits.note.death.cause_not_stated", Template: "；案件未写明死因，按因职业伤害死亡处理"},
		{Key: "benefits.note.capped", Template: "供养亲属各份额合计为死亡计发基数的 {shares}（{shares} × W 的 {ratio}），超过上限 {cap} × W（人社厅函〔2025〕79号 第三十九条）：各份额同比例核减，抚恤金合计每月 {total} 元"},
		{Key: "benefits.note.platform", Template: "平台企业支付的项目（第四十六条）不由职业伤害保障基金支付，不计入基金合计"},
		{Key: "benefits.note.entitlement_ends", Template: "{name}：享受待遇至 {end} 止，早于首个抚恤金月份 {first}：不发放抚恤金，其他供养亲属的份额不计此人"},
		{Key: "benefits.note.standard_missing", Template: "{item}：{year} 年标准（{param}）尚未提供：首月按 2024 年水平计发；取得该数后由支付计划补足（第四十五条第二款）"},
		{Key: "benefits.note.standard_missing_pension", Template: "{item}：{year} 年标准（{param}）尚未提供：首月按 2024 年工资计发；取得该数后由支付计划补足（第四十五条第二款）"},
		{Key: "benefits.platform.line", Template: "{name}：{amount} 元"},
		{Key: "benefits.platform.from_to", Template: "（{from} 至 {to}）"},
		{Key: "benefits.platform.from", Template: "（{from} 起）"},
		{Key: "benefits.platform.to", Template: "（至 {to}）"},
		{Key: "benefits.platform.paid_by", Template: "，由 {payer} 支付（第四十六条）"},
		{Key: "benefits.platform.paid_by_own", Template: "，由 所在平台企业 支付（第四十六条）"},
		{Key: "benefits.platform.basis", Template: "；{basis}"},
		{Key: "benefits.platform.total", Template: "平台企业支付（第四十六条，不由基金支付）：{total} 元"},
		{Key: "benefits.medical.third_party", Template: "第三人承担：{third_party} 元（"},
		{Key: "benefits.medical.close", Template: "）"},
		{Key: "benefits.medical.basis.determined", Template: "法律文书确定由第三人承担的医疗费：{amount} 元"},
		{Key: "benefits.medical.basis.ratio", Template: "第三人责任比例 {ratio} × 医疗费总额 {total} 元"},
		{Key: "benefits.medical.basis.road", Template: "道路交通事故未确定责任比例：责任等级 {level} → {ratio}，依据 {source}（第三十四条第四款）"},
		{Key: "benefits.medical.basis.no_fault", Template: "；机动车无过错的，对行人或非机动车一方承担不超过 10% 的赔偿责任（道路交通安全法 第七十六条）：{cap}"},
		{Key: "benefits.medical.fund.own_share", Template: "基金支付：本人责任范围内的合规医疗费，{eligible} × (1 − {ratio}) = {eligible} − {theirs} = {fund} 元（第三十四条：报销本人责任范围内医疗费用）"},
		{Key: "benefits.medical.fund.own_share_rounded", Template: "基金支付：本人责任范围内的合规医疗费，{eligible} × (1 − {ratio}) = {eligible} − {theirs} = {fund} 元（第三十四条：报销本人责任范围内医疗费用）"},
		{Key: "benefits.medical.fund.top_up", Template: "基金支付：合规医疗费 {eligible} − 第三人承担 {third_party}，不低于零 = {fund} 元（第三十四条：不足部分予以补足，不得重复享受）"},
		{Key: "benefits.medical.worker", Template: "本人负担：医疗费总额 {total} − {third_party} − {fund} = {worker} 元"},
		{Key: "benefits.medical.pays_first", Template: "基金先行支付（社会保险法 第四十二条）：合规医疗费中应由第三人承担的 {in_eligible} − 已支付 {paid} = 先行垫付 {advanced} 元；基金现支付 {now} 元，并向 {from} 追偿 {recover} 元"},
		{Key: "benefits.medical.not_reduced", Template: "其他待遇不因民事赔偿而减少（社会保险法 第四十二条）"},
	}
}

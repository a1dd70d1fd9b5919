package golden

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"
)

// typeNamesZH names the library's value types in Chinese.
var typeNamesZH = map[string]string{
	"calendar.Date":    "日期（如 \"2026-01-20\"）",
	"calendar.Month":   "月份（如 \"2026-01\"）",
	"decimal.Decimal":  "数额（如 \"3897.15\" 或 3897.15）",
	"money.Amount":     "金额（文本，如 \"3897.15\"；至多两位小数，不可写成数字）",
	"golden.valueText": "数额或日期，按参数名（数额如 \"0.01\"；《实施办法》施行日等日期参数如 \"2025-07-01\"，不写 from）；不可写 null 或省略",
	"benefits.Fact":    "是或否（true 或 false；不写表示尚不知道，相关费用待定）",
}

// fieldsZH gives the Chinese name of every JSON key a case may hold, in its
// input or its output. A key that means different things in different kinds
// also has an entry "<kind>:<path>" (the path as Fields writes it), which
// wins. The dictionary test fails when a kind has a key without a name here.
var fieldsZH = map[string]string{
	// The case itself.
	"title": "标题", "articles": "所检验的条款", "kind": "种类", "input": "输入", "expect": "期望输出", "note": "备注",

	// Dates and calendar.
	"date": "日期", "n": "工作日数", "schedules": "追加的年度放假安排", "overrides": "官方公布的期限（覆盖计算结果）",
	"festival": "节日", "workday": "是否工作日", "day": "日期", "calendar.day_of_month:day": "日（每月第几日）", "raw": "未顺延的日期",
	"extension": "顺延的工作日数", "official": "是否官方公布的日期", "computed_unknown_year": "计算所得期限未知：尚未载入放假安排的年份", "period": "所属期（月份）",
	"schedule": "放假安排", "year": "年份", "statutory_holidays": "法定节假日天数", "days_off": "放假天数",
	"adjusted_workdays": "调休上班日天数", "event": "事件日期", "days": "天数", "months": "月数",
	"start": "起算日", "workdays": "工作日数", "deadline": "期限",
	"calendar.day:kind": "日子的类别", "claims.lifecycle:events[].kind": "事项",

	// Benefits.
	"case": "待遇案件", "injury": "受伤日期", "assessment": "劳动能力鉴定结论日期", "grade": "伤残等级",
	"nursing": "生活护理等级", "veteran": "残疾军人旧伤复发", "death": "死亡", "cause": "死因", "timing": "死亡时间（相对于职业伤害治疗期）", "death_situation": "死亡待遇情形",
	"dependents": "供养亲属", "name": "名称", "benefits.award:case.death.dependents[].name": "姓名", "relation": "与职工的关系", "lone": "是否孤寡老人或孤儿",
	"paid_months": "已缴费月份", "medical": "医疗费", "total": "合计", "eligible": "符合支付范围的金额",
	"determined_medical": "法律文书确定的第三方医疗费", "ratio": "第三方承担比例", "road": "道路交通事故",
	"level": "档次", "benefits.award:medical.road.level": "责任等级", "benefits.medical:road.level": "责任等级", "table": "赔偿比例表", "table_source": "比例表出处", "vulnerable_victim": "受害人为行人或非机动车一方",
	"no_fault": "无责任", "parameters": "主机提供的参数", "value": "取值", "from": "起", "until": "止",
	"source": "出处（文号、条款）", "status": "核实状态", "rules": "规则选项", "warning_limit": "支付预警金额",
	"transitional": "过渡期", "commencement": "施行日期", "wage_2024_annual": "2024年城镇私营单位就业人员年平均工资",
	"to": "至", "items": "待遇项目", "beneficiary": "领取人", "amount": "金额", "start_month": "起始月份",
	"flagged": "需复核", "one_time_total": "一次性待遇合计", "monthly_total": "按月待遇合计",
	"provisional": "暂定（依赖未核实的参数）", "third_party": "第三方承担", "fund": "基金支付", "worker": "职工自付",
	"error": "错误代码", "month": "月份", "raised": "已按当年标准调整", "benefits.award:items[].kind": "项目",
	"benefits.award:schedule[].kind": "项目", "benefits.award:schedule": "发放计划",

	// Benefits: the medical claim (第三十二至三十七条, 第四十一条).
	"stable": "伤情稳定之日（第三十二条）", "networked": "本市已实现职业伤害医疗费联网结算（第三十五条）",
	"benefits.medical_claim:filing":      "异地就医备案（第三十三条）",
	"benefits.medical_claim:third_party": "第三人责任（第三十四条（三））", "benefits.medical_claim:third_party.case": "案件类别",
	"court": "经人民法院判决或者调解", "shared": "通过信息共享获取的材料（无需重复提供）",
	"benefits.medical_claim:third_party.road.level":                  "责任等级",
	"benefits.medical_claim:third_party.fund_pays_first.third_party": "追偿对象（第三人）",
	"benefits.medical_claim:third_party.fund_pays_first.paid":        "第三人已支付的医疗费",
	"benefits.medical_claim:advance":                                 "垫付（第三十四条（四））",
	"by":                                                             "垫付方",
	"bills":                                                          "票据",
	"benefits.medical_claim:bills[].id":                              "票据号",
	"benefits.medical_claim:bills[].date":                            "就诊或入院日期",
	"benefits.medical_claim:bills[].until":                           "出院日期",
	"setting":                                                        "就医类别",
	"provider":                                                       "医疗（配置）机构",
	"out_of_town":                                                    "本市以外统筹地区（第三十三条）",
	"designated":                                                     "本市工伤保险定点医疗机构（第三十二条）",
	"rehab_designated":                                               "本市工伤康复定点机构（第三十六条）",
	"device_agreement":                                               "本市工伤保险辅助器具配置协议机构（第三十七条）",
	"nearest_emergency":                                              "情况紧急，就近急救（第三十二条）",
	"electronic":                                                     "本市医疗费电子票据",
	"itemised":                                                       "票据载有费用明细",
	"settled_directly":                                               "已持社会保障卡直接联网结算（第三十五条）",
	"benefits.medical_claim:bills[].confirmed":                       "康复或辅助器具配置已经确认（第三十六、三十七条）",
	"benefits.medical_claim:bills[].lines":                           "费用明细",
	"benefits.medical_claim:bills[].lines[].date":                    "费用日期",
	"catalogue":                                                      "属于工伤保险目录范围（第三十二条第二款）",
	"benefits.medical_claim:bills[].lines[].allowed":                 "支付标准以内的金额",
	"device":                               "辅助器具",
	"benefits.medical_claim:lines":         "逐项结果",
	"benefits.medical_claim:lines[].line":  "票据中的第几项",
	"bill":                                 "票据号",
	"verdict":                              "结论",
	"payable":                              "可支付",
	"not_payable":                          "不予支付",
	"pending":                              "待定",
	"benefits.medical_claim:lines[].rules": "适用的规则",
	"material":                             "材料",
	"payee":                                "支付对象",
	"benefits.medical_claim:payee.kind":    "对象类别", "benefits.medical_claim:split.recovery.from": "追偿对象",
	"benefits.medical_claim:payee.pending": "暂缓支付（垫付材料未齐）",
	"direct_settlement":                    "可直接联网结算（第三十五条）",
	"split":                                "与第三人分割医疗费用（第三十四条）",
	"notes":                                "说明",

	// Claims.
	"accident": "事故", "at": "时间", "place": "地点", "lat": "纬度", "lon": "经度", "orders": "订单",
	"route": "路线途经点", "platform": "平台", "order_id": "订单编号", "accepted_at": "接单时间", "started_at": "开始执行时间",
	"ended_at": "结束时间", "overlap_meters": "路线重合判定距离（米）", "outcome": "结论", "candidates": "候选平台与订单",
	"covered": "是否在保障期内", "accepted": "受理日期", "clear": "事实清楚、证据充分、权利义务明确",
	"decided": "作出决定日期", "applicant": "申请人", "requested_on": "申请延期日期", "reason": "延期理由",
	"approved": "是否同意（延期）或通过（审核）", "extension_cap_months": "延期上限（月）", "late_cost_from": "平台承担费用的起算点", "decision_clock": "第二十六条确认期限的起算方式", "before_in_force": "早于本规程施行日（2025-12-29，第八十一条）", "identity_harm": "因平台未核验身份而产生（第六十九条）",
	"key_materials": "关键材料", "granted": "是否准予", "applied_on": "申请日期", "costs": "费用",
	"item": "费用项目", "materials": "材料", "confirmed": "是否已确认", "state": "状态", "to_follow": "待补交的材料",
	"reported_on": "报告日期", "accepted_on": "受理日期", "decided_on": "决定日期", "delivered_on": "送达日期",
	"assessed_on": "鉴定日期", "benefits_on": "待遇核定日期", "withdrawn_on": "撤回日期", "earlier": "此前的状态",
	"events": "事件", "application": "申请", "situation": "情形", "advance": "先行支付",
	"bureau_queries_orders": "由区人社局查询全国信息平台订单数据", "mainly_responsible": "职工负主要责任",
	"submitted": "已提交的材料", "missing": "缺少的材料", "missing_key": "缺少的关键材料", "acceptable": "可以受理",
	"complete": "材料齐全", "asked": "通知补正日期", "cap_raw": "延期上限（未顺延）", "cap": "延期上限",
	"filed_on": "提交日期",

	// Claims, as of issue 10 (in main; harmless before the merge).
	"replaced_years": "被主机替换了放假安排的年份", "as_of": "截至日期", "clarity": "事实是否清楚", "clear_on": "事实清楚之日",
	"unknown": "无法判断的期限", "late_cost_to": "平台承担费用的截止点", "identity_not_verified": "平台未完成身份核验（第六十九条）",
	"platform_extended_to": "平台申请期限延至", "open": "尚未结束", "benefit_applicant": "待遇申请人",
	"platform_extension": "平台一方的延期申请及区人社局的答复（第二十二条第一款）", "worker_extension": "新就业形态人员一方的延期申请及区人社局的答复（第二十二条第一款）",
	"claims.extension:extension.until": "准予延长至", "claims.late_costs:platform_extension.until": "准予延长至",
	"claims.timeline:extension.until": "准予延长至", "claims.lifecycle:events[].until": "准予延长至（延期申请）",
	"claims.timeline:confirmed":  "结论是否确认为职业伤害（写明 decided_on 时必填）",
	"claims.extension:extension": "延期申请（第二十二条第一款）", "claims.timeline:extension": "延期申请（第二十二条第一款）",
	"claims.lifecycle:earlier[].platform_extension.until": "准予延长至", "claims.lifecycle:earlier[].worker_extension.until": "准予延长至",
	"benefit_applied_on": "待遇申请日期", "benefit_accepted_on": "待遇申请受理日期", "supplement_requested_on": "要求补正日期",
	"supplemented_on": "补正日期", "reviewed_on": "审核日期", "review_approved": "审核通过", "deadlines": "各项期限",
	"in_time": "是否按期申请", "platform_late": "平台逾期申请", "filing_error": "申请期限无法判断的原因", "cover": "保障状态",
	"costs_from": "平台承担费用起", "costs_to": "平台承担费用止", "platform_pays": "平台承担的金额", "filing": "申请",
	"claims.timeline:cover": "事故当月的保障状态（第四十三条）",
	"claims.cover:status":   "保障状态（第四十三条）",

	// Eligibility.
	"rows": "CSV 行", "counts": "统计", "excluded": "不计入的订单数", "excluded_not_registered": "未注册或不在参保范围（第（一）项）",
	"excluded_outside_shanghai": "不在本市开始执行（第（二）项）", "excluded_not_ended": "未以送达或转单结束（第（三）项）",
	"excluded_other_month": "计入其他月份", "conflicts": "内容冲突的重复记录", "conflicting": "内容冲突的订单（第九条）", "invalid": "无效记录", "tally": "汇总",
	"line": "行号", "count_cancelled_after_start": "执行开始后取消的订单也计入",

	// Benefits and ledger, as of issue 11 (in main; harmless before the merge).
	"child": "是否子女", "birth": "出生日期", "end": "供养终止日期", "basis": "依据", "rule": "规则",
	"fund_pays_first": "基金先行支付", "due_month": "应付月份", "end_month": "终止月份", "platform_total": "平台承担合计",
	"recovery": "先行支付与追偿", "advanced": "基金先行垫付", "fund_pays_now": "基金现在支付", "recover": "向第三人追偿",
	"on": "日期", "ends": "协议终止记录", "ended": "终止日期", "allowed": "是否允许", "ban_ends": "禁入期结束日期",
	"fee_period": "费款所属期", "clears": "冲抵的暂收款凭证", "refund": "退费", "reconcile": "对账", "summarize": "汇总的月份数",
	"totals": "合计", "open_items": "未清项", "posting_id": "凭证编号", "summary": "年度汇总", "levy_income": "保障费收入",
	"levy_count": "收入笔数", "refunds": "退费", "refund_count": "退费笔数", "interest_income": "利息收入", "spent": "支出合计",
	"expenditure": "支出", "held_in_suspense": "暂收款余额", "held_count": "暂收款笔数", "by_fee_period": "按费款所属期",
	"held": "暂挂", "postings": "凭证", "benefits.award:case.platform": "平台承担的待遇（第四十六条）",
	"worker_id": "从业人员编号", "industry": "行业", "registered": "已在平台注册", "in_scope": "符合参保范围",
	"start_division": "起点行政区划代码", "end_kind": "结束方式", "counted": "是否计入应缴费订单", "clauses": "适用的条款项",

	// Ledger.
	"steps": "步骤", "post": "记账", "id": "编号", "lines": "分录", "subject": "科目", "debit": "借方", "credit": "贷方",
	"reverses": "冲销的凭证编号", "reverse": "冲销", "new_id": "新凭证编号", "close": "月末结账", "balances": "余额",
	"balance": "余额", "duplicates": "重复记录数", "receipts": "入库记录", "entry_date": "入库日期", "matches": "匹配结果",
	"treasury": "与国库入库信息核对", "booked": "已记账", "booked_on": "记账日期", "direction": "方向", "none": "无需退补",
	"counterparty": "对方单位", "collections": "征收记录", "adjustment": "退补",
	"insurer": "商业保险机构", "settle_on": "结算日期", "by_item": "按项目", "count": "笔数", "settle_in": "结算月份",
	"review": "需复核的支付", "payments": "支付", "key": "对账键", "received": "收到", "collected": "已征收", "due": "应缴",
	"ledger.reconcile:matches[].orders": "与订单数据核对",
	// Issue 20: the ledger's records are listed field by field (their
	// amounts are money.Amount, read as such).
	"ledger.settlement:payments[].worker":           "从业人员",
	"ledger.insurer:payments[].worker":              "从业人员",
	"ledger.refund:adjustment.kind":                 "退补方向",
	"ledger.journal:steps[].refund.adjustment.kind": "退补方向",
	"levy.correction:reason":                        "更正原因（如 操作错误、系统故障）",

	// Ledger, issue 18: the document a posting the library builds books.
	"origin": "所记的外部单据（由本库生成的凭证）", "ref": "单据编号", "seq": "第几次记账",

	// Ledger, issue 19: income booked by the treasury's entry date (第十八条),
	// a closed year not rewritten (第七十七条).
	"ledger.journal:steps[].post.entry_date":         "资金缴纳入库日期（转出暂收款时，收入按此日记账，第十八条）",
	"clearings":                                      "转出暂收款的凭证（了结日与入库日）",
	"ledger.journal:clearings[].date":                "了结日期（对账一致、转出暂收款之日）",
	"ledger.journal:clearings[].entry_date":          "资金缴纳入库日期（收入的记账日期，第十八条）",
	"ledger.journal:clearings[].period":              "记入的会计期间",
	"prior_year_levy":                                "其中：以前年度入库、已结账后本年记账的保障费收入",
	"prior_year":                                     "以前年度入库、本年记账的明细（已结账年度不改写）",
	"ledger.journal:summary.prior_year[].entry_date": "所属日期（保障费为资金缴纳入库日期）",
	"ledger.journal:summary.prior_year[].booked_on":  "记账（了结）日期",
	"ledger.journal:summary.prior_year[].period":     "记入的本年会计期间",
	"closed_year_rule":                               "入库年度已结账时的处理（第十八条、第七十七条）",
	"reopen":                                         "重新打开已结账的期间（反结账）",
	"load":                                           "载入保存的账簿（快照），取代此前的账",

	// Levy.
	"setup": "费率设置", "terms": "费率期", "first_month": "首月", "floating": "浮动费率", "factor": "浮动系数",
	"rate": "费率", "declaration_deadline": "申报期限", "push_deadline": "推送期限", "paid": "已缴", "base": "基准费率",
	"first_year": "是否参保首年", "floats": "是否浮动", "consistent": "数据一致", "industries": "各行业",
	"declared": "申报订单数", "reported": "平台报送订单数", "diff": "差额", "levy.reconcile:days": "逐日核对", "levy.reconcile:declared": "平台申报的逐日订单数", "instant_delivery": "即时配送费率档次",
}

// kindsZH gives the Chinese name of each kind of case.
var kindsZH = map[string]string{
	"benefits.award":                "待遇核定（第五章）",
	"benefits.medical":              "医疗费分担（第三十四条）",
	"benefits.medical_claim":        "医疗待遇申领（第三十二至三十七条、第四十一条）",
	"calendar.day":                  "某日是工作日还是休息日",
	"calendar.add_workdays":         "若干个工作日之后（之前）的日期",
	"calendar.workdays_between":     "两日之间的工作日数",
	"calendar.within_workdays":      "若干个工作日内的期限",
	"calendar.within_days":          "若干日内的期限",
	"calendar.within_months":        "若干个月内的期限",
	"calendar.day_of_month":         "每月某日的期限（遇休息日顺延）",
	"calendar.declaration_deadline": "月度申报期限（第十四条）",
	"calendar.load_schedule":        "载入年度放假安排",
	"claims.windows":                "待遇给付申请期限（第二十一、二十二条）",
	"claims.extension":              "延期申请（第二十二条）",
	"claims.late_costs":             "平台逾期申请时承担的费用（第二十二条）",
	"claims.cover":                  "事故当月是否在保障期内（第四十三条）",
	"claims.materials":              "申请材料与容缺受理（第二十三至二十五条）",
	"claims.decision_deadline":      "职业伤害确认结论期限（第二十六条）",
	"claims.delivery_deadline":      "结论送达期限（第二十七条）",
	"claims.review_deadline":        "复核期限",
	"claims.supplement_deadline":    "补正材料期限",
	"claims.attribution":            "责任平台的认定（第二十八条）",
	"claims.lifecycle":              "案件办理状态（第二十至三十一条）",
	"eligibility.decide":            "订单是否计入应缴费订单（第十条）",
	"eligibility.batch":             "一个月的订单 CSV 的计入与去重（第十条）",
	"claims.timeline":               "一个案件的全部期限与检查（第二十至二十八、四十三、四十四条）",
	"levy.rate":                     "每单缴费标准（第十一、十二条）",
	"levy.bill":                     "月度应缴费额（第十四条）",
	"levy.reconcile":                "订单数据核对（第九、十四条）",
	"levy.correction":               "多缴退还与少缴补足（第十六条）",
	"levy.registration_deadline":    "参保登记期限（第十三条）",
	"ledger.reconcile":              "对账（第十七、十八条）",
	"ledger.refund":                 "退费与补缴的记账（第十六条）",
	"ledger.settlement":             "与商业保险机构的月度结算（第五十六、五十七条）",
	"ledger.journal":                "职业伤害保障科目记账（第四、四十七至五十二条）",
	"ledger.insurer":                "商业保险机构的禁入期（第六十四条）",
}

// KindZH gives the Chinese name of a kind, or the kind itself.
func KindZH(kind string) string {
	if s, ok := kindsZH[kind]; ok {
		return s
	}
	return kind
}

// valuesZH gives the Chinese name of each value a field may take from a
// fixed list: "<Go type>:<value>" (benefits.Kind:death_grant), or the value
// alone where the output writes it as plain text (the day kinds).
var valuesZH = map[string]string{
	// benefits (第五章).
	"benefits.Kind:one_time_disability_grant": "一次性伤残补助金", "benefits.Kind:disability_allowance": "伤残津贴（按月）",
	"benefits.Kind:one_time_allowance": "一次性津贴", "benefits.Kind:nursing_allowance": "生活护理费（按月）",
	"benefits.Kind:funeral_grant": "丧葬补助金", "benefits.Kind:survivor_pension": "供养亲属抚恤金（按月）",
	"benefits.Kind:death_grant": "一次性职业伤害死亡补助金",
	"benefits.Nursing:":         "无需生活护理", "benefits.Nursing:full": "生活完全不能自理", "benefits.Nursing:mostly": "生活大部分不能自理",
	"benefits.Nursing:partly": "生活部分不能自理",
	"benefits.DeathCause:":    "未写明（按因职业伤害死亡处理）", "benefits.DeathCause:occupational_injury": "因职业伤害死亡", "benefits.DeathCause:other": "其他原因死亡",
	"benefits.DeathTiming:": "未写明", "benefits.DeathTiming:during_treatment": "职业伤害治疗期内", "benefits.DeathTiming:after_treatment": "职业伤害治疗期满后",
	"benefits.DeathSituation:from_injury": "（一）因职业伤害死亡", "benefits.DeathSituation:during_treatment": "（二）治疗期内因职业伤害导致死亡",
	"benefits.DeathSituation:after_treatment_grade_1_4": "（三）一至四级伤残者治疗期满后死亡",
	"benefits.MedicalRule:top_up":                       "第三人支付不足部分由基金补足（默认）", "benefits.MedicalRule:own_share": "按责任比例由第三人承担",
	"benefits.PlatformKind:living_allowance": "生活保障费（第四十六条第一款）", "benefits.PlatformKind:treatment_nursing": "治疗期内的护理（第四十六条第二款）",
	// The medical claim (第三十二至三十七条, 第四十一条).
	"benefits.Setting:outpatient": "门诊", "benefits.Setting:emergency": "急诊", "benefits.Setting:observation": "急诊留观",
	"benefits.Setting:inpatient": "住院", "benefits.Setting:rehabilitation": "住院职业伤害康复（第三十六条）",
	"benefits.Setting:device":        "辅助器具配置（第三十七条）",
	"benefits.DeviceKind:":           "（不是辅助器具）",
	"benefits.DeviceKind:prosthesis": "假肢", "benefits.DeviceKind:orthosis": "矫形器", "benefits.DeviceKind:artificial_eye": "假眼",
	"benefits.DeviceKind:wheelchair": "轮椅", "benefits.DeviceKind:other_device": "其他工伤保险辅助器具", "benefits.DeviceKind:denture": "假牙",
	"benefits.FilingStatus:": "未办理异地就医备案", "benefits.FilingStatus:approved": "异地就医备案已审核通过",
	"benefits.FilingStatus:pending": "异地就医备案审核中", "benefits.FilingStatus:refused": "异地就医备案未通过",
	"benefits.LegalCase:traffic": "交通事故", "benefits.LegalCase:rail": "城市轨道交通事故", "benefits.LegalCase:ferry": "客运轮渡事故",
	"benefits.LegalCase:train": "火车事故", "benefits.LegalCase:violence": "遭受暴力伤害", "benefits.LegalCase:other": "其他第三人责任",
	"benefits.AdvanceBy:platform": "平台企业", "benefits.AdvanceBy:service_agency": "平台服务机构", "benefits.AdvanceBy:third": "第三方（因特殊情况先行垫付）",
	"benefits.PayeeKind:worker": "本人（社会保障卡银行账户等待遇支付账号）", "benefits.PayeeKind:close_relative": "近亲属",
	"benefits.PayeeKind:platform": "垫付的平台企业", "benefits.PayeeKind:service_agency": "垫付的平台服务机构", "benefits.PayeeKind:advancer": "先行垫付的第三方",
	"benefits.Verdict:payable": "可支付", "benefits.Verdict:not_payable": "不予支付", "benefits.Verdict:pending": "待定",
	"benefits.MedicalMaterial:receipt": "医疗费用票据原件", "benefits.MedicalMaterial:receipt_image": "本市医疗费电子票据影像件",
	"benefits.MedicalMaterial:itemised_list": "费用明细清单原件", "benefits.MedicalMaterial:outpatient_record": "门急诊病历",
	"benefits.MedicalMaterial:discharge_summary": "出院小结", "benefits.MedicalMaterial:application_form": "职业伤害医疗待遇申请表",
	"benefits.MedicalMaterial:liability_finding": "事故责任认定书", "benefits.MedicalMaterial:mediation_or_award": "事故民事赔偿调解书或仲裁裁决书",
	"benefits.MedicalMaterial:violence_proof": "公安机关出具的遭受暴力伤害证明", "benefits.MedicalMaterial:compensation_proof": "赔偿证明资料",
	"benefits.MedicalMaterial:court_document": "民事判决书或者民事调解书", "benefits.MedicalMaterial:other_evidence": "明确医疗费用分割的其他辅助材料",
	"benefits.MedicalMaterial:advancer_account": "垫付单位的银行账户", "benefits.MedicalMaterial:advance_confirmation": "双方确认垫付事实的书面材料",
	"benefits.MedicalMaterial:advance_agreement": "平台企业、第三方、本人签订的协议", "benefits.MedicalMaterial:advance_payment_proof": "垫付的支付凭证",
	"benefits.MedicalMaterial:death_proof": "确定死亡时间、死因的相关材料", "benefits.MedicalMaterial:medical_record_copies": "病历资料复印件",
	"benefits.ClaimRule:designated": "在本市工伤保险定点医疗机构就医（第三十二条）", "benefits.ClaimRule:designation_unknown": "尚未确认是否为定点医疗机构（待定）",
	"benefits.ClaimRule:not_designated": "非定点医疗机构，也非就近急救（不予支付）", "benefits.ClaimRule:emergency_before_stable": "就近急救，在伤情稳定之日或之前",
	"benefits.ClaimRule:stable_unknown": "非定点机构急救，尚未确定伤情稳定日期（待定）", "benefits.ClaimRule:after_stable": "伤情稳定后仍在非定点机构治疗（不予支付）",
	"benefits.ClaimRule:stay_spans_stable": "住院跨过伤情稳定之日，需列明日期（待定）", "benefits.ClaimRule:out_of_town_filed": "异地就医备案已通过（第三十三条）",
	"benefits.ClaimRule:out_of_town_filing_pending": "异地就医备案审核中（待定）", "benefits.ClaimRule:out_of_town_filing_refused": "异地就医备案未通过（不予支付）",
	"benefits.ClaimRule:out_of_town_not_filed": "异地就医未备案（不予支付）", "benefits.ClaimRule:rehab_confirmed": "住院康复已确认，在康复定点机构（第三十六条）",
	"benefits.ClaimRule:rehab_unconfirmed": "住院康复尚未确认（待定）", "benefits.ClaimRule:rehab_refused": "住院康复未经确认（不予支付）",
	"benefits.ClaimRule:rehab_not_designated": "未在本市工伤康复定点机构康复（不予支付）", "benefits.ClaimRule:rehab_designation_unknown": "尚未确认是否为康复定点机构（待定）",
	"benefits.ClaimRule:device_confirmed": "辅助器具已确认，在规定机构配置（第三十七条）", "benefits.ClaimRule:device_unconfirmed": "辅助器具尚未确认（待定）",
	"benefits.ClaimRule:device_refused": "辅助器具未经确认（不予支付）", "benefits.ClaimRule:device_wrong_provider": "未在规定机构配置辅助器具（不予支付）",
	"benefits.ClaimRule:device_provider_unknown": "尚未确认配置机构（待定）", "benefits.ClaimRule:in_catalogue": "属于工伤保险目录范围（第三十二条第二款）",
	"benefits.ClaimRule:catalogue_unknown": "尚未确认是否属于目录范围（待定）", "benefits.ClaimRule:out_of_catalogue": "不属于工伤保险目录范围（不予支付）",
	"benefits.ClaimRule:above_standard": "超出支付标准的部分不予支付", "benefits.ClaimRule:materials_missing": "该票据缺少材料（待定，第三十四条（一）（二））",
	"benefits.ClaimRule:settled_directly": "已直接联网结算，不重复支付（第三十五条）", "benefits.ClaimRule:settled_directly_third_party": "涉及第三人却已直接结算，待复核（第三十五条）",
	"benefits.ClaimRule:direct_settlement": "可持社会保障卡直接联网结算（第三十五条）", "benefits.ClaimRule:direct_not_networked": "尚未实现联网结算，就医后申领（第三十五条）",
	"benefits.ClaimRule:direct_excluded_third_party": "涉及第三人责任，不能直接联网结算（第三十五条）", "benefits.ClaimRule:out_of_town_direct": "异地就医可直接结算或事后申领（第三十三条）",
	"benefits.ClaimRule:split_no_basis": "未确定赔偿比例或医疗费金额，可要求其他辅助材料（第三十四条（三））", "benefits.ClaimRule:split_waits_pending": "待定费用确定后再分割医疗费用",
	"benefits.ClaimRule:split_waits_documents": "法律文书齐全后再分割医疗费用", "benefits.ClaimRule:payee_waits": "垫付材料未齐，暂缓支付至垫付方（第三十四条（四））",
	"benefits.ClaimRule:death_opinion": "治疗期内死亡：可请区劳动能力鉴定委员会提供专业意见（第四十一条）",
	"param.Status:verified":            "已核实", "param.Status:secondary": "二手来源", "param.Status:provisional": "暂定",

	// calendar.
	"workday": "工作日", "weekend": "公休日", "statutory_holiday": "法定节假日", "day_off": "调休放假日",
	"adjusted_workday": "调休上班日", "unknown": "未覆盖",
	"new_years_day": "元旦", "spring_festival": "春节", "tomb_sweeping_day": "清明节", "labour_day": "劳动节",
	"dragon_boat_festival": "端午节", "mid_autumn_festival": "中秋节", "national_day": "国庆节",

	// claims.
	"claims.Outcome:responsible": "认定为责任平台", "claims.Outcome:investigate": "需调查核实",

	"claims.EventKind:report": "报案", "claims.EventKind:apply": "提出申请", "claims.EventKind:accept": "受理",
	"claims.EventKind:supplement": "补正材料", "claims.EventKind:withdraw": "撤回", "claims.EventKind:decide": "作出确认结论",
	"claims.EventKind:deliver": "送达结论", "claims.EventKind:assess": "劳动能力鉴定", "claims.EventKind:benefits": "核定待遇",

	"claims.Material:application_form": "职业伤害待遇给付申请表", "claims.Material:identity": "身份证明",
	"claims.Material:scene_evidence": "事故现场证据", "claims.Material:order_data": "订单数据",
	"claims.Material:track_data": "轨迹数据", "claims.Material:diagnosis": "医疗诊断证明",
	"claims.Material:payment_account": "待遇支付账户", "claims.Material:advance_platform": "平台先行支付凭证",
	"claims.Material:advance_third": "第三人先行支付凭证", "claims.Material:consent": "知情同意书",
	"claims.Material:passport": "护照等身份证件", "claims.Material:police_proof": "公安机关交通事故认定等证明",
	"claims.Material:commute_proof": "上下班途中的证明", "claims.Material:rescue_and_death": "抢救及死亡证明",
	"claims.Material:public_interest": "维护公共利益的证明", "claims.Material:veteran_proof": "残疾军人证",
	"claims.Advance:": "无先行支付", "claims.Advance:platform": "平台先行支付", "claims.Advance:third": "第三人先行支付",
	"claims.Applicant:platform": "平台企业", "claims.Applicant:service_agency": "平台服务机构", "claims.Applicant:worker": "新就业形态人员本人",
	"claims.Applicant:close_relative": "近亲属", "claims.Applicant:union": "工会组织",
	"claims.BeforeInForce:note": "照常计算并注明本规程尚未施行（默认）", "claims.BeforeInForce:refuse": "不予计算，报错",
	"claims.DecisionClock:from_acceptance":  "两个期限均自受理之日起算（受理时事实清楚的7个工作日，否则30个工作日；默认）",
	"claims.DecisionClock:from_found_clear": "受理后查清事实的，自查清之日起另计7个工作日（不超过受理后30个工作日）",
	"claims.LateCostFrom:after_window":      "自申请期限届满之日起", "claims.LateCostFrom:from_accident": "自事故发生之日起",
	"claims.LateCostTo:acceptance": "至受理之日", "claims.LateCostTo:filing": "至提出申请之日",
	"claims.Clarity:": "未说明（受理时须写明 clear 或 not_clear，不作推定）", "claims.Clarity:clear": "事实清楚、证据充分、权利义务明确",
	"claims.EventKind:extension": "申请延长申请期限（第二十二条第一款）",
	"claims.Clarity:not_clear":   "尚未查清",
	// Plain values of output fields written as text (audit A12).
	"covered": "在保障期内", "pending": "待定（当月保障费尚未到期）", "refund": "退还多缴", "top_up": "补足少缴",
	"cash": "收付实现制", "declaration": "申报期限（第十四条）", "platform": "平台企业", "worker": "从业人员", "none": "无",
	"claims.CoverStatus:covered": "在保障期内（平台已缴当月保障费）", "claims.CoverStatus:pending": "待定（当月保障费尚未到期）",
	"claims.CoverStatus:not_covered":       "不在保障期内（平台欠缴当月保障费）",
	"claims.EventKind:materials_to_follow": "容缺受理，材料待补", "claims.EventKind:facts_clear": "查明事实清楚",
	"claims.EventKind:benefit_apply": "申请待遇（第四十四条）", "claims.EventKind:benefit_accept": "受理待遇申请",
	"claims.EventKind:supplement_requested": "要求补正材料", "claims.EventKind:supplemented": "补正材料", "claims.EventKind:review": "审核",

	// eligibility (第十条).
	"ledger.ClosedYearRule:book_in_open_year":  "记入未结账的年度，列为以前年度入库（默认；已结账年度的汇总不改写）",
	"ledger.ClosedYearRule:refuse_closed_year": "拒绝记账，待主机重新打开入库期间",

	"eligibility.EndKind:": "尚未结束", "eligibility.EndKind:delivered": "送达完成", "eligibility.EndKind:transferred": "中途转单",
	"eligibility.EndKind:cancelled": "取消",

	// The clauses of 第十条 an eligibility decision lists (eligibility.Clauses).
	"第十条第一款 (counts on the Beijing day it ended, by 24:00)":                                               "第十条第一款：按执行结束时的北京时间（24时前）计入当日",
	"第十条第一款第（一）项 (registered and within the insured scope)":                                               "第十条第一款第（一）项：已在平台注册并符合参保范围",
	"第十条第一款第（二）项 (started in Shanghai)":                                                                   "第十条第一款第（二）项：在本市开始执行",
	"第十条第一款第（三）项 (ended by delivery or midway transfer)":                                                  "第十条第一款第（三）项：以送达或中途转单结束",
	"第十条第一款第（三）项 \"等\" (cancelled after execution started: counted under Rules.CountCancelledAfterStart)": "第十条第一款第（三）项“等”：执行开始后取消（按规则选项计入）",

	// levy.
	"levy.Level:lower": "较低档", "levy.Level:higher": "较高档",
	"levy.AdjustmentKind:refund": "退还多缴", "levy.AdjustmentKind:top_up": "补足少缴", "levy.AdjustmentKind:none": "无需退补",

	// ledger.

	"ledger.EndReason:failed_annual_review": "年度考核不合格（第六十四条（一））", "ledger.EndReason:serious_failure": "服务能力严重不足、服务质量严重不达标（（二））",
	"ledger.EndReason:misappropriation": "挪用、截留、侵占保障资金（（三））", "ledger.EndReason:fraud": "骗取、套取保障资金（（四））",
	"ledger.EndReason:information_security": "违反信息安全管理规定（（五））", "ledger.EndReason:other_violation": "违反法律法规的其他情形（（六））",
	"ledger.EndReason:expired": "协议到期（不禁入）",

	"ledger.OriginKind:treasury-receipt": "国库入库记录", "ledger.OriginKind:suspense-clear": "暂收款转收入",
	"ledger.OriginKind:benefit-paid": "商业保险机构支付的待遇", "ledger.OriginKind:insurer-settlement": "与商业保险机构的月度结算",
}

// ValueZH gives the Chinese name of value (its JSON text without quotes) in
// a field of Go type typ, or "" when it has none. A ledger subject for a
// benefit (ozb.expense.death_grant) is named after the benefit.
func ValueZH(typ, value string) string {
	if s, ok := namesZH[typ+":"+value]; ok {
		return s
	}
	if s, ok := valuesZH[typ+":"+value]; ok {
		return s
	}
	if value == "" {
		return ""
	}
	if s, ok := valuesZH[value]; ok {
		return s
	}
	if rest, ok := strings.CutPrefix(value, "ozb.expense."); ok {
		if s := ValueZH("benefits.Kind", rest); s != "" {
			return s + "支出"
		}
	}
	return ""
}

// namesZH gives the Chinese name of each value of a fixed list whose type
// names its values itself (a Chinese method), as "<Go type>:<value>": the
// kinds packages register them (Names), so the name is written once, in the
// rule package.
var namesZH = map[string]string{}

// Chinese is a value that gives its own Chinese name (claims.Applicant,
// ledger.Subject, …).
type Chinese interface {
	Chinese() string
}

// Names registers the Chinese names of the values of a fixed list, as the
// type's Chinese method gives them: the dictionary lists these values and
// the report names them. A value is written as its JSON text says it (its
// MarshalText, or the string itself). Each type's values are registered
// once, by the kinds package of the rule package that declares it.
func Names[T Chinese](values ...T) {
	t := reflect.TypeFor[T]()
	for _, v := range values {
		var text string
		if m, ok := any(v).(encoding.TextMarshaler); ok {
			b, err := m.MarshalText()
			if err != nil {
				panic(fmt.Sprintf("golden: %s value %v cannot be written: %v", t, v, err))
			}
			text = string(b)
		} else {
			text = reflect.ValueOf(v).String()
		}
		namesZH[t.String()+":"+text] = v.Chinese()
	}
}

// codesZH gives the meaning of each error code a case may expect, by the
// code's first part (not_covered:2027 is not_covered).
var codesZH = map[string]string{
	// Any kind: a value the strict JSON reader refuses on reading.
	"json_number":   "数字过长或超出范围：金额、比例写出来最多 20 位数字，指数不超过 ±300（读取时即拒绝，不进行计算）",
	"json_decimals": "小数位过多：金额最多两位小数（精确到分），比例最多 18 位（读取时即拒绝）",
	"json_null":     "该字段不能写 null：没有值就不写这个字段",
	"json_missing":  "缺少必填字段（如金额）：不会按 0 处理",

	// calendar.
	"not_covered":           "带年份（not_covered:2027）：该年的放假安排尚未载入，该年的日期无法判断；不带年份（待遇核定）：平台未缴纳受伤当月的职业伤害保障费，不予支付待遇（第四十三条）",
	"zero_date":             "缺少日期",
	"date_range":            "日期超出可处理的范围",
	"parse":                 "日期或月份格式不对（应为 2026-01-20 或 2026-01）",
	"duplicate_day":         "放假安排中同一天出现两次",
	"day_outside_year":      "放假安排中有一天不属于该年",
	"missing_date":          "放假安排中缺少日期",
	"bad_day_kind":          "放假安排中的日子类别不对",
	"workday_on_weekday":    "调休上班日不在周末（调休上班日只能是周六或周日）",
	"unknown_festival":      "不认识的节日名称",
	"missing_source":        "缺少出处（文号）",
	"duplicate_schedule":    "同一年的放假安排给了两次",
	"schedule_syntax":       "放假安排的格式不对",
	"schedule_year":         "放假安排的年份不对",
	"bad_override":          "官方公布期限的格式不对",
	"duplicate_override":    "同一期限的官方日期给了两次",
	"invalid":               "输入不合要求（后附原因）",
	"empty_schedule":        "放假安排没有任何日子：没有假日的年份要写明 \"no_holidays\": true",
	"no_holidays_with_days": "写了 \"no_holidays\": true 却又列出了日子",
	"nil_calendar":          "没有提供日历",
	"csv_syntax":            "该行不能按 CSV 读取（如引号不成对）",
	"field":                 "某个字段不合要求（后附字段名）",

	// claims.
	"transition":          "当前状态下不能办理该事项（后附事项）",
	"extension_late":      "延期申请晚于申请期限届满之日（第二十二条）",
	"extension_no_reason": "延期申请未说明特殊情况（第二十二条）",
	"extension_past_cap":  "延期超过上限（工伤保险条例 第十七条）",
	"not_covered_commute": "上下班途中职工负主要责任，不属于保障范围（第十九条）",
	"bad_situation":       "不认识的申请情形",
	"bad_material":        "不认识的材料名称",
	"already_confirmed":   "同一事故伤害已作过职业伤害确认（第二十八条）",
	"event_date":          "事件日期早于事故日期或早于案件上一步的日期",
	"bad_order":           "订单数据不合要求",
	"bad_cost":            "费用数据不合要求",
	"case_file":           "案件数据不合要求",
	"before_in_force":     "事故早于沪人社福〔2025〕373号施行之日（2025-12-29），按规则选项不予计算（第八十一条）",
	"not_applied":         "案件尚未提出申请",
	"unstated":            "必须写明的事实未写（后附字段名）：不写不等于“否”，不作推定",

	// benefits.
	"missing_base":         "缺少计发基数（所需年度的上年度本市城镇私营单位就业人员平均工资尚未提供；后附参数与年份）",
	"missing_parameter":    "缺少参数（后附参数名）",
	"death_not_covered":    "非因职业伤害死亡的，只有一至四级伤残者在治疗期满后死亡才支付丧葬补助金和供养亲属抚恤金",
	"transitional":         "《实施办法》施行前受伤的案件，缺少过渡期参数（第四十五条）",
	"bad_case":             "待遇案件数据不合要求",
	"no_third_party_basis": "没有第三方承担医疗费的依据（第三十四条）",
	"bad_medical":          "医疗费数据不合要求",
	"bad_medical_claim":    "医疗待遇申领数据不合要求（后附位置与原因）",
	"duplicate_bill":       "同一张票据列了两次（票据号重复）：同一笔费用不重复支付",
	"claim_limit":          "医疗待遇申领超出规定的上限（文件大小、嵌套层数、文本长度、票据或明细数量）",
	"duplicate_material":   "同一材料在同一列表中列了两次",

	// levy.
	"bad_parameter":  "参数不合要求",
	"no_terms":       "缺少平台的费率条款（首次参保月份、档次、浮动）",
	"not_enrolled":   "平台该月未参保",
	"no_level":       "缺少平台该月的即时配送缴费档次（每单0.07元或0.25元，第十一条）",
	"bad_terms":      "费率设置不合要求",
	"bad_correction": "退补数据不合要求",
	"setup_syntax":   "费率设置的格式不对",

	// ledger.
	"bad_payment":           "支付数据不合要求",
	"bad_posting":           "记账凭证不合要求",
	"bad_counterparty":      "对方单位种类不在列表中（平台企业、商业保险机构、新就业形态人员、国库、银行、收款单位）：读取账簿或记账时即拒绝，不按任何种类猜测",
	"bad_snapshot":          "账簿（快照）的 JSON 不合要求：读取时即拒绝",
	"bad_direction":         "退补方向缺失或不在列表中（退还 refund、补缴 top_up、无需退补 none）：不予记账，不按补缴或退还猜测",
	"bad_record":            "对账记录不合要求",
	"closed":                "该期间已结账，不能再记账",
	"closed_year":           "资金入库的年度已结账，按规则选项拒绝记入以后年度；待重新打开入库期间后再记账",
	"conflict":              "已有同一编号但内容不同的凭证",
	"not_scheme":            "不是职业伤害保障的科目",
	"reversed":              "该凭证已被冲销",
	"unbalanced":            "借贷不平衡",
	"unknown_id":            "不存在该编号的凭证",
	"overflow":              "金额超出可处理的范围",
	"false_reversal":        "不是所指凭证的完全冲销",
	"negative":              "该凭证会使科目余额小于零",
	"bad_clearing":          "不是对一笔未清暂收款的冲抵",
	"duplicate_record":      "对账记录重复",
	"insurer_banned":        "该商业保险机构在禁入期内，不得参与职业伤害保障委托承办工作（第六十四条）",
	"bad_agreement_end":     "协议终止记录不合要求",
	"no_params":             "没有提供参数集",
	"bad_rules":             "规则设置不合要求（如预警金额为负数或不足一分）",
	"transitional_conflict": "2024年工资给了两次且数值不同（第四十五条）",
}

// codesDetailZH says what a code with details means (not_covered:2027):
// %s is the detail.
var codesDetailZH = map[string]string{
	"not_covered":       "%s年的放假安排尚未载入，该年的日期无法判断",
	"missing_base":      "缺少计发基数：%s",
	"missing_parameter": "缺少参数 %s",
	"transition":        "当前状态下不能办理该事项：%s",
	"unstated":          "未写明 %s：必须写明，不作推定",
	"invalid":           "输入不合要求：%s",
	"field":             "字段 %s 不合要求",
}

// CodeZH gives the meaning of an error code in Chinese, with the code's
// details (not_covered:2027 → 2027年的放假安排尚未载入……), or "" for an
// unknown code.
func CodeZH(code string) string {
	head, rest, _ := strings.Cut(code, ":")
	s, ok := codesZH[head]
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return s
	}
	if head == "transition" {
		if zh := ValueZH("claims.EventKind", rest); zh != "" {
			rest = zh + "（" + rest + "）"
		}
	}
	if f, ok := codesDetailZH[head]; ok {
		return fmt.Sprintf(f, rest)
	}
	return s + "：" + rest
}

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
	"param.Name":       "参数名称（已登记的名称，如 \"levy.base.ride_hailing\"；拼错的名称不被接受）",
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
	"no_fault": "无责任", "parameters": "调用方提供的参数", "value": "取值", "from": "起", "until": "止",
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
	"submitted": "已提交的材料", "required": "应提交的材料", "extra": "清单以外的材料", "missing": "缺少的材料", "missing_key": "缺少的关键材料", "acceptable": "可以受理",
	"complete": "材料齐全", "asked": "通知补正日期", "cap_raw": "延期上限（未顺延）", "cap": "延期上限",
	"filed_on": "提交日期",

	// Claims, as of issue 10 (in main; harmless before the merge).
	"replaced_years": "被调用方替换了放假安排的年份", "as_of": "截至日期", "clarity": "事实是否清楚", "clear_on": "事实清楚之日",
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
	"ledger.journal:steps[].post.basis.to":            "退至账户（第十六条）",
	"ledger.journal:steps[].post.basis.insurer":       "垫付待遇的商业保险机构",
	"analysis.running:books.postings[].basis.to":      "退至账户（第十六条）",
	"analysis.running:books.postings[].basis.insurer": "垫付待遇的商业保险机构",
	"ledger.journal:steps[].post.entry_date":          "资金缴纳入库日期（转出暂收款时，收入按此日记账，第十八条）",
	"clearings":                                       "转出暂收款的凭证（了结日与入库日）",
	"ledger.journal:clearings[].date":                 "了结日期（对账一致、转出暂收款之日）",
	"ledger.journal:clearings[].entry_date":           "资金缴纳入库日期（收入的记账日期，第十八条）",
	"ledger.journal:clearings[].period":               "记入的会计期间",
	"prior_year_levy":                                 "其中：以前年度入库、已结账后本年记账的保障费收入",
	"prior_year":                                      "以前年度入库、本年记账的明细（已结账年度不改写）",
	"ledger.journal:summary.prior_year[].entry_date":  "所属日期（保障费为资金缴纳入库日期）",
	"ledger.journal:summary.prior_year[].booked_on":   "记账（了结）日期",
	"ledger.journal:summary.prior_year[].period":      "记入的本年会计期间",
	"closed_year_rule":                                "入库年度已结账时的处理（第十八条、第七十七条）",
	"reopen":                                          "重新打开已结账的期间（反结账）",
	"load":                                            "载入保存的账簿（快照），取代此前的账",

	// Levy.
	"setup": "费率设置", "terms": "费率期", "first_month": "首月", "floating": "浮动费率", "factor": "浮动系数",
	"rate": "费率", "declaration_deadline": "申报期限", "push_deadline": "推送期限", "paid": "已缴", "base": "基准费率",
	"first_year": "是否参保首年", "floats": "是否浮动", "consistent": "数据一致", "industries": "各行业",
	"declared": "申报订单数", "reported": "平台报送订单数", "diff": "差额", "levy.reconcile:days": "逐日核对", "levy.reconcile:declared": "平台申报的逐日订单数", "instant_delivery": "即时配送费率档次",

	// Analysis (第七十六条): the running analysis and the reform measurement.
	"reform": "改革后", "current": "现行", "delta": "变化（改革后减现行）", "cases": "待遇案件",
	"analysis.measure:reform":             "测算方案（在现行参数上叠加的调整）",
	"analysis.measure:reform.title":       "测算方案名称",
	"analysis.measure:reform.parameters":  "方案调整的参数（同名同起始日的现行数值被替换，其余新增）",
	"analysis.measure:reform.terms":       "方案替换的平台费率条款（按平台整体替换）",
	"analysis.measure:period":             "测算期间（起止月份，含两端）",
	"analysis.running:period":             "分析期间（起止月份，含两端）",
	"analysis.measure:cases[].parameters": "该案件的参数（叠加在内置参数之上，同待遇案件文件）",
	"analysis.running:cases[].parameters": "该案件的参数（叠加在内置参数之上，同待遇案件文件）",
	"analysis.measure:orders":             "已计入的订单数（按平台、行业、日）",
	"analysis.running:orders":             "已计入的订单数（按平台、行业、日）",
	"analysis.measure:income":             "应缴保障费收入（第十四条）",
	"analysis.running:income":             "应缴保障费收入（第十四条）",
	"income_by_platform":                  "按平台", "income_by_industry": "按行业", "income_by_month": "按月份",
	"expenditure_by_item": "按待遇项目", "expenditure_by_case": "按案件", "expenditure_by_month": "按月份",
	"analysis.measure:income_by_platform[].key": "平台", "analysis.running:income_by_platform[].key": "平台",
	"analysis.measure:income_by_industry[].key": "行业", "analysis.running:income_by_industry[].key": "行业",
	"analysis.measure:income_by_month[].key": "月份", "analysis.running:income_by_month[].key": "月份",
	"analysis.measure:expenditure_by_item[].key": "待遇项目", "analysis.running:expenditure_by_item[].key": "待遇项目",
	"analysis.measure:expenditure_by_case[].key": "案件编号", "analysis.running:expenditure_by_case[].key": "案件编号",
	"analysis.measure:expenditure_by_month[].key": "月份", "analysis.running:expenditure_by_month[].key": "月份",
	"analysis.measure:expenditure": "基金支付的待遇（第五章）",
	"analysis.running:expenditure": "基金支付的待遇（第五章）",
	"platforms":                    "平台缴费增减分布", "beneficiaries": "案件待遇增减分布",
	"more": "增加的个数", "less": "减少的个数", "same": "不变的个数", "more_by": "增加额合计", "less_by": "减少额合计",
	"bands": "按变化幅度分档", "band": "档位", "keys": "平台或案件",
	"units": "平台或案件个数", "change_pct": "变化率（%，现行为0时省略）", "largest_rise": "增加最多的一个", "largest_fall": "减少最多的一个",
	"paid_to_billed": "每元应缴保障费对应的待遇支出", "paid_to_collected": "每元已入库保障费对应的待遇支出",
	"months_covered": "财政专户余额可支付的月数（按本期平均月支出）",
	"problems":       "未计入的部分及原因（部分结果）", "scenario": "在哪种方案下无法计算",
	"analysis.measure:problems[].kind": "对象", "analysis.running:problems[].kind": "对象",
	"analysis.measure:problems[].id": "平台或案件编号", "analysis.running:problems[].id": "平台或案件编号",
	"analysis.measure:problems[].orders": "未出账单的订单数", "analysis.running:problems[].orders": "未出账单的订单数",
	"books": "基金账簿（快照）", "closed": "已结账的会计期间",
	"analysis.running:books.balance": "财政专户余额", "analysis.running:books.collected": "本期入库记账的保障费收入",
	"claims": "职业伤害确认与待遇案件", "analysis.running:claims[].case": "案件状态（同案件办理）",
	"analysis.running:claims.cases": "案件数", "by_state": "按办理阶段", "met": "按期办结的期限数", "overdue": "逾期的期限数",
	"overdue_by": "逾期期限按事项", "analysis.running:claims.by_state[].key": "办理阶段", "analysis.running:claims.by_state[].n": "案件数",
	"analysis.running:claims.overdue_by[].key": "事项", "analysis.running:claims.overdue_by[].n": "逾期个数",
	"analysis.running:claims.deadlines": "期限总数", "analysis.running:claims.open": "尚未到期的期限数", "analysis.running:claims.unknown": "无法判断的期限数（放假安排未载入）",
	"analysis.running:as_of": "统计截至日期（本库不读系统时钟）",
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
	"analysis.measure":              "专项测算：调整费率或待遇水平前后的收入与支出（第七十六条第二款）",
	"analysis.running":              "运行情况分析：订单、收入、支出、余额与案件办理（第七十六条第一款）",
}

// KindZH gives the Chinese name of a kind, or the kind itself.
func KindZH(kind string) string {
	if s, ok := kindsZH[kind]; ok {
		return s
	}
	return kind
}

// valuesZH gives the Chinese name of a value an output writes as plain
// text that no type names; every value of a type of the library is named
// by the type's Chinese method (Names, PlainNames).
var valuesZH = map[string]string{
	// Plain values of output fields written as text (audit A12), that no
	// one type of the library names: a platform or worker is a
	// counterparty, an applicant or a payer by the field.
	"covered": "在保障期内", "pending": "待定（当月保障费尚未到期）", "refund": "退还多缴", "top_up": "补足少缴",
	"cash": "收付实现制", "declaration": "申报期限（第十四条）", "platform": "平台企业", "worker": "从业人员", "none": "无",
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
	if s, ok := plainZH[value]; ok {
		return s
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

// plainZH gives the Chinese name of a value an output writes as plain text
// (a day kind, a festival, a clause of 第十条), as its type's Chinese method
// gives it (PlainNames).
var plainZH = map[string]string{}

// PlainNames registers the Chinese names of the values of a fixed list
// that outputs write as plain text (a string field, not the type): the
// report names them wherever they appear. A value is written as its text
// (MarshalText, or the string itself).
func PlainNames[T Chinese](values ...T) {
	for _, v := range values {
		plainZH[textOf(v)] = v.Chinese()
	}
}

// textOf is v as its JSON text says it, without quotes.
func textOf[T any](v T) string {
	if m, ok := any(v).(encoding.TextMarshaler); ok {
		b, err := m.MarshalText()
		if err != nil {
			panic(fmt.Sprintf("golden: %T value %v cannot be written: %v", v, v, err))
		}
		return string(b)
	}
	return reflect.ValueOf(v).String()
}

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
		namesZH[t.String()+":"+textOf(v)] = v.Chinese()
	}
}

// codesDetailZH says what a code with details means (not_covered:2027):
// %s is the detail. The details are the runner's wire format (a kinds
// package writes them after the code's identifier); the meaning of the
// code itself is its package's (CodeZH).
var codesDetailZH = map[string]string{
	"not_covered":       "%s年的放假安排尚未载入，该年的日期无法判断",
	"missing_base":      "缺少计发基数：%s",
	"missing_parameter": "缺少参数 %s",
	"transition":        "当前状态下不能办理该事项：%s",
	"unstated":          "未写明 %s：必须写明，不作推定",
	"invalid":           "输入不合要求：%s",
	"field":             "字段 %s 不合要求",
}

// codeForms is how a code with details is written, for the dictionary.
var codeForms = map[string]string{
	"not_covered":       "not_covered:年份（calendar）；不带年份的 not_covered 是 benefits 的",
	"missing_base":      "missing_base:参数名:年份",
	"missing_parameter": "missing_parameter:参数名",
	"transition":        "transition:事项",
	"unstated":          "unstated:字段名",
	"invalid":           "invalid: 字段: 原因",
	"field":             "field:字段名",
}

// CodeZH gives the meaning of an error code in Chinese, as the packages
// give it (RegisterCodes), with the code's details (not_covered:2027 →
// 2027年的放假安排尚未载入……), or "" for an unknown code.
func CodeZH(code string) string {
	head, rest, _ := strings.Cut(code, ":")
	s := codeMeaning(head)
	if s == "" {
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

package golden

// typeNamesZH names the library's value types in Chinese.
var typeNamesZH = map[string]string{
	"calendar.Date":   "日期（如 \"2026-01-20\"）",
	"calendar.Month":  "月份（如 \"2026-01\"）",
	"decimal.Decimal": "数额（如 \"3897.15\" 或 3897.15）",
	"money.Fixed2":    "金额（两位小数的文本，如 \"3897.15\"）",
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
	"festival": "节日", "workday": "是否工作日", "day": "日（每月第几日）", "raw": "未顺延的日期",
	"extension": "顺延的工作日数", "official": "是否官方公布的日期", "period": "所属期（月份）",
	"schedule": "放假安排", "year": "年份", "statutory_holidays": "法定节假日天数", "days_off": "放假天数",
	"adjusted_workdays": "调休上班日天数", "event": "事件日期", "days": "天数", "months": "月数",
	"start": "起算日", "workdays": "工作日数", "deadline": "期限",
	"calendar.day:kind": "日子的类别",

	// Benefits.
	"case": "待遇案件", "injury": "受伤日期", "assessment": "劳动能力鉴定结论日期", "grade": "伤残等级",
	"nursing": "生活护理等级", "veteran": "旧伤复发（退役军人）", "death": "死亡", "during_treatment": "是否在停工留薪期内死亡",
	"dependents": "供养亲属", "name": "姓名", "relation": "与职工的关系", "lone": "是否孤寡老人或孤儿",
	"paid_months": "已缴费月份", "medical": "医疗费", "total": "合计", "eligible": "符合支付范围的金额",
	"determined_medical": "法律文书确定的第三方医疗费", "ratio": "第三方承担比例", "road": "道路交通事故",
	"level": "责任等级", "table": "赔偿比例表", "table_source": "比例表出处", "vulnerable_victim": "受害人为行人或非机动车一方",
	"no_fault": "无责任", "parameters": "主机提供的参数", "value": "取值", "from": "起", "until": "止",
	"source": "出处（文号、条款）", "status": "核实状态", "rules": "规则选项", "warning_limit": "支付预警金额",
	"transitional": "过渡期", "commencement": "施行日期", "wage_2024_annual": "2024年城镇私营单位就业人员年平均工资",
	"to": "至", "items": "待遇项目", "beneficiary": "领取人", "amount": "金额", "start_month": "起始月份",
	"flagged": "需复核", "one_time_total": "一次性待遇合计", "monthly_total": "按月待遇合计",
	"provisional": "暂定（依赖未核实的参数）", "third_party": "第三方承担", "fund": "基金支付", "worker": "职工自付",
	"error": "错误代码", "month": "月份", "raised": "已按当年标准调整", "benefits.award:items[].kind": "待遇项目",
	"benefits.award:schedule[].kind": "待遇项目",

	// Claims.
	"accident": "事故", "at": "时间", "place": "地点", "lat": "纬度", "lon": "经度", "orders": "订单",
	"platform": "平台", "order_id": "订单编号", "accepted_at": "接单时间", "started_at": "开始执行时间",
	"ended_at": "结束时间", "overlap_meters": "路线重合判定距离（米）", "outcome": "结论", "candidates": "候选平台与订单",
	"covered": "是否在保障期内", "accepted": "受理日期", "clear": "事实清楚、证据充分、权利义务明确",
	"decided": "作出决定日期", "applicant": "申请人", "requested_on": "申请延期日期", "reason": "延期理由",
	"approved": "是否准予延期", "extension_cap_months": "延期上限（月）", "late_cost_from": "平台承担费用的起算点",
	"key_materials": "关键材料", "granted": "是否准予", "applied_on": "申请日期", "costs": "费用",
	"item": "费用项目", "materials": "材料", "confirmed": "是否已确认", "state": "状态", "to_follow": "待补交的材料",
	"reported_on": "报告日期", "accepted_on": "受理日期", "decided_on": "决定日期", "delivered_on": "送达日期",
	"assessed_on": "鉴定日期", "benefits_on": "待遇核定日期", "withdrawn_on": "撤回日期", "earlier": "此前的状态",
	"events": "事件", "application": "申请", "situation": "情形", "advance": "先行支付",
	"bureau_queries_orders": "由区人社局查询全国信息平台订单数据", "mainly_responsible": "职工负主要责任",
	"submitted": "已提交的材料", "missing": "缺少的材料", "missing_key": "缺少的关键材料", "acceptable": "可以受理",
	"complete": "材料齐全", "asked": "通知补正日期", "cap_raw": "延期上限（未顺延）", "cap": "延期上限",
	"filed_on": "提交日期",

	// Eligibility.
	"worker_id": "从业人员编号", "industry": "行业", "registered": "已在平台注册", "in_scope": "符合参保范围",
	"start_division": "起点行政区划代码", "end_kind": "结束方式", "counted": "是否计入应缴费订单", "clauses": "适用的条款项",

	// Ledger.
	"steps": "步骤", "post": "记账", "id": "编号", "lines": "分录", "subject": "科目", "debit": "借方", "credit": "贷方",
	"reverses": "冲销的凭证编号", "reverse": "冲销", "new_id": "新凭证编号", "close": "月末结账", "balances": "余额",
	"balance": "余额", "duplicates": "重复记录数", "receipts": "入库记录", "entry_date": "入库日期", "matches": "匹配结果",
	"treasury": "与国库入库信息核对", "booked": "已记账", "booked_on": "记账日期", "direction": "方向", "none": "无需退补",
	"insurer": "商业保险机构", "settle_on": "结算日期", "by_item": "按项目", "count": "笔数", "settle_in": "结算月份",
	"review": "需复核的支付", "payments": "支付", "key": "对账键", "received": "收到", "collected": "已征收", "due": "应缴",
	"ledger.reconcile:matches[].orders": "与订单数据核对",

	// Levy.
	"setup": "费率设置", "terms": "费率期", "first_month": "首月", "floating": "浮动费率", "factor": "浮动系数",
	"rate": "费率", "declaration_deadline": "申报期限", "push_deadline": "推送期限", "paid": "已缴", "base": "基准费率",
	"first_year": "是否参保首年", "floats": "是否浮动", "consistent": "数据一致", "industries": "各行业",
	"declared": "申报订单数", "reported": "平台报送订单数", "diff": "差额", "instant_delivery": "即时配送费率档次",
}

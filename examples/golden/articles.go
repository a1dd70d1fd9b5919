package main

import (
	"regexp"
	"strings"
)

// articleSummaries is the library's one-line summary of each article of
// 沪人社福〔2025〕373号 that a golden case checks; the report shows it when
// it is not given the official text (-regulation).
var articleSummaries = map[string]string{
	"第四条":   "职业伤害保障费及其利息纳入工伤保险基金统一管理，单独设立收入类和支出类科目。",
	"第九条":   "市社保经办机构根据全国信息平台每日推送的接单人员信息办理参保登记。",
	"第十条":   "每日24时前执行结束、符合条件的订单计入当日应缴费订单。",
	"第十一条":  "行业缴费基准额：出行每单0.01元，即时配送每单0.07元或0.25元，同城货运按规定执行。",
	"第十二条":  "缴费基准额实行浮动管理，原则上每年浮动一次，首次参保不满一年的累计至下一年度浮动。",
	"第十三条":  "平台企业总部收到主管税务机关通知后10个工作日内申报办理缴费登记。",
	"第十四条":  "按月申报缴纳：上月总单量乘每单缴费标准，于月份终了后15日内申报缴纳（遇休息日顺延）。",
	"第十五条":  "费款先缴入国库，再划转至市级社会保障基金财政专户。",
	"第十六条":  "多缴可申请退还，少缴应予补足；主管税务机关核验后推送市社保经办机构办理。",
	"第十七条":  "对账规则参照本市社会保险费对账规则；核对国库资金与征缴信息，一致后完成对账。",
	"第十八条":  "对账后比对实缴信息与订单汇总数据，一致后按资金入库时间记账。",
	"第十九条":  "“履行平台服务内容”的含义；上下班等合理路线途中非本人主要责任的交通事故属于保障范围。",
	"第二十条":  "通过“一键报案”报案；无法自行报案的，平台企业应主动报案。",
	"第二十一条": "平台企业应在事故伤害发生之日起30日内提出待遇给付申请；平台未申请的，本人、近亲属或工会组织可在90日内直接提出。",
	"第二十二条": "特殊情况可在期限届满前申请延期；平台企业逾期申请的，期间发生的待遇等费用由平台企业承担。",
	"第二十三条": "待遇给付申请应提供的基本材料。",
	"第二十四条": "不同情形还应分别提交的材料。",
	"第二十五条": "容缺受理：关键材料齐全的可先行受理，其他材料受理后补齐。",
	"第二十六条": "受理后30个工作日内作出确认结论；事实清楚的7个工作日内作出。",
	"第二十七条": "作出确认结论之日起3个工作日内送达。",
	"第二十八条": "同一事故伤害只确认一次；多平台接单且路程相同或重合的，以首接单确认平台责任。",
	"第二十九条": "确认结论作出后做好劳动能力鉴定与待遇支付的衔接。",
	"第三十条":  "伤情相对稳定或治疗期满后申请劳动能力鉴定。",
	"第三十一条": "鉴定结论的送达与推送。",
	"第三十二条": "在本市工伤保险定点医疗机构就医；情况紧急可先就近急救，伤情稳定后及时转往定点医疗机构；按工伤保险目录和标准执行。",
	"第三十三条": "到本市以外就医须办理异地就医备案，审核通过后可直接联网结算或事后申领。",
	"第三十四条": "医疗待遇的申领材料；涉及第三人责任的医疗费分担。",
	"第三十五条": "实现联网结算后可持社会保障卡直接结算，涉及第三人责任的除外。",
	"第三十六条": "住院职业伤害康复经市劳动能力鉴定委员会确认，在本市工伤康复定点机构进行。",
	"第三十七条": "辅助器具经确认后在本市辅助器具配置协议机构配置；假牙在本市工伤保险定点医疗机构配置。",
	"第三十八条": "对鉴定结论无异议的，自鉴定结论作出后的次月起发放伤残待遇。",
	"第四十条":  "因职业伤害死亡的，支付丧葬补助金、供养亲属抚恤金和一次性职业伤害死亡补助金。",
	"第四十一条": "治疗期内因职业伤害死亡的，近亲属申请死亡待遇应提交的材料。",
	"第四十二条": "残疾军人旧伤复发的，享受除一次性伤残补助金以外的待遇。",
	"第四十三条": "平台企业按规定缴费的当月发生事故伤害的，可享受待遇。",
	"第四十四条": "也可向市社保经办机构办理待遇手续；受理后20个工作日内审核，补正材料5个工作日内。",
	"第八十一条": "本规程自印发之日（2025年12月29日）起施行。",
	"第四十五条": "《实施办法》实施前受伤的待遇计发基数；定期待遇低于当年标准的按当年标准。",
	"《工伤保险条例》第三十九条": "因工死亡的三项待遇；停工留薪期内因工伤导致死亡的同样享受；一至四级伤残职工停工留薪期满后死亡的，享受丧葬补助金和供养亲属抚恤金（本库参照适用于死亡待遇的三种情形）。",
	"第四十六条":         "治疗期内暂停工作的，由平台企业支付生活保障费；生活不能自理需要护理的，由平台企业负责。",
	"第四十七条":         "资金存入市级社会保障基金财政专户，不单独开设收入户、支出户。",
	"第四十九条":         "职业伤害保障费通过单独设立的收入科目核算。",
	"第五十条":          "各项待遇支出、劳动能力鉴定费和委托承办服务费从工伤保险基金列支，单独设立支出科目。",
	"第五十二条":         "年度终了，职业伤害保障资金纳入工伤保险基金决算统一编制。",
	"第五十六条":         "商业保险机构发放待遇应做实名校验；超过预警限额的支付需审核后支付。",
	"第五十七条":         "市社保经办机构按实际发生的待遇支出，次月与商业保险机构结算。",
	"第六十四条":         "商业保险机构有所列情形之一的，委托服务协议提前终止，且3年内不得再参与本市职业伤害保障委托承办工作。",
	"第六十九条":         "平台服务机构应在注册接单前完成身份核验；未核验致使权益受损的，由平台企业承担责任。",
	"第七十六条":         "建立统计台账、监测运行情况、定期开展运行情况分析；调整费率和待遇水平时开展专项测算分析，评估风险与效率。",
	"第七十七条":         "市社保经办机构按年度向社会公开参保、收支等情况。",
}

// articleStart matches an article heading at the start of a line (第十四条
// followed by a space) and chapterStart a chapter or section heading.
var (
	articleStart = regexp.MustCompile(`^(第[一二三四五六七八九十百零〇]+条)[ 　\t]`)
	chapterStart = regexp.MustCompile(`^第[一二三四五六七八九十百零〇]+[章节][ 　\t]`)
)

// parseArticles finds each article of the regulation's plain text by its
// number: an article runs from its heading at the start of a line to the
// next article or chapter heading. A heading must carry a number above the
// previous one's, so that a line that happens to start with another
// article's number (第十四条规定的…) is not taken for a heading. Blank lines
// are dropped; the text's own line breaks are kept.
func parseArticles(text string) map[string]string {
	out := map[string]string{}
	cur, last := "", 0
	var body []string
	flush := func() {
		if cur != "" {
			out[cur] = strings.Join(body, "\n")
		}
		cur, body = "", nil
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if m := articleStart.FindStringSubmatch(t); m != nil {
			if n := chineseNumber(strings.TrimSuffix(strings.TrimPrefix(m[1], "第"), "条")); n > last {
				flush()
				cur, last = m[1], n
				body = append(body, t)
				continue
			}
		}
		if chapterStart.MatchString(t) {
			flush()
			continue
		}
		if cur != "" {
			body = append(body, t)
		}
	}
	flush()
	return out
}

// chineseNumber reads a Chinese numeral below 1000 (十四, 二十一, 一百零二).
func chineseNumber(s string) int {
	digits := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	total, cur := 0, 0
	for _, r := range s {
		switch r {
		case '百':
			if cur == 0 {
				cur = 1
			}
			total += cur * 100
			cur = 0
		case '十':
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		default:
			d, ok := digits[r]
			if !ok {
				return 0
			}
			cur = d
		}
	}
	return total + cur
}

package zhishang_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/levy"
)

// The first hour: a month's levy bill and a claim's deadlines, explained in
// Chinese. README.md opens with this body as a program (TestReadmeSnippet
// checks that they are the same, byte for byte).
func Example() {
	cal := calendar.Default() // the State Council's holiday schedules, 2019–2026

	// A platform enrolled in January 2026 whose drivers ended 12,480 ride-hailing
	// orders on 2 March 2026: its bill for the fee period 2026-03 (第十、十一、十四条).
	levyRules, err := levy.NewRulebook(cal, levy.DefaultParams(),
		levy.Terms{Platform: "platform-a", FirstMonth: calendar.MustParseMonth("2026-01")})
	if err != nil {
		log.Fatal(err)
	}
	var orders eligibility.Tally
	orders.AddN("platform-a", eligibility.RideHailing, calendar.MustParseDate("2026-03-02"), 12480)
	bill, err := levyRules.Bill(&orders, "platform-a", calendar.MustParseMonth("2026-03"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Join(bill.Explain(explain.Chinese), "\n"))

	// An accident on 20 January 2026: who must apply by when, as of 1 March
	// (第二十一、二十二条). A deadline in a year whose holiday schedule is not
	// yet published is unknown, with the day it cannot be earlier than.
	claimRules, err := claims.NewRulebook(cal, claims.Rules{})
	if err != nil {
		log.Fatal(err)
	}
	accident := claims.Case{Accident: calendar.MustParseDate("2026-01-20")}
	steps, err := claimRules.Deadlines(accident, calendar.MustParseDate("2026-03-01"))
	if err != nil {
		log.Fatal(err)
	}
	for _, step := range steps {
		if step.Deadline.Known() {
			fmt.Println(step.Articles, step.Deadline.Date, step.Standing.Chinese())
		} else {
			fmt.Println(step.Articles, "未知，不早于", step.Deadline.NotBefore(), step.Standing.Chinese())
		}
	}
	fmt.Println(strings.Join(steps[0].Deadline.Explain(explain.Chinese), "\n"))
	// Output:
	// platform-a 2026-03 费款所属期的应缴费款（第十四条：上月总单量 × 每单缴费标准）
	// 出行 2026-03-02 至 2026-03-02：12480 单 × 0.01 元 = 124.8 元，四舍五入到分：124.80 元
	//     平台企业首个参保年度（第十一条第二款）：适用全国基准费额，levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号 第十一条；自《实施办法》施行之日（沪人社规〔2025〕17号，benefits.implementing_measures.commencement）起在本市施行；状态：已核实）
	//     首个参保年度不浮动（第十二条第二款）
	//     每单缴费标准：0.01 元
	// 合计：124.80 元（各行取整后相加）
	// 申报缴纳期限：2026-04-20（第十四条）
	//     期限规则“申报期（月份终了之日起15日内）”：月份终了之日起15日内，最后一日是法定假日的以休假日期满的次日为最后一日，申报期内有连续3日以上法定假日的按休假日天数顺延（第十四条；税收征收管理法实施细则 第一百零九条）
	//     所属期于 2026-03-31 终了；15 日申报期为 2026-04-01 至 2026-04-15
	//     申报期内连续 3 日休假（2026-04-04 至 2026-04-06）：顺延 3 日
	//     申报期内休假 2 日（2026-04-11 至 2026-04-12）：不足连续 3 日，不顺延
	//     顺延 3 日，自 2026-04-15 之后按工作日计算
	//     遇休息日顺延，跳过：2026-04-18 星期六 公休日
	//     遇休息日顺延，跳过：2026-04-19 星期日 公休日
	//     计算所得期限：2026-04-20（星期一）
	//     期限：2026-04-20
	// 经办机构于 2026-04-07 前将单量汇总和费率推送税务部门（第九条）
	// 第二十一条第一款 2026-02-24 已逾期
	// 第二十一条第三款 2026-04-20 尚未办理，期限未届满
	// 第二十二条第一款 未知，不早于 2027-01-20 尚未办理，期限未届满
	// 期限规则“N日内”：事件发生当日不计入（民法典 第二百零一条）；最后一日为休息日的，顺延至其后第一个工作日（民法典 第二百零三条）（第二十一、二十二条）
	// 事件发生日 2026-01-20（不计入）加 30 日，原定最后一日为 2026-02-19
	// 遇休息日顺延，跳过：2026-02-19 星期四 法定节假日（春节；国办发明电〔2025〕7号 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm）
	// 遇休息日顺延，跳过：2026-02-20 星期五 调休放假日（春节；国办发明电〔2025〕7号 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm）
	// 遇休息日顺延，跳过：2026-02-21 星期六 调休放假日（春节；国办发明电〔2025〕7号 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm）
	// 遇休息日顺延，跳过：2026-02-22 星期日 调休放假日（春节；国办发明电〔2025〕7号 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm）
	// 遇休息日顺延，跳过：2026-02-23 星期一 调休放假日（春节；国办发明电〔2025〕7号 https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm）
	// 计算所得期限：2026-02-24（星期二）
	// 期限：2026-02-24
}

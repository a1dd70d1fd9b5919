package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/examples/internal/textout"
)

// printText prints the measurement as Chinese tables.
func printText(w io.Writer, d document, english bool) {
	fmt.Fprintf(w, "专项测算（沪人社福〔2025〕373号 第七十六条第二款）\n")
	fmt.Fprintf(w, "测算方案：%s\n", d.Title)
	fmt.Fprintf(w, "期间：%s；计入订单 %d 单（%s）\n", d.Period, d.Orders, d.Source)
	for _, l := range readLines(d.Read) {
		fmt.Fprintf(w, "  %s\n", l)
	}
	fmt.Fprintf(w, "同一批数据分别按现行参数和叠加方案后的参数，用本库的保障费与待遇规则计算；变化 = 改革后 − 现行。\n\n")

	fmt.Fprintf(w, "一、保障费收入（应缴费额，第十一、十二、十四条）\n")
	head := []string{"平台", "订单数", "现行（元）", "改革后（元）", "变化（元）", "变化率"}
	fmt.Fprint(w, textout.Table("  ", rowsTable(head, d.IncomeByPlatform, false, true, "合计", d.Income, d.Orders)))
	fmt.Fprintln(w)
	head[0] = "行业"
	fmt.Fprint(w, textout.Table("  ", rowsTable(head, d.IncomeByIndustry, true, true, "", analysis.Figure{}, 0)))
	if len(d.IncomeByMonth) > 1 {
		fmt.Fprintln(w)
		head[0] = "月份"
		fmt.Fprint(w, textout.Table("  ", rowsTable(head, d.IncomeByMonth, false, true, "", analysis.Figure{}, 0)))
	}
	fmt.Fprintf(w, "\n  平台缴费增减：%s\n", distributionText(d.Platforms, "多缴", "少缴"))

	if d.Expenditure != nil {
		fmt.Fprintf(w, "\n二、待遇支出（基金支付，第五章；%d 个案件）\n", d.Cases)
		head := []string{"待遇项目", "现行（元）", "改革后（元）", "变化（元）", "变化率"}
		fmt.Fprint(w, textout.Table("  ", rowsTable(head, d.ExpenditureByItem, true, false, "合计", *d.Expenditure, 0)))
		fmt.Fprintln(w)
		head[0] = "案件"
		fmt.Fprint(w, textout.Table("  ", rowsTable(head, d.ExpenditureByCase, false, false, "", analysis.Figure{}, 0)))
		if len(d.ExpenditureByMonth) > 1 {
			fmt.Fprintln(w)
			head[0] = "月份"
			fmt.Fprint(w, textout.Table("  ", rowsTable(head, d.ExpenditureByMonth, false, false, "", analysis.Figure{}, 0)))
		}
		fmt.Fprintf(w, "\n  案件待遇增减：%s\n", distributionText(*d.Beneficiaries, "多领", "少领"))
		if r := d.Risk.PaidToBilled; r != nil {
			fmt.Fprintf(w, "\n三、风险与效率（第七十六条：评估风险与效率）\n")
			fmt.Fprintf(w, "  每元应缴保障费对应的待遇支出：现行 %s，改革后 %s\n", orDash(r.Current), orDash(r.Reform))
		}
		if mc := d.Risk.MonthsCovered; mc != nil {
			fmt.Fprintf(w, "  财政专户余额 %s 元可支付本期平均月支出：现行 %s 个月，改革后 %s 个月\n", d.Risk.Balance, orNone(mc.Current), orNone(mc.Reform))
		}
	}
	if len(d.Problems) > 0 {
		fmt.Fprintf(w, "\n未计入（两列均不计入，以便可比；其余照常测算）：\n")
		for _, p := range d.Problems {
			where := p.ID
			if !p.Month.IsZero() {
				where += " " + p.Month.String()
			}
			if p.Orders > 0 {
				where += fmt.Sprintf("（%d 单）", p.Orders)
			}
			fmt.Fprintf(w, "  %s %s，%s无法计算：%s\n", p.Kind.Chinese(), where, p.Scenario.Chinese(), problemText(p, english))
		}
	}
	fmt.Fprintf(w, "\n说明：\n")
	for _, e := range d.Explanations {
		if !strings.Contains(e.Figure, ":") {
			fmt.Fprintf(w, "  %s（%s）\n", e.ZH, strings.Join(e.Articles, "、"))
		}
	}
	fmt.Fprintf(w, "  保障费规则指纹：现行 %s，改革后 %s\n", short(d.Rulebooks["levy_current"]), short(d.Rulebooks["levy_reform"]))
}

// rowsTable is a table of rows with a header, the rows' names (Chinese,
// for industries and items) and, when total is named, a total line.
func rowsTable(head []string, rows []analysis.Row, named, orders bool, total string, sum analysis.Figure, totalOrders int64) [][]string {
	out := [][]string{head}
	line := func(key string, n int64, f analysis.Figure) []string {
		cells := []string{key}
		if orders {
			cells = append(cells, fmt.Sprint(n))
		}
		return append(cells, amount(f.Current), amount(f.Reform), signed(amount(f.Delta)), pctText(percent(f)))
	}
	for _, r := range rows {
		key := r.Key
		if named {
			key = rowName(r)
		}
		out = append(out, line(key, r.Orders, r.Figure))
	}
	if total != "" {
		out = append(out, line(total, totalOrders, sum))
	}
	return out
}

// amount is an amount with two decimals, as the JSON writes it.
func amount(d decimal.Decimal) string { return d.StringFixed(2) }

func distributionText(d analysis.Distribution, more, less string) string {
	nMore, nLess, nSame, moreBy, lessBy := split(d)
	s := fmt.Sprintf("%s %d 个（合计 %s 元），%s %d 个（合计 %s 元），不变 %d 个", more, nMore, signed(amount(moreBy)), less, nLess, amount(lessBy), nSame)
	var bands []string
	for _, b := range d.Bands {
		if b.Count > 0 {
			bands = append(bands, fmt.Sprintf("%s %d 个（%s）", b.Name.Chinese(), b.Count, strings.Join(b.Keys, "、")))
		}
	}
	if len(bands) > 0 {
		s += "\n    按幅度：" + strings.Join(bands, "；")
	}
	return s
}

// signed writes a positive amount with its plus sign.
func signed(s string) string {
	if s != "" && s[0] != '-' && strings.Trim(s, "0.") != "" {
		return "+" + s
	}
	return s
}

func pctText(p string) string {
	if p == "" {
		return "—"
	}
	return signed(p) + "%"
}

func orDash(s string) string {
	if s == "" {
		return "—（没有应缴保障费）"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "—（本期无支出）"
	}
	return s
}

func short(fp string) string {
	if len(fp) > 12 {
		return fp[:12]
	}
	return fp
}

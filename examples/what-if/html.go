package main

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"os"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/analysis"
)

// The -html page: one self-contained file (inline CSS and SVG, no script,
// nothing fetched) with the figures and a month-by-month chart, current
// against reform, for people who would rather look than read.

// chartSVG draws grouped bars: for each month the current and the reformed
// amount. Heights are computed from the decimals (no float): amount × plot
// height ÷ the largest amount, to a tenth of a pixel.
func chartSVG(title string, months []string, cur, ref []decimal.Decimal) template.HTML {
	const (
		plotH  = 220
		top    = 30
		left   = 90
		group  = 84
		barW   = 30
		bottom = 40
	)
	width := left + group*len(months) + 20
	height := top + plotH + bottom
	max := decimal.Zero
	for i := range months {
		max = decimal.Max(max, cur[i], ref[i])
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`, width, height, width, height)
	fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(title))
	base := top + plotH
	scale := func(v decimal.Decimal) decimal.Decimal {
		if max.IsZero() || v.IsNegative() {
			return decimal.Zero
		}
		return v.Mul(decimal.NewFromInt(plotH)).DivRound(max, 1)
	}
	for k := 0; k <= 4; k++ {
		v := max.Mul(decimal.NewFromInt(int64(k))).Div(decimal.NewFromInt(4)).Round(2)
		y := decimal.NewFromInt(int64(base)).Sub(scale(v))
		fmt.Fprintf(&b, `<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#ddd"/>`, left, y, width-10, y)
		fmt.Fprintf(&b, `<text x="%d" y="%s" text-anchor="end" dy="4">%s</text>`, left-6, y, v.StringFixed(2))
	}
	for i, m := range months {
		x := left + group*i + 10
		for j, v := range []decimal.Decimal{cur[i], ref[i]} {
			h := scale(v)
			y := decimal.NewFromInt(int64(base)).Sub(h)
			fill, who := "#9aa4b1", "现行"
			if j == 1 {
				fill, who = "#2a6fdb", "改革后"
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%s" width="%d" height="%s" fill="%s"><title>%s %s：%s 元</title></rect>`,
				x+j*(barW+4), y, barW, h, fill, html.EscapeString(m), who, v.StringFixed(2))
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">%s</text>`, x+barW+2, base+18, html.EscapeString(m))
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>`, left, base, width-10, base)
	fmt.Fprintf(&b, `<rect x="%d" y="8" width="12" height="12" fill="#9aa4b1"/><text x="%d" y="18">现行</text>`, left, left+16)
	fmt.Fprintf(&b, `<rect x="%d" y="8" width="12" height="12" fill="#2a6fdb"/><text x="%d" y="18">改革后</text>`, left+70, left+86)
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // every text in it is escaped above
}

// monthly lays a document's rows by month over every month of the period
// (a month without a row is 0).
func monthly(d document, rows []analysis.Row) (months []string, cur, ref []decimal.Decimal) {
	by := map[string]analysis.Row{}
	for _, r := range rows {
		by[r.Key] = r
	}
	for _, m := range d.months {
		k := m.String()
		months = append(months, k)
		r, ok := by[k]
		c, f := decimal.Zero, decimal.Zero
		if ok {
			c, f = r.Current, r.Reform
		}
		cur, ref = append(cur, c), append(ref, f)
	}
	return months, cur, ref
}

type page struct {
	D           document
	Read        []string
	IncomeChart template.HTML
	ExpChart    template.HTML
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"problemText": problemText,
	"signed":      signed, "pct": pctText, "dash": orDash, "short": short,
	"named": rowName, "amount": amount,
	"change": func(r analysis.Row) string { return percent(r.Figure) },
	"more":   func(d analysis.Distribution) int { n, _, _, _, _ := split(d); return n },
	"less":   func(d analysis.Distribution) int { _, n, _, _, _ := split(d); return n },
	"same":   func(d analysis.Distribution) int { _, _, n, _, _ := split(d); return n },
	"moreBy": func(d analysis.Distribution) string { _, _, _, s, _ := split(d); return amount(s) },
	"lessBy": func(d analysis.Distribution) string { _, _, _, _, s := split(d); return amount(s) },
	"neg":    func(s string) bool { return strings.HasPrefix(s, "-") },
	"pos":    func(s string) bool { return s != "" && !strings.HasPrefix(s, "-") && strings.Trim(s, "0.") != "" },
	"join":   func(s []string) string { return strings.Join(s, "、") },
}).Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>专项测算：{{.D.Title}}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2em auto; max-width: 60em; color: #222; line-height: 1.5; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .8em 0; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f3f4f6; }
.more { color: #b42318; } .less { color: #067647; }
.summary td { font-size: 1.1em; }
.note { color: #555; font-size: .92em; }
figure { margin: 1em 0; }
</style>
</head>
<body>
<h1>专项测算（沪人社福〔2025〕373号 第七十六条第二款）</h1>
<p><strong>测算方案：</strong>{{.D.Title}}<br>
<strong>期间：</strong>{{.D.Period.From}} 至 {{.D.Period.To}}；计入订单 {{.D.Orders}} 单</p>
{{with .Read}}<p class="note">订单数据：{{range $i, $l := .}}{{if $i}}<br>{{end}}{{$l}}{{end}}</p>{{end}}
<p class="note">同一批数据分别按现行参数和叠加测算方案后的参数，用本库的保障费规则（账单）和待遇规则（待遇核定与发放表）计算；变化 = 改革后 − 现行；金额单位：元，精确到分。</p>

<table class="summary">
<tr><th></th><th>现行</th><th>改革后</th><th>变化</th></tr>
<tr><td>保障费收入（应缴费额）</td><td>{{amount .D.Income.Current}}</td><td>{{amount .D.Income.Reform}}</td><td class="{{if neg (amount .D.Income.Delta)}}less{{else if pos (amount .D.Income.Delta)}}more{{end}}">{{signed (amount .D.Income.Delta)}}</td></tr>
{{with .D.Expenditure}}<tr><td>待遇支出（基金支付）</td><td>{{amount .Current}}</td><td>{{amount .Reform}}</td><td class="{{if neg (amount .Delta)}}less{{else if pos (amount .Delta)}}more{{end}}">{{signed (amount .Delta)}}</td></tr>{{end}}
{{with .D.Risk.PaidToBilled}}<tr><td>每元应缴保障费对应的待遇支出</td><td>{{dash .Current}}</td><td>{{dash .Reform}}</td><td></td></tr>{{end}}
{{with .D.Risk.MonthsCovered}}<tr><td>财政专户余额 {{$.D.Risk.Balance}} 元可支付的月数</td><td>{{.Current}}</td><td>{{.Reform}}</td><td></td></tr>{{end}}
</table>

<h2>按月：保障费收入，现行与改革后</h2>
<figure>{{.IncomeChart}}</figure>
{{if .ExpChart}}<h2>按月：待遇支出，现行与改革后</h2>
<figure>{{.ExpChart}}</figure>{{end}}

<h2>保障费收入按平台（第十一、十二、十四条）</h2>
<table>
<tr><th>平台</th><th>订单数</th><th>现行</th><th>改革后</th><th>变化</th><th>变化率</th></tr>
{{range .D.IncomeByPlatform}}<tr><td>{{.Key}}</td><td>{{.Orders}}</td><td>{{amount .Current}}</td><td>{{amount .Reform}}</td><td class="{{if neg (amount .Delta)}}less{{else if pos (amount .Delta)}}more{{end}}">{{signed (amount .Delta)}}</td><td>{{pct (change .)}}</td></tr>
{{end}}</table>
<h2>保障费收入按行业</h2>
<table>
<tr><th>行业</th><th>订单数</th><th>现行</th><th>改革后</th><th>变化</th><th>变化率</th></tr>
{{range .D.IncomeByIndustry}}<tr><td>{{named .}}</td><td>{{.Orders}}</td><td>{{amount .Current}}</td><td>{{amount .Reform}}</td><td>{{signed (amount .Delta)}}</td><td>{{pct (change .)}}</td></tr>
{{end}}</table>
<p>平台缴费增减：多缴 {{more .D.Platforms}} 个（{{signed (moreBy .D.Platforms)}} 元），少缴 {{less .D.Platforms}} 个（{{lessBy .D.Platforms}} 元），不变 {{same .D.Platforms}} 个。</p>
<table>
<tr><th>变化幅度</th><th>平台数</th><th>变化合计</th><th>平台</th></tr>
{{range .D.Platforms.Bands}}<tr><td>{{.Name.Chinese}}</td><td>{{.Count}}</td><td>{{signed (amount .Delta)}}</td><td>{{join .Keys}}</td></tr>
{{end}}</table>

{{with .D.Expenditure}}<h2>待遇支出按项目（第五章）</h2>{{end}}
{{if .D.Expenditure}}<table>
<tr><th>项目</th><th>现行</th><th>改革后</th><th>变化</th><th>变化率</th></tr>
{{range .D.ExpenditureByItem}}<tr><td>{{named .}}</td><td>{{amount .Current}}</td><td>{{amount .Reform}}</td><td>{{signed (amount .Delta)}}</td><td>{{pct (change .)}}</td></tr>
{{end}}</table>
<h2>待遇支出按案件</h2>
<table>
<tr><th>案件</th><th>现行</th><th>改革后</th><th>变化</th><th>变化率</th></tr>
{{range .D.ExpenditureByCase}}<tr><td>{{.Key}}</td><td>{{amount .Current}}</td><td>{{amount .Reform}}</td><td>{{signed (amount .Delta)}}</td><td>{{pct (change .)}}</td></tr>
{{end}}</table>
{{with .D.Beneficiaries}}<table>
<tr><th>变化幅度</th><th>案件数</th><th>变化合计</th><th>案件</th></tr>
{{range .Bands}}<tr><td>{{.Name.Chinese}}</td><td>{{.Count}}</td><td>{{signed (amount .Delta)}}</td><td>{{join .Keys}}</td></tr>
{{end}}</table>{{end}}{{end}}

{{if .D.Problems}}<h2>未计入的部分</h2>
<p class="note">下列平台月份或案件在现行或改革后的参数下无法计算，两列都不计入，以便可比；其余照常测算。</p>
<ul>{{range .D.Problems}}<li>{{.Kind.Chinese}} {{.ID}}{{if not .Month.IsZero}} {{.Month}}{{end}}（{{.Scenario.Chinese}}）：{{problemText . false}}</li>{{end}}</ul>{{end}}

<h2>计算依据</h2>
<ul class="note">{{range .D.Explanations}}<li>{{.ZH}}（{{join .Articles}}）{{if .Inputs}}<br>输入：{{join .Inputs}}{{end}}</li>
{{end}}</ul>
<p class="note">保障费规则指纹：现行 {{short (index .D.Rulebooks "levy_current")}}，改革后 {{short (index .D.Rulebooks "levy_reform")}}。本页由 zhishang 的 examples/what-if 生成，不含脚本，不联网。</p>
</body>
</html>
`))

// writeHTML writes the page to path.
func writeHTML(path string, d document) error {
	p := page{D: d, Read: readLines(d.Read)}
	months, cur, ref := monthly(d, d.IncomeByMonth)
	p.IncomeChart = chartSVG("保障费收入按月，现行与改革后", months, cur, ref)
	if d.Expenditure != nil {
		months, cur, ref = monthly(d, d.ExpenditureByMonth)
		p.ExpChart = chartSVG("待遇支出按月，现行与改革后", months, cur, ref)
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, p); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

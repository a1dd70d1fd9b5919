package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// reportRow is one field of a case's input or output in the report.
type reportRow struct {
	Path, Name       string
	Expected, Actual string
	Differs          bool
	ExpectedAbsent   bool
	ActualAbsent     bool
	// ExpectedNum and ActualNum mark a figure, a date or a month: printed
	// on one line, never broken between its digits.
	ExpectedNum, ActualNum bool
}

// reportArticle is one article a case checks.
type reportArticle struct {
	Number, Text string
	Full         bool // Text is the official text, not the library's summary
	Missing      bool // the official text given has no such article
}

// reportCase is one case in the report.
type reportCase struct {
	N               int
	Anchor          string
	File, Title     string
	Kind, KindZH    string
	Pass            bool
	Problem         string
	Articles        []reportArticle
	Input           []reportRow
	Output          []reportRow
	Differences     int
	Explanation     []string
	ExplanationLang string // "zh" or "en"
	Note            string
}

type packageSummary struct {
	Name, NameZH          string
	Cases, Passed, Failed int
}

// packageZH names each package of the library whose cases the report
// counts, for the cover's summary.
var packageZH = map[string]string{
	"calendar": "工作日历与期限", "param": "参数", "eligibility": "订单计费", "levy": "保障费征收",
	"claims": "职业伤害确认", "benefits": "待遇", "ledger": "基金账务", "analysis": "运行分析",
}

type reportData struct {
	Total, Passed, Failed int
	Packages              []packageSummary
	// Failures are shown in full; Passes in full when Full, else one line
	// each.
	Failures, Passes  []reportCase
	Full              bool
	Version           string
	Generated         string
	Params            []param.Value
	ParamsFingerprint string
	CalendarYears     string
	FullText          bool
}

// reportOptions are what the reader asked of a report.
type reportOptions struct {
	// Full shows every passing case in full (-v, or cases named on the
	// command line); otherwise a passing case is one line.
	Full bool
	// Generated is when the report was made, as printed on its cover
	// (empty: not printed).
	Generated string
}

// buildReport turns outcomes into what the page shows. articles holds the
// official text by article number, or is nil.
func buildReport(outcomes []golden.Outcome, articles map[string]string, opt reportOptions) reportData {
	d := reportData{Total: len(outcomes), FullText: articles != nil, Full: opt.Full, Generated: opt.Generated}
	byPkg := map[string]*packageSummary{}
	for i, o := range outcomes {
		c := reportCase{N: i + 1, Anchor: "case-" + itoa(i+1), File: o.File, Title: o.Title, Kind: o.Kind,
			KindZH: golden.KindZH(o.Kind), Pass: o.Pass, Problem: o.Problem, Note: o.Note}
		if c.Title == "" {
			c.Title = "（无法读取的用例）"
		}
		for _, a := range o.Articles {
			ra := reportArticle{Number: a}
			if t, ok := articles[a]; ok {
				ra.Text, ra.Full = t, true
			} else {
				if s, ok := articleSummaries[a]; ok {
					ra.Text = s
				}
				// The official text was given but has no such article.
				ra.Missing = articles != nil && !strings.ContainsAny(a, "《〔")
			}
			c.Articles = append(c.Articles, ra)
		}
		if leaves, err := golden.Flatten(o.Input); err == nil && len(o.Input) > 0 {
			for _, l := range leaves {
				v := golden.ValueText(o.Kind, false, l.Path, l.Value)
				c.Input = append(c.Input, reportRow{Path: l.Path, Name: golden.FieldZH(o.Kind, l.Path),
					Expected: v, ExpectedNum: isFigure(v)})
			}
		}
		if o.Problem == "" {
			c.Output = outputRows(o)
			c.Differences = len(o.Differences)
		}
		c.Explanation, c.ExplanationLang = o.ExplanationZH, "zh"
		if len(c.Explanation) == 0 {
			c.Explanation, c.ExplanationLang = o.Explanation, "en"
		}
		pkg, _, _ := strings.Cut(o.Kind, ".")
		if pkg == "" {
			pkg = "（未知）"
		}
		ps := byPkg[pkg]
		if ps == nil {
			ps = &packageSummary{Name: pkg, NameZH: packageZH[pkg]}
			byPkg[pkg] = ps
		}
		ps.Cases++
		if o.Pass {
			ps.Passed++
			d.Passed++
			d.Passes = append(d.Passes, c)
		} else {
			ps.Failed++
			d.Failed++
			d.Failures = append(d.Failures, c)
		}
	}
	for _, ps := range byPkg {
		d.Packages = append(d.Packages, *ps)
	}
	sort.Slice(d.Packages, func(i, j int) bool { return d.Packages[i].Name < d.Packages[j].Name })
	d.Version = libraryVersion()
	d.Params, d.ParamsFingerprint = parameterSet()
	d.CalendarYears = calendarYears()
	return d
}

// outputRows lists the expected and actual output side by side, field by
// field, the differing ones marked.
func outputRows(o golden.Outcome) []reportRow {
	exp, err1 := golden.Flatten([]byte(o.Expected))
	act, err2 := golden.Flatten([]byte(o.Actual))
	if err1 != nil || err2 != nil {
		return nil
	}
	actual := map[string]string{}
	for _, l := range act {
		actual[l.Path] = l.Value
	}
	seen := map[string]bool{}
	var rows []reportRow
	add := func(path, e, a string) {
		et, at := golden.ValueText(o.Kind, true, path, e), golden.ValueText(o.Kind, true, path, a)
		rows = append(rows, reportRow{Path: path, Name: golden.FieldZH(o.Kind, path),
			Expected: et, Actual: at, ExpectedNum: isFigure(et), ActualNum: isFigure(at),
			Differs: e != a, ExpectedAbsent: e == "", ActualAbsent: a == ""})
	}
	for _, l := range exp {
		seen[l.Path] = true
		add(l.Path, l.Value, actual[l.Path])
	}
	for _, l := range act {
		if !seen[l.Path] {
			add(l.Path, "", l.Value)
		}
	}
	return rows
}

// figure is a value the report prints on one line: an amount, a rate, a
// count, a date, a month or a period, as the library writes them.
var figure = regexp.MustCompile(`^(-?[0-9][0-9,]*(\.[0-9]+)?%?|[0-9]{4}-[0-9]{2}(-[0-9]{2})?( *(–|~|至) *[0-9]{4}-[0-9]{2}(-[0-9]{2})?)?)$`)

// isFigure reports whether the report prints s on one line (see figure).
func isFigure(s string) bool { return len(s) <= 64 && figure.MatchString(s) }

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// libraryVersion says which build of the library produced the report: the
// module version and, when the build recorded it, the commit.
func libraryVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "未知"
	}
	v := bi.Main.Path + " " + bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		// go run records no commit: ask git, when the report is made in a checkout.
		if out, err := exec.Command("git", "rev-parse", "HEAD").Output(); err == nil {
			rev = strings.TrimSpace(string(out))
			if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(bytes.TrimSpace(st)) > 0 {
				modified = "true"
			}
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += "，提交 " + rev
		if modified == "true" {
			v += "（含未提交的改动）"
		}
	}
	return v
}

// calendarYears says which years' working calendars the built-in calendar holds.
func calendarYears() string {
	ys := calendar.Default().Years()
	if len(ys) == 0 {
		return "无"
	}
	return fmt.Sprintf("%d–%d 年（%d 年）", ys[0], ys[len(ys)-1], len(ys))
}

// parameterSet lists the library's built-in parameters (param's shared
// commencement, levy and benefits)
// and a fingerprint of them: two reports with the same fingerprint used the
// same parameter values.
func parameterSet() ([]param.Value, string) {
	vs := append(append(param.Defaults(), levy.Defaults()...), benefits.Defaults()...)
	b, _ := json.Marshal(vs)
	sum := sha256.Sum256(b)
	return vs, hex.EncodeToString(sum[:6])
}

func writeHTMLFile(path string, outcomes []golden.Outcome, articles map[string]string, opt reportOptions) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writeHTML(f, outcomes, articles, opt); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeHTML writes the report as one self-contained page: no script, no
// external style, image or font, so that it opens from a USB stick and
// prints on A4. It is made for the people who sign it: a cover with the
// summary and the sign-off lines (经办人, 复核人, each with a date), then
// every failing case in full, every passing case one line (in full with
// opt.Full), and an appendix of the parameters, whose figures never break
// across lines. Printed, each page is numbered "第 n 页，共 N 页" (CSS
// page-margin boxes: Chromium 131 and later, Firefox, WPS and Word's HTML
// import ignore them and print no number).
func writeHTML(w io.Writer, outcomes []golden.Outcome, articles map[string]string, opt reportOptions) error {
	return reportTemplate.Execute(w, buildReport(outcomes, articles, opt))
}

var reportTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	// since is the first day of a parameter's value: 0001-01-01 is the
	// library's "whatever the day".
	"since": func(d calendar.Date) string {
		if d.IsZero() || d.Year() <= 1 {
			return "不限"
		}
		return d.String()
	},
	"statusZH": func(s param.Status) string {
		if zh := golden.ValueZH("param.Status", string(s)); zh != "" {
			return zh
		}
		return string(s)
	},
}).Parse(reportHTML))

// reportHTML is the report's template. Its parts: the cover (#cover: what
// was checked, with which library and parameters, the summary, the
// sign-off lines), 一、未通过的用例 in full (#failures), 二、通过的用例
// (#passes: a table, one row a case, or in full), 附录 参数集明细 (#params).
const reportHTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>职业伤害保障计算核对报告（黄金用例）</title>
<style>
@page {
  size: A4; margin: 14mm 12mm 16mm;
  @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 8.5pt; color: #444; }
  @top-right { content: "职业伤害保障计算核对报告"; font-size: 7.5pt; color: #777; }
}
@page :first { @top-right { content: none; } }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif;
  font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 4mm;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; overflow-wrap: break-word; }
h1 { font-size: 18pt; margin: 0 0 6pt; }
h2 { font-size: 12.5pt; margin: 10pt 0 4pt; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 6pt; }
th, td { border: 0.6pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; font-weight: bold; }
/* A figure, a date, a month: one line, digits of one width, never broken. */
.num, td.n { white-space: nowrap; overflow-wrap: normal; word-break: keep-all; font-variant-numeric: tabular-nums; }
td.n { text-align: right; }
.meta { color: #333; font-size: 9.5pt; }
.cover { break-after: page; }
.cover .meta { line-height: 1.7; }
.verdict-all { font-size: 12pt; font-weight: bold; margin: 8pt 0; }
.verdict-all.fail { color: #b71c1c; }
.sign { margin-top: 18pt; }
.sign th { width: 14%; }
.sign td { height: 30pt; }
.sign td.line { width: 46%; }
.case { border: 1.2pt solid #999; border-left-width: 6pt; padding: 6pt 8pt; margin: 0 0 10pt; }
h2, h3 { break-after: avoid-page; }
tr, .article, li, .sign { break-inside: avoid-page; }
.case.pass { border-color: #2e7d32; }
.case.fail { border-color: #c62828; background: #fff5f5; }
.verdict { display: inline-block; font-weight: bold; padding: 0 6pt; margin-right: 6pt; border: 1pt solid; }
.pass .verdict { color: #1b5e20; border-color: #1b5e20; }
.fail .verdict { color: #b71c1c; border-color: #b71c1c; }
tr.diff td { background: #ffd7d7; font-weight: bold; }
tr.diff td.mark::before { content: "≠ "; }
.absent { color: #777; font-style: italic; }
.problem { color: #b71c1c; font-weight: bold; white-space: pre-wrap; }
.article { margin: 2pt 0 4pt; padding: 2pt 6pt; border-left: 2pt solid #bbb; white-space: pre-wrap; }
.article .no { font-weight: bold; }
.expl { margin: 2pt 0; padding-left: 14pt; }
.path { color: #666; font-family: monospace; font-size: 8.5pt; }
table.passes { font-size: 8.5pt; line-height: 1.35; }
table.passes td, table.passes th { padding: 1pt 3pt; }
table.passes .ok { color: #1b5e20; font-weight: bold; white-space: nowrap; }
table.params { font-size: 8.5pt; line-height: 1.35; }
.failed-list a { color: #b71c1c; }
@media print { body { max-width: none; padding: 0; font-size: 9.5pt; } a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<section class="cover" id="cover">
<h1>职业伤害保障计算核对报告</h1>
<p class="meta">依据：《上海市新就业形态人员职业伤害保障业务经办和征收管理规程》（沪人社福〔2025〕373号）。
本报告核对黄金用例：每个用例写明输入和期望输出，由本库计算实际输出并逐项比对。<br>
库版本：{{.Version}}<br>
参数集：本库内置参数 {{len .Params}} 项，指纹 <b>{{.ParamsFingerprint}}</b>（明细见附录）；内置工作日历 {{.CalendarYears}}<br>
条文：{{if .FullText}}引用规程正文（由 -regulation 提供）{{else}}仅列条款号与本库的一句话摘要（未提供规程正文）{{end}}<br>
{{if .Generated}}生成时间：{{.Generated}}<br>{{end}}
本报告的内容：一、未通过的用例（逐项列出）；二、通过的用例（{{if .Full}}逐项列出{{else}}每个一行；运行时加 -v 或点名用例可逐项列出{{end}}）；附录 参数集明细。</p>

<h2>汇总</h2>
<table class="summary" id="summary">
<tr><th>范围</th><th>用例数</th><th>通过</th><th>未通过</th></tr>
<tr><td>全部</td><td class="n" id="total">{{.Total}}</td><td class="n" id="passed">{{.Passed}}</td><td class="n" id="failed">{{.Failed}}</td></tr>
{{range .Packages}}<tr><td>{{if .NameZH}}{{.NameZH}} <span class="path">{{.Name}}</span>{{else}}{{.Name}}{{end}}</td><td class="n">{{.Cases}}</td><td class="n">{{.Passed}}</td><td class="n">{{.Failed}}</td></tr>
{{end}}</table>
{{if .Failures}}<p class="verdict-all fail">{{.Failed}} 个用例未通过：</p>
<p class="failed-list">{{range .Failures}} <a href="#{{.Anchor}}">{{.N}}. {{.Title}}</a>；{{end}}</p>
{{else}}<p class="verdict-all">全部 {{.Total}} 个用例通过。</p>{{end}}

<h2>签字</h2>
<table class="sign" id="sign-off">
<tr><th>经办人</th><td class="line"></td><th>日期</th><td></td></tr>
<tr><th>复核人</th><td class="line"></td><th>日期</th><td></td></tr>
<tr><th>意见</th><td colspan="3"></td></tr>
</table>
</section>

<h2 id="failures">一、未通过的用例（{{.Failed}} 个）</h2>
{{if not .Failures}}<p>无。</p>{{end}}
{{range .Failures}}{{template "case" .}}{{end}}

<h2 id="passes">二、通过的用例（{{.Passed}} 个）</h2>
{{if not .Passes}}<p>无。</p>
{{else if .Full}}{{range .Passes}}{{template "case" .}}{{end}}
{{else}}<table class="passes">
<tr><th style="width:5%">序号</th><th>用例</th><th style="width:20%">所检验的条款</th><th style="width:22%">种类</th><th style="width:6%">结果</th></tr>
{{range .Passes}}<tr id="{{.Anchor}}"><td class="n">{{.N}}</td><td>{{.Title}}</td><td>{{range $i, $a := .Articles}}{{if $i}}、{{end}}{{$a.Number}}{{end}}</td><td>{{.KindZH}}</td><td class="ok">通过</td></tr>
{{end}}</table>{{end}}

<h2 id="params">附录　参数集明细（指纹 {{.ParamsFingerprint}}）</h2>
<table class="params"><tr><th style="width:27%">参数</th><th>取值</th><th>起</th><th>止</th><th>出处</th><th style="width:8%">状态</th></tr>
{{range .Params}}<tr><td class="path">{{.Name}}</td><td class="num">{{.Text}}</td><td class="num">{{since .From}}</td><td class="num">{{if not .Until.IsZero}}{{.Until}}{{end}}</td><td>{{.Source}}</td><td>{{statusZH .Status}}</td></tr>
{{end}}</table>
</body>
</html>
{{define "case"}}
<section class="case {{if .Pass}}pass{{else}}fail{{end}}" id="{{.Anchor}}" data-pass="{{.Pass}}">
<h2><span class="verdict">{{if .Pass}}通过{{else}}未通过{{end}}</span>{{.N}}. {{.Title}}</h2>
<div class="meta">种类：{{.KindZH}} <span class="path">{{.Kind}}</span>　文件：<span class="path">{{.File}}</span></div>
{{if .Articles}}<h3>所检验的条款</h3>
{{range .Articles}}<div class="article"><span class="no">{{.Number}}</span>{{if .Missing}} <span class="problem">（在所给的规程正文中找不到该条）</span>{{end}}{{if .Text}}{{if .Full}}
{{.Text}}{{else}}　{{.Text}}{{end}}{{end}}</div>
{{end}}{{end}}
{{if .Problem}}<p class="problem">无法运行：{{.Problem}}</p>{{end}}
{{if .Input}}<h3>输入</h3>
<table class="input"><tr><th style="width:45%">字段</th><th>值</th></tr>
{{range .Input}}<tr><td>{{.Name}}<br><span class="path">{{.Path}}</span></td><td{{if .ExpectedNum}} class="num"{{end}}>{{.Expected}}</td></tr>
{{end}}</table>{{end}}
{{if .Output}}<h3>期望输出与实际输出{{if .Differences}}（{{.Differences}} 处不同，以红色标出）{{end}}</h3>
<table class="output"><tr><th style="width:34%">字段</th><th>期望</th><th>实际</th></tr>
{{range .Output}}<tr{{if .Differs}} class="diff"{{end}}><td class="mark">{{.Name}}<br><span class="path">{{.Path}}</span></td><td{{if or .ExpectedAbsent .ExpectedNum}} class="{{if .ExpectedAbsent}}absent{{else}}num{{end}}"{{end}}>{{.Expected}}</td><td{{if or .ActualAbsent .ActualNum}} class="{{if .ActualAbsent}}absent{{else}}num{{end}}"{{end}}>{{.Actual}}</td></tr>
{{end}}</table>{{end}}
{{if .Explanation}}<h3>计算过程{{if eq .ExplanationLang "en"}}（该计算尚未提供中文说明，以下为本库的英文原文）{{end}}</h3>
<ol class="expl" lang="{{if eq .ExplanationLang "en"}}en{{else}}zh-CN{{end}}">{{range .Explanation}}<li>{{.}}</li>{{end}}</ol>{{end}}
{{if .Note}}<h3>备注</h3><p>{{.Note}}</p>{{end}}
</section>
{{end}}`

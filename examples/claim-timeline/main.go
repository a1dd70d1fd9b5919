// Command claim-timeline reads an occupational-injury case as JSON and prints
// every deadline and check of 沪人社福〔2025〕373号 第四章 with its explanation:
// the application windows (第二十一条), an extension (第二十二条), whether
// the filing was in time, the cover of the month (第四十三条), the materials
// (第二十三至二十五条), the decision and delivery deadlines (第二十六、二十七条)
// and the late platform's share of the costs (第二十二条第二款).
//
// Usage:
//
//	go run ./examples/claim-timeline                         # the sample: testdata/claims/case-sample.json
//	go run ./examples/claim-timeline -case case.json -json
//	cd examples/claim-timeline && go run .                   # the same sample, from the example's folder
//
// A deadline that falls in a year whose State Council holiday schedule is
// not loaded is shown as unknown (未知, with the day it is not before); every
// other deadline and check is still given and the program exits 0.
//
// Every line is Chinese: each deadline's steps as calendar.Deadline.Explain(explain.Chinese)
// words them, the items by claims.Item.NameZH, the errors by their Chinese
// methods, and the usage of -h; -lang en gives the library's English of the
// deadlines' steps and of the errors, for developers.
//
// The case format is casefile.File (package claims/casefile, which only
// calls the methods of a claims.Rulebook). Bad input gets a clear message
// and a non-zero exit. The last line names the rulebook's fingerprint (the
// calendar and readings every figure was computed under).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/explain"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("claim-timeline", flag.ContinueOnError)
	c := msg.New(fs, stderr, "用法：claim-timeline [-case 文件] [-json] [-lang zh|en]", "usage: claim-timeline [-case FILE] [-json] [-lang zh|en]")
	path := fs.String("case", "testdata/claims/case-sample.json", "案件 JSON `文件`（- 表示标准输入）")
	c.EN("case", "the case JSON `file` (- for standard input)")
	asJSON := fs.Bool("json", false, "输出 JSON")
	c.EN("json", "print JSON")
	if code, ok := c.Parse(args); !ok {
		return code
	}
	data, err := cli.ReadInput(textout.Locate(*path), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %s\n", c.Err(err))
		return 1
	}
	f, err := casefile.Parse(data)
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %s\n", c.Err(msg.InFile(*path, err)))
		return 1
	}
	t, err := f.Timeline(calendar.Default())
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %s\n", c.Err(err))
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, t); err != nil {
			fmt.Fprintf(stderr, "claim-timeline: %s\n", c.Err(err))
			return 1
		}
		return 0
	}
	printText(stdout, c, f, t)
	return 0
}

// printText prints the timeline for a clerk: every explanation in Chinese
// (calendar.Deadline.Explain(explain.Chinese), the items' NameZH, the errors' Chinese);
// with -lang en the deadlines' explanations and the errors in the
// library's English.
func printText(w io.Writer, c *msg.CLI, f casefile.File, t casefile.Timeline) {
	fmt.Fprintf(w, "案件：事故日 %s，%s 于 %s 提出申请\n\n", f.Accident, f.Applicant.Chinese(), f.FiledOn)
	window := func(name string, o calendar.Deadline) {
		if !o.Known() {
			fmt.Fprintf(w, "%s：未知（不早于 %s）\n    · %s\n", name, o.NotBefore(), c.Err(o.Err()))
			return
		}
		fmt.Fprintf(w, "%s：%s\n", name, o.Date)
		lines := o.Explain(explain.Chinese)
		if c.English() {
			lines = o.Explain(explain.English)
		}
		for _, line := range lines {
			fmt.Fprintf(w, "    · %s\n", line)
		}
	}
	window("平台申请期限（第二十一条第一款，30日）", t.Windows.Platform)
	window("劳动者申请期限（第二十一条第三款，90日）", t.Windows.Worker)
	window("延期上限（第二十二条第一款）", t.Windows.Cap)
	if x := f.Extension; x != nil {
		r := t.Windows.WorkerExtension
		if x.Applicant.PlatformSide() {
			r = t.Windows.PlatformExtension
		}
		fmt.Fprintf(w, "\n延期：准予 %s，期限 %s\n", textout.YesNo(r.Granted), r.Deadline)
		if r.Err != nil {
			fmt.Fprintf(w, "    · %s\n", c.Err(r.Err))
		}
		for _, line := range r.Reasons {
			fmt.Fprintf(w, "    · %s\n", line)
		}
	}
	deadline := t.Filing.Deadline.String()
	if t.Filing.Deadline.IsZero() {
		deadline = "未知（不早于 " + t.Filing.NotBefore.String() + "）"
	}
	if t.FilingErr != nil {
		fmt.Fprintf(w, "\n申请是否及时：未知\n    · %s\n", c.Err(t.FilingErr))
	} else {
		platformLate := textout.YesNo(t.Filing.PlatformLate)
		if t.Filing.PlatformLateErr != nil {
			platformLate = "未知"
		}
		fmt.Fprintf(w, "\n申请是否及时：%s（期限 %s）；平台逾期：%s\n", textout.YesNo(t.Filing.InTime), deadline, platformLate)
		if t.Filing.PlatformLateErr != nil {
			fmt.Fprintf(w, "    · 平台是否逾期无法判断：%s\n", c.Err(t.Filing.PlatformLateErr))
		}
	}
	for _, r := range t.Filing.Reasons {
		fmt.Fprintf(w, "    · %s\n", r)
	}
	if t.CoverErr != nil {
		fmt.Fprintf(w, "\n事故当月保障（第四十三条）：无法判断（截至 %s）\n    · %s\n", coverAsOf(f, t), c.Err(t.CoverErr))
	} else {
		fmt.Fprintf(w, "\n事故当月保障（第四十三条）：%s（截至 %s）\n", t.Cover.Status.Chinese(), t.Cover.AsOf)
	}
	for _, r := range t.Cover.Reasons {
		fmt.Fprintf(w, "    · %s\n", r)
	}
	if t.MaterialsErr != nil {
		fmt.Fprintf(w, "\n材料：无法核对\n    · %s\n", c.Err(t.MaterialsErr))
	} else {
		fmt.Fprintf(w, "\n材料：可受理 %s，齐全 %s\n", textout.YesNo(t.Materials.Acceptable), textout.YesNo(t.Materials.Complete))
		for _, r := range t.Materials.Explain(explain.Chinese) {
			fmt.Fprintf(w, "    · %s\n", r)
		}
	}
	asOf := "未给出"
	if !f.AsOf.IsZero() {
		asOf = f.AsOf.String()
	}
	fmt.Fprintf(w, "\n案件各项期限（截至 %s）：\n", asOf)
	rows := [][]string{{"事项", "期限", "条款", "状态"}}
	for _, it := range t.Deadlines {
		date := "未知"
		if it.Deadline.Known() {
			date = it.Deadline.Date.String()
			if !it.ExtendedTo.IsZero() {
				date += "，延期至 " + it.ExtendedTo.String()
			}
		} else if nb := it.Deadline.NotBefore(); !nb.IsZero() {
			date = "未知（不早于 " + nb.String() + "）"
		}
		status := "未到期"
		switch {
		case it.NotNeeded && it.Articles == "第二十二条第一款":
			status = "不适用（已提出申请）"
		case it.NotNeeded:
			status = "不适用（平台已申请）"
		case it.Standing == calendar.StandingMet:
			status = "已按期完成 " + it.Done.String()
		case !it.Done.IsZero() && it.Deadline.Known():
			status = "逾期完成 " + it.Done.String()
		case it.Standing == calendar.StandingOverdue:
			status = "已逾期"
		case !it.Deadline.Known():
			status = "待放假安排公布"
		}
		rows = append(rows, []string{it.NameZH(), date, it.Articles, status})
	}
	fmt.Fprint(w, textout.Table("  ", rows))
	for _, it := range t.Deadlines {
		if !it.Deadline.Known() {
			fmt.Fprintf(w, "    · %s：%s\n", it.NameZH(), c.Err(it.Deadline.Err()))
		}
	}
	if t.CostsErr != nil {
		fmt.Fprintf(w, "\n费用分担：无法计算\n    · %s\n", c.Err(t.CostsErr))
	}
	if x := t.Costs; x != nil {
		fmt.Fprintf(w, "\n费用分担：基金 %s 元，平台 %s 元\n", x.Fund.String(), x.Platform.String())
		for _, r := range x.Reasons {
			fmt.Fprintf(w, "    · %s\n", r)
		}
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "\n注：%s\n", n)
	}
	fmt.Fprintf(w, "\n规则集指纹（rulebook）：%s\n", t.Windows.Rulebook)
}

// coverAsOf is the day cover is judged on: the file's as_of, or the
// case's latest recorded day (as Timeline does).
func coverAsOf(f casefile.File, t casefile.Timeline) calendar.Date {
	if !f.AsOf.IsZero() {
		return f.AsOf
	}
	return t.Case.LastDay()
}

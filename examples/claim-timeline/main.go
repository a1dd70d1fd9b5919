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
// The case format is casefile.File (package claims/casefile, which only
// calls the methods of a claims.Rulebook). Bad input gets a clear message
// and a non-zero exit. The last line names the rulebook's fingerprint (the
// calendar and readings every figure was computed under).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/textout"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("claim-timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("case", "testdata/claims/case-sample.json", "the case JSON `file` (- for standard input)")
	asJSON := fs.Bool("json", false, "print JSON")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: claim-timeline [-case FILE] [-json]\n\n")
		fs.PrintDefaults()
	}
	if code, ok := cli.Parse(fs, args); !ok {
		return code
	}
	data, err := cli.ReadInput(textout.Locate(*path), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %v\n", err)
		return 1
	}
	f, err := casefile.Parse(data)
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %s: %v\n", *path, err)
		return 1
	}
	t, err := f.Timeline(calendar.Default())
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %v\n", err)
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, t); err != nil {
			fmt.Fprintf(stderr, "claim-timeline: %v\n", err)
			return 1
		}
		return 0
	}
	printText(stdout, f, t)
	return 0
}

func printText(w io.Writer, f casefile.File, t casefile.Timeline) {
	fmt.Fprintf(w, "案件：事故日 %s，%s 于 %s 提出申请\n\n", f.Accident, f.Applicant.Chinese(), f.FiledOn)
	window := func(name string, o calendar.Deadline) {
		if !o.Known() {
			fmt.Fprintf(w, "%s：未知（不早于 %s）\n    · %s\n", name, o.NotBefore(), unknownText(o.Err()))
			return
		}
		fmt.Fprintf(w, "%s：%s\n", name, o.Date)
		for _, line := range o.Explanation() {
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
			fmt.Fprintf(w, "    · %s\n", r.Err)
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
		fmt.Fprintf(w, "\n申请是否及时：未知\n    · %s\n", t.FilingErr)
	} else {
		platformLate := textout.YesNo(t.Filing.PlatformLate)
		if t.Filing.PlatformLateErr != nil {
			platformLate = "未知"
		}
		fmt.Fprintf(w, "\n申请是否及时：%s（期限 %s）；平台逾期：%s\n", textout.YesNo(t.Filing.InTime), deadline, platformLate)
	}
	for _, r := range t.Filing.Reasons {
		fmt.Fprintf(w, "    · %s\n", r)
	}
	if t.CoverErr != nil {
		fmt.Fprintf(w, "\n事故当月保障（第四十三条）：（截至 %s）\n    · %s\n", coverAsOf(f, t), t.CoverErr)
	} else {
		fmt.Fprintf(w, "\n事故当月保障（第四十三条）：%s（截至 %s）\n", t.Cover.Status.Chinese(), t.Cover.AsOf)
	}
	for _, r := range t.Cover.Reasons {
		fmt.Fprintf(w, "    · %s\n", r)
	}
	fmt.Fprintf(w, "\n材料：可受理 %s，齐全 %s\n", textout.YesNo(t.Materials.Acceptable), textout.YesNo(t.Materials.Complete))
	if t.MaterialsErr != nil {
		fmt.Fprintf(w, "    · %s\n", t.MaterialsErr)
	} else {
		for _, r := range t.Materials.Explanation() {
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
		rows = append(rows, []string{itemName(it.Name), date, it.Articles, status})
	}
	fmt.Fprint(w, textout.Table("  ", rows))
	for _, it := range t.Deadlines {
		if !it.Deadline.Known() {
			fmt.Fprintf(w, "    · %s：%s\n", itemName(it.Name), unknownText(it.Deadline.Err()))
		}
	}
	if t.CostsErr != nil {
		fmt.Fprintf(w, "\n费用分担：无法计算\n    · %s\n", t.CostsErr)
	}
	if c := t.Costs; c != nil {
		fmt.Fprintf(w, "\n费用分担：基金 %s 元，平台 %s 元\n", c.Fund.String(), c.Platform.String())
		for _, r := range c.Reasons {
			fmt.Fprintf(w, "    · %s\n", r)
		}
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "\n注：%s\n", n)
	}
	fmt.Fprintf(w, "\n规则集指纹（rulebook）：%s\n", t.Rulebook)
}

// coverAsOf is the day cover is judged on: the file's as_of, or the
// case's latest recorded day (as Timeline does).
func coverAsOf(f casefile.File, t casefile.Timeline) calendar.Date {
	if !f.AsOf.IsZero() {
		return f.AsOf
	}
	return t.Case.LastDay()
}

// unknownText says why a deadline is unknown, in Chinese when it is a year
// whose schedule is not loaded.
func unknownText(err error) string {
	var nc *calendar.YearNotCoveredError
	if errors.As(err, &nc) {
		return fmt.Sprintf("该期限落在 %d 年，国务院 %d 年节假日安排尚未载入，确切日期待公布后确定（不作推测）", nc.Year, nc.Year)
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

var itemNames = map[string]string{
	"platform applies (30 days)":                             "平台提出申请（30日）",
	"worker, close relative or union applies (90 days)":      "劳动者、近亲属或工会提出申请（90日）",
	"no extension past the 工伤保险条例 第十七条 period":               "延期不超过工伤认定申请期限",
	"decision (30 working days)":                             "作出确认结论（30个工作日）",
	"decision, clear case (7 working days)":                  "作出确认结论，事实清楚（7个工作日）",
	"decision, clear case (7 working days, at most 30)":      "作出确认结论，事实清楚（7个工作日，至多30个）",
	"delivery of the conclusion (3 working days)":            "送达结论（3个工作日）",
	"agency's review of the benefit claim (20 working days)": "经办机构审核待遇申请（20个工作日）",
	"applicant supplements the materials (5 working days)":   "申请人补正材料（5个工作日）",
}

func itemName(n string) string {
	if c, ok := itemNames[n]; ok {
		return c
	}
	return n
}

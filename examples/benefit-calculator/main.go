// Command benefit-calculator reads an occupational-injury case as JSON and
// prints what the fund pays (沪人社福〔2025〕373号 第五章): every item with its
// formula, parameters, sources and articles, the monthly schedule, and the
// medical costs when a third party is liable (第三十四条); with -medical, it
// checks a medical claim charge by charge (第三十二至三十七条, 第四十一条).
//
// Usage:
//
//	go run ./examples/benefit-calculator                      # the sample: testdata/benefits/case-sample.json
//	go run ./examples/benefit-calculator -case case.json -json
//	go run ./examples/benefit-calculator -case case.json -needs   # what the case lacks and what is provisional, at once
//	go run ./examples/benefit-calculator -medical testdata/benefits/medical-claim-sample.json [-json]
//
// The case format is casefile.File (package benefits/casefile); a medical
// claim's is benefits.MedicalClaim. Bad input gets a clear message and a
// non-zero exit.
//
// -needs lists, all at once, every parameter the case lacks ([缺少]:
// the award cannot be computed without it) and every provisional value the
// award rests on ([暂定]: computed, but the figure is inferred or
// not yet published, such as the disability base ratio 0.6 or the embedded
// commencement of the 《实施办法》), each as benefits.Need.Chinese says it;
// -json writes them as JSON,
// {"needs": [each entry with its "mark"], "rulebook": "…"}, the rulebook
// being the Fingerprint of what they were listed from (benefits.Rulebook).
// The -json outputs of an award and of a medical claim record it too
// ("rulebook").
//
// Everything is printed in Chinese (the award and the medical claim by the
// library's Explain(explain.Chinese), the parameters' sources by param.Value.SourceZH,
// errors by their Chinese methods, the usage of -h); -lang en gives the
// library's English where it has one (-needs, the errors, the usage), for
// developers. The payment schedule's columns are aligned by display width.
//
// Exit status: 0 when the case computes (with -needs: nothing is missing,
// even if provisional values are listed); 1 for bad input or a case that
// cannot be computed; 2 for bad flags; 3 with -needs when a parameter is
// missing.

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/explain"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// exitMissing is the exit status of -needs when a parameter is missing.
const exitMissing = 3

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("benefit-calculator", flag.ContinueOnError)
	c := msg.New(fs, stderr,
		"用法：benefit-calculator [-case 文件] [-json] [-needs] [-lang zh|en]\n      benefit-calculator -medical 文件 [-json] [-lang zh|en]",
		"usage: benefit-calculator [-case FILE] [-json] [-needs] [-lang zh|en]\n       benefit-calculator -medical FILE [-json] [-lang zh|en]")
	path := fs.String("case", "testdata/benefits/case-sample.json", "案件 JSON `文件`（- 表示标准输入）")
	c.EN("case", "the case JSON `file` (- for standard input)")
	asJSON := fs.Bool("json", false, "输出 JSON")
	c.EN("json", "print JSON")
	needs := fs.Bool("needs", false, "一次列出案件缺少的全部参数和待遇所依赖的全部暂定数值，然后退出（有缺少的参数时退出状态为 3）")
	c.EN("needs", "list every parameter the case lacks and every provisional value its award rests on, and exit (status 3 when something is missing)")
	medical := fs.String("medical", "", "逐笔审核医疗费用申领`文件`（- 表示标准输入），不计算案件")
	c.EN("medical", "check the medical claim in `file` (- for standard input) charge by charge, instead of a case")
	if code, ok := c.Parse(args); !ok {
		return code
	}
	if *medical != "" {
		return runMedical(c, textout.Locate(*medical), *asJSON, stdin, stdout, stderr)
	}
	*path = textout.Locate(*path) // the sample, from the module root or from this folder
	data, err := cli.ReadInput(*path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", c.Err(err))
		return 1
	}
	f, err := casefile.Parse(data)
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", c.Err(msg.InFile(*path, err)))
		return 1
	}
	if *needs {
		nl, err := f.Needs()
		if err != nil {
			fmt.Fprintf(stderr, "benefit-calculator: %s\n", c.Err(err))
			return 1
		}
		status := 0
		if nl.AnyMissing() {
			status = exitMissing
		}
		if *asJSON {
			if err := cli.WriteJSON(stdout, nl); err != nil {
				fmt.Fprintf(stderr, "benefit-calculator: %s\n", c.Err(err))
				return 1
			}
			return status
		}
		var missing, provisional []benefits.Need
		for _, n := range nl.List {
			if n.Mark == benefits.NeedProvisional {
				provisional = append(provisional, n)
			} else {
				missing = append(missing, n)
			}
		}
		line := func(n benefits.Need) string {
			return c.Pick(n.Chinese(), n.String())
		}
		if len(missing) == 0 {
			fmt.Fprintln(stdout, c.Pick("所需参数均已提供", "every parameter the case needs is given"))
		} else {
			fmt.Fprintf(stdout, c.Pick("缺少的参数（%d 项），请在案件文件的 \"parameters\" 中提供：\n", "%d missing, to supply in \"parameters\":\n"), len(missing))
			for _, n := range missing {
				fmt.Fprintf(stdout, "  %s\n", line(n))
			}
		}
		if len(provisional) > 0 {
			fmt.Fprintf(stdout, c.Pick("暂定的参数（%d 项）：待遇依赖这些数值，有正式数值时请提供：\n",
				"%d provisional: the award rests on these; supply the official figure when known:\n"), len(provisional))
			for _, n := range provisional {
				fmt.Fprintf(stdout, "  %s\n", line(n))
			}
		}
		return status
	}
	r, err := f.Calculate()
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", c.Err(err))
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, r); err != nil {
			fmt.Fprintf(stderr, "benefit-calculator: %s\n", c.Err(err))
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "职业伤害保障待遇（沪人社福〔2025〕373号 第五章）\n\n")
	for _, line := range r.Award.Explain(explain.Chinese) {
		fmt.Fprintln(stdout, line)
	}
	if len(r.Schedule) > 0 {
		fmt.Fprintf(stdout, "\n按月发放表：\n")
		fmt.Fprint(stdout, scheduleTable(r.Schedule))
	}
	if m := r.Medical; m != nil {
		fmt.Fprintf(stdout, "\n第三人责任的医疗费用（第三十四条）：\n")
		lines := m.Explanation
		if f.Medical != nil {
			lines = benefits.MedicalZH(*f.Medical, *m)
		}
		for _, line := range lines {
			fmt.Fprintf(stdout, "  %s\n", line)
		}
	}
	return 0
}

// scheduleTable is the payment schedule with its columns aligned by
// display width (textout.Table): month, item, beneficiary, amount (right
// aligned), and whether the year's standard raised it (第四十五条第二款).
func scheduleTable(schedule []benefits.Payment) string {
	who, raised := false, false
	for _, p := range schedule {
		who, raised = who || p.Beneficiary != "", raised || p.Raised
	}
	rows := [][]string{{"月份", "项目"}}
	if who {
		rows[0] = append(rows[0], "领取人")
	}
	rows[0] = append(rows[0], "金额（元）")
	if raised {
		rows[0] = append(rows[0], "说明")
	}
	amountCol := len(rows[0]) - 1
	if raised {
		amountCol--
	}
	for _, p := range schedule {
		r := []string{p.Month.String(), p.Kind.Chinese()}
		if who {
			r = append(r, p.Beneficiary)
		}
		r = append(r, p.Amount.String())
		if p.Raised {
			r = append(r, "按当年计发标准（第四十五条第二款）")
		} else if raised {
			r = append(r, "")
		}
		rows = append(rows, r)
	}
	ws := textout.Columns(rows)
	var b strings.Builder
	for i, r := range rows {
		cells := make([]string, len(r))
		for j, cell := range r {
			switch {
			case j == len(r)-1 && j != amountCol:
				cells[j] = cell
			case j == amountCol && i > 0:
				cells[j] = textout.PadLeft(cell, ws[j]) // amounts right-aligned
			default:
				cells[j] = textout.Pad(cell, ws[j])
			}
		}
		b.WriteString(strings.TrimRight("  "+strings.Join(cells, "  "), " ") + "\n")
	}
	return b.String()
}

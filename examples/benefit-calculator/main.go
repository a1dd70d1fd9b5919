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
// -needs lists, all at once, every parameter the case lacks ([missing]:
// the award cannot be computed without it) and every provisional value the
// award rests on ([provisional]: computed, but the figure is inferred or
// not yet published, such as the disability base ratio 0.6 or the embedded
// commencement of the 《实施办法》); -json writes them as JSON,
// {"needs": [each entry with its "mark"], "rulebook": "…"}, the rulebook
// being the Fingerprint of what they were listed from (benefits.Rulebook).
// The -json outputs of an award and of a medical claim record it too
// ("rulebook").
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

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/textout"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// exitMissing is the exit status of -needs when a parameter is missing.
const exitMissing = 3

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("benefit-calculator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("case", "testdata/benefits/case-sample.json", "the case JSON `file` (- for standard input)")
	asJSON := fs.Bool("json", false, "print JSON")
	needs := fs.Bool("needs", false, "list every parameter the case lacks and every provisional value its award rests on, and exit (status 3 when something is missing)")
	medical := fs.String("medical", "", "check the medical claim in `file` (- for standard input) charge by charge, instead of a case")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: benefit-calculator [-case FILE] [-json] [-needs]\n       benefit-calculator -medical FILE [-json]\n\n")
		fs.PrintDefaults()
	}
	if code, ok := cli.Parse(fs, args); !ok {
		return code
	}
	if *medical != "" {
		return runMedical(textout.Locate(*medical), *asJSON, stdin, stdout, stderr)
	}
	*path = textout.Locate(*path) // the sample, from the module root or from this folder
	data, err := cli.ReadInput(*path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %v\n", err)
		return 1
	}
	f, err := casefile.Parse(data)
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s: %v\n", *path, err)
		return 1
	}
	if *needs {
		nl, err := f.Needs()
		if err != nil {
			fmt.Fprintf(stderr, "benefit-calculator: %v\n", err)
			return 1
		}
		status := 0
		if nl.AnyMissing() {
			status = exitMissing
		}
		if *asJSON {
			if err := cli.WriteJSON(stdout, nl); err != nil {
				fmt.Fprintf(stderr, "benefit-calculator: %v\n", err)
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
		if len(missing) == 0 {
			fmt.Fprintln(stdout, "所需参数均已提供 (every parameter the case needs is given)")
		} else {
			fmt.Fprintf(stdout, "缺少的参数 (%d missing), to supply in \"parameters\":\n", len(missing))
			for _, n := range missing {
				fmt.Fprintf(stdout, "  %s\n", n)
			}
		}
		if len(provisional) > 0 {
			fmt.Fprintf(stdout, "暂定的参数 (%d provisional): the award rests on these; supply the official figure when known:\n", len(provisional))
			for _, n := range provisional {
				fmt.Fprintf(stdout, "  %s\n", n)
			}
		}
		return status
	}
	r, err := f.Calculate()
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %v\n", err)
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, r); err != nil {
			fmt.Fprintf(stderr, "benefit-calculator: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "职业伤害保障待遇（沪人社福〔2025〕373号 第五章）\n\n")
	for _, line := range r.ExplainZH() {
		fmt.Fprintln(stdout, line)
	}
	if len(r.Schedule) > 0 {
		fmt.Fprintf(stdout, "\n按月发放表：\n")
		for _, p := range r.Schedule {
			who := ""
			if p.Beneficiary != "" {
				who = " " + p.Beneficiary
			}
			raised := ""
			if p.Raised {
				raised = "（按当年计发标准, 第四十五条第二款）"
			}
			fmt.Fprintf(stdout, "  %s %s%s %12s 元%s\n", p.Month, p.Kind.Chinese(), who, p.Amount.String(), raised)
		}
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

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
//
// The case format is claims.CaseFile. Bad input gets a clear message and a
// non-zero exit.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/examples/internal/cli"
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
	data, err := cli.ReadInput(*path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "claim-timeline: %v\n", err)
		return 1
	}
	f, err := claims.ParseCaseFile(data)
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

func printText(w io.Writer, f claims.CaseFile, t claims.Timeline) {
	fmt.Fprintf(w, "Case: accident %s, applied %s by %s\n\n", f.Accident, f.FiledOn, f.Applicant)
	deadline := func(name string, dl calendar.Deadline) {
		fmt.Fprintf(w, "%s: %s\n", name, dl.Date)
		for _, line := range dl.Explanation() {
			fmt.Fprintf(w, "    · %s\n", line)
		}
	}
	deadline("platform's window (第二十一条第一款, 30 days)", t.Windows.Platform)
	deadline("worker's window (第二十一条第三款, 90 days)", t.Windows.Worker)
	if t.Windows.Cap != nil {
		deadline("extension cap (第二十二条第一款)", *t.Windows.Cap)
	} else {
		fmt.Fprintf(w, "extension cap (第二十二条第一款): %s\n    · %s\n", t.Windows.CapRaw, t.Windows.CapNote)
	}
	if x := t.Extension; x != nil {
		fmt.Fprintf(w, "\nextension: granted %t, deadline %s\n", x.Granted, x.Deadline)
		if x.Error != "" {
			fmt.Fprintf(w, "    · %s\n", x.Error)
		}
		for _, r := range x.Reasons {
			fmt.Fprintf(w, "    · %s\n", r)
		}
	}
	fmt.Fprintf(w, "\nfiling: in time %t (deadline %s)\n", t.Filing.InTime, t.Filing.Deadline)
	for _, r := range t.Filing.Reasons {
		fmt.Fprintf(w, "    · %s\n", r)
	}
	fmt.Fprintf(w, "\ncover: %t\n    · %s\n", t.Cover.Covered, t.Cover.Reason)
	fmt.Fprintf(w, "\nmaterials: acceptable %t, complete %t\n", t.Materials.Acceptable, t.Materials.Complete)
	for _, r := range t.Materials.Explanation {
		fmt.Fprintf(w, "    · %s\n", r)
	}
	fmt.Fprintf(w, "\ndeadlines of the case (as of %s):\n", f.AsOf)
	for _, it := range t.Deadlines {
		status := "open"
		switch {
		case it.Met:
			status = "met on " + it.Done.String()
		case !it.Done.IsZero():
			status = "late: done " + it.Done.String()
		case it.Overdue:
			status = "OVERDUE"
		}
		fmt.Fprintf(w, "  %-52s %s  %-10s %s\n", it.Name, it.Deadline.Date, it.Articles, status)
	}
	if c := t.Costs; c != nil {
		fmt.Fprintf(w, "\ncosts: fund %s 元, platform %s 元\n", c.Fund, c.Platform)
		for _, r := range c.Reasons {
			fmt.Fprintf(w, "    · %s\n", r)
		}
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "\nnote: %s\n", n)
	}
}

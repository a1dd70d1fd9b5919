package main

import (
	"fmt"
	"io"
	"os"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/explain"
)

// runMedical checks a medical claim (benefits.MedicalClaim, 第三十二至三十七条,
// 第四十一条) and prints each charge's verdict with its reasons, the
// materials missing, the payee and the totals, in Chinese (or the result as
// JSON). It reads at most benefits.MaxClaimJSONBytes and one byte more, so
// that a larger input is refused by the reader's own limit, not held in
// memory.
func runMedical(m *msg.CLI, path string, asJSON bool, stdin io.Reader, stdout, stderr io.Writer) int {
	in := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(stderr, "benefit-calculator: %s\n", m.Err(err))
			return 1
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(in, benefits.MaxClaimJSONBytes+1))
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", m.Err(err))
		return 1
	}
	c, err := benefits.ParseMedicalClaim(data)
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", m.Err(msg.InFile(path, err)))
		return 1
	}
	rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{})
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", m.Err(err))
		return 1
	}
	r, err := rb.Assess(c)
	if err != nil {
		fmt.Fprintf(stderr, "benefit-calculator: %s\n", m.Err(msg.InFile(path, err)))
		return 1
	}
	if asJSON {
		if err := cli.WriteJSON(stdout, r); err != nil {
			fmt.Fprintf(stderr, "benefit-calculator: %s\n", m.Err(err))
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "职业伤害医疗待遇申领（沪人社福〔2025〕373号 第三十二至三十七条、第四十一条）\n\n")
	for _, line := range r.Explain(explain.Chinese) {
		fmt.Fprintln(stdout, line)
	}
	return 0
}

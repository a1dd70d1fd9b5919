// Command monthly-levy reads order executions from CSV, decides which count
// for the levy (第十条), tallies them by platform and industry for one month,
// and prints the bills of the platforms whose rates are known (第十一、十二、
// 十四条), with the declaration deadline. Invalid lines are listed with their
// line number and reason (values cut short, identity numbers masked);
// nothing is dropped silently: counted + excluded + duplicates + invalid =
// the rows read. Copies of an (order, worker) pair that disagree are listed
// as conflicts for the platform to correct (第九条) and resolved by
// eligibility.Resolve's rule, so the row order never changes the result.
//
// Usage:
//
//	go run ./examples/monthly-levy                      # the sample: testdata/levy/orders-2026-03.csv, 2026-03
//	go run ./examples/monthly-levy -orders FILE.csv -month 2026-03 -params setup.json
//	go run ./examples/monthly-levy -json
//	go run ./examples/monthly-levy -explain             # how each bill was reached
//	go run ./examples/monthly-levy -count-cancelled-after-start   # 第十条's 等 read to include a cancellation after start
//	go run ./examples/gen-orders -rows 1000000 | go run ./examples/monthly-levy -orders -
//
// Every line is Chinese: the invalid lines' reasons by the codes' Chinese
// (errcode.Code.Chinese, FieldError.Chinese; eligibility.ReasonChinese for
// those counted by reason past -max-invalid), the bills' explanations
// (ExplainZH), the errors and the usage of -h; -lang en gives the
// library's English reasons and errors, for developers.
//
// The CSV format is eligibility.CSVHeader (see the README); -params is a
// levy.Setup JSON (testdata/levy/setup.json is a sample).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/levy/monthreport"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("monthly-levy", flag.ContinueOnError)
	c := msg.New(fs, stderr,
		"用法：monthly-levy [-orders 文件.csv] [-month 月份] [-params 文件] [-json] [-explain] [-deduplicated] [-max-invalid 行数] [-count-cancelled-after-start] [-lang zh|en]",
		"usage: monthly-levy [-orders FILE.csv] [-month YYYY-MM] [-params FILE] [-json] [-explain] [-deduplicated] [-max-invalid N] [-count-cancelled-after-start] [-lang zh|en]")
	ordersPath := fs.String("orders", "testdata/levy/orders-2026-03.csv", "订单执行记录 CSV `文件`（- 表示标准输入）")
	c.EN("orders", "the order-execution CSV `file` (- for standard input)")
	monthFlag := fs.String("month", "2026-03", "汇总和计费的费款所属`月份`（YYYY-MM）")
	c.EN("month", "the fee `month` (YYYY-MM) to tally and bill")
	paramsPath := fs.String("params", "testdata/levy/setup.json", "levy.Setup JSON `文件`：参数和各平台的缴费条件")
	c.EN("params", "a levy.Setup JSON `file`: parameters and each platform's terms")
	asJSON := fs.Bool("json", false, "输出 JSON")
	c.EN("json", "print JSON")
	explain := fs.Bool("explain", false, "写出每份账单的计算过程")
	c.EN("explain", "print how each bill was reached")
	cancelled := fs.Bool("count-cancelled-after-start", false, "开始执行后取消的订单，按取消之日计入（eligibility.Rules.CountCancelledAfterStart；默认不计入）")
	c.EN("count-cancelled-after-start", "count an execution cancelled after it started, on the day cancelled (eligibility.Rules.CountCancelledAfterStart; default: not counted)")
	deduplicated := fs.Bool("deduplicated", false, "输入已在上游去重：不再查重，内存占用不随行数增长（eligibility.Deduplicated）")
	c.EN("deduplicated", "the input is already de-duplicated upstream: skip duplicate detection, so memory stays flat (eligibility.Deduplicated)")
	maxInvalid := fs.Int("max-invalid", eligibility.DefaultMaxInvalid, "逐行列出的无效行最多`行数`条，其余按原因计数（eligibility.Batch.MaxInvalid；0 表示不逐行列出）")
	c.EN("max-invalid", "list at most `N` invalid lines in full; the rest are counted by reason (eligibility.Batch.MaxInvalid; 0 lists none)")
	if code, ok := c.Parse(args); !ok {
		return code
	}
	// The sample files are found from the module root or from this folder.
	*ordersPath, *paramsPath = textout.Locate(*ordersPath), textout.Locate(*paramsPath)
	month, err := calendar.ParseMonth(*monthFlag)
	if err != nil {
		return c.Bad("-month: "+msg.Chinese(err), "-month: "+err.Error())
	}
	if *maxInvalid < 0 {
		return c.Bad(fmt.Sprintf("-max-invalid: %d，应为 0 或更大", *maxInvalid), fmt.Sprintf("-max-invalid: %d, want 0 or more", *maxInvalid))
	}
	if *maxInvalid == 0 {
		*maxInvalid = -1 // eligibility.Batch: a negative MaxInvalid lists none
	}
	setup, err := cli.ReadFile(*paramsPath, jsonerr.MaxBytes)
	if err != nil {
		fmt.Fprintf(stderr, "monthly-levy: %s\n", c.Err(err))
		return 1
	}
	rb, err := levy.ParseSetup(setup, calendar.Default())
	if err != nil {
		fmt.Fprintf(stderr, "monthly-levy: %s\n", c.Err(msg.InFile(*paramsPath, err)))
		return 1
	}
	in := stdin
	if *ordersPath != "-" {
		f, err := os.Open(*ordersPath)
		if err != nil {
			fmt.Fprintf(stderr, "monthly-levy: %s\n", c.Pick(msg.Chinese(err), err.Error()+" (run it from the repository's root, or give -orders)"))
			return 1
		}
		defer f.Close()
		in = f
	}
	batch, err := classify(in, month, eligibility.Rules{CountCancelledAfterStart: *cancelled}, *deduplicated, *maxInvalid)
	if err != nil {
		fmt.Fprintf(stderr, "monthly-levy: %s\n", c.Err(err))
		return 1
	}
	out, err := monthreport.New(batch, rb)
	if err != nil {
		fmt.Fprintf(stderr, "monthly-levy: %s\n", c.Err(err))
		return 1
	}
	if *asJSON {
		if err := cli.WriteJSON(stdout, out); err != nil {
			fmt.Fprintf(stderr, "monthly-levy: %s\n", c.Err(err))
			return 1
		}
		return 0
	}
	printText(stdout, c, out, *explain)
	return 0
}

// classify streams the CSV through an eligibility.Batch.
func classify(r io.Reader, month calendar.Month, rules eligibility.Rules, deduplicated bool, maxInvalid int) (*eligibility.Batch, error) {
	b := &eligibility.Batch{Month: month, Rules: rules, MaxInvalid: maxInvalid}
	if deduplicated {
		b.Seen = eligibility.Deduplicated{}
	}
	if err := eligibility.ReadCSV(r, b); err != nil {
		return nil, err
	}
	if !b.Balanced() {
		c := b.Counts()
		return nil, fmt.Errorf("internal error: %d rows, %d counted + %d excluded + %d invalid (%d listed) + %d duplicates", c.Input, c.Counted, c.Excluded, c.Invalid, len(b.Invalid()), c.Duplicates)
	}
	return b, nil
}

// declareBy is the row's declaration deadline, or, when the year's State
// Council schedule is not loaded, 未知 with the year and the day it is not
// before: the amounts are still given (第十四条 does not need the calendar).
func declareBy(b monthreport.BillRow) string {
	if b.DeclarationDeadline != "" || b.DeclarationUnknown == nil {
		return b.DeclarationDeadline
	}
	if b.DeclarationUnknownYear != 0 {
		return fmt.Sprintf("未知（%d 年放假安排尚未载入；不早于 %s）", b.DeclarationUnknownYear, b.DeclarationNotBefore)
	}
	return fmt.Sprintf("未知（不早于 %s）", b.DeclarationNotBefore)
}

// printText prints the month's report for a clerk: the invalid lines'
// reasons by their codes' Chinese (errcode; eligibility.ReasonChinese for
// those counted by reason), or the library's English with -lang en.
func printText(w io.Writer, c *msg.CLI, out monthreport.Report, showSteps bool) {
	fmt.Fprintf(w, "%s 职业伤害保障费（沪人社福〔2025〕373号 第十、十一、十四条）\n\n", out.Month)
	invalid := int64(len(out.Invalid))
	for _, n := range out.InvalidUnlisted {
		invalid += n // the counts balance (classify): no sum wraps
	}
	fmt.Fprintf(w, "读入 %d 行 = 计入 %d + 不计入 %d + 重复 %d + 无效 %d\n", out.Input, out.Counted, out.Excluded, out.Duplicates, invalid)
	if len(out.Conflicts) > 0 {
		fmt.Fprintf(w, "冲突：%d 组（订单, 人员）的多份记录内容不一致，请平台企业核实修正（第九条）；按执行结束最晚的一份计入：\n", len(out.Conflicts))
		for _, c := range out.Conflicts {
			fmt.Fprintf(w, "  第 %d 行：订单 %s，人员 %s\n", c.Line, c.OrderID, c.WorkerID)
		}
	}
	fmt.Fprintf(w, "不计入：未注册或不在保障范围 %d（第十条（一）），非在本市开始执行 %d（（二）），未结束或已取消 %d（（三）），计入其他月份 %d\n\n",
		out.ExcludedBy["not_registered_or_out_of_scope"], out.ExcludedBy["started_outside_shanghai"], out.ExcludedBy["not_ended_or_cancelled"], out.ExcludedBy["counts_in_another_month"])
	rows := [][]string{{"平台", "行业", "订单数"}}
	for _, t := range out.Tallies {
		rows = append(rows, []string{t.Platform, industryZH(t.Industry), fmt.Sprint(t.Orders)})
	}
	fmt.Fprint(w, textout.Table("", rows))
	rows = [][]string{{"平台", "行业", "订单数", "每单费率（元）", "金额（元）", "申报缴纳期限（第十四条）"}}
	for _, b := range out.Bills {
		rows = append(rows, []string{b.Platform, industryZH(b.Industry), fmt.Sprint(b.Orders), b.Rate, b.Amount, declareBy(b)})
	}
	for _, bill := range out.PlatformBills {
		rows = append(rows, []string{bill.Platform, "合计", "", "", bill.Total.String(), ""})
	}
	fmt.Fprintf(w, "\n%s", textout.Table("", rows))
	for _, u := range out.Unbilled {
		why := errcode.Wire(u.Err)
		fmt.Fprintf(w, "说明：%s 未出账单，只列订单数：%s（%s）\n", u.Platform, why.Chinese, why.Code)
	}
	if showSteps {
		for _, bill := range out.PlatformBills {
			fmt.Fprintf(w, "\n%s\n", strings.Join(bill.Explain(explain.Chinese), "\n"))
		}
	}
	if len(out.Invalid) > 0 {
		fmt.Fprintf(w, "\n无效行：\n")
		for _, inv := range out.Invalid {
			fmt.Fprintf(w, "  第 %d 行：%s\n", inv.Line, c.Pick(msg.Chinese(inv.Err), inv.Err.Error()))
		}
	}
	if len(out.InvalidUnlisted) > 0 {
		fmt.Fprintf(w, "\n另有 %d 行无效行未逐行列出（-max-invalid），按原因计数：\n", invalid-int64(len(out.Invalid)))
		reasons := make([]string, 0, len(out.InvalidUnlisted))
		for r := range out.InvalidUnlisted {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for _, r := range reasons {
			fmt.Fprintf(w, "  %d 行：%s\n", out.InvalidUnlisted[r], c.Pick(eligibility.ReasonChinese(r), r))
		}
	}
}

// industryZH is the Chinese name of an industry written as in the JSON
// (ride_hailing → 出行), or the text itself when it names none.
func industryZH(s string) string {
	var i eligibility.Industry
	if err := i.UnmarshalText([]byte(s)); err != nil {
		return s
	}
	return i.Chinese()
}

// Command what-if measures a proposed change of the levy rates or the benefit
// levels before it is made (专项测算分析, 沪人社福〔2025〕373号 第七十六条第二款):
// the same month's counted orders and the same benefit cases computed under
// the current parameters and under the reform, side by side, with who pays
// or receives more or less. Every figure is what the library's own rules
// give (levy's bills, benefits' awards and schedules, package analysis):
// run examples/monthly-levy and examples/benefit-calculator on the files
// -write-reformed writes, and they give the reform column to the fen.
//
// Usage:
//
//	go run ./examples/what-if                          # the samples: testdata/levy/ orders and setup, testdata/analysis/reform.json
//	go run ./examples/what-if -orders FILE.csv -month 2026-03 -params setup.json -reform reform.json
//	go run ./examples/what-if -orders testdata/levy/orders-2026-03.csv -month 2026-03 -params testdata/levy/setup.json \
//	    -reform testdata/analysis/reform.json -cases testdata/analysis/cases -json
//	go run ./examples/what-if -tallies testdata/analysis/tallies-2026-01-06.json -month 2026-01 -to 2026-06 \
//	    -cases testdata/analysis/cases -html what-if.html
//	go run ./examples/what-if -cases testdata/analysis/cases -books testdata/analysis/books-2026-03.json   # with the balance it covers
//	go run ./examples/what-if -write-reformed DIR       # the reformed setup and case files, for monthly-levy and benefit-calculator
//
// -orders is the order CSV of examples/monthly-levy (eligibility.CSVReader),
// counted into tallies first (eligibility.Batch, a month at a time: the
// analysis reads tallies, not orders); -tallies a tally already counted
// (eligibility.Tally JSON, as -write-tallies writes it, or as the Beam
// pipeline writes it with --tallies: beam/cmd/levy-pipeline). -params is a levy.Setup JSON; -reform a reform file
// (analysis.ParseReform: a title, parameter values laid over the current
// ones, platform terms that replace the current ones); -cases a folder of
// benefit case files (benefits/casefile; a file's schedule and medical
// costs are not read: the period decides the months, and no parameter
// changes a medical bill); -books the fund's books (a ledger snapshot, as
// examples/ledger -json writes under "books"): the special account's
// balance and how many months of the period's expenditure it pays, under
// each policy.
//
// What was read is said first, as monthly-levy says it: each month's pass
// over the order file (rows read = counted + not counted + duplicates +
// invalid), or the tally's orders and those outside the period; a wrong
// -month or a file of invalid rows is not measured as if it were whole.
//
// -json prints {"income": {"current", "reform", "delta"}, …, "expenditure":
// {…} with -cases, "read": {"orders": [{"month", "input", "counted", …}]}
// or {"tally": {"orders", "outside_period"}}}, every amount a string with two decimals; -html FILE
// writes a page with the figures and a month-by-month chart, current against
// reform (inline SVG, nothing fetched). A bare file or folder name given to
// -html, -write-tallies or -write-reformed is written in a new temporary
// folder, whose path is printed; a path with a folder exactly there.
//
// Exit status: 0 when the measurement is made (a platform or case left out
// is listed, the rest measured); 1 for input that cannot be read or a
// reform or setup refused; 2 for bad flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// options are the flags.
type options struct {
	orders, tallies, params, reform, cases, books string
	from, to                                      calendar.Month
	asJSON                                        bool
	html, writeTallies, writeReformed             string
	c                                             *msg.CLI // the language of the text
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("what-if", flag.ContinueOnError)
	c := msg.New(fs, stderr,
		"用法：what-if [-orders 文件.csv | -tallies 文件] [-month 月份] [-to 月份] [-params 文件] [-reform 文件] [-cases 文件夹] [-books 文件] [-json] [-html 文件] [-write-tallies 文件] [-write-reformed 文件夹] [-lang zh|en]",
		"usage: what-if [-orders FILE.csv | -tallies FILE] [-month YYYY-MM] [-to YYYY-MM] [-params FILE] [-reform FILE] [-cases DIR] [-books FILE] [-json] [-html FILE] [-write-tallies FILE] [-write-reformed DIR] [-lang zh|en]")
	var o options
	o.c = c
	fs.StringVar(&o.orders, "orders", "testdata/levy/orders-2026-03.csv", "订单执行记录 CSV `文件`（- 表示标准输入），逐月计数")
	c.EN("orders", "the order-execution CSV `file` (- for standard input), counted into tallies month by month")
	fs.StringVar(&o.tallies, "tallies", "", "已计数的订单汇总`文件`（eligibility.Tally JSON），代替 -orders")
	c.EN("tallies", "a tally `file` already counted (eligibility.Tally JSON), instead of -orders")
	monthFlag := fs.String("month", "2026-03", "测算的第一个`月份`（YYYY-MM）")
	c.EN("month", "the first `month` (YYYY-MM) measured")
	toFlag := fs.String("to", "", "测算的最后一个`月份`（YYYY-MM；默认同 -month）")
	c.EN("to", "the last `month` (YYYY-MM) measured (default: -month)")
	fs.StringVar(&o.params, "params", "testdata/levy/setup.json", "现行的 levy.Setup JSON `文件`：参数和各平台的缴费条件")
	c.EN("params", "the current levy.Setup JSON `file`: parameters and each platform's terms")
	fs.StringVar(&o.reform, "reform", "testdata/analysis/reform.json", "测算方案`文件`：标题、叠加在现行参数上的参数、各平台的缴费条件")
	c.EN("reform", "the reform `file`: title, parameters laid over the current ones, platform terms")
	fs.StringVar(&o.cases, "cases", "", "待遇案件文件（*.json，benefits/casefile）所在的`文件夹`：其支付即待遇支出")
	c.EN("cases", "a `folder` of benefit case files (*.json, benefits/casefile): their payments are the expenditure")
	fs.StringVar(&o.books, "books", "", "基金账簿`文件`（账簿快照，即 examples/ledger -json 输出中的 \"books\"）：财政专户余额，以及可支付几个月的支出")
	c.EN("books", "the fund's books `file` (a ledger snapshot, as examples/ledger -json writes under \"books\"): the special account's balance and how many months of expenditure it pays")
	fs.BoolVar(&o.asJSON, "json", false, "输出 JSON")
	c.EN("json", "print JSON")
	fs.StringVar(&o.html, "html", "", "把含各项数字和逐月图表的独立页面写入`文件`")
	c.EN("html", "write a self-contained page with the figures and a month-by-month chart to `file`")
	fs.StringVar(&o.writeTallies, "write-tallies", "", "把由 -orders 计得的订单汇总写入`文件`（供 -tallies 读回）")
	c.EN("write-tallies", "write the tallies counted from -orders to `file` (for -tallies)")
	fs.StringVar(&o.writeReformed, "write-reformed", "", "把改革后的 setup.json 和案件文件写入`文件夹`，供 monthly-levy 和 benefit-calculator 核对")
	c.EN("write-reformed", "write the reformed setup.json and case files to `folder`, for monthly-levy and benefit-calculator")
	if code, ok := c.Parse(args); !ok {
		return code
	}
	var err error
	if o.from, err = calendar.ParseMonth(*monthFlag); err != nil {
		return c.Bad("-month: "+msg.Chinese(err), "-month: "+err.Error())
	}
	o.to = o.from
	if *toFlag != "" {
		if o.to, err = calendar.ParseMonth(*toFlag); err != nil {
			return c.Bad("-to: "+msg.Chinese(err), "-to: "+err.Error())
		}
	}
	period := analysis.Period{From: o.from, To: o.to}
	months, err := period.Months()
	if err != nil {
		return c.Bad("-month, -to: "+msg.Chinese(err), "-month, -to: "+err.Error())
	}
	if err := measure(o, period, months, stdin, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "what-if: %s\n", c.Err(err))
		return 1
	}
	return 0
}

// measure reads the inputs, measures the reform and writes what was asked.
func measure(o options, period analysis.Period, months []calendar.Month, stdin io.Reader, stdout, stderr io.Writer) error {
	o.orders, o.params, o.reform = textout.Locate(o.orders), textout.Locate(o.params), textout.Locate(o.reform)
	// A bare output name goes to a new temporary folder (printed), a path
	// with a folder exactly there: a run from the repository's root leaves
	// no file in it.
	out := cli.Outputs{Prefix: "zhishang-what-if-"}
	for _, p := range []*string{&o.html, &o.writeTallies, &o.writeReformed} {
		if *p == "" {
			continue
		}
		var err error
		if *p, err = out.File(*p); err != nil {
			return err
		}
	}
	setup, err := readSetup(o.params)
	if err != nil {
		return err
	}
	data, err := cli.ReadFile(o.reform, jsonerr.MaxBytes)
	if err != nil {
		return err
	}
	reform, err := analysis.ParseReform(data)
	if err != nil {
		return msg.InFile(o.reform, err)
	}
	var tally *eligibility.Tally
	var read readJSON
	source := ""
	if o.tallies != "" {
		path := textout.Locate(o.tallies)
		if tally, err = readTally(path); err != nil {
			return err
		}
		source = path
		read.Tally = &tallyRead{Orders: tally.Total()}
	} else {
		if tally, read.Orders, err = countOrders(o.orders, months, stdin); err != nil {
			return err
		}
		source = o.orders
	}
	if o.writeTallies != "" {
		if err := writeJSONFile(o.writeTallies, tally); err != nil {
			return err
		}
	}
	var cases []analysis.Case
	var files []caseFile
	var unread []analysis.Problem
	if o.cases != "" {
		files, unread, err = readCases(textout.Locate(o.cases))
		if err != nil {
			return err
		}
		for _, f := range files {
			cases = append(cases, analysis.Case{ID: f.id, Case: f.file.Case, Parameters: f.file.Parameters, Rules: f.file.Rules})
		}
	}
	if o.writeReformed != "" {
		if err := writeReformed(o.writeReformed, reform, setup, files, period); err != nil {
			return err
		}
	}
	d := analysis.Data{Tally: tally, Cases: cases}
	if o.books != "" {
		path := textout.Locate(o.books)
		data, err := cli.ReadFile(path, jsonerr.SnapshotMaxBytes)
		if err != nil {
			return err
		}
		if d.Books, err = ledger.ParseSnapshot(data); err != nil {
			return msg.InFile(path, err)
		}
	}
	p := analysis.Policy{Calendar: calendar.Default(), Levy: setup}
	m, err := analysis.Measure(p, reform, d, period)
	if errors.Is(err, analysis.ErrNoData) {
		// No orders and no readable case: an empty measurement, the
		// unreadable cases listed, rather than nothing.
		m, err = analysis.Measure(p, reform, analysis.Data{Tally: &eligibility.Tally{}, Books: d.Books}, period)
	}
	if err != nil {
		return err
	}
	m.Problems = append(unread, m.Problems...)
	if read.Tally != nil {
		read.Tally.OutsidePeriod = read.Tally.Orders - m.Orders // m.Orders are the tally's orders in the period
	}
	doc := documentOf(m, source, o.cases != "")
	doc.Read = read
	if o.html != "" {
		if err := writeHTML(o.html, doc); err != nil {
			return err
		}
	}
	if o.asJSON {
		// standard output is the JSON document alone: where files went is said on standard error
		written(stderr, o)
		return cli.WriteJSON(stdout, doc)
	}
	printText(stdout, doc, o.c != nil && o.c.English())
	fmt.Fprintln(stdout)
	written(stdout, o)
	return nil
}

// written says where the files asked for were written.
func written(w io.Writer, o options) {
	if o.html != "" {
		fmt.Fprintf(w, "图表页面已写入 %s\n", o.html)
	}
	if o.writeTallies != "" {
		fmt.Fprintf(w, "订单计数已写入 %s（可用 -tallies 读回）\n", o.writeTallies)
	}
	if o.writeReformed != "" {
		fmt.Fprintf(w, "改革后的费率设置与案件文件已写入 %s（可用 monthly-levy、benefit-calculator 逐项核对）\n", o.writeReformed)
	}
}

// setupSyntax is levy's code for a malformed setup (setup_syntax), the
// refusal levy.ParseSetup gives, found by its id in levy.Codes.
var setupSyntax = func() errcode.Code {
	for _, c := range levy.Codes() {
		if c.Code() == "setup_syntax" {
			return c
		}
	}
	return errcode.Code{}
}()

func readSetup(path string) (levy.Setup, error) {
	data, err := cli.ReadFile(path, jsonerr.MaxBytes)
	if err != nil {
		return levy.Setup{}, err
	}
	var s levy.Setup
	if err := strictjson.Decode(data, &s); err != nil {
		return levy.Setup{}, msg.InFile(path, fmt.Errorf("%w: %w", setupSyntax, err))
	}
	return s, nil
}

func readTally(path string) (*eligibility.Tally, error) {
	data, err := cli.ReadFile(path, jsonerr.MaxBytes)
	if err != nil {
		return nil, err
	}
	t := &eligibility.Tally{}
	if err := t.UnmarshalJSON(data); err != nil {
		return nil, msg.InFile(path, err)
	}
	return t, nil
}

// countOrders counts the CSV's orders of each month (eligibility.Batch, as
// examples/monthly-levy does) into one tally, and says what each month's
// pass read (rows counted, not counted, duplicates, invalid): the file is
// read once a month. Standard input can be read once: one month only.
func countOrders(path string, months []calendar.Month, stdin io.Reader) (*eligibility.Tally, []monthRead, error) {
	if path == "-" && len(months) > 1 {
		return nil, nil, msg.Text("-orders -（标准输入）只能读一次：只测算一个月，或指明文件",
			"-orders - (standard input) is read once: measure one month, or give a file")
	}
	out := &eligibility.Tally{}
	var read []monthRead
	for _, m := range months {
		b, err := countMonth(path, m, stdin)
		if err != nil {
			return nil, nil, err
		}
		if err := out.Merge(b.Tally()); err != nil {
			return nil, nil, err
		}
		read = append(read, monthRead{Month: m, Counts: b.Counts()})
	}
	return out, read, nil
}

// countMonth counts one month of the CSV.
func countMonth(path string, m calendar.Month, stdin io.Reader) (*eligibility.Batch, error) {
	in := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("%w (run it from the repository's root, or give -orders)", err)
		}
		defer f.Close()
		in = f
	}
	b := &eligibility.Batch{Month: m}
	if err := eligibility.ReadCSV(in, b); err != nil {
		return nil, err
	}
	if !b.Balanced() {
		c := b.Counts()
		return nil, fmt.Errorf("internal error: %s: %d rows, %d counted + %d excluded + %d invalid + %d duplicates", m, c.Input, c.Counted, c.Excluded, c.Invalid, c.Duplicates)
	}
	return b, nil
}

// caseFile is a benefit case file and its ID (the file's name).
type caseFile struct {
	id   string
	name string
	file casefile.File
}

// readCases reads the folder's *.json case files, sorted by name; a file
// that cannot be read is a Problem of the measurement, the rest measured.
func readCases(dir string) ([]caseFile, []analysis.Problem, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, nil, err
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, nil, msg.InFile("-cases", err)
		}
		return nil, nil, msg.Text("-cases: "+dir+" 中没有 *.json 案件文件", "-cases: no *.json case file in "+dir)
	}
	sort.Strings(paths)
	var out []caseFile
	var probs []analysis.Problem
	for _, p := range paths {
		name := filepath.Base(p)
		id := strings.TrimSuffix(name, ".json")
		data, err := cli.ReadFile(p, jsonerr.MaxBytes)
		if err == nil {
			var f casefile.File
			if f, err = casefile.Parse(data); err == nil {
				out = append(out, caseFile{id: id, name: name, file: f})
				continue
			}
		}
		// The name as the analysis shows a bad case ID: bounded, masked,
		// no control character or byte that is not UTF-8.
		probs = append(probs, analysis.Problem{Kind: analysis.ProblemCase, ID: redact.Value(id), Scenario: analysis.Both, Err: err})
	}
	return out, probs, nil
}

// writeReformed writes the reformed setup (Reform.Setup) and each case
// file with its reformed parameters (Reform.CaseParameters) and a schedule
// of the period, for monthly-levy and benefit-calculator.
func writeReformed(dir string, r analysis.Reform, setup levy.Setup, files []caseFile, period analysis.Period) error {
	if err := os.MkdirAll(filepath.Join(dir, "cases"), 0o755); err != nil {
		return err
	}
	if err := writeJSONFile(filepath.Join(dir, "setup.json"), r.Setup(setup)); err != nil {
		return err
	}
	for _, f := range files {
		g := f.file
		g.Parameters = r.CaseParameters(g.Parameters)
		g.Medical = nil
		g.Schedule = &struct {
			From calendar.Month `json:"from"`
			To   calendar.Month `json:"to"`
		}{period.From, period.To}
		if err := writeJSONFile(filepath.Join(dir, "cases", f.name), g); err != nil {
			return err
		}
	}
	return nil
}

func writeJSONFile(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := cli.WriteJSON(f, v); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

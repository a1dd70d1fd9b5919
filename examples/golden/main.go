// Command golden runs every golden case under testdata/golden and prints a
// readable report, in Chinese: for each case 通过 or 未通过, its file, its
// title and articles, and for a failure each differing field by its Chinese
// name and path (待遇项目·金额（items[2].amount）：期望 3897.15，实际 3340.41)
// with the library's explanation in Chinese (a refusal: its meaning, its
// error code, and the figures and names of the library's message). -lang en
// prints the developers' English report instead (PASS/FAIL, "expected …,
// got …", the library's English explanation); -h is Chinese. Policy staff add a case by copying a file and editing it, or
// by adding a row to the spreadsheet; no Go is needed.
//
// Usage:
//
//	go run ./examples/golden                 # every case under testdata/golden
//	go run ./examples/golden -v              # with every explanation
//	go run ./examples/golden -lang en        # the developers' English report
//	go run ./examples/golden testdata/golden/calendar/declaration-2024-02-published.json
//	go run ./examples/golden -accept testdata/golden/benefits/grade-07.json   # actual output becomes the expectation
//	go run ./examples/golden -html report.html [-regulation FILE]             # the report to print and sign
//	go run ./examples/golden -v -html report.html                            # … with every passing case in full
//	go run ./examples/golden -export-xlsx cases.xlsx                         # every case in a workbook
//	go run ./examples/golden -import-xlsx cases.xlsx [-html report.html]     # run a workbook's rows as cases
//	go run ./examples/golden -import-xlsx cases.xlsx -write testdata/golden  # … and write its new and changed rows as case files
//	go run ./examples/golden -import-xlsx cases.xlsx -accept 'benefits.award!5'   # a row's actual output becomes its expectation
//	go run ./examples/golden -json           # the outcomes as JSON
//	go run ./examples/golden -kinds          # the kinds a case can have
//	go run ./examples/golden -dictionary > testdata/golden/README.md   # the Chinese dictionary of kinds, fields and codes
//
// -html and -export-xlsx write where they are told; a bare file name
// (report.html) goes to a new temporary folder, whose path is printed, so
// that nothing is left in the repository: write ./report.html for the
// current folder.
//
// -accept writes the actual output as the new expectation of the named cases
// only (after printing their differences), never of all cases; a case may be
// named by its path, or by its name under -dir (benefits/grade-07 or grade-07).
//
// -write DIR, with -import-xlsx, writes the workbook's rows back as case
// files under DIR (see xlsxwrite.go): a row added in the workbook becomes a
// new file, an edited row updates its file, a row equal to its file leaves
// it as it is; a row that does not read as a case that runs is refused,
// with its sheet, row and column named in Chinese, and the command exits 1.
// -accept with -import-xlsx accepts the named rows (SHEET!ROW, or the case
// name of their file column) and writes them under -write, or -dir.
//
// -import-xlsx reads a workbook within stated bounds (a file of at most 4
// MiB, 16 MiB unzipped, 64 sheets, 10,000 case rows, 1,024 columns, cells
// of 32 KiB, list indexes up to [999]; see importWorkbook): beyond them it
// says, in Chinese, which bound and where (sheet, row, column), and a cell
// it quotes is cut to 32 bytes with anything shaped like an identity
// number masked. An amount a row expects compares with the computed one as
// a decimal: 100212.3 equals 100212.30.
//
// -regulation takes the official text of 沪人社福〔2025〕373号 as plain text:
// the report then quotes the full text of each article a case checks.
//
// It exits with status 1 when a case fails or cannot be run.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhishang/zhishang/examples/internal/cli"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/all" // registers the kinds its cases name
	"github.com/zhishang/zhishang/jsonerr"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// defaultDir is where the golden cases are, from the repository's root.
const defaultDir = "testdata/golden"

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("golden", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", defaultDir, "要运行的用例所在的`目录`（其下所有 *.json 文件）")
	verbose := fs.Bool("v", false, "列出每个用例的计算过程，不只是未通过的")
	asJSON := fs.Bool("json", false, "以 JSON 输出各用例的结果（供程序读取）")
	listKinds := fs.Bool("kinds", false, "列出用例可用的计算种类后退出")
	dictionary := fs.Bool("dictionary", false, "输出 testdata/golden/README.md（计算种类、字段的中文名、错误代码）后退出")
	accept := fs.Bool("accept", false, "把点名的用例（至少一个，写在选项之后）的实际输出写为新的期望")
	htmlOut := fs.String("html", "", "把报告写成一个独立的 HTML `文件`，供打印签字（只写文件名时，写入新建的临时文件夹，并显示其路径）")
	regulation := fs.String("regulation", "", "沪人社福〔2025〕373号正文（UTF-8 纯文本`文件`）：报告引用每条条文的全文")
	exportXLSX := fs.String("export-xlsx", "", "把全部用例写入工作簿`文件`（每种计算一个工作表，每个用例一行；只写文件名时，写入新建的临时文件夹，并显示其路径）")
	importXLSX := fs.String("import-xlsx", "", "把工作簿`文件`的每一行作为用例运行")
	write := fs.String("write", "", "与 -import-xlsx 一起：把工作簿中新增和改动的行写成用例文件，放在`目录`下（通常是 testdata/golden）；与 -accept 一起：接受的行写到哪里（默认 -dir）")
	lang := fs.String("lang", "zh", "文字报告的`语言`：zh 中文（经办人员、政策人员阅读），en 英文（开发人员：PASS/FAIL、expected/got、本库的英文说明）")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "用法：go run ./examples/golden [-v] [-json] [-lang zh|en] [-dir 目录] [-html 文件 [-regulation 文件]] [-export-xlsx 文件 | -import-xlsx 文件 [-write 目录]] [用例.json ...]\n"+
			"      go run ./examples/golden -accept 用例.json ...\n"+
			"      go run ./examples/golden -import-xlsx 文件 [-write 目录] -accept 工作表!行号|用例 ...\n\n"+
			"运行黄金用例（testdata/golden 下每个 *.json 文件一个情形），逐项比对期望输出与本库的实际输出。\n有用例未通过或无法运行时，退出状态为 1。\n\n")
		msg.PrintDefaultsZH(stderr, fs)
	}
	if code, ok := msg.ParseFlags(fs, args, true); !ok { // case files may follow the flags
		return code
	}
	if *lang != "zh" && *lang != "en" {
		fmt.Fprintf(stderr, "golden: -lang 只能是 zh 或 en，这里是 %q\n", *lang)
		fs.Usage()
		return 2
	}
	// The cases are found from the module root too, so that the command runs
	// from its own folder like the other examples.
	*dir = textout.Locate(*dir)
	if *listKinds {
		fmt.Fprintln(stdout, strings.Join(golden.Kinds(), "\n"))
		return 0
	}
	if *dictionary {
		if err := golden.WriteDictionary(stdout, *dir); err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 1
		}
		return 0
	}
	if *write != "" && *importXLSX == "" {
		fmt.Fprintln(stderr, "golden: -write 只与 -import-xlsx 一起使用")
		return 2
	}
	if *accept {
		if *importXLSX != "" {
			target := *dir
			if *write != "" {
				target = textout.Locate(*write)
			}
			return runAcceptRows(*importXLSX, fs.Args(), target, stdout, stderr)
		}
		return runAccept(fs.Args(), *dir, stdout, stderr)
	}
	if *exportXLSX != "" && *importXLSX != "" {
		fmt.Fprintln(stderr, "golden: -export-xlsx 与 -import-xlsx 不能同时使用")
		return 2
	}
	out := cli.Outputs{Prefix: "zhishang-golden-"}
	var outcomes []golden.Outcome
	var rows []rowCase
	switch {
	case *importXLSX != "":
		var err error
		if rows, err = importWorkbookRows(*importXLSX); err != nil {
			fmt.Fprintf(stderr, "golden: %s\n", zhFileError(*importXLSX, err))
			return 1
		}
		outcomes = outcomesOf(rows)
	case fs.NArg() > 0:
		for _, f := range fs.Args() {
			outcomes = append(outcomes, golden.RunFile(textout.Locate(f)))
		}
	default:
		var err error
		if outcomes, err = golden.RunDir(*dir); err != nil {
			fmt.Fprintf(stderr, "golden: %s\n", zhDirError(*dir, err))
			return 1
		}
	}
	if *exportXLSX != "" {
		files := fs.Args()
		if len(files) == 0 {
			var err error
			if files, err = golden.CaseFiles(*dir); err != nil {
				fmt.Fprintf(stderr, "golden: %v\n", err)
				return 1
			}
		}
		path, err := out.File(*exportXLSX)
		if err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 1
		}
		n, err := exportWorkbook(path, files, *dir)
		if err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "golden: 已把 %d 个用例写入工作簿 %s\n", n, path)
	}
	if *htmlOut != "" {
		var articles map[string]string
		if *regulation != "" {
			*regulation = textout.Locate(*regulation)
			text, err := cli.ReadFile(*regulation, jsonerr.MaxBytes)
			if err != nil {
				fmt.Fprintf(stderr, "golden: %s（规程正文：沪人社福〔2025〕373号的纯文本，UTF-8 编码）\n", zhFileError(*regulation, err))
				return 1
			}
			if !utf8.Valid(text) {
				fmt.Fprintf(stderr, "golden: 规程正文文件 %s 不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8\n", *regulation)
				return 1
			}
			if articles = parseArticles(string(text)); len(articles) == 0 {
				fmt.Fprintf(stderr, "golden: 在 %s 中找不到任何条（行首的“第…条”）：应是沪人社福〔2025〕373号的纯文本\n", *regulation)
				return 1
			}
		}
		opt := reportOptions{Full: *verbose || fs.NArg() > 0,
			Generated: time.Now().In(time.FixedZone("CST", 8*3600)).Format("2006-01-02 15:04（北京时间）")}
		path, err := out.File(*htmlOut)
		if err == nil {
			err = writeHTMLFile(path, outcomes, articles, opt)
		}
		if err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "golden: 报告已写入 %s\n", path)
	}
	failed := 0
	if *asJSON {
		for _, o := range outcomes {
			if !o.Pass {
				failed++
			}
		}
		if err := cli.WriteJSON(stdout, outcomes); err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 1
		}
	} else if *lang == "en" {
		failed = golden.ReportEN(stdout, outcomes, *verbose)
	} else {
		failed = golden.Report(stdout, outcomes, *verbose)
	}
	if *write != "" {
		fmt.Fprintln(stdout)
		ws := writeRows(rows, textout.Locate(*write), nil)
		refused := printWrites(stdout, ws)
		var paths []string
		for _, w := range ws {
			if w.Action == actionNew || w.Action == actionUpdated {
				paths = append(paths, w.Path)
			}
		}
		if acceptExplanations(stdout, stderr, paths) > 0 || refused > 0 {
			return 1
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// runAcceptRows accepts the actual output of each named row of a workbook
// as its expectation, and writes the row as a case file under dir.
func runAcceptRows(book string, names []string, dir string, stdout, stderr io.Writer) int {
	if len(names) == 0 {
		fmt.Fprintln(stderr, "golden: -accept 需要点名要接受的行（工作表!行号，或用例名），不会一次接受全部行")
		return 2
	}
	rows, err := importWorkbookRows(book)
	if err != nil {
		fmt.Fprintf(stderr, "golden: %s\n", zhFileError(book, err))
		return 1
	}
	code := 0
	accepted := map[int]bool{}
	for _, name := range names {
		idx, err := resolveRows(rows, name, dir)
		if err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			code = 1
			continue
		}
		for _, i := range idx {
			accepted[i] = true
			// The differences first, then the change.
			if o := rows[i].Outcome; !o.Pass && o.Problem == "" {
				fmt.Fprintf(stdout, "%s 与期望不同之处：\n", rowWhere(rows[i]))
				for _, d := range o.Differences {
					fmt.Fprintf(stdout, "      %s\n", d.Chinese(o.Kind))
				}
			}
		}
	}
	if len(accepted) == 0 {
		return code
	}
	var paths []string
	for _, w := range writeRows(rows, dir, accepted) {
		switch w.Action {
		case actionRefused:
			fmt.Fprintf(stderr, "golden: 拒绝 %s\n", w.refusal())
			code = 1
			continue
		case actionUnchanged:
			fmt.Fprintf(stdout, "%s → %s 已通过，无需改动\n", w.Where, w.Path)
		default:
			fmt.Fprintf(stdout, "%s → %s（%s）已接受实际输出为新的期望\n", w.Where, w.Path, w.Action)
		}
		paths = append(paths, w.Path)
	}
	if acceptExplanations(stdout, stderr, paths) > 0 {
		code = 1
	}
	return code
}

// runAccept accepts the actual output of each named case as its expectation.
func runAccept(names []string, dir string, stdout, stderr io.Writer) int {
	if len(names) == 0 {
		fmt.Fprintln(stderr, "golden: -accept 需要点名要接受的用例，不会一次接受全部用例")
		return 2
	}
	code := 0
	var paths []string
	for _, name := range names {
		path, err := resolveCase(name, dir)
		if err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			code = 1
			continue
		}
		// The differences first, then the change (Go's golden-file convention).
		if o := golden.RunFile(path); !o.Pass && o.Problem == "" {
			fmt.Fprintf(stdout, "%s 与期望不同之处：\n", path)
			for _, d := range o.Differences {
				fmt.Fprintf(stdout, "      %s\n", d.Chinese(o.Kind))
			}
		}
		_, changed, err := golden.Accept(path)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "golden: %v\n", err)
			code = 1
			continue
		case !changed:
			fmt.Fprintf(stdout, "%s 已通过，无需改动\n", path)
		default:
			fmt.Fprintf(stdout, "%s 已接受实际输出为新的期望\n", path)
		}
		paths = append(paths, path)
	}
	if acceptExplanations(stdout, stderr, paths) > 0 {
		code = 1
	}
	return code
}

// resolveCase finds a case by its path, or by its name under dir: its
// path relative to dir, or its file name, with or without .json.
func resolveCase(name, dir string) (string, error) {
	if st, err := os.Stat(name); err == nil && !st.IsDir() {
		return name, nil
	}
	want := strings.TrimSuffix(filepath.ToSlash(name), ".json")
	files, err := golden.CaseFiles(dir)
	if err != nil {
		return "", err
	}
	var found []string
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		rel = strings.TrimSuffix(filepath.ToSlash(rel), ".json")
		if rel == want || filepath.Base(rel) == want {
			found = append(found, f)
		}
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("找不到用例“%s”（按路径，或在 %s 下按名称）", name, dir)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("用例名“%s”对应多个文件，请写出路径：%s", name, strings.Join(found, "、"))
}

// zhDirError says in Chinese why the cases' directory gives no case.
func zhDirError(dir string, err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Sprintf("找不到用例目录 %s：请在仓库根目录运行，或用 -dir 指定目录", dir)
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Sprintf("没有权限读取用例目录 %s", dir)
	}
	return fmt.Sprintf("%s 下没有 *.json 用例：请在仓库根目录运行，或用 -dir 指定目录", dir)
}

// zhFileError says in Chinese why a file the user named cannot be used.
func zhFileError(path string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("找不到文件 %s", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("没有权限读取文件 %s", path)
	case strings.Contains(err.Error(), "zip: not a valid zip file"):
		return fmt.Sprintf("%s 不是 .xlsx 工作簿（.xls、.et 或 CSV 请在 Excel/WPS 中另存为 .xlsx）", path)
	}
	return fmt.Sprintf("%s：%v", path, err)
}

// acceptExplanations records, for each case file written or accepted, the
// explanation the code now gives in its folder's explanations.txt (the
// word-for-word record each package's go test compares, issue 19), the
// other cases' records left as they are, and says which files it changed:
// a developer reads their diff before committing. It returns how many
// folders it could not update.
func acceptExplanations(stdout, stderr io.Writer, paths []string) int {
	byDir := map[string][]string{}
	var dirs []string
	for _, p := range paths {
		d := filepath.Dir(p)
		if _, ok := byDir[d]; !ok {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], p)
	}
	sort.Strings(dirs)
	failed := 0
	for _, d := range dirs {
		file := filepath.Join(d, golden.ExplanationsFile)
		before, _ := os.ReadFile(file)
		if err := golden.AcceptExplanations(d, byDir[d]...); err != nil {
			fmt.Fprintf(stderr, "golden: 未能更新说明记录 %s：%v\n", file, err)
			failed++
			continue
		}
		if after, _ := os.ReadFile(file); string(after) != string(before) {
			fmt.Fprintf(stdout, "说明记录已更新：%s（逐字记录这些用例的中英文说明，请核对差异后提交）\n", file)
		}
	}
	return failed
}

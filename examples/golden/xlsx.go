package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/redact"
)

// The workbook: one sheet per kind, one row per case. Row 1 holds the
// Chinese column headers, row 2 each column's path (input.case.grade,
// expect.items[0].amount: the machine reads this row, do not change it),
// row 3 each column's value type (文本, 数字, 是否 or JSON); the cases
// start on row 4. A nested input such as the dependents of a death case is
// flattened to numbered columns (供养亲属1·姓名, 供养亲属2·姓名). An empty
// cell means the field is left out; an empty text is written "".
const (
	rowHeader = 1
	rowPath   = 2
	rowType   = 3
	rowFirst  = 4

	typeText   = "文本"
	typeNumber = "数字"
	typeBool   = "是否"
	typeJSON   = "JSON"

	readmeSheet = "说明"
)

// fixedColumns are the columns every sheet starts with.
var fixedColumns = []struct{ path, header string }{
	{"file", "文件"}, {"title", "标题"}, {"articles", "所检验的条款"}, {"kind", "种类"}, {"note", "备注"},
}

// exportWorkbook writes the cases of files to a workbook at path and
// returns how many it wrote. A file that cannot be read as a case is an
// error: the workbook would silently lack it. So is a workbook
// importWorkbook could not read back (beyond its bounds: more than 1,024
// columns on a sheet, a list index past 999…): it is not written. A file
// under dir is named in the file column by its path under dir
// (benefits/grade-07.json), as -write and -accept find it.
func exportWorkbook(path string, files []string, dir string) (int, error) {
	type row struct {
		file string
		c    golden.Case
		// leaves of input and expect, prefixed input. and expect.
		leaves []golden.Leaf
	}
	byKind := map[string][]row{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return 0, err
		}
		c, err := golden.ParseCase(data)
		if err != nil {
			return 0, fmt.Errorf("%s: %v", file, err)
		}
		name := file
		if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsLocal(rel) {
			name = rel
		}
		r := row{file: filepath.ToSlash(name), c: c}
		for _, part := range []struct {
			name string
			raw  []byte
		}{{"input", c.Input}, {"expect", c.Expect}} {
			ls, err := golden.Flatten(part.raw)
			if err != nil {
				return 0, fmt.Errorf("%s: %s: %v", file, part.name, err)
			}
			for _, l := range ls {
				p := part.name
				if l.Path != "" {
					p += "." + l.Path
				}
				r.leaves = append(r.leaves, golden.Leaf{Path: p, Value: l.Value})
			}
		}
		byKind[c.Kind] = append(byKind[c.Kind], r)
	}
	kindNames := make([]string, 0, len(byKind))
	for k := range byKind {
		kindNames = append(kindNames, k)
	}
	sort.Strings(kindNames)

	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", readmeSheet); err != nil {
		return 0, err
	}
	if err := writeReadmeSheet(f); err != nil {
		return 0, err
	}
	textStyle, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": cells stay text as typed
	if err != nil {
		return 0, err
	}
	headStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, NumFmt: 49,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return 0, err
	}
	metaStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "808080", Size: 8}, NumFmt: 49})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, kind := range kindNames {
		rows := byKind[kind]
		// The columns: the fixed ones, then every path any case of the kind
		// has, in the order first met (input before expect).
		var paths []string
		seen := map[string]bool{}
		values := map[string][]string{}
		for _, r := range rows {
			for _, l := range r.leaves {
				if !seen[l.Path] {
					seen[l.Path] = true
					paths = append(paths, l.Path)
				}
				values[l.Path] = append(values[l.Path], l.Value)
			}
		}
		sort.SliceStable(paths, func(i, j int) bool {
			return strings.HasPrefix(paths[i], "input") && strings.HasPrefix(paths[j], "expect")
		})
		sheet := sheetName(kind)
		if idx, _ := f.GetSheetIndex(sheet); idx >= 0 {
			// Two kinds whose first 31 characters agree would share it.
			return 0, fmt.Errorf("种类 %s 的工作表名“%s”已被另一种类占用", kind, sheet)
		}
		if _, err := f.NewSheet(sheet); err != nil {
			return 0, err
		}
		col := 1
		set := func(c, r int, v string) error {
			cell, err := excelize.CoordinatesToCellName(c, r)
			if err != nil {
				return err
			}
			return f.SetCellStr(sheet, cell, v)
		}
		for _, fc := range fixedColumns {
			if err := set(col, rowHeader, fc.header); err != nil {
				return 0, err
			}
			if err := set(col, rowPath, fc.path); err != nil {
				return 0, err
			}
			col++
		}
		types := map[string]string{}
		for _, p := range paths {
			types[p] = columnType(values[p])
			part, rest, _ := strings.Cut(p, ".")
			header := "输入"
			if part == "expect" {
				header = "期望"
			}
			if rest != "" {
				header += "·" + golden.FieldZH(kind, rest)
			}
			for _, v := range []struct {
				r int
				s string
			}{{rowHeader, header}, {rowPath, p}, {rowType, types[p]}} {
				if err := set(col, v.r, v.s); err != nil {
					return 0, err
				}
			}
			col++
		}
		last, _ := excelize.ColumnNumberToName(col - 1)
		if err := f.SetColStyle(sheet, "A:"+last, textStyle); err != nil {
			return 0, err
		}
		if err := f.SetRowStyle(sheet, rowHeader, rowHeader, headStyle); err != nil {
			return 0, err
		}
		if err := f.SetRowStyle(sheet, rowPath, rowType, metaStyle); err != nil {
			return 0, err
		}
		if err := f.SetColWidth(sheet, "A", last, 16); err != nil {
			return 0, err
		}
		if err := f.SetColWidth(sheet, "B", "B", 50); err != nil {
			return 0, err
		}
		colOf := map[string]int{}
		for i, p := range paths {
			colOf[p] = len(fixedColumns) + 1 + i
		}
		for i, r := range rows {
			rn := rowFirst + i
			fixed := []string{r.file, r.c.Title, strings.Join(r.c.Articles, "、"), r.c.Kind, r.c.Note}
			for c, v := range fixed {
				if err := set(c+1, rn, v); err != nil {
					return 0, err
				}
			}
			for _, l := range r.leaves {
				if err := set(colOf[l.Path], rn, cellText(types[l.Path], l.Value)); err != nil {
					return 0, err
				}
			}
			n++
		}
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: rowType,
			TopLeftCell: "C4", ActivePane: "bottomRight"}); err != nil {
			return 0, err
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return 0, err
	}
	if err := checkReadable(buf.Bytes()); err != nil {
		return 0, fmt.Errorf("工作簿未写出：导入时读不回来（%w）", err)
	}
	return n, os.WriteFile(path, buf.Bytes(), 0o644)
}

// checkReadable checks a workbook's bytes against importWorkbook's bounds,
// running nothing.
func checkReadable(data []byte) error {
	f, err := openWorkbookBytes(data)
	if err != nil {
		return err
	}
	defer f.Close()
	list := f.GetSheetList()
	if len(list) > maxSheets {
		return &limitError{What: "工作表的个数", Got: int64(len(list)), Limit: maxSheets}
	}
	caseRows := 0
	for _, sheet := range list {
		if sheet == readmeSheet {
			continue
		}
		var header, paths []string
		err := eachRow(f, sheet, func(rn int, cells []string) error {
			switch {
			case rn == rowHeader:
				header = cells
			case rn == rowPath:
				paths = cells
			case rn == rowType:
				return checkColumns(sheet, header, paths, cells)
			case !isBlank(cells):
				if caseRows++; caseRows > maxCaseRows {
					return &rowError{Sheet: sheet, Row: rn, Err: &limitError{What: "工作簿的用例行数", Limit: maxCaseRows}}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func writeReadmeSheet(f *excelize.File) error {
	lines := []string{
		"职业伤害保障黄金用例（golden cases）工作簿",
		"每个工作表是一种计算（种类），每一行是一个用例。",
		"第1行：中文列名；第2行：字段路径（程序据此读取，请勿修改）；第3行：值的类型（文本、数字、是否、JSON）；用例从第4行开始。",
		"新增用例：复制一行，修改输入和期望。单元格留空表示不填该字段；空文本请写 \"\"。",
		"条款写成“第十四条、第二十一条”。是否列填 true / false（或 是 / 否）。",
		"运行：go run ./examples/golden -import-xlsx 本文件.xlsx [-html 报告.html]",
		"写回用例文件（开发人员合并）：go run ./examples/golden -import-xlsx 本文件.xlsx -write testdata/golden —— 新增的行写成新文件，改动的行更新其文件，读不了的行按行、列拒绝；“文件”列为空的行是新用例。",
		"接受本库的实际输出为某行的期望：go run ./examples/golden -import-xlsx 本文件.xlsx -accept 'benefits.award!5'（工作表!行号，或“文件”列的用例名）。",
		"有多项的输入（如供养亲属）展开为带编号的列：供养亲属1·姓名、供养亲属2·姓名……；需要更多项时，照样增加列并在第2、3行写明路径和类型。",
	}
	for i, l := range lines {
		if err := f.SetCellStr(readmeSheet, "A"+strconv.Itoa(i+1), l); err != nil {
			return err
		}
	}
	return f.SetColWidth(readmeSheet, "A", "A", 120)
}

// sheetName is a kind's sheet: Excel allows 31 characters and no : \ / ? * [ ].
func sheetName(kind string) string {
	s := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, kind)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

// columnType is the type of a column whose cells hold values (JSON text).
func columnType(values []string) string {
	t := ""
	for _, v := range values {
		var vt string
		switch {
		case v == "true" || v == "false":
			vt = typeBool
		case v != "" && v[0] == '"':
			vt = typeText
		case v != "" && (v[0] == '-' || (v[0] >= '0' && v[0] <= '9')):
			vt = typeNumber
		default:
			return typeJSON
		}
		if t != "" && t != vt {
			return typeJSON
		}
		t = vt
	}
	if t == "" {
		return typeJSON
	}
	return t
}

// cellText writes a value (JSON text) into a cell of a column of type t.
func cellText(t, v string) string {
	if t == typeText {
		var s string
		if json.Unmarshal([]byte(v), &s) == nil && s != "" {
			return s
		}
		return `""`
	}
	return v
}

// Bounds of importWorkbook. Each is checked before what it bounds is
// allocated (a row's cells excepted: see eachRow) and refused with a
// *limitError, placed in a *rowError when it is met inside a sheet. The
// shipped cases (318 cases on 35 sheets, at most 154 columns, list items
// up to [12], cells up to 525 bytes, paths up to 72 bytes; a file of 100
// KB in 45 parts, 0.6 MB unzipped, 6,500 XML elements outside the sheets)
// are far inside them.
const (
	// maxWorkbookBytes bounds the .xlsx file, read whole.
	maxWorkbookBytes = 4 << 20
	// maxParts bounds the parts (files) in it.
	maxParts = 1024
	// maxUnzipBytes bounds its parts unzipped, in all, counted as they
	// unzip (a zip header's sizes are not trusted): a zip bomb (a small
	// file whose sheet unzips to gigabytes) stops there. excelize's
	// UnzipSizeLimit is set to it too, and UnzipXMLSizeLimit, so that no
	// part goes to a temporary file.
	maxUnzipBytes = 16 << 20
	// maxElements bounds the XML elements of the parts other than the
	// sheets (shared strings, styles, the workbook, relationships), which
	// excelize parses whole at about 200 bytes an element; a sheet is read
	// row by row.
	maxElements = 200000
	// maxSheets bounds the sheets (the 说明 sheet included).
	maxSheets = 64
	// maxRowNumber is Excel's last row: a row numbered past it is refused
	// (an empty row costs nothing, but reaching row 2,000,000,000 would
	// cost seconds).
	maxRowNumber = excelize.TotalRows
	// maxCaseRows bounds the case rows of all the sheets together: one
	// outcome is kept for each.
	maxCaseRows = 10000
	// maxColumns bounds a row's cells: columns A to AMJ.
	maxColumns = 1024
	// maxCellBytes bounds a cell's text.
	maxCellBytes = 32 << 10
	// maxPathBytes bounds a column's path (row 2).
	maxPathBytes = 256
	// maxListIndex bounds a list index in a path (dependents[999]); the
	// indexes of a list must also follow on from [0] over the sheet's
	// columns, so a row's list never has more items than the sheet has
	// columns.
	maxListIndex = 999
	// maxNumberBytes bounds a 数字 cell.
	maxNumberBytes = 40
)

// errCorrupt is wrapped by the error for a workbook that is not what Excel
// writes: a part that is not well-formed UTF-8 XML, two parts of one name,
// a part that does not unzip to its stated size, a cell reference that is
// none, a shared string that is not there.
var errCorrupt = errors.New("工作簿已损坏")

// What an error may quote of the workbook: at most maxEcho bytes of a cell,
// maxEchoName of a sheet name or a column's header, maxProblem of a whole
// problem (which may quote the library's message); longer text is cut at a
// character boundary and ends with "…", and anything shaped like an
// identity number is masked (第七十九条: the worker's information is kept
// confidential; an identity number typed into the wrong cell must not reach
// a report or a log).
const (
	maxEcho     = 32
	maxEchoName = 96
	maxProblem  = 2048
)

// echo is a cell as an error quotes it: bound, with every byte that is not
// UTF-8 and every character that does not print (a control character a
// terminal would obey, a line break) replaced by U+FFFD.
func echo(s string) string {
	if limit := 4*maxEcho + 72; len(s) > limit {
		s = s[:limit]
	}
	return bound(redact.Printable(s), maxEcho)
}

// echoName is a sheet's, a header's, a part's or a file's name as an
// error quotes it: echo's treatment, at most maxEchoName bytes.
func echoName(s string) string {
	if limit := 4*maxEchoName + 72; len(s) > limit {
		s = s[:limit]
	}
	return bound(redact.Printable(s), maxEchoName)
}

// bound is s masked (redact.Mask, the library's one rule of what is shaped
// like an identity number: a run of 15 or more digits, or 14 or 17 and X,
// ASCII or full width) and cut to at most n bytes and "…".
func bound(s string, n int) string {
	// Only what may be shown is masked: an identity number starting before
	// byte n ends before n+54 (18 full-width characters).
	if limit := 4*n + 72; len(s) > limit {
		s = s[:limit]
	}
	s = redact.Mask(s)
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// cellValue reads a cell of a column of type t back as JSON text. Its
// error quotes the cell through echo.
func cellValue(t, s string) (string, error) {
	switch t {
	case typeText:
		if s == `""` {
			return `""`, nil
		}
		b, _ := json.Marshal(s)
		return string(b), nil
	case typeNumber:
		if !isJSONNumber(s) {
			return "", fmt.Errorf("应为数字，这里是“%s”", echo(s))
		}
		return s, nil
	case typeBool:
		switch strings.ToLower(s) {
		case "true", "是":
			return "true", nil
		case "false", "否":
			return "false", nil
		}
		return "", fmt.Errorf("应为 true 或 false（是 或 否），这里是“%s”", echo(s))
	case typeJSON:
		if !json.Valid([]byte(s)) {
			return "", fmt.Errorf("应为 JSON，这里是“%s”", echo(s))
		}
		return s, nil
	}
	return "", fmt.Errorf("第%d行的类型“%s”不认识（应为 文本、数字、是否 或 JSON）", rowType, echo(t))
}

// isJSONNumber reports whether s is a JSON number of at most
// maxNumberBytes bytes, with an exponent of at most three digits (as Excel
// writes 1.23456789012346E+16). No float64 is involved.
func isJSONNumber(s string) bool {
	if len(s) == 0 || len(s) > maxNumberBytes {
		return false
	}
	i := 0
	if s[i] == '-' {
		i++
	}
	digits := func() int {
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - j
	}
	switch n := digits(); {
	case n == 0, n > 1 && s[i-n] == '0':
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if n := digits(); n == 0 || n > 3 {
			return false
		}
	}
	return i == len(s)
}

// rowError is an error placed in the workbook: the sheet, the row (0 when
// the whole sheet is concerned) and the column (0 when the whole row is).
// Sheet and Header are quoted through bound.
type rowError struct {
	Sheet  string
	Row    int
	Column int
	Header string
	Err    error
}

func (e *rowError) Error() string {
	where := ""
	if e.Sheet != "" {
		where = "工作表“" + echoName(e.Sheet) + "”"
	}
	if e.Row > 0 {
		where += fmt.Sprintf("第%d行", e.Row)
	}
	if e.Column > 0 {
		name, err := excelize.ColumnNumberToName(e.Column)
		if err != nil {
			name = strconv.Itoa(e.Column)
		}
		where += "第" + name + "列"
		if e.Header != "" {
			where += "（" + echoName(e.Header) + "）"
		}
	}
	why := "无法读取"
	if e.Err != nil {
		why = e.Err.Error()
	}
	if where == "" {
		return why
	}
	return where + "：" + why
}

func (e *rowError) Unwrap() error { return e.Err }

// limitError is a workbook beyond one of importWorkbook's bounds: What (in
// Chinese) is Got (0 when not counted), more than Limit.
type limitError struct {
	What  string
	Got   int64
	Limit int64
}

func (e *limitError) Error() string {
	if e.Got > 0 {
		return fmt.Sprintf("%s为 %d，超过上限 %d", e.What, e.Got, e.Limit)
	}
	return fmt.Sprintf("%s超过上限 %d", e.What, e.Limit)
}

var errNoCaseSheet = errors.New("工作簿中没有用例工作表（第2行应为列路径 file、title……）")

// importWorkbook reads every case row of the workbook at path and runs it.
// A row that cannot be read is an outcome that does not pass, its problem
// naming the sheet, row and column; the other rows still run. An amount a
// row expects compares with the computed one as a decimal (100212.3 equals
// 100212.30: a cell Excel holds as a number loses its trailing zeros).
//
// Its bounds are the constants above. The file, its parts, their unzipped
// size and XML elements, the number of sheets and of case rows are checked
// for the whole workbook, and so is its XML being well formed (errCorrupt):
// beyond them importWorkbook returns the error and no outcome. Inside a
// sheet (a row past Excel's last, a cell past column AMJ or longer than 32
// KiB, a row excelize cannot read) the sheet stops there with one outcome
// that does not pass, naming the sheet, row and column and saying that the
// rows after it were not read; a path too long, or whose list index is too
// high, makes each case row of its sheet such an outcome. The other sheets
// still run.
//
// Memory: the file (at most 4 MiB, held twice: read here, copied by
// excelize), its parts unzipped (at most 16 MiB), the parts other than the
// sheets parsed whole (at most 200,000 elements, about 200 bytes each),
// one row at a time, and one outcome per case row. On the adversarial
// workbooks of TestWorkbookImportMemoryIsBounded (a list index in the
// billions, a row touching XFD on each of 100,000 rows, a zip bomb
// unzipping to 64 MiB, 200,000 elements of tiny shared strings) the heap
// peaks below 4, 24, 8 and 64 MiB (measured: 0.1, 14, 0.6 and 36 MiB).
//
// Time: linear in the unzipped bytes (an XML part is unzipped three times,
// twice by scanWorkbook and once by excelize, and its XML read twice),
// plus at most 1,048,576 steps over empty rows a sheet (about 10 ms), plus
// running each case.
func importWorkbook(path string) ([]golden.Outcome, error) {
	rows, err := importWorkbookRows(path)
	return outcomesOf(rows), err
}

// rowCase is one case row of a workbook as importWorkbookRows reads it:
// where it is, the file it was exported from, its outcome and, when the
// row reads as a case that runs, the case (its expectation written as the
// library writes decimals: see asDecimals). A problem met for a whole sheet
// is a rowCase with Row 0 and no case.
type rowCase struct {
	Sheet   string
	Row     int
	File    string // the file column: "" for a row added in the workbook
	Case    *golden.Case
	Outcome golden.Outcome
}

func outcomesOf(rows []rowCase) []golden.Outcome {
	if rows == nil {
		return nil
	}
	out := make([]golden.Outcome, len(rows))
	for i, r := range rows {
		out[i] = r.Outcome
	}
	return out
}

// importWorkbookRows is importWorkbook, row by row.
func importWorkbookRows(path string) ([]rowCase, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxWorkbookBytes+1))
	if err != nil {
		return nil, err
	}
	out, err := importRows(filepath.Base(path), data)
	if errors.Is(err, errNoCaseSheet) {
		err = fmt.Errorf("%s: %w", path, err)
	}
	return out, err
}

// importData is importWorkbook on the workbook's bytes, named base.
func importData(base string, data []byte) ([]golden.Outcome, error) {
	rows, err := importRows(base, data)
	return outcomesOf(rows), err
}

// importRows is importWorkbookRows on the workbook's bytes, named base.
func importRows(base string, data []byte) (out []rowCase, err error) {
	defer func() {
		if r := recover(); r != nil { // excelize, on a workbook it did not expect
			out, err = nil, fmt.Errorf("%s：%w：%s", base, errCorrupt, bound(fmt.Sprint(r), 120))
		}
	}()
	f, err := openWorkbookBytes(data)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list := f.GetSheetList()
	if len(list) > maxSheets {
		return nil, &limitError{What: "工作表的个数", Got: int64(len(list)), Limit: maxSheets}
	}
	sheets, caseRows := 0, 0
	for _, sheet := range list {
		if sheet == readmeSheet {
			continue
		}
		got, counts, err := importSheet(f, base, sheet, &caseRows)
		if err != nil {
			return nil, err
		}
		if counts {
			sheets++
		}
		out = append(out, got...)
	}
	if sheets == 0 {
		return nil, errNoCaseSheet
	}
	return out, nil
}

// openWorkbookBytes opens a workbook's bytes within the bounds: they are
// checked (at most maxWorkbookBytes) and scanned (scanWorkbook) before
// excelize sees them.
func openWorkbookBytes(data []byte) (*excelize.File, error) {
	if len(data) > maxWorkbookBytes {
		return nil, &limitError{What: "工作簿文件的字节数", Limit: maxWorkbookBytes}
	}
	if err := scanWorkbook(data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipBytes, UnzipXMLSizeLimit: maxUnzipBytes})
	if err != nil {
		if f != nil {
			f.Close()
		}
		return nil, err
	}
	return f, nil
}

// scanWorkbook unzips every part of the workbook data, counting, and
// refuses what is beyond maxParts or maxUnzipBytes; then reads each XML
// part once more and refuses what is beyond maxElements, and what excelize
// would misread in silence: a part that is not well-formed XML (excelize's
// row reader stops at the first XML error as if the sheet ended there, and
// the rows after it would vanish), or two parts of one name (excelize keeps
// the last). Unzipping is cheap: a zip bomb is refused before any XML is
// read.
func scanWorkbook(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	if len(zr.File) > maxParts {
		return &limitError{What: "工作簿中的部件（文件）数", Got: int64(len(zr.File)), Limit: maxParts}
	}
	unzipErr := func(zf *zip.File, err error) error {
		return fmt.Errorf("%w：部件 %s 无法解压（%s）", errCorrupt, echoName(zf.Name), bound(err.Error(), 120))
	}
	names := make(map[string]bool, len(zr.File))
	var unzipped int64
	for _, zf := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))
		if names[name] {
			return fmt.Errorf("%w：部件 %s 出现了两次", errCorrupt, echoName(zf.Name))
		}
		names[name] = true
		rc, err := zf.Open()
		if err != nil {
			return unzipErr(zf, err)
		}
		n, err := io.Copy(io.Discard, io.LimitReader(rc, maxUnzipBytes-unzipped+1))
		rc.Close()
		if err != nil {
			return unzipErr(zf, err)
		}
		if unzipped += n; unzipped > maxUnzipBytes {
			return &limitError{What: "工作簿解压后的字节数（可能是“压缩炸弹”）", Limit: maxUnzipBytes}
		}
	}
	var elements int64
	for _, zf := range zr.File {
		name := strings.ToLower(zf.Name)
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		sheet := strings.HasPrefix(strings.ReplaceAll(name, "\\", "/"), "xl/worksheets/sheet")
		rc, err := zf.Open()
		if err != nil {
			return unzipErr(zf, err)
		}
		d := xml.NewDecoder(rc)
		d.CharsetReader = func(label string, _ io.Reader) (io.Reader, error) {
			return nil, fmt.Errorf("编码 %s 不是 UTF-8", bound(label, maxEcho))
		}
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				rc.Close()
				return fmt.Errorf("%w：其中的 %s 不是完好的 XML（%s）", errCorrupt, echoName(zf.Name), bound(err.Error(), 120))
			}
			if _, ok := tok.(xml.StartElement); ok && !sheet {
				if elements++; elements > maxElements {
					rc.Close()
					return &limitError{What: "工作簿中工作表以外的 XML 元素数", Limit: maxElements}
				}
			}
		}
		rc.Close()
	}
	return nil
}

// importSheet reads one sheet's rows and runs its cases; counts says
// whether the sheet holds cases (or should: a sheet whose path row is gone).
// Its error is only for the whole workbook (too many case rows).
func importSheet(f *excelize.File, base, sheet string, caseRows *int) (out []rowCase, counts bool, fatal error) {
	sheetLabel := fmt.Sprintf("%s 工作表“%s”", base, echoName(sheet))
	var header, paths, types []string
	isCases, nonEmpty := false, false
	var colErr error
	err := eachRow(f, sheet, func(rn int, cells []string) error {
		blank := isBlank(cells)
		nonEmpty = nonEmpty || !blank
		switch rn {
		case rowHeader:
			header = cells
		case rowPath:
			paths = cells
		case rowType:
			types = cells
			if isCases = len(paths) > 0 && strings.TrimSpace(paths[0]) == "file"; isCases {
				colErr = checkColumns(sheet, header, paths, types)
			}
		}
		if rn < rowFirst || !isCases || blank {
			return nil
		}
		if *caseRows++; *caseRows > maxCaseRows {
			fatal = &rowError{Sheet: sheet, Row: rn, Err: &limitError{What: "工作簿的用例行数", Limit: maxCaseRows}}
			return fatal
		}
		label := fmt.Sprintf("%s第%d行", sheetLabel, rn)
		rc := rowCase{Sheet: sheet, Row: rn}
		if colErr != nil {
			rc.Outcome = golden.Outcome{File: label, Problem: problemText(colErr)}
			out = append(out, rc)
			return nil
		}
		o, c, file, err := runRow(sheet, rn, header, paths, types, cells, label)
		if err != nil {
			o = golden.Outcome{File: label, Problem: problemText(err)}
		}
		rc.Outcome, rc.File = o, file
		if o.Problem == "" {
			rc.Case = c
		}
		out = append(out, rc)
		return nil
	})
	if fatal != nil {
		return nil, true, fatal
	}
	if err != nil {
		// A bound met, or a row excelize cannot read: the sheet stops here.
		return append(out, rowCase{Sheet: sheet, Outcome: golden.Outcome{File: sheetLabel,
			Problem: problemText(err) + "；本表其后的行未读取，请修正后再导入"}}), true, nil
	}
	if !isCases && nonEmpty {
		// A sheet whose path row is gone (deleted, or sorted into the
		// cases): its cases cannot be read, and must not vanish.
		return []rowCase{{Sheet: sheet, Outcome: golden.Outcome{File: sheetLabel,
			Problem: fmt.Sprintf("工作表“%s”第%d行应是列路径行（file、title、articles……），第%d行是类型行：这两行被删除或排序打乱了，本表的用例无法读取（请从导出的工作簿中复制回这两行）", echoName(sheet), rowPath, rowType)}}}, true, nil
	}
	return out, isCases, nil
}

// problemText is an error as an outcome's problem: bounded and masked.
func problemText(err error) string { return bound(err.Error(), maxProblem) }

func isBlank(cells []string) bool {
	for _, v := range cells {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// eachRow calls fn with each row of sheet, numbered from 1 (an empty row
// too), within the bounds: a row numbered past maxRowNumber, a cell past
// column maxColumns or longer than maxCellBytes stops it with a *rowError
// wrapping a *limitError, and so does a row excelize cannot read (a cell
// reference that is none, a shared string that is not there) with a
// *rowError saying so, and fn's own error. excelize pads a row with empty
// cells up to its last one, so a row past AMJ is refused once read: at
// most 16,384 cells (XFD), 256 KiB, and only one such row is ever read.
func eachRow(f *excelize.File, sheet string, fn func(rn int, cells []string) error) (err error) {
	rn := 0
	defer func() {
		if r := recover(); r != nil { // excelize, on a cell it did not expect
			err = &rowError{Sheet: sheet, Row: rn, Err: fmt.Errorf("这一行无法读取（工作簿已损坏？）：%s", bound(fmt.Sprint(r), 120))}
		}
	}()
	rows, err := f.Rows(sheet)
	if err != nil {
		return &rowError{Sheet: sheet, Err: fmt.Errorf("无法读取此工作表：%s", bound(err.Error(), 120))}
	}
	defer rows.Close()
	for rows.Next() {
		if rn++; rn > maxRowNumber {
			return &rowError{Sheet: sheet, Row: rn, Err: &limitError{What: "行号（Excel 的最后一行是 1048576）", Limit: maxRowNumber}}
		}
		cells, err := rows.Columns()
		if err != nil {
			return &rowError{Sheet: sheet, Row: rn, Err: fmt.Errorf("这一行无法读取（工作簿已损坏？）：%s", bound(err.Error(), 120))}
		}
		if len(cells) > maxColumns {
			return &rowError{Sheet: sheet, Row: rn, Column: len(cells),
				Err: &limitError{What: "这一行的列数（最多到 AMJ 列）", Got: int64(len(cells)), Limit: maxColumns}}
		}
		for i, c := range cells {
			if len(c) > maxCellBytes {
				return &rowError{Sheet: sheet, Row: rn, Column: i + 1,
					Err: &limitError{What: "单元格的字节数", Got: int64(len(c)), Limit: maxCellBytes}}
			}
		}
		if err := fn(rn, cells); err != nil {
			return err
		}
	}
	return rows.Error()
}

// checkColumns checks a sheet's path and type rows once, before any case
// row is read: each path known, written once, at most maxPathBytes, its
// list indexes written [n] with n at most maxListIndex and following on
// from [0] over the sheet's columns, and each input or expect column's
// type known. Its error is a *rowError.
func checkColumns(sheet string, header, paths, types []string) error {
	cell := func(r []string, i int) string {
		if i < len(r) {
			return strings.TrimSpace(r[i])
		}
		return ""
	}
	seen := map[string]bool{}
	// the columns of each list index: lists["input.case.death.dependents"][1] = 7
	lists := map[string]map[int]int{}
	for i, p := range paths {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		e := func(err error) error {
			return &rowError{Sheet: sheet, Row: rowPath, Column: i + 1, Header: cell(header, i), Err: err}
		}
		if len(p) > maxPathBytes {
			return e(&limitError{What: "列路径的字节数", Got: int64(len(p)), Limit: maxPathBytes})
		}
		switch {
		case seen[p]:
			return e(fmt.Errorf("路径 %s 出现了两次", echo(p)))
		case p == "file" || p == "title" || p == "articles" || p == "kind" || p == "note":
		case p == "input" || p == "expect" || strings.HasPrefix(p, "input.") || strings.HasPrefix(p, "expect."):
			if err := pathIndexes(p, i+1, lists); err != nil {
				return e(err)
			}
			switch t := cell(types, i); t {
			case typeText, typeNumber, typeBool, typeJSON:
			default:
				return &rowError{Sheet: sheet, Row: rowType, Column: i + 1, Header: cell(header, i),
					Err: fmt.Errorf("类型“%s”不认识（应为 文本、数字、是否 或 JSON）", echo(t))}
			}
		default:
			return e(fmt.Errorf("不认识的列路径“%s”（应为 file、title、articles、kind、note，或以 input. / expect. 开头）", echo(p)))
		}
		seen[p] = true
	}
	// Each list's indexes follow on from [0]: reported at the first column
	// past a missing one, in the order of the columns.
	var gap *rowError
	for list, cols := range lists {
		for n := range len(cols) {
			if _, ok := cols[n]; ok {
				continue
			}
			// cols has len(cols) indexes, n is not one: one is past n.
			first := 0
			for idx, c := range cols {
				if idx > n && (first == 0 || c < first) {
					first = c
				}
			}
			if gap == nil || first < gap.Column {
				gap = &rowError{Sheet: sheet, Row: rowPath, Column: first, Header: cell(header, first-1),
					Err: fmt.Errorf("列表 %s 缺少序号 [%d] 的列（序号应从 [0] 起连续）", echoName(list), n)}
			}
			break
		}
	}
	if gap != nil {
		return gap
	}
	return nil
}

// pathIndexes checks the list indexes of path p (of column col) and
// records them in lists.
func pathIndexes(p string, col int, lists map[string]map[int]int) error {
	for i := 0; i < len(p); i++ {
		if p[i] == ']' {
			return fmt.Errorf("路径 %s 中的 ] 没有对应的 [", echo(p))
		}
		if p[i] != '[' {
			continue
		}
		j := strings.IndexByte(p[i:], ']')
		if j < 0 {
			return fmt.Errorf("路径 %s 缺少 ]", echo(p))
		}
		digits := p[i+1 : i+j]
		switch {
		case digits == "":
			return fmt.Errorf("路径 %s 缺少列表序号（应写 [0]、[1]……）", echo(p))
		case strings.Trim(digits, "0123456789") != "" || len(digits) > 1 && digits[0] == '0':
			return fmt.Errorf("路径中的序号“%s”不是非负整数", echo(digits))
		case len(digits) > 3:
			return &limitError{What: "列表序号 [" + echo(digits) + "] ", Limit: maxListIndex}
		}
		n, _ := strconv.Atoi(digits)
		if n > maxListIndex {
			return &limitError{What: "列表序号", Got: int64(n), Limit: maxListIndex}
		}
		list := p[:i]
		if lists[list] == nil {
			lists[list] = map[int]int{}
		}
		if _, ok := lists[list][n]; !ok {
			lists[list][n] = col
		}
		i += j
	}
	return nil
}

// parseRow reads one case row as a case file's JSON, and the file it was
// exported from (the file column). Its error is a *rowError. A value in a
// column without a path is an error: it would be lost.
func parseRow(sheet string, rn int, header, paths, types, r []string) ([]byte, string, error) {
	get := func(row []string, i int) string {
		if i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	var c struct {
		Title    string          `json:"title"`
		Articles []string        `json:"articles"`
		Kind     string          `json:"kind"`
		Note     string          `json:"note,omitempty"`
		Input    json.RawMessage `json:"input,omitempty"`
		Expect   json.RawMessage `json:"expect,omitempty"`
	}
	for i := range r {
		if get(r, i) != "" && get(paths, i) == "" {
			return nil, "", &rowError{Sheet: sheet, Row: rn, Column: i + 1, Header: get(header, i),
				Err: fmt.Errorf("这一列的第%d行没有路径，其中的值“%s”不会被读取（请在第%d、%d行写明路径和类型，说明请写在备注列）", rowPath, echo(get(r, i)), rowPath, rowType)}
		}
	}
	var input, expect []golden.Leaf
	file := ""
	for i, p := range paths {
		p = strings.TrimSpace(p)
		v := get(r, i)
		if p == "" || v == "" {
			continue
		}
		switch p {
		case "file":
			file = v
			continue
		case "title":
			c.Title = v
			continue
		case "kind":
			c.Kind = v
			continue
		case "note":
			c.Note = v
			continue
		case "articles":
			c.Articles = strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune("、,，;； \n", r) })
			continue
		}
		jv, err := cellValue(get(types, i), v)
		if err != nil {
			return nil, "", &rowError{Sheet: sheet, Row: rn, Column: i + 1, Header: get(header, i), Err: err}
		}
		part, rest, _ := strings.Cut(p, ".")
		if part == "input" {
			input = append(input, golden.Leaf{Path: rest, Value: jv})
		} else {
			expect = append(expect, golden.Leaf{Path: rest, Value: jv})
		}
	}
	if c.Kind == "" {
		c.Kind = sheet
	}
	for _, part := range []struct {
		leaves []golden.Leaf
		dst    *json.RawMessage
		name   string
	}{{input, &c.Input, "输入"}, {expect, &c.Expect, "期望"}} {
		if len(part.leaves) == 0 {
			continue
		}
		b, err := golden.Unflatten(part.leaves)
		if err != nil {
			return nil, "", &rowError{Sheet: sheet, Row: rn, Err: fmt.Errorf("%s：%s", part.name, bound(err.Error(), 300))}
		}
		*part.dst = b
	}
	data, err := json.Marshal(c)
	if err != nil {
		return nil, "", &rowError{Sheet: sheet, Row: rn, Err: err}
	}
	return data, file, nil
}

// runRow reads one row as a case and runs it. It returns the outcome, the
// case it ran (its expectation's decimals as the library writes them: see
// asDecimals) and the row's file column.
func runRow(sheet string, rn int, header, paths, types, r []string, label string) (golden.Outcome, *golden.Case, string, error) {
	get := func(row []string, i int) string {
		if i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	data, file, err := parseRow(sheet, rn, header, paths, types, r)
	if err != nil {
		return golden.Outcome{}, nil, file, err
	}
	if file != "" {
		label += "（原文件 " + echoName(file) + "）"
	}
	gc, err := golden.ParseCase(data)
	if err != nil {
		var pe *golden.ParseError
		if errors.As(err, &pe) {
			err = errors.New(pe.Msg)
		}
		return golden.Outcome{}, nil, file, &rowError{Sheet: sheet, Row: rn, Err: errors.New(bound(err.Error(), maxProblem/2))}
	}
	// Run a copy that does not carry the JSON made up from the row: a
	// problem is then placed by the row's column, not in that JSON.
	c := golden.Case{Title: gc.Title, Articles: gc.Articles, Kind: gc.Kind, Input: gc.Input, Expect: gc.Expect, Note: gc.Note}
	o, c := asDecimals(label, c, golden.Run(label, c))
	if o.Problem != "" {
		// Name the column whose value (or key) the problem quotes.
		where := fmt.Sprintf("工作表“%s”第%d行", echoName(sheet), rn)
		part := "input."
		if strings.HasPrefix(o.Problem, "expect") {
			part = "expect."
		}
		var cols []string
		var heads []string
		for i, p := range paths {
			v := get(r, i)
			key := p[strings.LastIndexAny(p, ".]")+1:]
			if v != "" && strings.HasPrefix(p, part) && (strings.Contains(o.Problem, "“"+v+"”") || strings.Contains(o.Problem, "“"+key+"”")) {
				name, _ := excelize.ColumnNumberToName(i + 1)
				cols = append(cols, name)
				heads = append(heads, echoName(get(header, i)))
			}
		}
		switch {
		case len(cols) == 1:
			where += "第" + cols[0] + "列（" + heads[0] + "）"
		case len(cols) > 1:
			// The value is in several cells: name them all rather than
			// send the reader to a correct one.
			where += "第" + strings.Join(cols, "、") + "列之一"
		}
		o.Problem = bound(where+"："+o.Problem, maxProblem)
	}
	return o, &c, file, nil
}

// asDecimals compares as decimals the values where an outcome differs only
// in how a decimal is written (100212.3 and 100212.30; issue 19): a cell
// Excel holds as a number shows no trailing zeros, and an amount typed so
// must not fail. Those values of the expectation are rewritten as the
// library wrote them and the case is run again; any other difference
// stays. It returns the outcome and the case run.
func asDecimals(label string, c golden.Case, o golden.Outcome) (golden.Outcome, golden.Case) {
	if o.Pass || o.Problem != "" {
		return o, c
	}
	same := map[string]string{}
	for _, d := range o.Differences {
		if sameDecimal(d.Expected, d.Actual) {
			same[d.Path] = d.Actual
		}
	}
	if len(same) == 0 {
		return o, c
	}
	leaves, err := golden.Flatten([]byte(o.Expected))
	if err != nil {
		return o, c
	}
	for i, l := range leaves {
		if v, ok := same[l.Path]; ok {
			leaves[i].Value = v
		}
	}
	expect, err := golden.Unflatten(leaves)
	if err != nil {
		return o, c
	}
	c.Expect = expect
	return golden.Run(label, c), c
}

// sameDecimal reports whether a and b (JSON texts) are the same plain
// decimal written differently: both strings or both numbers, each
// -?digits(.digits)? of at most maxNumberBytes bytes, equal in value
// (leading zeros of the whole part and trailing zeros of the fraction do
// not count, nor the sign of zero).
func sameDecimal(a, b string) bool {
	if a == b || a == "" || b == "" || (a[0] == '"') != (b[0] == '"') {
		return false
	}
	na, ok1 := normDecimal(a)
	nb, ok2 := normDecimal(b)
	return ok1 && ok2 && na == nb
}

// normDecimal is the plain decimal v (JSON text, a string or a number)
// written shortest: -?whole(.fraction)?, without leading zeros in whole,
// trailing zeros in fraction, or the sign of zero.
func normDecimal(v string) (string, bool) {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		v = v[1 : len(v)-1]
	}
	if len(v) == 0 || len(v) > maxNumberBytes {
		return "", false
	}
	neg := v[0] == '-'
	if neg {
		v = v[1:]
	}
	whole, frac, dot := strings.Cut(v, ".")
	isDigits := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	if !isDigits(whole) || dot && !isDigits(frac) {
		return "", false
	}
	whole = strings.TrimLeft(whole, "0")
	frac = strings.TrimRight(frac, "0")
	if whole == "" {
		whole = "0"
	}
	if frac != "" {
		whole += "." + frac
	}
	if neg && whole != "0" {
		whole = "-" + whole
	}
	return whole, true
}

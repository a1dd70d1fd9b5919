package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zhishang/zhishang/internal/golden"
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
// error: the workbook would silently lack it.
func exportWorkbook(path string, files []string) (int, error) {
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
		r := row{file: filepath.ToSlash(file), c: c}
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
	return n, f.SaveAs(path)
}

func writeReadmeSheet(f *excelize.File) error {
	lines := []string{
		"职业伤害保障黄金用例（golden cases）工作簿",
		"每个工作表是一种计算（种类），每一行是一个用例。",
		"第1行：中文列名；第2行：字段路径（程序据此读取，请勿修改）；第3行：值的类型（文本、数字、是否、JSON）；用例从第4行开始。",
		"新增用例：复制一行，修改输入和期望。单元格留空表示不填该字段；空文本请写 \"\"。",
		"条款写成“第十四条、第二十一条”。是否列填 true / false（或 是 / 否）。",
		"运行：go run ./examples/golden -import-xlsx 本文件.xlsx [-html 报告.html]",
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

// cellValue reads a cell of a column of type t back as JSON text.
func cellValue(t, s string) (string, error) {
	switch t {
	case typeText:
		if s == `""` {
			return `""`, nil
		}
		b, _ := json.Marshal(s)
		return string(b), nil
	case typeNumber:
		if _, err := strconv.ParseFloat(s, 64); err != nil || !json.Valid([]byte(s)) {
			return "", fmt.Errorf("应为数字，这里是“%s”", s)
		}
		return s, nil
	case typeBool:
		switch strings.ToLower(s) {
		case "true", "是":
			return "true", nil
		case "false", "否":
			return "false", nil
		}
		return "", fmt.Errorf("应为 true 或 false（是 或 否），这里是“%s”", s)
	case typeJSON:
		if !json.Valid([]byte(s)) {
			return "", fmt.Errorf("应为 JSON，这里是“%s”", s)
		}
		return s, nil
	}
	return "", fmt.Errorf("第%d行的类型“%s”不认识（应为 文本、数字、是否 或 JSON）", rowType, t)
}

// rowError names the sheet, row and column of a cell that cannot be read.
type rowError struct {
	Sheet  string
	Row    int
	Column int // 0 when the whole row is concerned
	Header string
	Err    error
}

func (e *rowError) Error() string {
	where := fmt.Sprintf("工作表“%s”第%d行", e.Sheet, e.Row)
	if e.Column > 0 {
		name, _ := excelize.ColumnNumberToName(e.Column)
		where += "第" + name + "列"
		if e.Header != "" {
			where += "（" + e.Header + "）"
		}
	}
	return where + "：" + e.Err.Error()
}

func (e *rowError) Unwrap() error { return e.Err }

var errNoCaseSheet = errors.New("工作簿中没有用例工作表（第2行应为列路径 file、title……）")

// importWorkbook reads every case row of the workbook at path and runs it.
// A row that cannot be read is an outcome that does not pass, its problem
// naming the sheet, row and column; the other rows still run.
func importWorkbook(path string) ([]golden.Outcome, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := filepath.Base(path)
	var out []golden.Outcome
	sheets := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, err
		}
		if sheet == readmeSheet {
			continue
		}
		if len(rows) < rowType || len(rows[rowPath-1]) == 0 || strings.TrimSpace(rows[rowPath-1][0]) != "file" {
			// A sheet whose path row is gone (deleted, or sorted into the
			// cases): its cases cannot be read, and must not vanish.
			empty := true
			for _, r := range rows {
				for _, v := range r {
					if strings.TrimSpace(v) != "" {
						empty = false
					}
				}
			}
			if !empty {
				sheets++
				out = append(out, golden.Outcome{File: fmt.Sprintf("%s 工作表“%s”", base, sheet),
					Problem: fmt.Sprintf("工作表“%s”第%d行应是列路径行（file、title、articles……），第%d行是类型行：这两行被删除或排序打乱了，本表的用例无法读取（请从导出的工作簿中复制回这两行）", sheet, rowPath, rowType)})
			}
			continue
		}
		sheets++
		header, paths, types := rows[rowHeader-1], rows[rowPath-1], rows[rowType-1]
		cell := func(r []string, i int) string {
			if i < len(r) {
				return strings.TrimSpace(r[i])
			}
			return ""
		}
		// Check the columns once.
		var colErr error
		seen := map[string]bool{}
		for i, p := range paths {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			e := func(err error) {
				colErr = &rowError{Sheet: sheet, Row: rowPath, Column: i + 1, Header: cell(header, i), Err: err}
			}
			switch {
			case seen[p]:
				e(fmt.Errorf("路径 %s 出现了两次", p))
			case p == "file" || p == "title" || p == "articles" || p == "kind" || p == "note":
			case p == "input" || p == "expect" || strings.HasPrefix(p, "input.") || strings.HasPrefix(p, "expect."):
				switch t := cell(types, i); t {
				case typeText, typeNumber, typeBool, typeJSON:
				default:
					colErr = &rowError{Sheet: sheet, Row: rowType, Column: i + 1, Header: cell(header, i),
						Err: fmt.Errorf("类型“%s”不认识（应为 文本、数字、是否 或 JSON）", t)}
				}
			default:
				e(fmt.Errorf("不认识的列路径“%s”（应为 file、title、articles、kind、note，或以 input. / expect. 开头）", p))
			}
			seen[p] = true
			if colErr != nil {
				break
			}
		}
		for ri := rowFirst - 1; ri < len(rows); ri++ {
			r := rows[ri]
			rn := ri + 1
			empty := true
			for _, v := range r {
				if strings.TrimSpace(v) != "" {
					empty = false
					break
				}
			}
			if empty {
				continue
			}
			label := fmt.Sprintf("%s 工作表“%s”第%d行", base, sheet, rn)
			if colErr != nil {
				out = append(out, golden.Outcome{File: label, Problem: colErr.Error()})
				continue
			}
			o, err := runRow(sheet, rn, header, paths, types, r, label)
			if err != nil {
				o = golden.Outcome{File: label, Problem: err.Error()}
			}
			out = append(out, o)
		}
	}
	if sheets == 0 {
		return nil, fmt.Errorf("%s: %w", path, errNoCaseSheet)
	}
	return out, nil
}

// runRow reads one row as a case and runs it.
func runRow(sheet string, rn int, header, paths, types, r []string, label string) (golden.Outcome, error) {
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
			return golden.Outcome{}, &rowError{Sheet: sheet, Row: rn, Column: i + 1, Header: get(header, i), Err: err}
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
	if file != "" {
		label += "（原文件 " + file + "）"
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
			return golden.Outcome{}, &rowError{Sheet: sheet, Row: rn, Err: fmt.Errorf("%s：%v", part.name, err)}
		}
		*part.dst = b
	}
	data, err := json.Marshal(c)
	if err != nil {
		return golden.Outcome{}, err
	}
	gc, err := golden.ParseCase(data)
	if err != nil {
		var pe *golden.ParseError
		if errors.As(err, &pe) {
			err = errors.New(pe.Msg)
		}
		return golden.Outcome{}, &rowError{Sheet: sheet, Row: rn, Err: err}
	}
	// Run a copy that does not carry the JSON made up from the row: a
	// problem is then placed by the row's column, not in that JSON.
	o := golden.Run(label, golden.Case{Title: gc.Title, Articles: gc.Articles, Kind: gc.Kind, Input: gc.Input, Expect: gc.Expect, Note: gc.Note})
	if o.Problem != "" {
		// Name the column whose value (or key) the problem quotes.
		where := fmt.Sprintf("工作表“%s”第%d行", sheet, rn)
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
				heads = append(heads, get(header, i))
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
		o.Problem = where + "：" + o.Problem
	}
	return o, nil
}

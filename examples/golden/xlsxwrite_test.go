package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zhishang/zhishang/internal/golden"
)

// copyCases copies shipped cases (paths under testdata/golden) into a new
// directory and returns it.
func copyCases(t *testing.T, names ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "golden")
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(shipped, n))
		require.NoError(t, err)
		writeCase(t, dir, n, string(data))
	}
	return dir
}

// snapshot is every file under dir with its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	}))
	return out
}

// book is an exported workbook open for editing, its sheets' columns by path.
type book struct {
	t    *testing.T
	path string
	f    *excelize.File
}

func exportBook(t *testing.T, dir string) *book {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cases.xlsx")
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-dir", dir, "-export-xlsx", path}, &out, &errOut), out.String()+errOut.String())
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return &book{t, path, f}
}

// col is the column of path on sheet, as a letter.
func (b *book) col(sheet, path string) string {
	b.t.Helper()
	rows, err := b.f.GetRows(sheet)
	require.NoError(b.t, err)
	for i, p := range rows[rowPath-1] {
		if p == path {
			name, _ := excelize.ColumnNumberToName(i + 1)
			return name
		}
	}
	b.t.Fatalf("sheet %s has no column %s", sheet, path)
	return ""
}

func (b *book) set(sheet, path string, row int, v string) {
	b.t.Helper()
	require.NoError(b.t, b.f.SetCellStr(sheet, b.col(sheet, path)+itoa(row), v))
}

// copyRow copies row from to row to on sheet.
func (b *book) copyRow(sheet string, from, to int) {
	b.t.Helper()
	cells, err := b.f.GetRows(sheet)
	require.NoError(b.t, err)
	for i, v := range cells[from-1] {
		cell, _ := excelize.CoordinatesToCellName(i+1, to)
		require.NoError(b.t, b.f.SetCellStr(sheet, cell, v))
	}
}

func (b *book) save() {
	b.t.Helper()
	require.NoError(b.t, b.f.Save())
}

// A row added in the workbook becomes a case file the golden runner runs;
// an edited row updates its file; a cell that does not parse is refused,
// named by row and column in Chinese; nothing else changes, and importing
// the same workbook again changes nothing.
func TestWorkbookRowsWrittenAsCaseFiles(t *testing.T) {
	const grade = "benefits/grade-07.json"
	const decl = "calendar/declaration-2024-02-published.json"
	const decl2 = "calendar/declaration-2019-10.json"
	dir := copyCases(t, grade, decl, decl2)
	before := snapshot(t, dir)
	b := exportBook(t, dir)
	const award, declSheet = "benefits.award", "calendar.declaration_deadline"
	rows, err := b.f.GetRows(declSheet)
	require.NoError(t, err)
	require.Len(t, rows, 5, "two calendar rows")
	declRow := 4
	if !strings.HasSuffix(rows[3][0], "2024-02-published.json") {
		declRow = 5
	}
	assert.Equal(t, "benefits/grade-07.json", mustCell(t, b.f, award, "A4"), "the file column is the path under -dir")

	// A new row: a copy of grade 7 under a new title, its file column empty.
	b.copyRow(award, 4, 5)
	b.set(award, "file", 5, "")
	b.set(award, "title", 5, "政策处新增：7级伤残（复制自导出的用例）")
	// An edited row: a new title for the 2024-02 declaration.
	b.set(declSheet, "title", declRow, "2024年2月申报期限（政策处改写的标题）")
	// A bad cell: grade 七.
	b.copyRow(award, 4, 6)
	b.set(award, "file", 6, "")
	b.set(award, "title", 6, "写错的等级")
	b.set(award, "input.case.grade", 6, "七")
	b.save()

	var out, errOut bytes.Buffer
	code := run([]string{"-dir", dir, "-import-xlsx", b.path, "-write", dir}, &out, &errOut)
	s := out.String()
	assert.Equal(t, 1, code, "a refused row fails the command: "+s+errOut.String())
	gradeCol := b.col(award, "input.case.grade")
	assert.Contains(t, s, "拒绝  工作表“benefits.award”第6行第"+gradeCol+"列（输入·待遇案件·伤残等级）：应为数字，这里是“七”")
	assert.Contains(t, s, "工作簿写回用例文件：新增 1，更新 1，未改动 2，拒绝 1")

	after := snapshot(t, dir)
	var added []string
	for name := range after {
		if _, ok := before[name]; !ok && !strings.HasSuffix(name, "/explanations.txt") {
			added = append(added, name)
		}
	}
	require.Len(t, added, 1, "one new case file")
	// The written rows' explanations are recorded word for word beside them,
	// in their packages' folders; the refused row's is not.
	assert.Contains(t, after["benefits/explanations.txt"], "== "+strings.TrimPrefix(added[0], "benefits/")+"\n")
	assert.Contains(t, after["calendar/explanations.txt"], "== "+strings.TrimPrefix(decl, "calendar/")+"\n")
	assert.Equal(t, 1, strings.Count(after["benefits/explanations.txt"], "== "), "only the written row of benefits")
	assert.Regexp(t, `^benefits/award-[0-9a-f]{8}\.json$`, added[0])
	assert.Contains(t, s, "新增  工作表“benefits.award”第5行 → "+filepath.Join(dir, filepath.FromSlash(added[0])))
	assert.Contains(t, after[added[0]], `"title": "政策处新增：7级伤残（复制自导出的用例）"`)
	assert.Contains(t, after[added[0]], `"kind": "benefits.award"`)
	// The edited file: its new title, the rest the same.
	assert.Contains(t, s, "更新  工作表“calendar.declaration_deadline”第"+itoa(declRow)+"行 → "+filepath.Join(dir, filepath.FromSlash(decl)))
	assert.Contains(t, after[decl], `"title": "2024年2月申报期限（政策处改写的标题）"`)
	assert.Equal(t, strings.SplitAfter(before[decl], `"articles"`)[1], strings.SplitAfter(after[decl], `"articles"`)[1])
	// Nothing else changed.
	assert.Equal(t, before[grade], after[grade])
	assert.Equal(t, before[decl2], after[decl2])

	// The golden runner runs the new file, and every case passes.
	out.Reset()
	require.Equal(t, 0, run([]string{"-dir", dir}, &out, &errOut), out.String())
	assert.Contains(t, out.String(), "通过 4，未通过 0")
	assert.Contains(t, out.String(), added[0])

	// Again, the bad row removed: nothing changes.
	require.NoError(t, b.f.RemoveRow(award, 6))
	b.save()
	out.Reset()
	require.Equal(t, 0, run([]string{"-dir", dir, "-import-xlsx", b.path, "-write", dir}, &out, &errOut), out.String())
	assert.Contains(t, out.String(), "新增 0，更新 0，未改动 4，拒绝 0")
	assert.Equal(t, after, snapshot(t, dir))
}

// The shipped cases exported and written back change nothing: every row
// equals its file.
func TestShippedWorkbookWritesBackUnchanged(t *testing.T) {
	b := exportBook(t, shipped)
	rows, err := importWorkbookRows(b.path)
	require.NoError(t, err)
	dir := t.TempDir()
	// Into a copy: the rows' files are found under dir by their file column.
	for _, r := range rows {
		require.NotNil(t, r.Case, r.Outcome.Problem)
		data, err := os.ReadFile(filepath.Join(shipped, filepath.FromSlash(r.File)))
		require.NoError(t, err)
		writeCase(t, dir, r.File, string(data))
	}
	before := snapshot(t, dir)
	ws := writeRows(rows, dir, nil)
	require.Len(t, ws, len(rows))
	for _, w := range ws {
		assert.Equal(t, actionUnchanged, w.Action, "%s %s %s", w.Where, w.Path, w.Reason)
	}
	assert.Equal(t, before, snapshot(t, dir))
}

// An edited expectation alone replaces the file's "expect" only; a row
// whose file column leaves the cases' directory is refused; two new rows of
// one title are not written over each other.
func TestWorkbookRowWriteEdges(t *testing.T) {
	const grade = "benefits/grade-07.json"
	dir := copyCases(t, grade)
	before := snapshot(t, dir)
	b := exportBook(t, dir)
	const award = "benefits.award"
	b.set(award, "expect.one_time_total", 4, "1.00")
	b.copyRow(award, 4, 5)
	b.set(award, "file", 5, "../outside.json")
	b.copyRow(award, 4, 6)
	b.set(award, "file", 6, "")
	b.copyRow(award, 4, 7)
	b.set(award, "file", 7, "")
	b.save()
	rows, err := importWorkbookRows(b.path)
	require.NoError(t, err)
	ws := writeRows(rows, dir, nil)
	require.Len(t, ws, 4)
	assert.Equal(t, actionUpdated, ws[0].Action)
	assert.False(t, ws[0].Pass)
	after := snapshot(t, dir)[grade]
	head := before[grade][:strings.Index(before[grade], `"expect"`)]
	assert.True(t, strings.HasPrefix(after, head), "the file before expect is kept byte for byte")
	assert.Contains(t, after, `"one_time_total": "1.00"`)
	assert.True(t, strings.HasSuffix(after, before[grade][strings.Index(before[grade], `  "note"`)-2:]), "and after it")
	assert.Equal(t, actionRefused, ws[1].Action)
	assert.Contains(t, ws[1].Reason, "“文件”列的 ../outside.json 应是用例目录")
	assert.Equal(t, actionNew, ws[2].Action)
	assert.Equal(t, actionRefused, ws[3].Action)
	assert.Contains(t, ws[3].Reason, "与工作表“benefits.award”第6行写入同一个文件")
	_, err = os.Stat(filepath.Join(filepath.Dir(dir), "outside.json"))
	assert.ErrorIs(t, err, fs.ErrNotExist)
}

// -accept works on rows of a workbook: the named rows' actual output
// becomes their expectation, written to their case files.
func TestAcceptWorkbookRows(t *testing.T) {
	const grade = "benefits/grade-07.json"
	const decl = "calendar/declaration-2024-02-published.json"
	dir := copyCases(t, grade, decl)
	before := snapshot(t, dir)
	b := exportBook(t, dir)
	const award = "benefits.award"
	// The officer changes the grade; the expectation no longer holds.
	b.set(award, "input.case.grade", 4, "8")
	// And adds a row whose expectation is left to the library.
	b.copyRow(award, 4, 5)
	b.set(award, "file", 5, "benefits/grade-09-new.json")
	b.set(award, "title", 5, "9级伤残（期望由本库算出，待复核）")
	b.set(award, "input.case.grade", 5, "9")
	b.save()

	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-dir", dir, "-import-xlsx", b.path, "-accept"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "不会一次接受全部行")
	errOut.Reset()
	assert.Equal(t, 1, run([]string{"-dir", dir, "-import-xlsx", b.path, "-accept", "benefits.award!9"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "工作簿中没有用例行“benefits.award!9”")
	assert.Equal(t, before, snapshot(t, dir))

	out.Reset()
	errOut.Reset()
	code := run([]string{"-dir", dir, "-import-xlsx", b.path, "-accept", "grade-07", "benefits.award!5"}, &out, &errOut)
	require.Equal(t, 0, code, out.String()+errOut.String())
	s := out.String()
	assert.Contains(t, s, "工作表“benefits.award”第4行 与期望不同之处")
	assert.Contains(t, s, "→ "+filepath.Join(dir, "benefits", "grade-07.json")+"（更新）已接受实际输出为新的期望")
	assert.Contains(t, s, "→ "+filepath.Join(dir, "benefits", "grade-09-new.json")+"（新增）已接受实际输出为新的期望")

	after := snapshot(t, dir)
	assert.Equal(t, before[decl], after[decl], "a row not named is not written")
	var names []string
	for n := range after {
		names = append(names, n)
	}
	sort.Strings(names)
	// The two rows' explanations are recorded word for word beside them
	// (the record benefits' go test compares); the calendar row's, not named,
	// is not.
	assert.Equal(t, []string{"benefits/explanations.txt", "benefits/grade-07.json", "benefits/grade-09-new.json", decl}, names)
	assert.Contains(t, after["benefits/explanations.txt"], "== grade-07.json\n")
	assert.Contains(t, after["benefits/explanations.txt"], "== grade-09-new.json\n")
	assert.Contains(t, s, "说明记录已更新："+filepath.Join(dir, "benefits", "explanations.txt"))
	for _, n := range []string{"benefits/grade-07.json", "benefits/grade-09-new.json"} {
		o := golden.RunFile(filepath.Join(dir, filepath.FromSlash(n)))
		assert.True(t, o.Pass, "%s: %s %v", n, o.Problem, o.Differences)
	}
	assert.Contains(t, after["benefits/grade-07.json"], `"grade": 8`)
	assert.NotEqual(t, before["benefits/grade-07.json"], after["benefits/grade-07.json"])

	// -write without -import-xlsx is a usage error.
	assert.Equal(t, 2, run([]string{"-write", dir}, &out, &errOut))
}

func mustCell(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell)
	require.NoError(t, err)
	return v
}

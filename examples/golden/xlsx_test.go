package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/internal/golden"
)

// sheetXML is one sheet of a crafted workbook: its name and the inside of
// its <sheetData>.
type sheetXML struct{ name, data string }

// craftBook writes a minimal .xlsx by hand (excelize refuses to write the
// hostile shapes) and returns its path. sst, when not empty, is the inside
// of xl/sharedStrings.xml's <sst>.
func craftBook(t testing.TB, sheets []sheetXML, sst string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "crafted.xlsx")
	require.NoError(t, os.WriteFile(path, craftZip(sheets, sst), 0o644))
	return path
}

// craftZip is craftBook's bytes. Its parts are stored, not compressed.
func craftZip(sheets []sheetXML, sst string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	put := func(name, body string) {
		w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err == nil {
			_, err = w.Write([]byte(body))
		}
		if err != nil {
			panic(err) // a bytes.Buffer does not fail
		}
	}
	const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
	var types, wb, rels strings.Builder
	for i, s := range sheets {
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, s.name, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
	}
	if sst != "" {
		types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, len(sheets)+1)
	}
	put("[Content_Types].xml", xmlHead+`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`+types.String()+`</Types>`)
	put("_rels/.rels", xmlHead+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", xmlHead+`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`+wb.String()+`</sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", xmlHead+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+rels.String()+`</Relationships>`)
	for i, s := range sheets {
		put(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), xmlHead+`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+s.data+`</sheetData></worksheet>`)
	}
	if sst != "" {
		put("xl/sharedStrings.xml", xmlHead+`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sst+`</sst>`)
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// row is a <row> of inline strings: cells by reference (A1) in order.
func row(n int, cells ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, n)
	for i := 0; i+1 < len(cells); i += 2 {
		fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, cells[i], cells[i+1])
	}
	b.WriteString(`</row>`)
	return b.String()
}

// caseHead is the three head rows of a sheet whose sixth column has path
// p and type 数字.
func caseHead(p string) string { return caseHeadWith("输入·某项", p) }

// caseHeadWith is caseHead with the sixth column's header.
func caseHeadWith(header, p string) string {
	return row(1, "A1", "文件", "B1", "标题", "C1", "所检验的条款", "F1", header) +
		row(2, "A2", "file", "B2", "title", "C2", "articles", "D2", "kind", "E2", "note", "F2", p) +
		row(3, "F3", "数字")
}

// caseRow is a benefits.award case row of such a sheet, with v in the
// sixth column.
func caseRow(n int, v string) string {
	return row(n, fmt.Sprintf("B%d", n), "标题", fmt.Sprintf("C%d", n), "第三十八条", fmt.Sprintf("D%d", n), "benefits.award", fmt.Sprintf("F%d", n), v)
}

func problems(outcomes []golden.Outcome) string {
	var b strings.Builder
	for _, o := range outcomes {
		b.WriteString(o.Problem + "\n")
	}
	return b.String()
}

// allocated is the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// xfdRows is a case sheet each of whose n case rows has a cell in column
// A and one in XFD, Excel's last column.
func xfdRows(n int) string {
	var b strings.Builder
	b.WriteString(caseHead("input.case.grade"))
	for r := rowFirst; r < rowFirst+n; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c><c r="XFD%d" t="inlineStr"><is><t>y</t></is></c></row>`, r, r, r)
	}
	return b.String()
}

// Issue 18: a column path with a list index in the billions made the import
// build billions of list items (fatal: out of memory); each bound of
// importWorkbook is refused, naming the sheet, row and column.
func TestWorkbookImportRefusesWhatIsBeyondItsBounds(t *testing.T) {
	ok := caseRow(4, "七") // a row that reads (and fails to run: grade 七)
	for _, tc := range []struct {
		name   string
		sheets []sheetXML
		want   []string
	}{
		{"index in the billions", []sheetXML{{"benefits.award", caseHead("input.case.death.dependents[3000000000].relation") + caseRow(4, "spouse")}},
			[]string{"工作表“benefits.award”第2行第F列（输入·某项）：列表序号 [3000000000] 超过上限 999"}},
		{"index past 999", []sheetXML{{"benefits.award", caseHead("input.case.death.dependents[1000].relation") + caseRow(4, "spouse")}},
			[]string{"第2行第F列（输入·某项）：列表序号 [1000] 超过上限 999"}},
		{"index not from [0]", []sheetXML{{"benefits.award", caseHead("input.case.death.dependents[1].relation") + caseRow(4, "spouse")}},
			[]string{"第2行第F列（输入·某项）：列表 input.case.death.dependents 缺少序号 [0] 的列"}},
		{"a row touching XFD", []sheetXML{{"benefits.award", xfdRows(3)}},
			[]string{"工作表“benefits.award”第4行第XFD列：这一行的列数（最多到 AMJ 列）为 16384，超过上限 1024；本表其后的行未读取"}},
		{"a path row touching XFD", []sheetXML{{"benefits.award", row(2, "A2", "file", "XFD2", "input.x") + ok}},
			[]string{"第2行第XFD列：这一行的列数"}},
		{"a row past Excel's last", []sheetXML{{"benefits.award", caseHead("input.case.grade") + ok + row(2000000000, "B2000000000", "x")}},
			[]string{"第4行第F列（输入·某项）：应为", "工作表“benefits.award”第1048577行：行号（Excel 的最后一行是 1048576）超过上限 1048576；本表其后的行未读取"}},
		{"a cell past 32 KiB", []sheetXML{{"benefits.award", caseHead("input.case.grade") + ok + caseRow(5, strings.Repeat("长", 11000))}},
			[]string{"第4行第F列", "第5行第F列：单元格的字节数为 33000，超过上限 32768；本表其后的行未读取"}},
		{"a path past 256 bytes", []sheetXML{{"benefits.award", caseHead("input."+strings.Repeat("a", 300)) + ok}},
			[]string{"第2行第F列（输入·某项）：列路径的字节数为 306，超过上限 256"}},
		{"a cell reference that is none", []sheetXML{{"benefits.award", caseHead("input.case.grade") + ok + row(5, "ZZZZ5", "x") + caseRow(6, "七")}},
			[]string{"第4行第F列", "工作表“benefits.award”第5行：这一行无法读取（工作簿已损坏？）", "本表其后的行未读取"}},
		{"a shared string that is not there", []sheetXML{{"benefits.award", caseHead("input.case.grade") + ok + `<row r="5"><c r="B5" t="s"><v>-1</v></c></row>`}},
			[]string{"第4行第F列", "工作表“benefits.award”第5行：这一行无法读取（工作簿已损坏？）"}},
		{"a value in a column without a path", []sheetXML{{"benefits.award", caseHead("input.case.grade") + row(4, "B4", "标题", "C4", "第三十八条", "F4", "5", "H4", "备注")}},
			[]string{"工作表“benefits.award”第4行第H列：这一列的第2行没有路径，其中的值“备注”不会被读取"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []golden.Outcome
			var err error
			start := time.Now()
			n := allocated(func() { got, err = importWorkbook(craftBook(t, tc.sheets, "")) })
			require.NoError(t, err)
			s := problems(got)
			for _, w := range tc.want {
				assert.Contains(t, s, w)
			}
			for _, o := range got {
				assert.False(t, o.Pass)
			}
			if !raceEnabled {
				assert.Less(t, n, uint64(16<<20), "bytes allocated")
			}
			assert.Less(t, time.Since(start), 10*time.Second)
		})
	}
}

// The bounds are typed: a host (or a test) finds the sheet, row and column
// with errors.As, and the bound with a *limitError.
func TestWorkbookBoundErrorsAreTyped(t *testing.T) {
	err := checkColumns("benefits.award", nil, []string{"file", "title", "input.a[3000000000]"}, []string{"", "", typeText})
	var re *rowError
	require.True(t, errors.As(err, &re))
	assert.Equal(t, rowError{Sheet: "benefits.award", Row: rowPath, Column: 3}, rowError{Sheet: re.Sheet, Row: re.Row, Column: re.Column})
	var le *limitError
	require.True(t, errors.As(err, &le))
	assert.Equal(t, int64(maxListIndex), le.Limit)

	var rowErr error
	_, err = importWorkbook(craftBook(t, []sheetXML{{"s", xfdRows(1)}}, ""))
	require.NoError(t, err)
	f, err := openWorkbookBytes(craftZip([]sheetXML{{"s", xfdRows(1)}}, ""))
	require.NoError(t, err)
	rowErr = eachRow(f, "s", func(int, []string) error { return nil })
	require.True(t, errors.As(rowErr, &re))
	assert.Equal(t, [2]int{4, 16384}, [2]int{re.Row, re.Column})
	require.True(t, errors.As(rowErr, &le))
	assert.Equal(t, int64(maxColumns), le.Limit)
	f.Close()
}

// The whole-workbook bounds: the file, its unzipped size (a zip bomb), the
// sheets, the case rows.
func TestWorkbookImportRefusesOversizedWorkbooks(t *testing.T) {
	var le *limitError

	// A file past 4 MiB is not read.
	big := filepath.Join(t.TempDir(), "big.xlsx")
	require.NoError(t, os.WriteFile(big, make([]byte, maxWorkbookBytes+1), 0o644))
	_, err := importWorkbook(big)
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Contains(t, err.Error(), "工作簿文件的字节数超过上限 4194304")

	// A zip bomb: 20 MiB of sheet in a file of 20 KiB (TestWorkbookImportMemoryIsBounded
	// has a bigger one).
	bomb := zipBomb(t, 20<<20, false)
	var n uint64
	n = allocated(func() { _, err = importWorkbook(bomb) })
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Contains(t, err.Error(), "工作簿解压后的字节数（可能是“压缩炸弹”）超过上限 16777216")
	assert.True(t, raceEnabled || n < 8<<20, "%d bytes allocated", n)
	// The same whose zip header says the sheet is small: archive/zip
	// stops at the size the header gives.
	n = allocated(func() { _, err = importWorkbook(zipBomb(t, 20<<20, true)) })
	require.ErrorIs(t, err, errCorrupt)
	assert.Contains(t, err.Error(), "工作簿已损坏：部件 xl/worksheets/sheet1.xml 无法解压")
	assert.True(t, raceEnabled || n < 8<<20, "%d bytes allocated", n)
	var out bytes.Buffer
	var stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-import-xlsx", bomb}, &out, &stderr))
	assert.Contains(t, stderr.String(), "压缩炸弹")

	// More sheets than 64.
	var sheets []sheetXML
	for i := range maxSheets + 1 {
		sheets = append(sheets, sheetXML{fmt.Sprintf("s%d", i), ""})
	}
	_, err = importWorkbook(craftBook(t, sheets, ""))
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Contains(t, err.Error(), "工作表的个数为 65，超过上限 64")

	// More case rows than 10,000 (here rows of a sheet whose path is
	// unknown, which cost nothing to run).
	var b strings.Builder
	b.WriteString(caseHead("bogus"))
	for r := rowFirst; r <= rowFirst+maxCaseRows; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="B%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r)
	}
	_, err = importWorkbook(craftBook(t, []sheetXML{{"benefits.award", b.String()}}, ""))
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Contains(t, err.Error(), "工作表“benefits.award”第10004行：工作簿的用例行数超过上限 10000")

	// A sheet whose XML breaks off: its rows after the break would vanish.
	_, err = importWorkbook(craftBook(t, []sheetXML{{"benefits.award", caseHead("input.case.grade") + caseRow(4, "5") + `<row r="5"><c r="B5"`}}, ""))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "工作簿已损坏：其中的 xl/worksheets/sheet1.xml 不是完好的 XML")
}

// zipBomb writes a workbook whose one sheet is size bytes (mostly spaces)
// that compress to about size/1000; lie writes a zip header that says the
// sheet is 1 KiB.
func zipBomb(t testing.TB, size int, lie bool) string {
	t.Helper()
	var sheet bytes.Buffer
	fw, err := flate.NewWriter(&sheet, flate.BestCompression)
	require.NoError(t, err)
	head := `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	tail := `</sheetData></worksheet>`
	crc := crc32.NewIEEE()
	write := func(b []byte) {
		_, err := fw.Write(b)
		require.NoError(t, err)
		crc.Write(b)
	}
	write([]byte(head))
	spaces := bytes.Repeat([]byte{' '}, 1<<20)
	for n := len(head) + len(tail); n < size; n += len(spaces) {
		write(spaces)
	}
	write([]byte(tail))
	require.NoError(t, fw.Close())
	real := craftBook(t, []sheetXML{{"benefits.award", ""}}, "")
	zr, err := zip.OpenReader(real)
	require.NoError(t, err)
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			unzipped := uint64(size)
			if lie {
				unzipped = 1024
			}
			w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc.Sum32(),
				CompressedSize64: uint64(sheet.Len()), UncompressedSize64: unzipped})
			require.NoError(t, err)
			_, err = w.Write(sheet.Bytes())
			require.NoError(t, err)
			continue
		}
		require.NoError(t, zw.Copy(f))
	}
	require.NoError(t, zw.Close())
	path := filepath.Join(t.TempDir(), "bomb.xlsx")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}

// peakHeap is the most heap (live and not yet collected objects) in use
// while f runs, above what was in use before, sampled every 100 µs; and the
// bytes allocated in all.
func peakHeap(f func()) (peak, total uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	base := read()
	done := make(chan struct{})
	var max uint64
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			if v := read(); v > max {
				max = v
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	<-finished
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if max < base {
		return 0, after.TotalAlloc - before.TotalAlloc
	}
	return max - base, after.TotalAlloc - before.TotalAlloc
}

// Issue 18: the memory importWorkbook's doc comment states, held on
// adversarial workbooks. Before the bounds, the first two took gigabytes
// and died (fatal error: out of memory).
func TestWorkbookImportMemoryIsBounded(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("builds workbooks of megabytes; measures memory, which the race detector changes")
	}
	measure := func(name string, path string, limit uint64) {
		t.Helper()
		st, err := os.Stat(path)
		require.NoError(t, err)
		var got []golden.Outcome
		peak, total := peakHeap(func() { got, err = importWorkbook(path) })
		if err == nil {
			err = errors.New(problems(got))
		}
		t.Logf("%s: a file of %d KiB; heap peak %.1f MiB, %.1f MiB allocated in all; %s", name, st.Size()>>10,
			float64(peak)/(1<<20), float64(total)/(1<<20), bound(err.Error(), 200))
		assert.Less(t, peak, limit, name)
		assert.Less(t, total, 40*limit, name)
	}
	measure("a list index in the billions", craftBook(t, []sheetXML{{"benefits.award",
		caseHead("input.case.death.dependents[3000000000].relation") + caseRow(4, "spouse")}}, ""), 4<<20)
	measure("a row touching XFD on each of 100,000 rows", craftBook(t, []sheetXML{{"benefits.award", xfdRows(100000)}}, ""), 24<<20)
	measure("a zip bomb", zipBomb(t, 64<<20, false), 8<<20)
	var sst strings.Builder
	for range maxElements/2 - 10 {
		sst.WriteString("<si><t>x</t></si>")
	}
	measure("200,000 elements of shared strings", craftBook(t, []sheetXML{{"benefits.award",
		caseHead("input.case.grade") + `<row r="4"><c r="F4" t="s"><v>0</v></c></row>`}}, sst.String()), 64<<20)
	sst.WriteString("<si><t>x</t></si>")
	_, err := importWorkbook(craftBook(t, []sheetXML{{"benefits.award", ""}}, sst.String()+sst.String()))
	var le *limitError
	assert.True(t, errors.As(err, &le), "%v", err)
}

// Issue 18: a cell is quoted in an error cut to 32 bytes, and anything
// shaped like an identity number is masked (第七十九条), in the cell, the
// header and the sheet name alike.
func TestWorkbookErrorsQuoteCellsBoundedAndMasked(t *testing.T) {
	const id = "110101199003071234"
	long := strings.Repeat("很长的文本", 2000)
	book := craftBook(t, []sheetXML{{"x" + id, caseHeadWith("身份证 "+id, "input.case.grade") +
		caseRow(4, "身份证"+id+"七") + caseRow(5, long) + caseRow(6, "11010119900307123X")}}, "")
	got, err := importWorkbook(book)
	require.NoError(t, err)
	s := problems(got)
	assert.NotRegexp(t, `[0-9]{17}[0-9Xx]`, s)
	assert.Contains(t, s, "工作表“x******************”")
	assert.Contains(t, s, "（身份证 ******************）")
	assert.Contains(t, s, "应为数字，这里是“身份证******************七”")
	assert.Contains(t, s, "应为数字，这里是“很长的文本很长的文本…”")
	assert.Contains(t, s, "应为数字，这里是“******************”")
	for _, o := range got {
		assert.Less(t, len(o.Problem), 400, o.Problem)
	}

	assert.Equal(t, "123", echo("123"))
	assert.Equal(t, "******************", echo("１１０１０１１９９００３０７１２３Ｘ"))
	assert.Equal(t, "a******************b", echo("a"+id+"b"))
	assert.Equal(t, "12345678901234", echo("12345678901234"), "14 digits are not an identity number (15 are: the first generation's; audit of issue 18)")
	assert.Equal(t, strings.Repeat("*", 20), echo(strings.Repeat("9", 20)), "a longer run is masked whole")
	assert.Equal(t, strings.Repeat("长", 10)+"…", echo(strings.Repeat("长", 50)), "cut at a character boundary")
	assert.Equal(t, strings.Repeat("x", 31)+"*…", echo(strings.Repeat("x", 31)+id), "an identity number across the cut is not shown")
}

// Issue 19: an amount a workbook row expects compares with the computed
// one as a decimal: 100212.3 (a cell Excel holds as a number) equals
// 100212.30; 100212.31 does not.
func TestSpreadsheetAmountsCompareAsDecimals(t *testing.T) {
	dir := t.TempDir()
	ok, err := os.ReadFile(filepath.Join(shipped, "benefits/grade-05.json"))
	require.NoError(t, err)
	writeCase(t, dir, "grade-05.json", string(ok))
	book := filepath.Join(dir, "cases.xlsx")
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-dir", dir, "-export-xlsx", book}, &out, &errOut), errOut.String())

	set := func(value any) []golden.Outcome {
		t.Helper()
		f, err := excelize.OpenFile(book)
		require.NoError(t, err)
		rows, err := f.GetRows("benefits.award")
		require.NoError(t, err)
		col := -1
		for i, p := range rows[rowPath-1] {
			if p == "expect.items[0].amount" {
				col = i + 1
			}
		}
		require.Positive(t, col)
		cell, _ := excelize.CoordinatesToCellName(col, rowFirst)
		require.NoError(t, f.SetCellValue("benefits.award", cell, value))
		require.NoError(t, f.Save())
		require.NoError(t, f.Close())
		got, err := importWorkbook(book)
		require.NoError(t, err)
		require.Len(t, got, 1)
		return got
	}
	for _, v := range []any{100212.3, 100212.30, "100212.3", "100212.300", "100212.30", "０100212.3"} {
		got := set(v)
		if v == "０100212.3" { // a full-width digit is not a decimal
			assert.False(t, got[0].Pass)
			continue
		}
		assert.True(t, got[0].Pass, "%v: %s %v", v, got[0].Problem, got[0].Differences)
		assert.Contains(t, got[0].Expected, `"amount":"100212.30"`)
	}
	for _, v := range []any{100212.31, "100212.31", "100212.3000001", "-100212.3", 100212} {
		got := set(v)
		require.False(t, got[0].Pass, "%v", v)
		require.Len(t, got[0].Differences, 1, "%v", v)
		assert.Equal(t, "items[0].amount", got[0].Differences[0].Path)
	}

	assert.True(t, sameDecimal(`"100212.3"`, `"100212.30"`))
	assert.True(t, sameDecimal(`"0.10"`, `"00.1"`))
	assert.True(t, sameDecimal(`"-0.00"`, `"0"`))
	assert.True(t, sameDecimal(`1.50`, `1.5`))
	assert.False(t, sameDecimal(`"1.5"`, `1.50`), "a string and a number differ")
	assert.False(t, sameDecimal(`"1.5"`, `"1.5"`), "equal texts are no difference")
	assert.False(t, sameDecimal(`"1.5"`, ``))
	assert.False(t, sameDecimal(`"1e2"`, `"100"`))
	assert.False(t, sameDecimal(`"2024-01"`, `"2024-1"`))
	assert.False(t, sameDecimal(`".5"`, `"0.5"`))
	assert.False(t, sameDecimal(`"1."`, `"1"`))
}

// sameDecimal is equality of value, as shopspring/decimal would say, on
// the plain decimals a workbook holds.
func TestSameDecimalIsEqualityOfValue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		whole := rapid.Uint64Range(0, 1e15).Draw(t, "whole")
		cents := rapid.IntRange(0, 99).Draw(t, "cents")
		neg := rapid.Bool().Draw(t, "neg")
		sign := ""
		if neg {
			sign = "-"
		}
		plain := fmt.Sprintf("%s%d.%02d", sign, whole, cents)
		padded := fmt.Sprintf("%s%s%d.%02d%s", sign, strings.Repeat("0", rapid.IntRange(0, 3).Draw(t, "lead")), whole, cents,
			strings.Repeat("0", rapid.IntRange(0, 5).Draw(t, "trail")))
		if plain != padded {
			if !sameDecimal(`"`+plain+`"`, `"`+padded+`"`) {
				t.Fatalf("%s and %s differ", plain, padded)
			}
		}
		other := fmt.Sprintf("%s%d.%02d", sign, whole, (cents+1+rapid.IntRange(0, 97).Draw(t, "d"))%100)
		if sameDecimal(`"`+plain+`"`, `"`+other+`"`) {
			t.Fatalf("%s and %s are the same", plain, other)
		}
	})
}

// A number cell is a JSON number of at most 40 bytes, checked without
// float64.
func TestNumberCells(t *testing.T) {
	for _, s := range []string{"0", "-1", "5", "1.5", "-0.25", "1E+16", "1.23456789012346E+16", "2e-5"} {
		assert.True(t, isJSONNumber(s), s)
	}
	for _, s := range []string{"", "-", "01", "1.", ".5", "+1", "1e", "1e1000", "1e+", "NaN", "Inf", "0x10", "1_000", "１", strings.Repeat("9", 41)} {
		assert.False(t, isJSONNumber(s), s)
	}
}

var idShaped = regexp.MustCompile(`[0-9０-９]{17}[0-9０-９XxＸｘ]`)

// FuzzSheetRows reads a sheet's path and type rows and one case row, as
// importWorkbook does once excelize has given the cells (tab-separated
// here), seeded with the hostile shapes of issue 18. It must not panic;
// every error is a *rowError placed in the row it names, bounded, without
// anything shaped like an identity number; a row that reads is a case
// file golden can parse.
func FuzzSheetRows(f *testing.F) {
	head := "file\ttitle\tarticles\tkind\tnote\t"
	for _, s := range [][3]string{
		{head + "input.case.grade", "\t\t\t\t\t数字", "\t标题\t第三十八条\tbenefits.award\t\t5"},
		{head + "input.case.death.dependents[3000000000].relation", "\t\t\t\t\t文本", "\t标题\t第三十八条\t\t\tspouse"},
		{head + "input.case.death.dependents[99999999999999999999].relation", "\t\t\t\t\t文本", "\t标题\t第三十八条\t\t\tspouse"},
		{head + "input.a[1]\tinput.a[0]", "\t\t\t\t\t数字\t数字", "\tt\t第一条\t\t\t1\t2"},
		{head + "input.a[2]\tinput.a[0]", "\t\t\t\t\t数字\t数字", "\tt\t第一条\t\t\t1\t2"},
		{head + "input.a[-1]\tinput.a[]\tinput.a[01]", "\t\t\t\t\tJSON\tJSON\tJSON", "\tt\t第一条\t\t\t1\t2\t3"},
		{head + "input.a.b\tinput.a[0]", "\t\t\t\t\t是否\t是否", "\tt\t第一条\t\t\t是\t否"},
		{head + "input.x", "\t\t\t\t\t数字", "\tt\t第一条\t\t\t110101199003071234"},
		{head + "input.110101199003071234", "\t\t\t\t\t文本", "\tt\t第一条\t\t\tx\t\t\tvalue outside"},
		{head + "expect.items[0].amount", "\t\t\t\t\t文本", "\tt\t第三十八条\tbenefits.award\t\t100212.3"},
		{head + "input", "\t\t\t\t\tJSON", "\tt\t第一条\t\t\t" + strings.Repeat("[", 1000)},
		{head + "input.a]b[", "\t\t\t\t\t文本", "\tt\t第一条\t\t\tx"},
		{head + "input." + strings.Repeat("长", 100), "\t\t\t\t\t文本", "\tt\t第一条\t\t\tx"},
		{"file\tfile", "", ""},
		{head + "input.x", "\t\t\t\t\t1e999", "\tt\t第一条\t\t\t1e999"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, pathRow, typeRow, caseRow string) {
		paths := strings.Split(pathRow, "\t")
		types := strings.Split(typeRow, "\t")
		cells := strings.Split(caseRow, "\t")
		if len(paths) > maxColumns || len(cells) > maxColumns || len(types) > maxColumns {
			return // eachRow refuses it first
		}
		check := func(err error, rows ...int) {
			var re *rowError
			if !errors.As(err, &re) {
				t.Fatalf("%T %v is not a *rowError", err, err)
			}
			inRow := false
			for _, r := range rows {
				inRow = inRow || re.Row == r
			}
			if !inRow || re.Column < 0 || re.Column > max(len(paths), len(cells)) {
				t.Fatalf("%v placed at row %d column %d", err, re.Row, re.Column)
			}
			msg := problemText(err)
			if len(err.Error()) > 2*maxProblem || idShaped.MatchString(msg) {
				t.Fatalf("unbounded or unmasked: %q", msg)
			}
		}
		if err := checkColumns("s", paths, paths, types); err != nil {
			check(err, rowPath, rowType)
			return
		}
		data, _, err := parseRow("s", rowFirst, paths, paths, types, cells)
		if err != nil {
			check(err, rowFirst)
			return
		}
		if !json.Valid(data) {
			t.Fatalf("row gave invalid JSON %s", data)
		}
		_, _ = golden.ParseCase(data)
	})
}

// Export writes only what import reads back: a case whose input flattens
// to more columns than a sheet may have is refused, and no file is left.
func TestExportRefusesWhatImportCouldNotRead(t *testing.T) {
	dir := t.TempDir()
	items := strings.TrimSuffix(strings.Repeat("1,", maxColumns), ",")
	writeCase(t, dir, "wide.json", `{"title": "宽", "articles": ["第三十八条"], "kind": "benefits.award",
		"input": {"x": [`+items+`]}, "expect": {"error": "x"}}`)
	book := filepath.Join(dir, "cases.xlsx")
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"-dir", dir, "-export-xlsx", book}, &out, &errOut))
	assert.Contains(t, errOut.String(), "工作簿未写出：导入时读不回来（工作表“benefits.award”第1行第AMP列：这一行的列数（最多到 AMJ 列）为 1030，超过上限 1024）")
	assert.NoFileExists(t, book)
}

// FuzzSheetXML imports a workbook whose one sheet's <sheetData> (and shared
// strings) the fuzzer writes, through excelize's row reader and every bound
// of importWorkbook, seeded with the hostile shapes of issue 18. It must
// neither panic nor hang; a problem it reports is bounded and masked.
func FuzzSheetXML(f *testing.F) {
	ok := caseHead("input.case.grade") + caseRow(4, "5")
	for _, s := range [][2]string{
		{ok, ""},
		{xfdRows(3), ""},
		{caseHead("input.case.death.dependents[3000000000].relation") + caseRow(4, "spouse"), ""},
		{caseHead("input.case.grade") + row(2000000000, "B2000000000", "x"), ""},
		{ok + row(5, "ZZZZ5", "x"), ""},
		{ok + `<row r="5"><c r="B5" t="s"><v>-1</v></c></row>`, ""},
		{ok + `<row r="5"><c r="B5" t="s"><v>1</v></c></row>`, "<si><t>110101199003071234</t></si><si><r><t>a</t></r><r><t>b</t></r></si>"},
		{ok + `<row r="5"><c r="F5"><v>100212.30000000001</v></c><c r="A5" t="b"><v>1</v></c><c r="C5" t="e"><v>#N/A</v></c></row>`, ""},
		{ok + `<row r="3"><c r="F3" t="str"><f>1+1</f><v>2</v></c></row><row r="4"/>`, ""},
		{ok + `<row><c><v>1</v></c><c><v>2</v></c></row><row r="-1"/><row r="x"/>`, ""},
		{ok + row(6, "F6", strings.Repeat("1", 40000)), ""},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, sheetData, sst string) {
		data := craftZip([]sheetXML{{"benefits.award", sheetData}}, sst)
		// A hang is a failure (the seeds take milliseconds): the
		// fuzzer keeps the input that caused it.
		hang := time.AfterFunc(20*time.Second, func() { panic("importData took more than 20 s") })
		out, err := importData("f.xlsx", data)
		hang.Stop()
		if err != nil {
			if len(err.Error()) > 2*maxProblem || idShaped.MatchString(err.Error()) {
				t.Fatalf("unbounded or unmasked: %q", err)
			}
			return
		}
		for _, o := range out {
			if len(o.Problem) > maxProblem+len("…；本表其后的行未读取，请修正后再导入") || idShaped.MatchString(o.Problem) {
				t.Fatalf("unbounded or unmasked: %q", o.Problem)
			}
		}
	})
}

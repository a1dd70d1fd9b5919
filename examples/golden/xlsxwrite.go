package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"github.com/zhishang/zhishang/internal/golden"
)

// The way back from the workbook to the golden cases: a row a policy
// officer added or edited becomes a case file that `go test` runs.
//
// A row's file is its file column (the case file it was exported from,
// relative to the cases' directory) under that directory; a row added in
// the workbook (an empty file column) becomes a new file
// <package>/<kind>-<8 hex digits of its title's SHA-256>.json, so that
// importing the same workbook again finds the file it wrote and changes
// nothing. A row that does not read as a case that runs (a cell that is not
// a number, a date that is none, a key the kind does not have…) is refused,
// its sheet, row and column named in Chinese, and nothing of it is written.
// A row equal to its file (the same title, articles, kind, note, input and
// expectation, compared as JSON values) leaves the file as it is, byte for
// byte; a row whose expectation alone changed replaces the file's
// "expect" only (as -accept on a file does); any other change rewrites the
// file, indented two spaces. No other file is touched, and a file whose
// row was deleted from the workbook is kept.

// rowWrite is what writeRows did with one row.
type rowWrite struct {
	Where  string // 工作表“benefits.award”第5行
	Path   string // the file written or kept ("" when refused)
	Action string // 新增, 更新, 未改动 or 拒绝
	Reason string // why refused
	Pass   bool   // the case passes as written
}

// refusal is a refused row's place and reason, the place said once (a
// reason from the import names the row, and the column, itself).
func (w rowWrite) refusal() string {
	if strings.HasPrefix(w.Reason, w.Where) {
		return w.Reason
	}
	return w.Where + "：" + w.Reason
}

const (
	actionNew       = "新增"
	actionUpdated   = "更新"
	actionUnchanged = "未改动"
	actionRefused   = "拒绝"
)

// rowWhere names a row for its reader.
func rowWhere(r rowCase) string {
	if r.Row == 0 {
		return "工作表“" + echoName(r.Sheet) + "”"
	}
	return fmt.Sprintf("工作表“%s”第%d行", echoName(r.Sheet), r.Row)
}

// rowTarget is the case file of row r under dir: its file column made
// relative to dir (a column written from the repository's root,
// testdata/golden/benefits/x.json, is benefits/x.json under
// testdata/golden), or a new name for a row added in the workbook. A file
// column that leaves dir is refused.
func rowTarget(r rowCase, dir string) (string, error) {
	file := strings.TrimSpace(r.File)
	if file == "" {
		pkg, rest, _ := strings.Cut(r.Case.Kind, ".")
		if rest == "" {
			rest = "case"
		}
		sum := sha256.Sum256([]byte(r.Case.Title))
		return filepath.Join(dir, pkg, strings.ReplaceAll(rest, ".", "-")+"-"+hex.EncodeToString(sum[:4])+".json"), nil
	}
	f := filepath.Clean(filepath.FromSlash(file))
	d := filepath.Clean(dir)
	for _, root := range []string{d, filepath.FromSlash(defaultDir)} {
		if strings.HasPrefix(f, root+string(filepath.Separator)) {
			f = strings.TrimPrefix(f, root+string(filepath.Separator))
			break
		}
	}
	if filepath.IsAbs(f) {
		rel, err := filepath.Rel(d, f)
		if err != nil || !filepath.IsLocal(rel) {
			return "", fmt.Errorf("“文件”列的 %s 不在用例目录 %s 下", echoName(file), dir)
		}
		f = rel
	}
	if !filepath.IsLocal(f) || !strings.HasSuffix(f, ".json") {
		return "", fmt.Errorf("“文件”列的 %s 应是用例目录 %s 下的 .json 文件", echoName(file), dir)
	}
	return filepath.Join(d, f), nil
}

// caseJSON writes a case as a case file holds it: title, articles, kind,
// input, expect, note, indented two spaces, with < > & as they are.
func caseJSON(c golden.Case) ([]byte, error) {
	v := struct {
		Title    string          `json:"title"`
		Articles []string        `json:"articles"`
		Kind     string          `json:"kind"`
		Input    json.RawMessage `json:"input,omitempty"`
		Expect   json.RawMessage `json:"expect,omitempty"`
		Note     string          `json:"note,omitempty"`
	}{c.Title, c.Articles, c.Kind, c.Input, c.Expect, c.Note}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// jsonEqual reports whether a and b are the same JSON value (numbers
// compared as written).
func jsonEqual(a, b []byte) bool {
	if len(bytes.TrimSpace(a)) == 0 || len(bytes.TrimSpace(b)) == 0 {
		return len(bytes.TrimSpace(a)) == len(bytes.TrimSpace(b))
	}
	decode := func(raw []byte) (any, bool) {
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		var v any
		return v, d.Decode(&v) == nil
	}
	va, ok1 := decode(a)
	vb, ok2 := decode(b)
	return ok1 && ok2 && reflect.DeepEqual(va, vb)
}

// writeRow writes the case c of row r to path, as the package comment
// says, and returns the action taken.
func writeRow(path string, c golden.Case) (string, error) {
	old, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err := caseJSON(c)
		if err != nil {
			return "", err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		return actionNew, os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		return "", err
	}
	info, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	was, err := golden.ParseCase(old)
	if err == nil && was.Title == c.Title && reflect.DeepEqual(was.Articles, c.Articles) && was.Kind == c.Kind &&
		was.Note == c.Note && jsonEqual(was.Input, c.Input) {
		if jsonEqual(was.Expect, c.Expect) {
			return actionUnchanged, nil
		}
		// The expectation alone changed: the rest of the file stays as it is.
		if data, err := golden.ReplaceExpect(old, c.Expect); err == nil {
			return actionUpdated, os.WriteFile(path, data, info.Mode().Perm())
		}
	}
	data, err := caseJSON(c)
	if err != nil {
		return "", err
	}
	return actionUpdated, os.WriteFile(path, data, info.Mode().Perm())
}

// writeRows writes the rows of a workbook as case files under dir: every
// row when accepted is nil (-write), else only the rows accepted names
// (-accept), each with its actual output as its expectation. Rows that do
// not read as a case that runs are refused. Two rows of one file: the
// second is refused.
func writeRows(rows []rowCase, dir string, accepted map[int]bool) []rowWrite {
	var out []rowWrite
	written := map[string]string{}
	for i, r := range rows {
		if accepted != nil && !accepted[i] {
			continue
		}
		w := rowWrite{Where: rowWhere(r), Action: actionRefused}
		if r.Case == nil {
			w.Reason = r.Outcome.Problem
			if w.Reason == "" {
				w.Reason = "无法读取"
			}
			out = append(out, w)
			continue
		}
		c := *r.Case
		w.Pass = r.Outcome.Pass
		if accepted != nil && !r.Outcome.Pass {
			c.Expect = json.RawMessage(r.Outcome.Actual)
			w.Pass = true
		}
		path, err := rowTarget(r, dir)
		if err != nil {
			w.Reason = err.Error()
			out = append(out, w)
			continue
		}
		if other, ok := written[path]; ok {
			w.Reason = fmt.Sprintf("与%s写入同一个文件 %s（标题相同？请改标题，或在“文件”列写上不同的文件名）", other, path)
			out = append(out, w)
			continue
		}
		written[path] = w.Where
		action, err := writeRow(path, c)
		if err != nil {
			w.Reason = bound(err.Error(), maxProblem)
			out = append(out, w)
			continue
		}
		w.Path, w.Action = path, action
		out = append(out, w)
	}
	return out
}

// printWrites reports what writeRows did, the changes and refusals one a
// line and the rows left as they were counted, and returns how many rows
// it refused.
func printWrites(w io.Writer, ws []rowWrite) int {
	counts := map[string]int{}
	for _, x := range ws {
		counts[x.Action]++
		switch x.Action {
		case actionRefused:
			fmt.Fprintf(w, "拒绝  %s\n", x.refusal())
		case actionNew, actionUpdated:
			note := ""
			if !x.Pass {
				note = "（该用例未通过：go test 将报告它，请核对期望或用 -accept 接受实际输出）"
			}
			fmt.Fprintf(w, "%s  %s → %s%s\n", x.Action, x.Where, x.Path, note)
		}
	}
	fmt.Fprintf(w, "工作簿写回用例文件：新增 %d，更新 %d，未改动 %d，拒绝 %d\n",
		counts[actionNew], counts[actionUpdated], counts[actionUnchanged], counts[actionRefused])
	return counts[actionRefused]
}

// resolveRows finds the rows of a workbook that names name: SHEET!N (the
// row numbered N of the sheet, as Excel numbers it), or the name of the
// case file a row was exported from (its path under dir, or its file name,
// with or without .json).
func resolveRows(rows []rowCase, name, dir string) ([]int, error) {
	if sheet, n, ok := strings.Cut(name, "!"); ok {
		rn, err := strconv.Atoi(strings.TrimLeft(strings.TrimSpace(n), "Aa"))
		if err != nil {
			return nil, fmt.Errorf("“%s”：应写成 工作表!行号，如 benefits.award!5", echoName(name))
		}
		for i, r := range rows {
			if r.Sheet == sheet && r.Row == rn {
				return []int{i}, nil
			}
		}
		return nil, fmt.Errorf("工作簿中没有用例行“%s”（工作表“%s”第%d行）", echoName(name), echoName(sheet), rn)
	}
	want := strings.TrimSuffix(filepath.ToSlash(name), ".json")
	var found []int
	for i, r := range rows {
		if r.File == "" {
			continue
		}
		f := strings.TrimSuffix(filepath.ToSlash(filepath.Clean(r.File)), ".json")
		rel := f
		if d := filepath.ToSlash(filepath.Clean(dir)) + "/"; strings.HasPrefix(f, d) {
			rel = strings.TrimPrefix(f, d)
		}
		if f == want || rel == want || filepath.Base(f) == want {
			found = append(found, i)
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("工作簿中找不到用例“%s”（按“文件”列，或写成 工作表!行号）", echoName(name))
	case 1:
		return found, nil
	}
	return nil, fmt.Errorf("用例名“%s”对应工作簿中的多行，请写成 工作表!行号", echoName(name))
}

// Package golden reads and runs the golden cases under testdata/golden: JSON
// scenarios, one a file, that policy staff read, copy and extend without
// writing Go.
//
// A case file looks like this:
//
//	{
//	  "title": "2026年1月的申报期限：元旦三天假期在申报期内，顺延3个工作日至1月20日",
//	  "articles": ["第十四条"],
//	  "kind": "calendar.declaration_deadline",
//	  "input": {"period": "2025-12"},
//	  "expect": {"date": "2026-01-20", "computed": "2026-01-20", "extension": 3}
//	}
//
// title is a plain sentence saying what the case checks, articles the
// articles it checks, kind which computation runs (see Kinds), input its
// input and expect the whole expected output. Unknown keys, in the case or in
// its input or expect, are errors, so a misspelt key is never ignored. An
// expected failure is written as {"error": "<code>"} with the code the
// library's error carries (errcode.Of; ErrorCode), and the details its
// kinds package adds (not_covered:2027), each explained in CodeZH from the
// codes the packages list (RegisterCodes).
//
// This package is the runner: the case format, running and comparing,
// the Chinese report and the dictionary. It imports no rule package. The
// kinds live beside the packages they compute with: each rule package's
// kinds are registered (Register, Define) by a package of their own,
// internal/golden/calendarkinds, claimskinds, eligibilitykinds, levykinds,
// benefitskinds and ledgerkinds, imported for its effect, so that
// calendar's tests link the runner and calendar and nothing else.
// internal/golden/all imports them all, for examples/golden and the tests
// that need every kind (the dictionary). Each package's tests run the cases
// of its kinds (CheckDir); `go run ./examples/golden` runs them all and
// prints a report.
//
// For policy staff, who read Chinese and do not write Go: a failing case
// lists each differing field by its Chinese name and path (Report:
// 待遇项目·金额（items[2].amount）：期望 3897.15，实际 3340.41; ReportEN and
// Difference.String keep the developers' English); a file that does not parse is explained in Chinese
// with its line and column (ParseError); Accept writes the actual output as
// the expectation of one named case; every kind's fields, the values of
// each fixed list and every error code have Chinese names (FieldZH,
// ValueZH, CodeZH, KindZH), from which testdata/golden/README.md is
// generated (WriteDictionary) and checked by a test.
//
// Explanations in Chinese: a kind's function returns its explanation as
// []string (the library's English lines) or as Explained (English and
// Chinese). A library result offers Chinese by implementing ExplainerZH
// (ExplainZH() []string, the same lines in Chinese); its kind then returns
// golden.Explain(r, r.Explanation) instead of r.Explanation, and the report and
// `golden -v` show the Chinese lines while services keep the English ones.
// A kind whose English lines it builds itself returns Explained{EN, ZH}; an
// output may carry its Chinese lines in an unexported field and implement
// ExplainerZH (calendarkinds.DeadlineOutput); a refused computation (an
// output with an Error code) is explained by the error's own Chinese (its
// code's, or the error's where it names a year or a field: Refused) and the
// figures and names of the library's message (DetailsZH). Every golden kind has its Chinese lines
// (TestExplanationsInChinese).
package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
)

// Case is one golden case as stored in its file.
type Case struct {
	Title    string          `json:"title"`
	Articles []string        `json:"articles"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Expect   json.RawMessage `json:"expect"`
	// Note is optional: where the expected figure comes from.
	Note string `json:"note,omitempty"`

	// src is the file's bytes when the case was read from a file, so that an
	// error in its input or expect is placed by line and column.
	src []byte
}

// Outcome is the result of running one case.
type Outcome struct {
	File     string   `json:"file"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
	Kind     string   `json:"kind"`
	Pass     bool     `json:"pass"`
	Expected string   `json:"expected"` // canonical JSON
	Actual   string   `json:"actual"`   // canonical JSON
	// Differences lists each field where Actual differs from Expected, by
	// its path (items[2].amount); empty when the case passes.
	Differences []Difference `json:"differences,omitempty"`
	// Input is the case's input as written.
	Input json.RawMessage `json:"input,omitempty"`
	Note  string          `json:"note,omitempty"`
	// Explanation is how the library reached its answer, as the library
	// gives it to services (English).
	Explanation []string `json:"explanation,omitempty"`
	// ExplanationZH is the same in Chinese, when the computation offers it
	// (see Explained); otherwise empty and readers fall back to Explanation.
	ExplanationZH []string `json:"explanation_zh,omitempty"`
	// Problem says why a case could not be run (a malformed file), in
	// Chinese, with the line and column when the file does not parse; such
	// a case does not pass.
	Problem string `json:"problem,omitempty"`
}

// ExplainerZH is what a library result implements to explain itself in
// Chinese: the same lines as its English Explanation, in Chinese. The
// report and `golden -v` show these lines; services may keep the English.
type ExplainerZH interface {
	ExplainZH() []string
}

// Explained is an explanation in both renderings. A kind returns it instead
// of []string once its package offers Chinese: `return out, golden.Explain(r, r.Explanation)`.
type Explained struct {
	EN, ZH []string
}

// Explain pairs a result's English explanation with its Chinese one when
// the result implements ExplainerZH.
func Explain(result any, en []string) Explained {
	e := Explained{EN: en}
	if zh, ok := result.(ExplainerZH); ok {
		e.ZH = zh.ExplainZH()
	}
	return e
}

// Explanation is what a kind's function returns beside its output.
type Explanation interface {
	[]string | Explained
}

// Kind is one computation a case can name, made by Define and registered
// by Register.
type Kind struct {
	// run decodes the input, computes, and returns the output value (whose
	// JSON is compared with expect), the explanation, and an error only for
	// a malformed input.
	run func(input json.RawMessage) (out any, explanation Explained, err error)
	// expect decodes the expected output into the same type as run's.
	expect func(raw json.RawMessage) (any, error)
	// in and out are the types of the input and output, for the dictionary.
	in, out reflect.Type
}

// Define makes a kind from a function on typed input and output. The
// function returns the library's explanation: []string (English only) or
// Explained (English and Chinese). Every output is a struct with a string
// field Error, the error code of a refused computation.
func Define[In, Out any, E Explanation](f func(In) (Out, E)) Kind {
	return Kind{
		run: func(raw json.RawMessage) (any, Explained, error) {
			var in In
			if err := decodeStrict(raw, &in); err != nil {
				// A value the JSON layer refuses (an amount too long or with a
				// fraction of a fen, a null, a missing amount) is what a host
				// reading the same JSON gets: a case expects it as its error.
				var out Out
				if code := inputRefusal(err); code != "" && setErrorCode(&out, code) {
					return out, Refused(err, code), nil
				}
				return nil, Explained{}, &fieldError{part: "input", err: err}
			}
			out, e := f(in)
			switch e := any(e).(type) {
			case []string:
				// An output that carries its Chinese lines (an unexported
				// field, not in its JSON) offers them as ExplainerZH.
				return out, withErrorZH(out, Explain(out, e)), nil
			case Explained:
				return out, withErrorZH(out, e), nil
			}
			return out, Explained{}, nil
		},
		expect: func(raw json.RawMessage) (any, error) {
			var out Out
			if err := decodeStrict(raw, &out); err != nil {
				return nil, &fieldError{part: "expect", err: err}
			}
			return out, nil
		},
		in:  reflect.TypeFor[In](),
		out: reflect.TypeFor[Out](),
	}
}

// inputRefusal is the error code of an input the strict JSON layer
// refuses for what one of its values says (json_number, json_decimals,
// json_null, json_missing), or "" for a refusal of the file's form (its
// syntax, an unknown or repeated key), which is the case's problem.
func inputRefusal(err error) string {
	for _, c := range []errcode.Code{jsoncode.ErrNumber, jsoncode.ErrDecimals, jsoncode.ErrNull, jsoncode.ErrRequired} {
		if errors.Is(err, c) {
			return c.Code()
		}
	}
	return ""
}

// setErrorCode sets the Error field of the output *out (a struct with a
// string field Error, as every kind's output) to code; false when it has none.
func setErrorCode(out any, code string) bool {
	v := reflect.ValueOf(out).Elem()
	if v.Kind() != reflect.Struct {
		return false
	}
	f := v.FieldByName("Error")
	if !f.IsValid() || f.Kind() != reflect.String || !f.CanSet() {
		return false
	}
	f.SetString(code)
	return true
}

// fieldError is an error decoding a case's input or expect.
type fieldError struct {
	part string // "input" or "expect"
	err  error
}

func (e *fieldError) Error() string { return e.part + ": " + e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// kinds lists every registered case kind. The runner knows no rule
// package: each package's kinds live in a package of their own
// (internal/golden/calendarkinds, claimskinds, …) that registers them when
// it is imported, so a package's test links only that package and what it
// depends on; internal/golden/all imports every one.
var kinds = map[string]Kind{}

// Register adds the kinds of a rule package, by name (calendar.day). It is
// called from the init function of the package's kinds package; a name
// registered twice is a programming error, and panics at start-up.
func Register(ks map[string]Kind) {
	for name, k := range ks {
		if _, dup := kinds[name]; dup || name == "" || k.run == nil {
			panic(fmt.Sprintf("golden: kind %q registered twice, unnamed or not made by Define", name))
		}
		kinds[name] = k
	}
}

// Kinds returns the names of the kinds a case can have, sorted.
func Kinds() []string {
	out := make([]string, 0, len(kinds))
	for name := range kinds {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// errMissing is decodeStrict's error for an absent or empty value.
var errMissing = errors.New("missing")

func decodeStrict(raw []byte, v any) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return errMissing
	}
	return strictjson.Decode(raw, v)
}

// ParseCase reads a case file's bytes strictly. Its error is a
// *ParseError: what is wrong, in Chinese, with the line and column when the
// file is not valid JSON or holds an unknown key.
func ParseCase(data []byte) (Case, error) {
	var c Case
	if pe := encodingError(data); pe != nil {
		return Case{}, pe
	}
	if err := decodeStrict(data, &c); err != nil {
		if errors.Is(err, errMissing) {
			return Case{}, &ParseError{Msg: "文件是空的", Err: err}
		}
		return Case{}, locate(data, 0, err)
	}
	switch {
	case strings.TrimSpace(c.Title) == "":
		return Case{}, &ParseError{Msg: "缺少标题（title）", Err: errors.New("no title")}
	case len(c.Articles) == 0:
		return Case{}, &ParseError{Msg: "缺少所检验的条款（articles），如 [\"第十四条\"]", Err: errors.New("no articles")}
	case c.Kind == "":
		return Case{}, &ParseError{Msg: "缺少计算种类（kind）", Err: errors.New("no kind")}
	}
	for _, a := range c.Articles {
		if msg := checkArticle(a); msg != "" {
			line, col := 0, 0
			if off := quotedOffset(data, a); off >= 0 {
				line, col = position(data, off)
			}
			return Case{}, &ParseError{Line: line, Column: col, Msg: msg, Err: errBadArticle}
		}
	}
	if _, ok := kinds[c.Kind]; !ok {
		return Case{}, &ParseError{Msg: fmt.Sprintf("不认识的计算种类（kind）“%s”；可用的种类：%s", redact.Value(c.Kind), strings.Join(Kinds(), "、")),
			Err: fmt.Errorf("unknown kind %q", redact.Value(c.Kind))}
	}
	c.src = data
	return c, nil
}

// Run runs one case.
func Run(file string, c Case) Outcome {
	o := Outcome{File: file, Title: c.Title, Articles: c.Articles, Kind: c.Kind, Input: c.Input, Note: c.Note}
	k, ok := kinds[c.Kind]
	if !ok {
		o.Problem = fmt.Sprintf("不认识的计算种类（kind）“%s”", redact.Value(c.Kind))
		return o
	}
	want, err := k.expect(c.Expect)
	if err != nil {
		o.Problem = c.problem(file, "expect", err).Error()
		return o
	}
	got, expl, err := k.run(c.Input)
	if err != nil {
		o.Problem = c.problem(file, "input", err).Error()
		return o
	}
	if _, err := json.Marshal(want); err != nil {
		// A partly filled item (a list entry without its industry): the
		// decoder took it, but it cannot be written, nor compared.
		where := unwritable(reflect.ValueOf(want), "")
		if where != "" {
			where = "“" + where + "”"
		}
		o.Problem = fmt.Sprintf("expect（期望输出）：字段%s缺少或取值无效，无法比较（一项只填了一部分？）", where)
		return o
	}
	o.Expected = canonical(want)
	o.Actual = canonical(got)
	o.Explanation = expl.EN
	o.ExplanationZH = expl.ZH
	o.Pass = o.Expected == o.Actual
	if !o.Pass {
		o.Differences = Diff(o.Expected, o.Actual)
	}
	return o
}

// problem turns an error decoding the case's input or expect into a
// *ParseError placed in the case's file when the case came from one.
func (c Case) problem(file, part string, err error) error {
	var inner error = err
	var fe *fieldError
	if errors.As(err, &fe) {
		inner = fe.err
	}
	if errors.Is(inner, errMissing) {
		return &ParseError{Msg: fmt.Sprintf("缺少 %s（%s）", part, partZH[part]), Err: err}
	}
	base := -1
	if c.src != nil {
		base = valueOffset(c.src, part)
	}
	if base < 0 {
		// Not from a file (a spreadsheet row): what is wrong, without a
		// place in JSON nobody wrote.
		raw := c.Input
		if part == "expect" {
			raw = c.Expect
		}
		pe := locate(raw, 0, inner).in(part)
		pe.Line, pe.Column = 0, 0
		return pe
	}
	return locate(c.src, base, inner).in(part)
}

var partZH = map[string]string{"input": "输入", "expect": "期望输出"}

func canonical(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return string(b)
}

// RunFile reads and runs one case file (at most jsonerr.MaxBytes, 8 MiB: a
// larger file is refused by its size, before it is read).
func RunFile(path string) Outcome {
	data, err := readFile(path)
	if errors.Is(err, jsonerr.ErrTooLarge) {
		return Outcome{File: path, Problem: fmt.Sprintf("文件过大：超过 %d 字节的上限", jsonerr.MaxBytes)}
	}
	if err != nil {
		return Outcome{File: path, Problem: "无法读取文件：" + err.Error()}
	}
	c, err := ParseCase(data)
	if err != nil {
		return Outcome{File: path, Problem: err.Error()}
	}
	return Run(path, c)
}

// readFile reads a case file, at most jsonerr.MaxBytes: a regular file
// larger than that is refused from its size, anything else after the limit.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > jsonerr.MaxBytes {
		return nil, strictjson.TooLarge(jsonerr.MaxBytes, fmt.Sprint(fi.Size()))
	}
	return strictjson.ReadAll(f, jsonerr.MaxBytes)
}

// CaseFiles lists the *.json cases below dir, in path order, as RunDir
// runs them: files under a directory named "rapid" (saved property-test
// failures) are not cases.
func CaseFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "rapid" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// RunDir runs every *.json case below dir, in path order. Files under a
// directory named "rapid" (saved property-test failures) are not cases.
func RunDir(dir string) ([]Outcome, error) {
	files, err := CaseFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("golden: no *.json cases under %s", dir)
	}
	out := make([]Outcome, len(files))
	for i, f := range files {
		out[i] = RunFile(f)
	}
	return out, nil
}

// Report writes a readable report of the outcomes, in Chinese, for the
// policy staff who read it: for each case its verdict (通过 / 未通过), file,
// title and articles, and for a failure each differing field by its
// Chinese name and path with the expected and actual values
// (待遇项目·金额（items[2].amount）：期望 3897.15，实际 3340.41; a value of a
// fixed list with its Chinese name, ValueText) and the explanation, in
// Chinese when the computation offers it (verbose shows the explanation of
// every case). It returns the number of cases that did not pass. ReportEN
// is the developers' English.
func Report(w io.Writer, outcomes []Outcome, verbose bool) int {
	return report(w, outcomes, verbose, false)
}

// ReportEN is Report in English, for developers: PASS / FAIL, each
// difference as Difference.String (items[2].amount: expected 3897.15, got
// 3340.41) and the library's English explanation.
func ReportEN(w io.Writer, outcomes []Outcome, verbose bool) int {
	return report(w, outcomes, verbose, true)
}

func report(w io.Writer, outcomes []Outcome, verbose, en bool) int {
	failed := 0
	for _, o := range outcomes {
		verdict := "通过  "
		switch {
		case en && o.Pass:
			verdict = "PASS"
		case en:
			verdict = "FAIL"
		case !o.Pass:
			verdict = "未通过"
		}
		if !o.Pass {
			failed++
		}
		fmt.Fprintf(w, "%s  %s\n", verdict, o.File)
		if o.Title != "" {
			if en {
				fmt.Fprintf(w, "      %s (%s)\n", o.Title, strings.Join(o.Articles, "、"))
			} else {
				fmt.Fprintf(w, "      %s（%s）\n", o.Title, strings.Join(o.Articles, "、"))
			}
		}
		if o.Problem != "" {
			if en {
				fmt.Fprintf(w, "      cannot be run: %s\n", o.Problem)
			} else {
				fmt.Fprintf(w, "      无法运行：%s\n", o.Problem)
			}
			continue
		}
		if !o.Pass {
			for _, d := range o.Differences {
				if en {
					fmt.Fprintf(w, "      %s\n", d)
				} else {
					fmt.Fprintf(w, "      %s\n", d.Chinese(o.Kind))
				}
			}
		}
		if !o.Pass || verbose {
			lines := o.ExplanationLines()
			if en {
				lines = o.Explanation
			}
			for _, line := range lines {
				fmt.Fprintf(w, "        · %s\n", line)
			}
		}
	}
	if en {
		fmt.Fprintf(w, "\n%d passed, %d failed\n", len(outcomes)-failed, failed)
	} else {
		fmt.Fprintf(w, "\n通过 %d，未通过 %d\n", len(outcomes)-failed, failed)
	}
	return failed
}

// ExplanationLines is the explanation for a reader: the Chinese one when
// the computation offers it (see ExplainerZH), else the library's English one.
func (o Outcome) ExplanationLines() []string {
	lines := o.ExplanationZH
	if len(lines) == 0 {
		lines = o.Explanation
	}
	return lines
}

// TB is the part of *testing.T that CheckDir uses.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// CheckDir runs every case under dir and fails t for each one that does not
// pass, with the readable report of that case: each package's tests call it
// on its own cases.
// It also compares every case's explanation, word for word in both
// languages, with dir's ExplanationsFile, and each Chinese line's articles
// with its English twin's (ArticleMismatches).
func CheckDir(t TB, dir string) {
	t.Helper()
	outcomes, err := RunDir(dir)
	if err != nil {
		t.Fatalf("%v", err)
	}
	for _, o := range outcomes {
		if !o.Pass {
			var sb strings.Builder
			Report(&sb, []Outcome{o}, true)
			t.Errorf("golden case %s:\n%s", o.File, sb.String())
		}
	}
	checkExplanations(t, dir, outcomes)
}

// unwritable finds the path of the first value under v whose JSON or text
// form cannot be written, or "".
func unwritable(v reflect.Value, path string) string {
	if !v.IsValid() {
		return ""
	}
	if v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		if _, err := json.Marshal(v.Interface()); err == nil {
			return ""
		}
		return unwritable(v.Elem(), path)
	}
	if v.CanInterface() {
		if _, err := json.Marshal(v.Interface()); err == nil {
			return ""
		}
	}
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			p := path
			if !(f.Anonymous && name == "") {
				if name == "" {
					name = f.Name
				}
				if p != "" {
					p += "."
				}
				p += name
			}
			if w := unwritable(v.Field(i), p); w != "" {
				return w
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if w := unwritable(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); w != "" {
				return w
			}
		}
	}
	return path
}

// RegulationArticles is the number of articles of 沪人社福〔2025〕373号
// (第一条 to 第八十一条).
const RegulationArticles = 81

var (
	errBadArticle = errors.New("bad article")
	articleRe     = regexp.MustCompile(`^第([一二三四五六七八九十百零〇]+)条(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$`)
)

// checkArticle says what is wrong with an article a case cites, or "". An
// article of 373号 is written 第十四条 (a 款 or 项 may follow) and must
// exist; one of another document names the document first
// (《实施办法》第十四条, 人社厅函〔2025〕79号 第三十八条) and is not checked.
func checkArticle(a string) string {
	a = strings.TrimSpace(a)
	if strings.ContainsAny(a, "《〔") {
		return ""
	}
	m := articleRe.FindStringSubmatch(a)
	if m == nil {
		return fmt.Sprintf("条款“%s”的写法不对：应写成“第十四条”（其他文件的条款先写文件名，如“《实施办法》第十四条”）", redact.Value(a))
	}
	if n := chineseNumber(m[1]); n < 1 || n > RegulationArticles {
		return fmt.Sprintf("条款“%s”不存在：沪人社福〔2025〕373号只有第一条至第八十一条", redact.Value(a))
	}
	return ""
}

// chineseNumber reads a Chinese numeral below 1000 (十四, 二十一, 一百零二), or 0.
func chineseNumber(s string) int {
	digits := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	total, cur := 0, 0
	for _, r := range s {
		switch r {
		case '百':
			total += max(cur, 1) * 100
			cur = 0
		case '十':
			total += max(cur, 1) * 10
			cur = 0
		default:
			d, ok := digits[r]
			if !ok {
				return 0
			}
			cur = d
		}
	}
	return total + cur
}

package golden

import (
	"encoding"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

// WriteDictionary writes testdata/golden/README.md: how to write, run and
// review a case, then every kind with its input and output fields (Chinese
// name, type, example from the cases under dir), the values of each fixed
// list, and every error code with its meaning. It is generated from the
// code (the kinds' Go types and this package's dictionary), and a test
// checks the README against it, so that it never drifts:
//
//	go run ./examples/golden -dictionary > testdata/golden/README.md
func WriteDictionary(w io.Writer, dir string) error {
	outcomes, err := RunDir(dir)
	if err != nil {
		return err
	}
	examples := map[string]string{} // kind + " in|out " + path → first value
	dirs := map[string]map[string]bool{}
	for _, o := range outcomes {
		d := dirOf(dir, o.File)
		if dirs[o.Kind] == nil {
			dirs[o.Kind] = map[string]bool{}
		}
		dirs[o.Kind][d] = true
		for _, part := range []struct {
			name string
			raw  []byte
		}{{"in", o.Input}, {"out", []byte(o.Expected)}} {
			leaves, err := Flatten(part.raw)
			if err != nil {
				continue
			}
			for _, l := range leaves {
				key := o.Kind + " " + part.name + " " + listIndex.ReplaceAllString(l.Path, "[]")
				if _, ok := examples[key]; !ok {
					examples[key] = l.Value
				}
			}
		}
	}

	var b strings.Builder
	b.WriteString(dictionaryIntro)
	b.WriteString("\n## 计算种类一览\n\n| 种类（kind） | 中文名 | 用例目录 |\n|---|---|---|\n")
	for _, k := range Kinds() {
		var ds []string
		for d := range dirs[k] {
			ds = append(ds, "`"+d+"/`")
		}
		sort.Strings(ds)
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s |\n", k, anchor(k), KindZH(k), strings.Join(ds, " "))
	}

	enums := map[string]reflect.Type{}
	b.WriteString("\n## 各种类的输入与期望输出\n\n“可省略”的字段不写时按默认处理；其余字段都要写。示例取自现有用例。\n")
	for _, k := range Kinds() {
		in, out, _ := Fields(k)
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n### `%s`：%s\n", anchor(k), k, KindZH(k))
		for _, part := range []struct {
			title, name string
			fields      []Field
		}{{"输入（input）", "in", in}, {"期望输出（expect）", "out", out}} {
			fmt.Fprintf(&b, "\n%s：\n\n", part.title)
			if len(part.fields) == 0 {
				b.WriteString("（无字段：写 `{}`）\n")
				continue
			}
			b.WriteString("| 字段 | 中文名 | 类型 | 可省略 | 示例 |\n|---|---|---|---|---|\n")
			for _, f := range part.fields {
				t := f.Type
				if t.Kind() == reflect.Slice && isEnum(t.Elem()) {
					t = t.Elem()
				}
				typ := f.TypeZH()
				if isEnum(t) {
					enums[t.String()] = t
					typ += fmt.Sprintf("，取值见 [%s](#%s)", t.String(), anchor(t.String()))
				}
				if f.Key == "clauses" && strings.HasPrefix(k, "eligibility.") {
					typ += "，取值见 [第十条的条款项](#eligibility-clauses)"
				}
				if f.Key == "error" {
					typ += "，见 [错误代码](#错误代码)"
				}
				opt := ""
				if f.Optional {
					opt = "可省略"
				}
				ex := examples[k+" "+part.name+" "+f.Path]
				if ex == "" {
					ex = examples[k+" "+part.name+" "+f.Path+"[]"]
				}
				if ex != "" {
					ex = "`" + cell(truncate(Show(ex), 40)) + "`"
				}
				fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", f.Path, cell(FieldZH(k, f.Path)), cell(typ), opt, ex)
			}
		}
	}

	b.WriteString("\n## 取值表\n\n下列字段只能取表中的值（写左列的英文值）。\n")
	var names []string
	for n := range enums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n### %s\n\n| 取值 | 中文 |\n|---|---|\n", anchor(n), n)
		for _, v := range EnumValues(enums[n]) {
			shown := "`" + v + "`"
			if v == "" {
				shown = "（空，可省略）"
			}
			fmt.Fprintf(&b, "| %s | %s |\n", shown, cell(ValueZH(n, v)))
		}
	}

	b.WriteString("\n<a id=\"eligibility-clauses\"></a>\n### 第十条的条款项（eligibility.decide 的 clauses）\n\n| 取值 | 中文 |\n|---|---|\n")
	for _, c := range clauseValues() {
		fmt.Fprintf(&b, "| `%s` | %s |\n", cell(c), cell(ValueZH("", c)))
	}

	b.WriteString("\n## 错误代码\n\n期望报错时写 `{\"error\": \"代码\"}`。带冒号的代码后半部分是细节，如 `not_covered:2027`（2027年的放假安排尚未载入）、`missing_parameter:参数名`。代码及其含义取自各个 Go 包（各包的 Codes 函数）；调用方程序从错误本身取得同样的代码和中文（errcode.Of）。\n\n| 代码 | 含义 |\n|---|---|\n")
	for _, c := range registeredIDs() {
		meaning := codeMeaning(c)
		if form, ok := codeForms[c]; ok {
			meaning += "（写作 " + form + "）"
		}
		fmt.Fprintf(&b, "| `%s` | %s |\n", c, cell(meaning))
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// isEnum reports whether values of t come from a fixed list the dictionary
// names: a named string type of this module with Chinese names, or a named
// integer type written as text.
func isEnum(t reflect.Type) bool {
	if t.Name() == "" || !strings.HasPrefix(t.PkgPath(), "github.com/zhishang/zhishang/") {
		return false
	}
	return len(EnumValues(t)) > 0
}

// EnumValues lists the values of a fixed list type: for an integer type
// written as text, every value it writes (found by trying them); for a
// string type, the values the dictionary names.
func EnumValues(t reflect.Type) []string {
	var out []string
	switch t.Kind() {
	case reflect.Uint8, reflect.Int, reflect.Int8, reflect.Uint, reflect.Uint16, reflect.Int16, reflect.Int32, reflect.Uint32:
		if !t.Implements(textMarshaler) {
			return nil
		}
		for i := 0; i < 64; i++ {
			v := reflect.New(t).Elem()
			if v.CanInt() {
				v.SetInt(int64(i))
			} else {
				v.SetUint(uint64(i))
			}
			text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
			if err != nil || strings.Contains(string(text), "(") { // Industry(9): not a value
				continue
			}
			out = append(out, string(text))
		}
	case reflect.String:
		prefix := t.String() + ":"
		seen := map[string]bool{}
		for _, m := range []map[string]string{namesZH, valuesZH} {
			for k := range m {
				if v, ok := strings.CutPrefix(k, prefix); ok && !seen[v] {
					seen[v] = true
					out = append(out, v)
				}
			}
		}
		sort.Strings(out)
	}
	return out
}

func dirOf(root, file string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(file, root), "/")
	if i := strings.IndexByte(rel, '/'); i >= 0 {
		return rel[:i]
	}
	return "."
}

func anchor(s string) string {
	return strings.NewReplacer(".", "-", "_", "-").Replace(strings.ToLower(s))
}

func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

const dictionaryIntro = `# 黄金用例（golden cases）：写法、运行与字典

<!-- 本文件由 go run ./examples/golden -dictionary > testdata/golden/README.md 生成，请勿手改；
     go test ./internal/golden 检查它与代码一致。 -->

每个 JSON 文件是一个场景（用例），政策人员不必写 Go 代码就能阅读、复制和新增：

- ` + "`title`" + `：用一句话说明这个用例检验什么；
- ` + "`articles`" + `：所检验的《规程》（沪人社福〔2025〕373号）条款，如 ` + "`[\"第十四条\"]`" + `；
- ` + "`kind`" + `：计算的种类，见下文“计算种类一览”；
- ` + "`input`" + `：输入，各种类的字段见下文；
- ` + "`expect`" + `：完整的期望输出；期望报错时写 ` + "`{\"error\": \"错误代码\"}`" + `，代码见“错误代码”；
- ` + "`note`" + `（可省略）：期望值的来源或手算过程。

不认识的字段会报错（拼写错误不会被悄悄忽略）。文件写错时（全角冒号“：”、全角引号、多余或缺少的逗号），
报告给出行号、列号和中文说明。字段名、冒号、逗号和引号一律用英文半角；字段的值可以写中文。

## 三条命令

在仓库根目录运行：

` + "```sh" + `
go run ./examples/golden                     # 运行全部用例：通过（PASS）/未通过（FAIL），未通过时逐项列出不同的字段
go run ./examples/golden -html 报告.html -regulation 规程正文.txt   # 可打印、签字的报告（单个 HTML 文件，A4）
go run ./examples/golden -export-xlsx 用例.xlsx                      # 全部用例导出为 Excel/WPS 工作簿
go run ./examples/golden -import-xlsx 用例.xlsx -html 报告.html      # 运行工作簿中的每一行并出报告
` + "```" + `

` + "`规程正文.txt`" + ` 是沪人社福〔2025〕373号的全文：从上海市人力资源和社会保障局公布的文件复制，存为 UTF-8 纯文本
（本库不附带）；不给 ` + "`-regulation`" + ` 时报告只列条款号和一句话摘要。

其他：` + "`-v`" + ` 列出每个用例的计算过程；` + "`go run ./examples/golden testdata/golden/calendar/declaration-2026-01.json`" + `
只运行一个用例；` + "`-accept 用例…`" + ` 在列出差异之后，把所点名用例的实际输出写为新的期望（只改点名的用例，
不会一次改全部）。` + "`go test ./...`" + ` 也会运行全部用例。

新增用例：复制一个同类文件，改标题、输入和期望，然后运行上面第一条命令。

` + "`claims.timeline`" + ` 用例的输入就是 ` + "`examples/claim-timeline`" + ` 读取的整份案件（` + "`casefile.File`" + `，包 claims/casefile 只调用 claims 规则集的方法，不含规则）。
受理了的案件须写明 ` + "`clarity`" + `（` + "`clear`" + ` 或 ` + "`not_clear`" + `），作出结论的须写明 ` + "`confirmed`" + `，不作推定。期限落在
尚未载入国务院放假安排的年份时，输出写作 ` + "`unknown (not before 日期)`" + ` 或 ` + "`unknown (not_covered:2027)`" + `：
该期限未知（不早于所列日期），案件的其他期限和检查照常给出。 ` + "`levy.bill`" + ` 同理：申报期限或推送期限落在
这样的年份时，列在 ` + "`unknown`" + ` 中（` + "`declaration_deadline: not_covered:2027, not before 2027-01-15`" + `），
账单的分录和合计照常给出（金额不依赖放假安排）。` + "`claims.cover`" + ` 的结果为 ` + "`covered`" + `（已缴费）、
` + "`pending`" + `（当月保障费尚未到申报期限）或 ` + "`not_covered`" + `（期限已过仍未缴纳）。
`

// clauses are the clauses of 第十条 an eligibility decision may list, as
// eligibility's kinds package registers them (RegisterClauses).
var clauses []string

// RegisterClauses gives the dictionary the clauses of 第十条 an
// eligibility decision may list (eligibility.Clauses, each as its text).
func RegisterClauses(cs []string) { clauses = append([]string(nil), cs...) }

// clauseValues lists the clauses of 第十条 an eligibility decision may list.
func clauseValues() []string { return clauses }

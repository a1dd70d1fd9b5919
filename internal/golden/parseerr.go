package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/jsonerr"
)

// ParseError says, in Chinese, why a case file cannot be read, and where:
// Line and Column (both from 1, the column counted in characters, not
// bytes) are 0 when the error has no place in the file (a missing title, a
// date the library refuses). It never shows a raw byte: a full-width colon
// is named as one.
type ParseError struct {
	Line, Column int
	// Part is "input" or "expect" when the error is in that part of the case.
	Part string
	// Msg is what is wrong, in Chinese.
	Msg string
	// Err is the underlying error.
	Err error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "第%d行第%d列：", e.Line, e.Column)
	}
	if e.Part != "" && e.Line == 0 {
		fmt.Fprintf(&b, "%s（%s）：", e.Part, partZH[e.Part])
	}
	b.WriteString(e.Msg)
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

func (e *ParseError) in(part string) *ParseError {
	e.Part = part
	return e
}

// locate explains err, an error decoding data[base:], as a *ParseError
// placed in data.
func locate(data []byte, base int, err error) *ParseError {
	sub := data[base:]
	pe := &ParseError{Err: err}
	at := func(off int) {
		off += base
		if off < 0 {
			off = 0
		}
		if off > len(data) {
			off = len(data)
		}
		pe.Line, pe.Column = position(data, off)
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var je *jsonerr.Error
	msg := err.Error()
	if !errors.As(err, &je) {
		je = &jsonerr.Error{Offset: -1}
	}
	field := strings.TrimPrefix(je.Path, "$.")
	if field == "$" || field == "" {
		field = "（整个值）"
	}
	if je.Offset >= 0 && je.Err != jsoncode.ErrSyntax && je.Err != jsoncode.ErrType {
		at(int(je.Offset))
	}
	switch je.Err {
	case jsoncode.ErrKeyCase:
		pe.Msg = fmt.Sprintf("字段“%s”的大小写不对：应写成“%s”（字段名区分大小写）", je.Key, je.Want)
	case jsoncode.ErrDuplicateKey:
		pe.Msg = fmt.Sprintf("字段“%s”出现了两次（同一层只能写一次；只有最后一次会被读到）", je.Key)
	case jsoncode.ErrUnknownKey:
		pe.Msg = fmt.Sprintf("不认识的字段“%s”（拼写错误？不认识的字段不会被悄悄忽略）", je.Key)
		if s := suggest(je.Key); s != "" {
			pe.Msg += fmt.Sprintf("；是不是“%s”？", s)
		}
	case jsoncode.ErrTrailing:
		pe.Msg = "JSON 内容结束之后还有多余的内容（多了一个 } 或 ]，或者一个文件里写了两个用例）"
	case jsonerr.ErrTooLarge:
		pe.Msg = fmt.Sprintf("文件过大：超过 %d 字节的上限", je.Limit)
	case jsoncode.ErrTooDeep:
		pe.Msg = fmt.Sprintf("嵌套过深：对象 { } 和列表 [ ] 最多嵌套 %d 层", je.Limit)
	case jsoncode.ErrKeyLength:
		pe.Msg = fmt.Sprintf("字段名过长：最多 %d 个字节", je.Limit)
	case jsoncode.ErrStringLength:
		pe.Msg = fmt.Sprintf("字段“%s”的文字过长：最多 %d 个字节", field, je.Limit)
	case jsoncode.ErrNumber:
		pe.Msg = fmt.Sprintf("字段“%s”的数字过长或超出范围：金额和比例写出来最多 %d 位数字，指数不超过 ±%d（%s）",
			field, jsoncode.MaxDigits, jsoncode.MaxExponent, numberReasonZH(je.Detail))
	case jsoncode.ErrDecimals:
		pe.Msg = fmt.Sprintf("字段“%s”的小数位过多：最多 %d 位小数", field, je.Limit)
		if je.Limit == jsoncode.AmountDecimals {
			pe.Msg += "（金额以元为单位，精确到分）"
		}
	case jsoncode.ErrNull:
		pe.Msg = fmt.Sprintf("字段“%s”不能写 null：没有值就不写这个字段", field)
	case jsoncode.ErrRequired:
		pe.Msg = fmt.Sprintf("缺少必填字段“%s”", field)
	case jsoncode.ErrSyntax:
		switch {
		case errors.As(err, &se) && strings.Contains(se.Error(), "unexpected end of JSON input"):
			at(len(sub))
			pe.Msg = "文件在中途结束：缺少结尾的 } 或 ]，或者缺少字符串结尾的引号"
		case se != nil:
			off, m := syntaxCause(sub, int(se.Offset), se.Error())
			at(off)
			pe.Msg = m
		default:
			off, m := int(je.Offset), "这里不是合法的 JSON"
			if o, bom := syntaxCause(sub, off, ""); bom == "文件开头有一个看不见的 BOM 标记：请存为“UTF-8（无 BOM）”" {
				off, m = o, bom
			}
			at(off)
			pe.Msg = m
		}
	case jsoncode.ErrType:
		if je.Offset >= 0 {
			at(int(je.Offset))
		}
		if errors.As(err, &te) {
			pe.Msg = fmt.Sprintf("字段“%s”的值类型不对：应为%s，这里写的是%s", field, typeZH(te.Type), jsonKindZH(redactKind(te.Value)))
		} else {
			pe.Msg = fmt.Sprintf("字段“%s”的值类型不对", field)
		}
	case jsoncode.ErrValue:
		if input, layout, ok := dateError(err); ok {
			what, example := "日期", "2026-01-20"
			if layout == "YYYY-MM" {
				what, example = "月份", "2026-01"
			}
			pe.Msg = fmt.Sprintf("“%s”不是合法的%s：应写成 %s 这样的形式，且是真实存在的%s", redact.Value(input), what, example, what)
			if je.Offset < 0 {
				if off := quotedOffset(sub, input); off >= 0 {
					at(off)
				}
			}
			break
		}
		pe.Msg = fmt.Sprintf("字段“%s”的值不合要求：%s", field, msg)
	default:
		// A value the library refuses after reading (not the JSON layer's):
		// placed where the value it quotes is written.
		pe.Msg = "值不合要求：" + redact.Short(msg, 200)
		if m := quoted.FindStringSubmatch(msg); m != nil {
			var v string
			if json.Unmarshal([]byte(m[0]), &v) == nil {
				if off := quotedOffset(sub, v); off >= 0 {
					at(off)
				}
			}
		}
	}
	return pe
}

// dateError finds a malformed date or month in err (calendar's parse error, code parse):
// the text as written and its layout (YYYY-MM-DD or YYYY-MM). Calendar's
// kinds package sets it (RegisterDateError); until then no error is one.
var dateError = func(error) (input, layout string, ok bool) { return "", "", false }

// RegisterDateError gives the runner the way to recognise a malformed date
// or month (calendar's parse error), which it explains in Chinese with an
// example of the right form.
func RegisterDateError(f func(err error) (input, layout string, ok bool)) { dateError = f }

// numberReasonZH says in Chinese why a number was refused (jsonerr's
// Detail).
func numberReasonZH(detail string) string {
	switch {
	case strings.Contains(detail, "exponent"):
		return "指数过大"
	case strings.Contains(detail, "longer"):
		return "写得太长"
	case strings.Contains(detail, "digits"):
		return "位数过多"
	case strings.Contains(detail, "not a decimal"):
		return "不是数字的写法，应写成 1234.50 这样的形式，不用千位分隔符"
	}
	return "超出可读取的范围"
}

// redactKind masks the number encoding/json quotes in a type error's
// value ("number 110101199003071234").
func redactKind(v string) string {
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return "number " + redact.Value(n)
	}
	return v
}

var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// quotedOffset finds the JSON string v written as a value (not a key) in b, or -1.
func quotedOffset(b []byte, v string) int {
	q, _ := json.Marshal(v)
	for i := 0; ; {
		j := bytes.Index(b[i:], q)
		if j < 0 {
			return -1
		}
		if k := skipSpace(b, i+j+len(q)); k >= len(b) || b[k] != ':' {
			return i + j
		}
		i += j + 1
	}
}

// position gives the 1-based line and column (in characters) of byte off.
func position(data []byte, off int) (line, col int) {
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, utf8.RuneCount(before) + 1
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// prevNonSpace returns the index of the last non-space byte before i, or -1.
func prevNonSpace(b []byte, i int) int {
	for i--; i >= 0; i-- {
		if c := b[i]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return i
		}
	}
	return -1
}

var fullWidth = map[rune]string{
	'：':      "全角冒号“：”，应为英文冒号 :",
	'，':      "全角逗号“，”，应为英文逗号 ,",
	'“':      "中文引号“，应为英文双引号 \"",
	'”':      "中文引号”，应为英文双引号 \"",
	'‘':      "中文单引号‘，应为英文双引号 \"",
	'’':      "中文单引号’，应为英文双引号 \"",
	'＂':      "全角引号＂，应为英文双引号 \"",
	'｛':      "全角括号｛，应为英文括号 {",
	'｝':      "全角括号｝，应为英文括号 }",
	'［':      "全角方括号［，应为英文方括号 [",
	'］':      "全角方括号］，应为英文方括号 ]",
	'【':      "中文方括号【，应为英文方括号 [",
	'】':      "中文方括号】，应为英文方括号 ]",
	'　':      "全角空格，应为普通空格",
	'\u00a0': "不间断空格（从网页或文档复制来的），应为普通空格",
	'；':      "全角分号“；”，JSON 中各项之间应为英文逗号 ,",
}

// syntaxCause finds where a JSON syntax error is (off is the decoder's
// offset, just past the byte it stopped at) and says what it is in Chinese.
func syntaxCause(b []byte, off int, msg string) (int, string) {
	if off <= 3 && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		// The strict layer names a leading byte order mark at offset 0.
		return 0, "文件开头有一个看不见的 BOM 标记：请存为“UTF-8（无 BOM）”"
	}
	p := off - 1
	if p >= len(b) {
		p = len(b) - 1
	}
	if p < 0 {
		return 0, "文件不是 JSON：应以 { 开头"
	}
	for p > 0 && !utf8.RuneStart(b[p]) {
		p--
	}
	r, _ := utf8.DecodeRune(b[p:])
	if r == '\uFEFF' {
		return p, "文件开头有一个看不见的 BOM 标记：请存为“UTF-8（无 BOM）”"
	}
	if m, ok := fullWidth[r]; ok {
		return p, "这里用了" + m
	}
	if strings.Contains(msg, "in literal") { // a word that is not true, false or null
		s := p
		for s > 0 && (b[s-1] >= 'a' && b[s-1] <= 'z' || b[s-1] >= 'A' && b[s-1] <= 'Z') {
			s--
		}
		p = s
		r, _ = utf8.DecodeRune(b[p:])
		if p != skipSpace(b, 0) {
			e := p
			for e < len(b) && (b[e] >= 'a' && b[e] <= 'z' || b[e] >= 'A' && b[e] <= 'Z' || b[e] == '_') {
				e++
			}
			return p, fmt.Sprintf("文字“%s”要用英文双引号括起（只有 true、false、null 和数字不用引号）", redact.Value(string(b[p:e])))
		}
	}
	if p == skipSpace(b, 0) && r != '{' {
		return p, fmt.Sprintf("这里应是英文大括号 {（一个用例以 { 开头、以 } 结尾），却是“%c”", r)
	}
	if strings.Contains(msg, "looking for beginning of value") && (unicode.IsLetter(r) || r == '_') {
		e := p
		for e < len(b) {
			q, n := utf8.DecodeRune(b[e:])
			if !unicode.IsLetter(q) && !unicode.IsDigit(q) && q != '_' && q != '-' {
				break
			}
			e += n
		}
		return p, fmt.Sprintf("文字“%s”要用英文双引号括起（只有 true、false、null 和数字不用引号）", redact.Value(string(b[p:e])))
	}
	if r >= '０' && r <= '９' {
		return p, "这里用了全角数字，应为半角数字 0–9"
	}
	prev := prevNonSpace(b, p)
	if r >= '0' && r <= '9' && prev == p-1 && b[prev] == '0' && (prev == 0 || b[prev-1] < '0' || b[prev-1] > '9') && (prev == 0 || b[prev-1] != '.') {
		return prev, "数字不能以 0 开头（05 应写成 5）"
	}
	if (r == '}' || r == ']') && prev >= 0 && b[prev] == ',' {
		return prev, "多余的逗号：最后一项后面不能再有逗号"
	}
	if strings.Contains(msg, "after object key:value pair") || strings.Contains(msg, "after array element") {
		if r == '"' || r == '{' || r == '[' || r == '-' || (r >= '0' && r <= '9') || r == 't' || r == 'f' || r == 'n' {
			return p, "缺少逗号：上一项与这一项之间要用英文逗号 , 分隔"
		}
	}
	if strings.Contains(msg, "in string literal") {
		if r == '\n' || r == '\r' {
			return p, "字符串中间不能换行（或者上一行的字符串缺少结尾的引号）"
		}
		return p, "字符串里有不允许的控制字符"
	}
	if strings.Contains(msg, "in string escape code") {
		return p, "字符串里的反斜杠 \\ 后面不能跟这个字符：要写反斜杠本身请写成 \\\\"
	}
	if r == '\'' {
		return p, "字段名和字符串要用英文双引号 \"，不能用单引号 '"
	}
	if strings.Contains(msg, "looking for beginning of object key string") {
		return p, fmt.Sprintf("这里应是一个用英文双引号括起的字段名，却是“%c”", r)
	}
	if strings.Contains(msg, "after object key") {
		return p, fmt.Sprintf("字段名后面应是英文冒号 :，却是“%c”", r)
	}
	if r < ' ' {
		return p, fmt.Sprintf("这里有一个不可见的控制字符（U+%04X）", r)
	}
	return p, fmt.Sprintf("这里不能出现“%c”", r)
}

// valueStart goes back from end, just past a JSON value, to the value's start.
func valueStart(b []byte, end int) int {
	// The value follows the last ':' or ',' or '[' before it, outside
	// strings; a scan from the start keeps it simple and exact.
	start, inStr, esc := 0, false, false
	for i := 0; i < end && i < len(b); i++ {
		c := b[i]
		switch {
		case inStr:
			if esc {
				esc = false
			} else if c == '\\' {
				esc = true
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == ':' || c == ',' || c == '[':
			start = skipSpace(b, i+1)
		}
	}
	if start > end {
		start = end
	}
	return start
}

// keyOffset finds the key "name" (a string followed by a colon) in b, or -1.
func keyOffset(b []byte, name string) int {
	q, _ := json.Marshal(name)
	for i := 0; ; {
		j := bytes.Index(b[i:], q)
		if j < 0 {
			return -1
		}
		k := skipSpace(b, i+j+len(q))
		if k < len(b) && b[k] == ':' {
			return i + j
		}
		i += j + 1
	}
}

// valueOffset finds the value of the top-level key in a JSON object, or -1.
func valueOffset(b []byte, key string) int {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return -1
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return -1
		}
		off := int(dec.InputOffset())
		if t == key {
			i := skipSpace(b, off)
			if i < len(b) && b[i] == ':' {
				return skipSpace(b, i+1)
			}
			return -1
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return -1
		}
	}
	return -1
}

func typeZH(t reflect.Type) string {
	if t == nil {
		return "另一种类型"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if name, ok := typeNamesZH[t.String()]; ok {
		return name
	}
	if t.Kind() != reflect.String && (t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)) {
		return "文本（用英文双引号括起）"
	}
	switch t.Kind() {
	case reflect.String:
		return "文本（用英文双引号括起）"
	case reflect.Bool:
		return "true 或 false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "整数"
	case reflect.Float32, reflect.Float64:
		return "数"
	case reflect.Slice, reflect.Array:
		return "列表 [ … ]"
	case reflect.Struct, reflect.Map:
		return "对象 { … }"
	}
	return t.String()
}

func jsonKindZH(v string) string {
	switch {
	case v == "string":
		return "文本"
	case v == "number":
		return "数字"
	case strings.HasPrefix(v, "number "):
		return "数字 " + strings.TrimPrefix(v, "number ")
	case v == "bool":
		return "true/false"
	case v == "object":
		return "对象 { … }"
	case v == "array":
		return "列表 [ … ]"
	case v == "null":
		return "null"
	}
	return v
}

// suggest returns the known field names closest to name (at most two
// edits away, at most three of them) as “a”或“b”, or "".
func suggest(name string) string {
	var best []string
	bestD := 3
	for _, f := range knownFields() {
		switch d := editDistance(name, f); {
		case d < bestD:
			best, bestD = []string{f}, d
		case d == bestD && len(best) < 3:
			best = append(best, f)
		}
	}
	return strings.Join(best, "”或“")
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// encodingError says, for a file that is not UTF-8, what it is and where
// the first byte that is not UTF-8 sits; nil for a UTF-8 file.
func encodingError(data []byte) *ParseError {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) ||
		len(data) >= 4 && bytes.Count(data[:min(len(data), 64)], []byte{0}) > 0 {
		return &ParseError{Line: 1, Column: 1, Msg: "文件是 UTF-16（记事本的“Unicode”）编码：请另存为 UTF-8", Err: errNotUTF8}
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			line, col := position(data, i)
			return &ParseError{Line: line, Column: col, Msg: "文件不是 UTF-8 编码（可能是 GBK，中文 Windows 的记事本或 WPS 默认如此）：请另存为 UTF-8", Err: errNotUTF8}
		}
		i += n
	}
	return nil
}

var (
	errNotUTF8 = errors.New("not UTF-8")
)

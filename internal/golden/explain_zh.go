package golden

import (
	"reflect"
	"regexp"
	"strings"
	"unicode"
)

// ErrorLineZH explains a refused computation in Chinese: the meaning of its
// error code (CodeZH) and the figures and names the library's message
// carries (DetailsZH); the message itself, in English, stays in the
// explanation's English lines.
func ErrorLineZH(code, message string) string {
	return "未能计算：" + ErrorMeaningZH(code, message)
}

// ErrorMeaningZH is ErrorLineZH without its "未能计算" prefix.
func ErrorMeaningZH(code, message string) string {
	return meaningLine(CodeZH(code), code, message)
}

// meaningLine is a refusal's meaning, its code and the figures and names of
// the library's message (DetailsZH).
func meaningLine(meaning, code, message string) string {
	if meaning == "" {
		meaning = "输入或数据不合要求"
	}
	head, _, _ := strings.Cut(code, ":")
	s := meaning + "（错误代码 " + head + "）"
	var more []string
	for _, d := range DetailsZH(message) {
		if !strings.Contains(s, strings.Trim(d, "“”")) {
			more = append(more, d)
		}
	}
	if len(more) > 0 {
		s += "。涉及：" + strings.Join(more, "、")
	}
	return s
}

// detail matches what a clerk can check in a library message written in
// English: a quoted value, a run of Chinese (an article, a document's
// number: 第四十三条, 沪人社福〔2025〕373号), or a figure, date, month,
// field path, parameter name or identifier (a token that holds a digit or
// one of . _ [ ] $).
var detail = regexp.MustCompile(`"[^"\n]{1,80}"|[\p{Han}〔〕《》0-9]*\p{Han}[\p{Han}〔〕《》0-9]*|[A-Za-z0-9$._\[\]#/+-]*[0-9._\[\]$][A-Za-z0-9$._\[\]#/+-]*`)

// DetailsZH lists, in order and once each, the figures and names of a
// library message written in English (see detail): what the Chinese line
// of a refusal quotes of it, so that the clerk can find the value to
// correct. Words are left out; the English message itself is the
// explanation's English line.
func DetailsZH(message string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range detail.FindAllString(message, -1) {
		m = strings.TrimRight(m, ".")
		if len(m) > 1 && m[0] == '"' {
			m = "“" + m[1:len(m)-1] + "”"
		}
		if m == "" || m == "." || seen[m] || !strings.ContainsFunc(m, func(r rune) bool { return r >= '0' && r <= '9' || r > 127 || r == '_' || r == '.' || r == '[' }) {
			continue
		}
		seen[m] = true
		out = append(out, m)
	}
	return out
}

// Refused is the explanation of a computation refused with err, whose code
// (as the kind gives it) is code: the library's message, and in Chinese
// the error's own meaning (ErrorZH), its code and the message's figures
// and names (DetailsZH).
func Refused(err error, code string) Explained {
	msg := err.Error()
	return Explained{EN: []string{msg}, ZH: []string{"未能计算：" + RefusalZH(err, code)}}
}

// RefusalZH is a refusal in Chinese without the "未能计算" prefix: the
// error's own meaning (ErrorZH), its code and the message's figures and
// names (DetailsZH).
func RefusalZH(err error, code string) string {
	return meaningLine(ErrorZH(err, code), code, err.Error())
}

// errorCode returns the error code an output carries in its Error field
// ("" when it has none).
func errorCode(out any) string {
	v := reflect.ValueOf(out)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	f := v.FieldByName("Error")
	if !f.IsValid() || f.Kind() != reflect.String {
		return ""
	}
	return f.String()
}

// withErrorZH gives a refused computation's explanation a Chinese rendering
// when it has none: the explanation of a refusal is its error, one line a
// line of English.
func withErrorZH(out any, e Explained) Explained {
	if len(e.ZH) > 0 || len(e.EN) == 0 {
		return e
	}
	code := errorCode(out)
	if code == "" {
		return e
	}
	e.ZH = make([]string, len(e.EN))
	for i, l := range e.EN {
		e.ZH[i] = ErrorLineZH(code, l)
	}
	return e
}

// ChineseAlready returns lines when every one of them is written in Chinese
// (the claims package explains most steps in Chinese already), else nil.
func ChineseAlready(lines []string) []string {
	for _, l := range lines {
		if !hasHan(l) {
			return nil
		}
	}
	return lines
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// NameZH is the Chinese name of a value of Go type typ, or the value.
func NameZH(typ, value string) string {
	if s := ValueZH(typ, value); s != "" {
		return s
	}
	return value
}

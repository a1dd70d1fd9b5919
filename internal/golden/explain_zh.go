package golden

import (
	"reflect"
	"strings"
	"unicode"
)

// ErrorLineZH explains a refused computation in Chinese: the meaning of its
// error code (CodeZH) and, for the figures and names it carries, the
// library's own message as 原文.
func ErrorLineZH(code, message string) string {
	return "未能计算：" + ErrorMeaningZH(code, message)
}

// ErrorMeaningZH is ErrorLineZH without its "未能计算" prefix.
func ErrorMeaningZH(code, message string) string {
	return meaningLine(CodeZH(code), code, message)
}

// meaningLine is a refusal's meaning, its code and the library's message.
func meaningLine(meaning, code, message string) string {
	if meaning == "" {
		meaning = "输入或数据不合要求"
	}
	head, _, _ := strings.Cut(code, ":")
	return meaning + "（错误代码 " + head + "）。原文：" + message
}

// Refused is the explanation of a computation refused with err, whose code
// (as the kind gives it) is code: the library's message, and in Chinese
// the error's own meaning (ErrorZH), its code and the message as 原文.
func Refused(err error, code string) Explained {
	msg := err.Error()
	return Explained{EN: []string{msg}, ZH: []string{"未能计算：" + RefusalZH(err, code)}}
}

// RefusalZH is a refusal in Chinese without the "未能计算" prefix: the
// error's own meaning (ErrorZH), its code and the library's message as 原文.
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

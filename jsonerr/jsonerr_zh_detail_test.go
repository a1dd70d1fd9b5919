package jsonerr

import (
	"github.com/zhishang/zhishang/internal/jsoncode"
	"testing"
)

// The strict reader's details are said in Chinese with their figures; one
// it does not know is left out of the Chinese (the English keeps it).
func TestDetailZH(t *testing.T) {
	for in, want := range map[string]string{
		"3 decimals":            "实有 3 位小数",
		"1048577 bytes":         "共 1048577 字节",
		"not a decimal number":  "不是十进制数",
		"exponent out of range": "指数超出范围",
		"":                      "",
		"3 decimalsx":           "",
		"x decimals":            "",
		"string, want Amount":   "",
	} {
		if got := detailZH(in); got != want {
			t.Errorf("detailZH(%q) = %q, want %q", in, got, want)
		}
	}
	e := &Error{Err: jsoncode.ErrDecimals, Path: "$.a", Offset: 5, Limit: 2, Detail: "3 decimals"}
	if got, want := e.Chinese(), "位置 $.a，第 5 字节："+jsoncode.ErrDecimals.Chinese()+"（上限 2）：实有 3 位小数"; got != want {
		t.Errorf("Chinese() = %q, want %q", got, want)
	}
}

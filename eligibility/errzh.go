package eligibility

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// faultZH says idrune.Fault's reasons in Chinese.
var faultZH = map[string]string{
	"not UTF-8 (or U+FFFD, the mark of bytes already lost)": "不是 UTF-8（或是 U+FFFD，表示字节已经丢失）",
	"white space":                        "空白字符",
	"a control character":                "控制字符",
	"a format character (Cf), invisible": "格式字符（Cf），看不见",
	"not a graphic character (unassigned, private use, surrogate or separator)":  "不是可见字符（未分配、私用、代理或分隔符）",
	"a default-ignorable code point, shown as nothing (such as a Hangul filler)": "默认可忽略的字符，显示为空（如韩文填充符）",
	"a variation selector, invisible":                                            "变体选择符，看不见",
	"Braille (U+2800 is a blank cell)":                                           "盲文（U+2800 是空白点位）",
}

// Chinese names the field, the code point (or byte) and its byte offset,
// and why, as Error does; never the ID.
func (e *idRefusal) Chinese() string {
	what := fmt.Sprintf("U+%04X", e.Rune)
	if e.Rune == utf8.RuneError && e.Byte != 0 {
		what = fmt.Sprintf("字节 0x%02X", e.Byte)
	}
	why, ok := faultZH[e.Why]
	if !ok {
		why = e.Why
	}
	return fmt.Sprintf("%s：%s：第 %d 字节处的 %s：%s（编号须为 UTF-8 的可见字符，不得有空白或看不见的字符）",
		errUnclearID.Chinese(), e.Field, e.Offset, what, why)
}

// whatZH says in Chinese what addCount was counting (the English when it
// is a host's own word).
func whatZH(what string) string {
	switch {
	case what == "tally total":
		return "汇总表合计（tally total）"
	case what == "distinct (order_id, worker_id) pairs":
		return "不同的（order_id, worker_id）对"
	case strings.HasPrefix(what, "counts."):
		return "计数 " + what
	case strings.HasPrefix(what, "invalid_unlisted[") && strings.HasSuffix(what, "]"):
		reason := strings.TrimSuffix(strings.TrimPrefix(what, "invalid_unlisted["), "]")
		return "invalid_unlisted 中原因“" + ReasonChinese(reason) + "”的计数"
	case what == "":
		return "计数"
	}
	return what
}

// wrapZH is fmt.Errorf("%w: %w", code, inner), its Chinese the code's and
// then inner's own (a row, a code point, a figure), not the code's alone.
func wrapZH(code, inner error) error {
	return errzh.With(fmt.Errorf("%w: %w", code, inner), "%s", errzh.Of(inner))
}

// csvZH is wrapZH(ErrCSVSyntax, inner), its Chinese naming RFC 4180 as
// ErrCSVSyntax's English does.
func csvZH(inner error) error {
	return errzh.With(fmt.Errorf("%w: %w", ErrCSVSyntax, inner), "不符合 RFC 4180：%s", errzh.Of(inner))
}

// binWhatZH names in Chinese the numbers a binary tally or batch holds.
var binWhatZH = map[string]string{
	"platforms": "平台个数", "platform length": "平台名称长度", "cells": "格数", "platform index": "平台序号",
	"day": "日期", "orders": "订单数",
}

// binArgsZH is args with the names of what a binary batch holds in Chinese
// (the English name after it): "month" is 月份（month）.
func binArgsZH(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		if s, ok := a.(string); ok {
			if zh, ok := batchWhatZH[s]; ok {
				out[i] = zh + "（" + s + "）"
			} else if zh, ok := binWhatZH[s]; ok {
				out[i] = zh + "（" + s + "）"
			} else {
				out[i] = "计数 " + s
			}
		}
	}
	return out
}

// batchWhatZH names in Chinese what a binary batch holds.
var batchWhatZH = map[string]string{
	"month": "月份", "tally": "汇总表", "invalid records": "无效记录", "invalid order_id": "无效记录的订单编号",
	"invalid error": "无效记录的错误", "invalid error's code": "无效记录的错误代码", "unlisted reasons": "未列明的原因",
	"unlisted reason": "未列明的原因", "unlisted count": "未列明原因的计数", "conflicts": "冲突",
	"conflict order_id": "冲突的订单编号", "conflict worker_id": "冲突的从业人员编号", "invalid line": "无效记录的行号", "conflict line": "冲突记录的行号", "max_invalid": "max_invalid",
}

// atZH is where (第 1 份, 第 2 行) followed by err's Chinese without its
// code's meaning, which the wrapping errzh error says first.
func atZH(where string, err error) string {
	s := errzh.Of(err)
	c := errcode.Of(err).Chinese()
	if s == c {
		return where
	}
	return where + "：" + strings.TrimPrefix(s, c+"：")
}

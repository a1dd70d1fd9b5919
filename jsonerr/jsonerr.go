// Package jsonerr names the refusals of the library's JSON readers
// (casefile.Parse of claims/casefile and of benefits/casefile, benefits.ParseAward,
// levy.ParseSetup, calendar.ParseSchedule, ParseSchedules and
// ParseOverrides, ledger.ParseSnapshot, the JSON forms' UnmarshalJSON
// methods, the golden cases; param.Parse and the tally's UnmarshalJSON read
// through the same layer): every one of them reads through one strict
// layer, whose refusal is an *Error. A host reaches it with errors.As
// through the reader's own error. Codes lists every kind of refusal (an
// errcode.Code: a stable id json_…, English and Chinese); the exported one,
// ErrTooLarge, is the one a host branches on (to raise its own bound or
// answer "payload too large"). Every kind is errcode.Stop (fix the
// document); a host that must tell the others apart compares the id:
//
//	var je *jsonerr.Error
//	if errors.As(err, &je) {
//		log.Printf("case file refused at %s (byte %d): %v", je.Path, je.Offset, je.Err)
//	}
//	if errcode.Of(err).Code() == "json_too_deep" { … }
//
// # Limits
//
// Every limit is checked before anything is parsed or decoded, so no input
// can exhaust the stack, the memory or the CPU of the host (资金与信息安全,
// 沪人社福〔2025〕373号 第七十九条):
//
//   - document size: MaxBytes, 8 MiB (a reader may state another;
//     ledger.ParseSnapshot takes SnapshotMaxBytes, 256 MiB);
//   - nesting of objects and lists: 64 levels;
//   - a key: 128 bytes as written; a string value: 64 KiB (65536 bytes);
//   - a number: 40 bytes as written and an exponent within ±300;
//   - a decimal (an amount, a rate, a ratio), written as a number or as a
//     string: the plain decimal syntax (digits, one point, an optional
//     exponent) and, written out in full, at most 20 digits of which
//     at most the field's decimals after the point: 18 unless the
//     field states fewer (an amount in yuan: 2, the fen).
//     "1e999999999" is refused from its 12 bytes, never expanded;
//   - null where the field holds a value (a date, an amount, a text: null
//     would silently read as zero or empty) and a missing required field.
//
// # Errors
//
// An Error's message is short (a quoted key or value is cut to 32 bytes,
// the whole message stays under 512 bytes) and never shows anything
// shaped like an identity number (a run of 15 or more digits, or 14 or 17
// digits and X: masked with '*', also where a cut splits it), whatever the
// input holds (第七十九条).
package jsonerr

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/redact"
)

// The document sizes a reader accepts (see the package doc): a host bounds
// its own read of a file with them.
const (
	// MaxBytes is the default document size: 8 MiB, thousands of times a
	// case file, a setup or a year's schedule.
	MaxBytes = 8 << 20
	// SnapshotMaxBytes is ledger.ParseSnapshot's document size: 256 MiB,
	// about a million postings.
	SnapshotMaxBytes = 256 << 20
)

// ErrTooLarge: the document is larger than the reader's size limit (the
// one code of this package a host branches on: to raise its own bound or
// answer "payload too large"). Every other kind of refusal is listed by
// Codes and told apart by its id (errcode.Of(err).Code()); all of them
// are errcode.Stop: fix the document.
var ErrTooLarge = jsoncode.ErrTooLarge

// Error is a JSON reader's refusal. Every text field is bounded and masked
// (see the package doc): it may be logged as it is.
type Error struct {
	// Err is the kind: one of the codes Codes lists.
	Err error
	// Path is where, as $.costs[2].amount; "" when it is not known.
	Path string
	// Offset is the byte offset in the input of the key or value refused
	// (of the object's "{" for a missing field); -1 when not known.
	Offset int64
	// Key is, for a key refused (ErrDuplicateKey, ErrKeyCase,
	// ErrUnknownKey, ErrKeyLength) or a required one missing, the key.
	Key string
	// Want is, for ErrKeyCase, the field's name as it must be written.
	Want string
	// Limit is, for a limit exceeded, the limit (bytes, levels, digits or
	// decimals).
	Limit int
	// Detail says, in a few English words, what is wrong beyond the kind.
	Detail string
	// Cause is the underlying error (a *json.SyntaxError, a
	// *json.UnmarshalTypeError, a value's own error), for errors.As; nil
	// for a refusal of the strict layer itself. Its own message is not
	// bounded: Error quotes it bounded and masked.
	Cause error
}

// quoteKey is a key as a message quotes it: masked, cut to MaxKey bytes
// (redact.Clip: masked before the cut, so a run the cut splits is masked
// whole), quoted, and masked again (a quoted byte's escape, \u2000, adds
// digits of its own) (第七十九条).
func quoteKey(k string) string { return redact.Mask(strconv.Quote(redact.Clip(k, jsoncode.MaxKey))) }

// Error says what and where, in one bounded line.
func (e *Error) Error() string {
	if e == nil {
		return "jsonerr: <nil>"
	}
	var b strings.Builder
	b.WriteString("json: ")
	switch {
	case e.Key != "" && e.Err != jsoncode.ErrRequired:
		b.WriteString("key " + quoteKey(e.Key))
		if e.Path != "" {
			b.WriteString(" at " + redact.Clip(e.Path, 160))
		}
	case e.Path != "":
		b.WriteString(redact.Clip(e.Path, 160))
	}
	if e.Offset >= 0 {
		if b.Len() > len("json: ") {
			fmt.Fprintf(&b, " (offset %d)", e.Offset)
		} else {
			fmt.Fprintf(&b, "offset %d", e.Offset)
		}
	}
	if b.Len() > len("json: ") {
		b.WriteString(": ")
	}
	kind := "refused"
	if e.Err != nil {
		kind = e.Err.Error()
	}
	switch e.Err {
	case jsoncode.ErrKeyCase:
		fmt.Fprintf(&b, "must be written %q (keys are case-sensitive)", e.Want)
	case jsoncode.ErrDuplicateKey:
		b.WriteString("written twice in the same object")
	case jsoncode.ErrUnknownKey:
		b.WriteString("unknown key (a misspelling is not ignored)")
	case jsoncode.ErrRequired:
		b.WriteString("required field " + quoteKey(e.Key) + " missing")
	case jsoncode.ErrNull:
		b.WriteString("null is not a value here (leave an optional key out)")
	default:
		b.WriteString(kind)
		if e.Limit > 0 {
			fmt.Fprintf(&b, " (limit %d)", e.Limit)
		}
	}
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	if e.Cause != nil && e.Detail == "" {
		b.WriteString(": " + causeText(e.Cause))
	}
	s := b.String()
	if len(s) > jsoncode.MaxMessage {
		s = redact.Cut(s, jsoncode.MaxMessage-len("…"))
	}
	return s
}

// Chinese says what and where in Chinese, for a clerk: the key, the path
// and the byte offset, then the kind's Chinese (errcode.Code.Chinese), with
// the limit applied (最多 16 层, 最多 8388608 字节: the reader's, not
// MaxDepth or MaxBytes when a caller set its own), the spelling a key must have, and the cause's own Chinese when
// it has one (a value's refusal: a parameter's *param.ValueError, a date's
// error):
//
//	位置 $.parameters[0]，第 82 字节：字段值不合要求（如日期格式不对、名称不在列表中）：参数 "x"：不认识的参数名称（拼写错误不会被忽略）
//
// The key is quoted bounded and masked, as in Error.
func (e *Error) Chinese() string {
	if e == nil {
		return "JSON 读取错误"
	}
	var where []string
	if e.Key != "" {
		where = append(where, "字段 "+quoteKey(e.Key))
	}
	if e.Path != "" {
		where = append(where, "位置 "+redact.Clip(e.Path, 160))
	}
	if e.Offset >= 0 {
		where = append(where, fmt.Sprintf("第 %d 字节", e.Offset))
	}
	what := "被拒绝"
	if c := errcode.Of(e.Err); !c.IsZero() {
		what = c.Chinese()
	}
	if e.Err == jsoncode.ErrKeyCase && e.Want != "" {
		what += "：应写作 " + quoteKey(e.Want)
	}
	switch {
	case e.Limit <= 0:
	case e.Err == jsoncode.ErrTooDeep:
		what += fmt.Sprintf("（最多 %d 层）", e.Limit)
	case e.Err == ErrTooLarge || e.Err == jsoncode.ErrKeyLength || e.Err == jsoncode.ErrStringLength:
		what += fmt.Sprintf("（最多 %d 字节）", e.Limit)
	default:
		what += fmt.Sprintf("（上限 %d）", e.Limit)
	}
	if d := detailZH(e.Detail); d != "" {
		what += "：" + d
	}
	var zh interface{ Chinese() string }
	if e.Cause != nil && errors.As(e.Cause, &zh) {
		if s := zh.Chinese(); s != "" && s != what {
			what += "：" + redact.Short(s, 400)
		}
	}
	if len(where) == 0 {
		return what
	}
	return strings.Join(where, "，") + "：" + what
}

// Unwrap returns the cause and the kind, for errors.Is and errors.As: the
// cause first, so that errcode.Of gives the code of a value's own refusal
// (a date's calendar.ErrParse) before the kind's (ErrValue).
func (e *Error) Unwrap() []error {
	if e == nil {
		return nil
	}
	out := make([]error, 0, 2)
	if e.Cause != nil {
		out = append(out, e.Cause)
	}
	if e.Err != nil {
		out = append(out, e.Err)
	}
	return out
}

// causeText is the cause's message as an Error quotes it: without
// encoding/json's "json: " prefix, at most 160 bytes, masked.
func causeText(err error) string {
	s := strings.TrimPrefix(err.Error(), "json: ")
	return redact.Short(s, 400) // a cause is the library's own bounded message; the message bound (512 bytes) bounds the whole
}

// Codes lists the kinds of refusal as error codes (errcode.Code), in a new
// slice.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrTooLarge, jsoncode.ErrTooDeep, jsoncode.ErrKeyLength, jsoncode.ErrStringLength, jsoncode.ErrNumber, jsoncode.ErrDecimals, jsoncode.ErrNull, jsoncode.ErrRequired,
		jsoncode.ErrDuplicateKey, jsoncode.ErrKeyCase, jsoncode.ErrUnknownKey, jsoncode.ErrTrailing, jsoncode.ErrSyntax, jsoncode.ErrType, jsoncode.ErrValue,
	}
}

// detailZH says an Error's Detail in Chinese, with the same figures: the
// details the strict reader writes ("3 decimals", "1048577 bytes", "not a
// decimal number", …). A detail it does not know (a type mismatch names Go
// types) is "" and left to the English message.
func detailZH(d string) string {
	switch d {
	case "":
		return ""
	case "not a decimal number":
		return "不是十进制数"
	case "longer than 40 bytes":
		return "超过 40 字节"
	case "exponent out of range":
		return "指数超出范围"
	case "more than 20 digits written out":
		return "写出的数字超过 20 位"
	case "not an RFC 3339 time: the fraction of a second follows a point, not a comma":
		return "不是 RFC 3339 时间：秒的小数部分应跟在小数点之后，而不是逗号"
	case "a string that is not UTF-8 (a byte that is not UTF-8, or an unpaired surrogate escape): it would be read as U+FFFD":
		return "字符串不是 UTF-8 编码（含非 UTF-8 字节或不成对的代理转义），读入会变成 U+FFFD"
	}
	var n int
	var rest string
	if k, err := fmt.Sscanf(d, "%d %s", &n, &rest); err == nil && k == 2 && fmt.Sprintf("%d %s", n, rest) == d {
		switch rest {
		case "decimals":
			return fmt.Sprintf("实有 %d 位小数", n)
		case "bytes":
			return fmt.Sprintf("共 %d 字节", n)
		}
	}
	return ""
}

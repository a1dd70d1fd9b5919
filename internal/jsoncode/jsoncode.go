// Package jsoncode holds the error codes and the limits of the library's
// strict JSON layer (package jsonerr documents them for hosts): jsonerr
// exports only what a host acts on (ErrTooLarge, the document sizes) and
// lists every code in jsonerr.Codes; the strict reader (internal/strictjson)
// and the library's own JSON readers refuse with these (issue 20).
package jsoncode

import "github.com/zhishang/zhishang/errcode"

// The limits every reader checks (jsonerr's package doc states each with its
// figure; jsonerr's tests check the doc against these).
const (
	// MaxDepth is how deeply objects and lists may nest; the forms the
	// library reads (a golden case with its input included) nest well under
	// ten levels.
	MaxDepth = 64
	// MaxKey is the longest key, in bytes as written.
	MaxKey = 128
	// MaxString is the longest string value, in bytes as written.
	MaxString = 64 << 10
	// MaxNumber is the longest number, in bytes as written (also a decimal
	// written as a string).
	MaxNumber = 40
	// MaxExponent bounds the exponent a number is written with (1e300).
	MaxExponent = 300
	// MaxDigits is the most digits a decimal has written out in full
	// (10¹⁸ 元 with two decimals: far beyond any fund).
	MaxDigits = 20
	// MaxDecimals is the most digits after the point of a decimal whose
	// field states no fewer (a ratio or a rate).
	MaxDecimals = 18
	// AmountDecimals is an amount's: yuan and fen.
	AmountDecimals = 2
	// MaxMessage bounds the length of an Error's message, in bytes.
	MaxMessage = 512
)

// The kinds of refusal; an *Error wraps exactly one (its Err), so that
// errcode.Of(err).Code() tells them apart. Each is an error
// code (errcode.Code: a stable identifier json_…, English and Chinese
// messages), listed by Codes.
var (
	// ErrTooLarge: the document is larger than the reader's size limit.
	ErrTooLarge = errcode.New("json_too_large", errcode.Stop,
		"document too large",
		"文件过大，超过读取上限")
	// ErrTooDeep: objects and lists nest deeper than MaxDepth.
	ErrTooDeep = errcode.New("json_too_deep", errcode.Stop,
		"nesting too deep",
		"对象和列表嵌套层数超过上限")
	// ErrKeyLength: a key is longer than MaxKey bytes.
	ErrKeyLength = errcode.New("json_key_length", errcode.Stop,
		"key too long",
		"字段名超过长度上限")
	// ErrStringLength: a string is longer than MaxString bytes.
	ErrStringLength = errcode.New("json_string_length", errcode.Stop,
		"string too long",
		"文本超过长度上限")
	// ErrNumber: a number is too long, has an exponent out of range, or a
	// decimal is not plain decimal syntax or has too many digits.
	ErrNumber = errcode.New("json_number", errcode.Stop,
		"number refused",
		"数字过长或超出范围：金额、比例写出来最多 20 位数字，指数不超过 ±300（读取时即拒绝，不进行计算）")
	// ErrDecimals: a decimal has more digits after the point than its
	// field allows (a fraction of a fen, for an amount).
	ErrDecimals = errcode.New("json_decimals", errcode.Stop,
		"too many decimals",
		"小数位过多：金额最多两位小数（精确到分），比例最多 18 位（读取时即拒绝）")
	// ErrNull: null where the field holds a value; leave an optional key
	// out instead.
	ErrNull = errcode.New("json_null", errcode.Stop,
		"null value",
		"该字段不能写 null：没有值就不写这个字段")
	// ErrRequired: a required field is missing.
	ErrRequired = errcode.New("json_missing", errcode.Stop,
		"required field missing",
		"缺少必填字段（如金额）：不会按 0 处理")
	// ErrDuplicateKey: the same key is written twice in one object
	// (encoding/json would keep the last value and drop the first).
	ErrDuplicateKey = errcode.New("json_duplicate_key", errcode.Stop,
		"duplicate key",
		"同一对象中同一字段写了两次")
	// ErrKeyCase: a key matches a field's name only when case is ignored
	// ("ACCIDENT" for "accident"); encoding/json would accept it.
	ErrKeyCase = errcode.New("json_key_case", errcode.Stop,
		"key differs in case from the field name",
		"字段名的大小写不对（字段名区分大小写）")
	// ErrUnknownKey: a key no field has (a misspelling is never ignored).
	ErrUnknownKey = errcode.New("json_unknown_key", errcode.Stop,
		"unknown key",
		"不认识的字段（拼写错误不会被忽略）")
	// ErrTrailing: data follows the JSON value.
	ErrTrailing = errcode.New("json_trailing", errcode.Stop,
		"unexpected data after the JSON value",
		"JSON 值之后还有多余的内容")
	// ErrSyntax: not JSON, or a key or string that is not UTF-8 (a byte
	// that is not, or an unpaired surrogate escape, which encoding/json
	// would read as U+FFFD). Cause is the *json.SyntaxError when
	// encoding/json gives one.
	ErrSyntax = errcode.New("json_syntax", errcode.Stop,
		"malformed JSON",
		"不是合法的 JSON（或含有不是 UTF-8 的字节）")
	// ErrType: a value of the wrong JSON type for its field (a string for a
	// number). Cause is the *json.UnmarshalTypeError.
	ErrType = errcode.New("json_type", errcode.Stop,
		"wrong type",
		"字段值的类型不对（如该写数字的写了文本）")
	// ErrValue: a value its field's own parser refuses (a malformed date,
	// an RFC 3339 timestamp with a comma fraction, an unknown name). Cause
	// is that parser's error, such as calendar's parse error (calendar.ErrParse).
	ErrValue = errcode.New("json_value", errcode.Stop,
		"invalid value",
		"字段值不合要求（如日期格式不对、名称不在列表中）")
)

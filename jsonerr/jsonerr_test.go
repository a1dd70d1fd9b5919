package jsonerr

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/jsoncode"
)

func TestErrorText(t *testing.T) {
	var nilErr *Error
	assert.Equal(t, "jsonerr: <nil>", nilErr.Error())
	assert.Nil(t, nilErr.Unwrap())
	cause := errors.New(`calendar: cannot parse "110101199003071234` + strings.Repeat("x", 1000) + `"`)
	e := &Error{Err: jsoncode.ErrValue, Path: "$.a", Offset: 3, Cause: cause}
	assert.ErrorIs(t, e, jsoncode.ErrValue)
	assert.ErrorIs(t, e, cause)
	assert.NotContains(t, e.Error(), "110101199003071234")
	assert.LessOrEqual(t, len(e.Error()), jsoncode.MaxMessage)
	assert.Equal(t, "json: offset 7: unexpected data after the JSON value", (&Error{Err: jsoncode.ErrTrailing, Offset: 7}).Error())
	assert.Equal(t, "json: document too large (limit 10): 11 bytes", (&Error{Err: ErrTooLarge, Offset: -1, Limit: 10, Detail: "11 bytes"}).Error())
	assert.Equal(t, `json: $.a (offset 0): required field "a" missing`, (&Error{Err: jsoncode.ErrRequired, Path: "$.a", Key: "a"}).Error())
	assert.Equal(t, `json: key "A" at $.A (offset 1): must be written "a" (keys are case-sensitive)`, (&Error{Err: jsoncode.ErrKeyCase, Path: "$.A", Key: "A", Want: "a", Offset: 1}).Error())
	assert.LessOrEqual(t, len((&Error{Err: jsoncode.ErrValue, Path: strings.Repeat("p", 2000), Detail: strings.Repeat("d", 2000)}).Error()), jsoncode.MaxMessage)
}

// An *Error says what and where in Chinese too: the place, the kind's
// Chinese, and the cause's own Chinese when it has one.
func TestErrorChinese(t *testing.T) {
	var nilErr *Error
	assert.Equal(t, "JSON 读取错误", nilErr.Chinese())
	cause := errcode.New("x_unknown", errcode.Stop, "x: unknown name", "不认识的名称")
	e := &Error{Err: jsoncode.ErrValue, Path: "$.parameters[0]", Offset: 82, Cause: cause}
	assert.Equal(t, "位置 $.parameters[0]，第 82 字节：字段值不合要求（如日期格式不对、名称不在列表中）：不认识的名称", e.Chinese())
	e = &Error{Err: jsoncode.ErrUnknownKey, Key: "x", Path: "$.x", Offset: 80}
	assert.Equal(t, `字段 "x"，位置 $.x，第 80 字节：`+jsoncode.ErrUnknownKey.Chinese(), e.Chinese())
	e = &Error{Err: jsoncode.ErrKeyCase, Key: "Name", Want: "name", Offset: -1}
	assert.Equal(t, `字段 "Name"：`+jsoncode.ErrKeyCase.Chinese()+`：应写作 "name"`, e.Chinese())
	e = &Error{Err: ErrTooLarge, Offset: -1, Limit: 8}
	assert.Equal(t, ErrTooLarge.Chinese()+"（最多 8 字节）", e.Chinese())
	// The limit said is the one applied, not MaxDepth (benefits' medical
	// claims nest at most benefits.MaxClaimJSONDepth levels).
	e = &Error{Err: jsoncode.ErrTooDeep, Offset: 3, Limit: 16}
	assert.Equal(t, "第 3 字节：对象和列表嵌套层数超过上限（最多 16 层）", e.Chinese())
	assert.NotContains(t, jsoncode.ErrTooDeep.Chinese(), "64")
	e = &Error{Err: jsoncode.ErrKeyLength, Offset: -1, Limit: 10}
	assert.Equal(t, "字段名超过长度上限（最多 10 字节）", e.Chinese())
	e = &Error{Err: jsoncode.ErrDecimals, Offset: -1, Limit: 2}
	assert.Equal(t, jsoncode.ErrDecimals.Chinese()+"（上限 2）", e.Chinese())
	e = &Error{Err: jsoncode.ErrValue, Key: "110101199003071234", Offset: -1, Cause: errors.New("plain")}
	assert.NotContains(t, e.Chinese(), "110101199003071234")
	assert.Equal(t, "被拒绝", (&Error{Offset: -1}).Chinese())
}

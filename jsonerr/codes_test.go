package jsonerr_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/jsonerr"
)

func TestCodes(t *testing.T) { codetest.Check(t, jsonerr.Codes()) }

// The kind is the code of an *Error, unless its cause carries one of its
// own (a value's parser's).
func TestErrorCode(t *testing.T) {
	valueCode := errcode.New("value_code", errcode.Stop, "test: value", "测试")
	assert.Equal(t, jsoncode.ErrSyntax, errcode.Of(&jsonerr.Error{Err: jsoncode.ErrSyntax, Cause: errors.New("x")}))
	e := &jsonerr.Error{Err: jsoncode.ErrValue, Cause: valueCode}
	assert.Equal(t, valueCode, errcode.Of(e))
	assert.True(t, errors.Is(e, jsoncode.ErrValue))
}

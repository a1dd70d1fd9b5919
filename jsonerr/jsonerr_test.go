package jsonerr

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestErrorText(t *testing.T) {
	var nilErr *Error
	assert.Equal(t, "jsonerr: <nil>", nilErr.Error())
	assert.Nil(t, nilErr.Unwrap())
	cause := errors.New(`calendar: cannot parse "110101199003071234` + strings.Repeat("x", 1000) + `"`)
	e := &Error{Err: ErrValue, Path: "$.a", Offset: 3, Cause: cause}
	assert.ErrorIs(t, e, ErrValue)
	assert.ErrorIs(t, e, cause)
	assert.NotContains(t, e.Error(), "110101199003071234")
	assert.LessOrEqual(t, len(e.Error()), MaxMessage)
	assert.Equal(t, "json: offset 7: unexpected data after the JSON value", (&Error{Err: ErrTrailing, Offset: 7}).Error())
	assert.Equal(t, "json: document too large (limit 10): 11 bytes", (&Error{Err: ErrTooLarge, Offset: -1, Limit: 10, Detail: "11 bytes"}).Error())
	assert.Equal(t, `json: $.a (offset 0): required field "a" missing`, (&Error{Err: ErrRequired, Path: "$.a", Key: "a"}).Error())
	assert.Equal(t, `json: key "A" at $.A (offset 1): must be written "a" (keys are case-sensitive)`, (&Error{Err: ErrKeyCase, Path: "$.A", Key: "A", Want: "a", Offset: 1}).Error())
	assert.LessOrEqual(t, len((&Error{Err: ErrValue, Path: strings.Repeat("p", 2000), Detail: strings.Repeat("d", 2000)}).Error()), MaxMessage)
}

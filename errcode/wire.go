package errcode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/internal/redact"
)

// WireError is an error as the library writes it in JSON: its stable code
// and its Chinese text, with the field and the value (masked) when it is a
// FieldError; never the English message, which may be reworded in any
// version:
//
//	{"code": "not_covered", "chinese": "2027年的放假安排尚未载入，该年的日期无法判断"}
//	{"code": "not_bool", "chinese": "只能写 true 或 false（字段 registered，所填 \"maybe\"）", "field": "registered", "value": "maybe"}
//
// A result type or report that carries an error (a part that could not be
// computed, a record refused) writes it as Wire(err). A WireError read back
// from JSON is an error itself, and errors.Is matches it against the Code
// of the same identifier, so a stored result is told apart as the live one
// is.
type WireError struct {
	// Code is the error's code identifier (errcode.Of(err).Code()); "" for
	// an error that carries no code.
	Code string `json:"code"`
	// Chinese is the error's own Chinese text: of the first error in its
	// chain that has one (a FieldError's names the field and the value, a
	// year not covered names the year), else its code's.
	Chinese string `json:"chinese"`
	// Field and Value are a FieldError's, the value masked (第七十九条).
	Field string `json:"field,omitempty"`
	Value string `json:"value,omitempty"`
}

// chineser is an error that has its own Chinese text.
type chineser interface {
	error
	Chinese() string
}

// Wire returns err as it is written in JSON (see WireError); nil for nil,
// so a field `*WireError` with omitempty is absent when there is no error.
func Wire(err error) *WireError {
	if err == nil {
		return nil
	}
	c := Of(err)
	var read *WireError
	if c.IsZero() && errors.As(err, &read) && read != nil {
		// An error read back from JSON is written as it was read.
		w := *read
		return &w
	}
	w := &WireError{Code: c.Code(), Chinese: c.Chinese()}
	if zh, ok := ofCode(err, c, 0).(chineser); ok && zh.Chinese() != "" {
		w.Chinese = zh.Chinese()
	}
	if fe, ok := ofCode(err, c, 0).(*FieldError); ok && fe != nil {
		w.Field = redact.Mask(redact.Printable(redact.Cut(fe.Field, 64)))
		w.Value = redact.Mask(redact.Value(fe.Value))
	}
	return w
}

// ofCode walks err's tree depth first, as errors.As does, for the first
// error that has its own Chinese text (a chineser: a Code, a FieldError, a
// *calendar.YearNotCoveredError) and carries the code c: the error the
// code is of. An error wrapping a code and a structured error of another
// code ("case_file: …: year 2027 not covered") is written with its code's
// text, not the other's.
func ofCode(err error, c Code, depth int) error {
	if err == nil || depth > 32 {
		return nil
	}
	if zh, ok := err.(chineser); ok && Of(zh) == c {
		return err
	}
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		return ofCode(x.Unwrap(), c, depth+1)
	case interface{ Unwrap() []error }:
		for _, e := range x.Unwrap() {
			if found := ofCode(e, c, depth+1); found != nil {
				return found
			}
		}
	}
	return nil
}

// Error is the code and the Chinese text: "not_covered: 2027年的放假安排尚未载入…".
func (w *WireError) Error() string {
	if w == nil {
		return "errcode: <nil>"
	}
	if w.Code == "" {
		return w.Chinese
	}
	return w.Code + ": " + w.Chinese
}

// Is reports whether target is a Code with w's identifier (errors.Is(w,
// claims.ErrTransition)); a code declared Under a parent matches the
// parent only on the live error, not on one read back.
func (w *WireError) Is(target error) bool {
	c, ok := target.(Code)
	return ok && w != nil && w.Code != "" && c.Code() == w.Code
}

// ErrBadWire is returned by UnmarshalJSON for a WireError that is not one:
// not an object, an unknown key, or no chinese text.
var ErrBadWire = New("bad_wire_error", Stop,
	"errcode: bad error object (want {\"code\": …, \"chinese\": …})",
	"读回的错误信息格式不对（应为含 code 与 chinese 的对象）")

// UnmarshalJSON reads the form Wire writes, strictly: an object with
// "code" and "chinese" and, optionally, "field" and "value"; an unknown
// key or a missing chinese text is ErrBadWire. What it reads marshals back
// to the same bytes.
func (w *WireError) UnmarshalJSON(b []byte) error {
	if w == nil {
		return fmt.Errorf("%w: UnmarshalJSON on a nil *WireError", ErrBadWire)
	}
	type plain WireError
	var p struct {
		plain
		Code    *string `json:"code"`
		Chinese *string `json:"chinese"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("%w: %s", ErrBadWire, strings.TrimPrefix(err.Error(), "json: "))
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the object", ErrBadWire)
	}
	switch {
	case p.Code == nil:
		return fmt.Errorf("%w: no code", ErrBadWire)
	case p.Chinese == nil || *p.Chinese == "":
		return fmt.Errorf("%w: no chinese", ErrBadWire)
	}
	*w = WireError{Code: *p.Code, Chinese: *p.Chinese, Field: p.Field, Value: p.Value}
	return nil
}

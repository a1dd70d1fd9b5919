// Package errcode is the one shape of the library's refusals: a Code, a
// comparable error value with a stable snake_case identifier (Code), an
// English message for developers (Error), a Chinese one for clerks
// (Chinese) and what a host does next (Action); and a FieldError, one
// field's value refused, carrying its Code, the field and the value masked.
//
// The package is named for what it holds, the error codes; it is a leaf
// (it imports only the standard library and the library's masking), so
// every rule package declares its refusals with it and a host reaches them
// all the same way:
//
//	var c errcode.Code
//	if errors.As(err, &c) {
//		log.Printf("%s (%s): %s", c.Code(), c.Action(), c.Chinese())
//	}
//	if errors.Is(err, eligibility.ErrDuplicate) { … }
//
// Each rule package keeps its exported Err* names, now Codes, and lists
// them with its Codes function. An error's code is the first Code
// errors.As finds in it: a package wraps so that the most specific code
// comes first (a Code made with Under is itself the first, and matches its
// parent with errors.Is too).
//
// A code's identifier is stable: it is what a host stores and what the
// golden cases expect (testdata/golden), so a rewording of Error or
// Chinese never changes it. In JSON an error is written as Wire(err), a
// WireError: {"code": …, "chinese": …} (with "field" and "value" for a
// FieldError), never the English message. Identity numbers are never echoed (沪人社福
// 〔2025〕373号 第七十九条): a FieldError masks its value (internal/redact).
package errcode

import (
	"errors"
	"strconv"
	"strings"

	"github.com/zhishang/zhishang/internal/redact"
)

// Action is what a host does next with a refusal. The zero Action is Stop:
// what a host does with an error it does not know.
type Action uint8

// The actions, by what a host does next.
const (
	// Stop: nothing is computed for this input; a person corrects or
	// completes it (a document refused, a fact or a parameter missing, a
	// year's holiday schedule not loaded, a closed period) or the rules
	// refuse it (not covered, a banned insurer). Retrying the same input
	// gives the same refusal.
	Stop Action = iota
	// SkipRow: one record of many is refused (a CSV line, an order
	// execution, a duplicate copy); report it and go on with the others,
	// whose results stand.
	SkipRow
	// FixCall: the host's program called the library wrongly (a nil
	// receiver or argument, an impossible count, a value outside its list
	// set in Go code); a bug to fix in the host, not something a clerk can
	// correct.
	FixCall
)

// String is the action's identifier: "stop", "skip_row" or "fix_call"
// ("Action(N)" for a value outside the list).
func (a Action) String() string {
	switch a {
	case Stop:
		return "stop"
	case SkipRow:
		return "skip_row"
	case FixCall:
		return "fix_call"
	}
	return "Action(" + strconv.Itoa(int(a)) + ")"
}

// Chinese names the action for a clerk.
func (a Action) Chinese() string {
	switch a {
	case Stop:
		return "停止办理：更正或补齐输入后重新计算"
	case SkipRow:
		return "跳过该条记录：记下原因，其余记录照常处理"
	case FixCall:
		return "调用有误：由开发人员修改调用程序"
	}
	return "未知的处理方式（" + strconv.Itoa(int(a)) + "）"
}

// Code is one kind of refusal. It is comparable (two Codes are equal when
// they are the same declared code), implements error, and is matched with
// errors.Is through any wrapping. The zero Code is no code: its Code is "",
// its messages say so, and its Action is Stop.
type Code struct{ d *def }

type def struct {
	id, en, zh string
	action     Action
	parent     Code
}

// New declares a code: id is its stable snake_case identifier, en the
// English message (prefixed with the package's name, as the library's
// errors are), zh the Chinese one. A package declares its codes once, as
// package variables.
func New(id string, a Action, en, zh string) Code {
	return Code{&def{id: id, en: en, zh: zh, action: a}}
}

// Under returns a new code like c that also matches parent with
// errors.Is (ledger's closed_year is a closed: errors.Is(err,
// ledger.ErrClosed) holds for both). c itself is unchanged.
func (c Code) Under(parent Code) Code {
	if c.d == nil {
		return c
	}
	d := *c.d
	d.parent = parent
	return Code{&d}
}

// IsZero reports whether c is the zero Code.
func (c Code) IsZero() bool { return c.d == nil }

// Code is c's stable identifier ("duplicate", "not_covered"); "" for the
// zero Code.
func (c Code) Code() string {
	if c.d == nil {
		return ""
	}
	return c.d.id
}

// Error is c's English message.
func (c Code) Error() string {
	if c.d == nil {
		return "error without a code"
	}
	return c.d.en
}

// Chinese is c's meaning in Chinese, for a clerk.
func (c Code) Chinese() string {
	if c.d == nil {
		return "错误（无错误代码）"
	}
	return c.d.zh
}

// Action is what a host does next; Stop for the zero Code.
func (c Code) Action() Action {
	if c.d == nil {
		return Stop
	}
	return c.d.action
}

// Unwrap returns the code c was declared Under, or nil.
func (c Code) Unwrap() error {
	if c.d == nil || c.d.parent.d == nil {
		return nil
	}
	return c.d.parent
}

// Of returns the code of err: the first Code errors.As finds in it, or the
// zero Code (for nil, or an error that carries none).
func Of(err error) Code {
	var c Code
	if err != nil {
		errors.As(err, &c)
	}
	return c
}

// FieldError is one field's value refused: the field (a JSON key, a CSV
// column, a parameter name) and the value as written, masked, with the
// Code that says why. It matches its Code with errors.Is, and errors.As
// finds the Code through it.
//
// Value is what the message quotes: Field builds it masked and cut short
// (redact.Value: at most 32 bytes, identity-number-shaped runs of digits
// replaced by '*', 第七十九条), and Error masks it again, so a FieldError
// built by hand never echoes an identity number either.
type FieldError struct {
	Code  Code
	Field string
	Value string
}

// Field returns a FieldError for value of field refused with code, the
// value masked and cut short.
func Field(code Code, field, value string) *FieldError {
	return &FieldError{Code: code, Field: field, Value: redact.Value(value)}
}

// Error says which field, its value quoted (masked), and why:
//
//	eligibility: registered "maybe": want true or false
//
// The package prefix of the code's message comes first; a message that
// already names the field ("eligibility: industry: unknown …") names it once.
func (e *FieldError) Error() string {
	if e == nil {
		return "errcode: <nil>"
	}
	msg := e.Code.Error()
	prefix, rest := "", msg
	if i := strings.Index(msg, ": "); i > 0 && isPackageName(msg[:i]) {
		prefix, rest = msg[:i+2], msg[i+2:]
	}
	if e.Field != "" {
		rest = strings.TrimPrefix(rest, e.Field+": ")
	}
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteString(redact.Mask(redact.Printable(redact.Cut(e.Field, 64))))
	if e.Value != "" {
		if e.Field != "" {
			b.WriteByte(' ')
		}
		b.WriteString(redact.Mask(strconv.Quote(redact.Value(e.Value))))
	}
	if e.Field != "" || e.Value != "" {
		b.WriteString(": ")
	}
	b.WriteString(rest)
	return b.String()
}

// Chinese is the code's meaning, then the field and the value (masked):
//
//	只能写 true 或 false（字段 registered，所填 "maybe"）
func (e *FieldError) Chinese() string {
	if e == nil {
		return "错误（无错误代码）"
	}
	var where []string
	if e.Field != "" {
		where = append(where, "字段 "+redact.Mask(redact.Printable(redact.Cut(e.Field, 64))))
	}
	if e.Value != "" {
		where = append(where, "所填 "+redact.Mask(strconv.Quote(redact.Value(e.Value))))
	}
	if len(where) == 0 {
		return e.Code.Chinese()
	}
	return e.Code.Chinese() + "（" + strings.Join(where, "，") + "）"
}

// Unwrap returns the Code (nil for the zero Code).
func (e *FieldError) Unwrap() error {
	if e == nil || e.Code.d == nil {
		return nil
	}
	return e.Code
}

// isPackageName reports whether s is a lower-case word with slashes, as a
// package's name or path prefixes a message ("eligibility", "claims/casefile").
func isPackageName(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && c != '/' {
			return false
		}
	}
	return true
}

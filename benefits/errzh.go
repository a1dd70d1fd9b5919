package benefits

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/errcode"
)

// detailError is a refusal of code with what is wrong in English (en) and
// in Chinese (zh), the same figures in both: Error is the code's message
// and en, Chinese the code's Chinese and zh, Unwrap the code (as
// caseError, for any code).
type detailError struct {
	code   errcode.Code
	en, zh string
}

// detail is a detailError of code; zh and en are formatted with the same a.
func detail(code errcode.Code, zh, en string, a ...any) error {
	return &detailError{code: code, en: fmt.Sprintf(en, a...), zh: fmt.Sprintf(zh, a...)}
}

func (e *detailError) Error() string   { return e.code.Error() + ": " + e.en }
func (e *detailError) Chinese() string { return e.code.Chinese() + "：" + e.zh }
func (e *detailError) Unwrap() error   { return e.code }

// zhError gives err (its English and its codes unchanged) a Chinese text.
type zhError struct {
	err error
	zh  string
}

func withZH(err error, zh string, a ...any) error { return &zhError{err, fmt.Sprintf(zh, a...)} }

func (e *zhError) Error() string   { return e.err.Error() }
func (e *zhError) Chinese() string { return e.zh }
func (e *zhError) Unwrap() error   { return e.err }

// zhOf is the Chinese of err: of the first error in its tree with a
// Chinese text, else its English message.
func zhOf(err error) string {
	var zh interface{ Chinese() string }
	if errors.As(err, &zh) {
		if s := zh.Chinese(); s != "" {
			return s
		}
	}
	return err.Error()
}

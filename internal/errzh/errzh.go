// Package errzh gives a library refusal its Chinese detail, in one place:
// the English message and the codes of the error stay as they are, and its
// Chinese (what a clerk reads) is the code's meaning followed by what is
// wrong, with the same figures and names as the English (issue 22).
//
//	err := errzh.With(fmt.Errorf("%w: receipt %s: no entry date", errBadRecord, id),
//		"国库入库记录 %s：没有入库日期", id)
//	err.Error()                                  // ledger: invalid reconciliation record: receipt T1: no entry date
//	err.(interface{ Chinese() string }).Chinese() // 对账记录不合要求：国库入库记录 T1：没有入库日期
package errzh

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/errcode"
)

// detailed is an error with its Chinese detail.
type detailed struct {
	err error
	zh  string
}

// With returns err with the Chinese detail zh, formatted with a. Its Error
// and its codes (errors.Is, errcode.Of) are err's; its Chinese is the
// Chinese of err's code, "：", then the detail (the detail alone when err
// carries no code). With(nil, …) is nil.
func With(err error, zh string, a ...any) error {
	if err == nil {
		return nil
	}
	return &detailed{err: err, zh: fmt.Sprintf(zh, a...)}
}

func (e *detailed) Error() string { return e.err.Error() }
func (e *detailed) Unwrap() error { return e.err }

// Chinese is the code's Chinese and the detail.
func (e *detailed) Chinese() string {
	if c := errcode.Of(e.err); !c.IsZero() {
		return c.Chinese() + "：" + e.zh
	}
	return e.zh
}

// Of is the Chinese of err: of the first error in its tree with a Chinese
// text (a code, an *errcode.FieldError, an error made by With), else its
// English message; "" for nil.
func Of(err error) string {
	if err == nil {
		return ""
	}
	var zh interface{ Chinese() string }
	if errors.As(err, &zh) {
		if s := zh.Chinese(); s != "" {
			return s
		}
	}
	return err.Error()
}

// Detail is the detail alone of an error made by With (not of an error
// that wraps one), for a message that says the code's meaning itself.
func Detail(err error) (string, bool) {
	if e, ok := err.(*detailed); ok {
		return e.zh, true
	}
	return "", false
}

package levy

import (
	"fmt"

	"github.com/zhishang/zhishang/errcode"
)

// zhError gives err (its English and its code unchanged) a Chinese
// detail: Chinese is the code's Chinese, then zh, with the figures and
// names of the English.
type zhError struct {
	err error
	zh  string
}

// withZH gives err the Chinese detail zh formatted with a.
func withZH(err error, zh string, a ...any) error {
	return &zhError{err: err, zh: fmt.Sprintf(zh, a...)}
}

func (e *zhError) Error() string   { return e.err.Error() }
func (e *zhError) Unwrap() error   { return e.err }
func (e *zhError) Chinese() string { return errcode.Of(e.err).Chinese() + "：" + e.zh }

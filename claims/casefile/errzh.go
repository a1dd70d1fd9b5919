package casefile

import (
	"fmt"
	"strings"
)

// zhError gives err (its English and its codes unchanged) a Chinese text.
type zhError struct {
	err error
	zh  string
}

func (e *zhError) Error() string   { return e.err.Error() }
func (e *zhError) Unwrap() error   { return e.err }
func (e *zhError) Chinese() string { return e.zh }

// invalid is ErrInvalid with what is wrong in English (en) and in Chinese
// (zh), both formatted with a.
func invalid(zh, en string, a ...any) error {
	return &zhError{err: fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(en, a...)), zh: ErrInvalid.Chinese() + "：" + fmt.Sprintf(zh, a...)}
}

// maskedZH is masked in Chinese: "pas"…（共 8 个字符）.
func maskedZH(s string) string {
	m := masked(s)
	if head, n, ok := strings.Cut(m, "…("); ok {
		return head + "…（共 " + strings.TrimSuffix(n, " characters)") + " 个字符）"
	}
	return m
}

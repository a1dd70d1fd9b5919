package ledger

import (
	"errors"
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
)

// zhError is a refusal worded in both languages: err (its English message
// and its code, unchanged) and zh, what is wrong in Chinese with the same
// figures and names; Chinese is the code's Chinese, then zh.
type zhError struct {
	err error
	zh  string
}

// withZH gives err the Chinese detail zh (formatted with a).
func withZH(err error, zh string, a ...any) error {
	return &zhError{err: err, zh: fmt.Sprintf(zh, a...)}
}

func (e *zhError) Error() string { return e.err.Error() }
func (e *zhError) Unwrap() error { return e.err }
func (e *zhError) Chinese() string {
	if c := errcode.Of(e.err); !c.IsZero() {
		return c.Chinese() + "：" + e.zh
	}
	return e.zh
}

// zhOf is the Chinese of err: of the first error in its tree with a
// Chinese text (a code, a FieldError…), else its English message.
func zhOf(err error) string {
	var zh interface{ Chinese() string }
	if errors.As(err, &zh) {
		if s := zh.Chinese(); s != "" {
			return s
		}
	}
	return err.Error()
}

// dateZH is dateText in Chinese: the date, or 无日期.
func dateZH(d calendar.Date) string {
	if d.IsZero() {
		return "无日期"
	}
	return d.String()
}

// badPostingZH is code bad_posting for the posting id, what is wrong in
// English (en) and in Chinese (zh).
func badPostingZH(id, zh, en string) error {
	return withZH(fmt.Errorf("%w %s: %s", errBadPosting, echo(id), en), "凭证 %s：%s", echo(id), zh)
}

// nameZH is the reason's Chinese name without its article (年度考核不合格):
// the refusal cites 第六十四条 as its English does; the reason's code for
// a value outside the list.
func (e EndReason) nameZH() string {
	zh, _, _ := strings.Cut(e.Chinese(), "（第")
	if zh == "" {
		return echo(string(e))
	}
	return zh
}

package param

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/errcode"
)

// zhError gives err (its English and its code unchanged) a Chinese
// detail: Chinese is the code's Chinese, then zh, with the figures of the
// English.
type zhError struct {
	err error
	zh  string
}

// codeZH is fmt.Errorf(en, a...) (en starts with %w, code being a[0]'s)
// given the Chinese detail zh, formatted with za.
func codeZH(err error, zh string, za ...any) error {
	return &zhError{err: err, zh: fmt.Sprintf(zh, za...)}
}

func (e *zhError) Error() string { return e.err.Error() }
func (e *zhError) Unwrap() error { return e.err }
func (e *zhError) Chinese() string {
	return errcode.Of(e.err).Chinese() + "：" + e.zh
}

// detailZH is the Chinese of the first error in err's tree that says more
// than a code's meaning ("" when none does).
func detailZH(err error) string {
	for err != nil {
		if _, isCode := err.(errcode.Code); !isCode {
			if zh, ok := err.(interface{ Chinese() string }); ok && zh.Chinese() != "" {
				return zh.Chinese()
			}
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			var many interface{ Unwrap() []error }
			if errors.As(err, &many) {
				for _, e := range many.Unwrap() {
					if s := detailZH(e); s != "" {
						return s
					}
				}
			}
			return ""
		}
		err = u.Unwrap()
	}
	return ""
}

// rangeZH is Range in Chinese: "0.0001 至 10 元/单，最多 4 位小数".
func (s Spec) rangeZH() string {
	if s.Kind == KindDate {
		return s.MinDate.String() + " 至 " + s.MaxDate.String()
	}
	return fmt.Sprintf("%s 至 %s %s，最多 %d 位小数", s.Min, s.Max, s.Unit, s.Places)
}

// exampleZH is example in Chinese: `"value": "0.01"（元/单）`.
func (s Spec) exampleZH() string {
	if s.Kind == KindDate {
		return s.example()
	}
	sample := map[string]string{unitYuanPerOrder: "0.01", unitYuanPerYear: "120000", unitRatio: "0.6", unitMonths: "6", unitMultiple: "20"}[s.Unit]
	if sample == "" {
		sample = s.Min.String()
	}
	return fmt.Sprintf(`"value": "%s"（%s）`, sample, s.Unit)
}

package param

import (
	"errors"
	"strings"

	"github.com/zhishang/zhishang/errcode"
)

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
// It is made from Range's text, the one description of the range.
func (s Spec) rangeZH() string {
	r := strings.Replace(s.Range(), " to ", " 至 ", 1)
	if head, places, ok := strings.Cut(r, ", at most "); ok {
		r = head + "，最多 " + strings.TrimSuffix(places, " decimal places") + " 位小数"
	}
	return r
}

// exampleZH is example in Chinese: `"value": "0.01"（元/单）`.
// It is made from example's text.
func (s Spec) exampleZH() string {
	e := s.example()
	if i := strings.LastIndex(e, " ("); i >= 0 && strings.HasSuffix(e, ")") {
		e = e[:i] + "（" + e[i+2:len(e)-1] + "）"
	}
	return e
}

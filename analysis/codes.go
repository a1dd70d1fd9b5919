package analysis

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. A *ReformError carries ErrBadReform; a Problem's error
// may carry a code of levy, benefits, claims, param or calendar instead.
func Codes() []errcode.Code {
	return []errcode.Code{ErrNoCalendar, ErrPolicy, ErrPeriod, ErrNoData, ErrNoAsOf, ErrBadReform, ErrBadCase}
}

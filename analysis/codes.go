package analysis

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. A *ReformError carries bad_reform; a Problem's error
// may carry a code of levy, benefits, claims, param or calendar instead.
// The exported one, ErrNoData (nothing to analyse in the period), is the
// one a host branches on: the others mean fix the
// call or the reform (errcode.Of(err).Action()), told apart by their id.
func Codes() []errcode.Code {
	return []errcode.Code{errNoCalendar, errPolicy, errPeriod, ErrNoData, errNoAsOf, errBadReform, errBadCase}
}

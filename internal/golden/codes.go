package golden

import "errors"

// CodeOf pairs a stable error code (the "error" field of a case's expected
// output, named in the README's dictionary) with the sentinel error it
// stands for.
type CodeOf struct {
	Code string
	Err  error
}

// FirstCode is the code of err: the Code of the first entry of table whose
// Err err wraps (errors.Is, so the table's order decides between sentinels
// one error wraps both of), else the first non-empty code one of fallbacks
// gives, tried in order, else "". A nil err has the code "". Every kinds
// package names its package's errors with it, e.g.
//
//	golden.FirstCode(err, []golden.CodeOf{
//		{Code: "not_covered", Err: benefits.ErrNotCovered},
//		{Code: "bad_case", Err: benefits.ErrBadCase},
//	}, paramkinds.Code, calendarkinds.Code)
func FirstCode(err error, table []CodeOf, fallbacks ...func(error) string) string {
	if err == nil {
		return ""
	}
	for _, c := range table {
		if errors.Is(err, c.Err) {
			return c.Code
		}
	}
	for _, f := range fallbacks {
		if code := f(err); code != "" {
			return code
		}
	}
	return ""
}

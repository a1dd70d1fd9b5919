package monthreport

import "github.com/zhishang/zhishang/errcode"

// Codes lists the code of the package's own error (errcode.Code), in a new
// slice (no_batch: a nil batch, a bad call); its other errors are levy's
// and eligibility's.
func Codes() []errcode.Code { return []errcode.Code{errNoBatch} }

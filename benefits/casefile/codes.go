package casefile

import "github.com/zhishang/zhishang/errcode"

// Codes lists the code of the package's own error (errcode.Code), in a new
// slice. ErrCaseFile wraps the cause: a code of jsonerr or benefits.
func Codes() []errcode.Code { return []errcode.Code{ErrCaseFile} }

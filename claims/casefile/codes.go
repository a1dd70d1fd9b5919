package casefile

import "github.com/zhishang/zhishang/errcode"

// Codes lists the code of the package's own error (errcode.Code), in a new
// slice: ErrInvalid, an invalid case file, which wraps the cause (a code
// of jsonerr, claims or calendar).
func Codes() []errcode.Code { return []errcode.Code{ErrInvalid} }

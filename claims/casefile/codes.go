package casefile

import "github.com/zhishang/zhishang/errcode"

// Codes lists the code of the package's own error (errcode.Code), in a new
// slice: case_file, an invalid case file, which wraps the cause (a code of
// jsonerr, claims or calendar). A host acts on errcode.Of(err).Action() or
// compares errcode.Of(err).Code() with it; it is not exported, as no host
// branches on it.
func Codes() []errcode.Code { return []errcode.Code{errInvalid} }

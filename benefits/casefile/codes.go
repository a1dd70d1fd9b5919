package casefile

import "github.com/zhishang/zhishang/errcode"

// Codes lists the code of the package's own error (errcode.Code,
// benefit_case_file: Parse refused the file), in a new slice. It is not
// exported as a variable: a host acts on errcode.Of(err).Action() or
// compares errcode.Of(err).Code() with the id. The error wraps the cause:
// a code of jsonerr or benefits.
func Codes() []errcode.Code { return []errcode.Code{errCaseFile} }

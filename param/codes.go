package param

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. A *ValueError wraps one of them, a *MissingError
// ErrMissingValue. Codes lists every code; the exported ones
// (ErrUnknownName, ErrMissingValue) are those a host branches on.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrMissingValue, errSyntax, errNoName, errNoFrom, errUntilBefore, errNoSource, errBadStatus,
		errOverlap, errNegative, errNoValue, ErrUnknownName, errKind, errRange, errSingle, errTooMany,
	}
}

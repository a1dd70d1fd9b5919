package param

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. A *ValueError wraps one of them, a *MissingError
// ErrMissingValue.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrMissingValue, ErrSyntax, ErrNoName, ErrNoFrom, ErrUntilBefore, ErrNoSource, ErrBadStatus,
		ErrOverlap, ErrNegative, ErrNoValue, ErrUnknownName, ErrKind, ErrRange, ErrSingle, ErrTooMany,
	}
}

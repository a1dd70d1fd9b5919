package levy

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. Its errors may also wrap a code of param (a parameter
// missing or refused), eligibility (a record refused) or calendar (a year
// not covered).
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrNoTerms, ErrNotEnrolled, ErrNoLevel, ErrBadTerms, ErrNoParams, ErrBadCorrection,
		ErrSetupSyntax, ErrNegativeOrders, ErrNoTally, ErrNoRulebook,
	}
}

package levy

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. Its errors may also wrap a code of param (a parameter
// missing or refused), eligibility (a record refused) or calendar (a year
// not covered). Codes lists every code; the exported ones are those a
// host branches on (ErrNoTerms, ErrNotEnrolled, ErrNoLevel: why a
// platform is not billed, each fixed differently); the others mean fix the
// call or the setup (errcode.Of(err).Action()), told apart by their id.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrNoTerms, ErrNotEnrolled, ErrNoLevel, errBadTerms, errNoParams, errBadCorrection,
		errSetupSyntax, errNegativeOrders, errNoTally, errNoRulebook,
	}
}

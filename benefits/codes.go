package benefits

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. A *MissingBaseError carries ErrMissingBase, a
// *ClaimError its specific code and ErrBadMedicalClaim; the package's
// errors may also wrap a code of param (a parameter missing) or calendar.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrNotCovered, ErrDeathNotCovered, ErrMissingBase, ErrTransitional, ErrWage2024Conflict,
		ErrBadCase, ErrNoThirdPartyBasis, ErrBadMedical, ErrBadMedicalClaim, ErrClaimLimit, ErrDuplicateBill,
		ErrClaimDuplicateMaterial, ErrNoRulebook, ErrBadRules, ErrNoParams, ErrRange, ErrBadAward,
	}
}

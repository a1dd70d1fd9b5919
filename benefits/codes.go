package benefits

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. The exported ones are those a host branches on
// (errors.Is): ErrNotCovered and ErrDeathNotCovered (no award),
// ErrMissingBase (supply the figure: *MissingBaseError names it),
// ErrNoThirdPartyBasis (the split waits for the legal documents) and
// ErrDuplicateBill (a receipt listed twice). On the others a host acts by
// errcode.Of(err).Action() (stop, or fix the call) or compares
// errcode.Of(err).Code() with the id: bad_case, bad_medical,
// bad_medical_claim (and, first, claim_limit or duplicate_material),
// transitional (and transitional_conflict), no_params, bad_rules,
// no_rulebook, bad_range, bad_award. The package's errors may also wrap a
// code of param (a parameter missing) or calendar.
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrNotCovered, ErrDeathNotCovered, ErrMissingBase, errTransitional, errWage2024Conflict,
		errBadCase, ErrNoThirdPartyBasis, errBadMedical, errBadMedicalClaim, errClaimLimit, ErrDuplicateBill,
		errClaimDuplicateMaterial, errNoRulebook, errBadRules, errNoParams, errRange, errBadAward,
	}
}

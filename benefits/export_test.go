package benefits

// Test-only names for what the package keeps unexported (issue 20): the
// package's own tests reach them as before; a host cannot.

// Codes a host never branches on (it acts on errcode.Of(err).Action(), or
// compares errcode.Of(err).Code() with the id).
var (
	ErrBadCase                = errBadCase
	ErrBadMedical             = errBadMedical
	ErrBadMedicalClaim        = errBadMedicalClaim
	ErrClaimLimit             = errClaimLimit
	ErrClaimDuplicateMaterial = errClaimDuplicateMaterial
	ErrNoRulebook             = errNoRulebook
	ErrBadRules               = errBadRules
	ErrNoParams               = errNoParams
	ErrTransitional           = errTransitional
	ErrWage2024Conflict       = errWage2024Conflict
	ErrRange                  = errRange
	ErrBadAward               = errBadAward
)

// ClaimError is the error of a medical claim's input.
type ClaimError = claimError

// NewClaimError builds one, as the package does.
func NewClaimError(path, why string, err error) *ClaimError {
	return &claimError{path: path, why: why, err: err}
}

// Path, Why and Err are the error's place, reason and code.
func (e *claimError) Path() string { return e.path }
func (e *claimError) Why() string  { return e.why }
func (e *claimError) Err() error   { return e.err }

// The rules a medical claim is judged by, by their wire ids (ClaimRules).
const (
	RuleDesignated              = ruleDesignated
	RuleDesignationUnknown      = ruleDesignationUnknown
	RuleNotDesignated           = ruleNotDesignated
	RuleEmergency               = ruleEmergency
	RuleStableUnknown           = ruleStableUnknown
	RuleAfterStable             = ruleAfterStable
	RuleStaySpansStable         = ruleStaySpansStable
	RuleOutOfTownFiled          = ruleOutOfTownFiled
	RuleFilingPending           = ruleFilingPending
	RuleFilingRefused           = ruleFilingRefused
	RuleNotFiled                = ruleNotFiled
	RuleRehabConfirmed          = ruleRehabConfirmed
	RuleRehabUnconfirmed        = ruleRehabUnconfirmed
	RuleRehabRefused            = ruleRehabRefused
	RuleRehabNotDesignated      = ruleRehabNotDesignated
	RuleRehabDesignationUnknown = ruleRehabDesignationUnknown
	RuleDeviceConfirmed         = ruleDeviceConfirmed
	RuleDeviceUnconfirmed       = ruleDeviceUnconfirmed
	RuleDeviceRefused           = ruleDeviceRefused
	RuleDeviceWrongProvider     = ruleDeviceWrongProvider
	RuleDeviceProviderUnknown   = ruleDeviceProviderUnknown
	RuleInCatalogue             = ruleInCatalogue
	RuleCatalogueUnknown        = ruleCatalogueUnknown
	RuleOutOfCatalogue          = ruleOutOfCatalogue
	RuleAboveStandard           = ruleAboveStandard
	RuleMaterialsMissing        = ruleMaterialsMissing
	RuleSettledDirectly         = ruleSettledDirectly
	RuleSettledThirdParty       = ruleSettledThirdParty
	NoteDirectAvailable         = noteDirectAvailable
	NoteDirectNotNetworked      = noteDirectNotNetworked
	NoteDirectExcluded          = noteDirectExcluded
	NoteOutOfTownDirect         = noteOutOfTownDirect
	NoteSplitNoBasis            = noteSplitNoBasis
	NoteSplitWaitsPending       = noteSplitWaitsPending
	NoteSplitWaitsDocuments     = noteSplitWaitsDocuments
	NotePayeeWaits              = notePayeeWaits
	NoteDeathOpinion            = noteDeathOpinion
)

// The limits of a medical claim the package applies (stated in the package doc).
const (
	MaxClaimBills        = maxClaimBills
	MaxClaimLines        = maxClaimLines
	MaxClaimID           = maxClaimID
	MaxClaimText         = maxClaimText
	MaxClaimJSONDepth    = maxClaimJSONDepth
	MaxClaimJSONString   = maxClaimJSONString
	MaxClaimJSONNumber   = maxClaimJSONNumber
	MaxClaimJSONElements = maxClaimJSONElements
)

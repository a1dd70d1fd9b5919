package benefits

import (
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/money"
)

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

// Methods a host reaches otherwise (issue 20), kept for the package's tests.

// Periodic is Item.Periodic for an item of kind k.
func (k Kind) Periodic() bool {
	return k == DisabilityAllowance || k == NursingAllowance || k == SurvivorPension
}

func (f Fact) Known() bool  { return f == FactYes || f == FactNo }
func (f Fact) IsZero() bool { return f == FactUnknown }

func (l LineResult) Deciding() []Finding { return l.deciding() }
func (r ClaimResult) Complete() bool     { return r.complete() }
func (f Finding) Article() string        { return f.Rule.Article() }
func (a Award) Notes() []string          { return a.noteTexts() }

func (p Dependent) LastMonth() (calendar.Month, error) { return p.lastMonth() }

func (p Payee) String() string         { return p.render(false) }
func (p Payee) Chinese() string        { return p.render(true) }
func (l PlatformLine) String() string  { return l.render(explain.English) }
func (l PlatformLine) Chinese() string { return l.render(explain.Chinese) }

// PensionBasis is an award's basis for its survivor pensions.
type PensionBasis = pensionBasis

func (a Award) PensionBasis() *PensionBasis  { return a.pensions }
func (a *Award) SetPensions(p *PensionBasis) { a.pensions = p }

const ParamCommencement = paramCommencement

// FindingFigures are a finding's figures, which the package keeps
// unexported (each is elsewhere in the result or the claim).
type FindingFigures struct {
	Date      calendar.Date
	Amount    money.Amount
	Materials []MedicalMaterial
	Device    DeviceKind
}

// NewFinding builds a finding with its figures, as the package does.
func NewFinding(rule ClaimRule, x FindingFigures) Finding {
	return Finding{Rule: rule, date: x.Date, amount: x.Amount, materials: x.Materials, device: x.Device}
}

func (f Finding) Date() calendar.Date          { return f.date }
func (f Finding) Amount() money.Amount         { return f.amount }
func (f Finding) Materials() []MedicalMaterial { return f.materials }
func (f Finding) Device() DeviceKind           { return f.device }

package claims

import "github.com/zhishang/zhishang/errcode"

// Codes lists every code the package's own errors carry (errcode.Code: a
// stable identifier, English and Chinese messages, what a host does next),
// in a new slice. A refused event carries ErrTransition and a fact not
// stated ErrUnstated, each with an *errcode.FieldError naming the event
// (kind) or the fact; the package's errors may also wrap a code of
// calendar (a year not covered).
func Codes() []errcode.Code {
	return []errcode.Code{
		ErrTransition, ErrUnstated, errEventDate, ErrAlreadyConfirmed, errNotToFollow, errUnknownEventKind,
		errBadClarity, errBadSituation, errBadMaterial, errBadAdvance, ErrNotCovered, ErrKeyMaterials,
		errDuplicateMaterial, errExtensionLate, errExtensionNoReason, errExtensionUntil, errExtensionPastCap, errBadApplicant,
		errNotApplied, errBadCost, errBadOrder, errBadRules, ErrBeforeInForce, errCaseDates, errNoAccident,
		errNoAsOf, errNoCalendar, errNoRulebook, errNotAccepted,
	}
}

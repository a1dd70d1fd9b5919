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
		ErrTransition, ErrUnstated, ErrEventDate, ErrAlreadyConfirmed, ErrNotToFollow, ErrUnknownEventKind,
		ErrBadClarity, ErrBadSituation, ErrBadMaterial, ErrBadAdvance, ErrNotCovered, ErrKeyMaterials,
		ErrDuplicateMaterial, ErrExtensionLate, ErrExtensionNoReason, ErrExtensionUntil, ErrExtensionPastCap, ErrBadApplicant,
		ErrNotApplied, ErrBadCost, ErrBadOrder, ErrBadRules, ErrBeforeInForce, ErrCaseDates, ErrNoAccident,
		ErrNoAsOf, ErrNoCalendar, ErrNoRulebook, ErrNotAccepted,
	}
}

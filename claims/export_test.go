package claims

// The codes a host does not branch on are unexported (issue 20); the
// tests name them as before.
var (
	ErrEventDate         = errEventDate
	ErrNotToFollow       = errNotToFollow
	ErrUnknownEventKind  = errUnknownEventKind
	ErrBadClarity        = errBadClarity
	ErrBadSituation      = errBadSituation
	ErrBadMaterial       = errBadMaterial
	ErrBadAdvance        = errBadAdvance
	ErrDuplicateMaterial = errDuplicateMaterial
	ErrExtensionLate     = errExtensionLate
	ErrExtensionNoReason = errExtensionNoReason
	ErrExtensionUntil    = errExtensionUntil
	ErrExtensionPastCap  = errExtensionPastCap
	ErrBadApplicant      = errBadApplicant
	ErrNotApplied        = errNotApplied
	ErrBadCost           = errBadCost
	ErrBadOrder          = errBadOrder
	ErrBadRules          = errBadRules
	ErrCaseDates         = errCaseDates
	ErrNoAccident        = errNoAccident
	ErrNoAsOf            = errNoAsOf
	ErrNoCalendar        = errNoCalendar
	ErrNoRulebook        = errNoRulebook
	ErrNotAccepted       = errNotAccepted
)

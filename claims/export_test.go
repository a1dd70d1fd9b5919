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

// Steps the package applies itself, unexported (issue 20); the tests reach
// them as before.
func DefaultRules() Rules                        { return defaultRules() }
func DefaultKeyMaterials() []Material            { return defaultKeyMaterials() }
func Situations() []Situation                    { return append([]Situation(nil), situations...) }
func Required(a Application) ([]Material, error) { return required(a) }
func (m Material) Text() string                  { return m.text() }
func (c Case) CheckDates() error                 { return c.checkDates() }

func (r Rules) Validate() error { return r.validate() }

package analysis

// The unexported codes and limits, for the package's external tests (issue 20).
var (
	ErrNoCalendar = errNoCalendar
	ErrPolicy     = errPolicy
	ErrPeriod     = errPeriod
	ErrNoAsOf     = errNoAsOf
	ErrBadReform  = errBadReform
	ErrBadCase    = errBadCase
	MaxMonths     = maxMonths
	MaxIDBytes    = maxIDBytes
	MaxTitle      = maxTitle
)

// IsZero is Reform's unexported isZero, for the external tests.
func (r Reform) IsZero() bool { return r.isZero() }

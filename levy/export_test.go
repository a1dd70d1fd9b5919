package levy

// The unexported codes and limits, for the package's external tests (issue 20).
var (
	ErrBadTerms          = errBadTerms
	ErrNoParams          = errNoParams
	ErrBadCorrection     = errBadCorrection
	ErrNegativeOrders    = errNegativeOrders
	ErrNoRulebook        = errNoRulebook
	ErrNoTally           = errNoTally
	ErrSetupSyntax       = errSetupSyntax
	RegistrationWorkdays = registrationWorkdays
)

package monthreport

// The unexported codes and limits, for the package's external tests (issue 20).
var (
	ErrNoBatch = errNoBatch
)

package casefile

// zhError gives err (its English and its codes unchanged) a Chinese text.
type zhError struct {
	err error
	zh  string
}

func (e *zhError) Error() string   { return e.err.Error() }
func (e *zhError) Unwrap() error   { return e.err }
func (e *zhError) Chinese() string { return e.zh }

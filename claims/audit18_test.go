package claims_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/claims"
)

// Audit of issue 18: a nil *TransitionError prints without a panic, as
// every other error type of the library does.
func TestAudit18NilTransitionError(t *testing.T) {
	var e *claims.TransitionError
	assert.NotPanics(t, func() { _ = e.Error() })
}

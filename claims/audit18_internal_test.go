package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Audit of issue 18: a nil refusal of an event prints without a panic, as
// every other error type of the library does.
func TestAudit18NilTransitionError(t *testing.T) {
	var e *transitionError
	assert.NotPanics(t, func() { _, _, _ = e.Error(), e.Chinese(), e.Unwrap() })
	assert.Equal(t, "claims: transition not allowed", e.Error())
	var d *eventDateError
	assert.NotPanics(t, func() { _, _ = d.Error(), d.Chinese() })
	assert.Equal(t, errEventDate.Chinese(), d.Chinese())
}

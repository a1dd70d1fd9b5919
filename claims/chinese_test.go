package claims_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/claims"
)

// A state and a situation name themselves in Chinese; a value that is not
// one has no name (no guess).
func TestChineseNames(t *testing.T) {
	assert.Equal(t, "新案件", claims.StateNew.Chinese())
	assert.Equal(t, "已受理", claims.StateAccepted.Chinese())
	assert.Equal(t, "上下班途中（往返）的交通事故", claims.SituationCommute.Chinese())
	assert.Empty(t, claims.State("Accepted").Chinese())
	assert.Empty(t, claims.Situation("").Chinese())
}

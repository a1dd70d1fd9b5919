package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/explain"
)

// An attribution Attribute did not make has no Chinese sentence (its
// English is its Reasons), and no panic.
func TestAttributionZHOfAnAttributionNotMadeByAttribute(t *testing.T) {
	a := Attribution{Outcome: Investigate, Candidates: []OrderRef{{Platform: "a", OrderID: "1"}}, Reasons: []string{"r"}}
	assert.Nil(t, a.Explain(explain.Chinese))
	assert.Equal(t, []string{"r"}, a.Explain(explain.English))
}

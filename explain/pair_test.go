package explain_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
)

// A Pair renders the same steps in each language, and keeps a fault of
// either catalogue without a panic.
func TestPair(t *testing.T) {
	p := explain.NewPair(
		[]explain.Entry{{Key: "x.sum", Template: "{a} + {b} = {c}"}},
		[]explain.Entry{{Key: "x.sum", Template: "{a} 加 {b} 得 {c}"}})
	require.NoError(t, p.Err())
	step := explain.Step{Key: "x.sum", Inputs: []explain.Value{{Name: "a", Value: "1.20"}, {Name: "b", Value: "3"}}, Output: &explain.Value{Name: "c", Value: "4.20"}}
	lines := []explain.Explanation{{step}, {{Key: "x.none"}}}
	assert.Equal(t, []string{"1.20 + 3 = 4.20", "⟦?x.none⟧"}, p.Texts(explain.English, lines))
	assert.Equal(t, "1.20 加 3 得 4.20", p.Texts(explain.Chinese, lines)[0])
	bad := explain.NewPair([]explain.Entry{{Key: "x", Template: "{"}}, nil)
	assert.ErrorIs(t, bad.Err(), explain.ErrTemplate)
	assert.NotPanics(t, func() { bad.Texts(explain.English, lines) })
	var zero explain.Pair
	assert.NoError(t, zero.Err())
	assert.NotPanics(t, func() { zero.Texts(explain.Chinese, lines) })
}

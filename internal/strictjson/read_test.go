package strictjson

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/jsonerr"
)

// endless is an input that never ends: ReadAll must stop at its limit.
type endless struct{ read int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '['
	}
	e.read += len(p)
	return len(p), nil
}

func TestReadAllBounded(t *testing.T) {
	e := &endless{}
	_, err := ReadAll(e, 1000)
	require.ErrorIs(t, err, jsonerr.ErrTooLarge)
	assert.LessOrEqual(t, e.read, 1000+32<<10)
	data, err := ReadAll(strings.NewReader("abc"), 3)
	require.NoError(t, err)
	assert.Equal(t, "abc", string(data))
	_, err = ReadAll(io.MultiReader(strings.NewReader("abcd")), 3)
	require.ErrorIs(t, err, jsonerr.ErrTooLarge)

	assert.Contains(t, TooLarge(10, "11").Error(), "11 bytes")
}

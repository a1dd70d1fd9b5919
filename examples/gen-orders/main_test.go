package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func gen(t *testing.T, args ...string) string {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(args, &out, &errOut), errOut.String())
	return out.String()
}

// The committed sample is what the documented command makes.
func TestSampleIsReproducible(t *testing.T) {
	want, err := os.ReadFile("../../testdata/levy/orders-2026-03.csv")
	require.NoError(t, err)
	assert.Equal(t, string(want), gen(t, "-rows", "3000", "-seed", "1", "-month", "2026-03"))
	assert.NotEqual(t, string(want), gen(t, "-rows", "3000", "-seed", "2", "-month", "2026-03"))
}

func TestBadFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-month", "March"}, &out, &errOut))
	assert.Equal(t, 2, run([]string{"-rows", "-1"}, &out, &errOut))
}

package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/examples/internal/msg"
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

// -h and the complaints are Chinese (msg.EnglishWords: no run of four or
// more ASCII letters standing as a word, outside flag names and codes);
// -lang en gives the English usage.
func TestUsageInChinese(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "用法：gen-orders [-rows 行数] [-seed 种子] [-month 月份] [-clean] [-lang zh|en]")
	assert.Contains(t, errOut.String(), "  -rows 行数\n    \t抽取的行数（默认 3000）\n")
	assert.Empty(t, msg.EnglishWords(errOut.String(), "gen-orders"))
	for _, args := range [][]string{{"-month", "March"}, {"-rows", "-1"}, {"-nope"}, {"extra"}} {
		errOut.Reset()
		assert.Equal(t, 2, run(args, &out, &errOut), "%v", args)
		assert.Empty(t, msg.EnglishWords(errOut.String(), "gen-orders", "March", "extra"), "%v: %s", args, errOut.String())
	}
	errOut.Reset()
	assert.Equal(t, 0, run([]string{"-lang", "en", "-h"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "usage: gen-orders [-rows N]")
}

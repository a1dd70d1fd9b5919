package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runArgs(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSample(t *testing.T) {
	code, out, errOut := runArgs("", "-case", "../../testdata/claims/case-sample.json")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"2026-02-24", "第二十一条第一款", "filing: in time false", "cover: true", "容缺受理", "OVERDUE", "platform 1200.50 元"} {
		assert.Contains(t, out, want)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/claims/case-sample.json", "-json")
	require.Equal(t, 0, code, errOut)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Contains(t, v, "windows")
	assert.Contains(t, v, "deadlines")
}

func TestBadInput(t *testing.T) {
	code, _, errOut := runArgs(`{"accident":"2026-02-30"}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "2026-02-30")
	code, _, errOut = runArgs(`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-10","application":{"situation":"order_accident","submitted":[]},"paid_months":[]}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "before the accident")
	code, _, _ = runArgs("", "-nope")
	assert.Equal(t, 2, code)
	code, _, errOut = runArgs("", "-case", "/nonexistent.json")
	assert.Equal(t, 1, code)
	assert.NotEmpty(t, errOut)
}

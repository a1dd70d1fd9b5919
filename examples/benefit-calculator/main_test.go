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
	code, out, errOut := runArgs("", "-case", "../../testdata/benefits/case-sample.json")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"一次性伤残补助金：116914.35 元", "4175.51", "第五十六条", "2025-06 伤残津贴      4175.51", "2025-07 伤残津贴      4500.00", "生活保障费：10000.00 元", "基金支付：合规医疗费 31250.00"} {
		assert.Contains(t, out, want)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/benefits/case-sample.json", "-json")
	require.Equal(t, 0, code, errOut)
	var v struct {
		Award struct {
			Items []struct {
				Kind    string `json:"kind"`
				Amount  string `json:"amount"`
				Formula string `json:"formula"`
			} `json:"items"`
		} `json:"award"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.NotEmpty(t, v.Award.Items)
	assert.NotEmpty(t, v.Award.Items[0].Formula)
}

func TestNeeds(t *testing.T) {
	code, out, errOut := runArgs(`{"case":{"injury":"2026-03-01","grade":2,"assessment":"2026-08-01","nursing":"full"},"rules":{},"schedule":{"from":"2026-09","to":"2026-10"}}`, "-case", "-", "-needs")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"benefits.prev_year_shanghai_private_annual_wage in force on 2026-03-01", "benefits.implementing_measures.commencement", "benefits.nursing_base_annual", "benefits.nursing_ratio.full"} {
		assert.Contains(t, out, want)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/benefits/case-sample.json", "-needs")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "所需参数均已提供")
}

func TestBadInput(t *testing.T) {
	code, _, errOut := runArgs(`{"case":{"injury":"2024-01-01","grade":12,"assessment":"2024-06-01"},"rules":{}}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "grade 12")
	code, _, errOut = runArgs(`{"case":{"injury":"2025-03-01","grade":7,"assessment":"2025-08-01"},"rules":{}}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "2025")
	code, _, _ = runArgs("", "-x")
	assert.Equal(t, 2, code)
}

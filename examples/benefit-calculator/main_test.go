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
			Rulebook string `json:"rulebook"`
		} `json:"award"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.NotEmpty(t, v.Award.Items)
	assert.NotEmpty(t, v.Award.Items[0].Formula)
	assert.Len(t, v.Award.Rulebook, 64, "the fingerprint of the rulebook the award was computed by")
}

// -needs lists what is missing and what is provisional, each marked, and
// exits 3 when something is missing, 0 when only provisional values are
// listed (issue 19: it answered "nothing is missing" while the award rested
// on the inferred disability base ratio, and exited 0 with parameters
// missing).
func TestNeeds(t *testing.T) {
	code, out, errOut := runArgs(`{"case":{"injury":"2026-03-01","grade":2,"assessment":"2026-08-01","nursing":"full"},"rules":{},"schedule":{"from":"2026-09","to":"2026-10"}}`, "-case", "-", "-needs")
	require.Equal(t, 3, code, errOut)
	for _, want := range []string{"[missing] benefits.prev_year_shanghai_private_annual_wage in force on 2026-03-01", "[missing] benefits.nursing_base_annual", "[missing] benefits.nursing_ratio.full",
		"[provisional] benefits.disability_base_ratio = 0.6", "inferred: the defining clause was not found", "[provisional] benefits.implementing_measures.commencement = 2025-07-01"} {
		assert.Contains(t, out, want)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/benefits/case-sample.json", "-needs")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "所需参数均已提供")
	assert.Contains(t, out, "暂定的参数 (2 provisional)")
	assert.Contains(t, out, "[provisional] benefits.disability_base_ratio = 0.6")

	code, out, errOut = runArgs(`{"case":{"injury":"2026-03-01","grade":2,"assessment":"2026-08-01"},"rules":{}}`, "-case", "-", "-needs", "-json")
	require.Equal(t, 3, code, errOut)
	var needs struct {
		List []struct {
			Mark  string `json:"mark"`
			Param string `json:"param"`
			Value *struct {
				Value  string `json:"value"`
				Status string `json:"status"`
			} `json:"value"`
		} `json:"needs"`
		Rulebook string `json:"rulebook"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &needs), out)
	assert.Len(t, needs.Rulebook, 64, "the fingerprint of the rulebook the needs were listed from")
	list := needs.List
	require.Len(t, list, 3)
	assert.Equal(t, "missing", list[0].Mark)
	assert.Nil(t, list[0].Value)
	assert.Equal(t, "provisional", list[1].Mark)
	require.NotNil(t, list[1].Value)
	assert.Equal(t, "0.6", list[1].Value.Value)
	assert.Equal(t, "2025-07-01", list[2].Value.Value)

	code, out, errOut = runArgs(`{"case":{"injury":"2024-04-15","grade":7,"assessment":"2024-09-10"},"rules":{}}`, "-case", "-", "-needs", "-json")
	require.Equal(t, 0, code, "only provisional values: exit 0 (%s)", errOut)
	assert.Contains(t, out, `"mark": "provisional"`)
}

// A parameter null or absent, misspelt or in the old form is refused with
// exit 1 and a message naming it (issue 18: it was read as 0).
func TestBadParameters(t *testing.T) {
	for name, p := range map[string]string{
		"null":     `{"name":"benefits.disability_base_ratio","value":null,"from":"2024-01-01","source":"s","status":"verified"}`,
		"absent":   `{"name":"benefits.disability_base_ratio","from":"2024-01-01","source":"s","status":"verified"}`,
		"misspelt": `{"name":"benefits.disability_base_raito","value":"0.5","from":"2024-01-01","source":"s","status":"verified"}`,
		"old form": `{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"provisional"}`,
	} {
		for _, args := range [][]string{{"-case", "-"}, {"-case", "-", "-needs"}} {
			code, _, errOut := runArgs(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":7},"parameters":[`+p+`],"rules":{}}`, args...)
			assert.Equal(t, 1, code, name)
			assert.Contains(t, errOut, "benefits.", name)
		}
	}
	_, _, errOut := runArgs(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":7},"parameters":[{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"provisional"}],"rules":{}}`, "-case", "-")
	assert.Contains(t, errOut, `write "value": "2025-07-01" without "from"`)
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

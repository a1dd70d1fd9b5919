package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMedicalSample(t *testing.T) {
	code, out, errOut := runArgs("", "-medical", "../../testdata/benefits/medical-claim-sample.json")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{
		"第 3 项（床位费（稳定次日起）） 160.00 元：不予支付——伤情已于 2026-03-05 稳定",
		"待定（待定 380.00 元，不予支付 40.00 元）",
		"缺少 1 项：票据 门诊B002 的费用明细清单原件",
		"支付对象：垫付费用的平台企业单位账户（某即时配送平台）",
		"合计 2954.38 元 = 可支付 1940.00 元 + 不予支付 588.88 元 + 待定 425.50 元",
	} {
		assert.Contains(t, out, want)
	}
	code, out, errOut = runArgs("", "-medical", "../../testdata/benefits/medical-claim-sample.json", "-json")
	require.Equal(t, 0, code, errOut)
	var v struct {
		Total string `json:"total"`
		Lines []struct {
			Verdict string `json:"verdict"`
		} `json:"lines"`
		Rulebook string `json:"rulebook"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Equal(t, "2954.38", v.Total)
	assert.Len(t, v.Rulebook, 64)
	assert.Len(t, v.Lines, 6)
}

func TestMedicalBadInput(t *testing.T) {
	for in, want := range map[string][2]string{
		`{"injury":"2026-03-02","bills":[]}`:              {"no bill", "医疗待遇申领数据不合要求"},
		`{"injury":"2026-03-02","bils":[]}`:               {"unknown key", `字段 "bils"，位置 $.bils，第 23 字节：不认识的字段`},
		strings.Repeat("[", 1000):                         {"nesting too deep", "对象和列表嵌套层数超过上限（最多 8 层）"}, // benefits.MaxClaimJSONDepth, not jsonerr.MaxDepth
		`{"injury":"` + strings.Repeat(" ", 1<<20) + `"}`: {"document too large", "文件过大"},
	} {
		code, _, errOut := runArgs(in, "-medical", "-")
		assert.Equal(t, 1, code, in[:min(len(in), 40)])
		assert.Contains(t, errOut, want[1])
		assert.Less(t, len(errOut), 600)
		code, _, errOut = runArgs(in, "-medical", "-", "-lang", "en")
		assert.Equal(t, 1, code, in[:min(len(in), 40)])
		assert.Contains(t, errOut, want[0])
		assert.Less(t, len(errOut), 400)
	}
	code, _, errOut := runArgs("", "-medical", "no/such/claim.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "no/such/claim.json")
}

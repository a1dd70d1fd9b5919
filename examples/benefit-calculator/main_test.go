package main

import (
	"bytes"
	"encoding/json"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
)

func runArgs(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSample(t *testing.T) {
	code, out, errOut := runArgs("", "-case", "../../testdata/benefits/case-sample.json")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"一次性伤残补助金：116914.35 元", "4175.51", "第五十六条", "  2025-06  伤残津贴     4175.51\n", "  2025-07  伤残津贴     4500.00\n", "生活保障费：10000.00 元", "基金支付：合规医疗费 31250.00"} {
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
	for _, want := range []string{"缺少的参数（3 项），请在案件文件的 \"parameters\" 中提供：",
		"  [缺少] benefits.prev_year_shanghai_private_annual_wage（须于 2026-03-01 有效）：2026年受伤或死亡所用的 W × 12：2025年上海市城镇私营单位就业人员年平均工资",
		"  [缺少] benefits.nursing_base_annual（须于 2026-03-01 有效）：生活护理费：本市生活护理费的年度基数须由调用方提供", "[缺少] benefits.nursing_ratio.full",
		"[暂定] benefits.disability_base_ratio = 0.6", "（推定：未找到规定这一比例的条款；", "[暂定] benefits.implementing_measures.commencement = 2025-07-01"} {
		assert.Contains(t, out, want)
	}
	assert.Empty(t, msg.EnglishWords(out, "parameters")) // the case file's key
	code, out, errOut = runArgs(`{"case":{"injury":"2026-03-01","grade":2,"assessment":"2026-08-01","nursing":"full"},"rules":{},"schedule":{"from":"2026-09","to":"2026-10"}}`, "-case", "-", "-needs", "-lang", "en")
	require.Equal(t, 3, code, errOut)
	for _, want := range []string{"[missing] benefits.prev_year_shanghai_private_annual_wage in force on 2026-03-01", "[missing] benefits.nursing_base_annual", "[missing] benefits.nursing_ratio.full",
		"[provisional] benefits.disability_base_ratio = 0.6", "inferred: the defining clause was not found", "[provisional] benefits.implementing_measures.commencement = 2025-07-01"} {
		assert.Contains(t, out, want)
	}
	code, out, errOut = runArgs("", "-case", "../../testdata/benefits/case-sample.json", "-needs")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "所需参数均已提供")
	assert.Contains(t, out, "暂定的参数（2 项）：待遇依赖这些数值，有正式数值时请提供：")
	assert.Contains(t, out, "[暂定] benefits.disability_base_ratio = 0.6")

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
			assert.Contains(t, errOut, "待遇案件文件不合要求：位置 $.parameters[0]", name)
			if name != "absent" {
				assert.Contains(t, errOut, "benefits.", name)
			}
		}
	}
	old := `{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":7},"parameters":[{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"provisional"}],"rules":{}}`
	_, _, errOut := runArgs(old, "-case", "-")
	assert.Contains(t, errOut, "参数 benefits.implementing_measures.commencement（自 2025-07-01 起）：参数取值的种类不对（该写日期的写了数额，或相反）：benefits.implementing_measures.commencement 是日期")
	_, _, errOut = runArgs(old, "-case", "-", "-lang", "en")
	assert.Contains(t, errOut, `write "value": "2025-07-01" without "from"`)
}

func TestBadInput(t *testing.T) {
	code, _, errOut := runArgs(`{"case":{"injury":"2024-01-01","grade":12,"assessment":"2024-06-01"},"rules":{}}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "benefit-calculator: -: 待遇案件数据不合要求：伤残等级 12（应为 1–10，无等级写 0）\n")
	_, _, errOut = runArgs(`{"case":{"injury":"2024-01-01","grade":12,"assessment":"2024-06-01"},"rules":{}}`, "-case", "-", "-lang", "en")
	assert.Contains(t, errOut, "grade 12")
	code, _, errOut = runArgs(`{"case":{"injury":"2025-03-01","grade":7,"assessment":"2025-08-01"},"rules":{}}`, "-case", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "2025")
	code, _, _ = runArgs("", "-x")
	assert.Equal(t, 2, code)
}

// The payment schedule's columns are aligned by display width (a CJK
// character takes two cells): on a Chinese row, the amount ends at the
// header's last cell, whatever the item's name.
func TestScheduleAlignedByDisplayWidth(t *testing.T) {
	table := scheduleTable([]benefits.Payment{
		{Month: month(t, "2026-01"), Kind: benefits.DisabilityAllowance, Amount: money.Fen(417551)},
		{Month: month(t, "2026-01"), Kind: benefits.SurvivorPension, Beneficiary: "配偶", Amount: money.Fen(1234567), Raised: true},
	})
	lines := strings.Split(strings.TrimRight(table, "\n"), "\n")
	require.Len(t, lines, 3, table)
	assert.Equal(t, "  月份     项目            领取人  金额（元）  说明", lines[0])
	head := textout.Width(lines[0][:strings.Index(lines[0], "金额（元）")]) + textout.Width("金额（元）")
	for _, l := range lines[1:] {
		amount := l[:strings.LastIndex(l, ".")+3]
		assert.Equal(t, head, textout.Width(amount), "%q", l)
	}
	assert.Contains(t, lines[2], "  配偶    ")
	assert.Contains(t, lines[2], "按当年计发标准（第四十五条第二款）")
}

func month(t *testing.T, s string) calendar.Month {
	m, err := calendar.ParseMonth(s)
	require.NoError(t, err)
	return m
}

// What a clerk reads is Chinese: the award, the schedule, -needs, -h and
// the complaints (msg.EnglishWords: no run of four or more ASCII letters
// standing as a word, outside flag names, file names, identifiers, codes
// and capitals); -lang en gives the English usage.
func TestClerkReadsChinese(t *testing.T) {
	code, out, errOut := runArgs("", "-case", "../../testdata/benefits/case-sample.json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "（2023 年数据：中国统计年鉴 转载的上海市城镇私营单位就业人员年平均工资；状态：二手来源）")
	assert.Empty(t, msg.EnglishWords(out))
	code, out, errOut = runArgs("", "-case", "../../testdata/benefits/case-sample.json", "-needs")
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, msg.EnglishWords(out, "value", "from")) // the sample's own source names its JSON keys
	code, out, errOut = runArgs("", "-medical", "../../testdata/benefits/medical-claim-sample.json")
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, msg.EnglishWords(out))
	code, _, errOut = runArgs("", "-h")
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "用法：benefit-calculator [-case 文件]")
	assert.Contains(t, errOut, "  -needs\n    \t一次列出案件缺少的全部参数")
	assert.Empty(t, msg.EnglishWords(errOut, "benefit-calculator"))
	_, _, errOut = runArgs("", "-lang", "en", "-h")
	assert.Contains(t, errOut, "usage: benefit-calculator [-case FILE]")
	for _, args := range [][]string{{"-nope"}, {"-case", "no-such.json"}, {"-medical", "no-such.json"}, {"extra"}} {
		_, _, errOut = runArgs("", args...)
		assert.Empty(t, msg.EnglishWords(errOut, "benefit-calculator", "extra"), "%v: %s", args, errOut)
	}
}

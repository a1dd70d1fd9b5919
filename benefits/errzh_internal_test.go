package benefits

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/money"
)

// Issue 22: a refusal of a medical claim, of the third party's part, of
// the rules or of an award's figures says in Chinese what its English
// says, with the same figures: benefit-calculator and medical-claim never
// print "详情见 -lang en" for them.

// chineseOf is the Chinese text of the first error in err's tree that has
// one (what errcode.Wire and the examples show).
func chineseOf(err error) string {
	var zh interface{ Chinese() string }
	if errors.As(err, &zh) {
		return zh.Chinese()
	}
	return ""
}

func checkRefusalZH(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	zh := chineseOf(err)
	code := errcode.Of(err)
	require.False(t, code.IsZero(), "%v", err)
	assert.NotEqual(t, code.Chinese(), zh, "only the code's meaning: %v", err)
	assert.True(t, strings.HasPrefix(zh, code.Chinese()), "%q does not start with its code's Chinese %q", zh, code.Chinese())
	assert.Empty(t, zhcheck.Missing([]string{err.Error()}, []string{zh}), "EN: %s\nZH: %s", err, zh)
	assert.NotContains(t, zh, "详情见")
	return zh
}

func TestMedicalClaimRefusalsInChinese(t *testing.T) {
	claim := func(bills string) error {
		_, err := ParseMedicalClaim([]byte(`{"injury":"2026-03-02","bills":[` + bills + `]}`))
		return err
	}
	const bill = `{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]}`
	for _, c := range []struct {
		name string
		err  error
		zh   string
	}{
		{"no bill", claim(""), "医疗待遇申领数据不合要求：bills：没有票据"},
		{"before injury", claim(strings.Replace(bill, "2026-03-03", "2026-03-01", 1)), "医疗待遇申领数据不合要求：bills[0].date：2026-03-01 早于受伤日期 2026-03-02：不是本次伤害的费用"},
		{"duplicate", claim(bill + "," + bill), `同一张票据列了两次（票据号重复）：同一笔费用不重复支付：bills[1].id："B" 与 bills[0] 相同`},
		{"setting", claim(strings.Replace(bill, "outpatient", "spa", 1)), `医疗待遇申领数据不合要求：bills[0].setting："spa"（应为 outpatient、emergency、observation、inpatient、rehabilitation 或 device）`},
		{"negative line", claim(strings.Replace(bill, `"1"`, `"-1"`, 1)), "医疗待遇申领数据不合要求：bills[0].lines[0].amount：金额为负"},
		{"no line", claim(strings.Replace(bill, `{"amount":"1"}`, "", 1)), "医疗待遇申领数据不合要求：bills[0].lines：没有明细"},
		{"until", claim(strings.Replace(bill, `"setting"`, `"until":"2026-03-02","setting"`, 1)), "医疗待遇申领数据不合要求：bills[0].until：2026-03-02 早于票据日期 2026-03-03"},
		{"line date", claim(strings.Replace(bill, `{"amount":"1"}`, `{"amount":"1","date":"2026-03-09"}`, 1)), "医疗待遇申领数据不合要求：bills[0].lines[0].date：2026-03-09 不在票据的日期 2026-03-03 至 2026-03-03 之内"},
		{"submitted twice", claim(strings.Replace(bill, `"lines"`, `"submitted":["invoice","invoice"],"lines"`, 1)), ""},
		{"missing amount", claim(strings.Replace(bill, `{"amount":"1"}`, `{}`, 1)), "医疗待遇申领数据不合要求：bills[0].lines[0].amount：缺少金额"},
	} {
		t.Run(c.name, func(t *testing.T) {
			zh := checkRefusalZH(t, c.err)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}

func TestSplitMedicalAndRulesRefusalsInChinese(t *testing.T) {
	amt := money.MustParse
	half, two := decimal.RequireFromString("0.5"), decimal.RequireFromString("2")
	det := amt("900.00")
	for _, c := range []struct {
		name string
		err  error
		zh   string
	}{
		{"eligible", split(Medical{Total: amt("100.00"), Eligible: amt("200.00"), Ratio: &half}), "医疗费数据不合要求：符合规定的医疗费 200.00 超过总医疗费 100.00"},
		{"ratio", split(Medical{Total: amt("100.00"), Eligible: amt("50.00"), Ratio: &two}), "医疗费数据不合要求：责任比例 2 不在 0 与 1 之间"},
		{"determined", split(Medical{Total: amt("100.00"), Eligible: amt("50.00"), DeterminedMedical: &det}), "医疗费数据不合要求：已确定的医疗费金额 900.00 超过总医疗费 100.00"},
		{"two bases", split(Medical{Total: amt("100.00"), Eligible: amt("50.00"), DeterminedMedical: &det, Ratio: &half}), "医疗费数据不合要求：第三方承担部分的依据只能给一个，现为 2 个"},
		{"negative", split(Medical{Total: amt("-1.00"), Ratio: &half}), "医疗费数据不合要求：总医疗费 -1.00：金额应不为负且低于 10¹⁵ 元"},
		{"warning limit", Rules{WarningLimit: amt("-5.00")}.validate(), "规则设置不合要求（如预警金额为负数）：预警金额 -5.00：不能为负"},
		{"situation", new(DeathSituation).UnmarshalText([]byte("later")), ""},
		{"award rulebook", func() error {
			var a Award
			return a.UnmarshalJSON([]byte(`{"items":[],"one_time_total":"0.00","monthly_total":"0.00","rulebook":"abc"}`))
		}(), `待遇核定结果不合要求（供养亲属抚恤金缺少计发依据：不是由 Compute 或 ParseAward 生成的结果）：规则指纹（rulebook）"abc"：应为 64 位小写十六进制数字`},
		{"item share", Item{Kind: OneTimeDisabilityGrant, Share: decimal.RequireFromString("-0.5")}.validate(), ""},
		{"ratio places", func() error { _, err := nanoOf("share", decimal.RequireFromString("0.1234567891")); return err }(), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			zh := checkRefusalZH(t, c.err)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}

func split(m Medical) error {
	_, err := SplitMedical(m)
	return err
}

package levy_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
)

// Issue 22: levy's refusals say in Chinese what the English says, with
// its figures and names.
func TestRefusalsInChinese(t *testing.T) {
	first := calendar.MustParseMonth("2026-03")
	rb, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(), levy.Terms{Platform: "platform-new", FirstMonth: first})
	require.NoError(t, err)
	day := func(s string) calendar.Date { d, _ := calendar.ParseDate(s); return d }
	rate := func(p, d string) error {
		_, err := rb.RateOn(p, eligibility.RideHailing, day(d))
		return err
	}
	correct := func(c levy.Correction) error { _, err := levy.Correct(c); return err }
	_, setupErr := levy.ParseSetup([]byte(`{"parameters":[{"name":"benefits.prev_year_shanghai_private_annual_wage","value":"120000","from":"2025-01-01","source":"x","status":"verified"}],"terms":[]}`), calendar.Default())
	for _, c := range []struct {
		name string
		err  error
		zh   string
	}{
		{"no terms", rate("platform-x", "2026-03-05"), `缺少平台的费率条款（首次参保月份、档次、浮动）：平台 "platform-x"`},
		{"not enrolled", rate("platform-new", "2026-02-05"), `平台该月未参保：平台 "platform-new" 首次参保月份为 2026-03，不是 2026-02`},
		{"correction", correct(levy.Correction{Platform: "p", Period: first, Paid: money.MustParse("-1.00")}), "退补数据不合要求：金额为负数"},
		{"setup", setupErr, "第 1 项参数 benefits.prev_year_shanghai_private_annual_wage（自 2025-01-01 起）：不认识的参数名称（拼写错误不会被忽略）：征缴计算（levy）不读取 benefits.prev_year_shanghai_private_annual_wage（所读取的参数见 levy.Params）"},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Error(t, c.err)
			var zh interface{ Chinese() string }
			require.True(t, errors.As(c.err, &zh))
			assert.Equal(t, c.zh, zh.Chinese())
			assert.Empty(t, zhcheck.Missing([]string{c.err.Error()}, []string{zh.Chinese()}), "EN: %s", c.err)
		})
	}
}

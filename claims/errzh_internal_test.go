package claims

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/money"
)

// Issue 22: each refusal says in Chinese what its English says, with the
// same figures: claim-timeline never prints "详情见 -lang en" for them.

func zhDay(s string) calendar.Date { d, _ := calendar.ParseDate(s); return d }

func TestRefusalsInChinese(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	attr := func(o Order) error {
		_, err := attribute(Accident{At: at}, []Order{o}, nil)
		return err
	}
	costs := func(cs ...Cost) error {
		r, err := NewRulebook(calendar.Default(), Rules{})
		require.NoError(t, err)
		_, err = r.SplitLateCosts(Case{Accident: zhDay("2026-03-02"), AppliedOn: zhDay("2026-03-10")}, cs)
		return err
	}
	for _, c := range []struct {
		name string
		err  error
		zh   string
	}{
		{"order ended", attr(Order{Platform: "p", OrderID: "o1", AcceptedAt: at, StartedAt: at, EndedAt: at.Add(-time.Minute)}), "订单数据不合要求：第 1 条（o1）：结束时刻早于开始时刻"},
		{"order no id", attr(Order{Platform: "p", AcceptedAt: at, StartedAt: at}), "订单数据不合要求：第 1 条：没有平台企业或订单编号"},
		{"cost date", costs(Cost{Date: zhDay("2026-03-01"), Amount: money.MustParse("5.00")}), "费用数据不合要求：第 1 笔费用的日期 2026-03-01 早于事故日期 2026-03-02：不是本次伤害的费用"},
		{"cost negative", costs(Cost{Date: zhDay("2026-03-03"), Amount: money.MustParse("-5.00")}), "费用数据不合要求：第 1 笔费用为负数"},
		{"case dates", Case{Accident: zhDay("2026-03-02"), AppliedOn: zhDay("2026-03-01")}.checkDates(), "案件的各项日期先后顺序不对：申请日期（applied_on） 2026-03-01 早于事故日期（accident） 2026-03-02"},
		{"case needs", Case{Accident: zhDay("2026-03-02"), AcceptedOn: zhDay("2026-03-05")}.checkDates(), "案件的各项日期先后顺序不对：有受理日期（accepted_on），却没有申请日期（applied_on）"},
		{"earlier decided", CheckSingleConfirmation([]Case{{DecidedOn: zhDay("2026-04-01")}}), ""},
		{"rules", Rules{ExtensionCapMonths: -2}.validate(), ""},
		{"rules material", Rules{KeyMaterials: []Material{"passport-of-x"}}.validate(), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Error(t, c.err)
			var zhErr interface{ Chinese() string }
			require.True(t, errors.As(c.err, &zhErr))
			zh := zhErr.Chinese()
			code := errcode.Of(c.err)
			assert.True(t, strings.HasPrefix(zh, code.Chinese()), "%q does not start with %q", zh, code.Chinese())
			assert.NotEqual(t, code.Chinese(), zh)
			assert.Empty(t, zhcheck.Missing([]string{c.err.Error()}, []string{zh}), "EN: %s\nZH: %s", c.err, zh)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}

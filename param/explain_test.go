package param_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/param"
)

func TestMessagesAgree(t *testing.T) {
	en, err := explain.NewCatalogue(explain.English, param.Messages(explain.English))
	require.NoError(t, err)
	zh, err := explain.NewCatalogue(explain.Chinese, param.Messages(explain.Chinese))
	require.NoError(t, err)
	assert.NoError(t, explain.Agree(en, zh))
	assert.Nil(t, param.Messages("fr"))
}

// issue 20: String and Chinese, now rendered from Value.Steps, say what
// the hand-written functions they replace said, byte for byte (the old
// functions are kept here as the oracle).
func TestValueTextUnchanged(t *testing.T) {
	oldEN := func(v param.Value) string {
		span := ""
		if !v.From.IsZero() {
			span = " from " + v.From.String()
		}
		if !v.Until.IsZero() {
			span += " to " + v.Until.String()
		}
		return fmt.Sprintf("%s = %s%s (%s; %s)", v.Name, v.Text(), span, v.Source, v.Status)
	}
	oldZH := func(v param.Value) string {
		span := "，自 " + v.From.String() + " 起施行"
		switch {
		case v.From.IsZero():
			span = ""
		case v.From.Year() == 1:
			span = "，自 " + v.From.String() + " 起施行（不限起始日）"
		}
		if !v.Until.IsZero() {
			span = "，自 " + v.From.String() + " 至 " + v.Until.String() + " 施行"
			if v.From.IsZero() { // once "，自  至 … 施行", an empty from (session 27)
				span = "，施行至 " + v.Until.String()
			}
		}
		return fmt.Sprintf("%s = %s%s（%s；状态：%s）", v.Name, v.Text(), span, v.Source, v.Status.Chinese())
	}
	day := func(s string) calendar.Date {
		if s == "" {
			return calendar.Date{}
		}
		d, err := calendar.ParseDate(s)
		require.NoError(t, err)
		return d
	}
	rapid.Check(t, func(rt *rapid.T) {
		v := param.Value{
			Name:   rapid.SampledFrom([]param.Name{"levy.base.ride_hailing", "benefits.implementing_measures.commencement", "x"}).Draw(rt, "name"),
			Value:  decimal.RequireFromString(rapid.SampledFrom([]string{"0.01", "0", "123456.789"}).Draw(rt, "value")),
			From:   day(rapid.SampledFrom([]string{"", "0001-01-01", "2025-07-01"}).Draw(rt, "from")),
			Until:  day(rapid.SampledFrom([]string{"", "2026-06-30"}).Draw(rt, "until")),
			Source: rapid.SampledFrom([]string{"", "沪人社福〔2025〕373号 第十一条", "{x}"}).Draw(rt, "source"),
			Status: rapid.SampledFrom([]param.Status{param.Verified, param.Secondary, param.Provisional, "", "odd"}).Draw(rt, "status"),
		}
		if v.Name == "benefits.implementing_measures.commencement" {
			v.Value, v.Date = decimal.Zero, day("2025-07-01")
		}
		assert.Equal(rt, oldEN(v), v.String())
		assert.Equal(rt, oldZH(v), v.Chinese())
	})
}

package param_test

// Issue 19, session 27: the texts of a value (String, Chinese) for one
// value per branch of Steps, and a missing value's Chinese, exactly.

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

// cases27d are one value per branch of Steps' span and status.
func cases27d(t testing.TB) []param.Value {
	d := func(s string) calendar.Date { return pday(t, s) }
	first, _ := calendar.DateOf(1, 1, 1)
	base := param.Value{Name: "levy.base.ride_hailing", Value: decimal.RequireFromString("0.01"), Source: "沪人社福〔2025〕373号 第十一条", Status: param.Verified}
	from := base
	from.From = d("2025-07-01")
	fromUntil := from
	fromUntil.Until = d("2026-06-30")
	fromUntil.Status = param.Secondary
	untilOnly := base
	untilOnly.Until = d("2026-06-30")
	untilOnly.Status = param.Provisional
	fromAny := base
	fromAny.From = first
	unknown := from
	unknown.Status = "guessed"
	none := base
	return []param.Value{from, fromUntil, untilOnly, fromAny, unknown, none, param.Defaults()[0]}
}

// String and Chinese of one value per branch, exactly. The Chinese of a
// value with an until and no from once read "，自  至 2026-06-30 施行" (an
// empty from day); it says only the until now, as the English does.
func TestValueTextsPerBranch(t *testing.T) {
	want := [][2]string{
		{"levy.base.ride_hailing = 0.01 from 2025-07-01 (沪人社福〔2025〕373号 第十一条; verified)",
			"levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号 第十一条；状态：已核实）"},
		{"levy.base.ride_hailing = 0.01 from 2025-07-01 to 2026-06-30 (沪人社福〔2025〕373号 第十一条; secondary)",
			"levy.base.ride_hailing = 0.01，自 2025-07-01 至 2026-06-30 施行（沪人社福〔2025〕373号 第十一条；状态：二手来源）"},
		{"levy.base.ride_hailing = 0.01 to 2026-06-30 (沪人社福〔2025〕373号 第十一条; provisional)",
			"levy.base.ride_hailing = 0.01，施行至 2026-06-30（沪人社福〔2025〕373号 第十一条；状态：暂定）"},
		{"levy.base.ride_hailing = 0.01 from 0001-01-01 (沪人社福〔2025〕373号 第十一条; verified)",
			"levy.base.ride_hailing = 0.01，自 0001-01-01 起施行（不限起始日）（沪人社福〔2025〕373号 第十一条；状态：已核实）"},
		{"levy.base.ride_hailing = 0.01 from 2025-07-01 (沪人社福〔2025〕373号 第十一条; guessed)",
			"levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号 第十一条；状态：guessed）"},
		{"levy.base.ride_hailing = 0.01 (沪人社福〔2025〕373号 第十一条; verified)",
			"levy.base.ride_hailing = 0.01（沪人社福〔2025〕373号 第十一条；状态：已核实）"},
		{"benefits.implementing_measures.commencement = 2025-07-01 (沪人社规〔2025〕17号 (《实施办法》): 2025-07-01, the day Shanghai's expanded pilot began under it (外卖 merged into 即时配送 from that day; secondary reprints); the 《实施办法》's own commencement clause was not found; provisional)",
			"benefits.implementing_measures.commencement = 2025-07-01（沪人社规〔2025〕17号（《实施办法》）：2025-07-01，本市依该办法扩大试点之日（自该日起外卖并入即时配送；据二手转载）；《实施办法》自身的施行日期条款未找到；状态：暂定）"},
	}
	vs := cases27d(t)
	require.Len(t, vs, len(want))
	for i, v := range vs {
		assert.Equal(t, want[i][0], v.String(), "%d", i)
		assert.Equal(t, want[i][1], v.Chinese(), "%d", i)
	}
	// the missing value's Chinese, with and without its day
	e := &param.MissingError{Name: "levy.base.ride_hailing", Date: pday(t, "2026-01-02")}
	assert.Equal(t, "缺少参数 levy.base.ride_hailing：2026-01-02 没有生效的取值，须由调用方提供", e.Chinese())
	assert.Equal(t, "缺少参数 levy.base.ride_hailing：须由调用方提供", (&param.MissingError{Name: "levy.base.ride_hailing"}).Chinese())
	assert.Equal(t, param.ErrMissingValue.Chinese(), (*param.MissingError)(nil).Chinese())
}

package param_test

// Issue 19, session 27 (round 14's class): the registered Specs' text
// figures (Title, Range, Example, Kind) exactly and in their order; the
// order of a Set's Values (name, then from) and of its fingerprint; the
// Value JSON door's round trip and each refusal with its code.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

// specTable is every registered Spec, by name: name, kind, unit, places,
// min, max, min date, max date, single, title, Range(), Example() and the
// kind's Chinese, tab-separated.
const specTable = `benefits.death_base_ratio	decimal	比例	9	0.000000001	1			false	the death items' base as a ratio of W (人社厅函〔2025〕79号 第三十九条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.death_grant_multiple	decimal	倍	2	1	100			false	一次性职业伤害死亡补助金 as a multiple of the national income (人社厅函〔2025〕79号 第三十九条)	1 to 100 倍, at most 2 decimal places	"value": "20" (倍)	数额
benefits.disability_allowance_ratio.grade1	decimal	比例	9	0.000000001	1			false	伤残津贴 of grade 1 as a ratio of the disability base (人社厅函〔2025〕79号 第三十八条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.disability_allowance_ratio.grade2	decimal	比例	9	0.000000001	1			false	伤残津贴 of grade 2 as a ratio of the disability base (人社厅函〔2025〕79号 第三十八条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.disability_allowance_ratio.grade3	decimal	比例	9	0.000000001	1			false	伤残津贴 of grade 3 as a ratio of the disability base (人社厅函〔2025〕79号 第三十八条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.disability_allowance_ratio.grade4	decimal	比例	9	0.000000001	1			false	伤残津贴 of grade 4 as a ratio of the disability base (人社厅函〔2025〕79号 第三十八条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.disability_base_ratio	decimal	比例	9	0.000000001	1			false	待遇计发基数 as a ratio of W (人社厅函〔2025〕79号 第三十八条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.disability_grant_months.grade1	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 1, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade10	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 10, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade2	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 2, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade3	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 3, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade4	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 4, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade5	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 5, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade6	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 6, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade7	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 7, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade8	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 8, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.disability_grant_months.grade9	decimal	个月	2	1	120			false	一次性伤残补助金 of grade 9, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.funeral_grant_months	decimal	个月	2	1	120			false	丧葬补助金 in months of the death base (人社厅函〔2025〕79号 第三十九条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.implementing_measures.commencement	date	日期	0	0	0	2020-01-01	2099-12-31	true	the 《实施办法》's commencement (沪人社规〔2025〕17号; 第四十五条, 第十一条)	2020-01-01 to 2099-12-31	"value": "2025-07-01"	日期
benefits.nursing_base_annual	decimal	元/年	2	1000	10000000			false	the nursing allowance's annual base (生活护理费, 第三十八条), host-supplied	1000 to 10000000 元/年, at most 2 decimal places	"value": "120000" (元/年)	数额
benefits.nursing_ratio.full	decimal	比例	9	0.000000001	1			false	生活护理费 of the level full as a ratio of the nursing base (host-supplied)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.nursing_ratio.mostly	decimal	比例	9	0.000000001	1			false	生活护理费 of the level mostly as a ratio of the nursing base (host-supplied)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.nursing_ratio.partly	decimal	比例	9	0.000000001	1			false	生活护理费 of the level partly as a ratio of the nursing base (host-supplied)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.one_time_allowance_months.grade5	decimal	个月	2	1	120			false	一次性津贴 of grade 5, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.one_time_allowance_months.grade6	decimal	个月	2	1	120			false	一次性津贴 of grade 6, in months of the disability base (人社厅函〔2025〕79号 第三十八条)	1 to 120 个月, at most 2 decimal places	"value": "6" (个月)	数额
benefits.pension_share.cap	decimal	比例	9	0.000000001	1			false	供养亲属抚恤金: the pensions' cap as a ratio of W (人社厅函〔2025〕79号 第三十九条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.pension_share.lone_bonus	decimal	比例	9	0.000000001	1			false	供养亲属抚恤金: the bonus of a lone elder or orphan (孤寡老人或者孤儿, 人社厅函〔2025〕79号 第三十九条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.pension_share.other	decimal	比例	9	0.000000001	1			false	供养亲属抚恤金: each other dependent's share of the death base (人社厅函〔2025〕79号 第三十九条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.pension_share.spouse	decimal	比例	9	0.000000001	1			false	供养亲属抚恤金: a spouse's share of the death base (人社厅函〔2025〕79号 第三十九条)	0.000000001 to 1 比例, at most 9 decimal places	"value": "0.6" (比例)	数额
benefits.prev_year_national_urban_disposable_income	decimal	元/年	2	1000	10000000			false	the previous year's national per-capita urban disposable income (上一年度全国城镇居民人均可支配收入), for the death grant	1000 to 10000000 元/年, at most 2 decimal places	"value": "120000" (元/年)	数额
benefits.prev_year_shanghai_private_annual_wage	decimal	元/年	2	1000	10000000			false	W × 12: the previous year's Shanghai urban private-sector average annual wage (上年度本市城镇私营单位就业人员平均工资, 第四十五条)	1000 to 10000000 元/年, at most 2 decimal places	"value": "120000" (元/年)	数额
benefits.transitional.wage_2024_annual	decimal	元/年	2	1000	10000000			false	the 2024 Shanghai urban private-sector average annual wage (第四十五条)	1000 to 10000000 元/年, at most 2 decimal places	"value": "120000" (元/年)	数额
levy.base.instant_delivery.higher	decimal	元/单	4	0.0001	10			false	即时配送 per-order base amount, higher level (行业缴费基准额, 沪人社福〔2025〕373号 第十一条)	0.0001 to 10 元/单, at most 4 decimal places	"value": "0.01" (元/单)	数额
levy.base.instant_delivery.lower	decimal	元/单	4	0.0001	10			false	即时配送 per-order base amount, lower level (行业缴费基准额, 沪人社福〔2025〕373号 第十一条)	0.0001 to 10 元/单, at most 4 decimal places	"value": "0.01" (元/单)	数额
levy.base.instant_delivery.new_platform	decimal	元/单	4	0.0001	10			false	即时配送 per-order base amount of a new platform's first year (第十一条第二款) (行业缴费基准额, 沪人社福〔2025〕373号 第十一条)	0.0001 to 10 元/单, at most 4 decimal places	"value": "0.01" (元/单)	数额
levy.base.intra_city_freight	decimal	元/单	4	0.0001	10			false	同城货运 per-order base amount (行业缴费基准额, 沪人社福〔2025〕373号 第十一条)	0.0001 to 10 元/单, at most 4 decimal places	"value": "0.01" (元/单)	数额
levy.base.ride_hailing	decimal	元/单	4	0.0001	10			false	出行 per-order base amount (行业缴费基准额, 沪人社福〔2025〕373号 第十一条)	0.0001 to 10 元/单, at most 4 decimal places	"value": "0.01" (元/单)	数额
`

func TestSpecsTextFiguresExactly(t *testing.T) {
	var got []string
	for _, s := range param.Specs() {
		got = append(got, fmt.Sprintf("%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%v\t%s\t%s\t%s\t%s", s.Name, s.Kind, s.Unit, s.Places(), s.Min(), s.Max(), s.MinDate(), s.MaxDate(), s.Single, s.Title, s.Range(), s.Example(), s.Kind.Chinese()))
	}
	want := strings.Split(strings.TrimSuffix(specTable, "\n"), "\n")
	require.Equal(t, len(want), len(got))
	for i := range want {
		assert.Equal(t, want[i], got[i], "spec %d", i)
	}
	for i := 1; i < len(got); i++ {
		assert.Less(t, string(param.Specs()[i-1].Name), string(param.Specs()[i].Name))
	}
}

func pday(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// Values lists by name, then from, whatever order they were given in; the
// fingerprint hashes that list, so it does not depend on the order either.
func TestSetValuesByNameThenFrom(t *testing.T) {
	v := func(name, val, from string) param.Value {
		return param.Value{Name: param.Name(name), Value: decimal.RequireFromString(val), From: pday(t, from), Source: "s", Status: param.Provisional}
	}
	want := []param.Value{
		v("levy.base.intra_city_freight", "0.3", "2024-01-01"),
		v("levy.base.intra_city_freight", "0.2", "2025-01-01"),
		v("levy.base.intra_city_freight", "0.1", "2026-01-01"),
		v("levy.base.ride_hailing", "0.05", "2023-06-01"),
		v("levy.base.ride_hailing", "0.04", "2025-06-01"),
	}
	b, err := json.Marshal(want)
	require.NoError(t, err)
	sum := sha256.Sum256(b)
	wantFP := hex.EncodeToString(sum[:])
	r := rand.New(rand.NewSource(27))
	for k := 0; k < 10; k++ {
		in := append([]param.Value(nil), want...)
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		if k == 0 {
			for i, j := 0, len(in)-1; i < j; i, j = i+1, j-1 {
				in[i], in[j] = in[j], in[i]
			}
		}
		s, err := param.NewSet(in...)
		require.NoError(t, err)
		got := s.Values()
		require.Len(t, got, len(want))
		for i := range want {
			assert.Equal(t, want[i].Name, got[i].Name, "%d", i)
			assert.Equal(t, want[i].From, got[i].From, "%d", i)
			assert.Equal(t, want[i].Value.String(), got[i].Value.String(), "%d", i)
		}
		assert.Equal(t, wantFP, s.Fingerprint())
		// a later value looked up on its own day, an earlier one before it
		lv, err := s.Lookup("levy.base.intra_city_freight", pday(t, "2025-12-31"))
		require.NoError(t, err)
		assert.Equal(t, "0.2", lv.Value.String())
	}
}

// The Value JSON door: a round trip of a decimal and of a date value, and
// each refusal with its code.
func TestValueJSONDoor(t *testing.T) {
	dec := param.Value{Name: "levy.base.ride_hailing", Value: decimal.RequireFromString("0.05"), From: pday(t, "2025-07-01"), Until: pday(t, "2026-06-30"), Source: "373号 第十一条", Status: param.Verified}
	b, err := json.Marshal(dec)
	require.NoError(t, err)
	assert.Equal(t, `{"name":"levy.base.ride_hailing","value":"0.05","from":"2025-07-01","until":"2026-06-30","source":"373号 第十一条","status":"verified"}`, string(b))
	var back param.Value
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, dec.Name, back.Name)
	assert.Equal(t, "0.05", back.Value.String())
	assert.Equal(t, dec.From, back.From)
	assert.Equal(t, dec.Until, back.Until)
	assert.Equal(t, dec.Source, back.Source)
	assert.Equal(t, dec.Status, back.Status)

	date := param.Defaults()[0]
	b, err = json.Marshal(date)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"name":"benefits.implementing_measures.commencement","value":"2025-07-01","source":`), string(b))
	var dback param.Value
	require.NoError(t, json.Unmarshal(b, &dback))
	assert.Equal(t, date, dback)

	const rh = `"name":"levy.base.ride_hailing","from":"2025-07-01","source":"s","status":"verified"`
	for _, c := range []struct {
		in   string
		want error
	}{
		{`{` + rh + `,"value":"0.05","extra":1}`, param.ErrSyntax},
		{`{` + rh + `}`, param.ErrNoValue},
		{`{` + rh + `,"value":null}`, param.ErrNoValue},
		{`{` + rh + `,"value":true}`, param.ErrSyntax},
		{`{` + rh + `,"value":"abc"}`, param.ErrSyntax},
		{`{` + rh + `,"value":"2025-01-01"}`, param.ErrKind},
		{`{` + rh + `,"value":"` + strings.Repeat("1", 41) + `"}`, param.ErrSyntax},
		{`{` + rh + `,"value":"1e2000000000"}`, param.ErrSyntax},
		{`{` + rh + `,"value":"99"}`, param.ErrRange},
		{`{"name":"","value":"1","source":"s","status":"verified"}`, param.ErrNoName},
		{`{"name":"levy.base.ride_hailin","value":"1","from":"2025-07-01","source":"s","status":"verified"}`, param.ErrUnknownName},
		{`{"name":"levy.base.ride_hailing","value":"1","from":"2025-7-1","source":"s","status":"verified"}`, param.ErrSyntax},
		{`{"name":"levy.base.ride_hailing","value":"1","from":"2025-07-01","until":"x","source":"s","status":"verified"}`, param.ErrSyntax},
		{`{"name":"levy.base.ride_hailing","value":"0.05","from":"2025-07-01","source":"s","status":"sure"}`, param.ErrBadStatus},
		{`{"name":"levy.base.ride_hailing","value":"0.05","from":"2025-07-01","source":"s","status":"` + strings.Repeat("v", 17) + `"}`, param.ErrBadStatus},
		{`{"name":"levy.base.ride_hailing","value":"0.05","from":"2025-07-01","source":"` + strings.Repeat("s", 1001) + `","status":"verified"}`, param.ErrSyntax},
		{`{"name":"benefits.implementing_measures.commencement","value":1,"source":"s","status":"verified"}`, param.ErrKind},
		{`{"name":"benefits.implementing_measures.commencement","value":"2025-7-1","source":"s","status":"verified"}`, param.ErrSyntax},
		{`{"name":"benefits.implementing_measures.commencement","value":2025,"source":"s","status":"verified"}`, param.ErrKind},
		{`[]`, param.ErrSyntax},
	} {
		var v param.Value
		err := json.Unmarshal([]byte(c.in), &v)
		assert.ErrorIs(t, err, c.want, c.in)
		var ve *param.ValueError
		assert.ErrorAs(t, err, &ve, c.in)
	}
	var nilV *param.Value
	assert.ErrorIs(t, nilV.UnmarshalJSON([]byte(`{}`)), param.ErrSyntax)
}

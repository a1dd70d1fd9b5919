package benefits_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// roundTripParams: a commencement, the 2024 wage and the standards of 2026–2027,
// so that transitional awards have full schedules.
func roundTripParams(t testdates.T) *param.Set {
	t.Helper()
	y := func(year int, v string) param.Value {
		from, _ := calendar.DateOf(year, 1, 1)
		until, _ := calendar.DateOf(year, 12, 31)
		return param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString(v), From: from, Until: until, Source: "test", Status: param.Provisional}
	}
	from := testdates.Day(t, "2024-01-01")
	s, err := newParams(commencement(testdates.Day(t, "2025-07-01"), "test", param.Provisional), y(2025, "120000"), y(2026, "125000.5"), y(2027, "118000"), param.Value{Name: benefits.ParamNursingBase, Value: decimal.RequireFromString("111347"), From: from, Source: "test", Status: param.Provisional}, param.Value{Name: benefits.ParamNursingRatio(benefits.NursingFull), Value: decimal.RequireFromString("0.5"), From: from, Source: "test", Status: param.Provisional}, param.Value{Name: benefits.ParamNursingRatio(benefits.NursingPartly), Value: decimal.RequireFromString("0.3"), From: from, Source: "test", Status: param.Provisional})
	if err != nil {
		t.Fatalf("%v", err)
	}
	return s
}

func drawCase(t *rapid.T) benefits.Case {
	days := []string{"2024-03-20", "2024-11-02", "2025-03-01", "2025-08-10", "2026-02-15"}
	injury := testdates.Day(t, rapid.SampledFrom(days).Draw(t, "injury"))
	assess, _ := injury.AddDays(rapid.IntRange(10, 300).Draw(t, "days to assessment"))
	c := benefits.Case{Injury: injury}
	if rapid.Bool().Draw(t, "death") {
		death, _ := injury.AddDays(rapid.IntRange(0, 60).Draw(t, "days to death"))
		c.Death = &benefits.Death{Date: death, Timing: benefits.TimingDuringTreatment}
		for i := range rapid.IntRange(0, 5).Draw(t, "dependents") {
			p := benefits.Dependent{Name: string(rune('A' + i)), Relation: benefits.Other, Lone: rapid.Bool().Draw(t, "lone")}
			if i == 0 && rapid.Bool().Draw(t, "spouse") {
				p.Relation = benefits.Spouse
			} else if rapid.Bool().Draw(t, "child") {
				p.Child = true
				p.Birth, _ = death.AddDays(-rapid.IntRange(1, 18*365).Draw(t, "age in days"))
			}
			c.Death.Dependents = append(c.Death.Dependents, p)
		}
	} else {
		c.Assessment = assess
		c.Grade = rapid.IntRange(1, 10).Draw(t, "grade")
		if c.Grade <= 4 {
			c.Nursing = rapid.SampledFrom([]benefits.Nursing{benefits.NursingNone, benefits.NursingFull, benefits.NursingPartly}).Draw(t, "nursing")
		}
		c.Veteran = rapid.Bool().Draw(t, "veteran")
	}
	if rapid.Bool().Draw(t, "platform") {
		c.Platform = []benefits.PlatformLine{{Kind: benefits.LivingAllowance, Amount: money.Fen(rapid.Int64Range(0, 10_000_000).Draw(t, "fen"))}}
	}
	return c
}

var twoDecimals = regexp.MustCompile(`^-?[0-9]+\.[0-9]{2}$`)

// An award survives a JSON round trip: equal award, formulas, explanation
// and schedule; every amount in the JSON has exactly two decimals.
func TestAwardJSONRoundTrip(t *testing.T) {
	params := roundTripParams(t)
	from, _ := calendar.ParseMonth("2024-04")
	to, _ := calendar.ParseMonth("2027-03")
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		a, err := mustRulebook(t, params, benefits.Rules{WarningLimit: money.Fen((rapid.Int64Range(0, 200000).Draw(t, "limit")) * 100)}).Compute(c)
		if err != nil {
			if errors.Is(err, benefits.ErrBadCase) || errors.Is(err, benefits.ErrDeathNotCovered) {
				return // e.g. a child reaching 18 before the first pension month
			}
			t.Fatal(err)
		}
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := benefits.ParseAward(data)
		if err != nil {
			t.Fatalf("the strict reader refuses what the writer wrote: %v\n%s", err, data)
		}
		if !a.Equal(b) {
			t.Fatalf("round trip changed the award:\n%s", data)
		}
		if ea, eb := a.Explain(explain.English), b.Explain(explain.English); !assert.ObjectsAreEqual(ea, eb) {
			t.Fatalf("explanations differ:\n%v\n%v", ea, eb)
		}
		// issue 20: the award read back explains itself in Chinese too,
		// from the steps it kept, and nothing is left a marker.
		if ea, eb := a.Explain(explain.Chinese), b.Explain(explain.Chinese); !assert.ObjectsAreEqual(ea, eb) {
			t.Fatalf("Chinese explanations differ:\n%v\n%v", ea, eb)
		}
		if s := strings.Join(append(a.Explain(explain.English), a.Explain(explain.Chinese)...), "\n"); strings.Contains(s, "⟦?") {
			t.Fatalf("a step without its message:\n%s", s)
		}
		for i := range a.Items {
			if a.Items[i].Formula() != b.Items[i].Formula() {
				t.Fatalf("formula %q became %q", a.Items[i].Formula(), b.Items[i].Formula())
			}
		}
		sa, errA := mustRulebook(t, params, benefits.Rules{}).Schedule(a, from, to)
		sb, errB := mustRulebook(t, params, benefits.Rules{}).Schedule(b, from, to)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("schedule errors differ: %v / %v", errA, errB)
		}
		ja, _ := json.Marshal(sa)
		jb, _ := json.Marshal(sb)
		if string(ja) != string(jb) {
			t.Fatalf("schedules differ:\n%s\n%s", ja, jb)
		}
		checkAmounts(t, data)
		checkAmounts(t, ja)
		// A Payroll pays what the schedule pays, awards alike sharing its cache.
		m := rapid.SampledFrom([]string{"2025-06", "2025-07", "2026-01", "2027-02"}).Draw(t, "payroll month")
		month, _ := calendar.ParseMonth(m)
		run, err := mustRulebook(t, params, benefits.Rules{}).Payroll(month)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			got, errP := run.Append(nil, b)
			want, errS := appendPayments(t, a, nil, params, month)
			if (errP == nil) != (errS == nil) {
				t.Fatalf("payroll error %v, schedule error %v", errP, errS)
			}
			jg, _ := json.Marshal(got)
			jw, _ := json.Marshal(want)
			if string(jg) != string(jw) {
				t.Fatalf("payroll %s, schedule %s", jg, jw)
			}
		}
	})
}

// checkAmounts: every key that names an amount holds a two-decimal string.
func checkAmounts(t *rapid.T, data []byte) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	amountKeys := map[string]bool{"amount": true, "one_time_total": true, "monthly_total": true, "platform_total": true,
		"third_party": true, "fund": true, "worker": true, "advanced": true, "fund_pays_now": true, "recover": true}
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for k, e := range x {
				if amountKeys[k] {
					s, ok := e.(string)
					if !ok || !twoDecimals.MatchString(s) {
						t.Fatalf("%s = %#v: not a two-decimal string", k, e)
					}
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
}

func TestAmountsHaveTwoDecimals(t *testing.T) {
	ratio := decimal.RequireFromString("0.7")
	s, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("20000"), Eligible: money.MustParse("15000"), Ratio: &ratio,
		FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "x", Paid: money.Amount{}}})
	require.NoError(t, err)
	data, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"third_party":"14000.00"`)
	assert.Contains(t, string(data), `"recover":"14000.00"`)
	var back benefits.MedicalSplit
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Fund == s.Fund)
	a, err := mustRulebook(t, benefits.DefaultParams(), benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), Timing: benefits.TimingDuringTreatment}})
	require.NoError(t, err)
	data, err = json.Marshal(a)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"amount":"33404.10"`)
	assert.Contains(t, string(data), `"amount":"1036420.00"`)
	assert.Contains(t, string(data), `"name":"丧葬补助金"`)
}

func TestParseAwardIsStrict(t *testing.T) {
	for _, bad := range []string{
		`{"items":[],"one_time_total":"0.00","monthly_total":"0.00","provisional":false,"flagged":false,"oops":1}`,
		`{"items":[],"one_time_total":"0.001","monthly_total":"0.00","provisional":false,"flagged":false}`,
		`{"items":[{"kind":"funeral_grant","name":"伤残津贴","amount":"1.00","periodic":false,"formula":"","params":[],"articles":[]}],"one_time_total":"1.00","monthly_total":"0.00","provisional":false,"flagged":false}`,
		`[]`, ``,
	} {
		_, err := benefits.ParseAward([]byte(bad))
		assert.ErrorIs(t, err, benefits.ErrBadAward, bad)
	}
}

func FuzzParseAward(f *testing.F) {
	rb := defaults
	for _, c := range []benefits.Case{
		{Injury: testdates.Day(f, "2024-04-15"), Assessment: testdates.Day(f, "2024-09-10"), Grade: 9},
		{Injury: testdates.Day(f, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(f, "2024-03-20"), Timing: benefits.TimingDuringTreatment}},
	} {
		a, err := rb.Compute(c)
		if err != nil {
			f.Fatal(err)
		}
		data, _ := json.Marshal(a)
		f.Add(data)
	}
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"items":[{"kind":"funeral_grant","name":"丧葬补助金","amount":"1.00","periodic":false,"formula":"","params":[],"articles":[],"rebase":{"since":"2025-07","basis":"x","factors":["1e999999999"]}}],"one_time_total":"1.00","monthly_total":"0.00","provisional":false,"flagged":false}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := benefits.ParseAward(data)
		if err != nil {
			jsontest.Check(t, err)
			return
		}
		out, err := json.Marshal(a)
		if err != nil {
			return // e.g. an amount the writer refuses
		}
		b, err := benefits.ParseAward(out)
		if err != nil {
			t.Fatalf("the reader refuses what the writer wrote: %v", err)
		}
		if !a.Equal(b) {
			t.Fatal("a second round trip changed the award")
		}
		_ = a.Explain(explain.English)
		m, _ := calendar.ParseMonth("2025-08")
		run, _ := rb.Payroll(m)
		_, _ = run.Append(nil, a)
	})
}

// Nil parameter sets and zero values are errors, never panics.
func TestNilSafety(t *testing.T) {
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 4}
	_, err := benefits.NewRulebook(nil, benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrNoParams)
	// An empty set has no commencement: refused, naming it.
	_, err = benefits.NewRulebook(&param.Set{}, benefits.Rules{})
	var me *param.MissingError
	assert.ErrorAs(t, err, &me)
	m, _ := calendar.ParseMonth("2025-01")
	var a benefits.Award
	var run *benefits.Payroll
	_, err = run.Append(nil, a)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	ps, err := defaults.Schedule(a, m, m)
	assert.NoError(t, err)
	assert.Empty(t, ps)
	_, err = defaults.Schedule(a, calendar.Month{}, m)
	assert.ErrorIs(t, err, benefits.ErrRange)
	_, err = defaults.ScheduleNeeds(c, m, calendar.Month{})
	assert.ErrorIs(t, err, benefits.ErrRange)
	assert.NotEmpty(t, a.Explain(explain.English))
	_, err = json.Marshal(a)
	assert.NoError(t, err)
	var it benefits.Item
	assert.Equal(t, "", it.Formula())
	assert.Equal(t, "", benefits.Kind("x").Chinese())
	_, err = defaults.Compute(benefits.Case{})
	assert.ErrorIs(t, err, benefits.ErrBadCase)
	// A set with the commencement and nothing else: the wage is missing.
	bare, err := param.NewSet(param.Defaults()...)
	require.NoError(t, err)
	_, err = mustRulebook(t, bare, benefits.Rules{}).Compute(c)
	var mb *benefits.MissingBaseError
	assert.ErrorAs(t, err, &mb)
	// An award whose pensions lack their basis (hand-made) is an error.
	bad := benefits.Award{Items: []benefits.Item{{Kind: benefits.SurvivorPension, Periodic: true, StartMonth: m, Amount: money.MustParse("1")}}}
	_, err = defaults.Schedule(bad, m, m)
	assert.ErrorIs(t, err, benefits.ErrBadAward)
}

func TestKindChinese(t *testing.T) {
	for k, want := range map[benefits.Kind]string{
		benefits.OneTimeDisabilityGrant: "一次性伤残补助金", benefits.DisabilityAllowance: "伤残津贴", benefits.OneTimeAllowance: "一次性津贴",
		benefits.NursingAllowance: "生活护理费", benefits.FuneralGrant: "丧葬补助金", benefits.SurvivorPension: "供养亲属抚恤金",
		benefits.DeathGrant: "一次性职业伤害死亡补助金",
	} {
		assert.Equal(t, want, k.Chinese())
	}
}

// The transitional settings are checked once: a commencement with an end,
// two commencements, or two different 2024 wages are refused.
func TestTransitionalParams(t *testing.T) {
	d := testdates.Day(t, "2025-07-01")
	w := func(name param.Name, from, v string) param.Value {
		return param.Value{Name: name, Value: decimal.RequireFromString(v), From: testdates.Day(t, from), Source: "t", Status: param.Provisional}
	}
	_, err := newParams(commencement(d, "t", param.Provisional), w(benefits.ParamWage2024, "2025-01-01", "120000"), w(benefits.ParamWage, "2025-01-01", "125000"))
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
	_, err = newParams(commencement(d, "t", param.Provisional), w(benefits.ParamWage2024, "2025-01-01", "120000"), w(benefits.ParamWage, "2025-01-01", "120000.00"))
	assert.NoError(t, err, "the same figure twice agrees")
	// The commencement is one date (a single-valued parameter): two, or one
	// with a from or an until, are refused by param, naming it.
	c2 := commencement(testdates.Day(t, "2025-09-01"), "t", param.Provisional)
	_, err = newParams(commencement(d, "t", param.Provisional), c2)
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_overlap"))
	withEnd := commencement(d, "t", param.Provisional)
	withEnd.Until = testdates.Day(t, "2025-12-31")
	_, err = newParams(withEnd)
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_single"))
	var ve *param.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, string(benefits.ParamCommencement), ve.Name)
	// The host's one replaces the embedded one.
	s, err := newParams(c2)
	require.NoError(t, err)
	v, err := s.Lookup(benefits.ParamCommencement, testdates.Day(t, "2030-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "2025-09-01", v.Date.String())
	// A set with the 2024 wage given twice differently computes nothing:
	// NewRulebook refuses it.
	s, err = benefits.DefaultParams().With(commencement(d, "t", param.Provisional), w(benefits.ParamWage2024, "2025-01-01", "120000"), w(benefits.ParamWage, "2025-01-01", "125000"))
	require.NoError(t, err)
	_, err = benefits.NewRulebook(s, benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
}

package benefits_test

import (
	"encoding/json"
	"math"
	"regexp"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// defaults is the rulebook of DefaultParams and no rules.
var defaults = func() *benefits.Rulebook {
	rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{})
	if err != nil {
		panic(err)
	}
	return rb
}()

// mustRulebook is the rulebook of set and rules; the test fails if
// NewRulebook refuses them.
func mustRulebook(t testdates.T, set *param.Set, rules benefits.Rules) *benefits.Rulebook {
	t.Helper()
	rb, err := benefits.NewRulebook(set, rules)
	if err != nil {
		t.Fatalf("NewRulebook: %v", err)
	}
	return rb
}

// newParams is DefaultParams with values laid over them, refused as
// NewRulebook refuses a set.
func newParams(values ...param.Value) (*param.Set, error) {
	s, err := benefits.DefaultParams().With(values...)
	if err != nil {
		return nil, err
	}
	if _, err := benefits.NewRulebook(s, benefits.Rules{}); err != nil {
		return nil, err
	}
	return s, nil
}

// appendPayments is what a Payroll of month m over set appends for a.
func appendPayments(t testdates.T, a benefits.Award, dst []benefits.Payment, set *param.Set, m calendar.Month) ([]benefits.Payment, error) {
	t.Helper()
	p, err := mustRulebook(t, set, benefits.Rules{}).Payroll(m)
	if err != nil {
		return dst, err
	}
	return p.Append(dst, a)
}

// Issue 21: NewParams checked a parameter set, but Compute took any
// *param.Set: an award was computed on a set the check refused (the 2024
// wage given twice, with two figures). The check is now NewRulebook's, and
// a computation needs a Rulebook: a set the check refuses reaches none.
func TestRefusedSetReachesNoComputation(t *testing.T) {
	twice, err := benefits.DefaultParams().With(
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: param.Provisional},
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("130000"), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Provisional})
	require.NoError(t, err, "param.Set holds both: each is a valid dated value")
	rb, err := benefits.NewRulebook(twice, benefits.Rules{})
	require.ErrorIs(t, err, benefits.ErrWage2024Conflict)
	require.ErrorIs(t, err, benefits.ErrTransitional)
	assert.Contains(t, err.Error(), "given 2 times")
	require.Nil(t, rb)
	// What NewRulebook returns on refusal computes nothing.
	c := benefits.Case{Injury: testdates.Day(t, "2024-05-10"), Assessment: testdates.Day(t, "2024-12-20"), Grade: 2}
	_, err = rb.Compute(c)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	_, err = rb.Needs(c)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	_, err = rb.Assess(benefits.MedicalClaim{})
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)

	// The ParamWage of 2025 against the 2024 wage: refused for every case,
	// whether or not it uses either (a grade-7 award of 2026 does not).
	conflict, err := benefits.DefaultParams().With(
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "s", Status: param.Provisional},
		param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Until: testdates.Day(t, "2025-06-30"), Source: "s", Status: param.Provisional},
		param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("125000"), From: testdates.Day(t, "2025-07-01"), Until: testdates.Day(t, "2025-12-31"), Source: "s", Status: param.Provisional})
	require.NoError(t, err)
	_, err = benefits.NewRulebook(conflict, benefits.Rules{})
	require.ErrorIs(t, err, benefits.ErrWage2024Conflict)
	assert.Contains(t, err.Error(), "125000")

	// Two commencement dates never make a set (codetest.Named(param.Codes(), "parameter_overlap"): one value
	// for all time), so no rulebook either.
	_, err = benefits.DefaultParams().With(
		commencement(testdates.Day(t, "2025-07-01"), "s", param.Verified),
		commencement(testdates.Day(t, "2025-09-01"), "s", param.Verified))
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_overlap"))

	// A set without the commencement (built without param.Defaults) is
	// refused, naming it.
	bare, err := param.NewSet(benefits.Defaults()...)
	require.NoError(t, err)
	_, err = benefits.NewRulebook(bare, benefits.Rules{})
	var me *param.MissingError
	require.ErrorAs(t, err, &me)
	assert.Equal(t, benefits.ParamCommencement, me.Name)
	assert.ErrorIs(t, err, benefits.ErrTransitional)

	// No set, bad rules.
	_, err = benefits.NewRulebook(nil, benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrNoParams)
	for _, limit := range []money.Amount{money.Fen(-1), money.Fen(math.MinInt64)} {
		_, err = benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{WarningLimit: limit})
		assert.ErrorIs(t, err, benefits.ErrBadRules, "%v", limit)
		assert.Less(t, len(err.Error()), 200)
	}
	// A fraction of a fen or an absurd exponent is refused where the rules
	// are read (a money.Amount cannot hold either).
	for _, in := range []string{`{"warning_limit":"0.001"}`, `{"warning_limit":"1e2000000000"}`} {
		var r benefits.Rules
		assert.Error(t, json.Unmarshal([]byte(in), &r), in)
	}
}

// A nil or zero Rulebook, and a zero Payroll, answer ErrNoRulebook, never
// panic.
func TestNilRulebook(t *testing.T) {
	c := benefits.Case{Injury: testdates.Day(t, "2024-05-10"), Assessment: testdates.Day(t, "2024-12-20"), Grade: 7}
	m := testdates.Month(t, "2025-01")
	for _, rb := range []*benefits.Rulebook{nil, {}} {
		assert.Equal(t, "", rb.Fingerprint())
		_, err := rb.Compute(c)
		assert.ErrorIs(t, err, benefits.ErrNoRulebook)
		n, err := rb.Needs(c)
		assert.ErrorIs(t, err, benefits.ErrNoRulebook)
		assert.NotNil(t, n.List)
		_, err = rb.ScheduleNeeds(c, m, m)
		assert.ErrorIs(t, err, benefits.ErrNoRulebook)
		_, err = rb.Schedule(benefits.Award{}, m, m)
		assert.ErrorIs(t, err, benefits.ErrNoRulebook)
		_, err = rb.Payroll(m)
		assert.ErrorIs(t, err, benefits.ErrNoRulebook)
		_, err = rb.Assess(benefits.MedicalClaim{})
		assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	}
	var p *benefits.Payroll
	_, err := p.Append(nil, benefits.Award{})
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	_, err = (&benefits.Payroll{}).Append(nil, benefits.Award{})
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	_, err = defaults.Payroll(calendar.Month{})
	assert.ErrorIs(t, err, benefits.ErrRange)
}

// The fingerprint: 64 hex digits, the same for the same set and rules
// (a limit written 100000 or 100000.00), another for another set or
// limit; every result records it.
func TestFingerprintRecordedByEveryResult(t *testing.T) {
	fp := defaults.Fingerprint()
	assert.Regexp(t, regexp.MustCompile(`^[0-9a-f]{64}$`), fp)
	assert.Equal(t, fp, mustRulebook(t, benefits.DefaultParams(), benefits.Rules{}).Fingerprint())
	a := mustRulebook(t, benefits.DefaultParams(), benefits.Rules{WarningLimit: money.MustParse("100000")})
	b := mustRulebook(t, benefits.DefaultParams(), benefits.Rules{WarningLimit: money.MustParse("100000.00")})
	assert.Equal(t, a.Fingerprint(), b.Fingerprint())
	assert.NotEqual(t, fp, a.Fingerprint())
	s, err := benefits.DefaultParams().With(commencement(testdates.Day(t, "2025-08-01"), "host", param.Verified))
	require.NoError(t, err)
	other := mustRulebook(t, s, benefits.Rules{})
	assert.NotEqual(t, fp, other.Fingerprint())

	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 7}
	aw, err := defaults.Compute(c)
	require.NoError(t, err)
	assert.Equal(t, fp, aw.Rulebook)
	aw2, err := other.Compute(c)
	require.NoError(t, err)
	assert.Equal(t, other.Fingerprint(), aw2.Rulebook)
	assert.False(t, aw.Equal(aw2), "the same figures computed by another rulebook are another award")
	// It round-trips through JSON, and a malformed one is refused.
	data, err := aw.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(data), `"rulebook":"`+fp+`"`)
	back, err := benefits.ParseAward(data)
	require.NoError(t, err)
	assert.Equal(t, fp, back.Rulebook)
	assert.True(t, back.Equal(aw))
	_, err = benefits.ParseAward([]byte(`{"items":[],"one_time_total":"0.00","monthly_total":"0.00","provisional":false,"flagged":false,"rulebook":"310101199001011234"}`))
	require.ErrorIs(t, err, benefits.ErrBadAward)
	assert.NotContains(t, err.Error(), "199001011234")

	n, err := defaults.Needs(c)
	require.NoError(t, err)
	assert.Equal(t, fp, n.Rulebook)
	n, err = defaults.ScheduleNeeds(c, testdates.Month(t, "2024-10"), testdates.Month(t, "2024-12"))
	require.NoError(t, err)
	assert.Equal(t, fp, n.Rulebook)
	r, err := other.Assess(benefits.MedicalClaim{Injury: testdates.Day(t, "2026-03-01"), Bills: []benefits.Bill{{ID: "A1", Date: testdates.Day(t, "2026-03-01"),
		Setting: benefits.SettingOutpatient, Lines: []benefits.BillLine{{Amount: money.MustParse("1.00")}}}}})
	require.NoError(t, err)
	assert.Equal(t, other.Fingerprint(), r.Rulebook)
	data, err = r.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(data), `"rulebook":"`+other.Fingerprint()+`"`)
}

// One call lists every parameter the award and its schedule lack, the
// schedule's years included, and nothing the set has; then every
// provisional value the award rests on, each marked which.
func TestScheduleNeedsListsAwardAndSchedule(t *testing.T) {
	c := benefits.Case{Injury: testdates.Day(t, "2024-05-10"), Assessment: testdates.Day(t, "2024-12-20"), Grade: 2, Nursing: benefits.NursingPartly}
	n, err := defaults.ScheduleNeeds(c, testdates.Month(t, "2025-06"), testdates.Month(t, "2026-02"))
	require.NoError(t, err)
	var got []string
	for _, x := range n.List {
		got = append(got, string(x.Mark)+" "+string(x.Param)+"@"+x.On.String())
	}
	assert.Equal(t, []string{
		"missing benefits.nursing_base_annual@2024-05-10",
		"missing benefits.nursing_ratio.partly@2024-05-10",
		"missing benefits.prev_year_shanghai_private_annual_wage@2025-01-01",
		"missing benefits.nursing_base_annual@2025-01-01",
		"missing benefits.prev_year_shanghai_private_annual_wage@2026-01-01",
		"missing benefits.nursing_base_annual@2026-01-01",
		"provisional benefits.disability_base_ratio@",
		"provisional benefits.implementing_measures.commencement@",
	}, got)
	// Needs alone: the award's.
	n, err = defaults.Needs(c)
	require.NoError(t, err)
	got = got[:0]
	for _, x := range n.List {
		got = append(got, string(x.Mark)+" "+string(x.Param)+"@"+x.On.String())
	}
	assert.Equal(t, []string{
		"missing benefits.nursing_base_annual@2024-05-10",
		"missing benefits.nursing_ratio.partly@2024-05-10",
		"provisional benefits.disability_base_ratio@",
		"provisional benefits.implementing_measures.commencement@",
	}, got)
	// A bad case: the error, with what was listed until then.
	n, err = defaults.ScheduleNeeds(benefits.Case{}, testdates.Month(t, "2025-06"), testdates.Month(t, "2026-02"))
	assert.ErrorIs(t, err, benefits.ErrBadCase)
	assert.Empty(t, n.List)
}

// commencement is the ParamCommencement value for the 《实施办法》's
// commencement date day: a host's value that replaces the embedded one.
func commencement(day calendar.Date, source string, status param.Status) param.Value {
	return param.Value{Name: benefits.ParamCommencement, Date: day, Source: source, Status: status}
}

package benefits_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// Regression tests for the audit of issue 9 (/work/wt/audit-9.md, F1–F9).

func yearWage(t testdates.T, year int, v string) param.Value {
	from, _ := calendar.DateOf(year, 1, 1)
	until, _ := calendar.DateOf(year, 12, 31)
	return param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString(v), From: from, Until: until, Source: "t", Status: param.Provisional}
}

// F1: an item starting years after the commencement states what its first
// month pays: the greater of the 2024 level and the standards since.
func TestAuditRebasedAmountAtStart(t *testing.T) {
	ps, err := benefits.NewParams(benefits.Commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional),
		yearWage(t, 2025, "120000"), yearWage(t, 2026, "130000"), yearWage(t, 2027, "140000"))
	require.NoError(t, err)
	a, err := benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2027-02-10"), Grade: 1, Veteran: true}, ps, benefits.Rules{WarningLimit: decimal.NewFromInt(6000)})
	require.NoError(t, err)
	assert.Equal(t, "6300.00", a.Items[0].Amount.StringFixed(2))
	assert.Equal(t, "6300.00", a.MonthlyTotal.StringFixed(2))
	assert.True(t, a.Flagged, "第五十六条 on the amount paid")
	m, _ := calendar.ParseMonth("2027-03")
	pays, err := a.Schedule(ps, m, m)
	require.NoError(t, err)
	assert.Equal(t, "6300.00", pays[0].Amount.StringFixed(2))
	// Survivor pensions: commencement 2025-12-15, death 2025-12-10, first month 2026-01.
	ps, err = benefits.NewParams(benefits.Commencement(testdates.Day(t, "2025-12-15"), "t", param.Provisional), yearWage(t, 2025, "120000"), yearWage(t, 2026, "130000"))
	require.NoError(t, err)
	a, err = benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2025-12-01"), Death: &benefits.Death{Date: testdates.Day(t, "2025-12-10"), DuringTreatment: true,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}}}}, ps, benefits.Rules{})
	require.NoError(t, err)
	assert.Equal(t, "2600.00", a.MonthlyTotal.StringFixed(2))
}

// F7: the 2024 wage given only as ParamWage2024 serves the 2025 standard.
func TestAuditWage2024AloneServesTheSchedule(t *testing.T) {
	ps, err := benefits.NewParams(benefits.Commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional),
		param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	a, err := benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-01"), Assessment: testdates.Day(t, "2024-06-01"), Grade: 1}, ps, benefits.Rules{})
	require.NoError(t, err)
	from, _ := calendar.ParseMonth("2025-06")
	to, _ := calendar.ParseMonth("2025-07")
	pays, err := a.Schedule(ps, from, to)
	require.NoError(t, err)
	assert.Equal(t, "5400.00", pays[len(pays)-1].Amount.StringFixed(2))
	needs, err := a.ScheduleNeeds(ps, from, to)
	require.NoError(t, err)
	assert.Empty(t, needs)
}

// F9: a dependent whose entitlement ends before the first pension month
// gets no pension; the rest of the award is given.
func TestAuditDependentEndedBeforeFirstMonth(t *testing.T) {
	a, err := benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), DuringTreatment: true,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "kid", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2006-03-25")}}}},
		withWage(t, decimal.RequireFromString("111347")), benefits.Rules{})
	require.NoError(t, err)
	var kinds []string
	for _, it := range a.Items {
		kinds = append(kinds, string(it.Kind)+":"+it.Beneficiary)
	}
	assert.Equal(t, []string{"funeral_grant:", "survivor_pension:s", "death_grant:"}, kinds)
	assert.Contains(t, a.Notes()[0], "kid")
}

// F5: shares just under the cap whose rounded pensions would pass it share
// the cap out instead.
func TestAuditPensionsJustUnderTheCap(t *testing.T) {
	s, err := withWage(t, decimal.RequireFromString("100000")).With(param.Value{Name: benefits.ParamPensionOther, Value: decimal.RequireFromString("0.333333333"), From: testdates.Day(t, "2024-01-01"), Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	a, err := benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), DuringTreatment: true,
		Dependents: []benefits.Dependent{{Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other}, {Name: "c", Relation: benefits.Other}}}}, s, benefits.Rules{})
	require.NoError(t, err)
	assert.Equal(t, "5000.00", a.MonthlyTotal.StringFixed(2), "0.6 × 100000 ÷ 12, not 3 × 1666.67")
}

// F2: figures whose amounts would not fit the int64 fen sums are refused,
// never wrapped.
func TestAuditImplausibleFiguresRefused(t *testing.T) {
	for _, w := range []string{"1e17", "123456789012345678901234567890"} {
		c := benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), DuringTreatment: true,
			Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other}}}}
		_, err := benefits.Compute(c, withWage(t, decimal.RequireFromString(w)), benefits.Rules{})
		assert.ErrorIs(t, err, benefits.ErrBadCase, w)
	}
}

// F8: the 2024 wage given twice differently is refused by NewParams whatever
// the day ParamWage takes effect in 2025, and by Compute for every case.
func TestAuditWage2024ConflictEverywhere(t *testing.T) {
	w24 := param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "t", Status: param.Provisional}
	march := param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("125000"), From: testdates.Day(t, "2025-03-01"), Until: testdates.Day(t, "2025-12-31"), Source: "t", Status: param.Provisional}
	comm := benefits.Commencement(testdates.Day(t, "2025-07-01"), "t", param.Provisional)
	_, err := benefits.NewParams(comm, w24, march)
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
	s, err := benefits.DefaultParams().With(comm, w24, yearWage(t, 2025, "125000"))
	require.NoError(t, err)
	_, err = benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2025-03-01"), Assessment: testdates.Day(t, "2025-08-01"), Grade: 7}, s, benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrWage2024Conflict)
}

// F10: a posthumous child (遗腹子女) is a dependent from its birth month; the
// pensions are recomputed from then on, the cap included.
func TestAuditPosthumousChild(t *testing.T) {
	ps := withWage(t, decimal.RequireFromString("111347"))
	a, err := benefits.Compute(benefits.Case{Injury: testdates.Day(t, "2024-03-01"), Death: &benefits.Death{Date: testdates.Day(t, "2024-03-20"), DuringTreatment: true,
		Dependents: []benefits.Dependent{{Name: "s", Relation: benefits.Spouse}, {Name: "a", Relation: benefits.Other}, {Name: "b", Relation: benefits.Other},
			{Name: "baby", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2024-08-01")}}}}, ps, benefits.Rules{})
	require.NoError(t, err)
	var got []string
	for _, it := range a.Items {
		if it.Kind == benefits.SurvivorPension {
			got = append(got, it.Beneficiary+" "+it.StartMonth.String()+" "+it.Amount.StringFixed(2))
		}
	}
	assert.Equal(t, []string{"s 2024-04 2226.94", "a 2024-04 1670.21", "b 2024-04 1670.20", "baby 2024-08 1284.77"}, got)
	from, _ := calendar.ParseMonth("2024-07")
	to, _ := calendar.ParseMonth("2024-09")
	pays, err := a.Schedule(ps, from, to)
	require.NoError(t, err)
	got = got[:0]
	for _, p := range pays {
		if p.Kind == benefits.SurvivorPension {
			got = append(got, p.Month.String()+" "+p.Beneficiary+" "+p.Amount.StringFixed(2))
		}
	}
	assert.Equal(t, []string{
		"2024-07 s 2226.94", "2024-07 a 1670.21", "2024-07 b 1670.20",
		"2024-08 s 1713.03", "2024-08 a 1284.78", "2024-08 b 1284.77", "2024-08 baby 1284.77",
		"2024-09 s 1713.03", "2024-09 a 1284.78", "2024-09 b 1284.77", "2024-09 baby 1284.77",
	}, got)
}

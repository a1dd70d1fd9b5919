package benefits_test

// The case's refusals and edges (issue 19, round of seed 13): each refusal
// of Case.Validate at its own site with the part of its message that names
// it; a dependent's last month on its edges; a rulebook's refusals.

import (
	"errors"
	"regexp"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

func TestCaseValidateEveryRefusal(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	grade := func() benefits.Case {
		return benefits.Case{Injury: d("2024-04-15"), Assessment: d("2024-09-10"), Grade: 5}
	}
	death := func(deps ...benefits.Dependent) benefits.Case {
		return benefits.Case{Injury: d("2024-04-15"), Death: &benefits.Death{Date: d("2024-04-20"), Dependents: deps}}
	}
	kid := func(name, birth string) benefits.Dependent {
		return benefits.Dependent{Name: name, Relation: benefits.Other, Child: true, Birth: d(birth)}
	}
	line := func(kind benefits.PlatformKind, amount string, from, to string) benefits.PlatformLine {
		l := benefits.PlatformLine{Kind: kind, Amount: money.MustParse(amount)}
		if from != "" {
			l.From = testdates.Month(t, from)
		}
		if to != "" {
			l.To = testdates.Month(t, to)
		}
		return l
	}
	with := func(c benefits.Case, f func(*benefits.Case)) benefits.Case { f(&c); return c }
	for _, tc := range []struct {
		name string
		c    benefits.Case
		want string // "" for valid
	}{
		{"grade", grade(), ""},
		{"no injury", with(grade(), func(c *benefits.Case) { c.Injury = calendar.Date{} }), "no injury date"},
		{"grade -1", with(grade(), func(c *benefits.Case) { c.Grade = -1 }), "grade -1"},
		{"grade 11", with(grade(), func(c *benefits.Case) { c.Grade = 11 }), "grade 11"},
		{"grade 10", with(grade(), func(c *benefits.Case) { c.Grade = 10 }), ""},
		{"grade 1", with(grade(), func(c *benefits.Case) { c.Grade = 1 }), ""},
		{"grade without assessment", with(grade(), func(c *benefits.Case) { c.Assessment = calendar.Date{} }), "assessment date"},
		{"assessment before injury", with(grade(), func(c *benefits.Case) { c.Assessment = d("2024-04-14") }), "assessment 2024-04-14 before the injury"},
		{"assessment on injury", with(grade(), func(c *benefits.Case) { c.Assessment = d("2024-04-15") }), ""},
		{"unknown nursing", with(grade(), func(c *benefits.Case) { c.Nursing = "some" }), `nursing "some"`},
		{"nursing full", with(grade(), func(c *benefits.Case) { c.Nursing = benefits.NursingFull }), ""},
		{"nursing mostly", with(grade(), func(c *benefits.Case) { c.Nursing = benefits.NursingMostly }), ""},
		{"nursing partly", with(grade(), func(c *benefits.Case) { c.Nursing = benefits.NursingPartly }), ""},
		{"nursing without grade", with(death(), func(c *benefits.Case) { c.Nursing = benefits.NursingFull }), "nursing level needs a grade"},
		{"nothing to award", benefits.Case{Injury: d("2024-04-15")}, "nothing to award"},
		{"death", death(), ""},
		{"death without date", with(death(), func(c *benefits.Case) { c.Death.Date = calendar.Date{} }), "death without its date"},
		{"death before injury", with(death(), func(c *benefits.Case) { c.Death.Date = d("2024-04-14") }), "death 2024-04-14 before the injury"},
		{"death on injury", with(death(), func(c *benefits.Case) { c.Death.Date = d("2024-04-15") }), ""},
		{"unknown cause", with(death(), func(c *benefits.Case) { c.Death.Cause = "age" }), `death cause "age"`},
		{"unknown timing", with(death(), func(c *benefits.Case) { c.Death.Timing = "later" }), `death timing "later"`},
		{"other cause without timing", with(death(), func(c *benefits.Case) { c.Death.Cause = benefits.CauseOther }), "needs its timing"},
		{"other cause with timing", with(death(), func(c *benefits.Case) {
			c.Death.Cause, c.Death.Timing = benefits.CauseOther, benefits.TimingDuringTreatment
		}), ""},
		{"dependent without name", death(spouse(), benefits.Dependent{Name: " ", Relation: benefits.Other}), "dependent #2 needs a name"},
		{"dependent named twice", death(other("a"), spouse(), other(" a ")), "dependent #3 has the name of dependent #1"},
		{"unknown relation", death(benefits.Dependent{Name: "a", Relation: "cousin"}), `dependent #1: relation "cousin"`},
		{"child without birth", death(benefits.Dependent{Name: "a", Relation: benefits.Other, Child: true}), "dependent #1: a child's pension needs its birth date"},
		{"birth without child", death(benefits.Dependent{Name: "a", Relation: benefits.Other, Birth: d("2010-01-01")}), "dependent #1: a child's pension needs its birth date"},
		{"child spouse", death(benefits.Dependent{Name: "a", Relation: benefits.Spouse, Child: true, Birth: d("2010-01-01")}), "dependent #1: a child's relation is other"},
		{"end on the death", death(benefits.Dependent{Name: "a", Relation: benefits.Other, End: d("2024-04-20")}), "dependent #1: an end on or before the death"},
		{"end before the death", death(benefits.Dependent{Name: "a", Relation: benefits.Other, End: d("2024-04-19")}), "dependent #1: an end on or before the death"},
		{"end the day after the death", death(benefits.Dependent{Name: "a", Relation: benefits.Other, End: d("2024-04-21")}), ""},
		{"posthumous child 366 days on", death(kid("a", "2025-04-21")), ""},
		{"posthumous child 367 days on", death(kid("a", "2025-04-22")), "dependent #1: born more than a year after the death"},
		{"child born on the death", death(kid("a", "2024-04-20")), ""},
		{"two spouses", death(spouse(), benefits.Dependent{Name: "t", Relation: benefits.Spouse}), "more than one spouse"},
		{"platform line", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "0", "2024-05", "2024-05"), line(benefits.TreatmentNursing, "999999999999999.99", "", "")}
		}), ""},
		{"platform kind", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "1", "", ""), line("bonus", "1", "", "")}
		}), "platform line #2"},
		{"platform negative", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "-0.01", "", "")}
		}), "platform line #1"},
		{"platform 10¹⁵", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "1000000000000000", "", "")}
		}), "platform line #1"},
		{"platform to before from", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "1", "2024-06", "2024-05")}
		}), "platform line #1"},
		{"platform from only", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "1", "2024-06", "")}
		}), ""},
		{"platform to only", with(grade(), func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{line(benefits.LivingAllowance, "1", "", "2024-06")}
		}), ""},
	} {
		err := tc.c.Validate()
		if tc.want == "" {
			assert.NoError(t, err, tc.name)
			continue
		}
		require.ErrorIs(t, err, benefits.ErrBadCase, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
		// Its Chinese says it with every figure of the English (issue 22:
		// a clerk saw only 待遇案件数据不合要求（详情见 -lang en）).
		var zh interface{ Chinese() string }
		require.True(t, errors.As(err, &zh), tc.name)
		assert.NotEqual(t, benefits.ErrBadCase.Chinese(), zh.Chinese(), tc.name)
		for _, fig := range figure.FindAllString(err.Error(), -1) {
			assert.Contains(t, zh.Chinese(), fig, "%s: %s", tc.name, err)
		}
	}
}

var figure = regexp.MustCompile(`[0-9][0-9-]*`)

// Dependent.LastMonth (第四十条; 因工死亡职工供养亲属范围规定): a child's
// pension ends in the month of its 18th birthday, or its own earlier end;
// 29 February counts as the 28th; an adult's ends with its end, or never.
func TestDependentLastMonthEdges(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	kid := func(birth, end string) benefits.Dependent {
		p := benefits.Dependent{Name: "c", Relation: benefits.Other, Child: true, Birth: d(birth)}
		if end != "" {
			p.End = d(end)
		}
		return p
	}
	for _, tc := range []struct {
		name string
		p    benefits.Dependent
		want string
	}{
		{"child", kid("2010-03-31", ""), "2028-03"},
		{"child of 29 February", kid("2012-02-29", ""), "2030-02"},
		{"child ending the day before 18", kid("2010-03-31", "2028-03-30"), "2028-03"},
		{"child ending a month before 18", kid("2010-03-31", "2028-02-29"), "2028-02"},
		{"child ending on 18", kid("2010-03-31", "2028-03-31"), "2028-03"},
		{"child ending after 18", kid("2010-03-31", "2029-01-01"), "2028-03"},
		{"adult", benefits.Dependent{Name: "a", Relation: benefits.Other}, ""},
		{"adult ending", benefits.Dependent{Name: "a", Relation: benefits.Other, End: d("2030-01-31")}, "2030-01"},
	} {
		m, err := tc.p.LastMonth()
		require.NoError(t, err, tc.name)
		if tc.want == "" {
			assert.True(t, m.IsZero(), tc.name)
			continue
		}
		assert.Equal(t, tc.want, m.String(), tc.name)
	}
	_, err := kid("9990-01-01", "").LastMonth()
	assert.ErrorIs(t, err, benefits.ErrBadCase)
	assert.Contains(t, err.Error(), "18th birthday")
}

// A dependent whose entitlement ends before the first pension month gets
// no pension, and the others share as if it were absent; when it was the
// only one, the award has no pension at all.
func TestDependentEndingBeforeTheFirstMonth(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	gone := benefits.Dependent{Name: "g", Relation: benefits.Other, End: testdates.Day(t, "2024-04-30")} // death 2024-04-20, first month 2024-05
	a, err := rb.Compute(deathCase(t, gone))
	require.NoError(t, err)
	assert.Empty(t, pensionItems(a))
	assert.Equal(t, "0.00", a.MonthlyTotal.String())
	a, err = rb.Compute(deathCase(t, gone, spouse()))
	require.NoError(t, err)
	assert.Equal(t, []string{"s 2024-05– 2226.94"}, pensionItems(a))
	stays := gone
	stays.End = testdates.Day(t, "2024-05-01") // paid in its end month
	a, err = rb.Compute(deathCase(t, stays))
	require.NoError(t, err)
	assert.Equal(t, []string{"g 2024-05–2024-05 1670.21"}, pensionItems(a))
	pays, err := rb.Schedule(a, testdates.Month(t, "2024-05"), testdates.Month(t, "2024-06"))
	require.NoError(t, err)
	var got []string
	for _, p := range pays {
		if p.Kind == benefits.SurvivorPension {
			got = append(got, p.Month.String()+" "+p.Amount.String())
		}
	}
	assert.Equal(t, []string{"2024-05 1670.21"}, got, "paid in its end month, not after")
}

// NewRulebook's refusals: no parameters; a negative warning limit (zero
// and a fen are accepted); the 2024 wage given twice, or disagreeing with
// a W in force on any day of 2025 (first and last days, either side).
func TestNewRulebookEveryRefusal(t *testing.T) {
	_, err := benefits.NewRulebook(nil, benefits.Rules{})
	assert.Equal(t, benefits.ErrNoParams, err)
	set := paramsWithCommencement(t, "2025-07-01")
	_, err = benefits.NewRulebook(set, benefits.Rules{WarningLimit: money.MustParse("-0.01")})
	require.ErrorIs(t, err, benefits.ErrBadRules)
	assert.Contains(t, err.Error(), "warning limit -0.01")
	for _, l := range []string{"0", "0.01"} {
		_, err = benefits.NewRulebook(set, benefits.Rules{WarningLimit: money.MustParse(l)})
		assert.NoError(t, err, l)
	}

	w24 := param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Source: "t", Status: param.Provisional}
	wage := func(v, from, until string) param.Value {
		p := param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString(v), From: testdates.Day(t, from), Source: "t", Status: param.Provisional}
		if until != "" {
			p.Until = testdates.Day(t, until)
		}
		return p
	}
	for _, tc := range []struct {
		name     string
		w        param.Value
		conflict bool
	}{
		{"same figure in 2025", wage("120000", "2025-01-01", "2025-12-31"), false},
		{"another, from 31 December 2025", wage("125000", "2025-12-31", ""), true},
		{"another, from 1 January 2026", wage("125000", "2026-01-01", ""), false},
		{"another, until 1 January 2025", wage("125000", "2024-06-01", "2025-01-01"), true},
		{"another, until 31 December 2024", wage("125000", "2024-06-01", "2024-12-31"), false},
	} {
		// The shipped values without the shipped wages, so that a wage
		// may run into 2025 from any day.
		var vs []param.Value
		for _, v := range append(param.Defaults(), benefits.Defaults()...) {
			if v.Name != benefits.ParamWage {
				vs = append(vs, v)
			}
		}
		s, err := param.NewSet(append(vs, w24, tc.w)...)
		require.NoError(t, err, tc.name)
		_, err = benefits.NewRulebook(s, benefits.Rules{})
		if !tc.conflict {
			assert.NoError(t, err, tc.name)
			continue
		}
		require.ErrorIs(t, err, benefits.ErrWage2024Conflict, tc.name)
		assert.ErrorIs(t, err, benefits.ErrTransitional, tc.name)
		assert.Contains(t, err.Error(), "125000", tc.name)
	}
	again := w24
	again.From, w24.Until = testdates.Day(t, "2026-01-01"), testdates.Day(t, "2025-12-31")
	s, err := paramsWithCommencement(t, "2025-07-01").With(w24, again)
	require.NoError(t, err)
	_, err = benefits.NewRulebook(s, benefits.Rules{})
	require.ErrorIs(t, err, benefits.ErrWage2024Conflict)
	assert.Contains(t, err.Error(), "given 2 times")
	s, err = paramsWithCommencement(t, "2025-07-01").With(w24)
	require.NoError(t, err)
	_, err = benefits.NewRulebook(s, benefits.Rules{})
	require.NoError(t, err, "given once")
}

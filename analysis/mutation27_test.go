package analysis_test

// Tests for the paths the coverage of analysis left unmet (issue 19,
// session 27): each refusal and edge is reached and its exact outcome
// asserted.

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// A value outside an enum's list has no Chinese name.
func TestAnalysisChineseOfValuesOutsideTheLists(t *testing.T) {
	for _, v := range []string{"", "bogus"} {
		assert.Empty(t, analysis.BandName(v).Chinese(), v)
		assert.Empty(t, analysis.ProblemKind(v).Chinese(), v)
		assert.Empty(t, analysis.Scenario(v).Chinese(), v)
	}
	assert.Equal(t, "不变", analysis.Unchanged.Chinese())
	assert.Equal(t, "待遇案件", analysis.ProblemCase.Chinese())
	assert.Equal(t, "改革后", analysis.Reformed.Chinese())
}

// The nil *ReformError is still ErrBadReform, in its text and its chain.
func TestNilReformError(t *testing.T) {
	var e *analysis.ReformError
	assert.Equal(t, analysis.ErrBadReform.Error(), e.Error())
	assert.Equal(t, []error{analysis.ErrBadReform}, e.Unwrap())
	assert.True(t, errors.Is(e, analysis.ErrBadReform))
}

// A case whose ID is longer than MaxIDBytes, or not visible text, is a
// Problem of both scenarios saying which; the rest is computed.
func TestCaseIDsTooLongOrInvisible(t *testing.T) {
	m3 := month(t, "2026-03")
	cases := sampleCasesOf(t)
	long := strings.Repeat("a", analysis.MaxIDBytes+1)
	cases = append(cases,
		analysis.Case{ID: long, Case: cases[0].Case, Parameters: cases[0].Parameters},
		analysis.Case{ID: "a b", Case: cases[0].Case, Parameters: cases[0].Parameters},
		analysis.Case{ID: strings.Repeat("b", analysis.MaxIDBytes), Case: cases[0].Case, Parameters: cases[0].Parameters})
	got, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), analysis.Data{Tally: sampleTally(t, m3), Cases: cases}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var msgs []string
	for _, p := range got.Problems {
		if p.Kind != analysis.ProblemCase || p.Scenario != analysis.Both {
			continue
		}
		require.ErrorIs(t, p, analysis.ErrBadCase)
		msgs = append(msgs, p.Err.Error())
	}
	assert.ElementsMatch(t, []string{
		analysis.ErrBadCase.Error() + ": an ID of 65 bytes, at most 64",
		analysis.ErrBadCase.Error() + ": the ID is not visible text (white space, control or invisible characters)",
	}, msgs)
	keys := map[string]bool{}
	for _, c := range got.ExpenditureByCase {
		keys[c.Key] = true
	}
	assert.True(t, keys[strings.Repeat("b", analysis.MaxIDBytes)], "an ID of exactly MaxIDBytes is analysed")
}

// 第七十六条, 第四十七条: with the books given, the special account's balance
// and the months of the period's average expenditure it pays (balance ×
// months ÷ expenditure, to 2 places) under each policy; the why cites
// 第四十七条 and gives the balance and the months.
func TestRiskWithTheBooks(t *testing.T) {
	m3, m4 := month(t, "2026-03"), month(t, "2026-04")
	var j ledger.Journal
	feb := month(t, "2026-02")
	amount := money.MustParse("123456.78")
	r, err := j.Reconcile([]ledger.Receipt{{ID: "R1", Platform: "p", Period: feb, EntryDate: day(t, "2026-03-10"), Amount: amount}},
		[]ledger.Collection{{ID: "C1", Platform: "p", Period: feb, Amount: amount}}, []ledger.Due{{Platform: "p", Period: feb, Amount: amount}}, day(t, "2026-03-20"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	tally := sampleTally(t, m3)
	got, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), analysis.Data{Tally: tally, Cases: sampleCasesOf(t), Books: &j}, analysis.Period{From: m3, To: m4})
	require.NoError(t, err)
	require.True(t, got.Risk.HasBooks)
	assert.Equal(t, "123456.78", got.Risk.Balance.StringFixed(2))
	require.True(t, got.Expenditure.Current.IsPositive())
	want := func(exp decimal.Decimal) string {
		return amount.Decimal().Mul(decimal.NewFromInt(2)).DivRound(exp, 2).StringFixed(2)
	}
	assert.Equal(t, want(got.Expenditure.Current), got.Risk.MonthsCovered.Current.String())
	assert.Equal(t, want(got.Expenditure.Reform), got.Risk.MonthsCovered.Reform.String())
	assert.Equal(t, []string{"第七十六条", "第四十七条"}, got.Risk.Why.Articles)
	assert.Contains(t, got.Risk.Why.Inputs, "special_account=123456.78")
	assert.Contains(t, got.Risk.Why.Inputs, "months=2")

	// Without the books: none of it.
	got, err = analysis.Measure(samplePolicy(t), sampleReformOf(t), analysis.Data{Tally: tally, Cases: sampleCasesOf(t)}, analysis.Period{From: m3, To: m4})
	require.NoError(t, err)
	assert.False(t, got.Risk.HasBooks)
	assert.Equal(t, []string{"第七十六条"}, got.Risk.Why.Articles)
}

// The running figures of claims: a case in the zero state is listed as
// "new"; a deadline in a year the calendar lacks is counted unknown, and
// the count says so; claims rules claims refuses refuse the analysis as a
// policy error naming claims; a benefit case with an ID given twice is a
// Problem of the current policy (Analyze has no reform).
func TestAnalyzeClaimsNewUnknownAndRefusals(t *testing.T) {
	m3 := month(t, "2026-03")
	cl := []analysis.Claim{
		{ID: "n", Case: claims.Case{Accident: day(t, "2026-12-10")}},
	}
	asOf := day(t, "2027-01-20")
	r, err := analysis.Analyze(samplePolicy(t), analysis.Data{Claims: cl, AsOf: asOf}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	require.NotNil(t, r.Claims)
	assert.Equal(t, []analysis.Count{{Key: "new", N: 1}}, r.Claims.ByState)
	require.Positive(t, r.Claims.Unknown, "the 30 days of a 2026-12-10 accident end in 2027")
	assert.Contains(t, r.Claims.Why.Inputs, fmt.Sprintf("deadlines=%d", r.Claims.Met+r.Claims.Open+r.Claims.Overdue+r.Claims.Unknown))
	assert.Contains(t, r.Claims.Why.ZH, fmt.Sprintf("未知 %d 个", r.Claims.Unknown))

	p := samplePolicy(t)
	p.Claims = claims.Rules{DecisionClock: "bogus"}
	_, err = analysis.Analyze(p, analysis.Data{Claims: cl, AsOf: asOf}, analysis.Period{From: m3, To: m3})
	require.ErrorIs(t, err, analysis.ErrPolicy)
	assert.True(t, func() bool { // claims' bad_claim_rules, a code it does not export
		for _, c := range claims.Codes() {
			if c.Code() == "bad_claim_rules" {
				return errors.Is(err, c)
			}
		}
		return false
	}(), "%v", err)
	assert.True(t, strings.HasPrefix(err.Error(), analysis.ErrPolicy.Error()+": claims: "), err.Error())

	cases := sampleCasesOf(t)
	cases = append(cases, analysis.Case{ID: cases[0].ID, Case: cases[0].Case, Parameters: cases[0].Parameters})
	got, err := analysis.Analyze(samplePolicy(t), analysis.Data{Tally: sampleTally(t, m3), Cases: cases}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var found bool
	for _, pr := range got.Problems {
		if pr.Kind == analysis.ProblemCase && errors.Is(pr, analysis.ErrBadCase) {
			found = true
			assert.Equal(t, analysis.Current, pr.Scenario)
			assert.Contains(t, pr.Err.Error(), "is given twice (the first is analysed)")
		}
	}
	assert.True(t, found, "%v", got.Problems)
}

// A case that lacks a figure under the current policy only (the reform
// supplies it) is a Problem of the current scenario alone, and is left out
// of both columns.
func TestCaseFailingUnderTheCurrentPolicyOnly(t *testing.T) {
	m3 := month(t, "2026-03")
	cases := sampleCasesOf(t)
	r := sampleReformOf(t)
	var id string
	for i, c := range cases {
		if c.ID != "death-2026-02" {
			continue
		}
		id = c.ID
		var kept []param.Value
		for _, v := range c.Parameters {
			if v.Name == benefits.ParamWage {
				r.Parameters = append(r.Parameters, v)
				continue
			}
			kept = append(kept, v)
		}
		require.Less(t, len(kept), len(c.Parameters), "the case gives the wage")
		cases[i].Parameters = kept
	}
	require.NotEmpty(t, id)
	got, err := analysis.Measure(samplePolicy(t), r, analysis.Data{Tally: sampleTally(t, m3), Cases: cases}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var probs []string
	for _, p := range got.Problems {
		if p.Kind == analysis.ProblemCase {
			probs = append(probs, p.ID+":"+string(p.Scenario))
			var mb *benefits.MissingBaseError
			assert.ErrorAs(t, p, &mb)
		}
	}
	assert.Equal(t, []string{id + ":" + string(analysis.Current)}, probs)
	for _, c := range got.ExpenditureByCase {
		assert.NotEqual(t, id, c.Key)
	}
}

// A case whose own parameters param refuses is a Problem of both
// scenarios alike, with param's error.
func TestCaseWithABadParameter(t *testing.T) {
	m3 := month(t, "2026-03")
	cases := sampleCasesOf(t)
	cases = append(cases, analysis.Case{ID: "bad-param", Case: cases[0].Case,
		Parameters: append(append([]param.Value(nil), cases[0].Parameters...), param.Value{Name: "no_such_parameter", From: day(t, "2026-01-01")})})
	got, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), analysis.Data{Tally: sampleTally(t, m3), Cases: cases}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var found bool
	for _, p := range got.Problems {
		if p.ID == "bad-param" {
			found = true
			assert.Equal(t, analysis.Both, p.Scenario)
			var ve *param.ValueError
			require.ErrorAs(t, p, &ve)
			assert.Contains(t, p.Err.Error(), "no_such_parameter")
		}
	}
	assert.True(t, found, "%v", got.Problems)
}

// A period that ends in the calendar's last month lists its months up to
// it and stops.
func TestPeriodToTheLastMonth(t *testing.T) {
	ms, err := analysis.Period{From: month(t, "9999-11"), To: month(t, "9999-12")}.Months()
	require.NoError(t, err)
	require.Len(t, ms, 2)
	assert.Equal(t, "9999-12", ms[1].String())
}

// The refusals name what they refuse: the period's months, the title's
// length, the repeated platform's terms, the setup levy refuses.
func TestAnalysisRefusalsNameTheirFigures(t *testing.T) {
	for want, p := range map[string]analysis.Period{
		": no from or to month":       {From: month(t, "2026-03")},
		": 2026-02 is before 2026-03": {From: month(t, "2026-03"), To: month(t, "2026-02")},
		": 121 months, at most 120":   {From: month(t, "2016-01"), To: month(t, "2026-01")},
	} {
		_, err := p.Months()
		require.ErrorIs(t, err, analysis.ErrPeriod, want)
		assert.True(t, strings.HasSuffix(err.Error(), want), "%s: %v", want, err)
	}
	ms, err := analysis.Period{From: month(t, "2016-02"), To: month(t, "2026-01")}.Months()
	require.NoError(t, err)
	assert.Len(t, ms, analysis.MaxMonths)

	err = analysis.Reform{Title: strings.Repeat("测", analysis.MaxTitle+1)}.Validate()
	var re *analysis.ReformError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "title", re.Field)
	assert.True(t, strings.HasSuffix(err.Error(), ": title: 201 characters, at most 200"), err.Error())
	require.NoError(t, analysis.Reform{Title: strings.Repeat("测", analysis.MaxTitle)}.Validate())

	r := sampleReformOf(t)
	r.Terms = append(r.Terms, r.Terms[0])
	err = r.Validate()
	require.ErrorAs(t, err, &re)
	assert.Equal(t, fmt.Sprintf("terms[%d]", len(r.Terms)-1), re.Field)
	assert.ErrorIs(t, err, codetest.Named(levy.Codes(), "bad_terms"))
	assert.Contains(t, err.Error(), ": a second terms for platform ")

	p := samplePolicy(t)
	p.Levy.Terms = append(p.Levy.Terms, p.Levy.Terms[0])
	m3 := month(t, "2026-03")
	_, err = analysis.Analyze(p, analysis.Data{Tally: sampleTally(t, m3)}, analysis.Period{From: m3, To: m3})
	require.ErrorIs(t, err, analysis.ErrPolicy)
	assert.ErrorIs(t, err, codetest.Named(levy.Codes(), "bad_terms"))
	assert.True(t, strings.HasPrefix(err.Error(), analysis.ErrPolicy.Error()+": levy: "), err.Error())
	_, err = analysis.Measure(p, analysis.Reform{}, analysis.Data{Tally: sampleTally(t, m3)}, analysis.Period{From: m3, To: m3})
	require.ErrorIs(t, err, analysis.ErrPolicy)
	assert.True(t, strings.HasPrefix(err.Error(), analysis.ErrPolicy.Error()+": levy: "), err.Error())
}

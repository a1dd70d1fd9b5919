package benefits_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Issue 19: benefits refused every case with a periodic item until the host
// supplied the 《实施办法》's commencement. The date is embedded once, in
// param.Defaults (2025-07-01, provisional, with its source), and both
// benefits and levy read that one value.
func TestTodaysInjuryComputesByDefault(t *testing.T) {
	c := benefits.Case{Injury: testdates.Day(t, "2025-09-10"), Assessment: testdates.Day(t, "2026-01-20"), Grade: 3, Nursing: benefits.NursingNone}
	s, err := benefits.DefaultParams().With(param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("120000"),
		From: testdates.Day(t, "2025-01-01"), Until: testdates.Day(t, "2025-12-31"), Source: "test", Status: param.Provisional})
	require.NoError(t, err)
	rb := mustRulebook(t, s, benefits.Rules{})
	a, err := rb.Compute(c)
	require.NoError(t, err, "no commencement given: the embedded one applies")
	for _, it := range a.Items {
		assert.Nil(t, it.Rebase, "%s: an injury after 2025-07-01 is not rebased (第四十五条)", it.Kind)
	}
	// An injury before it is rebased from the embedded commencement month.
	c.Injury, c.Assessment = testdates.Day(t, "2024-04-15"), testdates.Day(t, "2024-09-10")
	a, err = rb.Compute(c)
	require.NoError(t, err)
	var rebased bool
	for _, it := range a.Items {
		if it.Rebase != nil {
			rebased = true
			assert.Equal(t, "2025-07", it.Rebase.Since.String())
		}
	}
	assert.True(t, rebased)

	// One value, read by both packages.
	b, err := benefits.DefaultParams().Lookup(benefits.ParamCommencement, testdates.Day(t, "2026-01-01"))
	require.NoError(t, err)
	l, err := levy.DefaultParams().Lookup(param.Commencement, testdates.Day(t, "2026-01-01"))
	require.NoError(t, err)
	assert.Equal(t, b, l)
	assert.Equal(t, "2025-07-01", b.Date.String())
	assert.Equal(t, param.Provisional, b.Status)
	assert.Contains(t, b.Source, "沪人社规〔2025〕17号")

	// A set built without the defaults is refused, naming what is missing
	// (issue 21: by NewRulebook, for every case).
	bare, err := param.NewSet(benefits.Defaults()...)
	require.NoError(t, err)
	_, err = benefits.NewRulebook(bare, benefits.Rules{})
	var me *param.MissingError
	require.ErrorAs(t, err, &me)
	assert.Equal(t, benefits.ParamCommencement, me.Name)
	assert.ErrorIs(t, err, benefits.ErrTransitional)
}

// Issue 19: Needs lists the provisional defaults an award rests on as well
// as what is missing, each marked; provisional values alone are not
// missing (AnyMissing false).
func TestNeedsListsProvisionalDefaults(t *testing.T) {
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 7}
	n, err := defaults.Needs(c)
	require.NoError(t, err)
	needs := n.List
	require.Len(t, needs, 1, "a grade-7 award rests on the inferred disability base ratio; it has no periodic item, so not on the commencement")
	assert.Equal(t, benefits.NeedProvisional, needs[0].Mark)
	assert.Equal(t, benefits.ParamDisabilityBaseRatio, needs[0].Param)
	assert.Equal(t, "0.6", needs[0].Value.Value.String())
	assert.Contains(t, needs[0].Value.Source, "inferred: the defining clause was not found")
	assert.False(t, n.AnyMissing())
	// A host's verified ratio takes it off the list.
	s, err := benefits.DefaultParams().With(param.Value{Name: benefits.ParamDisabilityBaseRatio, Value: decimal.RequireFromString("0.6"),
		From: testdates.Day(t, "0001-01-01"), Source: "official text", Status: param.Verified})
	require.NoError(t, err)
	n, err = mustRulebook(t, s, benefits.Rules{}).Needs(c)
	require.NoError(t, err)
	assert.Empty(t, n.List)
	assert.NotNil(t, n.List, "empty, not nil: JSON [] ")
	// A periodic item rests on the commencement too; a missing wage is listed first.
	c = benefits.Case{Injury: testdates.Day(t, "2026-03-01"), Assessment: testdates.Day(t, "2026-08-01"), Grade: 2}
	n, err = defaults.Needs(c)
	require.NoError(t, err)
	var got []string
	for _, x := range n.List {
		got = append(got, string(x.Mark)+" "+string(x.Param))
	}
	assert.Equal(t, []string{
		"missing " + string(benefits.ParamWage),
		"provisional " + string(benefits.ParamDisabilityBaseRatio),
		"provisional " + string(benefits.ParamCommencement),
	}, got)
	assert.True(t, n.AnyMissing())
	assert.False(t, benefits.Needs{}.AnyMissing())
	// A Need without a mark (built by hand) reads as missing.
	assert.True(t, strings.HasPrefix(benefits.Need{Param: "x"}.String(), "[missing] x"))
}

// Issue 19: a dependent with an unknown relation is refused naming the
// value it got (bounded, never an identity number).
func TestUnknownRelationNamesTheValue(t *testing.T) {
	c := func(rel string) benefits.Case {
		return benefits.Case{Injury: testdates.Day(t, "2025-09-01"), Death: &benefits.Death{Date: testdates.Day(t, "2025-09-02"),
			Dependents: []benefits.Dependent{{Name: "甲", Relation: benefits.Relation(rel)}}}}
	}
	err := c("sister").Validate()
	require.ErrorIs(t, err, benefits.ErrBadCase)
	assert.Contains(t, err.Error(), `dependent #1: relation "sister": want spouse or other`)
	err = c("").Validate()
	assert.Contains(t, err.Error(), `relation "": want spouse or other`)
	err = c("310101199001011234").Validate()
	require.ErrorIs(t, err, benefits.ErrBadCase)
	assert.NotContains(t, err.Error(), "199001011234")
	assert.Contains(t, err.Error(), "(18 characters)")
	err = c(strings.Repeat("x", 100000)).Validate()
	assert.Less(t, len(err.Error()), 200)
	assert.NoError(t, c("spouse").Validate())
}

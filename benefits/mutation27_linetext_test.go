package benefits_test

// A charge's text (issue 19, round of seed 13): the deciding findings
// first; the parts stated only when part of the charge is not payable.
// Asserted by figures and by the findings' own texts, not wording.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
)

func TestLineTextDecidingFirstAndParts(t *testing.T) {
	b := outpatient(t, "B1", "2026-03-03", "45.50")
	b.Provider.Designated = benefits.FactUnknown // pending, met first
	b.Lines[0].Catalogue = benefits.FactNo       // refused, met second
	l := assess(t, claimOf(t, b)).Lines[0]
	require.Equal(t, benefits.NotPayable, l.Verdict)
	require.Equal(t, []benefits.ClaimRule{benefits.RuleDesignationUnknown, benefits.RuleOutOfCatalogue}, rulesOf(l))
	require.Len(t, l.Deciding(), 1)
	assert.Equal(t, benefits.RuleOutOfCatalogue, l.Deciding()[0].Rule)
	for _, s := range []struct{ text, refused, pending string }{
		{l.String(), l.Findings[1].String(), l.Findings[0].String()},
		{l.Chinese(), l.Findings[1].Chinese(), l.Findings[0].Chinese()},
	} {
		i, j := strings.Index(s.text, s.refused), strings.Index(s.text, s.pending)
		require.True(t, i >= 0 && j >= 0, s.text)
		assert.Less(t, i, j, "the deciding finding first: %s", s.text)
		assert.Equal(t, 1, strings.Count(s.text, "45.50 元"), "wholly not payable: no parts: %s", s.text)
	}

	b = outpatient(t, "B1", "2026-03-03", "45.50")
	b.Lines[0].Allowed = amtp("45.49")
	l = assess(t, claimOf(t, b)).Lines[0]
	for _, s := range []string{l.String(), l.Chinese()} {
		assert.Contains(t, s, "45.49 元", s)
		assert.Contains(t, s, "0.01 元", s)
	}
	b.Lines[0].Allowed = amtp("45.50")
	l = assess(t, claimOf(t, b)).Lines[0]
	for _, s := range []string{l.String(), l.Chinese()} {
		assert.Equal(t, 1, strings.Count(s, "45.50 元"), "wholly payable: no parts: %s", s)
		assert.NotContains(t, s, "0.00 元", s)
	}
}

// Each verdict is named in the language of the text: the English line
// never carries the Chinese verdict, nor the Chinese line the English one.
func TestLineTextVerdictInItsLanguage(t *testing.T) {
	zhNames := map[benefits.Verdict]string{benefits.Payable: "可支付", benefits.NotPayable: "不予支付", benefits.Pending: "待定"}
	enNames := map[benefits.Verdict]string{benefits.Payable: "payable", benefits.NotPayable: "not payable", benefits.Pending: "pending"}
	for _, edit := range []func(b *benefits.Bill){
		func(*benefits.Bill) {},
		func(b *benefits.Bill) { b.Lines[0].Catalogue = benefits.FactNo },
		func(b *benefits.Bill) { b.Lines[0].Catalogue = benefits.FactUnknown },
	} {
		b := outpatient(t, "B1", "2026-03-03", "45.50")
		b.Lines[0].Item = "item"
		edit(&b)
		l := assess(t, claimOf(t, b)).Lines[0]
		assert.NotContains(t, l.String(), zhNames[l.Verdict], l.String())
		assert.Contains(t, l.Chinese(), zhNames[l.Verdict], l.Chinese())
		assert.Contains(t, l.String(), "元: "+enNames[l.Verdict], l.String())
		assert.NotContains(t, l.Chinese(), enNames[l.Verdict], l.Chinese())
	}
}

// The findings follow the charge's figures, the first after a dash, the
// others after a separator; a charge without parts shows no empty
// brackets.
func TestLineTextFindingsJoined(t *testing.T) {
	b := outpatient(t, "B1", "2026-03-03", "45.50")
	b.Provider.Designated = benefits.FactUnknown
	b.Lines[0].Catalogue = benefits.FactNo
	l := assess(t, claimOf(t, b)).Lines[0]
	require.Len(t, l.Findings, 2)
	assert.Contains(t, l.Chinese(), "——"+l.Findings[1].Chinese()+"；"+l.Findings[0].Chinese())
	assert.Contains(t, l.String(), " — "+l.Findings[1].String()+"; "+l.Findings[0].String())
	for _, s := range []string{l.String(), l.Chinese()} {
		assert.NotContains(t, s, "()", s)
		assert.NotContains(t, s, "（）", s)
	}
}

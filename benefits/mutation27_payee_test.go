package benefits_test

// The payee and the materials obtained by data sharing, as the claim's
// text states them (issue 19, round of seed 13): asserted by names,
// counts and articles, not wording.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
)

// Payee.Article on its whole domain, and the payee's text: it names the
// payee when a name is given (in both languages), cites its article, and
// an unknown kind is shown as given.
func TestPayeeArticleAndName(t *testing.T) {
	for k, art := range map[benefits.PayeeKind]string{benefits.PayeeWorker: "第二十三条（七）", benefits.PayeeCloseRelative: "第四十一条",
		benefits.PayeePlatform: "第三十四条（四）；第二十三条（八）", benefits.PayeeServiceAgency: "第三十四条（四）；第二十三条（八）", benefits.PayeeAdvancer: "第二十三条（八）"} {
		p := benefits.Payee{Kind: k}
		assert.Equal(t, art, p.Article(), k)
		assert.Contains(t, p.String(), art, k)
		assert.Contains(t, p.Chinese(), art, k)
		assert.NotContains(t, p.String(), "()", k)
		assert.NotContains(t, p.Chinese(), "（）", k)
		p.Name = "甲平台"
		assert.Contains(t, p.String(), "(甲平台)", k)
		assert.Contains(t, p.Chinese(), "（甲平台）", k)
		p.Pending = false
		noPending := p.Chinese()
		p.Pending = true
		assert.NotEqual(t, noPending, p.Chinese(), k)
		assert.True(t, strings.HasPrefix(p.Chinese(), noPending), k)
	}
	assert.Equal(t, "", benefits.Payee{Kind: "bank"}.Article())
	assert.Equal(t, "bank", benefits.Payee{Kind: "bank"}.String())
}

// The materials line counts the legal documents obtained by data sharing
// (第三十四条（三）) only when there are some. A traffic accident settled
// by mediation needs the liability finding and the mediation document;
// with both submitted nothing is shared, with the finding shared one is.
func TestMaterialsLineCountsSharedDocuments(t *testing.T) {
	line := func(shared bool) (string, string, int) {
		c := claimOf(t, outpatient(t, "B1", "2026-03-03", "45.50"))
		c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Ratio: ratiop("0.5")}
		c.Submitted = append(c.Submitted, benefits.MedMediationOrAward)
		if shared {
			c.ThirdParty.Shared = []benefits.MedicalMaterial{benefits.MedLiabilityFinding}
		} else {
			c.Submitted = append(c.Submitted, benefits.MedLiabilityFinding)
		}
		r := assess(t, c)
		n := 0
		for _, m := range r.Materials {
			if m.State == benefits.MaterialShared {
				n++
			}
		}
		return r.Explain(explain.Chinese)[len(r.Lines)], r.Explain(explain.English)[len(r.Lines)], n
	}
	zh, en, n := line(false)
	assert.Equal(t, 0, n)
	assert.NotContains(t, zh, "（三）")
	assert.NotContains(t, en, "（三）")
	zh, en, n = line(true)
	assert.Equal(t, 1, n)
	assert.Contains(t, zh, "1 项")
	assert.Contains(t, zh, "（三）")
	assert.Contains(t, en, "（三）")
}

// The payee is named in the language of the text.
func TestPayeeNamedInItsLanguage(t *testing.T) {
	zh := map[benefits.PayeeKind]string{benefits.PayeeWorker: "本人社会保障卡", benefits.PayeeCloseRelative: "近亲属",
		benefits.PayeePlatform: "平台企业", benefits.PayeeServiceAgency: "平台服务机构", benefits.PayeeAdvancer: "第三方"}
	for k, name := range zh {
		p := benefits.Payee{Kind: k}
		assert.Contains(t, p.Chinese(), name, k)
		assert.NotContains(t, p.String(), name, k)
	}
}

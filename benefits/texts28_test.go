package benefits_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
)

var texts28Articles = regexp.MustCompile(`第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?(（[一二三四五六七八九十]+）)*`)

func texts28Cited(s string) []string {
	refs := texts28Articles.FindAllString(s, -1)
	slices.Sort(refs)
	return slices.Compact(refs)
}

// Each finding of a medical claim cites its article of 373号, in English and
// in Chinese alike (issue 19: a changed article in a hand-written Chinese
// text survived every test). The articles are written from the text:
// 第三十二条第一款 the designated hospital, its emergency exception and the
// transfer once stable; 第三十二条第二款 the catalogues and standards;
// 第三十三条 the out-of-town filing; 第三十四条（一）（二） the bills and the
// medical history; 第三十四条（三） the legal documents and the split;
// 第三十四条（四） the advancer, with 第二十三条（八）'s written confirmation;
// 第三十五条 direct settlement and its third-party exclusion; 第三十六条
// rehabilitation; 第三十七条 assistive devices; 第四十一条 a death during
// treatment.
func TestEveryFindingCitesItsArticleInBothLanguages(t *testing.T) {
	for rule, art := range map[benefits.ClaimRule]string{
		benefits.RuleDesignated: "第三十二条第一款", benefits.RuleDesignationUnknown: "第三十二条第一款",
		benefits.RuleNotDesignated: "第三十二条第一款", benefits.RuleEmergency: "第三十二条第一款",
		benefits.RuleStableUnknown: "第三十二条第一款", benefits.RuleAfterStable: "第三十二条第一款",
		benefits.RuleStaySpansStable: "第三十二条第一款",
		benefits.RuleOutOfTownFiled:  "第三十三条", benefits.RuleFilingPending: "第三十三条",
		benefits.RuleFilingRefused: "第三十三条", benefits.RuleNotFiled: "第三十三条",
		benefits.RuleRehabConfirmed: "第三十六条", benefits.RuleRehabUnconfirmed: "第三十六条",
		benefits.RuleRehabRefused: "第三十六条", benefits.RuleRehabNotDesignated: "第三十六条",
		benefits.RuleRehabDesignationUnknown: "第三十六条",
		benefits.RuleDeviceConfirmed:         "第三十七条", benefits.RuleDeviceUnconfirmed: "第三十七条",
		benefits.RuleDeviceRefused: "第三十七条", benefits.RuleDeviceWrongProvider: "第三十七条",
		benefits.RuleDeviceProviderUnknown: "第三十七条",
		benefits.RuleInCatalogue:           "第三十二条第二款", benefits.RuleCatalogueUnknown: "第三十二条第二款",
		benefits.RuleOutOfCatalogue: "第三十二条第二款", benefits.RuleAboveStandard: "第三十二条第二款",
		benefits.RuleMaterialsMissing: "第三十四条（一）（二）",
		benefits.RuleSettledDirectly:  "第三十五条", benefits.RuleSettledThirdParty: "第三十五条",
		benefits.NoteDirectAvailable: "第三十五条", benefits.NoteDirectNotNetworked: "第三十五条",
		benefits.NoteDirectExcluded: "第三十五条", benefits.NoteOutOfTownDirect: "第三十三条",
		benefits.NoteSplitNoBasis: "第三十四条（三）", benefits.NoteSplitWaitsPending: "第三十四条（三）",
		benefits.NoteSplitWaitsDocuments: "第三十四条（三）",
		benefits.NotePayeeWaits:          "第三十四条（四）；第二十三条（八）",
		benefits.NoteDeathOpinion:        "第四十一条",
	} {
		f := benefits.NewFinding(rule, benefits.FindingFigures{Device: benefits.DeviceWheelchair})
		assert.Equal(t, art, rule.Article(), "%s", rule)
		assert.True(t, strings.HasSuffix(f.String(), " ("+art+")"), "%s: %s", rule, f.String())
		assert.True(t, strings.HasSuffix(f.Chinese(), "（"+art+"）"), "%s: %s", rule, f.Chinese())
		assert.Equal(t, texts28Cited(f.String()), texts28Cited(f.Chinese()), "%s", rule)
	}
}

// The findings no golden case reaches, word for word in Chinese.
func TestFindingsNoCaseReachesWordForWord(t *testing.T) {
	for rule, zh := range map[benefits.ClaimRule]string{
		benefits.RuleDesignationUnknown:      "尚未确认该医疗机构是否为本市工伤保险定点医疗机构（第三十二条第一款）",
		benefits.RuleFilingRefused:           "在本市以外就医，异地就医备案未通过审核（第三十三条）",
		benefits.RuleNotFiled:                "在本市以外就医，未办理异地就医备案（第三十三条）",
		benefits.RuleRehabRefused:            "住院职业伤害康复未经市劳动能力鉴定委员会确认（第三十六条）",
		benefits.RuleRehabDesignationUnknown: "尚未确认该机构是否为本市工伤康复定点机构（第三十六条）",
		benefits.RuleDeviceUnconfirmed:       "配置轮椅尚未经确认（第三十七条）",
		benefits.RuleDeviceRefused:           "配置轮椅未经确认（第三十七条）",
		benefits.RuleSettledThirdParty:       "涉及第三人责任，不应直接联网结算，由经办机构复核该笔结算（第三十五条）",
	} {
		assert.Equal(t, zh, benefits.NewFinding(rule, benefits.FindingFigures{Device: benefits.DeviceWheelchair}).Chinese(), "%s", rule)
	}
}

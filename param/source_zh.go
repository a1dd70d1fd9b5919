package param

import "strings"

// The Chinese of the embedded defaults' sources (param's, levy's and
// benefits'), keyed by the source as written: the same documents and
// articles, their English glosses said in Chinese. A wage or income figure's
// source "2023 figure: …" is "2023 年数据：…" (Value.SourceZH).
var sourcesZH = map[string]string{
	// param.Defaults: the commencement.
	"沪人社规〔2025〕17号 (《实施办法》): 2025-07-01, the day Shanghai's expanded pilot began under it " +
		"(外卖 merged into 即时配送 from that day; secondary reprints); the 《实施办法》's own commencement clause was not found": "沪人社规〔2025〕17号（《实施办法》）：2025-07-01，本市依该办法扩大试点之日" +
		"（自该日起外卖并入即时配送；据二手转载）；《实施办法》自身的施行日期条款未找到",
	// levy.Defaults: the base amounts (第十一条), in force from the commencement.
	string(levySource):           levySourceZH,
	levySource + levyNewPlatform: levySourceZH + " 第二款（新参加试点的即时配送平台企业首年）",
	// benefits.Defaults.
	"人社厅函〔2025〕79号 第三十八、三十九条 (the national 规程 Shanghai follows through 《实施办法》 沪人社规〔2025〕17号)": "人社厅函〔2025〕79号 第三十八、三十九条（本市通过《实施办法》沪人社规〔2025〕17号 沿用的全国规程）",
	"中国统计年鉴 reprint of the Shanghai urban private-sector average annual wage":                 "中国统计年鉴 转载的上海市城镇私营单位就业人员年平均工资",
	"国家统计局 国民经济和社会发展统计公报 (national per-capita disposable income of urban residents)":          "国家统计局 国民经济和社会发展统计公报（全国城镇居民人均可支配收入）",
	"inferred: the defining clause was not found; the death items use this base and a reported Shanghai grade-9 case " +
		"(injured 2024-04, 近五万元) fits 9 × 0.6 × 111347 ÷ 12 = 50106.15": "推定：未找到规定这一比例的条款；因工死亡各项使用同一基数，" +
		"且本市一例见诸报道的九级伤残案件（2024-04 受伤，近五万元）与 9 × 0.6 × 111347 ÷ 12 = 50106.15 相符",
	// benefits' stand-in for a value the host has not supplied (Needs).
	"(missing)": "（缺少）",
}

const (
	levySource      = "沪人社福〔2025〕373号 第十一条; in force in Shanghai from the 《实施办法》's commencement (沪人社规〔2025〕17号, " + string(Commencement) + ")"
	levySourceZH    = "沪人社福〔2025〕373号 第十一条；自《实施办法》施行之日（沪人社规〔2025〕17号，" + string(Commencement) + "）起在本市施行"
	levyNewPlatform = " 第二款 (新参加试点的即时配送平台企业首年)"
)

// SourceZH is v's source in Chinese: an embedded default's source (param's,
// levy's, benefits') with its English gloss said in Chinese, the same
// documents, articles and figures; "2023 figure: …" as "2023 年数据：…". Any
// other source (a host's own, in its own words) is returned as written.
func (v Value) SourceZH() string { return sourceZH(v.Source) }

// sourceZH returns a source in Chinese: an embedded default's source (param's,
// levy's, benefits') with its English gloss said in Chinese, the same
// documents, articles and figures; "2023 figure: …" as "2023 年数据：…". Any
// other source (a host's own, in its own words) is returned as written.
func sourceZH(src string) string {
	if zh, ok := sourcesZH[src]; ok {
		return zh
	}
	if year, rest, ok := strings.Cut(src, " figure: "); ok && len(year) == 4 && strings.Trim(year, "0123456789") == "" {
		return year + " 年数据：" + sourceZH(rest)
	}
	return src
}

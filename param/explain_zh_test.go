package param

import (
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
)

func TestValueStringZH(t *testing.T) {
	from, _ := calendar.ParseDate("2025-07-01")
	until, _ := calendar.ParseDate("2025-12-31")
	v := Value{Name: "levy.base.ride_hailing", Value: decimal.RequireFromString("0.01"), From: from,
		Source: "沪人社福〔2025〕373号 第十一条", Status: Provisional}
	got := v.Chinese()
	want := "levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号 第十一条；状态：暂定）"
	if got != want {
		t.Fatalf("Chinese:\n got %s\nwant %s", got, want)
	}
	v.Until, v.Status = until, Verified
	if got := v.Chinese(); !strings.Contains(got, "自 2025-07-01 至 2025-12-31 施行") || !strings.Contains(got, "已核实") {
		t.Fatalf("Chinese with until: %s", got)
	}
	for _, s := range []Status{Verified, Secondary, Provisional} {
		if s.Chinese() == string(s) {
			t.Errorf("%s has no Chinese term", s)
		}
	}
}

func TestValueStringZHWithoutStart(t *testing.T) {
	from, _ := calendar.ParseDate("0001-01-01")
	v := Value{Name: "x", Value: decimal.RequireFromString("0.6"), From: from, Source: "s", Status: Verified}
	if got := v.Chinese(); !strings.Contains(got, "自 0001-01-01 起施行（不限起始日）") {
		t.Fatalf("Chinese: %s", got)
	}
}

// englishWord is a lower-case English word of four or more letters outside
// an identifier (benefits.implementing_measures.commencement).
var englishWord = regexp.MustCompile(`(^|[^A-Za-z_.])[a-z]{4,}([^A-Za-z_.]|$)`)

// The embedded sources read in Chinese, with the same documents and figures;
// a host's own source is kept as written.
func TestSourceZH(t *testing.T) {
	for _, v := range Defaults() {
		zh := v.SourceZH()
		if englishWord.MatchString(zh) || !strings.Contains(zh, "沪人社规〔2025〕17号") {
			t.Errorf("%s: SourceZH %q", v.Name, zh)
		}
		if !strings.Contains(v.Chinese(), zh) {
			t.Errorf("%s: Chinese %q lacks the Chinese source", v.Name, v.Chinese())
		}
	}
	for src, want := range map[string]string{
		"2023 figure: 中国统计年鉴 reprint of the Shanghai urban private-sector average annual wage":                                                                         "2023 年数据：中国统计年鉴 转载的上海市城镇私营单位就业人员年平均工资",
		"沪人社福〔2025〕373号 第十一条; in force in Shanghai from the 《实施办法》's commencement (沪人社规〔2025〕17号, benefits.implementing_measures.commencement) 第二款 (新参加试点的即时配送平台企业首年)": "沪人社福〔2025〕373号 第十一条；自《实施办法》施行之日（沪人社规〔2025〕17号，benefits.implementing_measures.commencement）起在本市施行 第二款（新参加试点的即时配送平台企业首年）",
		"a host's own note": "a host's own note",
		"abcd figure: x":    "abcd figure: x",
		"":                  "",
	} {
		if got := sourceZH(src); got != want {
			t.Errorf("SourceZH(%q) = %q, want %q", src, got, want)
		}
	}
}

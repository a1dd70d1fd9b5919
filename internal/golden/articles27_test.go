package golden_test

import (
	"regexp"
	"slices"
	"testing"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

var articleRef = regexp.MustCompile(`第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?(（[一二三四五六七八九十]+）)?`)

// Every message a package renders in both languages cites the same
// articles in its English and its Chinese template: a clerk's Chinese
// never cites another article than the developer's English (issue 19: hand
// mutations of an article in a Chinese template went unnoticed).
func TestTemplatesCiteTheSameArticlesInBothLanguages(t *testing.T) {
	for name, msgs := range map[string]func(explain.Lang) []explain.Entry{
		"levy": levy.Messages, "benefits": benefits.Messages, "ledger": ledger.Messages, "param": param.Messages,
	} {
		zh := map[string]string{}
		for _, e := range msgs(explain.Chinese) {
			zh[e.Key] = e.Template
		}
		compared := 0
		for _, e := range msgs(explain.English) {
			z, ok := zh[e.Key]
			if !ok {
				continue
			}
			en, cn := articleRef.FindAllString(e.Template, -1), articleRef.FindAllString(z, -1)
			slices.Sort(en)
			slices.Sort(cn)
			en, cn = slices.Compact(en), slices.Compact(cn)
			if !slices.Equal(en, cn) {
				t.Errorf("%s %s: English cites %v, Chinese %v\n  en: %s\n  zh: %s", name, e.Key, en, cn, e.Template, z)
			}
			compared++
		}
		if compared == 0 {
			t.Errorf("%s: no message in both languages", name)
		}
	}
}
